#include "domain/searchtext.h"
#include "storage/sql.h"

#include <QTest>

using namespace ep;

class SearchTextTest : public QObject
{
    Q_OBJECT

private slots:
    void folding_data();
    void folding();
    void searchTextHoldsGermanTransliteration();
    void likePatternEscapesWildcards();
};

void SearchTextTest::folding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("Polish") << u"Łódź Świętochłowice"_qs << u"lodz swietochlowice"_qs;
    QTest::newRow("all Polish letters") << u"ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ"_qs << u"acelnoszz acelnoszz"_qs;
    QTest::newRow("German") << u"Müller Straße ÄÖÜ"_qs << u"muller strasse aou"_qs;
    QTest::newRow("spaces") << u"  Gleispark   Frintrop "_qs << u"gleispark frintrop"_qs;
    QTest::newRow("degree sign stays") << u"MARK 51°7"_qs << u"mark 51°7"_qs;
    // Letters that fold to more than one: the result grows past the text's length.
    QTest::newRow("longer folds") << u"ßßßß Straße"_qs << u"ssssssss strasse"_qs;
    QTest::newRow("fractions") << u"¾¾¾¾d"_qs << QString(u"3⁄4"_qs.repeated(4) + u"d"_qs);
}

void SearchTextTest::folding()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(foldForSearch(text), folded);
}

void SearchTextTest::searchTextHoldsGermanTransliteration()
{
    const QString text = searchTextOf({u"Jürgen"_qs, u"Müller-Lüdenscheidt"_qs, QString()});
    QVERIFY(text.contains(u"jurgen"_qs));
    QVERIFY(text.contains(u"juergen"_qs));
    QVERIFY(text.contains(u"muller-ludenscheidt"_qs));
    QVERIFY(text.contains(u"mueller-luedenscheidt"_qs));
    QCOMPARE(searchTextOf({u"Nowak"_qs}), u"nowak"_qs); // nothing doubled
    QCOMPARE(searchTextOf({u"Łódź"_qs}), u"lodz"_qs);   // no German spelling to add
    QCOMPARE(searchTextOf({u"  Anna \t Maria  "_qs, u"   "_qs, u"NOWAK"_qs, QString()}),
             u"anna maria nowak"_qs);
    QCOMPARE(searchWords(u" Łukasz  WÓJCIK "_qs), (QStringList{u"lukasz"_qs, u"wojcik"_qs}));
}

void SearchTextTest::likePatternEscapesWildcards()
{
    QCOMPARE(sql::containsPattern(u"50%"_qs), u"%50\\%%"_qs);
    QCOMPARE(sql::containsPattern(u"a_b"_qs), u"%a\\_b%"_qs);
}

QTEST_GUILESS_MAIN(SearchTextTest)
#include "tst_searchtext.moc"
