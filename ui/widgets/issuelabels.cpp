#include "widgets/issuelabels.h"

#include <QStringList>
#include <QVBoxLayout>

namespace ep {

IssueLabel *IssueLabels::makeLabel(QWidget *parent)
{
    auto *label = new IssueLabel(parent);
    label->setObjectName(QStringLiteral("issueLabel"));
    label->hide();
    return label;
}

QLabel *IssueLabels::labelFor(const QString &field, QWidget *parent)
{
    IssueLabel *label = makeLabel(parent);
    label->setObjectName(u"issue_"_qs % field);
    m_labels.insert(field, label);
    return label;
}

QWidget *IssueLabels::wrap(QWidget *field, const QStringList &fields, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(box);
    layout->addWidget(field);
    box->setFocusProxy(field); // the row's label (its buddy) focuses the field
    // As tall as the field and its messages: a form with room to spare does
    // not stretch the box and leave its field below a gap, apart from its label.
    box->setSizePolicy(field->sizePolicy());
    for (const QString &name : fields) {
        layout->addWidget(labelFor(name, box));
        tie(name, field);
    }
    return box;
}

void IssueLabels::tie(const QString &field, QWidget *widget)
{
    m_described[field].append(widget);
}

// Each widget described by the messages its fields' labels show, joined.
void IssueLabels::describeFields()
{
    QHash<QWidget *, QStringList> messages;
    QList<QWidget *> widgets;
    for (auto it = m_described.cbegin(); it != m_described.cend(); ++it) {
        const IssueLabel *label = m_labels.value(it.key());
        for (QWidget *widget : it.value()) {
            if (!widget)
                continue;
            if (!widgets.contains(widget))
                widgets.append(widget);
            if (label && !label->isHidden() && !label->text().isEmpty())
                messages[widget].append(label->text());
        }
    }
    for (QWidget *widget : widgets)
        describeField(widget, messages.value(widget).join(u'\n'));
}

void IssueLabels::show(const FieldIssues &issues, FieldIssue::Scope scope, int row)
{
    QHash<QString, QStringList> messages;
    QStringList general;
    for (const FieldIssue &issue : issues) {
        if (issue.scope != scope || issue.row != row)
            continue;
        if (m_labels.contains(issue.field))
            messages[issue.field].append(issue.message);
        else
            general.append(issue.message);
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setMessage(messages.value(it.key()).join(u'\n'));
    if (auto *label = qobject_cast<IssueLabel *>(m_general)) {
        label->setMessage(general.join(u'\n'));
    } else if (m_general) {
        m_general->setText(general.join(u'\n'));
        m_general->setVisible(!general.isEmpty());
    }
    describeFields();
}

void IssueLabels::showFor(const QStringList &fields, const FieldIssues &issues)
{
    for (const QString &field : fields) {
        IssueLabel *label = m_labels.value(field);
        if (!label)
            continue;
        QStringList messages;
        for (const FieldIssue &issue : issues) {
            if (issue.scope == FieldIssue::Scope::Record && issue.field == field &&
                !issue.message.isEmpty())
                messages.append(issue.message);
        }
        label->setMessage(messages.join(u'\n'));
    }
    describeFields();
}

void IssueLabels::clear()
{
    show({});
}

bool IssueLabels::isShowing(const QString &field) const
{
    const QLabel *label = m_labels.value(field);
    return label && !label->isHidden();
}

} // namespace ep
