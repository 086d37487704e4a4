#pragma once

#include "domain/validation.h"

#include <QHash>
#include <QLabel>

namespace ep {

// The messages a form shows beside its fields: one label per field, hidden
// while the field is fine. Fields that have no label of their own show their
// message in the form's general label.
class IssueLabels final
{
public:
    // A new label for `field`, for the form to place under the field's widget.
    QLabel *labelFor(const QString &field, QWidget *parent);
    // A box holding `field` with the labels of `fields` under it, for a form row.
    QWidget *wrap(QWidget *field, const QStringList &fields, QWidget *parent);
    void setGeneralLabel(QLabel *label) { m_general = label; }

    // Shows those of `issues` that are in `scope` and `row`, hides the others.
    void show(const FieldIssues &issues, FieldIssue::Scope scope = FieldIssue::Scope::Record,
              int row = -1);
    // Shows those of `issues` about `fields` (of the record itself), hides
    // those fields' others; the other labels stay as they are.
    void showFor(const QStringList &fields, const FieldIssues &issues);
    void clear();
    bool isShowing(const QString &field) const;

    static QLabel *makeLabel(QWidget *parent);

private:
    QHash<QString, QLabel *> m_labels;
    QLabel *m_general = nullptr;
};

} // namespace ep
