#pragma once

#include "domain/topic.h"
#include "forms/recordform.h"

namespace ep {

class LocalizedTextEdit;

class TopicForm final : public RecordForm
{
    Q_OBJECT

public:
    explicit TopicForm(const Workspace &workspace, QWidget *parent = nullptr);

    Area area() const override { return Area::Topics; }
    void showRecord(int id) override;
    bool isModified() const override;
    bool save() override;
    RemovalImpact impactOfRemoving(int id) const override;
    bool remove(int id) override;
    QString recordName(int id) const override;
    QString storedStamp() const override;
    QWidget *firstField() const override;

private:
    Topic entered() const;

    Topic m_stored;
    LocalizedTextEdit *m_name;
};

} // namespace ep
