// Documents for everyone (issue 18, item 4): every PDF the planner writes
// names its title in the document's language, the language itself and its
// maker, and its text comes in the order of the page. Each kind is written
// through the command line; its title and information are read with
// pdfinfo, its XMP metadata with `pdfinfo -meta`, its catalogue's /Lang
// (which pdfinfo does not print) with libqpdf. Expected titles are made of
// the event's or person's data asked by SQL here and the document's name in
// its language. Reading order: Qt writes no tags, so a screen reader reads
// an untagged page in the order its text was painted, which is what
// `pdftotext -raw` gives.

#include "clitest.h"
#include "inprocess.h"
#include "pdfdescription.h"
#include "pdftext.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <zip.h>

using ep::test::demoDatabase;
using ep::test::exportTo;
using ep::test::pdfCatalogue;
using ep::test::pdfInfo;
using ep::test::pdfXmp;
using ep::test::readsIn;
using ep::test::rowsOf;
using ep::test::Run;
using ep::test::valueIn;

namespace {

const QHash<QString, QString> tags{
    {u"de"_qs, u"de-DE"_qs}, {u"pl"_qs, u"pl-PL"_qs}, {u"en"_qs, u"en-GB"_qs}};

// The names the documents give themselves, as translated for the
// delegations (translations/*.ts), by language code.
using Names = QHash<QString, QString>;
const Names programme{
    {u"de"_qs, u"Programm"_qs}, {u"pl"_qs, u"Program"_qs}, {u"en"_qs, u"Programme"_qs}};
const Names participantList{{u"de"_qs, u"Teilnehmerliste"_qs},
                            {u"pl"_qs, u"Lista uczestników"_qs},
                            {u"en"_qs, u"Participant list"_qs}};
const Names signInSheet{{u"de"_qs, u"Unterschriftenliste"_qs},
                        {u"pl"_qs, u"Lista obecności"_qs},
                        {u"en"_qs, u"Sign-in sheet"_qs}};
const Names badges{
    {u"de"_qs, u"Namensschilder"_qs}, {u"pl"_qs, u"Identyfikatory"_qs}, {u"en"_qs, u"Badges"_qs}};
const Names letters{{u"de"_qs, u"Einladungsschreiben"_qs},
                    {u"pl"_qs, u"Listy zapraszające"_qs},
                    {u"en"_qs, u"Invitation letters"_qs}};
const Names certificates{{u"de"_qs, u"Teilnahmebescheinigungen"_qs},
                         {u"pl"_qs, u"Zaświadczenia o uczestnictwie"_qs},
                         {u"en"_qs, u"Certificates of attendance"_qs}};
const Names roomingList{{u"de"_qs, u"Zimmerliste"_qs},
                        {u"pl"_qs, u"Lista zakwaterowania"_qs},
                        {u"en"_qs, u"Rooming list"_qs}};
const Names personalData{{u"de"_qs, u"Personenbezogene Daten"_qs},
                         {u"pl"_qs, u"Dane osobowe"_qs},
                         {u"en"_qs, u"Personal data"_qs}};

// The PDF members of a ZIP archive, name and contents, read with libzip.
QList<std::pair<QString, QByteArray>> pdfMembersOf(const QString &path)
{
    QList<std::pair<QString, QByteArray>> members;
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return members;
    for (zip_int64_t index = 0; index < zip_get_num_entries(archive, 0); ++index) {
        zip_stat_t stat;
        zip_stat_index(archive, zip_uint64_t(index), 0, &stat);
        const QString name = QString::fromUtf8(stat.name);
        if (!name.endsWith(u".pdf"_qs))
            continue;
        QByteArray contents(qsizetype(stat.size), '\0');
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(index), 0);
        if (file && zip_fread(file, contents.data(), stat.size) == zip_int64_t(stat.size))
            members.append({name, contents});
        if (file)
            zip_fclose(file);
    }
    zip_close(archive);
    return members;
}

