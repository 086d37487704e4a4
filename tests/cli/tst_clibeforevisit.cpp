// Before the visit on the command line (issue 16): next time's event from
// this one ("duplicate"), read back record by record; the hotel's, coach
// company's and caterer's lists ("export logistics"), their CSV cells and
// PDF text checked against what the database holds, counted by SQL here.

#include "csv/csvreader.h"
#include "domain/catalogues.h"
#include "inprocess.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using ep::test::content;
using ep::test::demoDatabase;
using ep::test::run;
using ep::test::Run;

namespace {

constexpr int firstVisit = 1; // the demo's study visit of 8 to 10 July 2019

std::optional<ep::Event> eventIn(const QString &path, int id)
{
    ep::Database database;
    if (!database.open(path).ok())
        return std::nullopt;
    return ep::EventRepository(database.connection()).load(id);
}

// The rows of a CSV file, as the planner's own reader reads them.
QList<QStringList> csvRows(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    ep::CsvReader(',').read(&file, [&rows](const ep::CsvReader::Record &record) {
        QStringList cells;
        for (const QByteArray &field : record.fields())
            cells.append(QString::fromUtf8(field));
        rows.append(cells);
        return true;
    });
    return rows;
}

// Who the lists count on a day of the first visit, by SQL: those registered,
// confirmed or attended, there as their arrival and departure say.
QString comingOn(const QString &day)
{
    return u"SELECT count(*) FROM participations WHERE event_id = 1 AND status IN "
           u"('registered', 'confirmed', 'attended') AND (arrival IS NULL OR "
           u"date(arrival) <= '%1') AND (departure IS NULL OR date(departure) >= '%1')"_qs.arg(day);
}

// The demo's first visit with hotels and rooms for most, stays for some.
QString visitWithHotels(const QTemporaryDir &dir)
{
    const QString path = demoDatabase(dir);
    ep::test::changeIn(path, u"UPDATE participations SET hotel = 'Mercure Essen', room = "
                             u"'1' || id WHERE event_id = 1 AND id % 3 = 0"_qs);
    ep::test::changeIn(path, u"UPDATE participations SET hotel = 'Hotel Bredeney', room = "
                             u"'2' || id WHERE event_id = 1 AND id % 3 = 1"_qs);
    ep::test::changeIn(path, u"UPDATE participations SET status = 'confirmed', dietary_needs = "
                             u"'Vegetarian' WHERE event_id = 1 AND id % 5 = 0"_qs);
    return path;
}

// A word of a PDF page where pdftotext -bbox finds it, in points.
struct Word
{
    int page = 0;
    QString text;
    QRectF box;
};

QList<Word> wordsOf(const QString &pdf)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_qs, {u"-bbox"_qs, pdf, u"-"_qs});
    if (!pdftotext.waitForFinished())
        return {};
    const QString html = QString::fromUtf8(pdftotext.readAllStandardOutput());
    static const QRegularExpression tag(
        uR"re(<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"_qs);
    QList<Word> words;
    int page = 0;
    for (const QRegularExpressionMatch &match : tag.globalMatch(html)) {
        if (match.captured(0).startsWith(u"<page")) {
            ++page;
            continue;
        }
        const QPointF topLeft(match.captured(1).toDouble(), match.captured(2).toDouble());
        const QPointF bottomRight(match.captured(3).toDouble(), match.captured(4).toDouble());
        words.append({page, match.captured(5), QRectF(topLeft, bottomRight)});
    }
    return words;
}

} // namespace

class BeforeTheVisitTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void duplicateMovesTheAgendaAndInvitesTheParticipants();
    void duplicateWithoutParticipants();
    void duplicateRefusesWhatItCannotUse_data();
    void duplicateRefusesWhatItCannotUse();
    void roomingListHoldsEachGuestWithTheirNights();
    void passengerListsHaveAPagePerTripWithItsHeadCount();
    void cateringNumbersCountGuestsAndTheirNeeds();
    void logisticsNeedsItsList();
    void badgesHoldEveryoneWhoComesAndNoNameIsCut_data();
    void badgesHoldEveryoneWhoComesAndNoNameIsCut();
    void agendaMayCarryEachSitesCoordinates();
};

void BeforeTheVisitTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ep::installTranslations(QLocale(QLocale::English));
}

