#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace ep {

// The three languages a delegation reads. Content (titles, descriptions,
// agenda items, topic and site names) is kept in each of them.
enum class Language
{
    German,
    Polish,
    English
};

inline constexpr Language allLanguages[] = {Language::German, Language::Polish, Language::English};

// "de", "pl", "en": the codes used in column names, files and the command line.
QString languageCode(Language language);
std::optional<Language> languageFromCode(const QString &code);

// The first of the codes in `languages` ("pl, en", "DE/PL") that is one of
// the three, e.g. the language a person reads; none when none is.
std::optional<Language> firstLanguageIn(const QString &languages);

// The language's name in itself: "Deutsch", "Polski", "English". Where a
// user picks a language, whoever cannot read the current one finds their own.
QString endonym(Language language);

// The order in which a missing translation is replaced: the wanted language,
// then English (the partnership's working language), then German, then Polish.
QList<Language> fallbackOrder(Language wanted);

// de or pl when the default locale (the user's, or the language chosen in
// the application) is one of them, else en.
Language languageOfLocale();
// The same for any locale.
Language languageOfLocale(const QLocale &locale);

} // namespace ep
