#include "documents/cellbreaks.h"

#include "documents/hyphenation.h"
#include "domain/textlanguage.h"

#include <QFontMetricsF>
#include <QRegularExpression>

namespace ep {
namespace {

constexpr QChar lineBreak = QChar::LineSeparator;

struct Break
{
    int position; // characters before the break
    bool hyphen;  // a hyphen is added before it
};

bool isAddress(const QString &word)
{
    return word.contains(u'@') || word.contains(u"://") || word.startsWith(u"www.");
}

QList<Break> breaksOf(const QString &word, Language language)
{
    QList<Break> breaks;
    if (isAddress(word)) {
        for (int index = 1; index < word.size(); ++index) {
            if (word[index] == u'@' || QStringView(u"./-_").contains(word[index - 1]))
                breaks.append({index, false});
        }
        return breaks;
    }
    // Each part between hyphens by its patterns, then after its hyphen.
    const Hyphenation &hyphenation = Hyphenation::of(languageByLetters(word).value_or(language));
    int start = 0;
    while (start < word.size()) {
        const int hyphen = int(word.indexOf(u'-', start));
        const int end = hyphen < 0 ? int(word.size()) : hyphen;
        // Letters only: "(RVR)" or "Straße," hyphenate as "RVR" and "Straße".
        static const QRegularExpression letters(QStringLiteral("\\p{L}+"));
        for (auto match = letters.globalMatch(QStringView(word).mid(start, end - start));
             match.hasNext();) {
            const auto letterRun = match.next();
            const int runStart = start + int(letterRun.capturedStart());
            for (int position : hyphenation.breaks(letterRun.captured()))
                breaks.append({runStart + position, true});
        }
        if (hyphen < 0)
            break;
        if (hyphen + 1 < word.size())
            breaks.append({hyphen + 1, false});
        start = hyphen + 1;
    }
    return breaks;
}

// `word` in parts that fit `width`, each as long as may be.
QString brokenWord(const QString &word, const QFontMetricsF &metrics, double width,
                   Language language, bool *fits)
{
    const QList<Break> breaks = breaksOf(word, language);
    QString result;
    int start = 0;
    while (metrics.horizontalAdvance(word.mid(start)) > width) {
        const Break *chosen = nullptr;
        for (const Break &candidate : breaks) {
            if (candidate.position <= start)
                continue;
            const QString part = word.mid(start, candidate.position - start) %
                                 (candidate.hyphen ? u"-"_qs : QString());
            if (metrics.horizontalAdvance(part) > width)
                break;
            chosen = &candidate;
        }
        if (!chosen) {
            *fits = false; // no place to break that fits: the layout breaks it anywhere
            break;
        }
        result += word.mid(start, chosen->position - start) %
                  (chosen->hyphen ? u"-"_qs : QString()) % lineBreak;
        start = chosen->position;
    }
    return result % QStringView(word).mid(start);
}

} // namespace

QString breakLongWords(const QString &text, const QFontMetricsF &metrics, double width,
                       Language language, bool *fits)
{
    bool allFit = true;
    QString result;
    qsizetype done = 0;
    static const QRegularExpression words(QStringLiteral("\\S+"));
    for (auto match = words.globalMatch(text); match.hasNext();) {
        const auto word = match.next();
        result += QStringView(text).mid(done, word.capturedStart() - done);
        result += metrics.horizontalAdvance(word.captured()) <= width
                      ? word.captured()
                      : brokenWord(word.captured(), metrics, width, language, &allFit);
        done = word.capturedEnd();
    }
    result += QStringView(text).mid(done);
    if (fits)
        *fits = allFit;
    return result;
}

} // namespace ep