void BeforeTheVisitTest::duplicateMovesTheAgendaAndInvitesTheParticipants()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const Run duplicate =
        run({u"duplicate"_qs, QString::number(firstVisit), u"--first-day"_qs, u"2027-07-05"_qs,
             u"--with-participants"_qs, u"--database"_qs, path});
    QCOMPARE(duplicate.exitCode, 0);
    QVERIFY2(duplicate.err.isEmpty(), qPrintable(duplicate.err));
    bool isNumber = false;
    const int newId = duplicate.out.trimmed().toInt(&isNumber);
    QVERIFY2(isNumber && newId > 4, qPrintable(duplicate.out));

    const std::optional<ep::Event> source = eventIn(path, firstVisit);
    const std::optional<ep::Event> copy = eventIn(path, newId);
    QVERIFY(source && copy);
    // 8 July 2019 to 5 July 2027: 2919 days, every day of the agenda alike.
    const qint64 shift = QDate(2019, 7, 8).daysTo(QDate(2027, 7, 5));
    QCOMPARE(copy->startDate, QDate(2027, 7, 5));
    QCOMPARE(copy->endDate, QDate(2027, 7, 7));
    QCOMPARE(copy->status, u"planned"_qs);
    QCOMPARE(copy->title, source->title);
    QCOMPARE(copy->description, source->description);
    QCOMPARE(copy->kind, source->kind);
    QCOMPARE(copy->organiserIds, source->organiserIds);
    QCOMPARE(copy->topicIds, source->topicIds);
    QCOMPARE(copy->hostOrganisationId, source->hostOrganisationId);
    QCOMPARE(copy->fundingProgramme, source->fundingProgramme);
    QCOMPARE(copy->projectNumber, source->projectNumber);
    QCOMPARE(copy->fundingLogo, source->fundingLogo);
    QCOMPARE(copy->capacity, source->capacity);
    QCOMPARE(copy->agenda.size(), source->agenda.size());
    for (qsizetype i = 0; i < source->agenda.size(); ++i) {
        ep::AgendaItem expected = source->agenda[i];
        const ep::AgendaItem &moved = copy->agenda[i];
        QVERIFY(moved.id != expected.id);
        expected.id = moved.id;
        expected.version = moved.version;
        expected.day = expected.day.addDays(shift);
        QCOMPARE(moved, expected);
    }
    // Everyone invited again, as who they were; nothing of last time's stay.
    QCOMPARE(copy->participants.size(), source->participants.size());
    for (qsizetype i = 0; i < source->participants.size(); ++i) {
        const ep::Participation &was = source->participants[i];
        const ep::Participation &now = copy->participants[i];
        QCOMPARE(now.personId, was.personId);
        QCOMPARE(now.role, was.role);
        QCOMPARE(now.delegation, was.delegation);
        QCOMPARE(now.status, u"invited"_qs);
        QVERIFY(now.arrival.isNull() && now.departure.isNull());
        QVERIFY(now.dietaryNeeds.isEmpty() && now.accessibilityNeeds.isEmpty());
    }
    // The source is as it was: still held, its participants' statuses kept.
    QCOMPARE(source->status, u"held"_qs);
    QVERIFY(std::any_of(source->participants.cbegin(), source->participants.cend(),
                        [](const ep::Participation &each) { return each.status == u"attended"; }));
}

void BeforeTheVisitTest::duplicateWithoutParticipants()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    QVERIFY(ep::test::changeIn(
        path, u"UPDATE events SET title_en = 'Study visit 2019, Ruhr' WHERE id = 1"_qs));
    const Run duplicate = run({u"duplicate"_qs, u"--first-day"_qs, u"2026-06-29"_qs,
                               u"--database"_qs, path, QString::number(firstVisit)});
    QCOMPARE(duplicate.exitCode, 0);
    const std::optional<ep::Event> copy = eventIn(path, duplicate.out.trimmed().toInt());
    QVERIFY(copy);
    QVERIFY(copy->participants.isEmpty());
    QCOMPARE(copy->agenda.first().day, QDate(2026, 6, 29));
    // The year a title names moves with the event.
    QCOMPARE(copy->title.en, u"Study visit 2026, Ruhr"_qs);
}

void BeforeTheVisitTest::duplicateRefusesWhatItCannotUse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no event") << QStringList{u"--first-day"_qs, u"2027-07-05"_qs} << 1
                              << u"The event to duplicate is missing"_qs;
    QTest::newRow("no first day") << QStringList{u"1"_qs} << 1 << u"--first-day DATE is missing"_qs;
    QTest::newRow("no date") << QStringList{u"1"_qs, u"--first-day"_qs, u"5.7.2027"_qs} << 1
                             << u"\"5.7.2027\" is no date"_qs;
    QTest::newRow("unknown event") << QStringList{u"99"_qs, u"--first-day"_qs, u"2027-07-05"_qs}
                                   << 2 << u"There is no event \"99\""_qs;
    QTest::newRow("not an id") << QStringList{u"Ruhr"_qs, u"--first-day"_qs, u"2027-07-05"_qs} << 2
                               << u"There is no event \"Ruhr\""_qs;
}

