#pragma once

#include "storage/retention.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace ep {

// Privacy › Data Retention…: the database's retention policy, each rule on
// or off with its period (saved for every window and colleague), and the
// people it makes due today with the rule and the event that make them
// due; Apply… anonymises them after a question (Retention::apply).
class RetentionDialog final : public QDialog
{
    Q_OBJECT

public:
    RetentionDialog(QSqlDatabase db, bool mayWrite, QWidget *parent = nullptr);

    // Whether Apply anonymised anything: the window's undo history and
    // lists follow.
    bool applied() const { return m_applied; }

private:
    struct RuleRow
    {
        Retention::Rule rule;
        QCheckBox *enabled;
        QSpinBox *months;
        QLabel *description;
    };

    QList<Retention::Setting> entered() const;
    void savePolicy();
    void reloadDue();
    void apply();

    QSqlDatabase m_db;
    bool m_mayWrite;
    bool m_applied = false;
    QList<Retention::Setting> m_stored;
    QList<RuleRow> m_rules;
    QPushButton *m_save;
    QTreeWidget *m_due;
    QLabel *m_summary;
    QPushButton *m_apply;
};

} // namespace ep
