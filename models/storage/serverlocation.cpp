#include "storage/serverlocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

namespace ep {

bool ServerLocation::isServer(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

ServerLocation ServerLocation::parse(const QString &location, QString *error)
{
    ServerLocation parsed;
    // The password, where the URI holds one, is cut out of what is kept:
    // from "user:secret@" and from "?password=secret".
    static const QRegularExpression userInfo(
        QStringLiteral("^(postgres(?:ql)?://[^:@/?]*):[^@/?]*@"));
    static const QRegularExpression parameter(QStringLiteral("([?&])password=[^&]*(&|$)"));
    QString kept = location;
    kept.replace(userInfo, QStringLiteral("\\1@"));
    kept.replace(parameter, QStringLiteral("\\1"));
    if (kept.endsWith(u'?') || kept.endsWith(u'&'))
        kept.chop(1);
    parsed.m_withoutPassword = kept;
    char *message = nullptr;
    const QByteArray utf8 = location.toUtf8();
    PQconninfoOption *options = PQconninfoParse(utf8.constData(), &message);
    if (!options) {
        if (error) {
            // libpq quotes the address it could not read: without the password.
            *error = message ? QString::fromUtf8(message).trimmed().replace(location, kept)
                             : tr("not a connection address that libpq reads");
        }
        PQfreemem(message);
        return parsed;
    }
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (!option->val)
            continue;
        const QByteArrayView keyword(option->keyword);
        const QString value = QString::fromUtf8(option->val);
        bool numeric = false;
        if (keyword == "host") {
            parsed.m_host = value;
        } else if (keyword == "port" && (value.toInt(&numeric), numeric)) {
            parsed.m_port = value.toInt();
        } else if (keyword == "dbname") {
            parsed.m_database = value;
        } else if (keyword == "user") {
            parsed.m_user = value;
        } else if (keyword == "password") {
            parsed.m_hasPassword = !value.isEmpty();
            parsed.m_password = value;
        } else {
            if (keyword == "sslmode")
                parsed.m_sslMode = value;
            if (keyword == "hostaddr" && parsed.m_host.isEmpty())
                parsed.m_host = value;
            parsed.m_others.append({QString::fromLatin1(option->keyword), value});
        }
    }
    PQconninfoFree(options);
    if (error)
        error->clear();
    return parsed;
}

QString ServerLocation::uri(const QString &host, int port, const QString &database,
                            const QString &user, const QString &sslMode)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    QUrlQuery query;
    // A socket folder is a path: libpq takes it as the host parameter.
    if (host.startsWith(u'/'))
        query.addQueryItem(QStringLiteral("host"), host);
    else if (!host.isEmpty())
        url.setHost(host);
    if (port > 0 && !host.startsWith(u'/'))
        url.setPort(port);
    else if (port > 0)
        query.addQueryItem(QStringLiteral("port"), QString::number(port));
    if (!user.isEmpty())
        url.setUserName(user);
    url.setPath(u'/' % database);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl writes "postgresql:/db" without an authority; libpq wants "//".
    if (!text.startsWith(u"postgresql://"))
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return text;
}

bool ServerLocation::applyTo(QSqlDatabase &db, const QString &password, QString *error) const
{
    db.setHostName(m_host);
    db.setDatabaseName(m_database);
    db.setUserName(m_user);
    db.setPassword(password.isEmpty() ? m_password : password);
    db.setPort(m_port > 0 ? m_port : -1);
    QStringList options;
    bool timeout = false;
    for (const auto &[keyword, value] : m_others) {
        if (value.contains(u';')) {
            if (error)
                *error = tr("the value of %1 holds a \";\", which Qt's driver cannot pass on")
                             .arg(keyword);
            return false;
        }
        QString quoted = value;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        options.append(keyword % u"='"_qs % quoted % u'\'');
        timeout = timeout || keyword == u"connect_timeout";
    }
    // A server that does not answer is given up after a while, not waited
    // for as long as the network stack would; the address may say otherwise.
    if (!timeout)
        options.append(QStringLiteral("connect_timeout=10"));
    db.setConnectOptions(options.join(u';'));
    return true;
}

QString ServerLocation::displayName(const QSqlDatabase &db)
{
    ServerLocation location;
    location.m_host = db.hostName();
    location.m_port = qMax(db.port(), 0);
    location.m_database = db.databaseName();
    location.m_user = db.userName();
    return location.displayName();
}

QString ServerLocation::displayName() const
{
    QString name;
    if (!m_user.isEmpty())
        name = m_user % u'@';
    name += m_host.isEmpty() ? tr("local server") : m_host;
    if (m_port > 0)
        name += u':' % QString::number(m_port);
    return name % u'/' % m_database;
}

} // namespace ep
