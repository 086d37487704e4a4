#include "import/importresultpage.h"

#include "import/importwizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ep {

ImportResultPage::ImportResultPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
{
    setTitle(tr("Imported"));
    m_summary->setObjectName(QStringLiteral("result"));
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addStretch();
}

void ImportResultPage::initializePage()
{
    const ImportReport &report = m_wizard->plan().report;
    QStringList lines{tr("%Ln person(s) stored new.", nullptr, report.created),
                      tr("%Ln row(s) matched people already stored.", nullptr, report.matched)};
    if (report.skipped > 0)
        lines.append(
            tr("%Ln row(s) skipped: the person already took part.", nullptr, report.skipped));
    if (report.participationsUpdated > 0)
        lines.append(tr("%Ln participation(s) updated from the file.", nullptr,
                        report.participationsUpdated));
    if (report.invalid > 0)
        lines.append(tr("%Ln invalid row(s) left out.", nullptr, report.invalid));
    if (report.organisationsCreated > 0)
        lines.append(tr("%Ln organisation(s) stored new.", nullptr, report.organisationsCreated));
    if (report.waitlisted > 0)
        lines.append(tr("%Ln confirmed beyond the event's %1 places went on the waiting list.",
                        nullptr, report.waitlisted)
                         .arg(report.capacity));
    if (report.movedUp > 0)
        lines.append(tr("%Ln moved up from the waiting list.", nullptr, report.movedUp));
    lines.append(QString());
    lines.append(tr("An import cannot be undone with Edit › Undo; the list of undoable changes "
                    "starts anew."));
    m_summary->setText(lines.join(u'\n'));
}

} // namespace ep
