#pragma once

#include <QComboBox>
#include <QSqlDatabase>

namespace ep {

// Picks an organisation, or none. Type the first letters to jump.
class OrganisationComboBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit OrganisationComboBox(QSqlDatabase db, QWidget *parent = nullptr);

    // Reads the organisations again, keeping the choice.
    void reload();

    int organisationId() const; // 0: none
    void setOrganisationId(int id);

protected:
    void changeEvent(QEvent *event) override;

private:
    QSqlDatabase m_db;
};

} // namespace ep
