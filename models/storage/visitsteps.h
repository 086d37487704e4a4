#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

// The schema's steps for preparing and running visits (issue 16), apart from
// schema.cpp's older ones.
namespace ep::schema::visitSteps {

// Version 16: where each participant stays, for the hotel's rooming list.
QStringList version16();

// Version 17: the days of the week a site can be visited, for the calendar's
// conflicts.
QStringList version17();

// Runs the step to `version` (16, 17) inside the upgrade's transaction.
QSqlError run(QSqlDatabase &db, int version);

} // namespace ep::schema::visitSteps
