#include "storage/demoprogramme.h"

#include "domain/field.h"
#include "domain/validation.h"
#include "domain/wallclock.h"
#include "export/logistics.h"
#include "storage/attendancerepository.h"
#include "storage/eventrepository.h"
#include "storage/organisationrepository.h"
#include "storage/personrepository.h"
#include "storage/siterepository.h"
#include "storage/topicrepository.h"
#include "storage/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ep {
namespace {

LocalizedText localized(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {object.value(u"de").toString(), object.value(u"pl").toString(),
            object.value(u"en").toString()};
}

QString text(const QJsonObject &object, QStringView key)
{
    return object.value(key).toString();
}

// Reads the JSON into the database, mapping the file's keys to the new ids.
class Loader
{
    Q_DECLARE_TR_FUNCTIONS(DemoProgramme)

public:
    explicit Loader(const QSqlDatabase &db)
        : m_db(db)
    {}

    QString load(const QJsonObject &root)
    {
        for (const QJsonValue &value : root.value(u"organisations").toArray()) {
            if (const QString error = addOrganisation(value.toObject()); !error.isEmpty())
                return error;
        }
        for (const QJsonValue &value : root.value(u"people").toArray()) {
            if (const QString error = addPerson(value.toObject()); !error.isEmpty())
                return error;
        }
        for (const QJsonValue &value : root.value(u"topics").toArray()) {
            if (const QString error = addTopic(value.toObject()); !error.isEmpty())
                return error;
        }
        for (const QJsonValue &value : root.value(u"sites").toArray()) {
            if (const QString error = addSite(value.toObject()); !error.isEmpty())
                return error;
        }
        for (const QJsonValue &value : root.value(u"events").toArray()) {
            if (const QString error = addEvent(value.toObject()); !error.isEmpty())
                return error;
        }
        return {};
    }

private:
    // The id stored for `key` of `kind`; 0 for an empty key. An unknown key
    // is recorded as an error.
    int resolve(const QHash<QString, int> &ids, const QString &key, const QString &where)
    {
        if (key.isEmpty())
            return 0;
        const int id = ids.value(key);
        if (id == 0 && m_unresolved.isEmpty())
            m_unresolved =
                tr("%1 refers to \"%2\", which the programme does not define.").arg(where, key);
        return id;
    }

    QList<int> resolveAll(const QHash<QString, int> &ids, const QJsonValue &keys,
                          const QString &where)
    {
        QList<int> result;
        for (const QJsonValue &key : keys.toArray())
            result.append(resolve(ids, key.toString(), where));
        return result;
    }

    QString failure(const QString &where, const QString &reason) const
    {
        return tr("The demo programme cannot be written: %1: %2").arg(where, reason);
    }

    QString checked(const QString &where, const FieldIssues &issues)
    {
        if (!m_unresolved.isEmpty())
            return failure(where, m_unresolved);
        if (!issues.isEmpty())
            return failure(where, issues.first().field % u": " % issues.first().message);
        return {};
    }

    QString addOrganisation(const QJsonObject &object)
    {
        Organisation organisation;
        organisation.name = text(object, u"name");
        organisation.shortName = text(object, u"short_name");
        organisation.kind = text(object, u"kind");
        organisation.city = text(object, u"city");
        organisation.country = text(object, u"country");
        organisation.website = text(object, u"website");
        organisation.street = text(object, u"street");
        organisation.postalCode = text(object, u"postal_code");
        organisation.phone = text(object, u"phone");
        organisation.email = text(object, u"email");
        organisation.signatoryName = text(object, u"signatory_name");
        organisation.signatoryPosition = text(object, u"signatory_position");
        const QString where = text(object, u"key");
        if (QString error = checked(where, Validation::check(organisation)); !error.isEmpty())
            return error;
        if (const QSqlError error = OrganisationRepository(m_db).save(organisation);
            error.isValid())
            return failure(where, error.text());
        m_organisations.insert(where, organisation.id);
        return {};
    }

