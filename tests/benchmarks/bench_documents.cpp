// Rendering the printed documents of an event with 1,000 participants, beside
// the baseline the issue names: LibreOffice converting the same rows, as CSV,
// to PDF (`libreoffice --headless --convert-to pdf`).
//
// Ours: the sign-in sheet (English, default options: 1,000 rows and 10 blank
// ones per day) and the participant list (default columns), both written to
// PDF in this process, timed together. The headline is a one-day event, so
// that the sheet has 1,000 rows like the list; the two-day event (two sheets,
// 2,000 rows) is reported beside it. The peer: LibreOffice converts the
// participants CSV (participantsCsv, UTF-8, comma) twice per run, once
// for each of our two documents, each conversion a whole process with a
// profile created (by a warm-up conversion) before the timing. The runs
// alternate; prints the medians and their ratio. Checks that every PDF exists
// and is not empty, and that ours hold the name of the 1,000th participant (the last one
// generated), LibreOffice's that participant's email address.
//
// Usage: bench_documents [runs]   (default 5). Needs /usr/bin/libreoffice
// and pdftotext (poppler-utils). Linux only: it times child processes with
// fork and wait4. Built with -DEXCHANGE_PLANNER_BENCHMARKS=ON; not part of
// the test run.

#include "childprocess.h"
#include "documents/participantlistdocument.h"
#include "documents/signinsheetdocument.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace ep;

