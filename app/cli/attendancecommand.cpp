#include "cli/attendancecommand.h"

#include "cli/console.h"
#include "cli/eventargument.h"
#include "cli/exitstatus.h"
#include "cli/invocation.h"
#include "cli/opendatabase.h"
#include "cli/trcontexts.h"
#include "domain/documentlanguage.h"
#include "export/signinorder.h"
#include "import/signedsheetreader.h"
#include "storage/attendancerepository.h"
#include "storage/database.h"
#include "storage/recordrepository.h"

#include <QFile>
#include <QSet>

namespace ep::cli {
namespace {

// "1,2,5-9" as the numbers it names, or none and `problem`.
std::optional<QList<int>> rowNumbers(const QString &text, QString *problem)
{
    QList<int> numbers;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(u'-');
        bool firstOk = false;
        bool lastOk = false;
        const int first = ends.first().trimmed().toInt(&firstOk);
        const int last = ends.size() == 2 ? ends.last().trimmed().toInt(&lastOk) : first;
        if (ends.size() > 2 || !firstOk || (ends.size() == 2 && !lastOk) || first < 1 ||
            last < first) {
            *problem = Commands::tr("--present takes row numbers such as 1,2,5-9: \"%1\" is none. "
                                    "Nothing was changed.")
                           .arg(part.trimmed());
            return std::nullopt;
        }
        for (int number = first; number <= last; ++number)
            numbers.append(number);
    }
    return numbers;
}

// The sheet of --day and --visit, or none and `problem`.
std::optional<AttendanceSheet> chosenSheet(const Invocation &invocation, const Event &event,
                                           QString *problem)
{
    const QDate day = QDate::fromString(invocation.value(Option::Day), Qt::ISODate);
    const QDate last = event.endDate.isValid() ? event.endDate : event.startDate;
    if (day < event.startDate || day > last) {
        *problem = Commands::tr("The event runs from %1 to %2; %3 is none of its days. "
                                "Nothing was changed.")
                       .arg(event.startDate.toString(Qt::ISODate), last.toString(Qt::ISODate),
                            invocation.value(Option::Day));
        return std::nullopt;
    }
    if (!invocation.isSet(Option::Visit))
        return AttendanceSheet{day, 0};
    const QTime start = QTime::fromString(invocation.value(Option::Visit), u"HH:mm");
    QStringList visits;
    for (const AgendaItem &item : event.agenda) {
        if (item.day != day || item.kind != u"site_visit")
            continue;
        if (start.isValid() && item.start == start)
            return AttendanceSheet{day, item.id};
        visits.append(item.start.toString(u"HH:mm"));
    }
    *problem = visits.isEmpty()
                   ? Commands::tr("No site visit on %1: leave --visit out for the day's sheet. "
                                  "Nothing was changed.")
                         .arg(invocation.value(Option::Day))
                   : Commands::tr("No site visit starts at \"%1\" on %2; the visits start at %3. "
                                  "Nothing was changed.")
                         .arg(invocation.value(Option::Visit), invocation.value(Option::Day),
                              visits.join(u", "));
    return std::nullopt;
}

// The entry that makes the sheet say what `signedRows` say, or none and `problem`.
std::optional<AttendanceEntry> entryOf(const EventDocument &document, const AttendanceSheet &sheet,
                                       const QList<ParticipantRow> &printed,
                                       const QList<SignedRow> &signedRows, QString *problem)
{
    AttendanceEntry entry{document.event.id, {}, {}, {}};
    QSet<int> present;
    for (const SignedRow &row : signedRows) {
        if (!row.present)
            continue;
        if (row.number <= printed.size()) {
            present.insert(printed[row.number - 1].person.id);
            continue;
        }
        if (row.lastName.isEmpty()) {
            const QString where = row.line > 0 ? Commands::tr("Line %1: row %2").arg(row.line)
                                               : Commands::tr("Row %1");
            *problem = Commands::tr("%1 is a blank row of the sheet (rows 1 to %2 name "
                                    "participants): a walk-in needs their name, given in a "
                                    "file with --from or in the window. Nothing was changed.")
                           .arg(where.arg(row.number))
                           .arg(printed.size());
            return std::nullopt;
        }
        Person person;
        person.firstName = row.firstName;
        person.lastName = row.lastName;
        person.email = row.email;
        entry.walkIns.append({person, {sheet}});
    }
    for (const ParticipantRow &row : printed) {
        const int person = row.person.id;
        const bool was = document.attendance.present(person, sheet);
        if (present.contains(person) && !was)
            entry.added.append({person, sheet});
        else if (!present.contains(person) && was)
            entry.removed.append({person, sheet});
    }
    return entry;
}

} // namespace

