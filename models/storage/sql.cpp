#include "storage/sql.h"

#include "domain/wallclock.h"

#include <QSqlQuery>
#include <QStringList>

namespace ep::sql {

QSqlError run(QSqlQuery &query, const QString &statement, const QList<Binding> &bindings)
{
    if (!query.prepare(statement))
        return query.lastError();
    for (const Binding &binding : bindings) {
        // A null QString would be bound as NULL; an empty text is meant. NULL
        // is asked for with a null QVariant (see idOrNull(), dateOrNull()).
        const bool nullText = !binding.value.isNull() &&
                              binding.value.typeId() == QMetaType::QString &&
                              binding.value.toString().isNull();
        query.bindValue(binding.name, nullText ? QVariant(QStringLiteral("")) : binding.value);
    }
    if (!query.exec())
        return query.lastError();
    return {};
}

QSqlError run(const QSqlDatabase &db, const QString &statement, const QList<Binding> &bindings)
{
    QSqlQuery query(db);
    return run(query, statement, bindings);
}

bool rowExists(const QSqlDatabase &db, const QString &table, int id, QSqlError *error)
{
    QSqlQuery query(db);
    const QSqlError failed = run(query, u"SELECT 1 FROM "_qs % table % u" WHERE id = :id"_qs,
                                 {{QStringLiteral(":id"), id}});
    if (error)
        *error = failed;
    return !failed.isValid() && query.next();
}

QList<int> ids(const QSqlDatabase &db, const QString &statement, const QList<Binding> &bindings,
               QSqlError *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QList<int> result;
    const QSqlError failed = run(query, statement, bindings);
    if (error)
        *error = failed;
    if (failed.isValid())
        return result;
    while (query.next())
        result.append(query.value(0).toInt());
    return result;
}

int count(const QSqlDatabase &db, const QString &statement, const QList<Binding> &bindings,
          QSqlError *error)
{
    QSqlQuery query(db);
    const QSqlError failed = run(query, statement, bindings);
    if (error)
        *error = failed;
    if (failed.isValid() || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<Binding> localizedBindings(const QString &column, const LocalizedText &text)
{
    QList<Binding> bindings;
    for (Language language : allLanguages)
        bindings.append({u':' % column % u'_' % languageCode(language), text[language]});
    return bindings;
}

QString localizedColumns(const QString &column)
{
    QStringList columns;
    for (Language language : allLanguages)
        columns.append(column % u'_' % languageCode(language));
    return columns.join(u", ");
}

QVariant idOrNull(int id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<int>());
}

int idFrom(const QVariant &value)
{
    return value.isNull() ? 0 : value.toInt();
}

QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString timeText(QTime time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QTime timeFrom(const QVariant &value)
{
    return QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

QVariant dateTimeOrNull(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm")))
                              : QVariant(QMetaType::fromType<QString>());
}

QDateTime dateTimeFrom(const QVariant &value)
{
    return wallClockFromText(value.toString());
}

bool isBusy(const QSqlError &error)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

QString idArray(const QList<int> &ids)
{
    QString array(u'[');
    for (int id : ids) {
        if (array.size() > 1)
            array += u',';
        array += QString::number(id);
    }
    return array + u']';
}

QString containsPattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace ep::sql
