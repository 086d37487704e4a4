#include "generate_selfcheck.h"

#include "lists/recordlistmodel.h"
#include "storage/eventrepository.h"
#include "storage/organisationrepository.h"
#include "storage/personrepository.h"
#include "storage/schema.h"
#include "storage/searchindex.h"
#include "storage/siterepository.h"
#include "storage/sql.h"
#include "storage/topicrepository.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cstdio>

namespace ep::bench {
namespace {

void say(const QString &line)
{
    std::printf("  %s\n", qPrintable(line));
}

// The rows of `table` whose `key` is `id`, in `order`, each as the SQL
// literals of its columns (quote(): 'text', 12, 1.5, NULL), `skipped` left
// out: equal strings mean equal values of equal types.
QStringList rowsOf(const QSqlDatabase &db, const QString &table, const QString &key, int id,
                   const QString &order, const QStringList &skipped)
{
    QStringList columns;
    const QSqlRecord record = db.record(table);
    for (int index = 0; index < record.count(); ++index) {
        if (!skipped.contains(record.fieldName(index)))
            columns.append(u"quote("_qs % record.fieldName(index) % u')');
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    sql::run(query,
             u"SELECT "_qs % columns.join(u", ") % u" FROM "_qs % table % u" WHERE "_qs % key %
                 u" = :id ORDER BY "_qs % order,
             {{QStringLiteral(":id"), id}});
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int index = 0; index < columns.size(); ++index)
            values.append(query.value(index).toString());
        rows.append(values.join(u" | "));
    }
    return rows;
}

// Empty when the generated rows and the repository's copies are equal.
QString compare(const QString &what, const QStringList &generated, const QStringList &saved)
{
    if (generated.isEmpty())
        return what % u": no rows"_qs;
    if (generated == saved)
        return {};
    for (qsizetype row = 0; row < std::max(generated.size(), saved.size()); ++row) {
        const QString mine = generated.value(row);
        const QString theirs = saved.value(row);
        if (mine != theirs)
            return what % u" differs:\n    generated: "_qs % mine % u"\n    repository: "_qs %
                   theirs;
    }
    return {};
}

// Loads the record `id` through `Repository`, saves it anew as a new
// record and compares the two rows of `table`, ids aside.
template <typename Repository>
QString roundTrip(const QSqlDatabase &db, const QString &table, int id)
{
    Repository repository(db);
    auto copy = repository.load(id);
    if (!copy)
        return table % u' ' % QString::number(id) % u": cannot be loaded"_qs;
    copy->id = 0;
    copy->version = 0;
    if (const QSqlError error = repository.save(*copy); error.isValid())
        return table % u": saving failed: "_qs % error.text();
    const QStringList skipped{QStringLiteral("id")};
    const QString order = QStringLiteral("id");
    return compare(table % u' ' % QString::number(id),
                   rowsOf(db, table, QStringLiteral("id"), id, order, skipped),
                   rowsOf(db, table, QStringLiteral("id"), copy->id, order, skipped));
}

// The same for an event with what belongs to it: its row, links, agenda
// with hosts, participants.
QString eventRoundTrip(const QSqlDatabase &db, int id)
{
    EventRepository repository(db);
    std::optional<Event> copy = repository.load(id);
    if (!copy)
        return u"event "_qs % QString::number(id) % u": cannot be loaded"_qs;
    copy->id = 0;
    copy->version = 0;
    for (AgendaItem &item : copy->agenda)
        item.id = item.version = 0;
    for (Participation &participation : copy->participants)
        participation.id = participation.version = 0;
    if (const QSqlError error = repository.save(*copy); error.isValid())
        return u"event: saving failed: "_qs % error.text();
    const QString agendaOrder = QStringLiteral("day, start_time, parallel_group, id");
    const struct
    {
        QString table;
        QString key;
        QString order;
        QStringList skipped;
    } parts[] = {
        {u"events"_qs, u"id"_qs, u"id"_qs, {u"id"_qs}},
        {u"event_organisers"_qs, u"event_id"_qs, u"position"_qs, {u"event_id"_qs}},
        {u"event_topics"_qs, u"event_id"_qs, u"position"_qs, {u"event_id"_qs}},
        {u"agenda_items"_qs, u"event_id"_qs, agendaOrder, {u"id"_qs, u"event_id"_qs}},
        {u"participations"_qs, u"event_id"_qs, u"id"_qs, {u"id"_qs, u"event_id"_qs}},
    };
    for (const auto &part : parts) {
        const QString difference =
            compare(part.table % u" of event "_qs % QString::number(id),
                    rowsOf(db, part.table, part.key, id, part.order, part.skipped),
                    rowsOf(db, part.table, part.key, copy->id, part.order, part.skipped));
        if (!difference.isEmpty())
            return difference;
    }
    // The hosts, by their item's place in the agenda.
    const auto hosts = [&](int event) {
        return sql::ids(db,
                        u"SELECT h.person_id * 1000 + h.position FROM agenda_item_hosts h"
                        u" JOIN agenda_items a ON a.id = h.agenda_item_id WHERE a.event_id = :id"
                        u" ORDER BY a.day, a.start_time, a.parallel_group, a.id, h.position"_qs,
                        {{QStringLiteral(":id"), event}});
    };
    if (hosts(id) != hosts(copy->id))
        return u"agenda_item_hosts of event "_qs % QString::number(id) % u" differ"_qs;
    say(u"event %1: %2 agenda items, %3 participants"_qs.arg(id)
            .arg(copy->agenda.size())
            .arg(copy->participants.size()));
    return {};
}

QStringList checkRoundTrips(const QSqlDatabase &db, int largeEventId)
{
    Transaction transaction(db); // never committed
    const int lastPerson = sql::count(db, QStringLiteral("SELECT max(id) FROM people"));
    QStringList failures{
        roundTrip<OrganisationRepository>(db, QStringLiteral("organisations"), 1),
        roundTrip<PersonRepository>(db, QStringLiteral("people"), 1),
        roundTrip<PersonRepository>(db, QStringLiteral("people"), lastPerson),
        roundTrip<TopicRepository>(db, QStringLiteral("topics"), 1),
        roundTrip<SiteRepository>(db, QStringLiteral("sites"), 1),
    };
    // The first event of each shape; not the large one, which would take
    // minutes through the repository, row by row.
    QList<int> events;
    for (const char *condition :
         {"kind = 'study_visit'", "kind = 'workshop'", "kind = 'webinar'",
          "id IN (SELECT event_id FROM participations WHERE arrival IS NOT NULL)",
          "id IN (SELECT event_id FROM agenda_items WHERE parallel_group <> '')",
          "id IN (SELECT event_id FROM agenda_items WHERE site_id IS NOT NULL)",
          "title_en = '' OR title_pl = ''", "project_number <> ''"}) {
        const int event = sql::count(db,
                                     u"SELECT min(id) FROM events WHERE id <> :large AND ("_qs %
                                         QLatin1String(condition) % u')',
                                     {{QStringLiteral(":large"), largeEventId}});
        if (event > 0 && !events.contains(event))
            events.append(event);
    }
    for (int event : std::as_const(events))
        failures.append(eventRoundTrip(db, event));
    failures.removeAll(QString());
    say(u"records saved anew through the repositories equal the generated rows: "_qs %
        (failures.isEmpty() ? u"yes"_qs : u"NO"_qs));
    return failures;
}

// search_text (and sort_name) of every row, by table and id.
QHash<QString, QString> derivedColumns(const QSqlDatabase &db)
{
    QHash<QString, QString> values;
    for (const QString &table : searchIndexedTables()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        const QString sortName =
            table == u"people" ? QStringLiteral("sort_name") : QStringLiteral("''");
        query.exec(u"SELECT id, search_text, "_qs % sortName % u" FROM "_qs % table);
        while (query.next()) {
            values.insert(table % u':' % query.value(0).toString(),
                          query.value(1).toString() % u'\n' % query.value(2).toString());
        }
    }
    return values;
}

QStringList checkDerivedColumns(QSqlDatabase db)
{
    Transaction transaction(db); // never committed
    const QHash<QString, QString> generated = derivedColumns(db);
    if (const QSqlError error = schema::rebuildSearchText(db); error.isValid())
        return {u"rebuilding the search text failed: "_qs % error.text()};
    const QHash<QString, QString> recomputed = derivedColumns(db);
    QStringList failures;
    for (auto row = generated.cbegin(); row != generated.cend(); ++row) {
        if (recomputed.value(row.key()) != row.value() && failures.size() < 5)
            failures.append(row.key() %
                            u": search_text or sort_name differ from the "
                            u"application's: "_qs %
                            row.value() % u" / "_qs % recomputed.value(row.key()));
    }
    say(u"search_text and sort_name of %L1 rows equal the application's recomputation: "_qs.arg(
            generated.size()) %
        (failures.isEmpty() ? u"yes"_qs : u"NO"_qs));
    return failures;
}

QStringList checkSearches(const QSqlDatabase &db)
{
    const struct
    {
        ListDefinition list;
        QStringList spellings;
    } searches[] = {
        {ListDefinition::people(), {u"Łukasz"_qs, u"lukasz"_qs, u"ŁUKASZ"_qs}},
        {ListDefinition::people(), {u"Müller"_qs, u"mueller"_qs, u"muller"_qs}},
        {ListDefinition::people(), {u"Źródłowska"_qs, u"zrodlowska"_qs}},
        {ListDefinition::people(), {u"Groß"_qs, u"gross"_qs}},
        {ListDefinition::people(), {u"Wójcik Chorzów"_qs, u"wojcik chorzow"_qs}},
        {ListDefinition::events(Language::English),
         {u"Fördermittel"_qs, u"foerdermittel"_qs, u"fordermittel"_qs}},
        {ListDefinition::events(Language::English),
         {u"Dąbrowa Górnicza"_qs, u"dabrowa gornicza"_qs}},
        {ListDefinition::events(Language::English), {u"Konferencja"_qs, u"KONFERENCJA"_qs}},
    };
    QStringList failures;
    for (const auto &search : searches) {
        RecordListModel model(search.list, db);
        QStringList counts;
        QList<int> found;
        for (const QString &typed : search.spellings) {
            model.setSearchText(typed);
            model.refresh();
            found.append(model.matchingCount());
            counts.append(u'"' % typed % u"\" " % QString::number(found.last()));
        }
        const bool same = std::all_of(found.cbegin(), found.cend(),
                                      [&](int count) { return count == found.first(); });
        say(u"search "_qs % counts.join(u", "));
        if (!same)
            failures.append(u"searches find different rows: "_qs % counts.join(u", "));
    }
    return failures;
}

} // namespace

QStringList selfCheck(const QSqlDatabase &db, int largeEventId)
{
    std::printf("Self-check:\n");
    QStringList failures = checkRoundTrips(db, largeEventId);
    failures += checkDerivedColumns(db);
    failures += checkSearches(db);
    return failures;
}

} // namespace ep::bench
