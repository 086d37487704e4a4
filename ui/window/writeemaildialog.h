#pragma once

#include "export/eventdocument.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QPushButton;

namespace ep {

class RecipientChooser;

// Event › Write Email…: a message to the participants chosen — those
// selected on the Participants tab, or those with the statuses, roles and
// delegations ticked — opened in the desktop's mail program with the
// addresses in BCC, in as many messages as the mail program accepts
// (mailtoBatches()). Says who has no email address.
class WriteEmailDialog final : public QDialog
{
    Q_OBJECT

public:
    // `selected`: the people selected in the event's participant table.
    WriteEmailDialog(EventDocument document, const QList<int> &selected, QWidget *parent = nullptr);

    // The messages the choice makes, as mailto links.
    QList<QUrl> messages() const { return m_messages; }

private:
    void update();
    void openNext();

    EventDocument m_document;
    RecipientChooser *m_recipients;
    QLabel *m_summary;
    QPushButton *m_open;
    QList<QUrl> m_messages;
    int m_opened = 0;
};

} // namespace ep
