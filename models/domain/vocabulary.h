#pragma once

#include <QString>
#include <QStringList>

namespace ep {

class DocumentLanguage;

// The fixed lists of the domain (kinds, roles, statuses). Each value has a
// stable code, stored in the database and written by the command line, and
// a label translated into the user's language.
enum class Vocabulary
{
    EventKind,
    EventStatus,
    AgendaItemKind,
    ParticipantRole,
    ParticipantStatus,
    OrganisationKind,
    SiteKind,
    LegalBasis, // of processing a person's data, GDPR Art. 6(1) (a)–(f)
};

QStringList vocabularyCodes(Vocabulary vocabulary);
// The participant statuses of those who come — registered, confirmed, or
// (after the visit) attended: counted for places, lists, badges and clashes.
const QStringList &comingStatuses();
bool vocabularyContains(Vocabulary vocabulary, const QString &code);
// The translated label of `code`; an unknown code is returned as it is.
QString vocabularyLabel(Vocabulary vocabulary, const QString &code);
// The same, in a document's language.
QString vocabularyLabel(Vocabulary vocabulary, const QString &code,
                        const DocumentLanguage &language);

} // namespace ep
