#pragma once

#include "domain/language.h"

#include <QString>

#include <optional>

namespace ep {

// The language a short text such as a meeting point ("Treffpunkt in der
// Hotellobby", "Przystanek przy wejściu", "Main gate") is most likely written
// in: each word counts for German or Polish by a letter only that language
// has, else for a language whose most used small words it is among; the
// language with the most words wins. English where nothing tells (proper
// names, numbers) or on a tie, being the partnership's working language. For
// texts stored in one language before they were kept in three (schema
// version 6); a guess, which the officer corrects in the form.
Language guessLanguage(const QString &text);

// Polish for a word with a letter only Polish has among the three (ą ć ę ł
// ń ś ź ż), German for one with ä ö ü or ß; none otherwise.
std::optional<Language> languageByLetters(QStringView word);

} // namespace ep
