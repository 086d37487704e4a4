#include "forms/topicform.h"

#include "domain/validation.h"
#include "storage/topicrepository.h"
#include "widgets/localizedtextedit.h"

#include <QFormLayout>
#include <QVBoxLayout>

namespace ep {

TopicForm::TopicForm(const Workspace &workspace, QWidget *parent)
    : RecordForm(workspace, parent)
    , m_name(new LocalizedTextEdit(LocalizedTextEdit::Lines::Single, this))
{
    setObjectName(QStringLiteral("topicForm"));
    m_name->setObjectName(QStringLiteral("name"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    QFormLayout *form = makeScrollingForm(outer);
    addRow(form, QT_TR_NOOP("&Name"), m_name, QStringLiteral("name"));
    showRecord(0);
}

QWidget *TopicForm::firstField() const
{
    return m_name->editor(Language::German);
}

void TopicForm::showRecord(int id)
{
    m_stored = TopicRepository(m_workspace.db).load(id).value_or(Topic{});
    setRecordId(m_stored.id);
    m_name->setText(m_stored.name);
    m_issues.clear();
    emit modifiedChanged();
}

Topic TopicForm::entered() const
{
    return Topic{m_stored.id, m_name->text(), m_stored.version};
}

bool TopicForm::isModified() const
{
    return entered() != m_stored;
}

bool TopicForm::save()
{
    const Topic topic = entered();
    const QString name = topic.name.text(languageOfLocale());
    const QString text =
        topic.id == 0 ? tr("New topic \"%1\"").arg(name) : tr("Edit topic \"%1\"").arg(name);
    return saveRecord<TopicRepository>(topic, m_stored, Validation::check(topic), text);
}

RemovalImpact TopicForm::impactOfRemoving(int id) const
{
    return TopicRepository(m_workspace.db).impactOfRemoving(id);
}

bool TopicForm::remove(int id)
{
    return removeRecord<TopicRepository>(id, m_stored.version,
                                         tr("Delete topic \"%1\"").arg(recordName(id)));
}

QString TopicForm::recordName(int id) const
{
    return TopicRepository(m_workspace.db).load(id).value_or(Topic{}).name.text(languageOfLocale());
}

QString TopicForm::storedStamp() const
{
    return TopicRepository(m_workspace.db).stamp(recordId());
}

} // namespace ep
