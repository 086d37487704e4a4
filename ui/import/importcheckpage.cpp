#include "import/importcheckpage.h"

#include "import/importwizard.h"
#include "widgets/issuelabel.h"
#include "widgets/markercolours.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ep {

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_problems(new QTableWidget(this))
    , m_overwrite(new QCheckBox(this))
    , m_overwriteNote(new QLabel(this))
    , m_skipInvalid(new QCheckBox(this))
    , m_leaveOut(new QPushButton(this))
{
    setTitle(tr("Check Before Importing"));
    setSubTitle(tr("The whole file was read and compared with the database. Nothing has been "
                   "written yet."));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setColumnCount(3);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_overwrite->setObjectName(QStringLiteral("overwrite"));
    // A check box's text does not wrap: the long half is a note below it.
    m_overwrite->setText(tr("&Replace stored values where the file has other ones"));
    m_overwriteNote->setText(tr("Also those of people already taking part; otherwise only empty "
                                "fields are filled in."));
    m_overwriteNote->setWordWrap(true);
    m_overwriteNote->setIndent(m_overwrite->iconSize().width() + 8);
    m_overwrite->setAccessibleDescription(m_overwriteNote->text());
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalid"));
    m_skipInvalid->setText(tr("Leave the &invalid rows out and import the others"));
    m_leaveOut->setObjectName(QStringLiteral("leaveOutColumn"));
    connect(m_problems, &QTableWidget::currentCellChanged, this, &ImportCheckPage::updateLeaveOut);
    connect(m_leaveOut, &QPushButton::clicked, this, &ImportCheckPage::leaveOutColumn);
    connect(m_overwrite, &QCheckBox::toggled, this, &ImportCheckPage::check);
    connect(m_skipInvalid, &QCheckBox::toggled, this, [this](bool skip) {
        m_wizard->plan().skipInvalidRows = skip;
        emit completeChanged();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_overwrite);
    layout->addWidget(m_overwriteNote);
    layout->addWidget(m_skipInvalid);
    layout->addWidget(m_problems, 10);
    auto *columnButtons = new QHBoxLayout;
    columnButtons->addWidget(m_leaveOut);
    columnButtons->addStretch();
    layout->addLayout(columnButtons);
    layout->addStretch(1); // the summary stays at the top when there are no problems
}

void ImportCheckPage::initializePage()
{
    wizard()->setButtonText(QWizard::NextButton, tr("&Import"));
    m_skipInvalid->setChecked(m_wizard->plan().skipInvalidRows);
    m_overwrite->setChecked(m_wizard->plan().overwriteStoredValues);
    check();
}

void ImportCheckPage::cleanupPage()
{
    wizard()->setButtonText(QWizard::NextButton, QString()); // back to the default text
}

void ImportCheckPage::check()
{
    m_wizard->plan().overwriteStoredValues = m_overwrite->isChecked();
    if (!m_wizard->runImport(true))
        m_summary->setText(tr("The check was cancelled. Go back, or choose Import to check "
                              "again."));
    showReport();
    emit completeChanged();
}

void ImportCheckPage::showReport()
{
    const ImportReport &report = m_wizard->plan().report;
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->setRowCount(int(report.problems.size()));
    for (int row = 0; row < report.problems.size(); ++row) {
        const ImportProblem &problem = report.problems[row];
        m_problems->setItem(row, 0, new QTableWidgetItem(QString::number(problem.line)));
        m_problems->setItem(row, 1, new QTableWidgetItem(problem.column));
        m_problems->setItem(row, 2, new QTableWidgetItem(problem.reason));
    }
    m_problems->setVisible(!report.problems.isEmpty());
    if (!report.problems.isEmpty())
        m_problems->setCurrentCell(0, 0);
    updateLeaveOut();
    m_skipInvalid->setVisible(report.invalid > 0);
    m_overwrite->setVisible(report.storedValuesKept > 0 || report.storedValuesReplaced > 0 ||
                            report.participationsDiffering > 0 || report.participationsUpdated > 0);
    m_overwriteNote->setVisible(m_overwrite->isVisibleTo(this));
    if (report.cancelled)
        return;
    if (!report.fileProblem.isEmpty()) {
        m_summary->setText(u"<p style='color:"_qs % markers::errorText(palette()).name() % u"'>" %
                           IssueLabel::symbol() % u' ' % report.fileProblem.toHtmlEscaped() %
                           u"</p>"_qs);
        return;
    }
    QStringList lines;
    lines.append(tr("%Ln row(s) read.", nullptr, report.rows));
    lines.append(tr("<b>%Ln new</b> person(s) will be stored.", nullptr, report.created));
    lines.append(tr("<b>%Ln row(s)</b> match a person already stored; empty fields are filled "
                    "in.",
                    nullptr, report.matched));
    if (report.skipped > 0) {
        lines.append(tr("%Ln row(s) will be skipped: the person already takes part.", nullptr,
                        report.skipped));
    }
    if (report.participationsDiffering > 0) {
        lines.append(tr("%Ln of them have other values in the file (role, status …); the stored "
                        "ones stay.",
                        nullptr, report.participationsDiffering));
    }
    if (report.participationsUpdated > 0) {
        lines.append(tr("%Ln participation(s) will take the file's values.", nullptr,
                        report.participationsUpdated));
    }
    if (report.organisationsCreated > 0) {
        lines.append(
            tr("%Ln new organisation(s) will be stored.", nullptr, report.organisationsCreated));
    }
    if (report.waitlisted > 0) {
        lines.append(tr("%Ln confirmed beyond the event's %1 places will go on the waiting "
                        "list, in the order of the file.",
                        nullptr, report.waitlisted)
                         .arg(report.capacity));
    }
    if (report.movedUp > 0) {
        lines.append(tr("%Ln will move up from the waiting list.", nullptr, report.movedUp));
    }
    if (report.storedValuesKept > 0) {
        lines.append(tr("%Ln stored value(s) differ from the file and are kept.", nullptr,
                        report.storedValuesKept));
    }
    if (report.storedValuesReplaced > 0) {
        lines.append(tr("%Ln stored value(s) will be replaced by the file's.", nullptr,
                        report.storedValuesReplaced));
    }
    if (report.invalid > 0) {
        lines.append(u"<span style='color:"_qs % markers::errorText(palette()).name() % u"'>" %
                     IssueLabel::symbol() % u' ' %
                     tr("<b>%Ln row(s) cannot be imported</b> (listed below). Correct them in the "
                        "spreadsheet and choose Back, or leave them out.",
                        nullptr, report.invalid) %
                     u"</span>"_qs);
    }
    m_summary->setText(lines.join(u"<br>"));
}

// A column whose values the planner does not understand ("VIP" as a
// status, a ticketing tool's own codes) can be left out right here.
void ImportCheckPage::updateLeaveOut()
{
    const qsizetype column = problemColumn();
    m_leaveOut->setVisible(column >= 0 && !m_problems->isHidden());
    if (column >= 0) {
        m_leaveOut->setText(
            tr("&Leave Out the Column \"%1\"").arg(m_wizard->plan().report.headers[column]));
    }
}

void ImportCheckPage::leaveOutColumn()
{
    const qsizetype column = problemColumn();
    if (column < 0)
        return;
    m_wizard->plan().mapping[column] = Field::Ignore;
    check();
}

// The column of the problem chosen in the table, as an index of the file's
// columns; -1 for a problem of the row as a whole.
qsizetype ImportCheckPage::problemColumn() const
{
    const ImportPlan &plan = m_wizard->plan();
    const QTableWidgetItem *item = m_problems->item(m_problems->currentRow(), 1);
    const qsizetype column = item ? plan.report.headers.indexOf(item->text()) : -1;
    return column < plan.mapping.size() ? column : -1;
}

bool ImportCheckPage::isComplete() const
{
    const ImportPlan &plan = m_wizard->plan();
    return plan.report.canImport() && (plan.report.invalid == 0 || plan.skipInvalidRows);
}

bool ImportCheckPage::validatePage()
{
    if (!m_wizard->runImport(false)) {
        QMessageBox::information(this, tr("Import Cancelled"),
                                 tr("The import was cancelled. Nothing was written."));
        showReport();
        emit completeChanged();
        return false;
    }
    if (!m_wizard->plan().report.written) {
        QMessageBox::warning(
            this, tr("Not Imported"),
            tr("Nothing was imported: %1").arg(m_wizard->plan().report.fileProblem));
        showReport();
        emit completeChanged();
        return false;
    }
    return true;
}

} // namespace ep
