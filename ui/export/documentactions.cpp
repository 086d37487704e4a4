#include "export/documentactions.h"

#include "csv/csvwriter.h"
#include "documents/evidencepack.h"
#include "export/certificates.h"
#include "export/documentdialog.h"
#include "export/exportpaths.h"
#include "export/filewriting.h"
#include "storage/database.h"

#include <QAction>
#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

namespace ep {
DocumentActions::DocumentActions(Context context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_evidence(new QAction(this))
    , m_confirmCertificate(new QAction(this))
    , m_contacts(new QAction(this))
    , m_visibleRows(new QAction(this))
{
    for (const DocumentType &type : documentCatalogue()) {
        if (!type.ofAnEvent)
            continue;
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(type.key) % u"Action");
        action->setShortcut(type.shortcut);
        connect(action, &QAction::triggered, this, [this, kind = type.kind] {
            const int eventId = m_context.currentEvent();
            if (eventId > 0)
                openDocument(eventId, kind);
        });
        m_eventDocuments.append({action, &type});
    }
    m_evidence->setObjectName(u"evidencePackAction"_qs);
    connect(m_evidence, &QAction::triggered, this, &DocumentActions::exportEvidence);
    m_confirmCertificate->setObjectName(u"confirmCertificateAction"_qs);
    connect(m_confirmCertificate, &QAction::triggered, this, &DocumentActions::confirmCertificate);
    m_visibleRows->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_contacts, &QAction::triggered, this, &DocumentActions::exportContacts);
    connect(m_visibleRows, &QAction::triggered, this, &DocumentActions::exportVisibleRows);
    setEventShown(false);
}

QMenu *DocumentActions::createMenu(QWidget *parent)
{
    m_menu = new QMenu(parent);
    for (const auto &[action, type] : std::as_const(m_eventDocuments))
        m_menu->addAction(action);
    m_menu->addSeparator();
    m_menu->addActions({m_evidence, m_confirmCertificate});
    m_menu->addSeparator();
    m_menu->addActions({m_contacts, m_visibleRows});
    retranslate();
    return m_menu;
}

void DocumentActions::retranslate()
{
    if (m_menu)
        m_menu->setTitle(tr("&Documents"));
    for (const auto &[action, type] : std::as_const(m_eventDocuments))
        action->setText(QCoreApplication::translate("ep::DocumentActions", type->menuText));
    const DocumentType &contacts = documentType(DocumentKind::ContactList);
    m_contacts->setText(QCoreApplication::translate("ep::DocumentActions", contacts.menuText));
    m_evidence->setText(tr("E&vidence Pack…"));
    m_confirmCertificate->setText(tr("C&onfirm a Certificate…"));
    m_confirmCertificate->setToolTip(
        tr("What the certificate of attendance of a number states, to confirm it on request"));
    m_visibleRows->setText(tr("&Export Visible Rows…"));
}

void DocumentActions::setEventShown(bool shown)
{
    for (const auto &[action, type] : std::as_const(m_eventDocuments))
        action->setEnabled(shown);
    m_evidence->setEnabled(shown);
}

std::optional<EventDocument> DocumentActions::loadEvent(int eventId) const
{
    QSqlError failed;
    std::optional<EventDocument> document =
        EventDocument::load(m_context.database(), eventId, &failed);
    if (failed.isValid()) {
        QMessageBox::warning(m_context.window, tr("Cannot Make the Document"),
                             Database::describeFailure(m_context.database(), failed));
        return std::nullopt;
    }
    return document;
}

void DocumentActions::openDocument(int eventId, DocumentKind kind)
{
    std::optional<EventDocument> document = loadEvent(eventId);
    if (!document)
        return;
    DocumentDialog dialog(kind, std::move(*document), m_context.window);
    dialog.exec();
}

