#include "cli/consoletable.h"

#include <algorithm>

namespace ep::cli {

QString consoleTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths[column], row[column].size());
        }
    }
    QString text;
    const auto appendRow = [&](const QStringList &row) {
        QStringList cells;
        for (qsizetype column = 0; column < row.size(); ++column)
            cells.append(column + 1 < row.size() ? row[column].leftJustified(widths[column])
                                                 : row[column]);
        text += cells.join(QStringLiteral("  ")) % u'\n';
    };
    for (qsizetype index = 0; index < rows.size(); ++index) {
        appendRow(rows[index]);
        if (index == 0) {
            QStringList rules;
            for (qsizetype width : widths)
                rules.append(QString(width, u'-'));
            appendRow(rules);
        }
    }
    return text;
}

} // namespace ep::cli
