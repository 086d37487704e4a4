#include "import/importfields.h"

#include "domain/searchtext.h"
#include "domain/vocabulary.h"

#include <QHash>
#include <QRegularExpression>

namespace ep {
namespace {

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
        {u"waiting list"_qs, u"waitlisted"_qs},
        {u"waitlist"_qs, u"waitlisted"_qs},
        {u"warteliste"_qs, u"waitlisted"_qs},
        {u"lista rezerwowa"_qs, u"waitlisted"_qs},
        {u"lista oczekujacych"_qs, u"waitlisted"_qs},
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
        // The words of ticketing tools' exports (pretix, Eventbrite) in
        // their English, German and Polish: a paid or "attending" ticket is
        // a confirmed place, one awaiting payment a registration, a checked-in
        // one attendance.
        {u"paid"_qs, u"confirmed"_qs},
        {u"bezahlt"_qs, u"confirmed"_qs},
        {u"oplacone"_qs, u"confirmed"_qs},
        {u"oplacony"_qs, u"confirmed"_qs},
        {u"attending"_qs, u"confirmed"_qs},
        {u"approved"_qs, u"confirmed"_qs},
        {u"pending"_qs, u"registered"_qs},
        {u"pending payment"_qs, u"registered"_qs},
        {u"awaiting payment"_qs, u"registered"_qs},
        {u"ausstehend"_qs, u"registered"_qs},
        {u"oczekujace"_qs, u"registered"_qs},
        {u"oczekujacy"_qs, u"registered"_qs},
        {u"not attending"_qs, u"cancelled"_qs},
        {u"expired"_qs, u"cancelled"_qs},
        {u"abgelaufen"_qs, u"cancelled"_qs},
        {u"wygasle"_qs, u"cancelled"_qs},
        {u"refunded"_qs, u"cancelled"_qs},
        {u"erstattet"_qs, u"cancelled"_qs},
        {u"anulowane"_qs, u"cancelled"_qs},
        {u"checked in"_qs, u"attended"_qs},
        {u"eingecheckt"_qs, u"attended"_qs},
        {u"zameldowany"_qs, u"attended"_qs},
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

QList<Field> ImportFields::fieldsOf(ImportTarget target)
{
    return fieldsWith(target == ImportTarget::Participants ? FieldUse::ImportedWithParticipants
                                                           : FieldUse::ImportedWithContacts);
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

Field ImportFields::fieldForHeader(const QString &header)
{
    const QString name = normalized(header);
    if (name.isEmpty())
        return Field::Ignore;
    for (const FieldDescription &description : fieldDescriptions()) {
        if (description.spreadsheetNames.contains(name))
            return description.field;
    }
    return Field::Ignore;
}

QList<Field> ImportFields::guessMapping(const QStringList &headers, ImportTarget target)
{
    const QList<Field> allowed = fieldsOf(target);
    QList<Field> mapping;
    for (const QString &header : headers) {
        const Field field = fieldForHeader(header);
        mapping.append(allowed.contains(field) ? field : Field::Ignore);
    }
    // "Name" alone: the last name beside a first-name column, else the full name.
    const bool hasFirstName = mapping.contains(Field::FirstName);
    for (int i = 0; i < headers.size(); ++i) {
        if (mapping[i] == Field::Ignore && normalized(headers[i]) == u"name")
            mapping[i] = hasFirstName ? Field::LastName : Field::FullName;
    }
    // A field taken by an earlier column is not taken again.
    QList<Field> taken;
    for (Field &field : mapping) {
        if (field == Field::Ignore)
            continue;
        if (taken.contains(field))
            field = Field::Ignore;
        else
            taken.append(field);
    }
    if (taken.contains(Field::LastName) && taken.contains(Field::FullName))
        mapping.replace(mapping.indexOf(Field::FullName), Field::Ignore);
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
