#include "export/vcardwriter.h"

#include <QStringList>

namespace ep {

namespace {

// RFC 2426 section 4: a backslash, a comma, a semicolon and a line break
// are escaped in text values; ";" then separates the parts of N, ADR and ORG.
QString escaped(const QString &text)
{
    QString value = text;
    value.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    value.replace(u'\r', u'\n');
    QString result;
    result.reserve(value.size());
    for (QChar c : value) {
        switch (c.unicode()) {
        case u'\\':
        case u',':
        case u';':
            result.append(u'\\');
            result.append(c);
            break;
        case u'\n':
            result.append(QStringLiteral("\\n"));
            break;
        default:
            result.append(c);
        }
    }
    return result;
}

QString structured(const QStringList &parts)
{
    QStringList escapedParts;
    for (const QString &part : parts)
        escapedParts.append(escaped(part.trimmed()));
    return escapedParts.join(u';');
}

// RFC 2426 section 2.6: a line longer than 75 octets continues on the next
// after CRLF and a space. Cutting only before a UTF-8 lead byte keeps every
// physical line valid UTF-8, which importers that decode before unfolding
// need.
QByteArray folded(const QByteArray &line)
{
    constexpr qsizetype maxOctets = 75;
    QByteArray result;
    qsizetype from = 0;
    qsizetype room = maxOctets;
    while (line.size() - from > room) {
        qsizetype cut = from + room;
        while (cut > from && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        result += line.mid(from, cut - from) + "\r\n ";
        from = cut;
        room = maxOctets - 1; // the leading space counts
    }
    return result + line.mid(from) + "\r\n";
}

void append(QByteArray &card, const QString &name, const QString &value)
{
    card += folded((name % u':' % value).toUtf8());
}

} // namespace

QByteArray contactCards(const QList<Person> &people, const QHash<int, Organisation> &organisations)
{
    QByteArray cards;
    for (const Person &person : people) {
        append(cards, QStringLiteral("BEGIN"), QStringLiteral("VCARD"));
        append(cards, QStringLiteral("VERSION"), QStringLiteral("3.0"));
        const QString displayName = person.displayName();
        append(cards, QStringLiteral("FN"),
               escaped(displayName.isEmpty() ? person.email.trimmed() : displayName));
        append(cards, QStringLiteral("N"),
               structured({person.lastName, person.firstName, {}, person.title, {}}));
        const auto organisation = organisations.constFind(person.organisationId);
        if (organisation != organisations.cend() && !organisation->name.trimmed().isEmpty())
            append(cards, QStringLiteral("ORG"), escaped(organisation->name.trimmed()));
        const QList<std::pair<QString, QString>> texts{
            {QStringLiteral("TITLE"), person.position},
            {QStringLiteral("EMAIL;TYPE=INTERNET"), person.email},
            {QStringLiteral("TEL;TYPE=WORK,VOICE"), person.phone}};
        for (const auto &[name, value] : texts) {
            if (!value.trimmed().isEmpty())
                append(cards, name, escaped(value.trimmed()));
        }
        const QStringList address{person.street, person.city, person.postalCode, person.country};
        if (!address.join(QString()).trimmed().isEmpty()) {
            append(
                cards, QStringLiteral("ADR;TYPE=WORK"),
                structured(
                    {{}, {}, person.street, person.city, {}, person.postalCode, person.country}));
        }
        append(cards, QStringLiteral("END"), QStringLiteral("VCARD"));
    }
    return cards;
}

} // namespace ep
