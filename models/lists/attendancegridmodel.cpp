#include "lists/attendancegridmodel.h"

#include "export/logistics.h"
#include "export/signinorder.h"

#include <QLocale>

namespace ep {

AttendanceGridModel::AttendanceGridModel(EventDocument document, Language language, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(std::move(document))
    , m_language(language)
    , m_sheets(attendanceSheets(m_document.event, true))
{
    // Each person's signed sheets, read once: not a search per cell.
    QHash<int, QSet<int>> signedSheets;
    for (const Presence &presence : m_document.attendance.presences) {
        if (const qsizetype sheet = m_sheets.indexOf(presence.sheet); sheet >= 0)
            signedSheets[presence.personId].insert(int(sheet));
    }
    for (const ParticipantRow &each : signInRows(m_document, QDate())) {
        Row row{each.person, each.organisation, each.participation,
                signedSheets.value(each.person.id)};
        m_loaded.append(row.ticked);
        m_rows.append(row);
    }
    setNumberingColumn(FirstSheetColumn);
}

int AttendanceGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttendanceGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstSheetColumn + int(m_sheets.size());
}

std::optional<AttendanceSheet> AttendanceGridModel::sheetAt(int column) const
{
    const int sheet = column - FirstSheetColumn;
    if (sheet < 0 || sheet >= m_sheets.size())
        return std::nullopt;
    return m_sheets[sheet];
}

bool AttendanceGridModel::hasBox(const Row &row, int sheet) const
{
    return logistics::presentOn(row.participation, m_sheets[sheet].day);
}

QVariant AttendanceGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row &row = m_rows[index.row()];
    if (index.column() == NameColumn && role == Qt::DisplayRole)
        return row.person.displayName();
    if (index.column() == OrganisationColumn && role == Qt::DisplayRole)
        return row.organisation;
    const int sheet = index.column() - FirstSheetColumn;
    if (sheet < 0 || !hasBox(row, sheet))
        return {};
    if (role == Qt::CheckStateRole)
        return row.ticked.contains(sheet) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::AccessibleTextRole) {
        return QString(row.person.displayName() % u", " % sheetName(m_sheets[sheet]) % u": " %
                       (row.ticked.contains(sheet) ? tr("present") : tr("absent")));
    }
    return {};
}

bool AttendanceGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int sheet = index.column() - FirstSheetColumn;
    if (!index.isValid() || role != Qt::CheckStateRole || sheet < 0 ||
        !hasBox(m_rows[index.row()], sheet)) {
        return false;
    }
    QSet<int> &ticked = m_rows[index.row()].ticked;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        ticked.insert(sheet);
    else
        ticked.remove(sheet);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

bool AttendanceGridModel::toggle(const QModelIndex &index)
{
    const QVariant state = data(index, Qt::CheckStateRole);
    if (!state.isValid())
        return false;
    return setData(index,
                   state.value<Qt::CheckState>() == Qt::Checked ? Qt::Unchecked : Qt::Checked,
                   Qt::CheckStateRole);
}

Qt::ItemFlags AttendanceGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (data(index, Qt::CheckStateRole).isValid())
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QString AttendanceGridModel::visitPlace(const AttendanceSheet &sheet) const
{
    for (const AgendaItem &item : m_document.event.agenda) {
        if (item.id != sheet.agendaItemId)
            continue;
        const Site *site = m_document.site(item.siteId);
        return site ? site->name.text(m_language) : item.title.text(m_language);
    }
    return {};
}

static QTime visitStart(const Event &event, const AttendanceSheet &sheet)
{
    for (const AgendaItem &item : event.agenda) {
        if (item.id == sheet.agendaItemId)
            return item.start;
    }
    return {};
}

QString AttendanceGridModel::sheetTitle(const AttendanceSheet &sheet) const
{
    const QString day = QLocale().toString(sheet.day, u"ddd d.M."_qs);
    if (!sheet.isSiteVisit())
        return day;
    return QString(day % u' ' % visitStart(m_document.event, sheet).toString(u"HH:mm"_qs) % u'\n' %
                   visitPlace(sheet));
}

