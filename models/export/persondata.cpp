#include "export/persondata.h"

#include "storage/actinguser.h"
#include "storage/database.h"
#include "storage/personrepository.h"
#include "storage/recordnames.h"
#include "storage/records.h"
#include "storage/versionedrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace ep {
namespace {

QJsonValue jsonValue(ColumnKind kind, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (kind) {
    case ColumnKind::Flag:
        return value.toInt() != 0;
    case ColumnKind::Number:
    case ColumnKind::Reference:
        return value.toLongLong();
    default:
        return value.toString();
    }
}

// Every stored column of `record` under its column's name.
template <typename Record>
QJsonObject jsonOf(const Record &record, const QStringList &leftOut = {})
{
    QJsonObject object;
    for (const Column<Record> &column : recordTable<Record>().columns) {
        if (column.stored() && !leftOut.contains(column.name) && column.kind != ColumnKind::Image)
            object.insert(column.name, jsonValue(column.kind, column.value(record)));
    }
    return object;
}

QJsonObject jsonOf(const LocalizedText &text)
{
    QJsonObject object;
    for (const Language language : allLanguages)
        object.insert(languageCode(language), text.text(language));
    return object;
}

QJsonObject jsonOf(const EventLink &event)
{
    return {{u"id"_qs, event.eventId},
            {u"kind"_qs, event.kind},
            {u"title"_qs, jsonOf(event.title)},
            {u"start"_qs, sql::dateText(event.startDate)},
            {u"end"_qs, sql::dateText(event.endDate)}};
}

} // namespace

std::optional<PersonData> PersonData::load(const QSqlDatabase &db, int personId, QSqlError *error)
{
    const std::optional<Person> person = rows::load<Person>(db, personId, error);
    if (!person)
        return std::nullopt;
    PersonData data;
    data.person = *person;
    data.organisation = person->organisationId == 0
                            ? QString()
                            : recordnames::of(db, QStringLiteral("organisations"),
                                              person->organisationId, Language::English);
    const QList<sql::Binding> id{{QStringLiteral(":id"), personId}};
    QHash<int, EventLink> events; // by id, from the person's history
    for (const EventLink &link : PersonRepository(db).history(personId)) {
        events.insert(link.eventId, link);
        if (link.role == u"organiser")
            data.organised.append(link);
    }
    // Which event each participation is of: the record leaves its owner out.
    QHash<int, int> eventOf;
    QSqlQuery owners(db);
    *error = sql::run(
        owners, QStringLiteral("SELECT id, event_id FROM participations WHERE person_id = :id"),
        id);
    while (!error->isValid() && owners.next())
        eventOf.insert(owners.value(0).toInt(), owners.value(1).toInt());
    for (const Participation &participation : rows::loadAll<Participation>(
             db, QStringLiteral("WHERE person_id = :id ORDER BY id"), id, error))
        data.participations.append(
            {events.value(eventOf.value(participation.id)), participation, {}, false});
    // The sheets they signed, and where they walked in, per event.
    QSqlQuery sheets(db);
    if (!error->isValid()) {
        *error = sql::run(sheets,
                          QStringLiteral("SELECT event_id, day, agenda_item_id, 0 FROM attendance"
                                         " WHERE person_id = :id UNION ALL SELECT event_id, day,"
                                         " 0, 1 FROM walk_ins WHERE person_id = :id"
                                         " ORDER BY 2, 3"),
                          id);
    }
    while (!error->isValid() && sheets.next()) {
        for (Taking &taking : data.participations) {
            if (taking.event.eventId != sheets.value(0).toInt())
                continue;
            if (sheets.value(3).toInt() == 1)
                taking.walkIn = true;
            else
                taking.signedSheets.append(
                    {sql::dateFrom(sheets.value(1)), sheets.value(2).toInt()});
        }
    }
    std::stable_sort(
        data.participations.begin(), data.participations.end(),
        [](const Taking &a, const Taking &b) { return a.event.startDate > b.event.startDate; });
    QSqlQuery hosted(db);
    if (!error->isValid())
        *error = sql::run(hosted,
                          QStringLiteral("SELECT a.event_id, a.title_de, a.title_pl, a.title_en, "
                                         "a.day, a.start_time FROM agenda_item_hosts h "
                                         "JOIN agenda_items a ON a.id = h.agenda_item_id "
                                         "WHERE h.person_id = :id ORDER BY a.day, a.start_time"),
                          id);
    while (!error->isValid() && hosted.next()) {
        data.hosted.append(
            {events.value(hosted.value(0).toInt()),
             {hosted.value(1).toString(), hosted.value(2).toString(), hosted.value(3).toString()},
             sql::dateFrom(hosted.value(4)),
             sql::timeFrom(hosted.value(5))});
    }
    QSqlQuery sites(db);
    if (!error->isValid())
        *error = sql::run(sites,
                          QStringLiteral("SELECT name_de, name_pl, name_en FROM sites "
                                         "WHERE contact_person_id = :id ORDER BY id"),
                          id);
    while (!error->isValid() && sites.next()) {
        data.sitesAsContact.append(
            {sites.value(0).toString(), sites.value(1).toString(), sites.value(2).toString()});
    }
    if (!error->isValid())
        data.changes = PersonChanges::of(db, personId, error);
    if (error->isValid())
        return std::nullopt;
    data.exportedAt = QDateTime::currentDateTimeUtc();
    data.exportedBy = actingUser(db);
    data.database = Database::displayLocation(db);
    return data;
}

