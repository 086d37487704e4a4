#include "export/documentactions.h"

#include "csv/csvwriter.h"
#include "domain/documentlanguage.h"
#include "export/contactlist.h"
#include "export/documentdialog.h"
#include "export/exportpaths.h"
#include "export/filewriting.h"
#include "export/participantlist.h"
#include "export/vcardwriter.h"

#include <QAction>
#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

namespace ep {
DocumentActions::DocumentActions(Context context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_agenda(new QAction(this))
    , m_participantList(new QAction(this))
    , m_signInSheets(new QAction(this))
    , m_contacts(new QAction(this))
    , m_visibleRows(new QAction(this))
{
    m_agenda->setObjectName(QStringLiteral("agendaAction"));
    m_agenda->setShortcut(QKeySequence::Print);
    m_visibleRows->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    const QList<QAction *> kinds{m_agenda, m_participantList, m_signInSheets};
    for (int kind = 0; kind < kinds.size(); ++kind) {
        connect(kinds[kind], &QAction::triggered, this, [this, kind] {
            const int eventId = m_context.currentEvent();
            if (eventId > 0)
                openDocument(eventId, kind);
        });
    }
    connect(m_contacts, &QAction::triggered, this, &DocumentActions::exportContacts);
    connect(m_visibleRows, &QAction::triggered, this, &DocumentActions::exportVisibleRows);
    setEventShown(false);
}

QMenu *DocumentActions::createMenu(QWidget *parent)
{
    m_menu = new QMenu(parent);
    m_menu->addActions({m_agenda, m_participantList, m_signInSheets});
    m_menu->addSeparator();
    m_menu->addActions({m_contacts, m_visibleRows});
    retranslate();
    return m_menu;
}

void DocumentActions::retranslate()
{
    if (m_menu)
        m_menu->setTitle(tr("&Documents"));
    m_agenda->setText(tr("&Agenda…"));
    m_participantList->setText(tr("&Participant List…"));
    m_signInSheets->setText(tr("&Sign-in Sheets…"));
    m_contacts->setText(tr("Export &Contact People…"));
    m_visibleRows->setText(tr("&Export Visible Rows…"));
}

void DocumentActions::setEventShown(bool shown)
{
    for (QAction *action : {m_agenda, m_participantList, m_signInSheets})
        action->setEnabled(shown);
}

void DocumentActions::openDocument(int eventId, int kind)
{
    std::optional<EventDocument> document = EventDocument::load(m_context.database(), eventId);
    if (!document)
        return;
    DocumentDialog dialog(DocumentDialog::Kind(kind), std::move(*document), m_context.window);
    dialog.exec();
}

void DocumentActions::exportContacts()
{
    bool excel = false;
    const QString path = ExportPaths::askCsv(m_context.window, tr("Export Contact People"),
                                             tr("contact-people"), &excel, true);
    if (path.isEmpty())
        return;
    const ContactList contacts = ContactList::load(m_context.database());
    const QByteArray contents = QFileInfo(path).suffix().toLower() == u"vcf"
                                    ? contactCards(contacts.people, contacts.organisations)
                                    : contactsCsv(contacts, DocumentLanguage(languageOfLocale()),
                                                  excel ? CsvOptions::forExcel() : CsvOptions{});
    report(writeWholeFile(path, contents), path);
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

} // namespace ep
