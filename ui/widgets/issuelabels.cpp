#include "widgets/issuelabels.h"

#include <QStringList>
#include <QVBoxLayout>

namespace ep {

QLabel *IssueLabels::makeLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("issueLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // A dark red that reads on light and keeps its meaning without colour:
    // the message text itself says what is wrong.
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

QLabel *IssueLabels::labelFor(const QString &field, QWidget *parent)
{
    QLabel *label = makeLabel(parent);
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
    for (const QString &name : fields)
        layout->addWidget(labelFor(name, box));
    return box;
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
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QStringList fieldMessages = messages.value(it.key());
        it.value()->setText(fieldMessages.join(u'\n'));
        it.value()->setVisible(!fieldMessages.isEmpty());
    }
    if (m_general) {
        m_general->setText(general.join(u'\n'));
        m_general->setVisible(!general.isEmpty());
    }
}

void IssueLabels::showFor(const QStringList &fields, const FieldIssues &issues)
{
    for (const QString &field : fields) {
        QLabel *label = m_labels.value(field);
        if (!label)
            continue;
        QStringList messages;
        for (const FieldIssue &issue : issues) {
            if (issue.scope == FieldIssue::Scope::Record && issue.field == field &&
                !issue.message.isEmpty())
                messages.append(issue.message);
        }
        label->setText(messages.join(u'\n'));
        label->setVisible(!messages.isEmpty());
    }
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