QString checkAttendanceUsage(const Invocation &invocation)
{
    const QStringList arguments = invocation.arguments();
    const QString usage = QStringLiteral(
        "attendance EVENT --day DATE [--visit HH:MM] (--present ROWS | --from FILE.csv)");
    if (arguments.size() != 1) {
        return arguments.isEmpty() ? CommandLine::tr("The event is missing: use \"%1\".").arg(usage)
                                   : CommandLine::tr("Too many arguments: \"%1\". Use \"%2\".")
                                         .arg(arguments.mid(1).join(u' '), usage);
    }
    if (!invocation.isSet(Option::Day))
        return CommandLine::tr("--day DATE is missing: which day's sheet was signed?");
    if (invocation.isSet(Option::Present) == invocation.isSet(Option::From))
        return CommandLine::tr("Give either --present ROWS or --from FILE.csv: use \"%1\".")
            .arg(usage);
    return {};
}

int runAttendance(const Invocation &invocation, Console &console)
{
    Database database;
    if (const int status = openExisting(database, invocation, console); status != ExitDone)
        return status;
    const QSqlDatabase db = database.connection();
    int status = ExitDone;
    const std::optional<EventDocument> document =
        eventNamed(db, invocation.arguments().first(), console, status);
    if (!document)
        return status;
    const int eventId = document->event.id;
    QString problem;
    const std::optional<AttendanceSheet> sheet = chosenSheet(invocation, document->event, &problem);
    QList<SignedRow> signedRows;
    if (sheet && invocation.isSet(Option::Present)) {
        if (const std::optional<QList<int>> numbers =
                rowNumbers(invocation.value(Option::Present), &problem)) {
            for (int number : *numbers)
                signedRows.append({0, number, true, {}, {}, {}});
        }
    } else if (sheet) {
        QFile file(invocation.value(Option::From));
        if (!file.open(QIODevice::ReadOnly)) {
            problem = Commands::tr("%1 cannot be read: %2. Nothing was changed.")
                          .arg(file.fileName(), file.errorString());
        } else if (signedRows = SignedSheetReader::read(&file, &problem); !problem.isEmpty()) {
            problem = Commands::tr("%1: %2. Nothing was changed.").arg(file.fileName(), problem);
        }
    }
    const QList<ParticipantRow> printed =
        sheet ? signInRows(*document, sheet->day) : QList<ParticipantRow>();
    const std::optional<AttendanceEntry> entry =
        problem.isEmpty() ? entryOf(*document, *sheet, printed, signedRows, &problem)
                          : std::nullopt;
    if (!entry) {
        console.printError(problem);
        return ExitBadInput;
    }
    const AttendanceWrite written = AttendanceRepository(db).save(*entry);
    if (!written.result.ok()) {
        console.printError(Commands::tr("The attendance was not entered: %1. Nothing was changed.")
                               .arg(StaleMessages::explain(written.result, db)));
        return ExitDatabaseProblem;
    }
    const EventAttendance now = AttendanceRepository(db).load(eventId);
    int present = 0;
    QStringList absent;
    for (const ParticipantRow &row : printed) {
        if (now.present(row.person.id, *sheet))
            ++present;
        else
            absent.append(row.person.displayName());
    }
    const DocumentLanguage language(languageOfLocale());
    QString report =
        Commands::tr("%1: %2 of %3 present, %n walk-in(s) added.", "", int(entry->walkIns.size()))
            .arg(language.longDate(sheet->day))
            .arg(present)
            .arg(printed.size()) %
        u'\n';
    if (!absent.isEmpty())
        report += Commands::tr("Absent: %1").arg(absent.join(u", ")) % u'\n';
    report += Commands::tr("%n status(es) changed.", "", int(written.statuses.size())) % u'\n';
    console.print(report);
    return ExitDone;
}

} // namespace ep::cli
