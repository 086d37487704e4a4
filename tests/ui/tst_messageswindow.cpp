// Writing to participants from the window (issue 16, item 2b): Event ›
// Write Messages… writes a draft per participant chosen into a new folder,
// previews the first, and reopens the templates; Event › Message
// Templates… edits them per language and keeps a colleague's save (a second
// connection) from being overwritten unasked.

#include "databasefiles.h"
#include "dialogs.h"
#include "domain/catalogues.h"
#include "manywriters.h"
#include "shownwindow.h"
#include "storage/messagetemplates.h"
#include "testdatabase.h"
#include "window/areapage.h"
#include "window/mainwindow.h"
#include "window/messagetemplatesdialog.h"
#include "window/writemessagesdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ep;
using ep::test::showWindow;

namespace {

constexpr int firstVisit = 1; // the demo's study visit of 8 to 10 July 2019

QString valueIn(const QString &path, const QString &statement)
{
    Database database;
    if (!database.openToRead(path).ok())
        return {};
    QSqlQuery query(database.connection());
    return query.exec(statement) && query.next() ? query.value(0).toString() : QString();
}

} // namespace

class MessagesWindowTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeMessagesWritesADraftPerParticipantChosen();
    void templatesAreEditedPerLanguageAndAColleaguesSaveIsKept();
};

void MessagesWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void MessagesWindowTest::writeMessagesWritesADraftPerParticipantChosen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const auto window = showWindow(path);
    QAction *write = window->findChild<QAction *>(u"writeMessagesAction"_qs);
    QVERIFY(write);
    window->showArea(Area::Events);
    window->currentPage()->showRecord(firstVisit);
    QVERIFY(write->isEnabled());
    QCOMPARE(write->shortcut(), QKeySequence(u"Ctrl+Shift+W"_qs));

    const QString folder = dir.filePath(u"practical"_qs);
    const int withEmail =
        valueIn(path, u"SELECT count(*) FROM participations t JOIN people p ON p.id = "
                      u"t.person_id WHERE t.event_id = 1 AND p.email <> '' AND t.status IN "
                      u"('registered', 'confirmed', 'attended')"_qs)
            .toInt();
    QVERIFY(withEmail > 10);
    QString invitationSummary;
    QString preview;
    QString written;
    bool offersToOpen = false;
    test::whenDialogOpens([&](QWidget *widget) {
        auto *dialog = qobject_cast<WriteMessagesDialog *>(widget);
        if (!dialog) {
            widget->close();
            return;
        }
        auto *kinds = dialog->findChild<QComboBox *>(u"kinds"_qs);
        auto *summary = dialog->findChild<QLabel *>(u"summary"_qs);
        // The invitation goes to those invited: nobody in the demo's held visit.
        kinds->setCurrentIndex(kinds->findData(int(MessageKind::Invitation)));
        invitationSummary = summary->text();
        kinds->setCurrentIndex(kinds->findData(int(MessageKind::PracticalInformation)));
        preview = dialog->findChild<QPlainTextEdit *>(u"preview"_qs)->toPlainText();
        dialog->findChild<QLineEdit *>(u"folder"_qs)->setText(folder);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"writeDrafts"_qs), Qt::LeftButton);
        written = summary->text();
        offersToOpen = dialog->findChild<QPushButton *>(u"openFolder"_qs)->isVisible();
        dialog->reject();
    });
    write->trigger();
    QVERIFY2(invitationSummary.startsWith(u"0 messages."_qs), qPrintable(invitationSummary));
    // The first draft as it will be: to whom, its subject, the calendar.
    QVERIFY2(preview.startsWith(u"To: "_qs) && preview.contains(u"Subject: "_qs) &&
                 preview.contains(u".ics"_qs) && !preview.contains(u'{'),
             qPrintable(preview));
    QVERIFY2(written.startsWith(u"Wrote %1 drafts into"_qs.arg(withEmail)), qPrintable(written));
    QVERIFY(offersToOpen);
    QCOMPARE(QDir(folder).entryList({u"*.eml"_qs}, QDir::Files).size(), withEmail);
}

