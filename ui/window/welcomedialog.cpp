#include "window/welcomedialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ep {

WelcomeDialog::WelcomeDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Exchange Planner"));
    auto *text = new QLabel(
        tr("<h3>Welcome to Exchange Planner</h3>"
           "<p>Exchange Planner keeps your study visits, webinars and workshops with their "
           "agendas, participants, sites and contact people in one database on this "
           "computer:</p><p><tt>%1</tt></p>"
           "<p>Would you like to start with the <b>demo programme</b> — the partnership of the "
           "Ruhr region (RVR) and the GZM metropolis with four events of 2019 and 2020 — to "
           "look around, or with an <b>empty database</b> for your own work?</p>")
            .arg(QDir::toNativeSeparators(databasePath).toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *demo =
        buttons->addButton(tr("Start with the &Demo Programme"), QDialogButtonBox::AcceptRole);
    QPushButton *empty = buttons->addButton(tr("Start &Empty"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    demo->setDefault(true);
    connect(demo, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });
    connect(empty, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Empty;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

} // namespace ep
