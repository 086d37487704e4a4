#include "forms/organisationform.h"

#include "domain/validation.h"
#include "storage/organisationrepository.h"
#include "widgets/logofield.h"
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
    , m_street(new QLineEdit(this))
    , m_postalCode(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_logo(new LogoField(LogoField::Owner::Organisation, this))
    , m_signatoryName(new QLineEdit(this))
    , m_signatoryPosition(new QLineEdit(this))
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
    // The letterhead of the invitation letters of the events it hosts.
    addRow(form, QT_TR_NOOP("St&reet"), m_street);
    addRow(form, QT_TR_NOOP("&Postal code"), m_postalCode);
    addRow(form, QT_TR_NOOP("&Telephone"), m_phone);
    addRow(form, QT_TR_NOOP("E&mail"), m_email, QStringLiteral("email"));
    addRow(form, QT_TR_NOOP("&Logo"), m_logo);
    addRow(form, QT_TR_NOOP("Si&gned by"), m_signatoryName);
    addRow(form, QT_TR_NOOP("Signatory's &function"), m_signatoryPosition);
    m_signatoryName->setPlaceholderText(tr("who signs the invitation letters"));
    connect(m_logo, &LogoField::changed, this, &RecordForm::modifiedChanged);
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
    m_street->setText(m_stored.street);
    m_postalCode->setText(m_stored.postalCode);
    m_phone->setText(m_stored.phone);
    m_email->setText(m_stored.email);
    m_logo->setLogo(m_stored.logo);
    m_signatoryName->setText(m_stored.signatoryName);
    m_signatoryPosition->setText(m_stored.signatoryPosition);
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
    organisation.street = m_street->text().trimmed();
    organisation.postalCode = m_postalCode->text().trimmed();
    organisation.phone = m_phone->text().trimmed();
    organisation.email = m_email->text().trimmed();
    organisation.logo = m_logo->logo();
    organisation.signatoryName = m_signatoryName->text().trimmed();
    organisation.signatoryPosition = m_signatoryPosition->text().trimmed();
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
