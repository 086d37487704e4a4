#include "forms/personform.h"

#include "domain/validation.h"
#include "storage/personrepository.h"
#include "widgets/historyview.h"
#include "widgets/optionaldateedit.h"
#include "widgets/organisationcombobox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ep {

PersonForm::PersonForm(const Workspace &workspace, QWidget *parent)
    : RecordForm(workspace, parent)
    , m_title(new QLineEdit(this))
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_organisation(new OrganisationComboBox(workspace.db, this))
    , m_function(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_street(new QLineEdit(this))
    , m_postalCode(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_country(new QLineEdit(this))
    , m_languages(new QLineEdit(this))
    , m_contactPerson(new QCheckBox(this))
    , m_consentDate(new OptionalDateEdit(OptionalDateEdit::Precision::Date, this))
    , m_consentPurpose(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_historyLabel(new QLabel(this))
    , m_history(new HistoryView(HistoryView::Detail::Role, this))
{
    setObjectName(QStringLiteral("personForm"));
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_email->setObjectName(QStringLiteral("email"));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(QStringLiteral("DE, PL …"));
    m_languages->setPlaceholderText(QStringLiteral("de, pl, en"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5);
    m_consentDate->setSuggestion(QDate::currentDate().startOfDay());

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    QFormLayout *form = makeScrollingForm(outer);
    //: a person's academic or professional title, e.g. "Dr.", "mgr inż."
    addRow(form, QT_TR_NOOP("T&itle"), m_title);
    addRow(form, QT_TR_NOOP("&First name"), m_firstName);
    addRow(form, QT_TR_NOOP("&Last name"), m_lastName, QStringLiteral("lastName"));
    addRow(form, QT_TR_NOOP("&Organisation"), m_organisation);
    addRow(form, QT_TR_NOOP("F&unction"), m_function);
    addRow(form, QT_TR_NOOP("&Email"), m_email, QStringLiteral("email"));
    addRow(form, QT_TR_NOOP("&Phone"), m_phone);
    addRow(form, QT_TR_NOOP("&Street"), m_street);
    addRow(form, QT_TR_NOOP("Postal co&de"), m_postalCode);
    addRow(form, QT_TR_NOOP("&City"), m_city);
    addRow(form, QT_TR_NOOP("Countr&y"), m_country);
    addRow(form, QT_TR_NOOP("L&anguages spoken"), m_languages);
    addRow(form, QT_TR_NOOP("Con&tact person"), m_contactPerson);
    addRow(form, QT_TR_NOOP("&GDPR consent"), m_consentDate, QStringLiteral("consentDate"));
    addRow(form, QT_TR_NOOP("Pu&rpose of consent"), m_consentPurpose,
           QStringLiteral("consentPurpose"));
    addRow(form, QT_TR_NOOP("&Notes"), m_notes);

    form->addRow(m_historyLabel);
    form->addRow(m_history);
    connect(m_history, &HistoryView::eventActivated, this,
            [this](int eventId) { emit openRequested(Area::Events, eventId); });
    retranslate();
    showRecord(0);
}

void PersonForm::retranslate()
{
    m_contactPerson->setText(tr("Is a contact person for partners"));
    m_consentDate->setCheckText(tr("Given on"));
    m_historyLabel->setText(tr("<b>Events taken part in</b>"));
}

QWidget *PersonForm::firstField() const
{
    return m_firstName;
}

void PersonForm::enterName(const QString &typed)
{
    const QStringList words = typed.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    m_lastName->setText(words.last());
    m_firstName->setText(words.mid(0, words.size() - 1).join(u' '));
}

void PersonForm::setHistoryVisible(bool visible)
{
    m_historyWanted = visible;
    m_historyLabel->setVisible(visible && m_stored.id != 0);
    m_history->setVisible(visible && m_stored.id != 0);
}

void PersonForm::reloadChoices()
{
    const bool modified = isModified();
    m_organisation->reload();
    if (!modified)
        m_organisation->setOrganisationId(m_stored.organisationId);
}

void PersonForm::showRecord(int id)
{
    PersonRepository repository(m_workspace.db);
    m_stored = repository.load(id).value_or(Person{});
    setRecordId(m_stored.id);
    m_title->setText(m_stored.title);
    m_firstName->setText(m_stored.firstName);
    m_lastName->setText(m_stored.lastName);
    m_organisation->reload();
    m_organisation->setOrganisationId(m_stored.organisationId);
    m_function->setText(m_stored.function);
    m_email->setText(m_stored.email);
    m_phone->setText(m_stored.phone);
    m_street->setText(m_stored.street);
    m_postalCode->setText(m_stored.postalCode);
    m_city->setText(m_stored.city);
    m_country->setText(m_stored.country);
    m_languages->setText(m_stored.languages);
    m_contactPerson->setChecked(m_stored.contactPerson);
    m_consentDate->setDate(m_stored.consentDate);
    m_consentPurpose->setText(m_stored.consentPurpose);
    m_notes->setPlainText(m_stored.notes);
    m_history->setLinks(m_stored.id ? repository.history(m_stored.id) : QList<EventLink>{});
    setHistoryVisible(m_historyWanted); // a new person has no history yet
    m_issues.clear();
    emit modifiedChanged();
}

Person PersonForm::entered() const
{
    Person person;
    person.id = m_stored.id;
    person.title = m_title->text().trimmed();
    person.firstName = m_firstName->text().trimmed();
    person.lastName = m_lastName->text().trimmed();
    person.organisationId = m_organisation->organisationId();
    person.function = m_function->text().trimmed();
    person.email = m_email->text().trimmed();
    person.phone = m_phone->text().trimmed();
    person.street = m_street->text().trimmed();
    person.postalCode = m_postalCode->text().trimmed();
    person.city = m_city->text().trimmed();
    person.country = m_country->text().trimmed().toUpper();
    person.languages = m_languages->text().trimmed();
    person.contactPerson = m_contactPerson->isChecked();
    person.consentDate = m_consentDate->date();
    person.consentPurpose = m_consentPurpose->text().trimmed();
    person.notes = m_notes->toPlainText().trimmed();
    return person;
}

bool PersonForm::isModified() const
{
    return entered() != m_stored;
}

bool PersonForm::save()
{
    const Person person = entered();
    const QString text = person.id == 0 ? tr("New person \"%1\"").arg(person.displayName())
                                        : tr("Edit person \"%1\"").arg(person.displayName());
    return saveRecord<PersonRepository>(person, m_stored, Validation::check(person), text);
}

RemovalImpact PersonForm::impactOfRemoving(int id) const
{
    return PersonRepository(m_workspace.db).impactOfRemoving(id);
}

bool PersonForm::remove(int id)
{
    return removeRecord<PersonRepository, PersonRemoval>(
        id, tr("Delete person \"%1\"").arg(recordName(id)));
}

QString PersonForm::recordName(int id) const
{
    return PersonRepository(m_workspace.db).load(id).value_or(Person{}).displayName();
}

} // namespace ep
