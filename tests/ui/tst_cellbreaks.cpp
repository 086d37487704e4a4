// Words too long for a document's table cell: where they break.

#include "documents/cellbreaks.h"
#include "documents/documentstyle.h"
#include "documents/hyphenation.h"
#include "documents/participantlistdocument.h"
#include "domain/field.h"
#include "export/participantlist.h"
#include "testdatabase.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ep;

Q_DECLARE_METATYPE(ep::Language)

class CellBreaksTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hyphenationFollowsTheLanguage_data();
    void hyphenationFollowsTheLanguage();
    void longWordBreaksWithAHyphenWhereItsLanguageAllows_data();
    void longWordBreaksWithAHyphenWhereItsLanguageAllows();
    void emailBreaksBeforeTheAtOrAfterADot();
    void wordThatFitsIsLeftAlone();
    void wordWithoutAPlaceToBreakIsSaidNotToFit();
    void crowdedListCutsNoWordWithoutAHyphen_data();
    void crowdedListCutsNoWordWithoutAHyphen();

private:
    QFontMetricsF metrics() const { return QFontMetricsF(documentstyle::body()); }
};

void CellBreaksTest::initTestCase()
{
    documentstyle::registerFonts();
}

void CellBreaksTest::hyphenationFollowsTheLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("allowed"); // one place the language allows
    QTest::addColumn<int>("forbidden");
    QTest::newRow("German compound") << Language::German << u"Delegationsmitglied"_qs << 11 << 10;
    QTest::newRow("German, capital and umlaut")
        << Language::German << u"Bürgermeisterin"_qs << 6 << 5;
    QTest::newRow("Polish") << Language::Polish << u"przedsiębiorczości"_qs << 5 << 4;
    QTest::newRow("English") << Language::English << u"infrastructure"_qs << 5 << 4;
}

void CellBreaksTest::hyphenationFollowsTheLanguage()
{
    QFETCH(Language, language);
    QFETCH(QString, word);
    QFETCH(int, allowed);
    QFETCH(int, forbidden);
    const QList<int> breaks = Hyphenation::of(language).breaks(word);
    QVERIFY2(breaks.contains(allowed), qPrintable(word));
    QVERIFY2(!breaks.contains(forbidden), qPrintable(word));
    QVERIFY(std::is_sorted(breaks.cbegin(), breaks.cend()));
    QVERIFY(breaks.first() >= 2 && breaks.last() <= word.size() - 2);
}

void CellBreaksTest::longWordBreaksWithAHyphenWhereItsLanguageAllows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("first"); // the first line, which the cell fits exactly
    QTest::addColumn<QString>("broken");
    QTest::newRow("German") << u"Delegationsmitglied"_qs << Language::German << u"Delegations-"_qs
                            << u"Delegations-\u2028mitglied"_qs;
    QTest::newRow("after a word that fits")
        << u"Stellv. Delegationsmitglied"_qs << Language::German << u"Delegations-"_qs
        << u"Stellv. Delegations-\u2028mitglied"_qs;
    QTest::newRow("at its own hyphen first")
        << u"Górnośląsko-Zagłębiowska"_qs << Language::English << u"Górnośląsko-"_qs
        << u"Górnośląsko-\u2028Zagłębiowska"_qs;
    // Polish letters: Polish patterns, whatever the document's language.
    QTest::newRow("Polish word in an English list")
        << u"Zagłębiowska"_qs << Language::English << u"Zagłę-"_qs << u"Zagłę-\u2028biowska"_qs;
}

void CellBreaksTest::longWordBreaksWithAHyphenWhereItsLanguageAllows()
{
    QFETCH(QString, text);
    QFETCH(Language, language);
    QFETCH(QString, broken);
    double width = 0;
    for (const QString &line : broken.split(QChar::LineSeparator)) {
        for (const QString &word : line.split(u' '))
            width = std::max(width, metrics().horizontalAdvance(word) + 0.5);
    }
    bool fits = false;
    QCOMPARE(breakLongWords(text, metrics(), width, language, &fits), broken);
    QVERIFY(fits);
}

