#include "window/writeemaildialog.h"

#include "domain/language.h"
#include "export/mailto.h"
#include "export/participantlist.h"
#include "widgets/recipientchooser.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ep {

WriteEmailDialog::WriteEmailDialog(EventDocument document, const QList<int> &selected,
                                   QWidget *parent)
    : QDialog(parent)
    , m_document(std::move(document))
    , m_recipients(new RecipientChooser(m_document, selected, this))
    , m_summary(new QLabel(this))
    , m_open(new QPushButton(this))
{
    setObjectName(QStringLiteral("writeEmailDialog"));
    setWindowTitle(tr("Write Email"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("openMessage"));
    // Who comes, unless the officer ticks otherwise.
    m_recipients->setStatuses({u"registered"_qs, u"confirmed"_qs});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    m_open->setDefault(true);
    connect(m_open, &QPushButton::clicked, this, &WriteEmailDialog::openNext);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recipients, &RecipientChooser::changed, this, &WriteEmailDialog::update);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_recipients);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    update();
}

// Who the choice names, their messages, and who has no address.
void WriteEmailDialog::update()
{
    QStringList addresses;
    QStringList without;
    for (const ParticipantRow &row : m_recipients->chosen()) {
        if (row.person.email.trimmed().isEmpty())
            without.append(row.person.displayName());
        else
            addresses.append(row.person.email);
    }
    m_messages = mailtoBatches(addresses, m_document.event.title.text(languageOfLocale()));
    m_opened = 0;
    QString summary = tr("%n address(es)", nullptr, int(addresses.size()));
    if (m_messages.size() > 1)
        summary += u' ' % tr("in %n messages: the mail program takes only so many at once.",
                             nullptr, int(m_messages.size()));
    if (!without.isEmpty())
        summary += u' ' % tr("Without an email address: %1.").arg(without.join(u", "));
    m_summary->setText(summary);
    m_open->setEnabled(!m_messages.isEmpty());
    m_open->setText(m_messages.size() > 1 ? tr("&Open Message 1 of %1").arg(m_messages.size())
                                          : tr("&Open in Mail Program"));
}

void WriteEmailDialog::openNext()
{
    if (m_opened >= m_messages.size())
        return;
    QDesktopServices::openUrl(m_messages[m_opened++]);
    if (m_opened < m_messages.size())
        m_open->setText(tr("&Open Message %1 of %2").arg(m_opened + 1).arg(m_messages.size()));
    else
        m_open->setEnabled(false);
}

} // namespace ep
