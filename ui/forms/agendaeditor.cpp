#include "forms/agendaeditor.h"

#include "domain/maplink.h"
#include "forms/agendaitemdialog.h"
#include "lists/agendatablemodel.h"
#include "storage/siterepository.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace ep {

AgendaEditor::AgendaEditor(const Workspace &workspace, QWidget *parent)
    : TableEditor(new AgendaTableModel(workspace.db), parent)
    , m_workspace(workspace)
    , m_model(qobject_cast<AgendaTableModel *>(table()->model()))
    , m_add(addButton())
    , m_map(addButton())
{
    m_model->setParent(this);
    table()->setObjectName(QStringLiteral("agendaTable"));
    m_add->setObjectName(QStringLiteral("addButton"));
    // Day, time, group and kind are short and fit; the title takes the room left,
    // site and hosts a fair share that the user can widen.
    QHeaderView *header = table()->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (int column : {AgendaTableModel::Day, AgendaTableModel::Time, AgendaTableModel::Group,
                       AgendaTableModel::Kind, AgendaTableModel::MissingTranslations})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AgendaTableModel::Title, QHeaderView::Stretch);
    table()->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(m_add, &QPushButton::clicked, this, &AgendaEditor::addItem);
    m_map->setObjectName(QStringLiteral("showSiteOnMap"));
    connect(m_map, &QPushButton::clicked, this, &AgendaEditor::showSiteOnMap);
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgendaEditor::updateMapButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgendaEditor::updateMapButton);
    updateMapButton();
    retranslate();
}

QList<AgendaItem> AgendaEditor::items() const
{
    return m_model->items();
}

void AgendaEditor::setItems(const QList<AgendaItem> &items)
{
    m_model->setItems(items);
    fitColumns();
}

void AgendaEditor::resizeEvent(QResizeEvent *event)
{
    TableEditor::resizeEvent(event);
    fitColumns();
}

void AgendaEditor::fitColumns()
{
    const bool groups = std::any_of(m_model->items().cbegin(), m_model->items().cend(),
                                    [](const AgendaItem &item) { return !item.group.isEmpty(); });
    table()->setColumnHidden(AgendaTableModel::Group, !groups);
    QHeaderView *header = table()->horizontalHeader();
    int others = 0;
    for (int column = 0; column < AgendaTableModel::ColumnCount; ++column) {
        if (column != AgendaTableModel::Title && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const int readable = fontMetrics().averageCharWidth() * 28;
    const bool roomy = table()->viewport()->width() - others >= readable;
    header->setSectionResizeMode(AgendaTableModel::Title,
                                 roomy ? QHeaderView::Stretch : QHeaderView::Interactive);
    if (!roomy)
        header->resizeSection(AgendaTableModel::Title, readable);
}

void AgendaEditor::runDialog(int row)
{
    Event event = m_event();
    event.agenda = items();
    AgendaItemDialog dialog(m_workspace, event, row, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<AgendaItem> edited = items();
    if (row < 0)
        edited.append(dialog.item());
    else
        edited[row] = dialog.item();
    setItems(edited);
    // The item entered stays selected, wherever its day and time sorted it.
    selectRowsWithKeys({keyOf(dialog.item())});
    emit changed();
}

QVariant AgendaEditor::keyOf(const AgendaItem &item)
{
    return QVariantList{item.day, item.start, item.group};
}

QVariant AgendaEditor::rowKey(int row) const
{
    return keyOf(m_model->items().at(row));
}

void AgendaEditor::addItem()
{
    runDialog(-1);
}

void AgendaEditor::editRow(int row)
{
    if (row >= 0)
        runDialog(row);
}

void AgendaEditor::removeSelected()
{
    if (selectedRow() < 0)
        return;
    QList<AgendaItem> kept;
    for (int row : unselectedRows())
        kept.append(m_model->items()[row]);
    setItems(kept);
    emit changed();
}

// Show Site on Map needs an item with a site.
void AgendaEditor::updateMapButton()
{
    const int row = table()->currentIndex().row();
    m_map->setEnabled(row >= 0 && m_model->items().value(row).siteId != 0);
}

// The site of the item selected on OpenStreetMap, where its coordinates are known.
void AgendaEditor::showSiteOnMap()
{
    const int row = table()->currentIndex().row();
    const std::optional<Site> site =
        row < 0 ? std::nullopt
                : SiteRepository(m_workspace.db).load(m_model->items().value(row).siteId);
    if (!site)
        return;
    if (!site->latitude || !site->longitude) {
        QMessageBox::information(this, tr("No Coordinates"),
                                 tr("The coordinates of \"%1\" are not known; enter them on "
                                    "the site's form.")
                                     .arg(site->name.text(languageOfLocale())));
        return;
    }
    QDesktopServices::openUrl(openStreetMapLink(*site->latitude, *site->longitude));
}

void AgendaEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AgendaEditor::retranslate()
{
    table()->setAccessibleName(tr("Agenda"));
    m_add->setText(tr("&Add Item…"));
    m_map->setText(tr("Show Site on &Map"));
    retranslateButtons();
    m_model->setLanguage(languageOfLocale());
    // Site and hosts get a fair share that the user can widen, never less
    // than their heading needs ("Gastgebende und Vortragende").
    QHeaderView *header = table()->horizontalHeader();
    for (int column : {AgendaTableModel::Site, AgendaTableModel::Hosts})
        header->resizeSection(column, std::max(130, header->sectionSizeHint(column)));
}

} // namespace ep
