#pragma once

#include "domain/field.h"
#include "domain/person.h"
#include "forms/recordform.h"

class QCheckBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace ep {

class ChangesView;
class HistoryView;
class OptionalDateEdit;
class OrganisationComboBox;
class VocabularyComboBox;

// A person: contact details, the legal basis of keeping them (GDPR), and
// every event they took part in.
class PersonForm final : public RecordForm
{
    Q_OBJECT

public:
    explicit PersonForm(const Workspace &workspace, QWidget *parent = nullptr);

    Area area() const override { return Area::People; }
    void showRecord(int id) override;
    bool isModified() const override;
    bool save() override;
    RemovalImpact impactOfRemoving(int id) const override;
    bool remove(int id) override;
    QString recordName(int id) const override;
    QString storedStamp() const override;
    void reloadChoices() override;
    QWidget *firstField() const override;

    // Fills the name fields of a new person from what was typed in a search,
    // e.g. "Anna Maria Nowak": the last word is the last name.
    void enterName(const QString &typed);

    // Without the history: for entering a new person from another form.
    void setHistoryVisible(bool visible);

protected:
    void retranslate() override;

private:
    // A labelled line for the text `field` of a person.
    QLineEdit *addLine(QFormLayout *form, const char *label, Field field,
                       const QString &issueField = {});
    Person entered() const;

    Person m_stored;
    // The text fields, each showing the field of the person it names.
    QList<std::pair<Field, QLineEdit *>> m_lines;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    OrganisationComboBox *m_organisation;
    QCheckBox *m_contactPerson;
    VocabularyComboBox *m_legalBasis;
    OptionalDateEdit *m_consentDate;
    OptionalDateEdit *m_consentWithdrawn;
    QPlainTextEdit *m_notes;
    QLabel *m_historyLabel;
    HistoryView *m_history;
    QLabel *m_changesLabel;
    ChangesView *m_changes;
    bool m_historyWanted = true;
};

} // namespace ep
