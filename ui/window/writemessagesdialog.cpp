#include "window/writemessagesdialog.h"

#include "domain/languagenames.h"
#include "export/exportpaths.h"
#include "export/filewriting.h"
#include "storage/database.h"
#include "storage/messagetemplates.h"
#include "widgets/recipientchooser.h"
#include "window/messagetemplatesdialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ep {

WriteMessagesDialog::WriteMessagesDialog(QSqlDatabase db, EventDocument document,
                                         const QList<int> &selected, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_document(std::move(document))
    , m_kinds(new QComboBox(this))
    , m_recipients(new RecipientChooser(m_document, selected, this))
    , m_folder(new QLineEdit(this))
    , m_preview(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_write(new QPushButton(tr("Wr&ite Drafts"), this))
    , m_openFolder(new QPushButton(tr("Open &Folder"), this))
{
    setObjectName(QStringLiteral("writeMessagesDialog"));
    setWindowTitle(tr("Write Messages"));
    m_kinds->setObjectName(QStringLiteral("kinds"));
    m_folder->setObjectName(QStringLiteral("folder"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_write->setObjectName(QStringLiteral("writeDrafts"));
    m_openFolder->setObjectName(QStringLiteral("openFolder"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_summary->setWordWrap(true);
    m_openFolder->setVisible(false);
    for (MessageKind kind : allMessageKinds) {
        m_kinds->addItem(QCoreApplication::translate("MessageTemplate", messageKindName(kind)),
                         int(kind));
    }
    auto *editTemplates = new QPushButton(tr("&Edit Templates…"), this);
    editTemplates->setObjectName(QStringLiteral("editTemplates"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kinds, 1);
    kindRow->addWidget(editTemplates);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    // Rows of a field with its button: the label leads to the field.
    auto *kindLabel = new QLabel(tr("&Message:"), this);
    kindLabel->setBuddy(m_kinds);
    auto *folderLabel = new QLabel(tr("Into f&older:"), this);
    folderLabel->setBuddy(m_folder);
    auto *form = new QFormLayout;
    form->addRow(kindLabel, kindRow);
    form->addRow(m_recipients);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Pre&view:"), m_preview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_write, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    m_write->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_write, &QPushButton::clicked, this, &WriteMessagesDialog::write);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder->text())); });
    connect(choose, &QPushButton::clicked, this, &WriteMessagesDialog::chooseFolder);
    connect(editTemplates, &QPushButton::clicked, this, &WriteMessagesDialog::editTemplates);
    connect(m_kinds, &QComboBox::currentIndexChanged, this, &WriteMessagesDialog::kindChanged);
    connect(m_recipients, &RecipientChooser::changed, this, &WriteMessagesDialog::update);
    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_openFolder->setVisible(false); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(720, 720);
    // Tab as the dialog is read: the buttons beside a field follow it.
    QWidget::setTabOrder(m_kinds, editTemplates);
    QWidget *previous = editTemplates;
    for (QWidget *stop : m_recipients->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (stop->focusPolicy() & Qt::TabFocus) {
            QWidget::setTabOrder(previous, stop);
            previous = stop;
        }
    }
    for (QWidget *stop :
         std::initializer_list<QWidget *>{m_folder, choose, m_preview, m_write, m_openFolder}) {
        QWidget::setTabOrder(previous, stop);
        previous = stop;
    }
}

bool WriteMessagesDialog::loadTemplates()
{
    if (const QSqlError error = readTemplates(); error.isValid()) {
        QMessageBox::warning(parentWidget(), windowTitle(), Database::describeFailure(m_db, error));
        return false;
    }
    proposeFolderAndRecipients();
    return true;
}

MessageKind WriteMessagesDialog::kind() const
{
    return MessageKind(m_kinds->currentData().toInt());
}

QSqlError WriteMessagesDialog::readTemplates()
{
    QSqlError error;
    m_templates = MessageTemplates::load(m_db, kind(), &error);
    return error;
}

// Another message: its templates, the people it is meant for, and a folder
// named after it.
void WriteMessagesDialog::kindChanged()
{
    const QSqlError error = readTemplates();
    proposeFolderAndRecipients();
    if (error.isValid())
        m_summary->setText(Database::describeFailure(m_db, error));
}

void WriteMessagesDialog::proposeFolderAndRecipients()
{
    const QString name =
        m_kinds->currentText() % u" – " % m_document.event.title.text(languageOfLocale());
    m_folder->setText(QDir(ExportPaths::folder()).filePath(portableFileName(name)));
    m_openFolder->setVisible(false);
    m_recipients->setStatuses(defaultRecipientStatuses(kind())); // updates
}

void WriteMessagesDialog::update()
{
    m_drafts = messageDrafts(m_document, m_templates, m_recipients->chosen(), languageOfLocale(),
                             QDateTime::currentDateTimeUtc());
    QHash<Language, int> perLanguage;
    for (const MessageDraft &draft : std::as_const(m_drafts.drafts))
        ++perLanguage[draft.language];
    QStringList languages;
    const DocumentLanguage shownIn(languageOfLocale());
    for (Language language : allLanguages) {
        if (perLanguage.value(language) > 0)
            languages.append(tr("%1 in %2")
                                 .arg(perLanguage.value(language))
                                 .arg(languageNames(languageCode(language), shownIn)));
    }
    QString summary = tr("%n message(s)", nullptr, int(m_drafts.drafts.size()));
    if (!languages.isEmpty())
        summary += u": " % languages.join(u", ");
    summary += u'.';
    if (!m_drafts.withoutEmail.isEmpty())
        summary +=
            u' ' % tr("Without an email address: %1.").arg(m_drafts.withoutEmail.join(u", "));
    m_summary->setText(summary);
    m_write->setEnabled(!m_drafts.drafts.isEmpty());
    if (m_drafts.drafts.isEmpty()) {
        m_preview->setPlainText(tr("Nobody chosen has an email address."));
        return;
    }
    const MessageDraft &first = m_drafts.drafts.first();
    QString preview = tr("To: %1 <%2>").arg(first.recipientName, first.email) % u'\n' %
                      tr("Subject: %1").arg(first.subject) % u'\n';
    if (!first.calendar.isEmpty())
        preview += tr("Attached: %1").arg(first.calendarName) % u'\n';
    m_preview->setPlainText(preview % u'\n' % first.body);
}

void WriteMessagesDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose an Empty Folder for the Messages"), QFileInfo(m_folder->text()).path());
    if (!folder.isEmpty()) {
        m_folder->setText(folder);
        m_openFolder->setVisible(false);
    }
}

void WriteMessagesDialog::editTemplates()
{
    MessageTemplatesDialog dialog(m_db, kind(), this);
    if (!dialog.load())
        return;
    dialog.exec();
    // The templates as saved; another message shown there is shown here.
    const int shown = m_kinds->findData(int(dialog.shownKind()));
    if (shown != m_kinds->currentIndex()) {
        m_kinds->setCurrentIndex(shown); // kindChanged() reads them
    } else if (const QSqlError error = readTemplates(); error.isValid()) {
        m_summary->setText(Database::describeFailure(m_db, error));
    } else {
        update();
    }
}

void WriteMessagesDialog::write()
{
    const QString folder = m_folder->text().trimmed();
    if (const QString error = writeDrafts(m_drafts.drafts, folder, QDateTime::currentDateTimeUtc());
        !error.isEmpty()) {
        m_summary->setText(error);
        return;
    }
    ExportPaths::remember(folder);
    m_summary->setText(tr("Wrote %n draft(s) into %1. Open them in the mail program, check them "
                          "and send them.",
                          nullptr, int(m_drafts.drafts.size()))
                           .arg(QDir::toNativeSeparators(folder)));
    m_openFolder->setVisible(true);
    m_openFolder->setFocus();
}

} // namespace ep