// The pack in the window's language; its CSV files in the form German and
// Polish Excel open directly where the window speaks German or Polish.
void DocumentActions::exportEvidence()
{
    const int eventId = m_context.currentEvent();
    if (eventId <= 0)
        return;
    std::optional<EventDocument> document = loadEvent(eventId);
    if (!document)
        return;
    const Language language = languageOfLocale();
    const QString suggested =
        portableFileName(tr("Evidence pack") % u" – " % document->event.title.text(language) %
                         u' ' % document->event.startDate.toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(
        m_context.window, tr("Save the Evidence Pack"),
        QDir(ExportPaths::folder()).filePath(suggested % u".zip"), tr("ZIP archives (*.zip)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".zip"_qs, Qt::CaseInsensitive))
        path += u".zip"_qs;
    const EvidencePack pack(std::move(*document), language,
                            language == Language::English ? CsvOptions{} : CsvOptions::forExcel());
    if (const QString error = pack.write(path); !error.isEmpty()) {
        report(error, path);
        return;
    }
    report({}, path);
    QStringList files;
    for (const EvidenceFile &file : pack.files())
        files.append(u"• "_qs % file.name % u" – "_qs % file.description);
    QMessageBox written(QMessageBox::Information, tr("Evidence Pack Written"),
                        tr("Wrote %1, holding:").arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Ok, m_context.window);
    written.setObjectName(u"evidencePackWritten"_qs);
    written.setInformativeText(files.join(u'\n'));
    written.exec();
}

void DocumentActions::exportContacts()
{
    const DocumentType &type = documentType(DocumentKind::ContactList);
    bool excel = false;
    const QString path = ExportPaths::askCsv(
        m_context.window, QCoreApplication::translate("ep::DocumentActions", type.dialogTitle),
        tr("contact-people"), &excel, true);
    if (path.isEmpty())
        return;
    DocumentRequest request;
    request.kind = type.kind;
    request.languages = {languageOfLocale()};
    request.format = formatOfFile(path).value_or(FileFormat::Csv); // .csv or .vcf, as asked
    request.csv = excel ? CsvOptions::forExcel() : CsvOptions{};
    QSqlError failed;
    const std::optional<DocumentSource> source =
        DocumentSource::load(m_context.database(), request, &failed);
    if (failed.isValid()) {
        report(Database::describeFailure(m_context.database(), failed), path);
        return;
    }
    report(writeDocument(request, *source, path), path);
}

void DocumentActions::exportVisibleRows()
{
    QTableView *list = m_context.currentList();
    if (!list)
        return;
    bool excel = false;
    const QString path =
        ExportPaths::askCsv(m_context.window, tr("Export Visible Rows"), tr("list"), &excel);
    if (!path.isEmpty())
        report(exportList(list, path, excel), path);
}

void DocumentActions::report(const QString &error, const QString &path)
{
    if (error.isEmpty())
        ExportPaths::remember(path);
    else
        QMessageBox::warning(m_context.window, tr("Not Exported"), error);
}

QString DocumentActions::exportList(const QTableView *list, const QString &path, bool excel)
{
    QAbstractItemModel *model = list->model();
    // A list fetches its rows as they scroll into view; the file gets all
    // that match the search, not the first page.
    while (model->canFetchMore({}))
        model->fetchMore({});
    QList<int> columns;
    const QHeaderView *header = list->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QByteArray contents;
    QBuffer buffer(&contents);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer, excel ? u';' : u',');
    if (excel)
        csv.writeBom();
    QStringList cells;
    for (int column : columns)
        cells.append(model->headerData(column, Qt::Horizontal).toString());
    csv.writeRow(cells);
    for (int row = 0; row < model->rowCount(); ++row) {
        cells.clear();
        for (int column : columns)
            cells.append(model->index(row, column).data().toString());
        csv.writeRow(cells);
    }
    return writeWholeFile(path, contents);
}

void DocumentActions::confirmCertificate()
{
    bool given = false;
    const QString number = QInputDialog::getText(
        m_context.window, tr("Confirm a Certificate"),
        tr("The certificate's number, as printed under its title (e.g. 2019-001-0019-4):"),
        QLineEdit::Normal, QString(), &given);
    if (!given || number.trimmed().isEmpty())
        return;
    const QSqlDatabase db = m_context.database();
    QString problem;
    QSqlError failed;
    const QString statement =
        certificateStatement(db, number, DocumentLanguage(languageOfLocale()), &problem, &failed);
    if (statement.isEmpty()) {
        QMessageBox::warning(m_context.window, tr("Confirm a Certificate"),
                             failed.isValid() ? Database::describeFailure(db, failed) : problem);
        return;
    }
    QMessageBox::information(m_context.window, tr("Confirm a Certificate"), statement.trimmed());
}

} // namespace ep
