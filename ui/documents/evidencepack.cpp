#include "documents/evidencepack.h"

#include "documents/attendancetabledocument.h"
#include "documents/documentcatalogue.h"
#include "documents/evidencearchive.h"
#include "export/attendancetable.h"
#include "export/certificates.h"
#include "export/evidencecounts.h"
#include "export/filewriting.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace ep {
namespace {

constexpr char context[] = "EvidencePack";

} // namespace

EvidencePack::EvidencePack(EventDocument document, Language language, CsvOptions csv)
    : m_document(std::move(document))
    , m_language(language)
    , m_csv(csv)
{}

QList<Language> EvidencePack::agendaLanguages(const Event &event)
{
    QList<Language> languages;
    static const QRegularExpression codes(u"[A-Za-z]+"_qs);
    for (auto match = codes.globalMatch(event.languages); match.hasNext();) {
        const std::optional<Language> language =
            languageFromCode(match.next().captured().toLower());
        if (language && !languages.contains(*language))
            languages.append(*language);
    }
    if (languages.isEmpty()) {
        for (Language language : allLanguages) {
            if (!event.title[language].isEmpty())
                languages.append(language);
        }
    }
    return languages;
}

QList<EvidencePack::Member> EvidencePack::members() const
{
    const auto label = [this](const char *source) {
        return m_language.translate(context, source);
    };
    DocumentSource source;
    source.event = m_document;
    // A document of the catalogue, as the Documents menu makes it.
    const auto catalogued = [source](DocumentKind kind, QList<Language> languages,
                                     FileFormat format, const CsvOptions &csv) {
        DocumentRequest request;
        request.kind = kind;
        request.eventId = source.event->event.id;
        request.languages = std::move(languages);
        request.format = format;
        request.csv = csv;
        return [request, source](const QString &path) {
            return writeDocument(request, source, path);
        };
    };
    const auto bytes = [](const QByteArray &contents) {
        return [contents](const QString &path) {
            return writeWholeFile(path, contents);
        };
    };
    const Language language = m_language.language();

    QList<Member> members{
        {{u"summary.pdf"_qs,
          label(QT_TRANSLATE_NOOP("EvidencePack", "This summary: the event, its funding "
                                                  "programme and project number, the counts"))},
         [this, language](const QString &path) {
             return EvidenceSummaryDocument(m_document, language, files()).writePdf(path);
         }}};
    for (Language agenda : agendaLanguages(m_document.event)) {
        members.append(
            {{u"agenda/agenda-"_qs % languageCode(agenda) % u".pdf",
              label(QT_TRANSLATE_NOOP("EvidencePack", "The agenda (%1)")).arg(endonym(agenda))},
             catalogued(DocumentKind::Agenda, {agenda}, FileFormat::Pdf, m_csv)});
    }
    const DocumentRequest defaults;
    members.append(
        {{u"sign-in-sheets.pdf"_qs,
          m_language.translate(context,
                               QT_TRANSLATE_N_NOOP("EvidencePack",
                                                   "The sign-in sheets as printed: a sheet per "
                                                   "day, %n blank row(s) for walk-ins"),
                               nullptr, defaults.blankRows)},
         catalogued(DocumentKind::SignInSheet, {language}, FileFormat::Pdf, m_csv)});
    members.append(
        {{u"attendance.pdf"_qs,
          label(QT_TRANSLATE_NOOP("EvidencePack", "Attendance from the signed sheets: who signed "
                                                  "each day's and site visit's sheet, days and "
                                                  "hours attended"))},
         [this, language](const QString &path) {
             return AttendanceTableDocument(m_document, language).writePdf(path);
         }});
    members.append(
        {{u"attendance.csv"_qs,
          label(QT_TRANSLATE_NOOP("EvidencePack",
                                  "The same as a spreadsheet: 1 signed, 0 not signed"))},
         bytes(attendanceCsv(attendanceTable(m_document), m_document, m_language, m_csv))});
    members.append(
        {{u"counts.csv"_qs,
          label(QT_TRANSLATE_NOOP("EvidencePack", "Participants, attended and no-show by country, "
                                                  "organisation and role"))},
         bytes(countsCsv(evidenceCounts(m_document, m_language), m_language, m_csv))});
    members.append({{u"participants.pdf"_qs,
                     label(QT_TRANSLATE_NOOP("EvidencePack",
                                             "The participant list: everyone with their status"))},
                    catalogued(DocumentKind::ParticipantList, {language}, FileFormat::Pdf, m_csv)});
    members.append(
        {{u"participants.csv"_qs,
          label(QT_TRANSLATE_NOOP("EvidencePack", "The participant list as a spreadsheet"))},
         catalogued(DocumentKind::ParticipantList, {language}, FileFormat::Csv, m_csv)});
    if (!certificateFacts(m_document).isEmpty()) {
        members.append(
            {{u"certificates.pdf"_qs,
              label(QT_TRANSLATE_NOOP("EvidencePack",
                                      "The certificates of attendance issued: a page "
                                      "per attendee in the language they read, "
                                      "with its number"))},
             catalogued(DocumentKind::Certificates, {language}, FileFormat::Pdf, m_csv)});
    }
    return members;
}

QList<EvidenceFile> EvidencePack::files() const
{
    QList<EvidenceFile> files;
    for (const Member &member : members())
        files.append(member.file);
    return files;
}

QString EvidencePack::write(const QString &path) const
{
    const QString target = QDir::toNativeSeparators(path);
    const QTemporaryDir folder; // private (0700), removed with what is in it
    if (!folder.isValid())
        return tr("%1 cannot be written: no temporary folder for its files (%2).")
            .arg(target, folder.errorString());
    EvidenceArchive archive;
    int staged = 0;
    for (const Member &member : members()) {
        const QString stagedPath = folder.filePath(QString::number(++staged));
        if (const QString error = member.write(stagedPath); !error.isEmpty())
            return tr("%1 cannot be written: its %2 could not be made (%3).")
                .arg(target, member.file.name, error);
        QFile file(stagedPath);
        if (!file.open(QIODevice::ReadOnly))
            return tr("%1 cannot be written: its %2 could not be read back (%3).")
                .arg(target, member.file.name, file.errorString());
        if (!archive.add(member.file.name, file.readAll()))
            break;
    }
    const QByteArray zip = archive.finish();
    if (zip.isEmpty())
        return tr("%1 cannot be written: %2").arg(target, archive.error());
    return writeWholeFile(path, zip);
}

} // namespace ep
