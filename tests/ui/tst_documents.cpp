// The printed documents, read back the way a delegation member reads them:
// the text poppler extracts from the PDF, page by page.

#include "csv/csvformat.h"
#include "csv/csvwriter.h"
#include "documents/agendadocument.h"
#include "documents/participantlistdocument.h"
#include "documents/signinsheetdocument.h"
#include "domain/catalogues.h"
#include "domain/documentlanguage.h"
#include "export/contactlist.h"
#include "export/documentactions.h"
#include "export/documentdialog.h"
#include "export/participantlist.h"
#include "forms/eventform.h"
#include "import/importfields.h"
#include "lists/recordlistmodel.h"
#include "pdftext.h"
#include "storage/eventrepository.h"
#include "testdatabase.h"
#include "window/areapage.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace ep;
using namespace ep::test;

class DocumentsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agendaHoldsEveryItemOfItsLanguage_data();
    void agendaHoldsEveryItemOfItsLanguage();
    void bilingualAgendaHoldsBothLanguages();
    void dayGoingOnOnANewPageIsHeadedAgain();
    void fundingIsOnEveryPageOfEveryDocument();
    void languagesAreNamedInTheDocumentsLanguage();
    void missingTranslationFallsBackVisibly();
    void delegationReadsMeetingPointsAccessAndGroupsInItsLanguage_data();
    void delegationReadsMeetingPointsAccessAndGroupsInItsLanguage();
    void participantListFiltersSortsAndPicksColumns();
    void participantListWithPositions();
    void signInSheetHasASheetPerDayWithHeaderOnEveryPage();
    void signInSheetLabelsFollowItsLanguage_data();
    void signInSheetLabelsFollowItsLanguage();
    void signInSheetPerSiteVisitAndThreeLanguages();
    void unwritablePathLeavesNoFile();

private:
    EventDocument studyVisit() const;
    QString pdf(const PagedDocument &document, const QString &name);

    test::TestDatabase m_db;
    QTemporaryDir m_out;
};

void DocumentsTest::initTestCase()
{
    // QSettings and data folders of the test, not of the user running it.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    installTranslations(QLocale(QLocale::English));
    m_db.writeDemoProgramme();
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty(),
             "pdftotext (poppler-utils) is needed: the README's test command installs it");
}

EventDocument DocumentsTest::studyVisit() const
{
    // The first demo event: three days in the Ruhr, 22 items, 28 participants.
    return *EventDocument::load(m_db.connection(), 1);
}

QString DocumentsTest::pdf(const PagedDocument &document, const QString &name)
{
    const QString path = m_out.filePath(name);
    const QString error = document.writePdf(path);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return path;
}

void DocumentsTest::agendaHoldsEveryItemOfItsLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("pageWord");
    QTest::newRow("en") << Language::English << u"Page"_qs;
    QTest::newRow("de") << Language::German << u"Seite"_qs;
    QTest::newRow("pl") << Language::Polish << u"Strona"_qs;
}

void DocumentsTest::agendaHoldsEveryItemOfItsLanguage()
{
    QFETCH(Language, language);
    QFETCH(QString, pageWord);
    const EventDocument event = studyVisit();
    const QString path =
        pdf(AgendaDocument(event, language), u"agenda-"_qs % languageCode(language) % u".pdf");
    const QStringList pages = pdfPages(path);
    QVERIFY(pages.size() >= 2);
    const QString text = pages.join(u'\n');

    QVERIFY(holds(text, event.event.title[language]));
    for (const AgendaItem &item : event.event.agenda)
        QVERIFY2(holds(text, item.title[language]), qPrintable(item.title[language]));
    // Organisers with phone and email, the venue, the host.
    QVERIFY(text.contains(u"s.weiss@rvr.example.org"_qs));
    QVERIFY(text.contains(u"+49 201 2069-207"_qs));
    QVERIFY(text.contains(u"Kronprinzenstraße 35, 45128 Essen"_qs));
    // German and Polish letters come back out of the PDF as letters.
    QVERIFY(holds(text, u"Müller-Lüdenscheidt"_qs));
    QVERIFY(text.contains(u"Górnośląsko"_qs));
    // Every page carries the event's title and "page N of M".
    for (int page = 0; page < pages.size(); ++page) {
        QVERIFY2(pages[page].contains(event.event.title[language].left(30)),
                 qPrintable(u"page %1"_qs.arg(page + 1)));
        QVERIFY2(pages[page].contains(u"%1 %2 "_qs.arg(pageWord).arg(page + 1)),
                 qPrintable(pages[page].right(200)));
    }
    QVERIFY(pages.last().contains(QString::number(pages.size())));
}