void BeforeTheVisitTest::duplicateRefusesWhatItCannotUse()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const QByteArray before = content(path);
    const Run refused = run(QStringList{u"duplicate"_qs, u"--database"_qs, path} + arguments);
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(content(path), before);
}

void BeforeTheVisitTest::roomingListHoldsEachGuestWithTheirNights()
{
    const QTemporaryDir dir;
    const QString path = visitWithHotels(dir);
    const QString csv = dir.filePath(u"rooming.csv"_qs);
    const Run exported = run({u"export"_qs, u"logistics"_qs, u"1"_qs, u"--list"_qs, u"rooming"_qs,
                              u"--output"_qs, csv, u"--database"_qs, path});
    QCOMPARE(exported.exitCode, 0);
    const QList<QStringList> rows = csvRows(csv);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first(), (QStringList{u"Hotel"_qs, u"Room"_qs, u"Last name"_qs, u"First name"_qs,
                                        u"Organisation"_qs, u"Arrival"_qs, u"Departure"_qs,
                                        u"Nights"_qs, u"Accessibility needs"_qs}));
    QCOMPARE(rows.size() - 1,
             ep::test::valueIn(path, u"SELECT count(*) FROM participations WHERE event_id = 1 "
                                     u"AND status IN ('registered', 'confirmed', 'attended')"_qs)
                 .toInt());
    QStringList hotels;
    for (const QStringList &row : rows.mid(1)) {
        const QString who = u"(SELECT id FROM people WHERE last_name = '%1' AND first_name = "
                            u"'%2')"_qs.arg(row[2], row[3]);
        const QString of = u" FROM participations WHERE event_id = 1 AND person_id = "_qs % who;
        QCOMPARE(row[0], ep::test::valueIn(path, u"SELECT hotel"_qs % of));
        QCOMPARE(row[1], ep::test::valueIn(path, u"SELECT room"_qs % of));
        QCOMPARE(row[7], ep::test::valueIn(path, u"SELECT CAST(julianday(date(departure)) - "
                                                 u"julianday(date(arrival)) AS INTEGER)"_qs %
                                                     of));
        hotels.append(row[0]);
    }
    // By hotel, those without one last.
    QCOMPARE(hotels.first(), u"Hotel Bredeney"_qs);
    QVERIFY(hotels.indexOf(u"Mercure Essen"_qs) > hotels.lastIndexOf(u"Hotel Bredeney"_qs));
    QVERIFY(hotels.indexOf(QString()) > hotels.lastIndexOf(u"Mercure Essen"_qs));

    const QString pdf = dir.filePath(u"rooming.pdf"_qs);
    QCOMPARE(run({u"export"_qs, u"logistics"_qs, u"1"_qs, u"--list"_qs, u"rooming"_qs,
                  u"--output"_qs, pdf, u"--database"_qs, path, u"--language"_qs, u"de"_qs})
                 .exitCode,
             0);
    const QString text = ep::test::pdfText(pdf);
    const int bredeney = ep::test::valueIn(path, u"SELECT count(*) FROM participations WHERE "
                                                 u"event_id = 1 AND hotel = 'Hotel Bredeney' AND "
                                                 u"status IN ('registered', 'confirmed', "
                                                 u"'attended')"_qs)
                             .toInt();
    QVERIFY2(text.contains(u"Hotel Bredeney · %1 Gäste"_qs.arg(bredeney)), qPrintable(text));
    QVERIFY(text.contains(u"Zimmerliste"_qs));
}

