#include "import/importdates.h"

#include "domain/wallclock.h"

#include <QStringView>

namespace ep {
namespace {

// The number made of the digits 0-9 text[from, to), or -1.
int digitsAt(QStringView text, qsizetype from, qsizetype to)
{
    if (from >= to || to > text.size() || to - from > 4)
        return -1;
    int value = 0;
    for (qsizetype i = from; i < to; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The index of `c` in `text` from `from` on, or -1. A plain loop: dates are
// a few characters long, and QStringView::indexOf() costs more in setting up
// its vectorised search than this loop in all.
qsizetype find(QStringView text, char16_t c, qsizetype from = 0)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text[i].unicode() == c)
            return i;
    }
    return -1;
}

// A date as spreadsheets write it: 2019-07-08, 08.07.2019, 8.7.2019,
// 08/07/2019 (day first, as in Europe).
QDate parseDate(QStringView text)
{
    // digitsAt() gives -1 for what is not a number, and -1 would be a valid
    // year (1 BC) to QDate.
    const auto date = [](int year, int month, int day) {
        return year > 0 && month > 0 && day > 0 ? QDate(year, month, day) : QDate();
    };
    const qsizetype first = find(text, u'-');
    if (first == 4) {
        const qsizetype second = find(text, u'-', 5);
        return date(digitsAt(text, 0, 4), digitsAt(text, 5, second),
                    digitsAt(text, second + 1, text.size()));
    }
    for (char16_t separator : {u'.', u'/'}) {
        const qsizetype day = find(text, separator);
        const qsizetype month = day < 0 ? -1 : find(text, separator, day + 1);
        if (day > 0 && month > day && text.size() - month - 1 == 4)
            return date(digitsAt(text, month + 1, text.size()), digitsAt(text, day + 1, month),
                        digitsAt(text, 0, day));
    }
    return {};
}

} // namespace

// Parsed by hand: an import reads a date once a row, and
// QDateTime::fromString costs as much as the database's insert.
QDateTime parseSpreadsheetDateTime(const QString &text)
{
    const QStringView trimmed = QStringView(text).trimmed();
    qsizetype split = find(trimmed, u'T');
    if (split < 0)
        split = find(trimmed, u' ');
    const QDate date = parseDate(split < 0 ? trimmed : trimmed.first(split));
    QTime time(0, 0);
    if (split >= 0) {
        const QStringView clock = trimmed.mid(split + 1).trimmed();
        const qsizetype colon = find(clock, u':');
        const qsizetype seconds = colon < 0 ? -1 : find(clock, u':', colon + 1);
        const qsizetype minutesEnd = seconds < 0 ? clock.size() : seconds;
        time = QTime(digitsAt(clock, 0, colon), digitsAt(clock, colon + 1, minutesEnd));
        if (colon < 0 || minutesEnd - colon != 3 ||
            (seconds >= 0 && digitsAt(clock, seconds + 1, clock.size()) < 0)) {
            time = QTime();
        }
    }
    if (!date.isValid() || !time.isValid())
        return {};
    return wallClock(date, time);
}

} // namespace ep