    QString addPerson(const QJsonObject &object)
    {
        const QString where = text(object, u"key");
        Person person;
        // Each text under the name of its column ("first_name").
        for (const FieldDescription *field : personTextColumns())
            person.*field->personText = object.value(QLatin1String(field->column)).toString();
        person.organisationId = resolve(m_organisations, text(object, u"organisation"), where);
        person.contactPerson = object.value(u"contact_person").toBool();
        person.legalBasis = text(object, u"legal_basis");
        person.consentDate = QDate::fromString(text(object, u"consent_date"), Qt::ISODate);
        person.consentWithdrawn =
            QDate::fromString(text(object, u"consent_withdrawn"), Qt::ISODate);
        if (QString error = checked(where, Validation::check(person)); !error.isEmpty())
            return error;
        if (const QSqlError error = PersonRepository(m_db).save(person); error.isValid())
            return failure(where, error.text());
        m_people.insert(where, person.id);
        return {};
    }

    QString addTopic(const QJsonObject &object)
    {
        const QString where = text(object, u"key");
        Topic topic;
        topic.name = localized(object.value(u"name"));
        if (QString error = checked(where, Validation::check(topic)); !error.isEmpty())
            return error;
        if (const QSqlError error = TopicRepository(m_db).save(topic); error.isValid())
            return failure(where, error.text());
        m_topics.insert(where, topic.id);
        return {};
    }

    QString addSite(const QJsonObject &object)
    {
        const QString where = text(object, u"key");
        Site site;
        site.name = localized(object.value(u"name"));
        site.kind = text(object, u"kind");
        site.street = text(object, u"street");
        site.postalCode = text(object, u"postal_code");
        site.city = text(object, u"city");
        site.country = text(object, u"country");
        if (object.value(u"latitude").isDouble())
            site.latitude = object.value(u"latitude").toDouble();
        if (object.value(u"longitude").isDouble())
            site.longitude = object.value(u"longitude").toDouble();
        site.description = localized(object.value(u"description"));
        site.hostOrganisationId =
            resolve(m_organisations, text(object, u"host_organisation"), where);
        site.contactPersonId = resolve(m_people, text(object, u"contact_person"), where);
        site.accessibility = localized(object.value(u"accessibility"));
        if (QString error = checked(where, Validation::check(site)); !error.isEmpty())
            return error;
        if (const QSqlError error = SiteRepository(m_db).save(site); error.isValid())
            return failure(where, error.text());
        m_sites.insert(where, site.id);
        return {};
    }

    AgendaItem agendaItem(const QJsonObject &object, const QString &where)
    {
        AgendaItem item;
        item.day = QDate::fromString(text(object, u"day"), Qt::ISODate);
        item.start = QTime::fromString(text(object, u"start"), QStringLiteral("HH:mm"));
        item.end = QTime::fromString(text(object, u"end"), QStringLiteral("HH:mm"));
        item.title = localized(object.value(u"title"));
        item.kind = text(object, u"kind");
        item.siteId = resolve(m_sites, text(object, u"site"), where);
        item.hostIds = resolveAll(m_people, object.value(u"hosts"), where);
        item.meetingPoint = localized(object.value(u"meeting_point"));
        item.group = text(object, u"group");
        item.notes = text(object, u"notes");
        return item;
    }

    Participation participation(const QJsonObject &object, const QString &where)
    {
        const auto dateTime = [&](QStringView key) {
            return wallClockFromText(text(object, key));
        };
        Participation participation;
        participation.personId = resolve(m_people, text(object, u"person"), where);
        participation.role = text(object, u"role");
        participation.status = text(object, u"status");
        participation.delegation = text(object, u"delegation");
        participation.arrival = dateTime(u"arrival");
        participation.departure = dateTime(u"departure");
        participation.dietaryNeeds = text(object, u"dietary_needs");
        participation.accessibilityNeeds = text(object, u"accessibility_needs");
        participation.notes = text(object, u"notes");
        return participation;
    }

