#pragma once

#include "editing/workspace.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace ep {

// An ordered list of people (an event's organisers, an agenda item's hosts),
// added through the person search and removed with a button or Delete.
class PersonListEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit PersonListEdit(const Workspace &workspace, QWidget *parent = nullptr);

    QList<int> personIds() const { return m_ids; }
    void setPersonIds(const QList<int> &ids);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addPeople();
    void showChosen(const QList<int> &ids);
    void removeSelected();
    void retranslate();
    void refill();

    Workspace m_workspace;
    QList<int> m_ids;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace ep
