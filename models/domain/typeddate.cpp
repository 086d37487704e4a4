#include "domain/typeddate.h"

#include <QRegularExpression>
#include <QStringList>

#include <array>

namespace ep {
namespace {

enum class Part
{
    Day,
    Month,
    Year
};
using Order = std::array<Part, 3>;

// The order of day, month and year in the locale's short date format.
Order orderOf(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype day = format.indexOf(u'd');
    const qsizetype month = format.indexOf(u'M');
    const qsizetype year = format.indexOf(u'y');
    if (year >= 0 && year < day && year < month)
        return {Part::Year, Part::Month, Part::Day};
    if (month >= 0 && month < day)
        return {Part::Month, Part::Day, Part::Year};
    return {Part::Day, Part::Month, Part::Year};
}

// `year` as typed: four digits as they are, fewer in the century that
// brings it nearest to `reference`.
int fullYear(int year, int digits, QDate reference)
{
    if (digits > 2)
        return year;
    const int base = reference.isValid() ? reference.year() : QDate::currentDate().year();
    int candidate = base - base % 100 + year;
    if (candidate > base + 50)
        candidate -= 100;
    else if (candidate < base - 50)
        candidate += 100;
    return candidate;
}

std::optional<QDate> validDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

// Three numbers in `order`: day and month of one or two digits, the year
// of two or four.
std::optional<QDate> fromParts(const QStringList &parts, const Order &order, QDate reference)
{
    int day = 0;
    int month = 0;
    int year = 0;
    for (int index = 0; index < 3; ++index) {
        const QString &digits = parts[index];
        const int value = digits.toInt();
        switch (order[index]) {
        case Part::Day:
        case Part::Month:
            if (digits.size() > 2)
                return std::nullopt;
            (order[index] == Part::Day ? day : month) = value;
            break;
        case Part::Year:
            if (digits.size() != 2 && digits.size() != 4)
                return std::nullopt;
            year = fullYear(value, int(digits.size()), reference);
            break;
        }
    }
    return validDate(year, month, day);
}

// "10062027" or "100627": the digits cut into the locale's parts.
std::optional<QDate> fromDigits(const QString &digits, const Order &order, QDate reference)
{
    const qsizetype yearDigits = digits.size() - 4;
    if (yearDigits != 2 && yearDigits != 4)
        return std::nullopt;
    QStringList parts;
    qsizetype at = 0;
    for (Part part : order) {
        const qsizetype length = part == Part::Year ? yearDigits : 2;
        parts.append(digits.mid(at, length));
        at += length;
    }
    return fromParts(parts, order, reference);
}

} // namespace

std::optional<QDate> parseTypedDate(QStringView text, const QLocale &locale, QDate reference)
{
    const QString written = text.trimmed().toString();
    // A weekday before the date, as the agenda's day shows it ("Mittwoch, 10.07.2019").
    static const QRegularExpression weekday(QStringLiteral("^\\p{L}+,\\s*(?=\\d)"));
    const QString typed = QString(written).remove(weekday);
    if (typed.isEmpty())
        return std::nullopt;
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const QRegularExpressionMatch match = iso.match(typed); match.hasMatch())
        return validDate(match.captured(1).toInt(), match.captured(2).toInt(),
                         match.captured(3).toInt());
    const Order order = orderOf(locale);
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d+$"));
    if (digitsOnly.match(typed).hasMatch())
        return fromDigits(typed, order, reference);
    // Numbers between separators; a trailing one as in "10.06." is allowed.
    static const QRegularExpression numeric(QStringLiteral("^\\d+([./\\-\\s]+\\d+){1,2}[.]?$"));
    if (numeric.match(typed).hasMatch()) {
        static const QRegularExpression separators(QStringLiteral("[./\\-\\s]+"));
        QStringList parts = typed.split(separators, Qt::SkipEmptyParts);
        if (parts.size() == 2) {
            // Day and month in the locale's order, in the year of the reference.
            const QDate base = reference.isValid() ? reference : QDate::currentDate();
            parts.append(QString::number(base.year()));
            const Order dayMonth = order[0] == Part::Day
                                       ? Order{Part::Day, Part::Month, Part::Year}
                                       : Order{Part::Month, Part::Day, Part::Year};
            return fromParts(parts, dayMonth, reference);
        }
        return fromParts(parts, order, reference);
    }
    // The locale's own words: "10. Juni 2027", "10 czerwca 2027".
    for (QLocale::FormatType type : {QLocale::LongFormat, QLocale::ShortFormat}) {
        const QDate date = locale.toDate(written, locale.dateFormat(type));
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

} // namespace ep
