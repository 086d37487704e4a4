#include "domain/publicholidays.h"

#include <algorithm>

namespace ep {

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<PublicHoliday> publicHolidays(int year)
{
    const QDate easter = easterSunday(year);
    const auto on = [year](int month, int day) {
        return QDate(year, month, day);
    };
    QList<PublicHoliday> days{
        {on(1, 1), u"DE"_qs, u"Neujahr"_qs},
        {easter.addDays(-2), u"DE"_qs, u"Karfreitag"_qs},
        {easter.addDays(1), u"DE"_qs, u"Ostermontag"_qs},
        {on(5, 1), u"DE"_qs, u"Tag der Arbeit"_qs},
        {easter.addDays(39), u"DE"_qs, u"Christi Himmelfahrt"_qs},
        {easter.addDays(50), u"DE"_qs, u"Pfingstmontag"_qs},
        {easter.addDays(60), u"DE"_qs, u"Fronleichnam"_qs},
        {on(10, 3), u"DE"_qs, u"Tag der Deutschen Einheit"_qs},
        {on(11, 1), u"DE"_qs, u"Allerheiligen"_qs},
        {on(12, 25), u"DE"_qs, u"1. Weihnachtstag"_qs},
        {on(12, 26), u"DE"_qs, u"2. Weihnachtstag"_qs},
        {on(1, 1), u"PL"_qs, u"Nowy Rok"_qs},
        {on(1, 6), u"PL"_qs, u"Święto Trzech Króli"_qs},
        {easter, u"PL"_qs, u"Wielkanoc"_qs},
        {easter.addDays(1), u"PL"_qs, u"Poniedziałek Wielkanocny"_qs},
        {on(5, 1), u"PL"_qs, u"Święto Pracy"_qs},
        {on(5, 3), u"PL"_qs, u"Święto Konstytucji 3 Maja"_qs},
        {easter.addDays(49), u"PL"_qs, u"Zielone Świątki"_qs},
        {easter.addDays(60), u"PL"_qs, u"Boże Ciało"_qs},
        {on(8, 15), u"PL"_qs, u"Wniebowzięcie Najświętszej Maryi Panny"_qs},
        {on(11, 1), u"PL"_qs, u"Wszystkich Świętych"_qs},
        {on(11, 11), u"PL"_qs, u"Narodowe Święto Niepodległości"_qs},
        {on(12, 25), u"PL"_qs, u"Boże Narodzenie"_qs},
        {on(12, 26), u"PL"_qs, u"Drugi dzień Bożego Narodzenia"_qs},
    };
    if (year >= 2025)
        days.append({on(12, 24), u"PL"_qs, u"Wigilia Bożego Narodzenia"_qs});
    std::stable_sort(days.begin(), days.end(),
                     [](const PublicHoliday &a, const PublicHoliday &b) { return a.day < b.day; });
    return days;
}

} // namespace ep
