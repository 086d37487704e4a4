#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace ep::bench {

// Proves on a generated database that its rows are what the application
// itself would have written, changing nothing (every check runs in a
// transaction that is rolled back):
// - every row's search_text and sort_name equal what the application's
//   schema upgrade recomputes from the row (schema::rebuildSearchText);
// - a sample of records — an organisation, a contact person, another
//   person, a topic, a site, an event with its agenda, hosts and
//   participants — loaded and saved anew through the repositories gives
//   rows equal column for column, type for type, to the generated ones;
// - searching the People and Events lists finds the same rows whatever
//   the spelling ("Müller", "mueller", "muller").
// Prints what it checked; returns the failures, none when all is well.
QStringList selfCheck(const QSqlDatabase &db, int largeEventId);

} // namespace ep::bench