void DocumentsTest::bilingualAgendaHoldsBothLanguages()
{
    const EventDocument event = studyVisit();
    const QStringList pages =
        pdfPages(pdf(AgendaDocument(event, Language::German, Language::Polish), u"de-pl.pdf"_qs));
    const QString text = pages.join(u'\n');
    for (const AgendaItem &item : event.event.agenda) {
        QVERIFY2(holds(text, item.title.de), qPrintable(item.title.de));
        QVERIFY2(holds(text, item.title.pl), qPrintable(item.title.pl));
    }
    QVERIFY(text.contains(u"Seite 1 von"_qs));
    QVERIFY(text.contains(u"Strona 1 z"_qs));
}

void DocumentsTest::dayGoingOnOnANewPageIsHeadedAgain()
{
    const EventDocument event = studyVisit();
    const QStringList pages =
        pdfPages(pdf(AgendaDocument(event, Language::English), u"continued.pdf"_qs));
    QVERIFY(pages.size() > 1);
    int continued = 0;
    for (qsizetype page = 1; page < pages.size(); ++page) {
        // The first text under the running header: a new day, or the day
        // going on, said as such.
        static const QRegularExpression dayHeading(
            u"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d+ \\w+ \\d{4}"
            "( \\(continued\\))?$"_qs,
            QRegularExpression::MultilineOption);
        // Under the running header (title, "Programme"): the page's first text.
        const qsizetype body = pages[page].indexOf(u"Programme"_qs) + 9;
        const QRegularExpressionMatch heading = dayHeading.match(pages[page].mid(body).trimmed());
        QVERIFY2(heading.hasMatch() && heading.capturedStart() == 0,
                 qPrintable(pages[page].left(300)));
        if (!heading.captured(2).isEmpty()) {
            ++continued;
            const QString day = heading.captured(0).chopped(heading.captured(2).size());
            QVERIFY2(pages[page - 1].contains(day), qPrintable(day));
        }
    }
    QVERIFY(continued >= 1);
}

void DocumentsTest::fundingIsOnEveryPageOfEveryDocument()
{
    EventDocument event = studyVisit();
    event.event.fundingProgramme = u"Interreg Central Europe"_qs;
    event.event.projectNumber = u"CE0100123"_qs;
    QImage logo(300, 100, QImage::Format_RGB32);
    logo.fill(QColor(0, 51, 153));
    QBuffer png(&event.event.fundingLogo);
    png.open(QIODevice::WriteOnly);
    logo.save(&png, "PNG");
    SignInSheetOptions sheets;
    sheets.languages = {Language::Polish};
    const QStringList paths{
        pdf(AgendaDocument(event, Language::Polish), u"funded-agenda.pdf"_qs),
        pdf(ParticipantListDocument(event, Language::German), u"funded-list.pdf"_qs),
        pdf(SignInSheetDocument(event, sheets), u"funded-sheets.pdf"_qs)};
    for (const QString &path : paths) {
        const QStringList pages = pdfPages(path);
        QVERIFY(pages.size() > 1); // continuation pages too
        for (qsizetype page = 0; page < pages.size(); ++page) {
            QVERIFY2(pages[page].contains(u"Interreg Central Europe"_qs) &&
                         pages[page].contains(u"CE0100123"_qs),
                     qPrintable(path % u" page "_qs % QString::number(page + 1)));
        }
    }
    // Labelled in the document's language.
    QVERIFY(pdfPages(paths[0]).first().contains(u"Numer projektu: CE0100123"_qs));
    QVERIFY(pdfPages(paths[1]).first().contains(u"Projektnummer: CE0100123"_qs));
    // An event without funding has no such line.
    const QString plain =
        pdfPages(pdf(AgendaDocument(studyVisit(), Language::English), u"unfunded-agenda.pdf"_qs))
            .join(u'\n');
    QVERIFY(!plain.contains(u"Project number"_qs));
}

