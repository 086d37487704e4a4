#include "export/attendancetable.h"

#include "csv/csvwriter.h"
#include "domain/vocabulary.h"
#include "export/logistics.h"
#include "export/signinorder.h"

#include <QBuffer>
#include <QCoreApplication>

#include <algorithm>

namespace ep {
namespace {

constexpr char context[] = "AttendanceTable";

const AgendaItem *agendaItem(const Event &event, int id)
{
    const auto found = std::find_if(event.agenda.cbegin(), event.agenda.cend(),
                                    [id](const AgendaItem &item) { return item.id == id; });
    return found == event.agenda.cend() ? nullptr : &*found;
}

} // namespace

int AttendanceTable::signedCount(qsizetype sheet) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [sheet](const AttendanceTableRow &row) {
        return row.signedSheets.value(sheet).value_or(false);
    }));
}

bool AttendanceTable::anyEntered() const
{
    return std::any_of(rows.cbegin(), rows.cend(), [](const AttendanceTableRow &row) {
        return std::any_of(row.signedSheets.cbegin(), row.signedSheets.cend(),
                           [](const std::optional<bool> &cell) { return cell.has_value(); });
    });
}

AttendanceTable attendanceTable(const EventDocument &document)
{
    const EventAttendance &attendance = document.attendance;
    AttendanceTable table;
    for (const AttendanceSheet &sheet : attendanceSheets(document.event, true)) {
        if (!sheet.isSiteVisit() || attendance.entered(sheet))
            table.sheets.append(sheet);
    }
    for (const ParticipantRow &participant : signInRows(document, QDate())) {
        const int personId = participant.person.id;
        AttendanceTableRow row{participant, attendance.walkIns.contains(personId), {}, 0, 0};
        const QList<QDate> days = attendance.daysAttended(personId);
        for (const AttendanceSheet &sheet : std::as_const(table.sheets)) {
            const bool onSheet = logistics::presentOn(participant.participation, sheet.day) &&
                                 (!row.walkIn || (!days.isEmpty() && sheet.day >= days.first()));
            if (onSheet && attendance.entered(sheet))
                row.signedSheets.append(attendance.present(personId, sheet));
            else
                row.signedSheets.append(std::nullopt);
        }
        row.daysAttended = int(days.size());
        row.hoursAttended = hoursAttended(document.event, personId, attendance);
        table.rows.append(row);
    }
    return table;
}

QString sheetHeading(const EventDocument &document, const AttendanceSheet &sheet, Language language)
{
    const QString day = sheet.day.toString(Qt::ISODate);
    const AgendaItem *visit = agendaItem(document.event, sheet.agendaItemId);
    if (!sheet.isSiteVisit() || !visit)
        return day;
    const Site *site = document.site(visit->siteId);
    return day % u' ' % visit->start.toString(u"HH:mm"_qs) % u' ' %
           (site ? site->name.text(language) : visit->title.text(language));
}

QString hoursText(double hours, const CsvOptions &options)
{
    QString text = QString::number(hours, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    if (options.delimiter == u';')
        text.replace(u'.', u',');
    return text;
}

QByteArray csvFile(const QList<QStringList> &rows, const CsvOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer, options.delimiter);
    if (options.bom)
        csv.writeBom();
    for (const QStringList &row : rows)
        csv.writeRow(row);
    return bytes;
}

QByteArray attendanceCsv(const AttendanceTable &table, const EventDocument &document,
                         const DocumentLanguage &language, const CsvOptions &options)
{
    QStringList header{
        language.translate(context, QT_TRANSLATE_NOOP("AttendanceTable", "No.")),
        fieldLabel(Field::FirstName, language),
        fieldLabel(Field::LastName, language),
        fieldLabel(Field::Organisation, language),
        fieldLabel(Field::Role, language),
        fieldLabel(Field::Status, language),
        language.translate(context, QT_TRANSLATE_NOOP("AttendanceTable", "Walk-in"))};
    for (const AttendanceSheet &sheet : table.sheets)
        header.append(sheetHeading(document, sheet, language.language()));
    header += {language.translate(context, QT_TRANSLATE_NOOP("AttendanceTable", "Days attended")),
               language.translate(context, QT_TRANSLATE_NOOP("AttendanceTable", "Hours attended"))};
    QList<QStringList> rows{header};
    int number = 0;
    for (const AttendanceTableRow &row : table.rows) {
        const ParticipantRow &participant = row.participant;
        QStringList cells{
            QString::number(++number),
            participant.person.firstName,
            participant.person.lastName,
            participant.organisation,
            vocabularyLabel(Vocabulary::ParticipantRole, participant.participation.role, language),
            vocabularyLabel(Vocabulary::ParticipantStatus, participant.participation.status,
                            language),
            row.walkIn ? u"1"_qs : QString()};
        for (const std::optional<bool> &cell : row.signedSheets)
            cells.append(cell ? QString::number(int(*cell)) : QString());
        cells += {QString::number(row.daysAttended), hoursText(row.hoursAttended, options)};
        rows.append(cells);
    }
    return csvFile(rows, options);
}

} // namespace ep
