#include "storage/sql.h"

#include "domain/wallclock.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

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

QSqlError runUnprepared(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    return query.exec(statement) ? QSqlError() : query.lastError();
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
    return date.isValid() ? QVariant(dateText(date)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant &value)
{
    const QString text = value.toString();
    // The stored form read digit by digit; anything else by Qt's parser,
    // which also refuses what is no date.
    const auto digit = [&text](qsizetype at) {
        const char16_t c = text[at].unicode();
        return c >= u'0' && c <= u'9' ? int(c - u'0') : -1;
    };
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        const int digits[] = {digit(0), digit(1), digit(2), digit(3),
                              digit(5), digit(6), digit(8), digit(9)};
        if (std::all_of(std::begin(digits), std::end(digits), [](int d) { return d >= 0; })) {
            return QDate(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3],
                         digits[4] * 10 + digits[5], digits[6] * 10 + digits[7]);
        }
    }
    return QDate::fromString(text, Qt::ISODate);
}

QString dateText(QDate date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid())
        return {};
    if (year < 1 || year > 9999)
        return date.toString(Qt::ISODate);
    const auto digit = [](int value) {
        return QChar(u'0' + value % 10);
    };
    const QChar text[] = {digit(year / 1000),
                          digit(year / 100),
                          digit(year / 10),
                          digit(year),
                          u'-',
                          digit(month / 10),
                          digit(month),
                          u'-',
                          digit(day / 10),
                          digit(day)};
    return QString(text, 10);
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