    QString addEvent(const QJsonObject &object)
    {
        const QString where = text(object, u"key");
        Event event;
        event.kind = text(object, u"kind");
        event.title = localized(object.value(u"title"));
        event.description = localized(object.value(u"description"));
        event.startDate = QDate::fromString(text(object, u"start_date"), Qt::ISODate);
        event.endDate = QDate::fromString(text(object, u"end_date"), Qt::ISODate);
        event.venueCity = text(object, u"venue_city");
        event.venueAddress = text(object, u"venue_address");
        event.onlinePlatform = text(object, u"online_platform");
        event.onlineLink = text(object, u"online_link");
        event.hostOrganisationId =
            resolve(m_organisations, text(object, u"host_organisation"), where);
        event.organiserIds = resolveAll(m_people, object.value(u"organisers"), where);
        event.topicIds = resolveAll(m_topics, object.value(u"topics"), where);
        event.languages = text(object, u"languages");
        event.interpretation = text(object, u"interpretation");
        event.capacity = object.value(u"capacity").toInt();
        event.status = text(object, u"status");
        for (const QJsonValue &item : object.value(u"agenda").toArray())
            event.agenda.append(agendaItem(item.toObject(), where));
        for (const QJsonValue &participant : object.value(u"participants").toArray())
            event.participants.append(participation(participant.toObject(), where));
        if (QString error = checked(where, Validation::check(event)); !error.isEmpty())
            return error;
        if (const QSqlError error = EventRepository(m_db).save(event); error.isValid())
            return failure(where, error.text());
        if (object.value(u"sheets_entered").toBool())
            return enterSheets(event, object.value(u"walk_ins").toArray(), where);
        return {};
    }

    // The signed sheets as the statuses tell: those who attended signed
    // each day's sheet they were there (walk-ins from the day they came).
    QString enterSheets(const Event &event, const QJsonArray &walkIns, const QString &where)
    {
        QHash<int, QDate> cameOn;
        for (const QJsonValue &value : walkIns) {
            const QJsonObject walkIn = value.toObject();
            cameOn.insert(resolve(m_people, text(walkIn, u"person"), where),
                          QDate::fromString(text(walkIn, u"day"), Qt::ISODate));
        }
        AttendanceEntry entry{event.id, {}, {}, {}};
        for (const Participation &participation : event.participants) {
            if (participation.status != u"attended")
                continue;
            const QDate from = cameOn.value(participation.personId, event.startDate);
            for (const AttendanceSheet &sheet : attendanceSheets(event, false)) {
                if (sheet.day >= from && logistics::presentOn(participation, sheet.day))
                    entry.added.append({participation.personId, sheet});
            }
        }
        AttendanceRepository sheets(m_db);
        SaveResult result = sheets.save(entry).result;
        for (auto walkIn = cameOn.cbegin(); result.ok() && walkIn != cameOn.cend(); ++walkIn)
            result.error = sheets.markWalkIn(event.id, walkIn.key(), walkIn.value());
        return result.ok() ? QString() : failure(where, StaleMessages::asError(result).text());
    }

    QSqlDatabase m_db;
    QHash<QString, int> m_organisations;
    QHash<QString, int> m_people;
    QHash<QString, int> m_topics;
    QHash<QString, int> m_sites;
    QString m_unresolved;
};

} // namespace

QString DemoProgramme::write(QSqlDatabase db, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        return tr("The demo programme cannot be read: %1 at offset %2.")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    }
    if (document.object().value(u"format").toString() != u"exchange-planner-demo")
        return tr("The demo programme cannot be read: it is not in the demo programme format.");

    Transaction transaction(db);
    const QString error = Loader(db).load(document.object());
    if (!error.isEmpty())
        return error;
    if (!transaction.commit())
        return tr("The demo programme cannot be written: %1").arg(transaction.error().text());
    return {};
}

} // namespace ep
