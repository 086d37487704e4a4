#include "import/importfilepage.h"

#include "domain/formats.h"
#include "import/importwizard.h"
#include "storage/eventrepository.h"
#include "widgets/issuelabels.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace ep {

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_participants(new QRadioButton(tr("&Participants of the event:"), this))
    , m_contacts(new QRadioButton(tr("&Contact people (not linked to an event)"), this))
    , m_event(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_problem(IssueLabels::makeLabel(this))
{
    setTitle(tr("Choose the File"));
    setSubTitle(tr("A spreadsheet saved as CSV: from Excel (\"CSV UTF-8\" or \"CSV\"), "
                   "LibreOffice, an online form or a ticketing tool. Nothing is written "
                   "before the last step."));
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(tr("Path of a .csv file"));
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_event->setMinimumContentsLength(40);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_participants, &QRadioButton::toggled, m_event, &QWidget::setEnabled);
    connect(m_participants, &QRadioButton::toggled, this, &QWizardPage::completeChanged);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Import</b>"), this));
    layout->addWidget(m_participants);
    layout->addWidget(m_event);
    layout->addWidget(m_contacts);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("<b>From the file</b>"), this));
    layout->addLayout(fileRow);
    layout->addWidget(m_problem);
    layout->addStretch();
}

void ImportFilePage::initializePage()
{
    const ImportPlan &plan = m_wizard->plan();
    m_event->clear();
    const Language language = languageOfLocale();
    const QList<EventSummary> events = EventRepository(m_wizard->workspace().db).summaries();
    for (auto it = events.crbegin(); it != events.crend(); ++it) { // the latest first
        m_event->addItem(it->title.text(language) % u" (" % displayDate(it->startDate) % u')',
                         it->id);
    }
    m_event->setCurrentIndex(std::max(0, m_event->findData(plan.eventId)));
    const bool participants = plan.target == ImportTarget::Participants && m_event->count() > 0;
    m_participants->setEnabled(m_event->count() > 0);
    m_participants->setChecked(participants);
    m_contacts->setChecked(!participants);
    m_event->setEnabled(participants);
    m_path->setText(plan.path);
    m_path->setFocus();
}

bool ImportFilePage::isComplete() const
{
    const QFileInfo file(m_path->text().trimmed());
    return file.isFile() && (m_contacts->isChecked() || m_event->currentIndex() >= 0);
}

bool ImportFilePage::validatePage()
{
    ImportPlan &plan = m_wizard->plan();
    plan.path = m_path->text().trimmed();
    plan.target = m_participants->isChecked() ? ImportTarget::Participants : ImportTarget::Contacts;
    plan.eventId = m_participants->isChecked() ? m_event->currentData().toInt() : 0;
    QFile file(plan.path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem->setText(tr("%1 cannot be opened: %2").arg(plan.path, file.errorString()));
        m_problem->show();
        return false;
    }
    plan.format = CsvFormat::detect(&file);
    m_problem->hide();
    QSettings().setValue(QStringLiteral("import/folder"), QFileInfo(plan.path).absolutePath());
    return true;
}

void ImportFilePage::browse()
{
    const QString folder = QSettings().value(QStringLiteral("import/folder")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the File"), folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

} // namespace ep
