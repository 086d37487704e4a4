#pragma once

#include <QString>

namespace ep {

class DocumentLanguage;

// Languages written as codes ("de, pl, en", "DE/PL") named in a document's
// language: "Deutsch, Polnisch, Englisch", "niemiecki, polski, angielski" —
// a delegation reads names, not ISO 639 codes. A code the planner does not
// know, or a name typed already, stays as written.
QString languageNames(const QString &codes, const DocumentLanguage &language);

} // namespace ep