void DocumentsTest::languagesAreNamedInTheDocumentsLanguage()
{
    EventDocument event = studyVisit();
    event.event.languages = u"de, PL/en"_qs;
    const QString polish =
        pdfPages(pdf(AgendaDocument(event, Language::Polish), u"languages-pl.pdf"_qs)).join(u'\n');
    QVERIFY2(holds(polish, u"niemiecki, polski, angielski"_qs), qPrintable(polish));
    const QString german =
        pdfPages(pdf(AgendaDocument(event, Language::German), u"languages-de.pdf"_qs)).join(u'\n');
    QVERIFY(holds(german, u"Deutsch, Polnisch, Englisch"_qs));
}

void DocumentsTest::missingTranslationFallsBackVisibly()
{
    EventDocument event = studyVisit();
    event.event.agenda[0].title.pl.clear();
    const QString text =
        pdfPages(pdf(AgendaDocument(event, Language::Polish), u"fallback.pdf"_qs)).join(u'\n');
    // Shown in English, marked as such: never an empty cell.
    QVERIFY(holds(text, event.event.agenda[0].title.en % u" [EN]"));
}

void DocumentsTest::delegationReadsMeetingPointsAccessAndGroupsInItsLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("meetingPoint");
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("group");
    QTest::newRow("de") << Language::German << u"Treffpunkt: %1"_qs << u"Barrierefreiheit: %1"_qs
                        << u"Gruppe %1"_qs;
    QTest::newRow("pl") << Language::Polish << u"Miejsce zbiórki: %1"_qs << u"Dostępność: %1"_qs
                        << u"Grupa %1"_qs;
    QTest::newRow("en") << Language::English << u"Meeting point: %1"_qs << u"Accessibility: %1"_qs
                        << u"Group %1"_qs;
}

void DocumentsTest::delegationReadsMeetingPointsAccessAndGroupsInItsLanguage()
{
    QFETCH(Language, language);
    QFETCH(QString, meetingPoint);
    QFETCH(QString, access);
    QFETCH(QString, group);
    const EventDocument event = studyVisit();
    const QString text = pdfPages(pdf(AgendaDocument(event, language),
                                      u"delegation-"_qs % languageCode(language) % u".pdf"))
                             .join(u'\n');
    QSet<QString> groups;
    for (const AgendaItem &item : event.event.agenda) {
        const QString title = item.title[language];
        QVERIFY2(holds(text, meetingPoint.arg(item.meetingPoint[language])), qPrintable(title));
        if (const Site *site = event.site(item.siteId))
            QVERIFY2(holds(text, access.arg(site->accessibility[language])), qPrintable(title));
        if (!item.group.isEmpty()) {
            groups.insert(item.group);
            QVERIFY2(holds(text, group.arg(item.group) % u' ' % title), qPrintable(title));
        }
    }
    QCOMPARE(groups.size(), 2); // the demo's day of two groups
    // No English leaking into another language's agenda (the demo's meeting
    // points were all in English once).
    if (language != Language::English)
        QVERIFY(!text.contains(QRegularExpression(u"Hotel\\s+lobby"_qs)));
}

