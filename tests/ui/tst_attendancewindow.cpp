// Attendance typed off the signed sheets in the window (issue 17, items 1
// and 2):
// Event › Attendance… numbers the grid's rows as each day's printed sheet
// does; a row's number and Space tick it; a walk-in is added on the spot;
// Save writes it all as one step that Undo takes back, statuses included,
// and Redo writes again; a colleague's entry of another sheet meanwhile is
// kept. Documents › Confirm a Certificate… says what a certificate of a
// number states.

#include "databasefiles.h"
#include "dialogs.h"
#include "domain/catalogues.h"
#include "export/certificates.h"
#include "export/signinorder.h"
#include "lists/attendancegridmodel.h"
#include "manywriters.h"
#include "shownwindow.h"
#include "storage/attendancerepository.h"
#include "window/areapage.h"
#include "window/attendancedialog.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ep;
using ep::test::showWindow;

namespace {

// The demo's return visit of 26 to 28 August 2019, its sheets not entered yet.
constexpr int returnVisit = 2;
const QDate firstDay(2019, 8, 26);
const QDate secondDay(2019, 8, 27);

QStringList rowsOf(const QString &path, const QString &statement)
{
    Database reader;
    if (!reader.openToRead(path).ok())
        qFatal("%s cannot be read", qPrintable(path));
    QSqlQuery query(reader.connection());
    QStringList rows;
    if (!query.exec(statement))
        qFatal("%s", qPrintable(query.lastError().text()));
    while (query.next()) {
        QStringList values;
        for (int column = 0; column < query.record().count(); ++column)
            values.append(query.value(column).toString());
        rows.append(values.join(u'|'));
    }
    return rows;
}

QStringList statuses(const QString &path)
{
    return rowsOf(path, u"SELECT person_id, status FROM participations WHERE event_id = 2"
                        u" ORDER BY person_id"_qs);
}

QStringList presences(const QString &path)
{
    return rowsOf(path,
                  u"SELECT p.last_name, a.day FROM attendance a JOIN people p"
                  u" ON p.id = a.person_id WHERE a.event_id = 2 ORDER BY a.day, p.last_name"_qs);
}

// The window on a new demo database at `path`, the return visit shown.
std::unique_ptr<MainWindow> windowOnReturnVisit(const QString &path)
{
    test::writeDemo(path);
    auto window = showWindow(path);
    window->showArea(Area::Events);
    window->currentPage()->showRecord(returnVisit);
    return window;
}

void press(QWidget *widget, const QString &keys)
{
    for (QChar key : keys)
        QTest::keyClick(widget, key == u' ' ? Qt::Key_Space : Qt::Key(key.unicode()));
}

} // namespace

class AttendanceWindowTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aSheetTypedByNumberIsOneUndoableStep();
    void theRowsAreNumberedAsEachDaysSheet();
    void aColleaguesSheetMeanwhileIsKept();
    void aCertificateIsConfirmedByItsNumber();
};

void AttendanceWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void AttendanceWindowTest::aSheetTypedByNumberIsOneUndoableStep()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    const auto window = windowOnReturnVisit(path);
    QAction *attendance = window->findChild<QAction *>(u"attendanceAction"_qs);
    QVERIFY(attendance);
    QVERIFY(attendance->isEnabled());
    QCOMPARE(attendance->shortcut(), QKeySequence(u"Ctrl+Shift+A"_qs));
    const QStringList before = statuses(path);

    QStringList ticked; // the names of rows 5 and 7 of the first day's sheet
    QString summary;
    test::whenDialogOpens([&](QWidget *widget) {
        auto *dialog = qobject_cast<AttendanceDialog *>(widget);
        QVERIFY(dialog);
        QTableView *grid = dialog->grid();
        AttendanceGridModel *model = dialog->model();
        QCOMPARE(grid->currentIndex().column(), AttendanceGridModel::FirstSheetColumn);
        press(grid, u"5 7 "_qs);
        for (int number : {5, 7})
            ticked.append(model->index(model->rowNumbered(number), 0).data().toString());
        // Row 5 again: typed by mistake, taken back.
        press(grid, u"5 5 "_qs);
        // A walk-in who signed a blank row.
        test::whenDialogOpens([](QWidget *walkIn) {
            test::typeText(walkIn->findChild<QLineEdit *>(u"firstName"_qs), u"Jan"_qs);
            test::typeText(walkIn->findChild<QLineEdit *>(u"lastName"_qs), u"Kowalski"_qs);
            QTest::keyClick(walkIn, Qt::Key_Return);
        });
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addWalkIn"_qs), Qt::LeftButton);
        summary = dialog->findChild<QLabel *>(u"summary"_qs)->text();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    attendance->trigger();
    test::SecondConnection reader(path);
    const int onSheet =
        int(signInRows(*EventDocument::load(reader.connection(), returnVisit), firstDay).size());
    // Everyone on the day's sheet now, the walk-in included.
    QVERIFY2(summary.contains(u": 3 of %1 present"_qs.arg(onSheet)), qPrintable(summary));
    QCOMPARE(ticked.size(), 2);
    QStringList lastNames;
    for (const QString &name : ticked)
        lastNames.append(name.split(u' ').last());
    lastNames.append(u"Kowalski"_qs);
    lastNames.sort();
    QStringList expected;
    for (const QString &name : lastNames)
        expected.append(name % u"|2019-08-26");
    QCOMPARE(presences(path), expected);
    // Statuses follow: three attended, everyone else on the sheets stayed away.
    QCOMPARE(rowsOf(path, u"SELECT status, count(*) FROM participations WHERE event_id = 2"
                          u" GROUP BY status ORDER BY status"_qs),
             (QStringList{u"attended|3"_qs, u"cancelled|1"_qs, u"no_show|%1"_qs.arg(onSheet - 3)}));

    // One step: undo takes it all back, the statuses as they were.
    QUndoStack *undo = window->undoStack();
    QCOMPARE(undo->undoText(), u"Attendance of Return visit of the RVR delegation to Upper "
                               u"Silesia"_qs);
    undo->undo();
    QCOMPARE(presences(path), QStringList());
    QCOMPARE(statuses(path), before);
    QCOMPARE(rowsOf(path, u"SELECT count(*) FROM people WHERE last_name = 'Kowalski'"_qs),
             QStringList{u"0"_qs});
    undo->redo();
    QCOMPARE(presences(path), expected);
}

void AttendanceWindowTest::theRowsAreNumberedAsEachDaysSheet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    const auto window = windowOnReturnVisit(path);
    // Someone who arrives on the second day is on that day's sheet only.
    test::SecondConnection colleague(path);
    QSqlQuery(colleague.connection())
        .exec(
            u"UPDATE participations SET arrival = '2019-08-27T08:00:00' WHERE event_id = 2"
            u" AND person_id = (SELECT min(person_id) FROM participations WHERE event_id = 2)"_qs);
    const std::optional<EventDocument> document =
        EventDocument::load(colleague.connection(), returnVisit);
    bool compared = false;
    test::whenDialogOpens([&](QWidget *widget) {
        auto *dialog = qobject_cast<AttendanceDialog *>(widget);
        AttendanceGridModel *model = dialog->model();
        for (int column = AttendanceGridModel::FirstSheetColumn; column < model->columnCount();
             ++column) {
            dialog->grid()->setCurrentIndex(model->index(0, column));
            const QDate day = model->sheetAt(column)->day;
            const QList<ParticipantRow> printed = signInRows(*document, day);
            for (qsizetype number = 1; number <= printed.size(); ++number) {
                const int row = model->rowNumbered(int(number));
                QCOMPARE(model->index(row, AttendanceGridModel::NameColumn).data().toString(),
                         printed[number - 1].person.displayName());
                QCOMPARE(model->headerData(row, Qt::Vertical, Qt::DisplayRole).toInt(),
                         int(number));
            }
            QCOMPARE(model->rowNumbered(int(printed.size()) + 1), -1);
        }
        compared = true;
        dialog->reject();
    });
    window->findChild<QAction *>(u"attendanceAction"_qs)->trigger();
    QVERIFY(compared);
    QCOMPARE(signInRows(*document, firstDay).size() + 1, signInRows(*document, secondDay).size());
}

