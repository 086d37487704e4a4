#pragma once

#include "domain/site.h"
#include "forms/recordform.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace ep {

class CoordinateEdit;
class HistoryView;
class LocalizedTextEdit;
class OpeningDaysEdit;
class OrganisationComboBox;
class PersonField;
class VocabularyComboBox;

// A site: where it is, who hosts it, and every event that visited it.
class SiteForm final : public RecordForm
{
    Q_OBJECT

public:
    explicit SiteForm(const Workspace &workspace, QWidget *parent = nullptr);

    Area area() const override { return Area::Sites; }
    void showRecord(int id) override;
    bool isModified() const override;
    bool save() override;
    RemovalImpact impactOfRemoving(int id) const override;
    bool remove(int id) override;
    QString recordName(int id) const override;
    QString storedStamp() const override;
    void reloadChoices() override;
    QWidget *firstField() const override;

protected:
    void retranslate() override;

private:
    Site entered() const;
    // Show on Map needs both coordinates, as numbers.
    void updateMapButton();

    Site m_stored;
    LocalizedTextEdit *m_name;
    VocabularyComboBox *m_kind;
    QLineEdit *m_street;
    QLineEdit *m_postalCode;
    QLineEdit *m_city;
    QLineEdit *m_country;
    CoordinateEdit *m_latitude;
    CoordinateEdit *m_longitude;
    LocalizedTextEdit *m_description;
    OrganisationComboBox *m_host;
    PersonField *m_contact;
    LocalizedTextEdit *m_accessibility;
    QLabel *m_historyLabel;
    HistoryView *m_history;
    QPushButton *m_showOnMap;
    OpeningDaysEdit *m_openingDays;
};

} // namespace ep
