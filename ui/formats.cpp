#include "formats.h"

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
    return QLocale().timeFormat(QLocale::ShortFormat);
}

} // namespace ep
