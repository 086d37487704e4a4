#pragma once

#include "editing/workspace.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ep {

// One person chosen from all people (there may be many thousands, so through
// a search dialog rather than a drop-down): the name, "Choose…" and "Clear".
class PersonField final : public QWidget
{
    Q_OBJECT

public:
    explicit PersonField(const Workspace &workspace, QWidget *parent = nullptr);

    int personId() const { return m_personId; } // 0: none
    void setPersonId(int id);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Workspace m_workspace;
    int m_personId = 0;
    QLabel *m_name;
    QPushButton *m_choose;
    QPushButton *m_clear;
};

} // namespace ep
