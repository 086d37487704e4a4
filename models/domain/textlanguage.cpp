#include "domain/textlanguage.h"

#include <QRegularExpression>
#include <QSet>

namespace ep {
namespace {

int countOf(QStringView text, QStringView letters)
{
    int count = 0;
    for (QChar character : text)
        count += letters.contains(character.toLower()) ? 1 : 0;
    return count;
}

const QSet<QString> &wordsOf(Language language)
{
    static const QSet<QString> german{
        u"der"_qs,  u"die"_qs,   u"das"_qs,     u"und"_qs,          u"am"_qs,        u"im"_qs,
        u"vor"_qs,  u"zum"_qs,   u"zur"_qs,     u"bei"_qs,          u"beim"_qs,      u"mit"_qs,
        u"dem"_qs,  u"den"_qs,   u"eingang"_qs, u"haupteingang"_qs, u"parkplatz"_qs, u"raum"_qs,
        u"saal"_qs, u"halle"_qs, u"tor"_qs};
    static const QSet<QString> polish{u"przy"_qs,    u"przed"_qs, u"na"_qs,      u"w"_qs,
                                      u"i"_qs,       u"od"_qs,    u"do"_qs,      u"ul"_qs,
                                      u"sala"_qs,    u"brama"_qs, u"parking"_qs, u"hol"_qs,
                                      u"wejście"_qs, u"główne"_qs};
    static const QSet<QString> english{u"the"_qs,   u"at"_qs,    u"of"_qs,       u"and"_qs,
                                       u"front"_qs, u"main"_qs,  u"entrance"_qs, u"gate"_qs,
                                       u"room"_qs,  u"hall"_qs,  u"car"_qs,      u"park"_qs,
                                       u"lobby"_qs, u"floor"_qs, u"stop"_qs};
    switch (language) {
    case Language::German:
        return german;
    case Language::Polish:
        return polish;
    case Language::English:
        break;
    }
    return english;
}

// German for Polish and Polish for German.
Language other(Language language)
{
    return language == Language::German ? Language::Polish : Language::German;
}

} // namespace

std::optional<Language> languageByLetters(QStringView word)
{
    if (countOf(word, u"ąćęłńśźż") > 0)
        return Language::Polish;
    if (countOf(word, u"äöüß") > 0)
        return Language::German;
    return std::nullopt;
}

Language guessLanguage(const QString &text)
{
    // Each word counts for one language: by a letter only that language has
    // (languageByLetters()), else by being one of its most used small words. A
    // Polish place in a German sentence ("vor dem Muzeum Śląskie") counts
    // once against the sentence's words. A tie is English.
    static const QRegularExpression wordPattern(QStringLiteral("\\w+"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    int score[3] = {0, 0, 0};
    for (auto match = wordPattern.globalMatch(text.toLower()); match.hasNext();) {
        const QString word = match.next().captured();
        if (const std::optional<Language> byLetters = languageByLetters(word)) {
            ++score[int(*byLetters)];
            continue;
        }
        for (Language language : allLanguages)
            score[int(language)] += wordsOf(language).contains(word) ? 1 : 0;
    }
    Language best = Language::English;
    for (Language language : {Language::German, Language::Polish}) {
        if (score[int(language)] > score[int(best)] &&
            score[int(language)] > score[int(other(language))])
            best = language;
    }
    return best;
}

} // namespace ep
