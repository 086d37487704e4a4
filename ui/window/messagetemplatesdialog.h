#pragma once

#include "domain/messagetemplate.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace ep {

// Event › Message Templates…: the invitation, the confirmation and the
// practical information, each in German, Polish and English, edited side by
// side with the placeholders they may hold (a double-click or Enter puts one
// at the cursor). Save writes the templates changed, all or none, and only
// those nobody else saved since the dialog read them
// (MessageTemplates::save). A refusal keeps every edit on screen and shows
// what a colleague saved meanwhile of the rest; saving again then writes the
// edits over the colleague's versions, as the message says.
class MessageTemplatesDialog final : public QDialog
{
    Q_OBJECT

public:
    MessageTemplatesDialog(QSqlDatabase db, MessageKind shown, QWidget *parent = nullptr);

    // False, with a message shown, when the templates cannot be read.
    bool load();
    MessageKind shownKind() const;

    void done(int result) override;

private:
    void showKind(MessageKind kind);
    void keepEdits();
    void insertPlaceholder();
    bool save();
    void takeWhatWasSavedMeanwhile();
    bool isModified();

    QSqlDatabase m_db;
    MessageKind m_kind;
    QList<MessageTemplate> m_stored; // every kind in every language, as read
    QList<MessageTemplate> m_edited;
    QComboBox *m_kinds;
    QTabWidget *m_languages;
    QList<QLineEdit *> m_subjects; // in the order of allLanguages
    QList<QPlainTextEdit *> m_bodies;
    QListWidget *m_placeholders;
};

} // namespace ep