void CellBreaksTest::emailBreaksBeforeTheAtOrAfterADot()
{
    const QString email = u"b.froehlich@dortmund.example.org"_qs;
    const double width = metrics().horizontalAdvance(u"@dortmund."_qs) + 0.5;
    bool fits = false;
    const QString broken = breakLongWords(email, metrics(), width, Language::German, &fits);
    QVERIFY(fits);
    const QStringList parts = broken.split(QChar::LineSeparator);
    QCOMPARE(parts, (QStringList{u"b.froehlich"_qs, u"@dortmund."_qs, u"example.org"_qs}));
    for (const QString &part : parts)
        QVERIFY(metrics().horizontalAdvance(part) <= width);
}

void CellBreaksTest::wordThatFitsIsLeftAlone()
{
    const QString text = u"Stadt Dortmund, j.nowak@gzm.example.org"_qs;
    const double width = metrics().horizontalAdvance(u"j.nowak@gzm.example.org"_qs) + 0.5;
    bool fits = false;
    QCOMPARE(breakLongWords(text, metrics(), width, Language::German, &fits), text);
    QVERIFY(fits);
}

void CellBreaksTest::wordWithoutAPlaceToBreakIsSaidNotToFit()
{
    const QString number = u"4711081512345678"_qs;
    bool fits = true;
    QCOMPARE(breakLongWords(number, metrics(), metrics().horizontalAdvance(u"4711"_qs),
                            Language::German, &fits),
             number);
    QVERIFY(!fits);
}

void CellBreaksTest::crowdedListCutsNoWordWithoutAHyphen_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("de") << Language::German;
    QTest::newRow("pl") << Language::Polish;
}

void CellBreaksTest::crowdedListCutsNoWordWithoutAHyphen()
{
    // Every column a list may have, on the demo's study visit: job titles,
    // organisations and email addresses in narrow columns.
    QFETCH(Language, language);
    test::TestDatabase db;
    db.writeDemoProgramme();
    const EventDocument event = *EventDocument::load(db.connection(), 1);
    const QList<Field> columns = fieldsWith(FieldUse::ListColumn);
    const QString path = db.folder() + u"/crowded.pdf"_qs;
    QCOMPARE(ParticipantListDocument(event, language, {}, columns).writePdf(path), QString());
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_qs, {u"-raw"_qs, path, u"-"_qs});
    QVERIFY(pdftotext.waitForFinished());
    static const QRegularExpression space(u"\\s+"_qs);
    const QStringList printed = QString::fromUtf8(pdftotext.readAllStandardOutput())
                                    .normalized(QString::NormalizationForm_KC)
                                    .split(space, Qt::SkipEmptyParts);

    // The words of the headings and the cells, as stored.
    QSet<QString> words;
    const DocumentLanguage documentLanguage(language);
    for (Field field : columns) {
        for (const QString &word : fieldLabel(field, documentLanguage).split(space))
            words.insert(word);
    }
    for (const ParticipantRow &row : participantRows(event)) {
        for (Field field : columns) {
            const QString cell =
                participantCell(row, field, FieldStyle::Document, documentLanguage);
            for (const QString &word : cell.split(space, Qt::SkipEmptyParts))
                words.insert(word.normalized(QString::NormalizationForm_KC));
        }
    }
    int broken = 0;
    QString previous;
    for (const QString &part : printed) {
        // The rest of a word broken on the line before ("Abteilungslei-" "ter").
        const bool continuation =
            previous.endsWith(u'-') || previous.endsWith(u'–') || previous.endsWith(u'.');
        previous = part;
        if (words.contains(part) || continuation)
            continue;
        // A part that ends where a word may break: after a hyphen (its own,
        // or one added by hyphenation) or an en dash ("Deutsch–|Polnisch"),
        // after a dot of an address, or before its "@".
        const bool sensible = part.endsWith(u'-') || part.endsWith(u'–') || part.endsWith(u'.');
        broken += sensible ? 1 : 0;
        for (const QString &word : std::as_const(words)) {
            if (sensible || word.size() <= part.size() || part.size() < 3 ||
                !word.startsWith(part) || word[part.size()] == u'@')
                continue;
            QFAIL(qPrintable(u"\"%1\" is cut after \"%2\""_qs.arg(word, part)));
        }
    }
    QVERIFY(broken > 5); // the list was crowded enough to break words
}

QTEST_MAIN(CellBreaksTest)
#include "tst_cellbreaks.moc"
