#pragma once

#include "domain/field.h"

#include <QString>

namespace ep {

struct AgendaItem;
struct Event;
struct LocalizedText;
struct Organisation;
struct Participation;
struct Person;
struct Site;
struct Topic;

// Whether a field keeps line breaks: notes, descriptions and addresses do,
// everything else (names, titles, emails …) is one line.
enum class TextLines
{
    One,
    Several
};

// `text` as it may be stored: without control characters, which a terminal
// runs (ESC starts its escape sequences), a calendar file may not carry and
// nobody types on purpose. A tab, and a line break where the field takes one
// line, become a space (a spreadsheet's cell pasted into a form keeps its
// words apart); a line break of a field with several lines stays as it came
// (LF, or CR LF from a spreadsheet: imported values come back exactly), a
// lone CR becoming LF; every other C0 character (U+0000–U+001F), DEL and the
// C1 characters (U+007F–U+009F, of which U+009B starts an escape sequence
// too) go. Text without any is returned as it is, without a copy.
QString cleanText(const QString &text, TextLines lines = TextLines::One);
LocalizedText cleanText(const LocalizedText &text, TextLines lines = TextLines::One);
bool hasControlCharacters(QStringView text);

// How many lines an imported field takes.
TextLines linesOf(Field field);

// The record with every text cleaned as its field allows: what a form hands
// on to be validated and saved.
Organisation withCleanText(Organisation organisation);
Person withCleanText(Person person);
Topic withCleanText(Topic topic);
Site withCleanText(Site site);
AgendaItem withCleanText(AgendaItem item);
Participation withCleanText(Participation participation);
// With its agenda items and participations.
Event withCleanText(Event event);

} // namespace ep
