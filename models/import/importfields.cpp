#include "import/importfields.h"

#include "domain/documentlanguage.h"
#include "domain/searchtext.h"
#include "domain/vocabulary.h"

#include <QHash>
#include <QRegularExpression>

namespace ep {
namespace {

struct Alias
{
    ImportField field;
    QStringList names; // already normalized
};

// Column names, normalized (see ImportFields::normalized()).
const QList<Alias> &headerAliases()
{
    static const QList<Alias> aliases{
        {ImportField::Title,
         {u"title"_qs, u"academic title"_qs, u"titel"_qs, u"akademischer titel"_qs,
          u"akad titel"_qs, u"tytul"_qs, u"tytul naukowy"_qs, u"stopien naukowy"_qs}},
        {ImportField::FirstName,
         {u"first name"_qs, u"firstname"_qs, u"first"_qs, u"given name"_qs, u"given names"_qs,
          u"forename"_qs, u"name first"_qs, u"vorname"_qs, u"vornamen"_qs, u"rufname"_qs,
          u"imie"_qs, u"imiona"_qs}},
        {ImportField::LastName,
         {u"last name"_qs, u"lastname"_qs, u"surname"_qs, u"family name"_qs, u"name last"_qs,
          u"last"_qs, u"nachname"_qs, u"familienname"_qs, u"zuname"_qs, u"nazwisko"_qs}},
        {ImportField::FullName,
         {u"full name"_qs, u"fullname"_qs, u"name and surname"_qs, u"participant"_qs,
          u"participant name"_qs, u"attendee"_qs, u"attendee name"_qs, u"vollstandiger name"_qs,
          u"vor und nachname"_qs, u"vor und zuname"_qs, u"teilnehmer"_qs, u"teilnehmerin"_qs,
          u"teilnehmende"_qs, u"teilnehmer in"_qs, u"imie i nazwisko"_qs, u"imie nazwisko"_qs,
          u"uczestnik"_qs, u"uczestniczka"_qs}},
        {ImportField::Organisation,
         {u"organisation"_qs,
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
          u"jednostka"_qs}},
        {ImportField::Function,
         {u"function"_qs, u"position"_qs, u"job title"_qs, u"job"_qs, u"funktion"_qs,
          u"berufsbezeichnung"_qs, u"dienstbezeichnung"_qs, u"stanowisko"_qs, u"funkcja"_qs}},
        {ImportField::Email,
         {u"email"_qs, u"e mail"_qs, u"email address"_qs, u"e mail address"_qs, u"mail"_qs,
          u"emailadresse"_qs, u"e mail adresse"_qs, u"mailadresse"_qs, u"adres e mail"_qs,
          u"adres email"_qs, u"poczta e mail"_qs, u"e mail adres"_qs}},
        {ImportField::Phone,
         {u"phone"_qs, u"telephone"_qs, u"phone number"_qs, u"telephone number"_qs, u"mobile"_qs,
          u"mobile phone"_qs, u"cell"_qs, u"cell phone"_qs, u"tel"_qs, u"telefon"_qs,
          u"telefonnummer"_qs, u"handy"_qs, u"mobil"_qs, u"mobilnummer"_qs, u"numer telefonu"_qs,
          u"nr telefonu"_qs, u"telefon komorkowy"_qs, u"komorka"_qs}},
        {ImportField::Street,
         {u"street"_qs, u"address"_qs, u"street address"_qs, u"address line 1"_qs, u"strasse"_qs,
          u"adresse"_qs, u"anschrift"_qs, u"strasse und hausnummer"_qs, u"ulica"_qs, u"adres"_qs,
          u"ulica i numer"_qs}},
        {ImportField::PostalCode,
         {u"postal code"_qs, u"postcode"_qs, u"post code"_qs, u"zip"_qs, u"zip code"_qs, u"plz"_qs,
          u"postleitzahl"_qs, u"kod pocztowy"_qs}},
        {ImportField::City,
         {u"city"_qs, u"town"_qs, u"ort"_qs, u"stadt"_qs, u"wohnort"_qs, u"miejscowosc"_qs,
          u"miasto"_qs}},
        {ImportField::Country, {u"country"_qs, u"land"_qs, u"staat"_qs, u"kraj"_qs, u"panstwo"_qs}},
        {ImportField::Languages,
         {u"languages"_qs, u"languages spoken"_qs, u"sprachen"_qs, u"sprachkenntnisse"_qs,
          u"jezyki"_qs, u"znajomosc jezykow"_qs}},
        {ImportField::Delegation,
         {u"delegation"_qs, u"delegacja"_qs, u"region"_qs, u"sending organisation"_qs,
          u"entsendende organisation"_qs}},
        {ImportField::Role, {u"role"_qs, u"participant role"_qs, u"rolle"_qs, u"rola"_qs}},
        {ImportField::Status,
         {u"status"_qs, u"registration status"_qs, u"anmeldestatus"_qs, u"teilnahmestatus"_qs,
          u"status zgloszenia"_qs}},
        {ImportField::Arrival,
         {u"arrival"_qs, u"arrival date"_qs, u"arrival time"_qs, u"anreise"_qs, u"ankunft"_qs,
          u"anreisedatum"_qs, u"przyjazd"_qs, u"data przyjazdu"_qs}},
        {ImportField::Departure,
         {u"departure"_qs, u"departure date"_qs, u"departure time"_qs, u"abreise"_qs, u"abfahrt"_qs,
          u"abreisedatum"_qs, u"wyjazd"_qs, u"data wyjazdu"_qs}},
        {ImportField::DietaryNeeds,
         {u"dietary needs"_qs, u"dietary requirements"_qs, u"dietary restrictions"_qs, u"diet"_qs,
          u"food"_qs, u"food preferences"_qs, u"ernahrung"_qs, u"ernahrungsbedurfnisse"_qs,
          u"essenswunsche"_qs, u"essenswunsch"_qs, u"verpflegung"_qs, u"dieta"_qs,
          u"wymagania dietetyczne"_qs, u"potrzeby dietetyczne"_qs, u"preferencje zywieniowe"_qs}},
        {ImportField::AccessibilityNeeds,
         {u"accessibility needs"_qs, u"accessibility"_qs, u"accessibility requirements"_qs,
          u"special needs"_qs, u"barrierefreiheit"_qs, u"bedarf an barrierefreiheit"_qs,
          u"besondere bedurfnisse"_qs, u"szczegolne potrzeby"_qs, u"dostepnosc"_qs,
          u"potrzeby w zakresie dostepnosci"_qs}},
        {ImportField::Notes,
         {u"notes"_qs, u"note"_qs, u"comments"_qs, u"comment"_qs, u"remarks"_qs, u"bemerkungen"_qs,
          u"bemerkung"_qs, u"anmerkungen"_qs, u"notizen"_qs, u"kommentar"_qs, u"uwagi"_qs,
          u"uwaga"_qs, u"komentarz"_qs}},
    };
    return aliases;
}

// Role and status words, normalized, beside the codes and English labels.
const QHash<QString, QString> &roleWords()
{
    static const QHash<QString, QString> words{
        {u"delegierte"_qs, u"delegate"_qs},
        {u"delegierter"_qs, u"delegate"_qs},
        {u"delegationsmitglied"_qs, u"delegate"_qs},
        {u"teilnehmer"_qs, u"delegate"_qs},
        {u"teilnehmerin"_qs, u"delegate"_qs},
        {u"teilnehmende"_qs, u"delegate"_qs},
        {u"participant"_qs, u"delegate"_qs},
        {u"czlonek delegacji"_qs, u"delegate"_qs},
        {u"delegat"_qs, u"delegate"_qs},
        {u"uczestnik"_qs, u"delegate"_qs},
        {u"uczestniczka"_qs, u"delegate"_qs},
        {u"referent"_qs, u"speaker"_qs},
        {u"referentin"_qs, u"speaker"_qs},
        {u"vortragende"_qs, u"speaker"_qs},
        {u"vortragender"_qs, u"speaker"_qs},
        {u"redner"_qs, u"speaker"_qs},
        {u"rednerin"_qs, u"speaker"_qs},
        {u"prelegent"_qs, u"speaker"_qs},
        {u"prelegentka"_qs, u"speaker"_qs},
        {u"mowca"_qs, u"speaker"_qs},
        {u"gastgeber"_qs, u"host"_qs},
        {u"gastgeberin"_qs, u"host"_qs},
        {u"gastgebende"_qs, u"host"_qs},
        {u"gospodarz"_qs, u"host"_qs},
        {u"dolmetscher"_qs, u"interpreter"_qs},
        {u"dolmetscherin"_qs, u"interpreter"_qs},
        {u"dolmetschende"_qs, u"interpreter"_qs},
        {u"tlumacz"_qs, u"interpreter"_qs},
        {u"tlumaczka"_qs, u"interpreter"_qs},
        {u"organizer"_qs, u"organiser"_qs},
        {u"organisator"_qs, u"organiser"_qs},
        {u"organisatorin"_qs, u"organiser"_qs},
        {u"organisationsteam"_qs, u"organiser"_qs},
        {u"organizator"_qs, u"organiser"_qs},
        {u"organizatorka"_qs, u"organiser"_qs},
    };
    return words;
}

const QHash<QString, QString> &statusWords()
{
    static const QHash<QString, QString> words{
        {u"eingeladen"_qs, u"invited"_qs},
        {u"einladung"_qs, u"invited"_qs},
        {u"zaproszony"_qs, u"invited"_qs},
        {u"zaproszona"_qs, u"invited"_qs},
        {u"zaproszenie wyslane"_qs, u"invited"_qs},
        {u"angemeldet"_qs, u"registered"_qs},
        {u"anmeldung"_qs, u"registered"_qs},
        {u"zgloszony"_qs, u"registered"_qs},
        {u"zgloszona"_qs, u"registered"_qs},
        {u"zgloszenie udzialu"_qs, u"registered"_qs},
        {u"zarejestrowany"_qs, u"registered"_qs},
        {u"zarejestrowana"_qs, u"registered"_qs},
        {u"bestatigt"_qs, u"confirmed"_qs},
        {u"zugesagt"_qs, u"confirmed"_qs},
        {u"potwierdzony"_qs, u"confirmed"_qs},
        {u"potwierdzona"_qs, u"confirmed"_qs},
        {u"udzial potwierdzony"_qs, u"confirmed"_qs},
        {u"canceled"_qs, u"cancelled"_qs},
        {u"abgesagt"_qs, u"cancelled"_qs},
        {u"storniert"_qs, u"cancelled"_qs},
        {u"rezygnacja"_qs, u"cancelled"_qs},
        {u"odwolany"_qs, u"cancelled"_qs},
        {u"anulowany"_qs, u"cancelled"_qs},
        {u"teilgenommen"_qs, u"attended"_qs},
        {u"anwesend"_qs, u"attended"_qs},
        {u"obecnosc"_qs, u"attended"_qs},
        {u"obecny"_qs, u"attended"_qs},
        {u"obecna"_qs, u"attended"_qs},
        {u"no show"_qs, u"no_show"_qs},
        {u"noshow"_qs, u"no_show"_qs},
        {u"nicht erschienen"_qs, u"no_show"_qs},
        {u"nieobecnosc"_qs, u"no_show"_qs},
        {u"nieobecny"_qs, u"no_show"_qs},
        {u"nieobecna"_qs, u"no_show"_qs},
    };
    return words;
}

std::optional<QString> codeOf(Vocabulary vocabulary, const QHash<QString, QString> &words,
                              const QString &value)
{
    const QString folded = ImportFields::normalized(value);
    for (const QString &code : vocabularyCodes(vocabulary)) {
        if (folded == ImportFields::normalized(code) ||
            folded == ImportFields::normalized(vocabularyLabel(vocabulary, code))) {
            return code;
        }
    }
    if (words.contains(folded))
        return words.value(folded);
    return std::nullopt;
}

} // namespace

QList<ImportField> ImportFields::fieldsOf(ImportTarget target)
{
    QList<ImportField> fields{
        ImportField::Title,      ImportField::FirstName,    ImportField::LastName,
        ImportField::FullName,   ImportField::Organisation, ImportField::Function,
        ImportField::Email,      ImportField::Phone,        ImportField::Street,
        ImportField::PostalCode, ImportField::City,         ImportField::Country,
        ImportField::Languages};
    if (target == ImportTarget::Participants) {
        fields +=
            {ImportField::Delegation,        ImportField::Role,      ImportField::Status,
             ImportField::Arrival,           ImportField::Departure, ImportField::DietaryNeeds,
             ImportField::AccessibilityNeeds};
    }
    fields.append(ImportField::Notes);
    return fields;
}

const char *ImportFields::labelSource(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return QT_TR_NOOP("(not imported)");
    case ImportField::Title:
        //: a person's academic or professional title, e.g. "Dr.", "mgr inż."
        return QT_TR_NOOP("Title");
    case ImportField::FirstName:
        return QT_TR_NOOP("First name");
    case ImportField::LastName:
        return QT_TR_NOOP("Last name");
    case ImportField::FullName:
        return QT_TR_NOOP("Full name (first and last)");
    case ImportField::Organisation:
        return QT_TR_NOOP("Organisation");
    case ImportField::Function:
        return QT_TR_NOOP("Function");
    case ImportField::Email:
        return QT_TR_NOOP("Email");
    case ImportField::Phone:
        return QT_TR_NOOP("Phone");
    case ImportField::Street:
        return QT_TR_NOOP("Street");
    case ImportField::PostalCode:
        return QT_TR_NOOP("Postal code");
    case ImportField::City:
        return QT_TR_NOOP("City");
    case ImportField::Country:
        return QT_TR_NOOP("Country");
    case ImportField::Languages:
        return QT_TR_NOOP("Languages spoken");
    case ImportField::Delegation:
        return QT_TR_NOOP("Delegation");
    case ImportField::Role:
        return QT_TR_NOOP("Role");
    case ImportField::Status:
        //: the status of a participant (invited, registered, confirmed …)
        return QT_TR_NOOP("Status");
    case ImportField::Arrival:
        return QT_TR_NOOP("Arrival");
    case ImportField::Departure:
        return QT_TR_NOOP("Departure");
    case ImportField::DietaryNeeds:
        return QT_TR_NOOP("Dietary needs");
    case ImportField::AccessibilityNeeds:
        return QT_TR_NOOP("Accessibility needs");
    case ImportField::Notes:
        break;
    }
    return QT_TR_NOOP("Notes");
}

