#include "export/documentdialog.h"

#include "documents/hyphenation.h"
#include "domain/vocabulary.h"
#include "export/exportpaths.h"
#include "export/filewriting.h"
#include "widgets/checklist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ep {
namespace {

void fillLanguages(QComboBox *box)
{
    for (Language language : allLanguages)
        box->addItem(endonym(language), languageCode(language));
}

// The participant list's columns, named in the window's language.
checklist::Items columnItems()
{
    checklist::Items items;
    for (Field column : fieldsWith(FieldUse::ListColumn))
        items.append({fieldKey(column), fieldLabel(column)});
    return items;
}

// How the dialog offers to save each format but PDF.
struct SaveAction
{
    FileFormat format;
    const char *button;
    const char *title;
    const char *filter;
};

const SaveAction saveActions[] = {
    {FileFormat::Pdf, QT_TRANSLATE_NOOP("ep::DocumentDialog", "Save as P&DF…"),
     QT_TRANSLATE_NOOP("ep::DocumentDialog", "Save as PDF"),
     QT_TRANSLATE_NOOP("ep::DocumentDialog", "PDF documents (*.pdf)")},
    {FileFormat::Calendar, QT_TRANSLATE_NOOP("ep::DocumentDialog", "Save as &Calendar…"),
     QT_TRANSLATE_NOOP("ep::DocumentDialog", "Save as Calendar"),
     QT_TRANSLATE_NOOP("ep::DocumentDialog", "Calendar files (*.ics)")},
    {FileFormat::Csv, QT_TRANSLATE_NOOP("ep::DocumentDialog", "Save &as CSV…"),
     QT_TRANSLATE_NOOP("ep::DocumentDialog", "Save as CSV"), nullptr},
};

const SaveAction *saveActionOf(FileFormat format)
{
    for (const SaveAction &action : saveActions) {
        if (action.format == format)
            return &action;
    }
    return nullptr;
}

QString translated(const char *source)
{
    return QCoreApplication::translate("ep::DocumentDialog", source);
}

} // namespace

DocumentDialog::DocumentDialog(DocumentKind kind, EventDocument document, QWidget *parent)
    : ReadingOrderDialog(parent)
    , m_type(documentType(kind))
    , m_document(std::move(document))
    , m_language(new QComboBox(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("documentDialog"));
    // German's hyphenation patterns take seconds to read: read while the
    // officer chooses, ready when the document is made.
    Hyphenation::prepare(Language::German);
    // Most titles name the event ("Participant List – %1"); the contact
    // list's is about no event.
    const QString title = translated(m_type.dialogTitle);
    setWindowTitle(
        title.contains(u"%1") ? title.arg(m_document.event.title.text(languageOfLocale())) : title);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    fillLanguages(m_language);
    form->addRow(tr("&Language:"), m_language);
    addOptions(form);
    // The wrapped notes as wide as their column: QFormLayout reckons their
    // height at its width, and a narrower note would overflow its row.
    for (QLabel *label : findChildren<QLabel *>()) {
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Expanding, label->sizePolicy().verticalPolicy());
    }
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    connect(previewButton, &QPushButton::clicked, this, &DocumentDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &DocumentDialog::print);
    for (FileFormat format : m_type.formats) {
        if (const SaveAction *action = saveActionOf(format)) {
            QPushButton *button =
                buttons->addButton(translated(action->button), QDialogButtonBox::ActionRole);
            connect(button, &QPushButton::clicked, this, [this, format] { saveAs(format); });
        }
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    previewButton->setDefault(true);
    // Tab as the dialog is read: the choices top to bottom, then the buttons.
    orderTabs(form, buttons);
    restoreChoices();
}

DocumentDialog::~DocumentDialog()
{
    storeChoices();
}

