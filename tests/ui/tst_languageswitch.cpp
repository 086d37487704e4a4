// A language switch while records are shown: nothing changes but the
// language (issue 13: a site's latitude "51,488200" read in English became
// unsaveable).

#include "forms/recordform.h"
#include "lists/recordlistmodel.h"
#include "shownwindow.h"
#include "testdatabase.h"
#include "window/areapage.h"
#include "window/languagemenu.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace ep;
using test::showWindow;

class LanguageSwitchTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void languageSwitchChangesNoValueAndNoFormState();
};

void LanguageSwitchTest::languageSwitchChangesNoValueAndNoFormState()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const auto windowPointer = showWindow(db.path());
    MainWindow &window = *windowPointer;
    auto *languages = window.findChild<LanguageMenu *>();
    const auto switchTo = [languages](const QString &code) {
        languages->action(code)->trigger();
        QCoreApplication::processEvents(); // the widgets hear of the change in events
    };
    switchTo(u"pl"_qs);
    AreaPage *sites = window.page(Area::Sites);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"SELECT id FROM sites WHERE latitude IS NOT NULL ORDER BY id"_qs));
    QVERIFY(query.next());
    const int siteId = query.value(0).toInt();
    query.finish(); // no read transaction held open
    sites->showRecord(siteId);
    auto *latitude = sites->form()->findChild<QLineEdit *>(u"latitude"_qs);
    QVERIFY(latitude);
    QVERIFY2(latitude->text().contains(u','), qPrintable(latitude->text())); // "51,488200"
    const QString polish = latitude->text();

    // Every area's form shows a record; none may become changed.
    const Area areas[] = {Area::Events, Area::People, Area::Organisations, Area::Sites,
                          Area::Topics};
    for (Area area : areas) {
        window.showArea(area);
        AreaPage *page = window.page(area);
        if (page->form()->recordId() == 0)
            page->showRecord(page->model()->idAt(0));
        QVERIFY(page->form()->recordId() != 0);
    }
    window.showArea(Area::Sites);
    QCOMPARE(sites->form()->recordId(), siteId);
    for (const QString &code : {u"en"_qs, u"de"_qs, u"en"_qs, u"pl"_qs}) {
        switchTo(code);
        for (Area area : areas) {
            QVERIFY2(!window.page(area)->form()->isModified(),
                     qPrintable(u"area %1 after switching to %2"_qs.arg(int(area)).arg(code)));
        }
        const QString title = sites->findChild<QLabel *>(u"formTitle"_qs)->text();
        QVERIFY2(!title.contains(u"("_qs), qPrintable(title)); // "… (unsaved changes)"
    }
    QCOMPARE(latitude->text(), polish);
    switchTo(u"en"_qs);
    QCOMPARE(latitude->text(), QString(polish).replace(u',', u'.')); // "51.488200"

    // Typed, not saved: kept as the same number in the new spelling, and
    // saved as that number.
    latitude->clear();
    QTest::keyClicks(latitude, u"50.25"_qs);
    QVERIFY(sites->form()->isModified());
    switchTo(u"de"_qs);
    QCOMPARE(latitude->text(), u"50,25"_qs);
    QVERIFY(sites->form()->isModified());
    QVERIFY(sites->form()->save());
    QSqlQuery stored(db.connection());
    QVERIFY(stored.exec(u"SELECT latitude FROM sites WHERE id = %1"_qs.arg(siteId)));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toDouble(), 50.25);
    switchTo(QString()); // the system's language again, for the tests that follow
}

QTEST_MAIN(LanguageSwitchTest)
#include "tst_languageswitch.moc"
