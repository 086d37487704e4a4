#pragma once

class QWidget;

// Alt and a letter go to one field or button of a window. A translation
// puts letters where its words have them, and a form beside the window's
// own buttons ("&Straße", "&Speichern") can give two the same; each text
// below keeps its translator's letter where it is free and otherwise takes
// another of its own — a word's first letter first — as KDE's accelerator
// manager does. A label whose field forwards the focus is pointed at the
// field's first stop: QLabel moves the focus only to a buddy that takes it.
namespace ep::mnemonics {

// Settles the letters of the labels and buttons shown in `window`: the
// fields' labels first, then the buttons (most of them have a key besides:
// Enter, Escape, Ctrl+S), each in the order made. A text none of whose
// letters is free shows none. A main window's menus too: there every entry
// gets a letter (an area's name, a language's), unique in its menu.
void settle(QWidget *window);

// Settles every window shortly after a widget in it is shown and after a
// change of language. Once per application; idempotent.
void install();

} // namespace ep::mnemonics
