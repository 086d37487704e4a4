#pragma once

class QAbstractItemView;

// Where Tab stops, and that the focus is seen there (issue 18).
//
// Lists, tables and the calendar's grids: Tab leaves a view for the next
// control (the arrows move in it), so no view holds Tab. A view reached by
// the keyboard without a current item makes its first item current — the
// focus frame is drawn on the current item — and a view with no item at all
// (an empty list of problems) draws a focus frame around its inside.
//
// A scroll area around fields (a dialog's content, the main window's when
// small) is no stop of its own: it showed nothing while holding the focus.
namespace ep::keyboardfocus {

// Sets up `view` as described; idempotent.
void prepare(QAbstractItemView *view);

// Prepares every item view and scroll area of the application as it is
// first polished, and settles every window's Alt letters
// (widgets/mnemonics.h). Once per application; idempotent.
void install();

} // namespace ep::keyboardfocus
