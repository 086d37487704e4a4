#pragma once

#include "domain/documentlanguage.h"

#include <QStringList>

namespace ep {

class PageFlow;
struct EventDocument;

// The head of a document of the evidence pack: the document's name (grey),
// the event's title, its dates and place, then `lines` (counts, a legend).
// Kept with what follows.
void addEvidenceHeading(PageFlow &flow, const EventDocument &document,
                        const DocumentLanguage &language, const QString &documentName,
                        const QStringList &lines = {});

// "08.07.2019 – 10.07.2019", one date for a day's event.
QString eventDates(const EventDocument &document, const DocumentLanguage &language);

} // namespace ep
