#include "storage/preparedstatement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace ep {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

PreparedStatement::PreparedStatement(const QSqlDatabase &db, const QString &statement,
                                     Returns returns)
    : m_handle(sqliteHandle(db))
    , m_query(db)
{
    if (m_handle) {
        const QByteArray utf8 = statement.toUtf8();
        m_valid = sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement,
                                     nullptr) == SQLITE_OK;
        if (!m_valid) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
            m_errorCode = QString::number(sqlite3_errcode(m_handle));
        }
        return;
    }
    m_valid = m_query.prepare(returns == Returns::Id ? statement % u" RETURNING id" : statement);
    if (!m_valid) {
        m_error = m_query.lastError().text();
        m_errorCode = m_query.lastError().nativeErrorCode();
    }
}

PreparedStatement::~PreparedStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

void PreparedStatement::bind(int index, const QString &value)
{
    if (!m_statement) {
        m_query.bindValue(index - 1, value.isNull() ? QStringLiteral("") : value);
        return;
    }
    if (value.isEmpty()) { // many cells of a spreadsheet are
        sqlite3_bind_text(m_statement, index, "", 0, SQLITE_STATIC);
        return;
    }
    // The database keeps UTF-8: converted here by Qt, and not copied again.
    if (m_texts.size() < index)
        m_texts.resize(index);
    QByteArray &text = m_texts[index - 1];
    // ASCII, most values, is copied into the buffer this parameter already has.
    const char16_t *source = reinterpret_cast<const char16_t *>(value.utf16());
    const qsizetype size = value.size();
    text.resize(size);
    char *out = text.data();
    char16_t bits = 0;
    for (qsizetype i = 0; i < size; ++i)
        bits |= source[i];
    if (bits < 0x80) {
        for (qsizetype i = 0; i < size; ++i)
            out[i] = char(source[i]);
    } else {
        text = value.toUtf8();
    }
    // A null QByteArray has no data; SQLite would read that as NULL.
    sqlite3_bind_text(m_statement, index, text.isNull() ? "" : text.constData(), int(text.size()),
                      SQLITE_STATIC);
}

void PreparedStatement::bindAscii(int index, QByteArrayView value)
{
    if (!m_statement) {
        m_query.bindValue(index - 1, QString::fromLatin1(value));
        return;
    }
    if (m_texts.size() < index)
        m_texts.resize(index);
    QByteArray &text = m_texts[index - 1];
    text.resize(value.size());
    std::copy(value.begin(), value.end(), text.begin());
    sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

void PreparedStatement::bind(int index, qint64 value)
{
    if (!m_statement) {
        m_query.bindValue(index - 1, value);
        return;
    }
    sqlite3_bind_int64(m_statement, index, value);
}

void PreparedStatement::bindNull(int index)
{
    if (!m_statement) {
        m_query.bindValue(index - 1, QVariant(QMetaType::fromType<QString>()));
        return;
    }
    sqlite3_bind_null(m_statement, index);
}

bool PreparedStatement::exec()
{
    if (!m_valid)
        return false;
    if (!m_statement) {
        if (m_query.exec())
            return true;
        m_error = m_query.lastError().text();
        m_errorCode = m_query.lastError().nativeErrorCode();
        return false;
    }
    sqlite3_reset(m_statement);
    const int result = sqlite3_step(m_statement);
    m_pendingRow = result == SQLITE_ROW;
    m_firstRead = true;
    if (result == SQLITE_ROW || result == SQLITE_DONE)
        return true;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    m_errorCode = QString::number(result);
    sqlite3_reset(m_statement);
    return false;
}

bool PreparedStatement::next()
{
    if (!m_statement) {
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid()) {
            m_error = m_query.lastError().text();
            m_errorCode = m_query.lastError().nativeErrorCode();
        }
        return false;
    }
    if (m_firstRead) {
        m_firstRead = false;
        return m_pendingRow;
    }
    if (!m_pendingRow)
        return false;
    const int result = sqlite3_step(m_statement);
    m_pendingRow = result == SQLITE_ROW;
    if (result != SQLITE_ROW && result != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        m_errorCode = QString::number(result);
    }
    return m_pendingRow;
}

qint64 PreparedStatement::intColumn(int column) const
{
    if (!m_statement)
        return m_query.value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

QString PreparedStatement::textColumn(int column) const
{
    if (!m_statement)
        return m_query.value(column).toString();
    // The file's own UTF-8, decoded by Qt: SQLite's conversion to UTF-16
    // (sqlite3_column_text16) took a sixth of a participants export.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int bytes = sqlite3_column_bytes(m_statement, column);
    return text ? QString::fromUtf8(text, bytes) : QString();
}

bool PreparedStatement::isNullColumn(int column) const
{
    if (!m_statement)
        return m_query.value(column).isNull();
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

void PreparedStatement::finish()
{
    if (!m_statement) {
        m_query.finish();
        return;
    }
    sqlite3_reset(m_statement);
    m_pendingRow = false;
    m_firstRead = false;
}

qint64 PreparedStatement::execForInt()
{
    qint64 value = -1;
    if (exec() && next())
        value = intColumn(0);
    finish();
    return value;
}

qint64 PreparedStatement::execForId()
{
    if (!m_statement)
        return execForInt();
    if (!exec())
        return -1;
    finish();
    return sqlite3_last_insert_rowid(m_handle);
}

} // namespace ep