QString AttendanceGridModel::sheetName(const AttendanceSheet &sheet) const
{
    const QString day = QLocale().toString(sheet.day, QLocale::LongFormat);
    if (!sheet.isSiteVisit())
        return day;
    return QString(day % u", " % visitStart(m_document.event, sheet).toString(u"HH:mm"_qs) % u", " %
                   visitPlace(sheet));
}

QVariant AttendanceGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role != Qt::DisplayRole || section < 0 || section >= m_numbers.size())
            return {};
        const int number = m_numbers[section];
        return number > 0 ? QVariant(number) : QVariant(QStringLiteral("–"));
    }
    if (role == Qt::DisplayRole) {
        if (section == NameColumn)
            return tr("Name");
        if (section == OrganisationColumn)
            return tr("Organisation");
        if (const std::optional<AttendanceSheet> sheet = sheetAt(section))
            return sheetTitle(*sheet);
    }
    if (role == Qt::ToolTipRole) {
        if (const std::optional<AttendanceSheet> sheet = sheetAt(section)) {
            return tr("%1: %2 of %3 present")
                .arg(sheetName(*sheet))
                .arg(presentCount(*sheet))
                .arg(expectedCount(*sheet));
        }
    }
    return {};
}

void AttendanceGridModel::setNumberingColumn(int column)
{
    if (!sheetAt(column))
        column = m_numberingColumn;
    m_numberingColumn = column;
    const QDate day = sheetAt(column) ? sheetAt(column)->day : QDate();
    m_numbers.clear();
    int number = 0;
    for (const Row &row : std::as_const(m_rows)) {
        const bool onSheet = !day.isValid() || logistics::presentOn(row.participation, day);
        m_numbers.append(onSheet ? ++number : 0);
    }
    if (!m_rows.isEmpty())
        emit headerDataChanged(Qt::Vertical, 0, int(m_rows.size()) - 1);
}

int AttendanceGridModel::rowNumbered(int number) const
{
    return number > 0 ? int(m_numbers.indexOf(number)) : -1;
}

void AttendanceGridModel::addWalkIn(const Person &person, const QString &organisation, int column)
{
    const int row = int(m_rows.size());
    Row walkIn{person, organisation, {}, {}};
    walkIn.participation.status = QStringLiteral("attended");
    if (sheetAt(column))
        walkIn.ticked.insert(column - FirstSheetColumn);
    beginInsertRows({}, row, row);
    m_rows.append(walkIn);
    endInsertRows();
    setNumberingColumn(m_numberingColumn);
}

int AttendanceGridModel::presentCount(const AttendanceSheet &sheet) const
{
    const int index = int(m_sheets.indexOf(sheet));
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [index](const Row &row) { return row.ticked.contains(index); }));
}

int AttendanceGridModel::expectedCount(const AttendanceSheet &sheet) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [&sheet](const Row &row) {
        return logistics::presentOn(row.participation, sheet.day);
    }));
}

bool AttendanceGridModel::isModified() const
{
    return !entry().isEmpty();
}

AttendanceEntry AttendanceGridModel::entry() const
{
    AttendanceEntry entry{m_document.event.id, {}, {}, {}};
    for (qsizetype index = 0; index < m_rows.size(); ++index) {
        const Row &row = m_rows[index];
        if (index >= m_loaded.size()) {
            WalkIn walkIn{row.person, {}};
            for (int sheet = 0; sheet < m_sheets.size(); ++sheet) {
                if (row.ticked.contains(sheet))
                    walkIn.sheets.append(m_sheets[sheet]);
            }
            if (!walkIn.sheets.isEmpty())
                entry.walkIns.append(walkIn);
            continue;
        }
        for (int sheet = 0; sheet < m_sheets.size(); ++sheet) {
            const bool now = row.ticked.contains(sheet);
            if (now != m_loaded[index].contains(sheet))
                (now ? entry.added : entry.removed).append({row.person.id, m_sheets[sheet]});
        }
    }
    return entry;
}

} // namespace ep