void AttendanceWindowTest::aColleaguesSheetMeanwhileIsKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    const auto window = windowOnReturnVisit(path);
    test::SecondConnection colleague(path);
    test::whenDialogOpens([&](QWidget *widget) {
        auto *dialog = qobject_cast<AttendanceDialog *>(widget);
        press(dialog->grid(), u"1 2 "_qs);
        // Meanwhile a colleague enters the second day: row 3 signed.
        const std::optional<EventDocument> document =
            EventDocument::load(colleague.connection(), returnVisit);
        const int third = signInRows(*document, secondDay).at(2).person.id;
        const AttendanceWrite theirs = AttendanceRepository(colleague.connection())
                                           .save({returnVisit, {{third, {secondDay, 0}}}, {}, {}});
        QVERIFY(theirs.result.ok());
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    window->findChild<QAction *>(u"attendanceAction"_qs)->trigger();
    QCOMPARE(rowsOf(path, u"SELECT count(*) FROM attendance WHERE event_id = 2 GROUP BY day"
                          u" ORDER BY day"_qs),
             (QStringList{u"2"_qs, u"1"_qs}));
    window->undoStack()->undo();
    QCOMPARE(rowsOf(path, u"SELECT day FROM attendance WHERE event_id = 2"_qs),
             QStringList{u"2019-08-27"_qs});
}

void AttendanceWindowTest::aCertificateIsConfirmedByItsNumber()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    const auto window = windowOnReturnVisit(path);
    // Dr. Ute Höfer walked in on the second day of the first study visit.
    const QString hoefer =
        rowsOf(path, u"SELECT id FROM people WHERE last_name = 'Höfer'"_qs).value(0);
    const QString number = CertificateNumber{2019, 1, hoefer.toInt()}.text();
    QString statement;
    const auto confirm = [&](const QString &typed) {
        statement.clear();
        test::whenDialogOpens([&, typed](QWidget *asking) {
            asking->findChild<QLineEdit *>()->setText(typed);
            test::whenDialogOpens([&](QWidget *answer) {
                statement = qobject_cast<QMessageBox *>(answer)->text();
                answer->close();
            });
            QTest::keyClick(asking, Qt::Key_Return);
        });
        window->findChild<QAction *>(u"confirmCertificateAction"_qs)->trigger();
    };
    confirm(number);
    QVERIFY2(statement.startsWith(u"Certificate %1: Dr. Ute Höfer (Stadt Dortmund)"_qs.arg(number)),
             qPrintable(statement));
    QVERIFY2(statement.contains(u"9 July 2019, 10 July 2019 (2 of 3)"_qs), qPrintable(statement));
    // One digit off: the check digit refuses it.
    QString mistyped = number;
    mistyped[10] = mistyped[10] == u'9' ? u'8' : u'9';
    confirm(mistyped);
    QVERIFY2(statement.contains(u"is no certificate number"_qs), qPrintable(statement));
}

QTEST_MAIN(AttendanceWindowTest)
#include "tst_attendancewindow.moc"
