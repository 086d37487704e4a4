#include "searchtext.h"

#include <algorithm>
#include <array>

namespace ep {
namespace {

// Letters that have no canonical decomposition, so NFKD leaves them alone.
QString foldLetter(QChar letter)
{
    switch (letter.unicode()) {
    case 0x0141: // Ł
    case 0x0142: // ł
        return QStringLiteral("l");
    case 0x00DF: // ß
    case 0x1E9E: // ẞ
        return QStringLiteral("ss");
    case 0x00D8: // Ø
    case 0x00F8: // ø
        return QStringLiteral("o");
    case 0x00C6: // Æ
    case 0x00E6: // æ
        return QStringLiteral("ae");
    case 0x0110: // Đ
    case 0x0111: // đ
        return QStringLiteral("d");
    default:
        return QString(letter);
    }
}

QString germanTransliteration(const QString &text)
{
    QString result = text.toLower();
    result.replace(QChar(0x00E4), QStringLiteral("ae"));
    result.replace(QChar(0x00F6), QStringLiteral("oe"));
    result.replace(QChar(0x00FC), QStringLiteral("ue"));
    return foldForSearch(result);
}

// The slow, general fold of one piece of text: lower case, canonical
// decomposition, marks dropped, the undecomposable letters mapped.
QString foldSlowly(const QString &text)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded += foldLetter(c);
    }
    return folded;
}

// The fold of every character up to U+024F (Latin, with the Polish and
// German letters), worked out once: decomposing each name of an import of
// 100,000 rows anew cost more than writing the rows. Most fold to one
// character; the others (ß → ss, æ → ae, a lone mark → nothing) are kept
// as strings.
struct LatinFolds
{
    static constexpr char16_t count = 0x250;
    static constexpr char16_t severalCharacters = 0xFFFF;
    std::array<char16_t, count> single{};
    std::array<QString, count> several;

    LatinFolds()
    {
        for (char16_t code = 0; code < count; ++code) {
            const QString folded = foldSlowly(QString(QChar(code)));
            if (folded.size() == 1) {
                single[code] = folded.front().unicode();
            } else {
                single[code] = severalCharacters;
                several[code] = folded;
            }
        }
    }
};

// Appends `part` folded to `text` when it is plain ASCII (lower case, single
// spaces), without the table; false when it is not ASCII.
bool appendFoldedAscii(QString &text, QStringView part)
{
    if (!std::all_of(part.begin(), part.end(), [](QChar c) { return c.unicode() < 0x80; }))
        return false;
    const qsizetype start = text.size();
    text.resize(start + 1 + part.size());
    QChar *const begin = text.data() + start;
    QChar *out = begin;
    if (start > 0)
        *out++ = u' ';
    QChar *const wordStart = out;
    bool space = true; // no space at the start of the word
    for (QChar c : part) {
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'\t' || u == u'\n' || u == u'\r') {
            if (!space)
                *out++ = u' ';
            space = true;
        } else {
            *out++ = (u >= u'A' && u <= u'Z') ? QChar(u + 32) : c;
            space = false;
        }
    }
    if (out > wordStart && *(out - 1) == u' ')
        --out;
    if (out == wordStart) // nothing but spaces: no word, and no separator either
        out = begin;
    text.truncate(out - text.data());
    return true;
}

} // namespace

QString foldForSearch(const QString &text)
{
    static const LatinFolds folds;
    // Room for every character folded to one; a longer fold (ß → ss, ¾ → 3⁄4)
    // makes room for itself and for the rest of the text.
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    bool space = true; // no space at the start
    for (qsizetype index = 0; index < text.size(); ++index) {
        const QChar c = text[index];
        if (c.isSpace()) {
            if (!space)
                *out++ = u' ';
            space = true;
            continue;
        }
        space = false;
        const char16_t u = c.unicode();
        if (u < 0x80) {
            *out++ = (u >= u'A' && u <= u'Z') ? QChar(u + 32) : c;
            continue;
        }
        if (u < LatinFolds::count && folds.single[u] != LatinFolds::severalCharacters) {
            *out++ = QChar(folds.single[u]);
            continue;
        }
        const QString expansion = u < LatinFolds::count ? folds.several[u] : foldSlowly(QString(c));
        const qsizetype written = out - folded.data();
        const qsizetype rest = text.size() - index - 1;
        if (written + expansion.size() + rest > folded.size()) {
            folded.resize(written + expansion.size() + rest);
            out = folded.data() + written;
        }
        for (QChar e : expansion)
            *out++ = e;
    }
    if (out > folded.data() && *(out - 1) == u' ')
        --out;
    folded.truncate(out - folded.data());
    return folded;
}

QString searchTextOf(const QStringList &parts)
{
    // Written into one string: an import computes this for every row.
    QString text;
    text.reserve(128);
    for (const QString &part : parts) {
        if (appendFoldedAscii(text, part))
            continue;
        const QString folded = foldForSearch(part);
        QStringList words{folded};
        static const QString umlauts = QStringLiteral("äöüÄÖÜ");
        if (std::any_of(part.cbegin(), part.cend(), [](QChar c) { return umlauts.contains(c); }))
            words.append(germanTransliteration(part));
        for (const QString &word : std::as_const(words)) {
            if (word.isEmpty())
                continue;
            if (!text.isEmpty())
                text += u' ';
            text += word;
        }
    }
    return text;
}

QString foldedJoin(const QStringList &parts)
{
    QString text;
    for (const QString &part : parts) {
        if (appendFoldedAscii(text, part))
            continue;
        const QString folded = foldForSearch(part);
        if (folded.isEmpty())
            continue;
        if (!text.isEmpty())
            text += u' ';
        text += folded;
    }
    return text;
}

QStringList searchWords(const QString &typed)
{
    return foldForSearch(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace ep