namespace {

constexpr int participantCount = 1000;
const QString libreOffice = u"/usr/bin/libreoffice"_qs;

const char16_t *const firstNames[] = {
    u"Łukasz",    u"Jürgen",      u"Zofia",      u"Małgorzata", u"Sören",      u"Käthe",
    u"Grzegorz",  u"Jörg",        u"Agnieszka",  u"Björn",      u"Bożena",     u"Günther",
    u"Wojciech",  u"Hans-Jürgen", u"Jadwiga",    u"Uwe",        u"Przemysław", u"Anneliese",
    u"Katarzyna", u"Dörte",       u"Zbigniew",   u"Bärbel",     u"Stanisław",  u"Jürgen-Peter",
    u"Żaneta",    u"Hannelore",   u"Mieczysław", u"Götz",       u"Ewa",        u"Änne",
};
const char16_t *const lastNames[] = {
    u"Wójcik",
    u"Müller-Lüdenscheidt",
    u"Kaczmarczyk-Ślęzak",
    u"Schröder",
    u"Nowak",
    u"Großmann",
    u"Źródłowska",
    u"Bäcker",
    u"Szczęsny",
    u"Köhler",
    u"Dąbrowski",
    u"Weiß",
    u"Wiśniewska",
    u"Hölderlin-Schäfer",
    u"Kołodziej",
    u"Jäger",
    u"Pietrzak-Żuławska",
    u"Schüßler",
    u"Łęcki",
    u"Krüger",
    u"Grabowska",
    u"Möller",
    u"Wróblewski",
    u"Fröhlich",
    u"Jóźwiak",
    u"Brückner",
    u"Zieliński",
    u"Thürmer",
    u"Mazur-Łopatecka",
    u"Oßwald",
    u"Sikorska",
    u"Gödecke",
    u"Chmielewski",
    u"Häußler",
    u"Śliwińska",
    u"Lübke",
    u"Przybył",
    u"Dückers",
    u"Czyżewski",
    u"Rößler",
};
constexpr int firstNameCount = int(std::size(firstNames));
constexpr int lastNameCount = int(std::size(lastNames));
static_assert(firstNameCount * lastNameCount >= participantCount, "every name is unique");

struct OrganisationSeed
{
    const char16_t *name;
    const char16_t *shortName;
    const char16_t *city;
    const char16_t *country;
    const char16_t *delegation;
};
const OrganisationSeed organisationSeeds[] = {
    {u"Regionalverband Ruhr", u"RVR", u"Essen", u"DE", u"Ruhr"},
    {u"Górnośląsko-Zagłębiowska Metropolia", u"GZM", u"Katowice", u"PL", u"Metropolia GZM"},
    {u"Business Metropole Ruhr GmbH", u"BMR", u"Essen", u"DE", u"Ruhr"},
    {u"Urząd Marszałkowski Województwa Śląskiego", u"UMWS", u"Katowice", u"PL", u"Śląskie"},
    {u"Stadt Gelsenkirchen", u"", u"Gelsenkirchen", u"DE", u"Ruhr"},
    {u"Politechnika Śląska", u"PŚ", u"Gliwice", u"PL", u"Śląskie"},
    {u"Emschergenossenschaft", u"EGLV", u"Essen", u"DE", u"Ruhr"},
    {u"Urząd Miasta Bytom", u"", u"Bytom", u"PL", u"Metropolia GZM"},
    {u"Wirtschaftsförderung Dortmund", u"WFD", u"Dortmund", u"DE", u"Ruhr"},
    {u"Śląski Ogród Botaniczny", u"ŚOB", u"Mikołów", u"PL", u"Śląskie"},
    {u"Ruhr-Universität Bochum", u"RUB", u"Bochum", u"DE", u"Ruhr"},
    {u"Fundacja Współpracy Polsko-Niemieckiej", u"FWPN", u"Warszawa", u"PL", u"Metropolia GZM"},
};
constexpr int organisationCount = int(std::size(organisationSeeds));

const char *const roles[] = {"delegate", "delegate", "delegate", "speaker", "interpreter"};
const char *const statuses[] = {"registered", "confirmed", "invited", "attended"};
const char *const dietaryNeeds[] = {"", "", "vegetarian", "", "wegańska", "glutenfrei"};

// An event of `days` days (from Thursday 26 November 2026) with 1,000
// participants who arrive the evening before and leave the morning after,
// so that everyone is on every sheet.
EventDocument eventDocument(int days)
{
    EventDocument document;
    document.databaseId = u"bench-documents"_qs;
    for (int i = 0; i < organisationCount; ++i) {
        const OrganisationSeed &seed = organisationSeeds[i];
        Organisation organisation;
        organisation.id = i + 1;
        organisation.name = QString::fromUtf16(seed.name);
        organisation.shortName = QString::fromUtf16(seed.shortName);
        organisation.kind = u"public_authority"_qs;
        organisation.city = QString::fromUtf16(seed.city);
        organisation.country = QString::fromUtf16(seed.country);
        document.organisations.insert(organisation.id, organisation);
    }

    Event &event = document.event;
    event.id = 1;
    event.title.de = u"Studienbesuch: Grüne Infrastruktur im Ruhrgebiet und in Oberschlesien"_qs;
    event.title.pl = u"Wizyta studyjna: zielona infrastruktura w Zagłębiu Ruhry i na Śląsku"_qs;
    event.title.en = u"Study visit: green infrastructure in the Ruhr and Upper Silesia"_qs;
    event.startDate = QDate(2026, 11, 26);
    event.endDate = event.startDate.addDays(days - 1);
    event.venueCity = u"Katowice"_qs;
    event.venueAddress = u"ul. Barbary 21a, 40-053 Katowice"_qs;
    event.hostOrganisationId = 2;
    event.languages = u"de, pl, en"_qs;
    event.interpretation = u"DE↔PL"_qs;
    event.status = u"confirmed"_qs;
    event.fundingProgramme = u"Interreg Central Europe"_qs;
    event.projectNumber = u"CE0100123"_qs;

    const QDateTime arrival(event.startDate.addDays(-1), QTime(18, 30));
    const QDateTime departure(event.endDate.addDays(1), QTime(9, 15));
    for (int i = 0; i < participantCount; ++i) {
        const OrganisationSeed &seed = organisationSeeds[i % organisationCount];
        const bool polish = QStringView(seed.country) == u"PL";
        Person person;
        person.id = i + 1;
        person.firstName = QString::fromUtf16(firstNames[i % firstNameCount]);
        person.lastName = QString::fromUtf16(lastNames[(i / firstNameCount) % lastNameCount]);
        person.title = i % 9 == 0 ? (polish ? u"dr inż."_qs : u"Dr."_qs) : QString();
        person.organisationId = i % organisationCount + 1;
        person.position = polish ? u"specjalista"_qs : u"Referent"_qs;
        person.email = u"teilnehmer.%1@%2.example.org"_qs.arg(i + 1, 4, 10, QChar(u'0'))
                           .arg(polish ? u"gzm"_qs : u"rvr"_qs);
        person.phone = polish ? u"+48 32 730 %1"_qs.arg(1000 + i) : u"+49 201 2069 %1"_qs.arg(i);
        person.city = QString::fromUtf16(seed.city);
        person.country = QString::fromUtf16(seed.country);
        document.people.insert(person.id, person);

        Participation participation;
        participation.id = i + 1;
        participation.personId = person.id;
        participation.role = QString::fromLatin1(roles[i % std::size(roles)]);
        participation.status = QString::fromLatin1(statuses[i % std::size(statuses)]);
        participation.delegation = QString::fromUtf16(seed.delegation);
        participation.arrival = arrival.addSecs(60 * 15 * (i % 8));
        participation.departure = departure.addSecs(60 * 30 * (i % 6));
        participation.dietaryNeeds = QString::fromUtf8(dietaryNeeds[i % std::size(dietaryNeeds)]);
        event.participants.append(participation);
    }
    return document;
}

QStringList libreOfficeCommand(const QString &profile, const QString &outDir, const QString &csv)
{
    return {libreOffice,
            u"-env:UserInstallation="_qs + QUrl::fromLocalFile(profile).toString(),
            u"--headless"_qs,
            u"--convert-to"_qs,
            u"pdf"_qs,
            u"--infilter=CSV:44,34,76,1"_qs,
            u"--outdir"_qs,
            outDir,
            csv};
}

bool nonEmpty(const QString &path)
{
    return QFileInfo(path).isFile() && QFileInfo(path).size() > 0;
}

// The text of a PDF with all white space removed, so that a name a table
// cell wrapped is still found.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_qs, {path, u"-"_qs});
    process.waitForFinished(60000);
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.remove(QRegularExpression(u"\\s+"_qs));
    return text;
}

