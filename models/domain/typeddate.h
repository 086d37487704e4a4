#pragma once

#include <QDate>
#include <QLocale>
#include <QStringView>

#include <optional>

namespace ep {

// A date as a person types it in `locale`'s language:
// - the locale's order of day, month and year, with ".", "/", "-" or spaces
//   between: "10.06.2027" and "10.6.27" in German, "10/06/2027" in British
//   English, "06/10/2027" in American English;
// - ISO 8601, "2027-06-10", in every language;
// - the digits alone, in the locale's order: "10062027", "100627";
// - day and month alone, "10.06", in the year of `reference`;
// - the locale's long form, "10. Juni 2027", "10 czerwca 2027".
// A two-digit year is the one nearest to `reference`'s ("27" is 2027 in
// 2026). Empty for text that names no date, and for impossible ones ("31.02.2027").
std::optional<QDate> parseTypedDate(QStringView text, const QLocale &locale, QDate reference);

} // namespace ep