void DocumentsTest::participantListFiltersSortsAndPicksColumns()
{
    const EventDocument event = studyVisit();
    const ParticipantFilter attended{{u"attended"_qs}, {}};
    const QList<ParticipantRow> rows = participantRows(event, attended);
    QVERIFY(rows.size() > 10);
    // Sorted by delegation, then by last name.
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const ParticipantRow &a = rows[i - 1];
        const ParticipantRow &b = rows[i];
        QVERIFY(a.participation.delegation <= b.participation.delegation);
        if (a.participation.delegation == b.participation.delegation)
            QVERIFY(QString::localeAwareCompare(a.person.lastName, b.person.lastName) <= 0 ||
                    a.person.lastName.front().isLetter());
    }

    const QList<Field> few{Field::Name, Field::Delegation, Field::Email};
    const QString narrow =
        pdf(ParticipantListDocument(event, Language::German, attended, few), u"list-few.pdf"_qs);
    QVERIFY2(isPortrait(narrow), qPrintable(pageSize(narrow)));
    const QString text = pdfPages(narrow).join(u'\n');
    QVERIFY(text.contains(u"Teilnehmerliste"_qs));
    QVERIFY(text.contains(u"E-Mail"_qs));
    QVERIFY(!text.contains(u"Ernährung"_qs)); // a column not picked
    int last = -1;
    for (const ParticipantRow &row : rows) {
        // The address up to its first hyphen: a long one wraps in its cell.
        const int at = int(text.indexOf(row.person.email.section(u'-', 0, 0)));
        QVERIFY2(at > last, qPrintable(row.person.email)); // in the sorted order
        last = at;
    }
    for (const Participation &participation : event.event.participants) {
        if (participation.status != u"attended")
            QVERIFY(!text.contains(event.person(participation.personId)->email));
    }

    // All columns need the width of a landscape page.
    const QList<Field> all = fieldsWith(FieldUse::ListColumn);
    const QString wide =
        pdf(ParticipantListDocument(event, Language::English, {}, all), u"list-all.pdf"_qs);
    QVERIFY2(!isPortrait(wide), qPrintable(pageSize(wide)));
    const QString wideText = pdfPages(wide).join(u'\n');
    QVERIFY(holds(wideText, u"Dietary needs"_qs));
    // The count in words of the document's language, plural included.
    QVERIFY(wideText.contains(u"%1 participants"_qs.arg(event.event.participants.size())));
}

void DocumentsTest::participantListWithPositions()
{
    // A delegation list: who comes, from where, in which position and role.
    // German job titles are long compounds ("Wirtschaftsentwicklung"): none
    // is cut inside a word, though the page is upright.
    const EventDocument event = studyVisit();
    const QString path =
        pdf(ParticipantListDocument(event, Language::German, {},
                                    {Field::Name, Field::Organisation, Field::Position,
                                     Field::Delegation, Field::Role}),
            u"list-positions.pdf"_qs);
    QVERIFY2(isPortrait(path), qPrintable(pageSize(path)));
    const QString text = pdfPages(path).join(u'\n');
    QVERIFY(text.contains(u"Funktion"_qs));
    int positions = 0;
    for (const ParticipantRow &row : participantRows(event)) {
        if (row.person.position.isEmpty())
            continue;
        ++positions;
        QVERIFY2(holds(text, row.person.position), qPrintable(row.person.position));
    }
    QVERIFY(positions > 10);
}

