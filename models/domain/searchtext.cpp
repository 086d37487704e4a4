#include "domain/searchtext.h"

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

enum class Umlauts
{
    Folded,
    Transliterated
};

// The German transliteration of an umlaut (ä → ae …), or empty.
QStringView germanSpelling(char16_t letter)
{
    switch (letter) {
    case 0x00E4: // ä
    case 0x00C4: // Ä
        return u"ae";
    case 0x00F6: // ö
    case 0x00D6: // Ö
        return u"oe";
    case 0x00FC: // ü
    case 0x00DC: // Ü
        return u"ue";
    default:
        return {};
    }
}

// Appends `part` folded to `text`, after a space when neither is empty:
// white space collapsed to single spaces and trimmed, letters through the
// table. Writes straight into `text`, without a string for each part: an
// import does this for every name of every row. Returns whether `part` holds
// an umlaut, whose German spelling searchTextOf() adds.
bool appendFolded(QString &text, QStringView part, Umlauts umlauts)
{
    static const LatinFolds folds;
    const qsizetype start = text.size();
    // Room for the separator and every character folded to one; a longer
    // fold (ß → ss, ¾ → 3⁄4) makes room for itself and for the rest.
    text.resize(start + 1 + part.size());
    QChar *data = text.data();
    qsizetype at = start;
    if (start > 0)
        data[at++] = u' ';
    const qsizetype wordStart = at;
    bool space = true; // no space at the start of the word
    bool umlaut = false;
    QString slowFold;
    for (qsizetype index = 0; index < part.size(); ++index) {
        const QChar c = part[index];
        const char16_t u = c.unicode();
        if (c.isSpace()) {
            if (!space)
                data[at++] = u' ';
            space = true;
            continue;
        }
        space = false;
        if (u < 0x80) {
            data[at++] = (u >= u'A' && u <= u'Z') ? QChar(u + 32) : c;
            continue;
        }
        QStringView expansion = germanSpelling(u);
        umlaut = umlaut || !expansion.isEmpty();
        if (expansion.isEmpty() || umlauts == Umlauts::Folded) {
            if (u < LatinFolds::count && folds.single[u] != LatinFolds::severalCharacters) {
                data[at++] = QChar(folds.single[u]);
                continue;
            }
            if (u < LatinFolds::count) {
                expansion = folds.several[u];
            } else {
                slowFold = foldSlowly(QString(c));
                expansion = slowFold;
            }
        }
        const qsizetype rest = part.size() - index - 1;
        if (at + expansion.size() + rest > text.size()) {
            text.resize(at + expansion.size() + rest);
            data = text.data();
        }
        for (QChar e : expansion)
            data[at++] = e;
    }
    if (at > wordStart && data[at - 1] == u' ')
        --at;
    if (at == wordStart) // nothing but spaces: no word, and no separator either
        at = start;
    text.truncate(at);
    return umlaut;
}

} // namespace

QString foldForSearch(const QString &text)
{
    QString folded;
    appendFolded(folded, text, Umlauts::Folded);
    return folded;
}

QString searchTextOf(const QStringList &parts)
{
    QString text;
    text.reserve(128);
    for (const QString &part : parts) {
        if (appendFolded(text, part, Umlauts::Folded))
            appendFolded(text, part, Umlauts::Transliterated);
    }
    return text;
}

QString foldedJoin(const QStringList &parts)
{
    QString text;
    for (const QString &part : parts)
        appendFolded(text, part, Umlauts::Folded);
    return text;
}

QStringList searchWords(const QString &typed)
{
    return foldForSearch(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace ep
