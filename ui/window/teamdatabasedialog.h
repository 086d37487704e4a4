#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace ep {

class IssueLabel;

// File › Connect to Team Database: where the team database is — server,
// port, database, user and encryption, or a whole libpq address for every
// other parameter libpq knows — or one of the recent connections. The
// fields and the address follow each other; the address is what is opened.
class TeamDatabaseDialog final : public QDialog
{
    Q_OBJECT

public:
    // `recent`: URIs without password, most recent first.
    explicit TeamDatabaseDialog(const QStringList &recent, QWidget *parent = nullptr);

    // The address to open, as the user gave or picked it.
    QString location() const;
    void setLocation(const QString &location);

private:
    void fieldsEdited();
    void addressEdited();
    void retranslate();

    QListWidget *m_recent;
    QLabel *m_recentLabel;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tlsMode;
    QLineEdit *m_address;
    QLabel *m_addressHint;
    IssueLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
    bool m_syncing = false;
};

} // namespace ep
