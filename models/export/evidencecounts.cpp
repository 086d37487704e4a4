#include "export/evidencecounts.h"

#include "domain/searchtext.h"
#include "domain/vocabulary.h"
#include "export/attendancetable.h"
#include "export/signinorder.h"

#include <QCoreApplication>

#include <algorithm>

namespace ep {
namespace {

constexpr char context[] = "EvidenceCounts";

QString groupOf(EvidenceGrouping grouping, const ParticipantRow &row, const EventDocument &document,
                const DocumentLanguage &language)
{
    switch (grouping) {
    case EvidenceGrouping::Country: {
        QString country = row.person.country;
        if (country.isEmpty()) {
            if (const Organisation *organisation = document.organisation(row.person.organisationId))
                country = organisation->country;
        }
        return country.isEmpty()
                   ? language.translate(context, QT_TRANSLATE_NOOP("EvidenceCounts", "(not known)"))
                   : country.toUpper();
    }
    case EvidenceGrouping::Organisation:
        return row.organisation.isEmpty()
                   ? language.translate(context,
                                        QT_TRANSLATE_NOOP("EvidenceCounts", "(no organisation)"))
                   : row.organisation;
    case EvidenceGrouping::Role:
        break;
    }
    return vocabularyLabel(Vocabulary::ParticipantRole, row.participation.role, language);
}

} // namespace

EvidenceTotals evidenceTotals(const EventDocument &document)
{
    EvidenceTotals totals;
    for (const ParticipantRow &row : signInRows(document, QDate())) {
        ++totals.participants;
        totals.attended += row.participation.status == u"attended";
        totals.noShow += row.participation.status == u"no_show";
    }
    totals.walkIns = int(document.attendance.walkIns.size());
    for (const AttendanceSheet &sheet : attendanceSheets(document.event, false)) {
        ++totals.days;
        totals.daysEntered += document.attendance.enteredOn(sheet.day);
    }
    return totals;
}

QList<EvidenceCount> evidenceCounts(const EventDocument &document, const DocumentLanguage &language)
{
    const QList<ParticipantRow> rows = signInRows(document, QDate());
    QList<EvidenceCount> counts;
    for (EvidenceGrouping grouping :
         {EvidenceGrouping::Country, EvidenceGrouping::Organisation, EvidenceGrouping::Role}) {
        QList<EvidenceCount> groups;
        for (const ParticipantRow &row : rows) {
            const QString group = groupOf(grouping, row, document, language);
            auto found =
                std::find_if(groups.begin(), groups.end(), [&group](const EvidenceCount &each) {
                    return foldForSearch(each.group) == foldForSearch(group);
                });
            if (found == groups.end())
                found = groups.insert(groups.end(), EvidenceCount{grouping, group});
            ++found->participants;
            found->attended += row.participation.status == u"attended";
            found->noShow += row.participation.status == u"no_show";
        }
        std::sort(groups.begin(), groups.end(), [](const EvidenceCount &a, const EvidenceCount &b) {
            if (a.participants != b.participants)
                return a.participants > b.participants;
            return foldForSearch(a.group) < foldForSearch(b.group);
        });
        counts += groups;
    }
    return counts;
}

QString groupingName(EvidenceGrouping grouping, const DocumentLanguage &language)
{
    switch (grouping) {
    case EvidenceGrouping::Country:
        return fieldLabel(Field::Country, language);
    case EvidenceGrouping::Organisation:
        return fieldLabel(Field::Organisation, language);
    case EvidenceGrouping::Role:
        break;
    }
    return fieldLabel(Field::Role, language);
}

QByteArray countsCsv(const QList<EvidenceCount> &counts, const DocumentLanguage &language,
                     const CsvOptions &options)
{
    const auto label = [&language](const char *source) {
        return language.translate(context, source);
    };
    QList<QStringList> rows{{label(QT_TRANSLATE_NOOP("EvidenceCounts", "Grouped by")),
                             label(QT_TRANSLATE_NOOP("EvidenceCounts", "Group")),
                             label(QT_TRANSLATE_NOOP("EvidenceCounts", "Participants")),
                             label(QT_TRANSLATE_NOOP("EvidenceCounts", "Attended")),
                             label(QT_TRANSLATE_NOOP("EvidenceCounts", "No-show"))}};
    for (const EvidenceCount &count : counts) {
        rows.append({groupingName(count.grouping, language), count.group,
                     QString::number(count.participants), QString::number(count.attended),
                     QString::number(count.noShow)});
    }
    return csvFile(rows, options);
}

} // namespace ep
