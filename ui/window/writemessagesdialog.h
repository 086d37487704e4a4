#pragma once

#include "export/messagedrafts.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QSqlError>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ep {

class RecipientChooser;

// Event › Write Messages…: a personalised email draft (.eml) per participant
// chosen, from the message template picked, each in the language the person
// reads — with a preview of the first, a folder to write them into (a new
// one, or an empty one) and, once written, a button that opens it. Edit
// Templates… opens the templates at the message picked.
class WriteMessagesDialog final : public QDialog
{
    Q_OBJECT

public:
    // `selected`: the people selected in the event's participant table.
    WriteMessagesDialog(QSqlDatabase db, EventDocument document, const QList<int> &selected,
                        QWidget *parent = nullptr);

    // False, with a message shown, when the templates cannot be read.
    bool loadTemplates();
    // The drafts the choice makes now.
    const MessageDrafts &drafts() const { return m_drafts; }

private:
    MessageKind kind() const;
    QSqlError readTemplates();
    void kindChanged();
    void proposeFolderAndRecipients();
    void update();
    void chooseFolder();
    void editTemplates();
    void write();

    QSqlDatabase m_db;
    EventDocument m_document;
    QList<MessageTemplate> m_templates;
    MessageDrafts m_drafts;
    QComboBox *m_kinds;
    RecipientChooser *m_recipients;
    QLineEdit *m_folder;
    QPlainTextEdit *m_preview;
    QLabel *m_summary;
    QPushButton *m_write;
    QPushButton *m_openFolder;
};

} // namespace ep