// The choices the document's kind has, in the order the dialog shows them.
void DocumentDialog::addOptions(QFormLayout *form)
{
    const DocumentOptions options = m_type.options;
    if (options.testFlag(DocumentOption::SecondLanguage)) {
        m_secondLanguage = new QComboBox(this);
        m_secondLanguage->addItem(tr("None"), QString());
        fillLanguages(m_secondLanguage);
        form->addRow(tr("&Second language:"), m_secondLanguage);
        form->addRow(QString(), new QLabel(tr("With a second language, the agenda shows both "
                                              "side by side, for a mixed delegation."),
                                           this));
    }
    if (options.testFlag(DocumentOption::SiteCoordinates)) {
        m_siteCoordinates = new QCheckBox(tr("Each site's c&oordinates under its address"), this);
        m_siteCoordinates->setObjectName(QStringLiteral("siteCoordinates"));
        form->addRow(QString(), m_siteCoordinates);
    }
    if (options.testFlag(DocumentOption::Columns)) {
        m_columns = checklist::make(columnItems(), this);
        m_columns->setMaximumHeight(QWIDGETSIZE_MAX);
        form->addRow(tr("&Columns:"), m_columns);
    }
    if (options.testFlag(DocumentOption::AllLanguages)) {
        m_allLanguages = new QCheckBox(m_type.kind == DocumentKind::Certificates
                                           ? tr("A page each in German, Polish and &English")
                                           : tr("Headings in German, Polish and &English together"),
                                       this);
        form->addRow(QString(), m_allLanguages);
    }
    if (options.testFlag(DocumentOption::PerSiteVisit)) {
        m_perSiteVisit = new QCheckBox(tr("One s&heet per site visit instead of per day"), this);
        form->addRow(QString(), m_perSiteVisit);
    }
    if (options.testFlag(DocumentOption::BlankRows)) {
        m_blankRows = new QSpinBox(this);
        m_blankRows->setRange(0, 500);
        form->addRow(tr("&Blank rows for walk-ins:"), m_blankRows);
    }
    if (options.testFlag(DocumentOption::ShortNames)) {
        // Off by default: an auditor cannot read "EG" as Emschergenossenschaft.
        m_shortNames = new QCheckBox(tr("Organisations by their &short names"), this);
        m_shortNames->setObjectName(QStringLiteral("shortNames"));
        form->addRow(QString(), m_shortNames);
    }
    if (options.testFlag(DocumentOption::Purpose)) {
        m_letterPurpose = new QComboBox(this);
        m_letterPurpose->setObjectName(QStringLiteral("letterPurpose"));
        m_letterPurpose->addItem(tr("For the employer's approval of the journey"),
                                 int(LetterPurpose::Employer));
        m_letterPurpose->addItem(tr("For a visa application"), int(LetterPurpose::Visa));
        form->addRow(tr("P&urpose:"), m_letterPurpose);
    }
    if (options.testFlag(DocumentOption::BadgeLayout)) {
        m_badgeLayout = new QComboBox(this);
        m_badgeLayout->setObjectName(QStringLiteral("badgeLayout"));
        m_badgeLayout->addItem(tr("8 to a sheet, about A7 (95 × 69 mm)"), 8);
        m_badgeLayout->addItem(tr("4 to a sheet, about A6 (95 × 138 mm)"), 4);
        form->addRow(tr("&Layout:"), m_badgeLayout);
    }
    if (options.testFlag(DocumentOption::BlankBadges)) {
        m_blankBadges = new QSpinBox(this);
        m_blankBadges->setObjectName(QStringLiteral("blankBadges"));
        m_blankBadges->setRange(0, 500);
        form->addRow(tr("&Blank badges for walk-ins:"), m_blankBadges);
    }
    if (options.testFlag(DocumentOption::CapitalLastNames)) {
        m_capitalLastNames = new QCheckBox(tr("Last names in &capitals"), this);
        m_capitalLastNames->setObjectName(QStringLiteral("capitalLastNames"));
        form->addRow(QString(), m_capitalLastNames);
    }
    if (options.testFlag(DocumentOption::StatusFilter)) {
        m_statuses =
            checklist::make(checklist::vocabularyItems(Vocabulary::ParticipantStatus), this);
        form->addRow(tr("Only with s&tatus:"), m_statuses);
    }
    if (options.testFlag(DocumentOption::RoleFilter)) {
        m_roles = checklist::make(checklist::vocabularyItems(Vocabulary::ParticipantRole), this);
        form->addRow(tr("Only in &role:"), m_roles);
    }
    if (m_type.filterHint)
        form->addRow(QString(), new QLabel(translated(m_type.filterHint), this));
    if (m_type.namesFunding && m_document.event.fundingProgramme.isEmpty() &&
        m_document.event.projectNumber.isEmpty()) {
        form->addRow(QString(), new QLabel(tr("The funding programme and project number are "
                                              "set on the event's Details tab."),
                                           this));
    }
}

