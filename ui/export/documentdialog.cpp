#include "export/documentdialog.h"

#include "documents/agendadocument.h"
#include "documents/participantlistdocument.h"
#include "documents/signinsheetdocument.h"
#include "domain/vocabulary.h"
#include "export/exportpaths.h"
#include "export/filewriting.h"
#include "export/icalendarwriter.h"

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

QListWidget *checkList(const QList<std::pair<QString, QString>> &items, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    for (const auto &[code, label] : items) {
        auto *item = new QListWidgetItem(label, list);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setMaximumHeight(list->sizeHintForRow(0) * int(std::min<qsizetype>(items.size(), 7)) +
                           2 * list->frameWidth() + 4);
    return list;
}

QList<std::pair<QString, QString>> vocabularyItems(Vocabulary vocabulary)
{
    QList<std::pair<QString, QString>> items;
    for (const QString &code : vocabularyCodes(vocabulary))
        items.append({code, vocabularyLabel(vocabulary, code)});
    return items;
}

// The participant list's columns, named in the window's language.
QList<std::pair<QString, QString>> columnItems()
{
    const DocumentLanguage language(languageOfLocale());
    QList<std::pair<QString, QString>> items;
    for (Field column : fieldsWith(FieldUse::ListColumn))
        items.append({fieldKey(column), fieldLabel(column, language)});
    return items;
}

void setChecked(QListWidget *list, const QStringList &codes)
{
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

} // namespace

DocumentDialog::DocumentDialog(Kind kind, EventDocument document, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_document(std::move(document))
    , m_language(new QComboBox(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("documentDialog"));
    const QString eventTitle = m_document.event.title.text(languageOfLocale());
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    fillLanguages(m_language);
    form->addRow(tr("&Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *pdfButton = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    QPushButton *otherButton = nullptr;

    switch (kind) {
    case Kind::Agenda:
        setWindowTitle(tr("Agenda of %1").arg(eventTitle));
        m_secondLanguage = new QComboBox(this);
        m_secondLanguage->addItem(tr("None"), QString());
        fillLanguages(m_secondLanguage);
        form->addRow(tr("&Second language:"), m_secondLanguage);
        form->addRow(QString(), new QLabel(tr("With a second language, the agenda shows both "
                                              "side by side, for a mixed delegation."),
                                           this));
        otherButton = buttons->addButton(tr("Save as &Calendar…"), QDialogButtonBox::ActionRole);
        break;
    case Kind::ParticipantList:
        setWindowTitle(tr("Participant List of %1").arg(eventTitle));
        m_statuses = checkList(vocabularyItems(Vocabulary::ParticipantStatus), this);
        m_roles = checkList(vocabularyItems(Vocabulary::ParticipantRole), this);
        m_columns = checkList(columnItems(), this);
        m_columns->setMaximumHeight(QWIDGETSIZE_MAX);
        form->addRow(tr("&Columns (PDF):"), m_columns);
        form->addRow(tr("Only with s&tatus:"), m_statuses);
        form->addRow(tr("Only in &role:"), m_roles);
        form->addRow(QString(), new QLabel(tr("Nothing ticked: everyone."), this));
        otherButton = buttons->addButton(tr("Save as CS&V…"), QDialogButtonBox::ActionRole);
        break;
    case Kind::SignInSheet:
        setWindowTitle(tr("Sign-in Sheets of %1").arg(eventTitle));
        m_allLanguages =
            new QCheckBox(tr("Headings in German, Polish and &English together"), this);
        form->addRow(QString(), m_allLanguages);
        m_perSiteVisit = new QCheckBox(tr("One sheet per site &visit instead of per day"), this);
        form->addRow(QString(), m_perSiteVisit);
        m_blankRows = new QSpinBox(this);
        m_blankRows->setRange(0, 500);
        form->addRow(tr("&Blank rows for walk-ins:"), m_blankRows);
        m_statuses = checkList(vocabularyItems(Vocabulary::ParticipantStatus), this);
        form->addRow(tr("Only with s&tatus:"), m_statuses);
        form->addRow(QString(),
                     new QLabel(tr("Nothing ticked: everyone who has not cancelled."), this));
        if (m_document.event.fundingProgramme.isEmpty() && m_document.event.projectNumber.isEmpty())
            form->addRow(QString(), new QLabel(tr("The funding programme and project number are "
                                                  "set on the event's Details tab."),
                                               this));
        break;
    }
    for (QLabel *label : findChildren<QLabel *>())
        label->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &DocumentDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &DocumentDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &DocumentDialog::savePdf);
    if (otherButton)
        connect(otherButton, &QPushButton::clicked, this, &DocumentDialog::saveOther);
    previewButton->setDefault(true);
    // Room for the longer German and Polish labels without squeezing the
    // explanations into narrow columns.
    setMinimumWidth(std::max(minimumSizeHint().width(), fontMetrics().averageCharWidth() * 80));
    restoreChoices();
}

DocumentDialog::~DocumentDialog()
{
    storeChoices();
}

QString DocumentDialog::settingsKey(const QString &name) const
{
    static const char *const kinds[] = {"agenda", "participantList", "signInSheet"};
    return u"documents/"_qs % QLatin1String(kinds[int(m_kind)]) % u'/' % name;
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
        setChecked(m_columns, settings.value(settingsKey(u"columns"_qs), keys).toStringList());
    }
    if (m_statuses)
        setChecked(m_statuses, settings.value(settingsKey(u"statuses"_qs)).toStringList());
    if (m_roles)
        setChecked(m_roles, settings.value(settingsKey(u"roles"_qs)).toStringList());
    if (m_allLanguages)
        m_allLanguages->setChecked(settings.value(settingsKey(u"allLanguages"_qs)).toBool());
    if (m_perSiteVisit)
        m_perSiteVisit->setChecked(settings.value(settingsKey(u"perSiteVisit"_qs)).toBool());
    if (m_blankRows)
        m_blankRows->setValue(settings.value(settingsKey(u"blankRows"_qs), 10).toInt());
}

void DocumentDialog::storeChoices() const
{
    QSettings settings;
    settings.setValue(settingsKey(u"language"_qs), m_language->currentData());
    if (m_secondLanguage)
        settings.setValue(settingsKey(u"secondLanguage"_qs), m_secondLanguage->currentData());
    if (m_columns)
        settings.setValue(settingsKey(u"columns"_qs), checkedCodes(m_columns));
    if (m_statuses)
        settings.setValue(settingsKey(u"statuses"_qs), checkedCodes(m_statuses));
    if (m_roles)
        settings.setValue(settingsKey(u"roles"_qs), checkedCodes(m_roles));
    if (m_allLanguages)
        settings.setValue(settingsKey(u"allLanguages"_qs), m_allLanguages->isChecked());
    if (m_perSiteVisit)
        settings.setValue(settingsKey(u"perSiteVisit"_qs), m_perSiteVisit->isChecked());
    if (m_blankRows)
        settings.setValue(settingsKey(u"blankRows"_qs), m_blankRows->value());
}

QStringList DocumentDialog::checkedCodes(const QListWidget *list) const
{
    QStringList codes;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            codes.append(list->item(row)->data(Qt::UserRole).toString());
    }
    return codes;
}

std::unique_ptr<PagedDocument> DocumentDialog::document() const
{
    const Language language = *languageFromCode(m_language->currentData().toString());
    switch (m_kind) {
    case Kind::Agenda:
        return std::make_unique<AgendaDocument>(
            m_document, language, languageFromCode(m_secondLanguage->currentData().toString()));
    case Kind::ParticipantList: {
        QList<Field> columns;
        for (const QString &key : checkedCodes(m_columns))
            columns.append(*fieldFromKey(key));
        return std::make_unique<ParticipantListDocument>(
            m_document, language,
            ParticipantFilter{checkedCodes(m_statuses), checkedCodes(m_roles)}, columns);
    }
    case Kind::SignInSheet:
        break;
    }
    SignInSheetOptions options;
    options.languages = m_allLanguages->isChecked()
                            ? QList<Language>(std::begin(allLanguages), std::end(allLanguages))
                            : QList<Language>{language};
    options.perSiteVisit = m_perSiteVisit->isChecked();
    options.blankRows = m_blankRows->value();
    if (const QStringList statuses = checkedCodes(m_statuses); !statuses.isEmpty())
        options.filter = ParticipantFilter{statuses, {}};
    return std::make_unique<SignInSheetDocument>(m_document, options);
}

void DocumentDialog::paintOn(QPrinter *printer) const
{
    const std::unique_ptr<PagedDocument> made = document();
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

void DocumentDialog::savePdf()
{
    const QString name = document()->title().replace(u'/', u'-') % u".pdf";
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"),
                                                      QDir(ExportPaths::folder()).filePath(name),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        report(saveTo(path), path);
}

void DocumentDialog::saveOther()
{
    const QString name = document()->title().replace(u'/', u'-');
    if (m_kind == Kind::Agenda) {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save as Calendar"), QDir(ExportPaths::folder()).filePath(name % u".ics"),
            tr("Calendar files (*.ics)"));
        if (!path.isEmpty())
            report(saveTo(path), path);
        return;
    }
    bool excel = false;
    const QString path = ExportPaths::askCsv(this, tr("Save as CSV"), name, &excel);
    if (!path.isEmpty())
        report(saveTo(path, excel), path);
}

QString DocumentDialog::saveTo(const QString &path, bool excel) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const Language language = *languageFromCode(m_language->currentData().toString());
    if (suffix == u"pdf")
        return document()->writePdf(path);
    QByteArray contents;
    if (suffix == u"ics" && m_kind == Kind::Agenda) {
        contents = agendaCalendar(m_document, language, QDateTime::currentDateTimeUtc());
    } else if (suffix == u"csv" && m_kind == Kind::ParticipantList) {
        contents = participantsCsv(
            participantRows(m_document,
                            ParticipantFilter{checkedCodes(m_statuses), checkedCodes(m_roles)}),
            DocumentLanguage(language), excel ? CsvOptions::forExcel() : CsvOptions{});
    } else {
        return tr("%1: this document cannot be saved as \"%2\".")
            .arg(QDir::toNativeSeparators(path), suffix);
    }
    return writeWholeFile(path, contents);
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