// The text of a PDF in the order it was painted (pdftotext -raw), a list of
// lines per page.
QList<QStringList> rawPages(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_qs, {u"-raw"_qs, u"-enc"_qs, u"UTF-8"_qs, path, u"-"_qs});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("pdftotext failed on %s", qPrintable(path));
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    QList<QStringList> lines;
    for (const QString &page : pages) {
        QStringList pageLines = page.split(u'\n');
        pageLines.removeAll(QString());
        lines.append(pageLines);
    }
    return lines;
}

// The index of the first of `lines` from `from` on that starts with
// `start` and, read with the few lines after it as a cell that wraps
// (pdftext.h: holds()), holds `wanted`; -1 where there is none.
qsizetype lineOf(const QStringList &lines, qsizetype from, const QString &start,
                 const QString &wanted = {})
{
    for (qsizetype i = std::max<qsizetype>(from, 0); i < lines.size(); ++i) {
        if (lines[i].startsWith(start) &&
            ep::test::holds(lines.mid(i, 6).join(u'\n'), wanted.isEmpty() ? start : wanted))
            return i;
    }
    return -1;
}

// The running header first on every page, the page number last: "1 … 3".
void checkFrame(const QList<QStringList> &pages, const QString &runningTitle)
{
    for (qsizetype page = 0; page < pages.size(); ++page) {
        QVERIFY2(!pages[page].isEmpty(), qPrintable(u"page %1 is empty"_qs.arg(page + 1)));
        QVERIFY2(pages[page].first().startsWith(runningTitle),
                 qPrintable(u"page %1 begins with %2"_qs.arg(page + 1).arg(pages[page].first())));
        const QRegularExpression pageNumber(u"\\b%1\\D+%2$"_qs.arg(page + 1).arg(pages.size()));
        QVERIFY2(pageNumber.match(pages[page].last()).hasMatch(),
                 qPrintable(u"page %1 ends with %2"_qs.arg(page + 1).arg(pages[page].last())));
    }
}

} // namespace

class PdfAccessibilityTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPdfNamesItsTitleAndLanguage_data();
    void everyPdfNamesItsTitleAndLanguage();
    void lettersNameEveryLanguageTheyAreWrittenIn();
    void theEvidencePacksPdfsNameTheirLanguage();
    void anAgendaReadsInTheOrderOfThePage_data();
    void anAgendaReadsInTheOrderOfThePage();
    void aParticipantListReadsInTheOrderOfThePage();

private:
    // The event's title in `language`, as the database holds it.
    QString eventTitle(const QString &language) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_database;
};

void PdfAccessibilityTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_database = demoDatabase(m_dir);
}

QString PdfAccessibilityTest::eventTitle(const QString &language) const
{
    return valueIn(m_database, u"SELECT title_%1 FROM events WHERE id = 1"_qs.arg(language));
}