QString DocumentDialog::settingsKey(const QString &name) const
{
    return u"documents/"_qs % QLatin1String(m_type.key) % u'/' % name;
}

void DocumentDialog::restoreChoices()
{
    QSettings settings;
    const QString language =
        settings.value(settingsKey(u"language"_qs), languageCode(languageOfLocale())).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    if (m_secondLanguage) {
        m_secondLanguage->setCurrentIndex(std::max(
            0, m_secondLanguage->findData(settings.value(settingsKey(u"secondLanguage"_qs)))));
    }
    if (m_columns) {
        QStringList keys;
        for (Field column : defaultParticipantColumns())
            keys.append(fieldKey(column));
        checklist::setChecked(m_columns,
                              settings.value(settingsKey(u"columns"_qs), keys).toStringList());
    }
    if (m_statuses)
        checklist::setChecked(m_statuses,
                              settings.value(settingsKey(u"statuses"_qs)).toStringList());
    if (m_roles)
        checklist::setChecked(m_roles, settings.value(settingsKey(u"roles"_qs)).toStringList());
    if (m_allLanguages)
        m_allLanguages->setChecked(settings.value(settingsKey(u"allLanguages"_qs)).toBool());
    if (m_perSiteVisit)
        m_perSiteVisit->setChecked(settings.value(settingsKey(u"perSiteVisit"_qs)).toBool());
    if (m_blankRows)
        m_blankRows->setValue(settings.value(settingsKey(u"blankRows"_qs), 10).toInt());
    if (m_badgeLayout)
        m_badgeLayout->setCurrentIndex(
            m_badgeLayout->findData(settings.value(settingsKey(u"perPage"_qs), 8).toInt()));
    if (m_letterPurpose)
        m_letterPurpose->setCurrentIndex(
            std::max(0, m_letterPurpose->findData(settings.value(settingsKey(u"purpose"_qs)))));
    if (m_blankBadges)
        m_blankBadges->setValue(settings.value(settingsKey(u"blank"_qs), 0).toInt());
    if (m_capitalLastNames)
        m_capitalLastNames->setChecked(settings.value(settingsKey(u"capitals"_qs)).toBool());
    if (m_siteCoordinates)
        m_siteCoordinates->setChecked(settings.value(settingsKey(u"coordinates"_qs)).toBool());
    if (m_shortNames)
        m_shortNames->setChecked(settings.value(settingsKey(u"shortNames"_qs)).toBool());
}

void DocumentDialog::storeChoices() const
{
    QSettings settings;
    settings.setValue(settingsKey(u"language"_qs), m_language->currentData());
    if (m_secondLanguage)
        settings.setValue(settingsKey(u"secondLanguage"_qs), m_secondLanguage->currentData());
    if (m_columns)
        settings.setValue(settingsKey(u"columns"_qs), checklist::checkedCodes(m_columns));
    if (m_statuses)
        settings.setValue(settingsKey(u"statuses"_qs), checklist::checkedCodes(m_statuses));
    if (m_roles)
        settings.setValue(settingsKey(u"roles"_qs), checklist::checkedCodes(m_roles));
    if (m_allLanguages)
        settings.setValue(settingsKey(u"allLanguages"_qs), m_allLanguages->isChecked());
    if (m_perSiteVisit)
        settings.setValue(settingsKey(u"perSiteVisit"_qs), m_perSiteVisit->isChecked());
    if (m_blankRows)
        settings.setValue(settingsKey(u"blankRows"_qs), m_blankRows->value());
    if (m_badgeLayout)
        settings.setValue(settingsKey(u"perPage"_qs), m_badgeLayout->currentData());
    if (m_letterPurpose)
        settings.setValue(settingsKey(u"purpose"_qs), m_letterPurpose->currentData());
    if (m_blankBadges)
        settings.setValue(settingsKey(u"blank"_qs), m_blankBadges->value());
    if (m_capitalLastNames)
        settings.setValue(settingsKey(u"capitals"_qs), m_capitalLastNames->isChecked());
    if (m_siteCoordinates)
        settings.setValue(settingsKey(u"coordinates"_qs), m_siteCoordinates->isChecked());
    if (m_shortNames)
        settings.setValue(settingsKey(u"shortNames"_qs), m_shortNames->isChecked());
}

