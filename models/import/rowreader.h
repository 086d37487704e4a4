#pragma once

#include "csv/csvreader.h"
#include "import/importreport.h"
#include "import/importrow.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <optional>

namespace ep {

// Reads the rows of one file: the header and the mapping of its columns,
// then each row decoded and checked. What is wrong with a row goes into the
// report, every problem of it with its line and column.
class RowReader final
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetImport)

public:
    RowReader(const ImportSettings &settings, ImportReport &report);

    // Takes the header record; false (with report.fileProblem) when it cannot be used.
    bool takeHeader(const CsvReader::Record &record);

    // The row of `record`, or nothing when it has problems (added to the report).
    std::optional<ImportRow> take(const CsvReader::Record &record);

    // Reports a problem the writer found with a row take() accepted, in the
    // column of `field`; the row is then invalid.
    void reject(const ImportRow &row, Field field, const QString &reason);

private:
    using Problem = std::function<void(int column, const QString &reason)>;

    bool applyColumnFields(qint64 line);
    QString columnName(int column) const;
    int columnOf(Field field) const { return int(m_report.mapping.indexOf(field)); }
    void setField(ImportRow &row, const FieldDescription &description, const QString &value,
                  int column, const Problem &problem);
    void setCode(QString &code, const FieldDescription &field, const QString &value, int column,
                 const Problem &problem);
    static QString labels(Vocabulary vocabulary);

    const ImportSettings &m_settings;
    ImportReport &m_report;
    QList<const FieldDescription *> m_descriptions; // of each column
    // The code of each role or status word met, looked up once: a file
    // repeats the same few words in every row.
    QHash<QString, std::optional<QString>> m_roles;
    QHash<QString, std::optional<QString>> m_statuses;
};

} // namespace ep