void PdfAccessibilityTest::everyPdfNamesItsTitleAndLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("languages"); // all it is written in, the main one first
    QTest::addColumn<QString>("title");

    const auto titled = [this](const Names &names, const QString &language) -> QString {
        return names[language] % u" – " % eventTitle(language);
    };
    for (const QString &language : {u"de"_qs, u"pl"_qs, u"en"_qs}) {
        QTest::addRow("agenda %s", qPrintable(language))
            << QStringList{u"agenda"_qs, u"1"_qs, u"--language"_qs, language} << language
            << QStringList{language} << titled(programme, language);
    }
    QTest::newRow("bilingual agenda")
        << QStringList{u"agenda"_qs, u"1"_qs, u"--language"_qs, u"de"_qs, u"--second-language"_qs,
                       u"pl"_qs}
        << u"de"_qs << QStringList{u"de"_qs, u"pl"_qs}
        << programme[u"de"_qs] % u" / " % programme[u"pl"_qs] % u" – " % eventTitle(u"de"_qs) %
               u" / " % eventTitle(u"pl"_qs);
    QTest::newRow("participant list")
        << QStringList{u"participants"_qs, u"1"_qs, u"--language"_qs, u"pl"_qs} << u"pl"_qs
        << QStringList{u"pl"_qs} << titled(participantList, u"pl"_qs);
    QTest::newRow("sign-in sheets")
        << QStringList{u"participants"_qs, u"1"_qs, u"--sign-in-sheet"_qs, u"--language"_qs,
                       u"de"_qs}
        << u"de"_qs << QStringList{u"de"_qs} << titled(signInSheet, u"de"_qs);
    QTest::newRow("badges") << QStringList{u"badges"_qs, u"1"_qs, u"--language"_qs, u"en"_qs}
                            << u"en"_qs << QStringList{u"en"_qs} << titled(badges, u"en"_qs);
    QTest::newRow("certificates in three languages")
        << QStringList{u"certificates"_qs, u"1"_qs, u"--all-languages"_qs, u"--language"_qs,
                       u"de"_qs}
        << u"de"_qs << QStringList{u"de"_qs, u"pl"_qs, u"en"_qs} << titled(certificates, u"de"_qs);
    QTest::newRow("rooming list") << QStringList{u"logistics"_qs, u"1"_qs,          u"--list"_qs,
                                                 u"rooming"_qs,   u"--language"_qs, u"pl"_qs}
                                  << u"pl"_qs << QStringList{u"pl"_qs}
                                  << titled(roomingList, u"pl"_qs);
    const QString person =
        valueIn(m_database, u"SELECT trim(trim(title || ' ' || first_name) || ' ' || last_name) "
                            u"FROM people WHERE id = 1"_qs);
    QTest::newRow("a person's data")
        << QStringList{u"person"_qs, u"export"_qs, u"1"_qs, u"--language"_qs, u"pl"_qs} << u"pl"_qs
        << QStringList{u"pl"_qs} << personalData[u"pl"_qs] % u" – " % person;
}

void PdfAccessibilityTest::everyPdfNamesItsTitleAndLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QFETCH(QStringList, languages);
    QFETCH(QString, title);

    const QString pdf = path(QString::fromLatin1(QTest::currentDataTag()) % u".pdf");
    const Run made = arguments.first() == u"person"
                         ? ep::test::run(arguments + QStringList{u"--output"_qs, pdf,
                                                                 u"--database"_qs, m_database})
                         : exportTo(arguments, pdf, m_database);
    QCOMPARE(made.err, QString());
    QCOMPARE(made.exitCode, 0);

    // What a viewer's title bar and a screen reader announce.
    const QHash<QString, QString> info = pdfInfo(pdf);
    QCOMPARE(info.value(u"Title"_qs), title);
    QCOMPARE(info.value(u"Author"_qs), u"Exchange Planner"_qs);
    QVERIFY2(info.value(u"Creator"_qs).startsWith(u"Exchange Planner "_qs),
             qPrintable(info.value(u"Creator"_qs)));
    QCOMPARE(info.value(u"Metadata Stream"_qs), u"yes"_qs);
    // No tags are claimed: Qt writes none, and a false claim misleads more
    // than none (the reading order is the painting order, checked below).
    QCOMPARE(info.value(u"Tagged"_qs), u"no"_qs);

    // The language: in the XMP metadata (dc:language, the title's xml:lang)…
    QStringList expectedTags;
    for (const QString &code : languages)
        expectedTags.append(tags[code]);
    const ep::test::XmpDescription xmp = pdfXmp(pdf);
    QCOMPARE(xmp.languages, expectedTags);
    QCOMPARE(xmp.titles.value(tags[language]), title);
    QCOMPARE(xmp.titles.value(u"x-default"_qs), title);
    QCOMPARE(xmp.creators, QStringList{u"Exchange Planner"_qs});
    QCOMPARE(xmp.creatorTool, info.value(u"Creator"_qs));
    QCOMPARE(xmp.producer, info.value(u"Producer"_qs));

    // …and in the catalogue, where screen readers look for it.
    const ep::test::PdfCatalogue catalogue = pdfCatalogue(pdf);
    QVERIFY2(catalogue.readCleanly, qPrintable(catalogue.problem));
    QCOMPARE(catalogue.language, tags[language]);
    QVERIFY(catalogue.displaysTitle);
    QVERIFY(!catalogue.claimsTagging);
    QCOMPARE(catalogue.author, u"Exchange Planner"_qs);
}

