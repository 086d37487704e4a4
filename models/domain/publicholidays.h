#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace ep {

// A public holiday on which offices in one of the partner regions are
// closed, named as its country names it ("Fronleichnam", "Boże Ciało").
struct PublicHoliday
{
    QDate day;
    QString country; // "DE" or "PL"
    QString name;
};

// The public holidays of Germany — the nationwide ones and those of
// North Rhine-Westphalia, the Ruhr's state (Corpus Christi, All Saints' Day)
// — and of Poland (with Christmas Eve from 2025 on) in `year`; by date.
QList<PublicHoliday> publicHolidays(int year);

// Easter Sunday of `year` in the Gregorian calendar (the anonymous
// algorithm of 1876), from which the movable feasts are counted.
QDate easterSunday(int year);

} // namespace ep
