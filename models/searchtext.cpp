#include "searchtext.h"

#include <algorithm>

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

} // namespace

QString foldForSearch(const QString &text)
{
    // Most text (emails, many names) is plain ASCII: no decomposition needed.
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toLower().simplified();
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded += foldLetter(c);
    }
    return folded.simplified();
}

QString searchTextOf(const QStringList &parts)
{
    QStringList words;
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        const QString folded = foldForSearch(part);
        words.append(folded);
        static const QString umlauts = QStringLiteral("äöüÄÖÜ");
        const bool hasUmlaut =
            std::any_of(part.cbegin(), part.cend(), [](QChar c) { return umlauts.contains(c); });
        if (hasUmlaut)
            words.append(germanTransliteration(part));
    }
    return words.join(QLatin1Char(' '));
}

QStringList searchWords(const QString &typed)
{
    return foldForSearch(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace ep
