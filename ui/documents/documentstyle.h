#pragma once

#include "documents/textbox.h"

#include <QColor>
#include <QFont>

namespace ep {

class DocumentLanguage;

// The look shared by every printed document: DejaVu Sans (embedded in the
// program, so a PDF looks the same whatever fonts the machine has, and
// covers ąćęłńóśźż and äöüß), sizes in points, a restrained grey.
namespace documentstyle {

// Registers the embedded fonts once; safe to call again.
void registerFonts();

QFont body();    // 9.5 pt
QFont bold();    // body, bold
QFont italic();  // body, italic: a text shown in another language than asked
QFont small();   // 8 pt
QFont heading(); // 12.5 pt bold: a day of the agenda
QFont title();   // 17 pt bold: the event's title

inline const QColor grey{0x55, 0x5b, 0x63};
inline const QColor rule{0x9a, 0xa0, 0xa6};
inline const QColor headerFill{0xe8, 0xec, 0xf0};

} // namespace documentstyle
} // namespace ep
