#pragma once

#include "domain/organisation.h"
#include "forms/recordform.h"

#include <optional>

class QLineEdit;

namespace ep {

class LogoField;
class VocabularyComboBox;

class OrganisationForm final : public RecordForm
{
    Q_OBJECT

public:
    explicit OrganisationForm(const Workspace &workspace, QWidget *parent = nullptr);

    Area area() const override { return Area::Organisations; }
    void showRecord(int id) override;
    bool isModified() const override;
    bool save() override;
    RemovalImpact impactOfRemoving(int id) const override;
    bool remove(int id) override;
    QString recordName(int id) const override;
    QString storedStamp() const override;
    QWidget *firstField() const override;

private:
    Organisation entered() const;

    Organisation m_stored;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    VocabularyComboBox *m_kind;
    QLineEdit *m_city;
    QLineEdit *m_country;
    QLineEdit *m_website;
    QLineEdit *m_street;
    QLineEdit *m_postalCode;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    LogoField *m_logo;
    QLineEdit *m_signatoryName;
    QLineEdit *m_signatoryPosition;
};

} // namespace ep
