#include "import/importwizard.h"

#include "import/importcheckpage.h"
#include "import/importfilepage.h"
#include "import/importformatpage.h"
#include "import/importmappingpage.h"
#include "import/importresultpage.h"

#include <QApplication>
#include <QBoxLayout>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressDialog>
#include <QScreen>

namespace ep {

ImportSettings ImportPlan::settings(bool dryRun) const
{
    ImportSettings settings;
    settings.target = target;
    settings.eventId = eventId;
    settings.format = format;
    settings.mapping = mapping;
    settings.overwriteStoredValues = overwriteStoredValues;
    settings.skipInvalidRows = skipInvalidRows;
    settings.dryRun = dryRun;
    return settings;
}

ImportWizard::ImportWizard(const Workspace &workspace, ImportTarget target, int eventId,
                           QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("importWizard"));
    m_plan.target = target;
    m_plan.eventId = eventId;
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(this));
    setPage(FormatPage, new ImportFormatPage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    setPage(ResultPage, new ImportResultPage(this));
    setWindowTitle(target == ImportTarget::Participants ? tr("Import Participants")
                                                        : tr("Import Contact People"));
    // QWizard's header keeps the height of a subtitle's lines at the width
    // it was first laid out in: larger text or a narrower window cut it off.
    // The explanation is the page's first paragraph instead.
    for (int id : pageIds()) {
        auto *layout = qobject_cast<QBoxLayout *>(page(id)->layout());
        if (!layout || page(id)->subTitle().isEmpty())
            continue;
        auto *explanation = new QLabel(page(id)->subTitle(), page(id));
        explanation->setObjectName(QStringLiteral("explanation"));
        explanation->setWordWrap(true);
        layout->insertWidget(0, explanation);
        page(id)->setSubTitle(QString());
    }
    resize(QSize(900, 640).boundedTo(screen()->availableGeometry().size()));
}

QString ImportWizard::outcome() const
{
    const ImportReport &report = m_plan.report;
    QString text = tr("Imported %Ln row(s) from %1.", nullptr, report.rows - report.invalid)
                       .arg(QDir::toNativeSeparators(m_plan.path));
    if (report.invalid > 0)
        text += u' ' % tr("%Ln invalid row(s) left out.", nullptr, report.invalid);
    return text;
}

bool ImportWizard::runImport(bool dryRun)
{
    QProgressDialog progress(dryRun ? tr("Checking the file…") : tr("Importing…"), tr("Cancel"), 0,
                             1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400); // small files finish before it shows
    QElapsedTimer sinceUpdate;
    sinceUpdate.start();
    const SpreadsheetImport::Progress report = [&](qint64 done, qint64 total) {
        // A hundred thousand rows: the window is updated a few times a second.
        if (sinceUpdate.elapsed() < 100)
            return true;
        sinceUpdate.restart();
        if (total > 0)
            progress.setValue(int(done * 1000 / total));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_plan.report =
        SpreadsheetImport::run(m_workspace.db, m_plan.path, m_plan.settings(dryRun), report);
    QApplication::restoreOverrideCursor();
    progress.reset();
    return !m_plan.report.cancelled;
}

} // namespace ep
