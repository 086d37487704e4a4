#include "domain/localizedtext.h"

namespace ep {

QString &LocalizedText::operator[](Language language)
{
    switch (language) {
    case Language::German:
        return de;
    case Language::Polish:
        return pl;
    case Language::English:
        break;
    }
    return en;
}

const QString &LocalizedText::operator[](Language language) const
{
    return const_cast<LocalizedText &>(*this)[language];
}

QString LocalizedText::text(Language wanted, Language *used) const
{
    for (Language language : fallbackOrder(wanted)) {
        const QString &candidate = (*this)[language];
        if (!candidate.isEmpty()) {
            if (used)
                *used = language;
            return candidate;
        }
    }
    if (used)
        *used = wanted;
    return {};
}

QList<Language> LocalizedText::missingLanguages() const
{
    QList<Language> missing;
    for (Language language : allLanguages) {
        if ((*this)[language].isEmpty())
            missing.append(language);
    }
    return missing;
}

} // namespace ep