QString ImportFields::label(ImportField field)
{
    return tr(labelSource(field));
}

QString ImportFields::label(ImportField field, const DocumentLanguage &language)
{
    return language.translate("ImportFields", labelSource(field));
}

QString ImportFields::key(ImportField field)
{
    static const char *const keys[] = {"ignore",    "title",         "first_name",
                                       "last_name", "full_name",     "organisation",
                                       "function",  "email",         "phone",
                                       "street",    "postal_code",   "city",
                                       "country",   "languages",     "delegation",
                                       "role",      "status",        "arrival",
                                       "departure", "dietary_needs", "accessibility_needs",
                                       "notes"};
    return QLatin1String(keys[int(field)]);
}

std::optional<ImportField> ImportFields::fromKey(const QString &key)
{
    for (int i = 0; i <= int(ImportField::Notes); ++i) {
        if (ImportFields::key(ImportField(i)) == key)
            return ImportField(i);
    }
    return std::nullopt;
}

QString ImportFields::normalized(const QString &text)
{
    static const QRegularExpression parenthesised(QStringLiteral("\\([^)]*\\)"));
    QString result = foldForSearch(QString(text).remove(parenthesised));
    for (QChar &c : result) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return result.simplified();
}

ImportField ImportFields::fieldForHeader(const QString &header)
{
    const QString name = normalized(header);
    if (name.isEmpty())
        return ImportField::Ignore;
    for (const Alias &alias : headerAliases()) {
        if (alias.names.contains(name))
            return alias.field;
    }
    return ImportField::Ignore;
}

