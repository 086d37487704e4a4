#include "window/retentiondialog.h"

#include "storage/database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ep {

RetentionDialog::RetentionDialog(QSqlDatabase db, bool mayWrite, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_mayWrite(mayWrite)
    , m_save(new QPushButton(tr("&Save Policy"), this))
    , m_due(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply…"), this))
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Data Retention"));
    m_save->setObjectName(QStringLiteral("savePolicy"));
    m_apply->setObjectName(QStringLiteral("applyRetention"));
    m_due->setObjectName(QStringLiteral("due"));
    m_due->setAccessibleName(tr("Due for deletion"));
    QSqlError error;
    m_stored = Retention::policy(m_db, &error);
    if (error.isValid())
        m_summary->setText(Database::describeFailure(m_db, error));

    auto *policy = new QGroupBox(tr("Retention policy of this database"), this);
    auto *grid = new QGridLayout(policy);
    for (const Retention::Setting &setting : std::as_const(m_stored)) {
        RuleRow row{setting.rule, new QCheckBox(Retention::ruleName(setting.rule), policy),
                    new QSpinBox(policy), new QLabel(policy)};
        row.enabled->setChecked(setting.enabled);
        row.months->setRange(1, 240);
        row.months->setValue(setting.months);
        //: the unit after a number of months in a spin box
        row.months->setSuffix(tr(" months"));
        row.months->setAccessibleName(Retention::ruleName(setting.rule));
        row.description->setWordWrap(true);
        row.description->setText(Retention::ruleDescription(setting));
        const int line = grid->rowCount();
        grid->addWidget(row.enabled, line, 0);
        grid->addWidget(row.months, line, 1);
        grid->addWidget(row.description, line + 1, 0, 1, 2);
        const auto changed = [this] {
            m_save->setEnabled(m_mayWrite && entered() != m_stored);
            // What is due follows the policy saved, not the one being edited.
            if (m_save->isEnabled())
                m_apply->setEnabled(false);
            else
                reloadDue();
            for (const RuleRow &each : std::as_const(m_rules))
                each.description->setText(Retention::ruleDescription(
                    {each.rule, each.enabled->isChecked(), each.months->value()}));
        };
        connect(row.enabled, &QCheckBox::toggled, this, changed);
        connect(row.months, &QSpinBox::valueChanged, this, changed);
        row.enabled->setEnabled(m_mayWrite);
        row.months->setEnabled(m_mayWrite);
        m_rules.append(row);
    }
    grid->setColumnStretch(0, 1);
    m_save->setEnabled(false);
    grid->addWidget(m_save, grid->rowCount(), 1);

    m_due->setRootIsDecorated(false);
    m_due->setAlternatingRowColors(true);
    m_due->setUniformRowHeights(true);
    m_due->setHeaderLabels({tr("Person"), tr("Organisation"), tr("Last event"), tr("Rule")});
    m_due->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(policy);
    layout->addWidget(new QLabel(tr("<b>Due today</b>"), this));
    layout->addWidget(m_due, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &RetentionDialog::savePolicy);
    connect(m_apply, &QPushButton::clicked, this, &RetentionDialog::apply);
    resize(820, 620);
    reloadDue();
}

QList<Retention::Setting> RetentionDialog::entered() const
{
    QList<Retention::Setting> settings;
    for (const RuleRow &row : m_rules)
        settings.append({row.rule, row.enabled->isChecked(), row.months->value()});
    return settings;
}

void RetentionDialog::savePolicy()
{
    if (const QSqlError error = Retention::setPolicy(m_db, entered()); error.isValid()) {
        QMessageBox::warning(this, tr("Policy Not Saved"), Database::describeFailure(m_db, error));
        return;
    }
    m_stored = entered();
    m_save->setEnabled(false);
    reloadDue();
}

void RetentionDialog::reloadDue()
{
    QSqlError error;
    const QList<Retention::Due> due = Retention::due(m_db, QDate::currentDate(), &error);
    m_due->clear();
    const QLocale locale;
    QStringList counts;
    int total = 0;
    for (const Retention::Due &rule : due) {
        for (const Retention::DuePerson &person : rule.people) {
            auto *item =
                new QTreeWidgetItem(m_due, {person.name, person.organisation,
                                            locale.toString(person.lastEvent, QLocale::ShortFormat),
                                            Retention::ruleName(rule.setting.rule)});
            item->setToolTip(3, Retention::ruleDescription(rule.setting));
        }
        counts.append(tr("%1: %Ln person(s)", "", int(rule.people.size()))
                          .arg(Retention::ruleName(rule.setting.rule)));
        total += int(rule.people.size());
    }
    for (int column = 0; column < 3; ++column)
        m_due->resizeColumnToContents(column);
    m_summary->setText(error.isValid() ? Database::describeFailure(m_db, error)
                       : due.isEmpty() ? tr("Every rule is off: nothing is due.")
                                       : counts.join(u"; "));
    m_apply->setEnabled(m_mayWrite && total > 0 && !m_save->isEnabled());
}

void RetentionDialog::apply()
{
    QMessageBox ask(QMessageBox::Warning, tr("Apply the Retention Policy"),
                    tr("Anonymise the data due today, as the policy says?"), QMessageBox::Cancel,
                    this);
    ask.setInformativeText(
        tr("%1. This cannot be undone; names, organisations, cities and countries stay, and the "
           "privacy log records when, which rule and how many people, not whose data.")
            .arg(m_summary->text()));
    QPushButton *apply = ask.addButton(tr("&Anonymise"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != apply)
        return;
    const Retention::Applied applied = Retention::apply(m_db, QDate::currentDate());
    if (!applied.ok()) {
        QMessageBox::warning(this, tr("Not Applied"),
                             tr("The retention policy was not applied: %1. Nothing was changed.")
                                 .arg(Database::describeFailure(m_db, applied.error)));
        return;
    }
    m_applied = true;
    QStringList said;
    for (const auto &[rule, people] : applied.people)
        said.append(
            tr("%1: anonymised for %Ln person(s).", "", people).arg(Retention::ruleName(rule)));
    if (!applied.leftover.isEmpty())
        said.append(applied.leftover);
    QMessageBox::information(this, tr("Retention Policy Applied"), said.join(u'\n'));
    reloadDue();
}

} // namespace ep
