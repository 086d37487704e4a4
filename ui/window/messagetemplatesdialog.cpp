#include "window/messagetemplatesdialog.h"

#include "storage/database.h"
#include "storage/messagetemplates.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace ep {
namespace {

qsizetype indexOf(const QList<MessageTemplate> &templates, MessageKind kind, Language language)
{
    for (qsizetype i = 0; i < templates.size(); ++i) {
        if (templates[i].kind == kind && templates[i].language == language)
            return i;
    }
    return -1;
}

} // namespace

MessageTemplatesDialog::MessageTemplatesDialog(QSqlDatabase db, MessageKind shown, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_kind(shown)
    , m_kinds(new QComboBox(this))
    , m_languages(new QTabWidget(this))
    , m_placeholders(new QListWidget(this))
{
    setObjectName(QStringLiteral("messageTemplatesDialog"));
    setWindowTitle(tr("Message Templates"));
    m_kinds->setObjectName(QStringLiteral("kinds"));
    m_languages->setObjectName(QStringLiteral("languages"));
    m_placeholders->setObjectName(QStringLiteral("placeholders"));
    for (MessageKind kind : allMessageKinds) {
        m_kinds->addItem(QCoreApplication::translate("MessageTemplate", messageKindName(kind)),
                         int(kind));
    }
    for (Language language : allLanguages) {
        auto *page = new QWidget(m_languages);
        auto *subject = new QLineEdit(page);
        auto *body = new QPlainTextEdit(page);
        subject->setObjectName(u"subject_"_qs % languageCode(language));
        body->setObjectName(u"body_"_qs % languageCode(language));
        body->setTabChangesFocus(true);
        auto *form = new QFormLayout(page);
        form->addRow(tr("&Subject:"), subject);
        form->addRow(tr("&Text:"), body);
        m_subjects.append(subject);
        m_bodies.append(body);
        m_languages->addTab(page, endonym(language));
    }
    for (const Placeholder &placeholder : placeholders()) {
        auto *item = new QListWidgetItem(
            u'{' % QLatin1String(placeholder.key) % u"}  " %
                QCoreApplication::translate("MessageTemplate", placeholder.description),
            m_placeholders);
        item->setData(Qt::UserRole, QString(u'{' % QLatin1String(placeholder.key) % u'}'));
    }
    // Long descriptions (German, Polish) wrap instead of being cut.
    m_placeholders->setWordWrap(true);
    m_placeholders->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The language of the window first: most edit their own.
    const auto own = std::find(std::begin(allLanguages), std::end(allLanguages),
                               languageOfLocale()); // the tabs' order
    m_languages->setCurrentIndex(int(std::distance(std::begin(allLanguages), own)));
    connect(m_placeholders, &QListWidget::itemActivated, this,
            &MessageTemplatesDialog::insertPlaceholder);

    auto *placeholderLabel = new QLabel(tr("&Placeholders (double-click to insert):"), this);
    placeholderLabel->setBuddy(m_placeholders);
    placeholderLabel->setWordWrap(true);
    auto *side = new QVBoxLayout;
    side->addWidget(placeholderLabel);
    side->addWidget(m_placeholders);
    auto *kindLabel = new QLabel(tr("&Message:"), this);
    kindLabel->setBuddy(m_kinds);
    auto *top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kinds);
    top->addStretch();
    auto *editing = new QHBoxLayout;
    editing->addWidget(m_languages, 2);
    editing->addLayout(side, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(editing);
    layout->addWidget(buttons);
    resize(900, 560);
    // Tab as the dialog is read: the message, the language, its subject and
    // text, then the placeholders beside them.
    QWidget *previous = m_languages;
    QWidget::setTabOrder(m_kinds, previous);
    for (qsizetype i = 0; i < m_subjects.size(); ++i) {
        QWidget::setTabOrder(previous, m_subjects[i]);
        QWidget::setTabOrder(m_subjects[i], m_bodies[i]);
        previous = m_bodies[i];
    }
    QWidget::setTabOrder(previous, m_placeholders);
    QWidget::setTabOrder(m_placeholders, buttons->button(QDialogButtonBox::Save));
    QWidget::setTabOrder(buttons->button(QDialogButtonBox::Save),
                         buttons->button(QDialogButtonBox::Cancel));
    connect(m_kinds, &QComboBox::currentIndexChanged, this, [this] {
        keepEdits();
        showKind(MessageKind(m_kinds->currentData().toInt()));
    });
}

bool MessageTemplatesDialog::load()
{
    QSqlError error;
    m_stored = MessageTemplates::loadAll(m_db, &error);
    if (error.isValid()) {
        QMessageBox::warning(parentWidget(), windowTitle(), Database::describeFailure(m_db, error));
        return false;
    }
    m_edited = m_stored;
    {
        const QSignalBlocker quiet(m_kinds);
        m_kinds->setCurrentIndex(m_kinds->findData(int(m_kind)));
    }
    showKind(m_kind);
    return true;
}

MessageKind MessageTemplatesDialog::shownKind() const
{
    return m_kind;
}

void MessageTemplatesDialog::showKind(MessageKind kind)
{
    m_kind = kind;
    for (qsizetype i = 0; i < m_subjects.size(); ++i) {
        const qsizetype at = indexOf(m_edited, kind, allLanguages[i]);
        m_subjects[i]->setText(at < 0 ? QString() : m_edited[at].subject);
        m_bodies[i]->setPlainText(at < 0 ? QString() : m_edited[at].body);
    }
}

// What is on screen into m_edited, before another kind is shown or saved.
void MessageTemplatesDialog::keepEdits()
{
    for (qsizetype i = 0; i < m_subjects.size(); ++i) {
        const qsizetype at = indexOf(m_edited, m_kind, allLanguages[i]);
        if (at < 0)
            continue;
        m_edited[at].subject = m_subjects[i]->text();
        m_edited[at].body = m_bodies[i]->toPlainText();
    }
}

void MessageTemplatesDialog::insertPlaceholder()
{
    const QListWidgetItem *item = m_placeholders->currentItem();
    if (!item)
        return;
    const QString text = item->data(Qt::UserRole).toString();
    const int language = m_languages->currentIndex();
    // Into the subject when it was the field last typed in, else the text.
    if (m_subjects[language]->hasFocus() ||
        m_languages->currentWidget()->focusWidget() == m_subjects[language]) {
        m_subjects[language]->insert(text);
        m_subjects[language]->setFocus();
    } else {
        m_bodies[language]->insertPlainText(text);
        m_bodies[language]->setFocus();
    }
}

// After a colleague's save: what the officer left alone shows the stored
// text; their own edits stay, to be saved over the stored versions.
void MessageTemplatesDialog::takeWhatWasSavedMeanwhile()
{
    QSqlError error;
    const QList<MessageTemplate> now = MessageTemplates::loadAll(m_db, &error);
    if (error.isValid())
        return;
    for (qsizetype i = 0; i < m_edited.size() && i < now.size(); ++i) {
        if (m_edited[i] == m_stored[i])
            m_edited[i] = now[i];
    }
    m_stored = now;
    showKind(m_kind);
}

bool MessageTemplatesDialog::isModified()
{
    keepEdits();
    return m_edited != m_stored;
}

bool MessageTemplatesDialog::save()
{
    keepEdits();
    const MessageTemplates::SaveResult result = MessageTemplates::save(m_db, m_edited, m_stored);
    switch (result.status) {
    case MessageTemplates::Status::Saved:
        m_stored = m_edited = result.stored;
        return true;
    case MessageTemplates::Status::ChangedElsewhere:
        takeWhatWasSavedMeanwhile();
        [[fallthrough]];
    case MessageTemplates::Status::Invalid:
        QMessageBox::warning(this, tr("Templates Not Saved"), result.problem);
        return false;
    case MessageTemplates::Status::Failed:
        break;
    }
    QMessageBox::warning(this, tr("Templates Not Saved"),
                         Database::describeFailure(m_db, result.error));
    return false;
}

// Cancel, Escape or closing the window with edits asks before they are lost.
void MessageTemplatesDialog::done(int result)
{
    if (result == QDialog::Rejected && isModified() &&
        QMessageBox::question(this, tr("Discard Changes?"),
                              tr("The templates have changes that are not saved. Discard them?"),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Discard)
        return;
    QDialog::done(result);
}

} // namespace ep
