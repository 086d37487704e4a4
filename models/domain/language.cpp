#include "domain/language.h"

#include <QLocale>
#include <QRegularExpression>

namespace ep {

QString languageCode(Language language)
{
    switch (language) {
    case Language::German:
        return QStringLiteral("de");
    case Language::Polish:
        return QStringLiteral("pl");
    case Language::English:
        break;
    }
    return QStringLiteral("en");
}

std::optional<Language> firstLanguageIn(const QString &languages)
{
    static const QRegularExpression separators(QStringLiteral("[^A-Za-z]+"));
    for (const QString &code : languages.split(separators, Qt::SkipEmptyParts)) {
        if (const std::optional<Language> language = languageFromCode(code))
            return language;
    }
    return std::nullopt;
}

std::optional<Language> languageFromCode(const QString &code)
{
    for (Language language : allLanguages) {
        if (code.compare(languageCode(language), Qt::CaseInsensitive) == 0)
            return language;
    }
    return std::nullopt;
}

QString endonym(Language language)
{
    switch (language) {
    case Language::German:
        return QStringLiteral("Deutsch");
    case Language::Polish:
        return QStringLiteral("Polski");
    case Language::English:
        break;
    }
    return QStringLiteral("English");
}

QList<Language> fallbackOrder(Language wanted)
{
    QList<Language> order{wanted};
    for (Language language : {Language::English, Language::German, Language::Polish}) {
        if (language != wanted)
            order.append(language);
    }
    return order;
}

Language languageOfLocale()
{
    return languageOfLocale(QLocale());
}

Language languageOfLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::German:
        return Language::German;
    case QLocale::Polish:
        return Language::Polish;
    default:
        return Language::English;
    }
}

} // namespace ep
