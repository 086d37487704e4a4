#include "domain/field.h"

#include "domain/documentlanguage.h"
#include "domain/event.h"
#include "domain/formats.h"
#include "domain/person.h"

#include <QCoreApplication>

#include <algorithm>

namespace ep {
namespace {

constexpr char context[] = "Field";

using enum FieldUse;

// Lists and exports show these in this order: the participants CSV of the
// command-line contract (first name … notes), the contacts CSV (title …
// notes) and the participant list's columns all follow it.
const QList<FieldDescription> &descriptions()
{
    static const QList<FieldDescription> fields{
        {.field = Field::Ignore,
         .key = "ignore",
         .label = QT_TRANSLATE_NOOP("Field", "(not imported)")},
        {.field = Field::Title,
         .key = "title",
         //: a person's academic or professional title, e.g. "Dr.", "mgr inż."
         .label = QT_TRANSLATE_NOOP("Field", "Title"),
         .column = "title",
         .personText = &Person::title,
         .uses = ImportedWithParticipants | ImportedWithContacts | InContactsCsv,
         .spreadsheetNames = {u"title"_qs, u"academic title"_qs, u"titel"_qs,
                              u"akademischer titel"_qs, u"akad titel"_qs, u"tytul"_qs,
                              u"tytul naukowy"_qs, u"stopien naukowy"_qs}},
        {.field = Field::Name,
         .key = "name",
         .label = QT_TRANSLATE_NOOP("Field", "Name"),
         .uses = ListColumn | DefaultListColumn,
         .listWidth = 38},
        {.field = Field::FirstName,
         .key = "first_name",
         .label = QT_TRANSLATE_NOOP("Field", "First name"),
         .column = "first_name",
         .personText = &Person::firstName,
         .uses = ImportedWithParticipants | ImportedWithContacts | InParticipantsCsv |
                 InContactsCsv | Searched,
         .spreadsheetNames = {u"first name"_qs, u"firstname"_qs, u"first"_qs, u"given name"_qs,
                              u"given names"_qs, u"forename"_qs, u"name first"_qs, u"vorname"_qs,
                              u"vornamen"_qs, u"rufname"_qs, u"imie"_qs, u"imiona"_qs,
                              // pretix: "Attendee name: Given name"
                              u"attendee name given name"_qs, u"name given name"_qs}},
        {.field = Field::LastName,
         .key = "last_name",
         .label = QT_TRANSLATE_NOOP("Field", "Last name"),
         .column = "last_name",
         .personText = &Person::lastName,
         .uses = ImportedWithParticipants | ImportedWithContacts | InParticipantsCsv |
                 InContactsCsv | Searched,
         .spreadsheetNames = {u"last name"_qs, u"lastname"_qs, u"surname"_qs, u"family name"_qs,
                              u"name last"_qs, u"last"_qs, u"nachname"_qs, u"familienname"_qs,
                              u"zuname"_qs, u"nazwisko"_qs,
                              // pretix: "Attendee name: Family name"
                              u"attendee name family name"_qs, u"name family name"_qs}},
        {.field = Field::FullName,
         .key = "full_name",
         .label = QT_TRANSLATE_NOOP("Field", "Full name (first and last)"),
         .uses = ImportedWithParticipants | ImportedWithContacts,
         .spreadsheetNames = {u"full name"_qs, u"fullname"_qs, u"name and surname"_qs,
                              u"participant"_qs, u"participant name"_qs, u"attendee"_qs,
                              u"attendee name"_qs, u"vollstandiger name"_qs, u"vor und nachname"_qs,
                              u"vor und zuname"_qs, u"teilnehmer"_qs, u"teilnehmerin"_qs,
                              u"teilnehmende"_qs, u"teilnehmer in"_qs, u"imie i nazwisko"_qs,
                              u"imie nazwisko"_qs, u"uczestnik"_qs, u"uczestniczka"_qs}},
        {.field = Field::Organisation,
         .key = "organisation",
         .label = QT_TRANSLATE_NOOP("Field", "Organisation"),
         .uses = ImportedWithParticipants | ImportedWithContacts | InParticipantsCsv |
                 InContactsCsv | ListColumn | DefaultListColumn,
         .spreadsheetNames = {u"organisation"_qs,
                              u"organization"_qs,
                              u"organisation name"_qs,
                              u"organization name"_qs,
                              u"company"_qs,
                              u"company name"_qs,
                              u"institution"_qs,
                              u"employer"_qs,
                              u"affiliation"_qs,
                              u"agency"_qs,
                              u"firma"_qs,
                              u"unternehmen"_qs,
                              u"behorde"_qs,
                              u"dienststelle"_qs,
                              u"arbeitgeber"_qs,
                              u"einrichtung"_qs,
                              u"organisation institution"_qs,
                              u"organizacja"_qs,
                              u"instytucja"_qs,
                              u"nazwa organizacji"_qs,
                              u"urzad"_qs,
                              u"pracodawca"_qs,
                              u"jednostka"_qs},
         .listWidth = 32,
         // Named in full on lists ("Emschergenossenschaft"): a compound
         // cut in two is what an auditor cannot read.
         .wholeWords = true},
        {.field = Field::Position,
         .key = "position",
         // The job title; "Function" as EU attendance lists name it in English.
         .label = QT_TRANSLATE_NOOP("Field", "Function"),
         .column = "function", // its name since schema 1
         .personText = &Person::position,
         .uses = ImportedWithParticipants | ImportedWithContacts | InContactsCsv | ListColumn |
                 Searched,
         .spreadsheetNames = {u"position"_qs, u"job title"_qs, u"job"_qs, u"function"_qs,
                              u"funktion"_qs, u"berufsbezeichnung"_qs, u"dienstbezeichnung"_qs,
                              u"stanowisko"_qs, u"funkcja"_qs},
         .listWidth = 36,
         .wholeWords = true},
        {.field = Field::Delegation,
         .key = "delegation",
         .label = QT_TRANSLATE_NOOP("Field", "Delegation"),
         .column = "delegation",
         .participationText = &Participation::delegation,
         .uses = ImportedWithParticipants | InParticipantsCsv | ListColumn | DefaultListColumn,
         .spreadsheetNames = {u"delegation"_qs, u"delegacja"_qs, u"region"_qs,
                              u"sending organisation"_qs, u"entsendende organisation"_qs},
         .listWidth = 26},
        {.field = Field::Role,
         .key = "role",
         .label = QT_TRANSLATE_NOOP("Field", "Role"),
         .column = "role",
         .participationText = &Participation::role,
         .vocabulary = Vocabulary::ParticipantRole,
         .uses = ImportedWithParticipants | InParticipantsCsv | ListColumn | DefaultListColumn,
         .spreadsheetNames = {u"role"_qs, u"participant role"_qs, u"rolle"_qs, u"rola"_qs},
         .listWidth = 20},
        {.field = Field::Status,
         .key = "status",
         //: the status of a participant (invited, registered, confirmed …)
         .label = QT_TRANSLATE_NOOP("Field", "Status"),
         .column = "status",
         .participationText = &Participation::status,
         .vocabulary = Vocabulary::ParticipantStatus,
         .uses = ImportedWithParticipants | InParticipantsCsv | ListColumn | DefaultListColumn,
         .spreadsheetNames = {u"status"_qs, u"registration status"_qs, u"anmeldestatus"_qs,
                              u"teilnahmestatus"_qs, u"status zgloszenia"_qs,
                              // Eventbrite, pretix
                              u"attendee status"_qs, u"order status"_qs},
         .listWidth = 20},
        {.field = Field::Email,
         .key = "email",
         .label = QT_TRANSLATE_NOOP("Field", "Email"),
         .column = "email",
         .personText = &Person::email,
         .uses = ImportedWithParticipants | ImportedWithContacts | InParticipantsCsv |
                 InContactsCsv | ListColumn | DefaultListColumn | Searched,
         .spreadsheetNames = {u"email"_qs, u"e mail"_qs, u"email address"_qs, u"e mail address"_qs,
                              u"mail"_qs, u"emailadresse"_qs, u"e mail adresse"_qs,
                              u"mailadresse"_qs, u"adres e mail"_qs, u"adres email"_qs,
                              u"poczta e mail"_qs, u"e mail adres"_qs,
                              // pretix, Eventbrite
                              u"attendee email"_qs, u"attendee e mail"_qs},
         .listWidth = 44},
        {.field = Field::Phone,
         .key = "phone",
         .label = QT_TRANSLATE_NOOP("Field", "Phone"),
         .column = "phone",
         .personText = &Person::phone,
         .uses = ImportedWithParticipants | ImportedWithContacts | InParticipantsCsv |
                 InContactsCsv | ListColumn | DefaultListColumn,
         .spreadsheetNames = {u"phone"_qs, u"telephone"_qs, u"phone number"_qs,
                              u"telephone number"_qs, u"mobile"_qs, u"mobile phone"_qs, u"cell"_qs,
                              u"cell phone"_qs, u"tel"_qs, u"telefon"_qs, u"telefonnummer"_qs,
                              u"handy"_qs, u"mobil"_qs, u"mobilnummer"_qs, u"numer telefonu"_qs,
                              u"nr telefonu"_qs, u"telefon komorkowy"_qs, u"komorka"_qs,
                              // Eventbrite
                              u"work phone"_qs, u"home phone"_qs},
         .listWidth = 28,
         .wholeLines = true},
        {.field = Field::Street,
         .key = "street",
         .label = QT_TRANSLATE_NOOP("Field", "Street"),
         .column = "street",
         .personText = &Person::street,
         .uses = ImportedWithParticipants | ImportedWithContacts | InContactsCsv,
         .spreadsheetNames = {u"street"_qs, u"address"_qs, u"street address"_qs,
                              u"address line 1"_qs, u"strasse"_qs, u"adresse"_qs, u"anschrift"_qs,
                              u"strasse und hausnummer"_qs, u"ulica"_qs, u"adres"_qs,
                              u"ulica i numer"_qs}},
        {.field = Field::PostalCode,
         .key = "postal_code",
         .label = QT_TRANSLATE_NOOP("Field", "Postal code"),
         .column = "postal_code",
         .personText = &Person::postalCode,
         .uses = ImportedWithParticipants | ImportedWithContacts | InContactsCsv,
         .spreadsheetNames = {u"postal code"_qs, u"postcode"_qs, u"post code"_qs, u"zip"_qs,
                              u"zip code"_qs, u"plz"_qs, u"postleitzahl"_qs, u"kod pocztowy"_qs}},
        {.field = Field::City,
         .key = "city",
         .label = QT_TRANSLATE_NOOP("Field", "City"),
         .column = "city",
         .personText = &Person::city,
         .uses = ImportedWithParticipants | ImportedWithContacts | InContactsCsv | Searched,
         .spreadsheetNames = {u"city"_qs, u"town"_qs, u"ort"_qs, u"stadt"_qs, u"wohnort"_qs,
                              u"miejscowosc"_qs, u"miasto"_qs}},
        {.field = Field::Country,
         .key = "country",
         .label = QT_TRANSLATE_NOOP("Field", "Country"),
         .column = "country",
         .personText = &Person::country,
         .uses = ImportedWithParticipants | ImportedWithContacts | InContactsCsv,
         .spreadsheetNames = {u"country"_qs, u"land"_qs, u"staat"_qs, u"kraj"_qs, u"panstwo"_qs}},
        {.field = Field::Languages,
         .key = "languages",
         .label = QT_TRANSLATE_NOOP("Field", "Languages spoken"),
         .column = "languages",
         .personText = &Person::languages,
         .uses = ImportedWithParticipants | ImportedWithContacts | InContactsCsv,
         .spreadsheetNames = {u"languages"_qs, u"languages spoken"_qs, u"sprachen"_qs,
                              u"sprachkenntnisse"_qs, u"jezyki"_qs, u"znajomosc jezykow"_qs}},
        {.field = Field::DietaryNeeds,
         .key = "dietary_needs",
         .label = QT_TRANSLATE_NOOP("Field", "Dietary needs"),
         .column = "dietary_needs",
         .participationText = &Participation::dietaryNeeds,
         .uses = ImportedWithParticipants | InParticipantsCsv | ListColumn,
         .spreadsheetNames = {u"dietary needs"_qs, u"dietary requirements"_qs,
                              u"dietary restrictions"_qs, u"diet"_qs, u"food"_qs,
                              u"food preferences"_qs, u"ernahrung"_qs, u"ernahrungsbedurfnisse"_qs,
                              u"essenswunsche"_qs, u"essenswunsch"_qs, u"verpflegung"_qs,
                              u"dieta"_qs, u"wymagania dietetyczne"_qs, u"potrzeby dietetyczne"_qs,
                              u"preferencje zywieniowe"_qs}},
        {.field = Field::AccessibilityNeeds,
         .key = "accessibility_needs",
         .label = QT_TRANSLATE_NOOP("Field", "Accessibility needs"),
         .column = "accessibility_needs",
         .participationText = &Participation::accessibilityNeeds,
         .uses = ImportedWithParticipants | InParticipantsCsv | ListColumn,
         .spreadsheetNames = {u"accessibility needs"_qs, u"accessibility"_qs,
                              u"accessibility requirements"_qs, u"special needs"_qs,
                              u"barrierefreiheit"_qs, u"bedarf an barrierefreiheit"_qs,
                              u"besondere bedurfnisse"_qs, u"szczegolne potrzeby"_qs,
                              u"dostepnosc"_qs, u"potrzeby w zakresie dostepnosci"_qs}},
        {.field = Field::Arrival,
         .key = "arrival",
         .label = QT_TRANSLATE_NOOP("Field", "Arrival"),
         .column = "arrival",
         .participationMoment = &Participation::arrival,
         .uses = ImportedWithParticipants | InParticipantsCsv | ListColumn,
         .spreadsheetNames = {u"arrival"_qs, u"arrival date"_qs, u"arrival time"_qs, u"anreise"_qs,
                              u"ankunft"_qs, u"anreisedatum"_qs, u"przyjazd"_qs,
                              u"data przyjazdu"_qs},
         .listWidth = 26,
         .wholeLines = true},
        {.field = Field::Departure,
         .key = "departure",
         .label = QT_TRANSLATE_NOOP("Field", "Departure"),
         .column = "departure",
         .participationMoment = &Participation::departure,
         .uses = ImportedWithParticipants | InParticipantsCsv | ListColumn,
         .spreadsheetNames = {u"departure"_qs, u"departure date"_qs, u"departure time"_qs,
                              u"abreise"_qs, u"abfahrt"_qs, u"abreisedatum"_qs, u"wyjazd"_qs,
                              u"data wyjazdu"_qs},
         .listWidth = 26,
         .wholeLines = true},
        {.field = Field::Hotel,
         .key = "hotel",
         .label = QT_TRANSLATE_NOOP("Field", "Hotel"),
         .column = "hotel",
         .participationText = &Participation::hotel,
         .uses = ImportedWithParticipants | ListColumn,
         .spreadsheetNames = {u"hotel"_qs, u"accommodation"_qs, u"unterkunft"_qs,
                              u"ubernachtung"_qs, u"nocleg"_qs, u"zakwaterowanie"_qs},
         .listWidth = 34,
         .wholeWords = true},
        {.field = Field::Room,
         .key = "room",
         .label = QT_TRANSLATE_NOOP("Field", "Room"),
         .column = "room",
         .participationText = &Participation::room,
         .uses = ImportedWithParticipants | ListColumn,
         .spreadsheetNames = {u"room"_qs, u"room number"_qs, u"zimmer"_qs, u"zimmernummer"_qs,
                              u"pokoj"_qs, u"numer pokoju"_qs, u"nr pokoju"_qs},
         .listWidth = 16,
         .wholeLines = true},
        {.field = Field::Notes,
         .key = "notes",
         .label = QT_TRANSLATE_NOOP("Field", "Notes"),
         .column = "notes",
         .personText = &Person::notes,
         .participationText = &Participation::notes,
         .uses = ImportedWithParticipants | ImportedWithContacts | InParticipantsCsv |
                 InContactsCsv | ListColumn,
         .spreadsheetNames = {u"notes"_qs, u"note"_qs, u"comments"_qs, u"comment"_qs, u"remarks"_qs,
                              u"bemerkungen"_qs, u"bemerkung"_qs, u"anmerkungen"_qs, u"notizen"_qs,
                              u"kommentar"_qs, u"uwagi"_qs, u"uwaga"_qs, u"komentarz"_qs},
         .listWidth = 36},
        {.field = Field::ConsentPurpose,
         .key = "consent_purpose",
         .label = QT_TRANSLATE_NOOP("Field", "Purpose of consent"),
         .column = "consent_purpose",
         .personText = &Person::consentPurpose},
        {.field = Field::ConsentSource,
         .key = "consent_source",
         .label = QT_TRANSLATE_NOOP("Field", "Source of consent"),
         .column = "consent_source",
         .personText = &Person::consentSource},
    };
    return fields;
}

// `language` null: the window's.
QString dateTimeText(const QDateTime &moment, const DocumentLanguage *language, FieldStyle style)
{
    if (moment.isNull())
        return {};
    if (!language)
        return displayDateTime(moment);
    if (style == FieldStyle::Csv)
        return moment.toString(u"yyyy-MM-dd HH:mm"_qs);
    return language->date(moment.date()) % u' ' % language->time(moment.time());
}

QString text(Field field, const Person &person, const QString &organisation,
             const Participation *participation, const DocumentLanguage *language, FieldStyle style)
{
    if (field == Field::Name)
        return person.displayName();
    if (field == Field::Organisation)
        return organisation;
    const FieldDescription &description = describe(field);
    if (participation && description.participationMoment)
        return dateTimeText(participation->*description.participationMoment, language, style);
    if (participation && description.participationText) {
        const QString &value = participation->*description.participationText;
        if (!description.vocabulary)
            return value;
        return language ? vocabularyLabel(*description.vocabulary, value, *language)
                        : vocabularyLabel(*description.vocabulary, value);
    }
    if (description.personText)
        return person.*description.personText;
    return {};
}

} // namespace

const QList<FieldDescription> &fieldDescriptions()
{
    return descriptions();
}

const FieldDescription &describe(Field field)
{
    const QList<FieldDescription> &all = descriptions();
    return *std::find_if(all.cbegin(), all.cend(), [field](const FieldDescription &description) {
        return description.field == field;
    });
}

QList<Field> fieldsWith(FieldUse use)
{
    QList<Field> fields;
    for (const FieldDescription &description : descriptions()) {
        if (description.uses.testFlag(use))
            fields.append(description.field);
    }
    return fields;
}

QString fieldKey(Field field)
{
    return QLatin1String(describe(field).key);
}

std::optional<Field> fieldFromKey(const QString &key)
{
    for (const FieldDescription &description : descriptions()) {
        if (key == QLatin1String(description.key))
            return description.field;
    }
    return std::nullopt;
}

QStringList fieldKeys(FieldUse use)
{
    QStringList keys;
    for (Field field : fieldsWith(use))
        keys.append(fieldKey(field));
    return keys;
}

QString fieldLabel(Field field)
{
    return QCoreApplication::translate(context, describe(field).label);
}

QString fieldLabel(Field field, const DocumentLanguage &language)
{
    return language.translate(context, describe(field).label);
}

QList<const FieldDescription *> personTextColumns()
{
    QList<const FieldDescription *> columns;
    for (const FieldDescription &description : descriptions()) {
        if (description.column && description.personText)
            columns.append(&description);
    }
    return columns;
}

QList<const FieldDescription *> participationColumns()
{
    QList<const FieldDescription *> columns;
    for (const FieldDescription &description : descriptions()) {
        if (description.column &&
            (description.participationText || description.participationMoment))
            columns.append(&description);
    }
    return columns;
}

QString fieldText(Field field, const Person &person, const QString &organisation,
                  const Participation *participation)
{
    return text(field, person, organisation, participation, nullptr, FieldStyle::Document);
}

QString fieldText(Field field, const Person &person, const QString &organisation,
                  const Participation *participation, const DocumentLanguage &language,
                  FieldStyle style)
{
    return text(field, person, organisation, participation, &language, style);
}

} // namespace ep
