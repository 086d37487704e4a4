#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ep {

// What a database keeps of rows deleted or overwritten after the commit,
// removed: on a file, the search index's old entries (its segments merged)
// and the earlier copies of pages in the write-ahead log (checkpointed and
// truncated; freed pages are zeroed as they are freed, secure_delete); on a
// team server, the old row versions (VACUUM, which the tables' owner may
// run). For an erasure and for the retention policy's anonymising.
class ErasedTraces final
{
    Q_DECLARE_TR_FUNCTIONS(ErasedTraces)

public:
    // Returns what could not be removed, as a sentence; empty when all was.
    static QString remove(const QSqlDatabase &db);
};

} // namespace ep
