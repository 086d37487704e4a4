#include "window/teamdatabasedialog.h"

#include "storage/serverlocation.h"
#include "widgets/issuelabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace ep {
namespace {

constexpr int defaultPort = 5432;

// libpq's sslmode values, in the order of the choice, with what each means.
struct TlsMode
{
    const char *value;
    const char *label;
};

constexpr TlsMode tlsModes[] = {
    {"disable", QT_TRANSLATE_NOOP("ep::TeamDatabaseDialog", "Never encrypt")},
    {"allow", QT_TRANSLATE_NOOP("ep::TeamDatabaseDialog", "Encrypt only if the server insists")},
    {"prefer", QT_TRANSLATE_NOOP("ep::TeamDatabaseDialog", "Encrypt if the server can (default)")},
    {"require",
     QT_TRANSLATE_NOOP("ep::TeamDatabaseDialog", "Always encrypt, do not check the certificate")},
    {"verify-ca", QT_TRANSLATE_NOOP("ep::TeamDatabaseDialog",
                                    "Always encrypt, certificate from a trusted authority")},
    {"verify-full",
     QT_TRANSLATE_NOOP("ep::TeamDatabaseDialog", "Always encrypt, certificate names this server")},
};
constexpr int preferIndex = 2;

// The address's parameters that the fields do not show: kept when a field
// is edited, so that what the user wrote into the address is not lost.
QList<std::pair<QString, QString>> otherParameters(const QString &address)
{
    static const QStringList shown{u"host"_qs, u"hostaddr"_qs, u"port"_qs,    u"dbname"_qs,
                                   u"user"_qs, u"sslmode"_qs,  u"password"_qs};
    QList<std::pair<QString, QString>> others;
    const QList<std::pair<QString, QString>> items =
        QUrlQuery(QUrl(address)).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!shown.contains(item.first))
            others.append(item);
    }
    return others;
}

} // namespace

TeamDatabaseDialog::TeamDatabaseDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent)
    , m_recent(new QListWidget(this))
    , m_recentLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tlsMode(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_addressHint(new QLabel(this))
    , m_problem(IssueLabels::makeLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("teamDatabaseDialog"));
    m_recent->setObjectName(QStringLiteral("recentConnections"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_tlsMode->setObjectName(QStringLiteral("tlsMode"));
    m_address->setObjectName(QStringLiteral("address"));
    m_problem->setObjectName(QStringLiteral("addressProblem"));

    for (const QString &location : recent) {
        auto *item = new QListWidgetItem(ServerLocation::parse(location).displayName(), m_recent);
        item->setData(Qt::UserRole, location);
        item->setToolTip(location);
    }
    m_recent->setVisible(!recent.isEmpty());
    m_recentLabel->setVisible(!recent.isEmpty());
    m_recent->setMaximumHeight(m_recent->sizeHintForRow(0) * 5 + 2 * m_recent->frameWidth() + 4);
    m_recentLabel->setBuddy(m_recent);
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort);
    for (const TlsMode &mode : tlsModes)
        m_tlsMode->addItem(QString(), QLatin1String(mode.value));
    m_tlsMode->setCurrentIndex(preferIndex);
    m_address->setMinimumWidth(fontMetrics().averageCharWidth() * 75);
    m_addressHint->setWordWrap(true);

    auto *form = m_form;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_tlsMode, m_address})
        form->addRow(new QLabel(this), field);
    form->addRow(QString(), m_addressHint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recent);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);

    for (QLineEdit *field : {m_host, m_database, m_user})
        connect(field, &QLineEdit::textEdited, this, &TeamDatabaseDialog::fieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamDatabaseDialog::fieldsEdited);
    connect(m_tlsMode, &QComboBox::currentIndexChanged, this, &TeamDatabaseDialog::fieldsEdited);
    connect(m_address, &QLineEdit::textChanged, this, &TeamDatabaseDialog::addressEdited);
    connect(m_recent, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            setLocation(item->data(Qt::UserRole).toString());
    });
    connect(m_recent, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslate();
    if (!recent.isEmpty())
        m_recent->setCurrentRow(0);
    else
        fieldsEdited();
    m_host->setFocus();
}

QString TeamDatabaseDialog::location() const
{
    return m_address->text().trimmed();
}

void TeamDatabaseDialog::setLocation(const QString &location)
{
    m_address->setText(location);
}

void TeamDatabaseDialog::fieldsEdited()
{
    if (m_syncing)
        return;
    QString uri =
        ServerLocation::uri(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                            m_user->text().trimmed(), m_tlsMode->currentData().toString());
    const QList<std::pair<QString, QString>> others = otherParameters(m_address->text());
    if (!others.isEmpty()) {
        QUrl url(uri);
        QUrlQuery query(url);
        for (const auto &[key, value] : others)
            query.addQueryItem(key, value);
        url.setQuery(query);
        uri = url.toString(QUrl::FullyEncoded);
    }
    m_syncing = true;
    m_address->setText(uri);
    m_syncing = false;
    addressEdited();
}

void TeamDatabaseDialog::addressEdited()
{
    QString error;
    const QString address = location();
    const bool isServer = ServerLocation::isServer(address);
    const ServerLocation parsed = ServerLocation::parse(address, &error);
    const bool readable = isServer && error.isEmpty();
    if (!isServer)
        error = tr("A team database's address begins with postgresql://");
    const QString shown = !readable && !address.isEmpty() ? error : QString();
    m_problem->setMessage(shown);
    describeField(m_address, shown);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(readable);
    if (!readable || m_syncing)
        return;
    // The address wins: the fields show what it says.
    m_syncing = true;
    m_host->setText(parsed.host());
    m_port->setValue(parsed.port() > 0 ? parsed.port() : defaultPort);
    m_database->setText(parsed.database());
    m_user->setText(parsed.user());
    const int mode = m_tlsMode->findData(parsed.sslMode());
    m_tlsMode->setCurrentIndex(mode >= 0 ? mode : preferIndex);
    m_syncing = false;
}

void TeamDatabaseDialog::retranslate()
{
    setWindowTitle(tr("Connect to Team Database"));
    m_recentLabel->setText(tr("&Recent connections:"));
    const QList<std::pair<QWidget *, QString>> labels{
        {m_host, tr("&Server:")}, {m_port, tr("&Port:")},          {m_database, tr("&Database:")},
        {m_user, tr("&User:")},   {m_tlsMode, tr("&Encryption:")}, {m_address, tr("&Address:")}};
    for (const auto &[field, text] : labels) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            label->setText(text);
            label->setBuddy(field);
        }
    }
    m_host->setPlaceholderText(tr("e.g. db.example.org; empty: this computer"));
    m_user->setPlaceholderText(tr("empty: your login name"));
    for (int index = 0; index < m_tlsMode->count(); ++index)
        m_tlsMode->setItemText(index, tr(tlsModes[index].label));
    m_address->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/database"));
    m_addressHint->setText(
        tr("The address holds every connection parameter PostgreSQL knows (for example "
           "sslrootcert or connect_timeout): add them to it. A password is asked for when "
           "the server wants one and is never stored."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
}

} // namespace ep