QList<ImportField> ImportFields::guessMapping(const QStringList &headers, ImportTarget target)
{
    const QList<ImportField> allowed = fieldsOf(target);
    QList<ImportField> mapping;
    for (const QString &header : headers) {
        const ImportField field = fieldForHeader(header);
        mapping.append(allowed.contains(field) ? field : ImportField::Ignore);
    }
    // "Name" alone: the last name beside a first-name column, else the full name.
    const bool hasFirstName = mapping.contains(ImportField::FirstName);
    for (int i = 0; i < headers.size(); ++i) {
        if (mapping[i] == ImportField::Ignore && normalized(headers[i]) == u"name")
            mapping[i] = hasFirstName ? ImportField::LastName : ImportField::FullName;
    }
    // A field taken by an earlier column is not taken again.
    QList<ImportField> taken;
    for (ImportField &field : mapping) {
        if (field == ImportField::Ignore)
            continue;
        if (taken.contains(field))
            field = ImportField::Ignore;
        else
            taken.append(field);
    }
    if (taken.contains(ImportField::LastName) && taken.contains(ImportField::FullName))
        mapping.replace(mapping.indexOf(ImportField::FullName), ImportField::Ignore);
    return mapping;
}

std::optional<QString> ImportFields::roleCode(const QString &value)
{
    return codeOf(Vocabulary::ParticipantRole, roleWords(), value);
}

std::optional<QString> ImportFields::statusCode(const QString &value)
{
    return codeOf(Vocabulary::ParticipantStatus, statusWords(), value);
}

} // namespace ep
