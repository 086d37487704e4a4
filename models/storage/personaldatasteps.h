#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

// The schema's steps for personal data under the GDPR (issue 15), apart
// from schema.cpp's older ones.
namespace ep::schema::personalDataSteps {

// Version 12: the legal basis of processing each person's data, with the
// codes of Vocabulary::LegalBasis written out (a migration never changes),
// the consent's source and its withdrawal; a consent recorded so far was
// the basis.
QStringList version12();

// Version 13: what the office did to personal data, without whose (the
// GDPR's accountability): when, what (an erasure, a retention rule
// applied), how many people, by whom; and the participants an event had
// whose data was erased since, as a count for the statistics.
QStringList version13();

// Version 14 is PersonChanges::addToSchema(), 15 the retention policy's
// table (Retention::schemaStatements()).

// Runs the step to `version`, 12 to 15, inside the upgrade's transaction.
QSqlError run(QSqlDatabase &db, int version);

} // namespace ep::schema::personalDataSteps