void DocumentsTest::signInSheetHasASheetPerDayWithHeaderOnEveryPage()
{
    EventDocument event = studyVisit();
    event.event.fundingProgramme = u"Interreg Central Europe"_qs;
    event.event.projectNumber = u"CE0100123"_qs;
    QImage logo(300, 100, QImage::Format_RGB32);
    logo.fill(Qt::blue);
    QBuffer png(&event.event.fundingLogo);
    png.open(QIODevice::WriteOnly);
    logo.save(&png, "PNG");
    SignInSheetOptions options;
    options.blankRows = 12;
    const QString path = pdf(SignInSheetDocument(event, options), u"sheet.pdf"_qs);
    const QStringList pages = pdfPages(path);
    // The logo heads the first page of every day's sheet, and stands at the
    // foot of every page.
    QProcess images;
    images.start(u"pdfimages"_qs, {u"-list"_qs, path});
    QVERIFY(images.waitForFinished(60000));
    const QString imageList = QString::fromUtf8(images.readAllStandardOutput());
    QCOMPARE(imageList.count(u" image "_qs), 3 + pages.size());
    const QString text = pages.join(u'\n');
    // Three days, each on its own sheet with its date.
    for (const QString &day :
         {u"Monday, 8 July 2019"_qs, u"Tuesday, 9 July 2019"_qs, u"Wednesday, 10 July 2019"_qs})
        QVERIFY2(text.contains(day), qPrintable(day));
    QVERIFY(text.contains(u"Interreg Central Europe"_qs));
    QVERIFY(text.contains(u"CE0100123"_qs));
    QVERIFY(text.contains(u"Signature of the host"_qs));
    // The table's header on every page; at most 20 rows of 11 mm fit a page.
    for (const QString &page : pages) {
        QVERIFY(page.contains(u"Signature"_qs));
        QVERIFY(page.contains(u"Organisation"_qs));
    }
    QVERIFY(pages.size() >= 6);
    // The people who were there on the first day, by last name, then blank
    // rows numbered on.
    const QList<ParticipantRow> rows = participantRows(event, options.filter);
    QVERIFY(text.contains(rows.first().person.lastName));
    const QRegularExpression numbered(u"^\\s*(\\d+)\\s*$"_qs, QRegularExpression::MultilineOption);
    int highest = 0;
    for (auto match = numbered.globalMatch(pages[0] + pages[1]); match.hasNext();)
        highest = std::max(highest, match.next().captured(1).toInt());
    QVERIFY2(highest >= 12, qPrintable(QString::number(highest)));
    // Rows at least 10 mm (28.35 pt) apart: room to sign by hand.
    const QList<double> tops = rowNumberTops(path);
    QVERIFY(tops.size() >= 15);
    for (qsizetype i = 1; i < tops.size(); ++i)
        QVERIFY2(tops[i] - tops[i - 1] >= 28.3, qPrintable(QString::number(tops[i] - tops[i - 1])));
}

void DocumentsTest::signInSheetLabelsFollowItsLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("absent");
    QTest::newRow("pl") << Language::Polish << u"Podpis"_qs << u"Unterschrift"_qs;
    QTest::newRow("de") << Language::German << u"Unterschrift"_qs << u"Podpis"_qs;
}

void DocumentsTest::signInSheetLabelsFollowItsLanguage()
{
    QFETCH(Language, language);
    QFETCH(QString, signature);
    QFETCH(QString, absent);
    SignInSheetOptions options;
    options.languages = {language};
    const QString text =
        pdfPages(pdf(SignInSheetDocument(studyVisit(), options), u"sheet-lang.pdf"_qs)).join(u'\n');
    QVERIFY(text.contains(signature));
    QVERIFY(!text.contains(absent));
}

void DocumentsTest::signInSheetPerSiteVisitAndThreeLanguages()
{
    const EventDocument event = studyVisit();
    SignInSheetOptions options;
    options.languages = {Language::German, Language::Polish, Language::English};
    options.perSiteVisit = true;
    options.blankRows = 0;
    const QStringList pages =
        pdfPages(pdf(SignInSheetDocument(event, options), u"sheet-visits.pdf"_qs));
    const QString text = pages.join(u'\n');
    for (const QString &word : {u"Unterschrift"_qs, u"Podpis"_qs, u"Signature"_qs})
        QVERIFY(text.contains(word));
    int visits = 0;
    for (const AgendaItem &item : event.event.agenda) {
        if (item.kind != u"site_visit")
            continue;
        ++visits;
        QVERIFY2(holds(text, item.title.de), qPrintable(item.title.de));
    }
    QVERIFY(visits >= 3);
    QVERIFY(pages.size() >= visits);
}

void DocumentsTest::unwritablePathLeavesNoFile()
{
    const QString path = m_out.filePath(u"missing-folder/agenda.pdf"_qs);
    const QString error = AgendaDocument(studyVisit(), Language::English).writePdf(path);
    QVERIFY(error.contains(path));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(DocumentsTest)
#include "tst_documents.moc"
