#include "storage/copyin.h"

#include "storage/libpqconnection.h"

#include <libpq-fe.h>

namespace ep {

CopyIn::CopyIn(const QSqlDatabase &db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_command(
          (u"COPY "_qs % table % u" ("_qs % columns.join(u", ") % u") FROM STDIN"_qs).toUtf8())
    , m_columns(columns.size())
{}

void CopyIn::separate(int index)
{
    // The first column of a row starts it; every other one follows a tab.
    if ((index - 1) % m_columns == 0) {
        if (!m_data.isEmpty())
            m_data.append('\n');
        ++m_rows;
    } else {
        m_data.append('\t');
    }
}

void CopyIn::bind(int index, const QString &value)
{
    separate(index);
    // COPY's text format: a backslash, tab, newline and carriage return
    // inside a value are escaped; everything else goes as UTF-8.
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            m_data.append("\\\\");
            break;
        case '\t':
            m_data.append("\\t");
            break;
        case '\n':
            m_data.append("\\n");
            break;
        case '\r':
            m_data.append("\\r");
            break;
        default:
            m_data.append(c);
        }
    }
}

void CopyIn::bind(int index, qint64 value)
{
    separate(index);
    m_data.append(QByteArray::number(value));
}

void CopyIn::bindAscii(int index, QByteArrayView text)
{
    separate(index);
    m_data.append(text);
}

void CopyIn::bindNull(int index)
{
    separate(index);
    m_data.append("\\N");
}

bool CopyIn::send()
{
    if (m_rows == 0)
        return true;
    m_data.append('\n');
    PGconn *server = libpqConnection(m_db);
    if (!server) {
        m_error = QStringLiteral("not a connection to a PostgreSQL server");
        return false;
    }
    const auto failed = [this, server](PGresult *result) {
        m_error = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(server))
                      .trimmed();
        const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        m_errorCode = state ? QString::fromLatin1(state) : QString();
        PQclear(result);
        while (PGresult *rest = PQgetResult(server))
            PQclear(rest);
        return false;
    };
    PGresult *started = PQexec(server, m_command.constData());
    if (PQresultStatus(started) != PGRES_COPY_IN)
        return failed(started);
    PQclear(started);
    if (PQputCopyData(server, m_data.constData(), int(m_data.size())) != 1 ||
        PQputCopyEnd(server, nullptr) != 1)
        return failed(nullptr);
    PGresult *ended = PQgetResult(server);
    if (PQresultStatus(ended) != PGRES_COMMAND_OK)
        return failed(ended);
    PQclear(ended);
    while (PGresult *rest = PQgetResult(server))
        PQclear(rest);
    m_data.clear();
    m_rows = 0;
    return true;
}

} // namespace ep