void PdfAccessibilityTest::lettersNameEveryLanguageTheyAreWrittenIn()
{
    // Each letter is in the language its reader reads: the document's
    // language is the one asked for (the title's), and every letter's is
    // named besides.
    const QString pdf = path(u"letters.pdf"_qs);
    const Run made =
        exportTo({u"letters"_qs, u"1"_qs, u"--language"_qs, u"pl"_qs}, pdf, m_database);
    QCOMPARE(made.err, QString());
    QCOMPARE(made.exitCode, 0);
    QCOMPARE(pdfInfo(pdf).value(u"Title"_qs), letters[u"pl"_qs] % u" – " % eventTitle(u"pl"_qs));
    QCOMPARE(pdfCatalogue(pdf).language, u"pl-PL"_qs);

    QStringList expected{u"pl-PL"_qs};
    for (const QString &languages :
         rowsOf(m_database, u"SELECT p.languages FROM participations t JOIN people p ON "
                            u"p.id = t.person_id WHERE t.event_id = 1 AND t.status IN "
                            u"('invited', 'registered', 'confirmed', 'attended')"_qs)) {
        if (const QString tag = tags[readsIn(languages, u"pl"_qs)]; !expected.contains(tag))
            expected.append(tag);
    }
    QStringList written = pdfXmp(pdf).languages;
    QCOMPARE(written.first(), u"pl-PL"_qs);
    written.sort();
    expected.sort();
    QCOMPARE(written, expected);
}

void PdfAccessibilityTest::theEvidencePacksPdfsNameTheirLanguage()
{
    // Every document of the pack is in the pack's language but the
    // agendas, one per language the event is held in.
    const QString zip = path(u"evidence.zip"_qs);
    const Run made =
        exportTo({u"evidence"_qs, u"1"_qs, u"--language"_qs, u"pl"_qs}, zip, m_database);
    QCOMPARE(made.err, QString());
    QCOMPARE(made.exitCode, 0);
    const auto members = pdfMembersOf(zip);
    QVERIFY(members.size() >= 4);
    static const QRegularExpression agenda(u"^agenda/agenda-(de|pl|en)\\.pdf$"_qs);
    for (const auto &[name, contents] : members) {
        const QRegularExpressionMatch match = agenda.match(name);
        const QString language = match.hasMatch() ? match.captured(1) : u"pl"_qs;
        const ep::test::PdfCatalogue catalogue = pdfCatalogue(contents);
        QVERIFY2(catalogue.readCleanly, qPrintable(name % u": " % catalogue.problem));
        QCOMPARE(catalogue.language, tags[language]);
        QVERIFY(catalogue.displaysTitle);

        QFile file(path(u"member.pdf"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size());
        file.close();
        const QString title = pdfInfo(file.fileName()).value(u"Title"_qs);
        QVERIFY2(title.endsWith(u" – "_qs % eventTitle(language)),
                 qPrintable(name % u": " % title));
        QCOMPARE(pdfXmp(file.fileName()).titles.value(tags[language]), title);
        if (match.hasMatch())
            QCOMPARE(title, programme[language] % u" – " % eventTitle(language));
    }
}

void PdfAccessibilityTest::anAgendaReadsInTheOrderOfThePage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : {u"de"_qs, u"pl"_qs, u"en"_qs})
        QTest::newRow(qPrintable(language)) << language;
}

