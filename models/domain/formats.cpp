#include "domain/formats.h"

#include <QLocale>
#include <QRegularExpression>

namespace ep {
namespace {

QString withFullYear(QString format)
{
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QRegularExpression(QStringLiteral("y+")), QStringLiteral("yyyy"));
    return format;
}

} // namespace

QString dateFormat()
{
    return withFullYear(QLocale().dateFormat(QLocale::ShortFormat));
}

QString dateTimeFormat()
{
    return dateFormat() % u' ' % timeFormat();
}

QString timeFormat()
{
    // German, Polish and British English all write 24-hour times.
    return QStringLiteral("HH:mm");
}

QString displayDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, dateFormat()) : QString();
}

QString displayDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QLocale().toString(dateTime, dateTimeFormat()) : QString();
}

QString displayTime(QTime time)
{
    return time.isValid() ? QLocale().toString(time, timeFormat()) : QString();
}

} // namespace ep
