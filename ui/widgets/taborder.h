#pragma once

#include <QList>

class QFormLayout;
class QWidget;

// Tab through a form in the order the eye reads it — top to bottom, each
// field's parts left to right — whatever order the widgets were made in: a
// form built from helpers and member initialisers does not keep it, and
// Qt's focus chain cannot be reordered around compound fields whose
// container forwards the focus (a date with its time, a field wrapped with
// its message). Forms and dialogs move the focus along these stops in their
// focusNextPrevChild().
namespace ep::taborder {

// The controls Tab stops at in `widget`, in order: the widget itself where
// it takes Tab (a combo box, with its own parts), else its children's in
// the order they were made.
QList<QWidget *> stopsOf(QWidget *widget);
// The stops of `form`'s rows, top to bottom (a check box as a row's label too).
QList<QWidget *> stopsOf(QFormLayout *form);

// The stop that holds the focus widget (is it, or contains it); -1: none.
qsizetype stopWithFocus(const QList<QWidget *> &stops);

// Moves the focus from the stop holding it to the next (or, with `next`
// false, the previous) stop that can take it now. At either end: to the
// other end with `wrap`, else nothing. False when nothing moved: the focus is
// in none of the stops, or at an end.
bool move(const QList<QWidget *> &stops, bool next, bool wrap);

// Points each row label of `form` whose buddy takes no focus itself (a
// field wrapped with its message, three languages) at the buddy's first
// stop: QLabel moves the focus for Alt and its letter only to a buddy that
// takes focus.
void focusLabelsOnStops(QFormLayout *form);

// The first control Qt's focus chain reaches after (or before) all of
// `container` — where Tab goes on leaving it; null when there is none.
QWidget *beyond(QWidget *container, bool next);

} // namespace ep::taborder
