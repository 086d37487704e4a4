#pragma once

#include "domain/validation.h"
#include "widgets/issuelabel.h"

#include <QHash>
#include <QPointer>

namespace ep {

// The messages a form shows beside its fields: one label per field, hidden
// while the field is fine. Fields that have no label of their own show their
// message in the form's general label. A field's message is its accessible
// description too (describeField()) while it shows.
class IssueLabels final
{
public:
    // A new label for `field`, for the form to place under the field's widget.
    QLabel *labelFor(const QString &field, QWidget *parent);
    // A box holding `field` with the labels of `fields` under it, for a form row.
    QWidget *wrap(QWidget *field, const QStringList &fields, QWidget *parent);
    // Makes `widget` described by the messages about `field` (a label placed
    // apart from the widgets it concerns).
    void tie(const QString &field, QWidget *widget);
    void setGeneralLabel(QLabel *label) { m_general = label; }

    // Shows those of `issues` that are in `scope` and `row`, hides the others.
    void show(const FieldIssues &issues, FieldIssue::Scope scope = FieldIssue::Scope::Record,
              int row = -1);
    // Shows those of `issues` about `fields` (of the record itself), hides
    // those fields' others; the other labels stay as they are.
    void showFor(const QStringList &fields, const FieldIssues &issues);
    void clear();
    bool isShowing(const QString &field) const;

    static IssueLabel *makeLabel(QWidget *parent);

private:
    void describeFields();

    QHash<QString, IssueLabel *> m_labels;
    QHash<QString, QList<QPointer<QWidget>>> m_described; // by issue field
    QLabel *m_general = nullptr;
};

} // namespace ep
