#pragma once

class QDialog;
class QWidget;

// At 200 % on a 1366×768 laptop a window has 683×384 pixels to lay out in,
// less than most of the planner's forms need. Each of its dialogs therefore
// shows its content in a scroll area and keeps its buttons in view below;
// when everything fits, nothing scrolls and it looks as before.
namespace ep::scrollingdialogs {

// Moves `dialog`'s content (all of its layout but a button box at its foot)
// into a frameless scroll area. Once per dialog; a dialog without a layout,
// or whose layout is one scroll area already, stays as it is.
void makeScrollable(QDialog *dialog);

// `content` in a frameless scroll area that scrolls only where the window is
// smaller than the content needs: a main window narrower than its list
// beside its form.
QWidget *scrollingWhenSmall(QWidget *content);

// Makes every dialog of the planner (class in namespace ep, not a wizard)
// scrollable as it is first polished, before it takes its size. Once per
// application; idempotent.
void install();

} // namespace ep::scrollingdialogs