void MessagesWindowTest::templatesAreEditedPerLanguageAndAColleaguesSaveIsKept()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"partnership.sqlite"_qs);
    test::writeDemo(path);
    const auto window = showWindow(path);
    QAction *templates = window->findChild<QAction *>(u"messageTemplatesAction"_qs);
    QVERIFY(templates);
    const QString polishBody = u"SELECT body FROM message_templates WHERE kind = 'confirmation' "
                               u"AND language = 'pl'"_qs;
    const QString englishSubject = u"SELECT subject FROM message_templates WHERE kind = "
                                   u"'confirmation' AND language = 'en'"_qs;
    QStringList placeholdersListed;
    QString refusal;
    QString germanShown;
    bool closedOnSecondSave = false;
    test::whenDialogOpens([&](QWidget *widget) {
        auto *dialog = qobject_cast<MessageTemplatesDialog *>(widget);
        if (!dialog) {
            widget->close();
            return;
        }
        auto *kinds = dialog->findChild<QComboBox *>(u"kinds"_qs);
        kinds->setCurrentIndex(kinds->findData(int(MessageKind::Confirmation)));
        auto *placeholders = dialog->findChild<QListWidget *>(u"placeholders"_qs);
        for (int row = 0; row < placeholders->count(); ++row)
            placeholdersListed.append(placeholders->item(row)->data(Qt::UserRole).toString());
        // The Polish text gets the hotel, put at the end by a double-click.
        dialog->findChild<QTabWidget *>(u"languages"_qs)->setCurrentIndex(1);
        auto *body = dialog->findChild<QPlainTextEdit *>(u"body_pl"_qs);
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        body->insertPlainText(u"Hotel: "_qs);
        for (int row = 0; row < placeholders->count(); ++row) {
            if (placeholders->item(row)->data(Qt::UserRole).toString() == u"{hotel}") {
                placeholders->setCurrentRow(row);
                emit placeholders->itemActivated(placeholders->item(row));
            }
        }
        // Meanwhile a colleague saves the English subject and the German
        // text. Mine is refused, nothing of it written; my edits stay on
        // screen, the German text shows the colleague's.
        dialog->findChild<QLineEdit *>(u"subject_en"_qs)->setText(u"Mine: {event}"_qs);
        {
            test::SecondConnection colleague(path);
            const auto read =
                MessageTemplates::load(colleague.connection(), MessageKind::Confirmation);
            auto theirs = read;
            theirs[0].body = u"Guten Tag {name}, bis bald."_qs;
            theirs[2].subject = u"Theirs: {event}"_qs;
            QCOMPARE(MessageTemplates::save(colleague.connection(), theirs, read).status,
                     MessageTemplates::Status::Saved);
        }
        test::whenDialogOpens([&](QWidget *box) {
            if (auto *message = qobject_cast<QMessageBox *>(box))
                refusal = message->text();
            box->close();
        });
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        buttons->button(QDialogButtonBox::Save)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(body->toPlainText().endsWith(u"Hotel: {hotel}"_qs));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"subject_en"_qs)->text(), u"Mine: {event}"_qs);
        germanShown = dialog->findChild<QPlainTextEdit *>(u"body_de"_qs)->toPlainText();
        // Saved again, as the message offers: mine replace theirs.
        buttons->button(QDialogButtonBox::Save)->click();
        closedOnSecondSave = !dialog->isVisible();
        if (!closedOnSecondSave)
            dialog->reject();
    });
    templates->trigger();
    QCOMPARE(placeholdersListed.size(), 11);
    QVERIFY(placeholdersListed.contains(u"{meeting_point}"_qs));
    QVERIFY2(refusal.contains(u"changed by someone else"_qs), qPrintable(refusal));
    QVERIFY(closedOnSecondSave);
    QVERIFY2(valueIn(path, polishBody).endsWith(u"Hotel: {hotel}"_qs),
             qPrintable(valueIn(path, polishBody)));
    QCOMPARE(germanShown, u"Guten Tag {name}, bis bald."_qs);
    QCOMPARE(valueIn(path, englishSubject), u"Mine: {event}"_qs);
    QCOMPARE(valueIn(path, u"SELECT body FROM message_templates WHERE kind = 'confirmation' "
                           u"AND language = 'de'"_qs),
             germanShown);
}

QTEST_MAIN(MessagesWindowTest)
#include "tst_messageswindow.moc"
