#pragma once

#include "storage/personchanges.h"

#include <QTreeWidget>

namespace ep {

// Who changed a person's data and when (PersonChanges), newest first: the
// time in the computer's zone, the user or database role, what changed
// (the fields' names, never their values).
class ChangesView final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ChangesView(QWidget *parent = nullptr);

    void setChanges(const QList<PersonChanges::Change> &changes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<PersonChanges::Change> m_changes;
};

} // namespace ep
