#include "domain/person.h"

#include <QStringList>

namespace ep {

QString Person::displayName() const
{
    QStringList parts;
    for (const QString &part : {title, firstName, lastName}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace ep
