#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

// The schema's steps for preparing and running visits (issue 16), apart from
// schema.cpp's older ones.
namespace ep::schema::visitSteps {

// Version 16: where each participant stays, for the hotel's rooming list.
QStringList version16();

// Runs the step to `version` (16) inside the upgrade's transaction.
QSqlError run(QSqlDatabase &db, int version);

} // namespace ep::schema::visitSteps
