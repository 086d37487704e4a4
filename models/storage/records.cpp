#include "storage/records.h"

#include "domain/field.h"

#include <QCoreApplication>

namespace ep {

using namespace columns;

template <>
const RecordTable<Event> &recordTable<Event>()
{
    static const RecordTable<Event> table = [] {
        QList<Column<Event>> all{
            code("kind", &Event::kind, Vocabulary::EventKind, QT_TRANSLATE_NOOP("Column", "Kind"))};
        all += localized("title", &Event::title, QT_TRANSLATE_NOOP("Column", "Title"));
        all += localized("description", &Event::description,
                         QT_TRANSLATE_NOOP("Column", "Description"));
        all += {
            date("start_date", &Event::startDate, QT_TRANSLATE_NOOP("Column", "First day")),
            date("end_date", &Event::endDate, QT_TRANSLATE_NOOP("Column", "Last day")),
            text("venue_city", &Event::venueCity, QT_TRANSLATE_NOOP("Column", "Venue: city")),
            text("venue_address", &Event::venueAddress,
                 QT_TRANSLATE_NOOP("Column", "Venue: address")),
            text("online_platform", &Event::onlinePlatform,
                 QT_TRANSLATE_NOOP("Column", "Online platform")),
            text("online_link", &Event::onlineLink, QT_TRANSLATE_NOOP("Column", "Online link")),
            reference("host_organisation_id", &Event::hostOrganisationId, "organisations",
                      QT_TRANSLATE_NOOP("Column", "Host organisation")),
            references(&Event::organiserIds, "people", QT_TRANSLATE_NOOP("Column", "Organisers")),
            references(&Event::topicIds, "topics", QT_TRANSLATE_NOOP("Column", "Topics")),
            text("languages", &Event::languages, QT_TRANSLATE_NOOP("Column", "Languages")),
            text("interpretation", &Event::interpretation,
                 QT_TRANSLATE_NOOP("Column", "Interpretation")),
            number("capacity", &Event::capacity, QT_TRANSLATE_NOOP("Column", "Capacity")),
            //: the status of an event (planned, confirmed, held, cancelled)
            code("status", &Event::status, Vocabulary::EventStatus,
                 QT_TRANSLATE_NOOP("Column", "Status")),
            text("funding_programme", &Event::fundingProgramme,
                 QT_TRANSLATE_NOOP("Column", "Funding programme")),
            text("project_number", &Event::projectNumber,
                 QT_TRANSLATE_NOOP("Column", "Project number")),
            image("funding_logo", &Event::fundingLogo, QT_TRANSLATE_NOOP("Column", "Logo")),
        };
        return RecordTable<Event>{QStringLiteral("events"), all};
    }();
    return table;
}

template <>
const RecordTable<AgendaItem> &recordTable<AgendaItem>()
{
    static const RecordTable<AgendaItem> table = [] {
        QList<Column<AgendaItem>> all{
            date("day", &AgendaItem::day, QT_TRANSLATE_NOOP("Column", "Day")),
            time("start_time", &AgendaItem::start, QT_TRANSLATE_NOOP("Column", "Start")),
            time("end_time", &AgendaItem::end, QT_TRANSLATE_NOOP("Column", "End")),
        };
        all += localized("title", &AgendaItem::title, QT_TRANSLATE_NOOP("Column", "Title"));
        all += {
            code("kind", &AgendaItem::kind, Vocabulary::AgendaItemKind,
                 QT_TRANSLATE_NOOP("Column", "Kind")),
            reference("site_id", &AgendaItem::siteId, "sites", QT_TRANSLATE_NOOP("Column", "Site")),
            references(&AgendaItem::hostIds, "people",
                       QT_TRANSLATE_NOOP("Column", "Hosts and speakers")),
        };
        all += localized("meeting_point", &AgendaItem::meetingPoint,
                         QT_TRANSLATE_NOOP("Column", "Meeting point"));
        all += {
            text("parallel_group", &AgendaItem::group, QT_TRANSLATE_NOOP("Column", "Group")),
            text("notes", &AgendaItem::notes, QT_TRANSLATE_NOOP("Column", "Notes")),
        };
        return RecordTable<AgendaItem>{QStringLiteral("agenda_items"), all};
    }();
    return table;
}

template <>
const RecordTable<Participation> &recordTable<Participation>()
{
    static const RecordTable<Participation> table = [] {
        QList<Column<Participation>> all{reference("person_id", &Participation::personId, "people",
                                                   QT_TRANSLATE_NOOP("Column", "Person"))};
        // The fields described in domain/field.cpp, under their labels there.
        for (const FieldDescription *field : participationColumns()) {
            Column<Participation> column =
                field->participationMoment
                    ? dateTime(field->column, field->participationMoment, field->label)
                : field->vocabulary ? code(field->column, field->participationText,
                                           *field->vocabulary, field->label)
                                    : text(field->column, field->participationText, field->label);
            column.context = "Field";
            all.append(column);
        }
        return RecordTable<Participation>{QStringLiteral("participations"), all};
    }();
    return table;
}

template <>
const RecordTable<Person> &recordTable<Person>()
{
    static const RecordTable<Person> table = [] {
        QList<Column<Person>> all;
        for (const FieldDescription *field : personTextColumns()) {
            Column<Person> column = text(field->column, field->personText, field->label);
            column.context = "Field";
            all.append(column);
        }
        all += {
            reference("organisation_id", &Person::organisationId, "organisations",
                      QT_TRANSLATE_NOOP("Column", "Organisation")),
            flag("is_contact", &Person::contactPerson,
                 QT_TRANSLATE_NOOP("Column", "Contact person")),
            code("legal_basis", &Person::legalBasis, Vocabulary::LegalBasis,
                 QT_TRANSLATE_NOOP("Column", "Legal basis")),
            date("consent_date", &Person::consentDate,
                 QT_TRANSLATE_NOOP("Column", "Date of GDPR consent")),
            date("consent_withdrawn", &Person::consentWithdrawn,
                 QT_TRANSLATE_NOOP("Column", "Consent withdrawn")),
        };
        return RecordTable<Person>{QStringLiteral("people"), all};
    }();
    return table;
}

template <>
const RecordTable<Organisation> &recordTable<Organisation>()
{
    static const RecordTable<Organisation> table{
        QStringLiteral("organisations"),
        {
            text("name", &Organisation::name, QT_TRANSLATE_NOOP("Column", "Name")),
            text("short_name", &Organisation::shortName, QT_TRANSLATE_NOOP("Column", "Short name")),
            code("kind", &Organisation::kind, Vocabulary::OrganisationKind,
                 QT_TRANSLATE_NOOP("Column", "Kind")),
            text("city", &Organisation::city, QT_TRANSLATE_NOOP("Column", "City")),
            text("country", &Organisation::country, QT_TRANSLATE_NOOP("Column", "Country")),
            text("website", &Organisation::website, QT_TRANSLATE_NOOP("Column", "Website")),
            text("street", &Organisation::street, QT_TRANSLATE_NOOP("Column", "Street")),
            text("postal_code", &Organisation::postalCode,
                 QT_TRANSLATE_NOOP("Column", "Postal code")),
            text("phone", &Organisation::phone, QT_TRANSLATE_NOOP("Column", "Phone")),
            text("email", &Organisation::email, QT_TRANSLATE_NOOP("Column", "Email")),
            image("logo", &Organisation::logo, QT_TRANSLATE_NOOP("Column", "Logo")),
            text("signatory_name", &Organisation::signatoryName,
                 QT_TRANSLATE_NOOP("Column", "Signed by")),
            text("signatory_position", &Organisation::signatoryPosition,
                 QT_TRANSLATE_NOOP("Column", "Signatory's function")),
        }};
    return table;
}

template <>
const RecordTable<Site> &recordTable<Site>()
{
    static const RecordTable<Site> table = [] {
        QList<Column<Site>> all =
            localized("name", &Site::name, QT_TRANSLATE_NOOP("Column", "Name"));
        all += {
            code("kind", &Site::kind, Vocabulary::SiteKind, QT_TRANSLATE_NOOP("Column", "Kind")),
            text("street", &Site::street, QT_TRANSLATE_NOOP("Column", "Street")),
            text("postal_code", &Site::postalCode, QT_TRANSLATE_NOOP("Column", "Postal code")),
            text("city", &Site::city, QT_TRANSLATE_NOOP("Column", "City")),
            text("country", &Site::country, QT_TRANSLATE_NOOP("Column", "Country")),
            real("latitude", &Site::latitude, QT_TRANSLATE_NOOP("Column", "Latitude")),
            real("longitude", &Site::longitude, QT_TRANSLATE_NOOP("Column", "Longitude")),
        };
        all += localized("description", &Site::description,
                         QT_TRANSLATE_NOOP("Column", "Description"));
        all += {
            reference("host_organisation_id", &Site::hostOrganisationId, "organisations",
                      QT_TRANSLATE_NOOP("Column", "Host organisation")),
            reference("contact_person_id", &Site::contactPersonId, "people",
                      QT_TRANSLATE_NOOP("Column", "Contact on site")),
        };
        all += localized("accessibility", &Site::accessibility,
                         QT_TRANSLATE_NOOP("Column", "Accessibility"));
        all +=
            text("opening_days", &Site::openingDays, QT_TRANSLATE_NOOP("Column", "Opening days"));
        return RecordTable<Site>{QStringLiteral("sites"), all};
    }();
    return table;
}

template <>
const RecordTable<Topic> &recordTable<Topic>()
{
    static const RecordTable<Topic> table{
        QStringLiteral("topics"),
        localized("name", &Topic::name, QT_TRANSLATE_NOOP("Column", "Name"))};
    return table;
}

} // namespace ep