struct Ours
{
    double sheet = 0;
    double list = 0;
    double total() const { return sheet + list; }
};

// Renders both documents; the timer runs from constructing the document to
// the PDF file's commit.
Ours renderOurs(const EventDocument &document, const QString &sheetPath, const QString &listPath)
{
    Ours result;
    QElapsedTimer timer;
    timer.start();
    const QString sheetError = SignInSheetDocument(document, {}).writePdf(sheetPath);
    result.sheet = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const QString listError =
        ParticipantListDocument(document, Language::English).writePdf(listPath);
    result.list = timer.nsecsElapsed() / 1e6;
    if (!sheetError.isEmpty() || !listError.isEmpty()) {
        std::fprintf(stderr, "rendering failed: %s %s\n", qPrintable(sheetError),
                     qPrintable(listError));
        std::exit(1);
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    if (!QFileInfo(libreOffice).isExecutable()) {
        std::fprintf(stderr, "%s is missing\n", qPrintable(libreOffice));
        return 1;
    }

    QTemporaryDir dir;
    const EventDocument oneDay = eventDocument(1);
    const EventDocument twoDays = eventDocument(2);
    const Person &last = oneDay.people.value(participantCount);
    const QString lastName = last.displayName();

    const QString csv = dir.filePath(u"participants.csv"_qs);
    {
        QFile file(csv);
        file.open(QIODevice::WriteOnly);
        file.write(participantsCsv(participantRows(oneDay), DocumentLanguage(Language::English),
                                   CsvOptions{}));
    }
    const QString profile = dir.filePath(u"libreoffice-profile"_qs);
    const QString warmUpDir = dir.filePath(u"warm-up"_qs);

    // Warm-ups: LibreOffice creates its profile, we load the fonts.
    if (measure(libreOfficeCommand(profile, warmUpDir, csv), {}, true).exitCode != 0 ||
        !nonEmpty(warmUpDir + u"/participants.pdf"_qs)) {
        std::fprintf(stderr, "the warm-up conversion with LibreOffice failed\n");
        return 1;
    }
    QElapsedTimer coldTimer;
    coldTimer.start();
    renderOurs(oneDay, dir.filePath(u"warm-up/sheet.pdf"_qs), dir.filePath(u"warm-up/list.pdf"_qs));
    const double cold = coldTimer.nsecsElapsed() / 1e6;

    QList<double> oursOneDay, oursTwoDays, sheetOneDay, sheetTwoDays, list, peer, peerSingle;
    QString sheetPath, listPath, sheetTwoDaysPath, peerPaths[2];
    for (int run = 0; run < runs; ++run) {
        const QString runDir = dir.filePath(u"run-%1"_qs.arg(run));
        QDir().mkpath(runDir);
        sheetPath = runDir + u"/sign-in-sheet-1-day.pdf"_qs;
        listPath = runDir + u"/participant-list.pdf"_qs;
        sheetTwoDaysPath = runDir + u"/sign-in-sheet-2-days.pdf"_qs;
        const Ours one = renderOurs(oneDay, sheetPath, listPath);
        oursOneDay.append(one.total());
        sheetOneDay.append(one.sheet);
        list.append(one.list);

        double total = 0;
        for (int conversion = 0; conversion < 2; ++conversion) {
            const QString outDir = runDir + u"/libreoffice-%1"_qs.arg(conversion);
            const Measurement measurement =
                measure(libreOfficeCommand(profile, outDir, csv), {}, true);
            peerPaths[conversion] = outDir + u"/participants.pdf"_qs;
            if (measurement.exitCode != 0 || !nonEmpty(peerPaths[conversion])) {
                std::fprintf(stderr, "LibreOffice failed (exit %d)\n", measurement.exitCode);
                return 1;
            }
            peerSingle.append(measurement.milliseconds);
            total += measurement.milliseconds;
        }
        peer.append(total);

        const Ours two = renderOurs(twoDays, sheetTwoDaysPath, runDir + u"/list-2-days.pdf"_qs);
        oursTwoDays.append(two.total());
        sheetTwoDays.append(two.sheet);
    }

    bool ok = true;
    const QString wanted = QString(lastName).remove(QRegularExpression(u"\\s+"_qs));
    for (const QString &path : {sheetPath, listPath, sheetTwoDaysPath}) {
        if (!nonEmpty(path) || !pdfText(path).contains(wanted)) {
            std::fprintf(stderr, "%s is empty or lacks \"%s\"\n", qPrintable(path),
                         qPrintable(lastName));
            ok = false;
        }
    }
    // LibreOffice prints the columns one after the other: look for the
    // participant's email address, which is unique.
    const bool peerHasRow =
        pdfText(peerPaths[0]).contains(last.email) && pdfText(peerPaths[1]).contains(last.email);

    const double ours = median(oursOneDay);
    const double theirs = median(peer);
    std::printf("%d participants, median of %d alternating runs (wall clock)\n", participantCount,
                runs);
    std::printf("Headline: 1,000-row sign-in sheet + 1,000-row participant list (1-day event)\n");
    std::printf("  ours, in-process (sheet + list)      %8.0f ms  (sheet %.0f, list %.0f)\n", ours,
                median(sheetOneDay), median(list));
    std::printf("  LibreOffice, 2 conversions of the CSV %7.0f ms  (one conversion %.0f)\n", theirs,
                median(peerSingle));
    std::printf("  ratio ours / LibreOffice             %8.2f  (target ≤ 0.05, issue 14)\n",
                ours / theirs);
    std::printf("  (ratio to one conversion             %8.2f)\n", ours / median(peerSingle));
    std::printf("Also: 2-day event (2 sheets = 2,000 rows + list)\n");
    std::printf("  ours, in-process (sheet + list)      %8.0f ms  (sheet %.0f)\n",
                median(oursTwoDays), median(sheetTwoDays));
    std::printf("  ratio to LibreOffice's 2 conversions %8.2f\n", median(oursTwoDays) / theirs);
    // The other half of target 5: no larger than LibreOffice's file of the
    // same rows (its one PDF of the CSV).
    const qint64 peerBytes = QFileInfo(peerPaths[0]).size();
    std::printf("Sizes: sheet %lld bytes (%.2f× LibreOffice's %lld), list %lld (%.2f×)"
                " (target ≤ 1, issue 14)\n",
                QFileInfo(sheetPath).size(), double(QFileInfo(sheetPath).size()) / peerBytes,
                peerBytes, QFileInfo(listPath).size(),
                double(QFileInfo(listPath).size()) / peerBytes);
    std::printf("First in-process render (fonts loaded) %7.0f ms; LibreOffice starts a process\n"
                "per conversion with a profile made by a warm-up conversion.\n",
                cold);
    std::printf("Checks: our PDFs %s \"%s\"; LibreOffice's PDFs non-empty, %s %s\n",
                ok ? "non-empty and contain" : "FAILED for", qPrintable(lastName),
                peerHasRow ? "contain" : "LACK", qPrintable(last.email));
    return ok ? 0 : 1;
}
