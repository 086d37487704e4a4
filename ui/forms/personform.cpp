#include "forms/personform.h"

#include "domain/validation.h"
#include "domain/wallclock.h"
#include "storage/personrepository.h"
#include "widgets/changesview.h"
#include "widgets/historyview.h"
#include "widgets/optionaldateedit.h"
#include "widgets/organisationcombobox.h"
#include "widgets/vocabularycombobox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ep {
namespace {

// "firstName" for the field "first_name": how tests find the form's fields.
QString objectNameOf(Field field)
{
    QString name;
    bool upper = false;
    for (const QChar c : QString::fromLatin1(describe(field).key)) {
        if (c == u'_')
            upper = true;
        else
            name.append(std::exchange(upper, false) ? c.toUpper() : c);
    }
    return name;
}

} // namespace

PersonForm::PersonForm(const Workspace &workspace, QWidget *parent)
    : RecordForm(workspace, parent)
    , m_organisation(new OrganisationComboBox(workspace.db, this))
    , m_contactPerson(new QCheckBox(this))
    , m_legalBasis(new VocabularyComboBox(Vocabulary::LegalBasis, this))
    , m_consentDate(new OptionalDateEdit(OptionalDateEdit::Precision::Date, this))
    , m_consentWithdrawn(new OptionalDateEdit(OptionalDateEdit::Precision::Date, this))
    , m_notes(new QPlainTextEdit(this))
    , m_historyLabel(new QLabel(this))
    , m_history(new HistoryView(HistoryView::Detail::Role, this))
    , m_changesLabel(new QLabel(this))
    , m_changes(new ChangesView(this))
{
    setObjectName(QStringLiteral("personForm"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5);
    m_legalBasis->setObjectName(QStringLiteral("legalBasis"));
    m_consentDate->setObjectName(QStringLiteral("consentDate"));
    m_consentWithdrawn->setObjectName(QStringLiteral("consentWithdrawn"));
    for (const auto &[date, issueField] : {std::pair{m_consentDate, u"consentDate"_qs},
                                           std::pair{m_consentWithdrawn, u"consentWithdrawn"_qs}}) {
        date->setSuggestion(wallClock(QDate::currentDate(), QTime(0, 0)));
        connect(date, &OptionalDateEdit::problemChanged, this, [this, date, issueField] {
            m_issues.showFor({issueField}, {{issueField, date->shownProblem()}});
        });
    }

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    QFormLayout *form = makeScrollingForm(outer);
    //: a person's academic or professional title, e.g. "Dr.", "mgr inż."
    addLine(form, QT_TR_NOOP("T&itle"), Field::Title);
    m_firstName = addLine(form, QT_TR_NOOP("&First name"), Field::FirstName);
    m_lastName = addLine(form, QT_TR_NOOP("&Last name"), Field::LastName, u"lastName"_qs);
    addRow(form, QT_TR_NOOP("&Organisation"), m_organisation);
    addLine(form, QT_TR_NOOP("F&unction"), Field::Position);
    addLine(form, QT_TR_NOOP("&Email"), Field::Email, u"email"_qs);
    addLine(form, QT_TR_NOOP("&Phone"), Field::Phone);
    addLine(form, QT_TR_NOOP("&Street"), Field::Street);
    addLine(form, QT_TR_NOOP("Postal co&de"), Field::PostalCode);
    addLine(form, QT_TR_NOOP("&City"), Field::City);
    QLineEdit *country = addLine(form, QT_TR_NOOP("Countr&y"), Field::Country);
    country->setMaxLength(2);
    country->setPlaceholderText(QStringLiteral("DE, PL …"));
    addLine(form, QT_TR_NOOP("L&anguages spoken"), Field::Languages)
        ->setPlaceholderText(QStringLiteral("de, pl, en"));
    addRow(form, QT_TR_NOOP("Con&tact person"), m_contactPerson);
    //: the legal basis of keeping the person's data, GDPR Art. 6(1)
    addRow(form, QT_TR_NOOP("Legal &basis"), m_legalBasis, QStringLiteral("legalBasis"));
    addRow(form, QT_TR_NOOP("&GDPR consent"), m_consentDate, QStringLiteral("consentDate"));
    addLine(form, QT_TR_NOOP("Pu&rpose of consent"), Field::ConsentPurpose,
            QStringLiteral("consentPurpose"));
    //: where the consent was given: a registration form, an email of a day …
    addLine(form, QT_TR_NOOP("W&here consent was given"), Field::ConsentSource,
            QStringLiteral("consentSource"));
    addRow(form, QT_TR_NOOP("Consent &withdrawn"), m_consentWithdrawn,
           QStringLiteral("consentWithdrawn"));
    addRow(form, QT_TR_NOOP("&Notes"), m_notes);

    m_historyLabel->setBuddy(m_history);
    m_changesLabel->setBuddy(m_changes);
    form->addRow(m_historyLabel);
    form->addRow(m_history);
    form->addRow(m_changesLabel);
    form->addRow(m_changes);
    connect(m_history, &HistoryView::eventActivated, this,
            [this](int eventId) { emit openRequested(Area::Events, eventId); });
    retranslate();
    showRecord(0);
}

QLineEdit *PersonForm::addLine(QFormLayout *form, const char *label, Field field,
                               const QString &issueField)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(objectNameOf(field));
    addRow(form, label, line, issueField);
    m_lines.append({field, line});
    return line;
}

