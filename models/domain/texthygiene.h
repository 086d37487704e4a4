#pragma once

#include "domain/field.h"

#include <QString>

namespace ep {

struct LocalizedText;

// Whether a field keeps line breaks: notes, descriptions and addresses do,
// everything else (names, titles, emails …) is one line.
enum class TextLines
{
    One,
    Several
};

// `text` as it may be stored: without control characters, which a terminal
// runs (ESC starts its escape sequences), a calendar file may not carry and
// nobody types on purpose. In a field of one line a tab or a line break
// becomes a space (a spreadsheet's cell pasted into it keeps its words
// apart); a field of several lines keeps its tabs and line breaks as they
// came (LF, or CR LF from a spreadsheet: imported values come back
// exactly). Every other C0 character (U+0000–U+001F), DEL and the C1
// characters (U+007F–U+009F, of which U+009B starts an escape sequence too)
// go. Text without any is returned as it is, without a copy.
QString cleanText(const QString &text, TextLines lines = TextLines::One);
LocalizedText cleanText(const LocalizedText &text, TextLines lines = TextLines::One);
// Whether `text` holds a control character that cleanText() would change.
bool hasControlCharacters(QStringView text, TextLines lines = TextLines::One);
// Where the first of them is; -1 when there is none.
qsizetype firstControlCharacter(QStringView text, TextLines lines = TextLines::One);
// `text` for a terminal: each control character, line breaks and tabs too,
// shown as U+FFFD (�) instead of being run. For stored text written before
// control characters were kept out.
QString printableText(const QString &text);

// How many lines an imported field takes.
TextLines linesOf(Field field);

} // namespace ep
