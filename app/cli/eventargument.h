#pragma once

#include "export/eventdocument.h"

#include <QSqlDatabase>

#include <optional>

namespace ep::cli {

class Console;

// The event named on the command line by its id `key`, with everything its
// documents name; none when there is no such event (the message printed,
// `status` ExitBadInput) or reading failed (ExitDatabaseProblem).
std::optional<EventDocument> eventNamed(const QSqlDatabase &db, const QString &key,
                                        Console &console, int &status);

} // namespace ep::cli