void PersonForm::retranslate()
{
    m_contactPerson->setText(tr("Is a contact person for partners"));
    //: in the empty date field of a GDPR consent: no consent is recorded
    m_consentDate->setEmptyText(tr("not given"));
    //: in the empty date field of a consent's withdrawal
    m_consentWithdrawn->setEmptyText(tr("not withdrawn"));
    //: no legal basis of keeping the person's data is recorded
    m_legalBasis->setNoneText(tr("not recorded"));
    m_historyLabel->setText(tr("<b>Events taken part in</b>"));
    m_changesLabel->setText(tr("<b>Changes to this person's data</b>"));
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
    m_changesLabel->setVisible(visible && m_stored.id != 0);
    m_changes->setVisible(visible && m_stored.id != 0);
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
    for (const auto &[field, line] : std::as_const(m_lines))
        line->setText(m_stored.*describe(field).personText);
    m_organisation->reload();
    m_organisation->setOrganisationId(m_stored.organisationId);
    m_contactPerson->setChecked(m_stored.contactPerson);
    m_legalBasis->setCode(m_stored.legalBasis);
    m_consentDate->setDate(m_stored.consentDate);
    m_consentWithdrawn->setDate(m_stored.consentWithdrawn);
    m_notes->setPlainText(m_stored.notes);
    m_history->setLinks(m_stored.id ? repository.history(m_stored.id) : QList<EventLink>{});
    m_changes->setChanges(m_stored.id ? PersonChanges::of(m_workspace.db, m_stored.id)
                                      : QList<PersonChanges::Change>{});
    setHistoryVisible(m_historyWanted); // a new person has no history yet
    m_issues.clear();
    emit modifiedChanged();
}

Person PersonForm::entered() const
{
    Person person;
    person.id = m_stored.id;
    person.version = m_stored.version;
    for (const auto &[field, line] : m_lines)
        person.*describe(field).personText = line->text().trimmed();
    person.country = person.country.toUpper();
    person.organisationId = m_organisation->organisationId();
    person.contactPerson = m_contactPerson->isChecked();
    person.legalBasis = m_legalBasis->code();
    person.consentDate = m_consentDate->date();
    person.consentWithdrawn = m_consentWithdrawn->date();
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
    // What was typed, not that no consent is recorded.
    const FieldIssues issues = m_consentWithdrawn->withProblem(
        m_consentDate->withProblem(Validation::check(person), QStringLiteral("consentDate")),
        QStringLiteral("consentWithdrawn"));
    return saveRecord<PersonRepository>(person, m_stored, issues, text);
}

RemovalImpact PersonForm::impactOfRemoving(int id) const
{
    return PersonRepository(m_workspace.db).impactOfRemoving(id);
}

bool PersonForm::remove(int id)
{
    return removeRecord<PersonRepository>(id, m_stored.version,
                                          tr("Delete person \"%1\"").arg(recordName(id)));
}

QString PersonForm::recordName(int id) const
{
    return PersonRepository(m_workspace.db).load(id).value_or(Person{}).displayName();
}

QString PersonForm::storedStamp() const
{
    return PersonRepository(m_workspace.db).stamp(recordId());
}

} // namespace ep