QByteArray PersonData::toJson() const
{
    QJsonObject record = jsonOf(person);
    record.insert(u"id"_qs, person.id);
    record.insert(u"organisation"_qs,
                  organisation.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(organisation));
    QJsonArray takings;
    for (const Taking &taking : participations) {
        QJsonObject object = jsonOf(taking.participation, {u"person_id"_qs});
        object.insert(u"event"_qs, jsonOf(taking.event));
        QJsonArray signedSheets;
        for (const AttendanceSheet &sheet : taking.signedSheets) {
            signedSheets.append(
                QJsonObject{{u"day"_qs, sql::dateText(sheet.day)},
                            {u"site_visit"_qs,
                             sheet.isSiteVisit() ? QJsonValue(sheet.agendaItemId) : QJsonValue()}});
        }
        object.insert(u"signed_sheets"_qs, signedSheets);
        object.insert(u"walk_in"_qs, taking.walkIn);
        takings.append(object);
    }
    QJsonArray organisedEvents;
    for (const EventLink &event : organised)
        organisedEvents.append(jsonOf(event));
    QJsonArray hostedItems;
    for (const HostedItem &item : hosted) {
        hostedItems.append(QJsonObject{{u"event"_qs, jsonOf(item.event)},
                                       {u"title"_qs, jsonOf(item.title)},
                                       {u"day"_qs, sql::dateText(item.day)},
                                       {u"start"_qs, sql::timeText(item.start)}});
    }
    QJsonArray sites;
    for (const LocalizedText &site : sitesAsContact)
        sites.append(QJsonObject{{u"name"_qs, jsonOf(site)}});
    QJsonArray changed;
    for (const PersonChanges::Change &change : changes) {
        changed.append(
            QJsonObject{{u"at"_qs, change.at.toString(Qt::ISODate)},
                        {u"by"_qs, change.by},
                        {u"action"_qs, PersonChanges::actionCode(change.action)},
                        {u"fields"_qs, QJsonArray::fromStringList(change.fields)},
                        {u"event_id"_qs, change.eventId > 0 ? QJsonValue(change.eventId)
                                                            : QJsonValue(QJsonValue::Null)}});
    }
    const QJsonObject whole{
        {u"format"_qs, u"exchange-planner person data 1"_qs},
        {u"exported_at"_qs, exportedAt.toString(Qt::ISODate)},
        {u"exported_by"_qs, exportedBy},
        {u"database"_qs, database},
        {u"person"_qs, record},
        {u"participations"_qs, takings},
        {u"organiser_of"_qs, organisedEvents},
        {u"host_of"_qs, hostedItems},
        {u"site_contact_of"_qs, sites},
        {u"changes"_qs, changed},
    };
    return QJsonDocument(whole).toJson(QJsonDocument::Indented);
}

} // namespace ep