void BeforeTheVisitTest::passengerListsHaveAPagePerTripWithItsHeadCount()
{
    const QTemporaryDir dir;
    const QString path = visitWithHotels(dir);
    const QString pdf = dir.filePath(u"transport.pdf"_qs);
    QCOMPARE(run({u"export"_qs, u"logistics"_qs, u"1"_qs, u"--list"_qs, u"transport"_qs,
                  u"--output"_qs, pdf, u"--database"_qs, path})
                 .exitCode,
             0);
    const QStringList pages = ep::test::pdfText(pdf).split(u'\f', Qt::SkipEmptyParts);
    const QStringList trips =
        ep::test::valueIn(path, u"SELECT group_concat(day || '|' || title_en, '~') FROM (SELECT "
                                u"day, title_en FROM agenda_items WHERE event_id = 1 AND kind = "
                                u"'travel' ORDER BY day, start_time, id)"_qs)
            .split(u'~');
    QCOMPARE(pages.size(), trips.size());
    for (qsizetype i = 0; i < trips.size(); ++i) {
        const QString day = trips[i].section(u'|', 0, 0);
        const QString title = trips[i].section(u'|', 1);
        QVERIFY2(pages[i].contains(title), qPrintable(pages[i]));
        // Groups A and B of the last day name no delegation: everyone there goes.
        const int expected = ep::test::valueIn(path, comingOn(day)).toInt();
        QVERIFY2(pages[i].contains(u"Passengers: %1"_qs.arg(expected)), qPrintable(pages[i]));
    }
    QVERIFY(pages.filter(u"No delegation is named as this group"_qs).size() == 2);

    const QString csv = dir.filePath(u"transport.csv"_qs);
    QCOMPARE(run({u"export"_qs, u"logistics"_qs, u"1"_qs, u"--list"_qs, u"transport"_qs,
                  u"--output"_qs, csv, u"--database"_qs, path})
                 .exitCode,
             0);
    const QList<QStringList> rows = csvRows(csv);
    const int firstTrip = ep::test::valueIn(path, comingOn(u"2019-07-08"_qs)).toInt();
    QCOMPARE(std::count_if(rows.cbegin(), rows.cend(),
                           [&trips](const QStringList &row) {
                               return row.value(2) == trips.first().section(u'|', 1);
                           }),
             firstTrip);
}

void BeforeTheVisitTest::cateringNumbersCountGuestsAndTheirNeeds()
{
    const QTemporaryDir dir;
    const QString path = visitWithHotels(dir);
    const QString csv = dir.filePath(u"catering.csv"_qs);
    QCOMPARE(run({u"export"_qs, u"logistics"_qs, u"1"_qs, u"--list"_qs, u"catering"_qs,
                  u"--output"_qs, csv, u"--database"_qs, path})
                 .exitCode,
             0);
    const QList<QStringList> rows = csvRows(csv);
    QCOMPARE(rows.first(),
             (QStringList{u"Day"_qs, u"Time"_qs, u"Meal"_qs, u"Place"_qs, u"Guests"_qs,
                          u"With dietary needs"_qs, u"Dietary needs"_qs}));
    QCOMPARE(rows.size() - 1, ep::test::valueIn(path, u"SELECT count(*) FROM agenda_items WHERE "
                                                      u"event_id = 1 AND kind = 'meal'"_qs)
                                  .toInt());
    for (const QStringList &row : rows.mid(1)) {
        const QString day = row[0];
        QCOMPARE(row[4], ep::test::valueIn(path, comingOn(day)));
        const QString withNeeds = comingOn(day) % u" AND dietary_needs <> ''"_qs;
        QCOMPARE(row[5], ep::test::valueIn(path, withNeeds));
        const QString vegetarians =
            ep::test::valueIn(path, comingOn(day) % u" AND lower(dietary_needs) = 'vegetarian'"_qs);
        QVERIFY2(row[6].contains(u": "_qs % vegetarians) &&
                     row[6].contains(u"egetarian: "_qs % vegetarians),
                 qPrintable(row[6]));
    }
}

void BeforeTheVisitTest::logisticsNeedsItsList()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const QString out = dir.filePath(u"list.pdf"_qs);
    const Run missing =
        run({u"export"_qs, u"logistics"_qs, u"1"_qs, u"--output"_qs, out, u"--database"_qs, path});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"--list is missing"_qs), qPrintable(missing.err));
    const Run unknown = run({u"export"_qs, u"logistics"_qs, u"1"_qs, u"--list"_qs, u"bus"_qs,
                             u"--output"_qs, out, u"--database"_qs, path});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"Unknown list \"bus\": use rooming, transport, catering"_qs),
             qPrintable(unknown.err));
    const Run elsewhere = run({u"export"_qs, u"agenda"_qs, u"1"_qs, u"--list"_qs, u"rooming"_qs,
                               u"--output"_qs, out, u"--database"_qs, path});
    QCOMPARE(elsewhere.exitCode, 1);
    QVERIFY(!QFile::exists(out));
}

