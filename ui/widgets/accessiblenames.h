#pragma once

class QWidget;

// What a screen reader says when the focus arrives at a field: its label's
// text. Qt reads a label only for a field beside it in the same parent; our
// fields are often wrapped (a field with its message, a date with its
// calendar button, a text in three languages), so the label's text is given
// to the field's focus stops here, and again after a change of language.
namespace ep::accessiblenames {

// Names each field of `root` that a label (a buddy, or a form layout's row
// label) stands for and that has no name of its own: a stop of a compound
// field that names its part ("Calendar", "Polish") is named "<label>: <part>".
// Names given by the code stay; those given here follow the label.
void nameFieldsByLabels(QWidget *root);

// Names the fields of every window as it is shown, of every page of a stack
// or wizard as it is first shown (areas and tabs are built lazily), and
// again after a change of language. Once per application; idempotent.
void install();

} // namespace ep::accessiblenames
