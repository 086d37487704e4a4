#include "domain/texthygiene.h"

#include "domain/localizedtext.h"

#include <algorithm>

namespace ep {
namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// A control character the field keeps: a line break or a tab in a text of
// several lines.
bool isKept(char16_t c, TextLines lines)
{
    return lines == TextLines::Several && (c == u'\n' || c == u'\r' || c == u'\t');
}

} // namespace

bool hasControlCharacters(QStringView text, TextLines lines)
{
    return firstControlCharacter(text, lines) >= 0;
}

qsizetype firstControlCharacter(QStringView text, TextLines lines)
{
    const auto found = std::find_if(text.begin(), text.end(), [lines](QChar c) {
        return isControl(c.unicode()) && !isKept(c.unicode(), lines);
    });
    return found == text.end() ? -1 : qsizetype(found - text.begin());
}

QString printableText(const QString &text)
{
    if (firstControlCharacter(text, TextLines::One) < 0)
        return text;
    QString result = text;
    for (QChar &c : result) {
        if (isControl(c.unicode()))
            c = QChar::ReplacementCharacter;
    }
    return result;
}

QString cleanText(const QString &text, TextLines lines)
{
    if (!hasControlCharacters(text, lines))
        return text;
    const char16_t lineBreak = lines == TextLines::Several ? u'\n' : u' ';
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!isControl(c)) {
            result.append(QChar(c));
        } else if (c == u'\t') {
            result.append(lines == TextLines::Several ? u'\t' : u' ');
        } else if (c == u'\n') {
            result.append(QChar(lineBreak));
        } else if (c == u'\r') {
            const bool crlf = i + 1 < text.size() && text[i + 1] == u'\n';
            if (lines == TextLines::One)
                result.append(u' ');
            else
                result.append(crlf ? u"\r\n"_qs : u"\n"_qs);
            if (crlf)
                ++i; // CR LF is one break
        }
    }
    return result;
}

LocalizedText cleanText(const LocalizedText &text, TextLines lines)
{
    return {cleanText(text.de, lines), cleanText(text.pl, lines), cleanText(text.en, lines)};
}

TextLines linesOf(Field field)
{
    return field == Field::Notes || field == Field::Street ? TextLines::Several : TextLines::One;
}

} // namespace ep