DocumentRequest DocumentDialog::request() const
{
    DocumentRequest request;
    request.kind = m_type.kind;
    request.eventId = m_document.event.id;
    request.languages = {*languageFromCode(m_language->currentData().toString())};
    if (m_secondLanguage) {
        if (const auto second = languageFromCode(m_secondLanguage->currentData().toString()))
            request.languages.append(*second);
    }
    if (m_allLanguages && m_allLanguages->isChecked())
        request.languages = QList<Language>(std::begin(allLanguages), std::end(allLanguages));
    if (m_columns) {
        for (const QString &key : checklist::checkedCodes(m_columns))
            request.columns.append(*fieldFromKey(key));
    }
    const QStringList statuses = m_statuses ? checklist::checkedCodes(m_statuses) : QStringList();
    const QStringList roles = m_roles ? checklist::checkedCodes(m_roles) : QStringList();
    if (!statuses.isEmpty() || !roles.isEmpty())
        request.filter = ParticipantFilter{statuses, roles};
    if (m_blankRows)
        request.blankRows = m_blankRows->value();
    request.perSiteVisit = m_perSiteVisit && m_perSiteVisit->isChecked();
    if (m_badgeLayout)
        request.badgesPerPage = m_badgeLayout->currentData().toInt();
    if (m_blankBadges)
        request.blankBadges = m_blankBadges->value();
    request.capitalLastNames = m_capitalLastNames && m_capitalLastNames->isChecked();
    request.siteCoordinates = m_siteCoordinates && m_siteCoordinates->isChecked();
    if (m_letterPurpose)
        request.letterPurpose = LetterPurpose(m_letterPurpose->currentData().toInt());
    if (m_shortNames && m_shortNames->isChecked())
        request.organisationNames = OrganisationNames::Short;
    return request;
}

std::unique_ptr<PrintedDocument> DocumentDialog::document() const
{
    return makeDocument(request(), m_document);
}

void DocumentDialog::paintOn(QPrinter *printer) const
{
    const std::unique_ptr<PrintedDocument> made = document();
    printer->setDocName(made->title());
    made->render(printer);
}

void DocumentDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document()->pageLayout());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(windowTitle());
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { paintOn(target); });
    dialog.resize(size().expandedTo(QSize(900, 1000)));
    dialog.exec();
}

void DocumentDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document()->pageLayout());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintOn(&printer);
}

void DocumentDialog::saveAs(FileFormat format)
{
    const SaveAction *action = saveActionOf(format);
    const QString name = portableFileName(document()->title());
    bool excel = false;
    const QString path =
        format == FileFormat::Csv
            ? ExportPaths::askCsv(this, translated(action->title), name, &excel)
            : QFileDialog::getSaveFileName(
                  this, translated(action->title),
                  QDir(ExportPaths::folder()).filePath(name % u'.' % fileEnding(format)),
                  translated(action->filter));
    if (!path.isEmpty())
        report(saveTo(path, excel), path);
}

QString DocumentDialog::saveTo(const QString &path, bool excel) const
{
    DocumentRequest request = this->request();
    const std::optional<FileFormat> format = formatOfFile(path);
    if (!format) {
        return tr("%1: this document cannot be saved as \"%2\".")
            .arg(QDir::toNativeSeparators(path), QFileInfo(path).suffix().toLower());
    }
    request.format = *format;
    if (excel)
        request.csv = CsvOptions::forExcel();
    return writeDocument(request, DocumentSource{m_document, {}, {}}, path);
}

void DocumentDialog::report(const QString &error, const QString &path)
{
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Not Saved"), error);
        return;
    }
    ExportPaths::remember(path);
    m_result->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace ep
