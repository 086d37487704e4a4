#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ep {

// Who does what is done through `db`, as the office's records name them:
// the database role on a team server (PostgreSQL's current_user), else the
// user of the computer the planner runs as.
QString actingUser(const QSqlDatabase &db);

} // namespace ep