void PdfAccessibilityTest::anAgendaReadsInTheOrderOfThePage()
{
    QFETCH(QString, language);
    const QString pdf = path(u"agenda-order-"_qs % language % u".pdf");
    const Run made = exportTo({u"agenda"_qs, u"1"_qs, u"--language"_qs, language}, pdf, m_database);
    QCOMPARE(made.exitCode, 0);
    const QList<QStringList> pages = rawPages(pdf);
    QVERIFY(pages.size() > 1);
    const QString title = eventTitle(language);
    checkFrame(pages, title);
    if (QTest::currentTestFailed())
        return;

    // The event's title heads the first page's text; then the days in date
    // order, within each the items in the order of the day.
    QStringList lines;
    for (const QStringList &page : pages)
        lines += page.mid(1, page.size() - 2); // without the running header and the foot
    qsizetype at = lineOf(lines, 0, title.section(u' ', 0, 0), title);
    QVERIFY2(at >= 0 && at < 3, qPrintable(lines.mid(0, 3).join(u'\n')));

    const QLocale locale(language == u"de"   ? QLocale::German
                         : language == u"pl" ? QLocale::Polish
                                             : QLocale::English,
                         language == u"de"   ? QLocale::Germany
                         : language == u"pl" ? QLocale::Poland
                                             : QLocale::UnitedKingdom);
    const QString dayFormat =
        language == u"de" ? u"dddd, d. MMMM yyyy"_qs : u"dddd, d MMMM yyyy"_qs;
    const QStringList items =
        rowsOf(m_database,
               u"SELECT day, start_time, end_time, title_%1 FROM agenda_items "
               u"WHERE event_id = 1 ORDER BY day, start_time, parallel_group, id"_qs.arg(language));
    QVERIFY(items.size() > 10);
    QString day;
    for (const QString &item : items) {
        const QStringList values = item.split(u'|');
        if (values[0] != day) {
            day = values[0];
            const QString heading = locale.toString(QDate::fromString(day, Qt::ISODate), dayFormat);
            const qsizetype found = lineOf(lines, at + 1, heading);
            QVERIFY2(found > at && lines[found] == heading,
                     qPrintable(u"the day %1 after line %2"_qs.arg(heading).arg(at)));
            at = found;
        }
        const QString time = values[1] % u"–" % values[2];
        const qsizetype found = lineOf(lines, at + 1, time, values[3]);
        QVERIFY2(
            found > at,
            qPrintable(
                u"%1 %2 after line %3: %4"_qs.arg(time, values[3]).arg(at).arg(lines.value(at))));
        at = found;
    }
}

void PdfAccessibilityTest::aParticipantListReadsInTheOrderOfThePage()
{
    const QString pdf = path(u"participants-order.pdf"_qs);
    const Run made =
        exportTo({u"participants"_qs, u"1"_qs, u"--language"_qs, u"en"_qs}, pdf, m_database);
    QCOMPARE(made.exitCode, 0);
    const QList<QStringList> pages = rawPages(pdf);
    const QString title = eventTitle(u"en"_qs);
    checkFrame(pages, title);
    if (QTest::currentTestFailed())
        return;

    // The heading (the list's name, the event), then the participants in
    // the list's order: by delegation, then by last name as the people
    // list sorts them (people.sort_name).
    QStringList lines;
    for (const QStringList &page : pages)
        lines += page.mid(1, page.size() - 2);
    QCOMPARE(lines.value(0), participantList[u"en"_qs]);
    qsizetype at = lineOf(lines, 1, title.section(u' ', 0, 0), title);
    QVERIFY2(at > 0 && at < 3, qPrintable(lines.mid(0, 3).join(u'\n')));
    const QStringList people =
        rowsOf(m_database, u"SELECT p.first_name, p.last_name FROM participations t "
                           u"JOIN people p ON p.id = t.person_id WHERE t.event_id = 1 "
                           u"ORDER BY t.delegation, p.sort_name, p.id"_qs);
    QVERIFY(people.size() > 5);
    // Each a numbered row, its name wrapping in its cell where it is long.
    for (qsizetype number = 1; number <= people.size(); ++number) {
        const QString name = people[number - 1].split(u'|').join(u' ');
        const qsizetype found = lineOf(lines, at + 1, QString::number(number) % u' ', name);
        QVERIFY2(found > at,
                 qPrintable(u"%1. %2 after line %3: %4"_qs.arg(number).arg(name).arg(at).arg(
                     lines.value(at))));
        at = found;
    }
}

QTEST_MAIN(PdfAccessibilityTest)
#include "tst_pdfaccessibility.moc"
