#include "import/importcolumns.h"

#include <QStringList>

namespace ep {

QStringList columnNames(const QList<const FieldDescription *> &fields)
{
    QStringList names;
    for (const FieldDescription *field : fields)
        names.append(QLatin1String(field->column));
    return names;
}

QString columnList(const QList<const FieldDescription *> &fields)
{
    return columnNames(fields).join(u", ");
}

QString assignments(const QList<const FieldDescription *> &fields)
{
    QStringList names;
    for (const FieldDescription *field : fields)
        names.append(QLatin1String(field->column) % u" = ?");
    return names.join(u", ");
}

std::array<char, 16> storedDateTime(const QDateTime &value)
{
    std::array<char, 16> text{'0', '0', '0', '0', '-', '0', '0', '-',
                              '0', '0', 'T', '0', '0', ':', '0', '0'};
    const auto put = [&text](int at, int number, int digits) {
        for (int i = digits - 1; i >= 0; --i, number /= 10)
            text[size_t(at + i)] = char('0' + number % 10);
    };
    int year = 0, month = 0, day = 0;
    value.date().getDate(&year, &month, &day); // one calendar conversion, not three
    const QTime time = value.time();
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    put(11, time.hour(), 2);
    put(14, time.minute(), 2);
    return text;
}

} // namespace ep
