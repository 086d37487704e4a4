#pragma once

#include <QStringList>

// The schema's steps for personal data under the GDPR (issue 15), apart
// from schema.cpp's older ones.
namespace ep::schema::personalDataSteps {

// Version 12: the legal basis of processing each person's data, with the
// codes of Vocabulary::LegalBasis written out (a migration never changes),
// the consent's source and its withdrawal; a consent recorded so far was
// the basis.
QStringList version12();

} // namespace ep::schema::personalDataSteps