void BeforeTheVisitTest::badgesHoldEveryoneWhoComesAndNoNameIsCut_data()
{
    QTest::addColumn<int>("perPage");
    QTest::newRow("8 to a sheet") << 8;
    QTest::newRow("4 to a sheet") << 4;
}

void BeforeTheVisitTest::badgesHoldEveryoneWhoComesAndNoNameIsCut()
{
    QFETCH(int, perPage);
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    // A name far wider than a badge, and an organisation as long as they come.
    QVERIFY(ep::test::changeIn(
        path, u"UPDATE people SET last_name = 'Wierzbicka-Szczepańska-Brzęczyszczykiewicz' "
              u"WHERE id = (SELECT person_id FROM participations WHERE event_id = 1 AND status "
              u"= 'attended' ORDER BY id LIMIT 1)"_qs));
    const QString pdf = dir.filePath(u"badges.pdf"_qs);
    const Run exported =
        run({u"export"_qs, u"badges"_qs, u"1"_qs, u"--output"_qs, pdf, u"--database"_qs, path,
             u"--layout"_qs, QString::number(perPage), u"--blank"_qs, u"3"_qs, u"--capitals"_qs});
    QCOMPARE(exported.exitCode, 0);
    const int coming =
        ep::test::valueIn(path, u"SELECT count(*) FROM participations WHERE event_id = 1 AND "
                                u"status IN ('registered', 'confirmed', 'attended')"_qs)
            .toInt();
    const QList<Word> words = wordsOf(pdf);
    QVERIFY(!words.isEmpty());
    QCOMPARE(words.last().page, (coming + 3 + perPage - 1) / perPage);

    // Every badge's cell, as the sheet is cut: 10 mm borders, two columns.
    constexpr double mm = 72 / 25.4;
    const double width = (595.28 - 20 * mm) / 2;
    const double height = (841.89 - 20 * mm) / (perPage / 2);
    const auto cellOf = [&](const QRectF &box) {
        const int column = int((box.center().x() - 10 * mm) / width);
        const int row = int((box.center().y() - 10 * mm) / height);
        return QRectF(10 * mm + column * width, 10 * mm + row * height, width, height);
    };
    const QStringList lastNames =
        ep::test::valueIn(path, u"SELECT group_concat(last_name, '~') FROM people WHERE "
                                u"id IN (SELECT person_id FROM participations WHERE event_id = 1 "
                                u"AND status IN ('registered', 'confirmed', 'attended'))"_qs)
            .toUpper()
            .split(u'~');
    int found = 0;
    for (const Word &word : words) {
        QVERIFY2(cellOf(word.box).contains(word.box),
                 qPrintable(u"\"%1\" crosses the edge of its badge"_qs.arg(word.text)));
        if (lastNames.contains(word.text))
            ++found; // in capitals, as --capitals asks
    }
    QCOMPARE(found, coming);
    QVERIFY(std::any_of(words.cbegin(), words.cend(), [](const Word &word) {
        return word.text == u"WIERZBICKA-SZCZEPAŃSKA-BRZĘCZYSZCZYKIEWICZ"_qs;
    }));
}

void BeforeTheVisitTest::agendaMayCarryEachSitesCoordinates()
{
    const QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    const QString with = dir.filePath(u"with.pdf"_qs);
    const QString without = dir.filePath(u"without.pdf"_qs);
    QCOMPARE(run({u"export"_qs, u"agenda"_qs, u"1"_qs, u"--coordinates"_qs, u"--output"_qs, with,
                  u"--database"_qs, path})
                 .exitCode,
             0);
    QCOMPARE(
        run({u"export"_qs, u"agenda"_qs, u"1"_qs, u"--output"_qs, without, u"--database"_qs, path})
            .exitCode,
        0);
    const QStringList sites =
        ep::test::valueIn(path, u"SELECT group_concat(printf('%.5f° N, %.5f° E', latitude, "
                                u"longitude), '~') FROM sites WHERE latitude IS NOT NULL "
                                u"AND id IN (SELECT site_id FROM agenda_items WHERE "
                                u"event_id = 1)"_qs)
            .split(u'~');
    QVERIFY(sites.size() > 3);
    const QString withText = ep::test::pdfText(with);
    const QString withoutText = ep::test::pdfText(without);
    for (const QString &coordinates : sites) {
        QVERIFY2(withText.contains(coordinates), qPrintable(coordinates));
        QVERIFY(!withoutText.contains(coordinates));
    }
}

QTEST_MAIN(BeforeTheVisitTest)
#include "tst_clibeforevisit.moc"
