#pragma once

#include "documents/evidencesummarydocument.h"
#include "export/participantlist.h"

#include <QCoreApplication>

namespace ep {

// The evidence pack of an event (issue 17): what an Interreg or Erasmus+
// audit asks for of one event, as one ZIP archive. Its layout:
//
//   summary.pdf                one A4 page: the event, its funding programme
//                              and project number, the counts, these files
//   agenda/agenda-de.pdf …     the agenda in each language the event is held
//                              in (Event::languages; else each language its
//                              title is written in)
//   sign-in-sheets.pdf         the sign-in sheets as printed with the
//                              default options (a sheet per day, 10 blank rows)
//   attendance.pdf, .csv       who signed which sheet (a column per day and
//                              per site visit whose sheet was entered), days
//                              and hours attended
//   counts.csv                 participants, attended and no-show by
//                              country, organisation and role
//   participants.pdf, .csv     the participant list (everyone, the default
//                              columns)
//   certificates.pdf           the certificates of attendance (export/
//                              certificates.h), when anyone attended
//
// Every document is in the pack's language but the agendas; the CSV files
// are written as `csv` says.
class EvidencePack final
{
    Q_DECLARE_TR_FUNCTIONS(EvidencePack)

public:
    EvidencePack(EventDocument document, Language language, CsvOptions csv = {});

    // The archive's files in order, with what each holds.
    QList<EvidenceFile> files() const;

    // Writes the archive to `path` whole or not at all: its files are made
    // in a private temporary folder, the archive in memory, and the file
    // through a temporary file beside `path` that replaces it when complete.
    // Returns the error, one sentence naming the file; empty when written.
    QString write(const QString &path) const;

    // The languages of the event's agendas, in the order the event names them.
    static QList<Language> agendaLanguages(const Event &event);

private:
    struct Member
    {
        EvidenceFile file;
        // Writes the member to the path given; returns the error.
        std::function<QString(const QString &)> write;
    };
    QList<Member> members() const;

    EventDocument m_document;
    DocumentLanguage m_language;
    CsvOptions m_csv;
};

} // namespace ep
