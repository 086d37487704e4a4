#include "forms/organisationform.h"

#include "domain/validation.h"
#include "storage/organisationrepository.h"
#include "widgets/vocabularycombobox.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ep {

OrganisationForm::OrganisationForm(const Workspace &workspace, QWidget *parent)
    : RecordForm(workspace, parent)
    , m_name(new QLineEdit(this))
    , m_shortName(new QLineEdit(this))
    , m_kind(new VocabularyComboBox(Vocabulary::OrganisationKind, this))
    , m_city(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_website(new QLineEdit(this))
{
    setObjectName(QStringLiteral("organisationForm"));
    m_name->setObjectName(QStringLiteral("name"));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(QStringLiteral("DE, PL …"));
    m_website->setPlaceholderText(QStringLiteral("https://"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    QFormLayout *form = makeScrollingForm(outer);
    addRow(form, QT_TR_NOOP("&Name"), m_name, QStringLiteral("name"));
    addRow(form, QT_TR_NOOP("S&hort name"), m_shortName);
    addRow(form, QT_TR_NOOP("&Kind"), m_kind);
    addRow(form, QT_TR_NOOP("&City"), m_city);
    addRow(form, QT_TR_NOOP("C&ountry"), m_country);
    addRow(form, QT_TR_NOOP("&Website"), m_website, QStringLiteral("website"));
    showRecord(0);
}

QWidget *OrganisationForm::firstField() const
{
    return m_name;
}

void OrganisationForm::showRecord(int id)
{
    m_stored = OrganisationRepository(m_workspace.db).load(id).value_or(Organisation{});
    setRecordId(m_stored.id);
    m_name->setText(m_stored.name);
    m_shortName->setText(m_stored.shortName);
    m_kind->setCode(m_stored.kind);
    m_city->setText(m_stored.city);
    m_country->setText(m_stored.country);
    m_website->setText(m_stored.website);
    m_issues.clear();
    emit modifiedChanged();
}

Organisation OrganisationForm::entered() const
{
    Organisation organisation;
    organisation.id = m_stored.id;
    organisation.version = m_stored.version;
    organisation.name = m_name->text().trimmed();
    organisation.shortName = m_shortName->text().trimmed();
    organisation.kind = m_kind->code();
    organisation.city = m_city->text().trimmed();
    organisation.country = m_country->text().trimmed().toUpper();
    organisation.website = m_website->text().trimmed();
    return organisation;
}

bool OrganisationForm::isModified() const
{
    return entered() != m_stored;
}

bool OrganisationForm::save()
{
    const Organisation organisation = entered();
    const QString text = organisation.id == 0
                             ? tr("New organisation \"%1\"").arg(organisation.name)
                             : tr("Edit organisation \"%1\"").arg(organisation.name);
    return saveRecord<OrganisationRepository>(organisation, m_stored,
                                              Validation::check(organisation), text);
}

RemovalImpact OrganisationForm::impactOfRemoving(int id) const
{
    return OrganisationRepository(m_workspace.db).impactOfRemoving(id);
}

bool OrganisationForm::remove(int id)
{
    return removeRecord<OrganisationRepository>(
        id, m_stored.version, tr("Delete organisation \"%1\"").arg(recordName(id)));
}

QString OrganisationForm::recordName(int id) const
{
    return OrganisationRepository(m_workspace.db).load(id).value_or(Organisation{}).name;
}

QString OrganisationForm::storedStamp() const
{
    return OrganisationRepository(m_workspace.db).stamp(recordId());
}

} // namespace ep
