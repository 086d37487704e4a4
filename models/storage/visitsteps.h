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

// Version 18: the waiting list, a participant's status beyond the event's
// capacity: the status check takes 'waitlisted' (SQLite rebuilds the table
// for it; PostgreSQL replaces the check).

// Version 19: an organisation's letterhead (street, postal code, phone,
// email, logo, who signs its letters) and the message templates
// (storage/messagetemplates.h).

// Version 20: after the visit (issue 17), the signed sheets: who attended
// each day and site visit, and who signed a blank row
// (storage/attendancerepository.h).

// Runs the step to `version` (16 to 20) inside the upgrade's transaction.
QSqlError run(QSqlDatabase &db, int version);

} // namespace ep::schema::visitSteps
