#include "domain/site.h"

#include <QStringList>

namespace ep {

QString Site::address() const
{
    const QString place = QStringList{postalCode, city}.join(QLatin1Char(' ')).trimmed();
    QStringList parts;
    for (const QString &part : {street.trimmed(), place}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

bool Site::opensOn(QDate day) const
{
    return openingDays.isEmpty() || openingDays.contains(QString::number(day.dayOfWeek()));
}

} // namespace ep
