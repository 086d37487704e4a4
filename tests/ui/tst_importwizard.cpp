#include "dialogs.h"
#include "domain/catalogues.h"
#include "editing/recordchanges.h"
#include "import/importwizard.h"
#include "storage/eventrepository.h"
#include "storage/personrepository.h"
#include "testdatabase.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ep;

Q_DECLARE_METATYPE(ep::TextEncoding)

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(EXCHANGE_PLANNER_TEST_DATA "/import/") + name;
}

} // namespace

// The import wizard walked as a user walks it: file, preview, mapping,
// check, import.
class ImportWizardTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importsEachShape_data();
    void importsEachShape();
    void encodingCanBeChangedAndPreviewFollows();
    void mappingIsRememberedForTheSameColumns();
    void invalidRowsBlockTheImportUntilLeftOut();
    void cancellingTheWizardWritesNothing();
    void checkPageCountsAreWhatTheImportDoes();
    void columnNotUnderstoodIsLeftOutFromTheCheckPage();
    void replacingStoredValuesUpdatesParticipations();

private:
    ImportWizard *openWizard(ImportTarget target = ImportTarget::Participants);
    // The wizard on the Check page for a file in `dir` holding `content`.
    ImportWizard *checkFile(const QTemporaryDir &dir, const QByteArray &content);
    void next() { m_wizard->button(QWizard::NextButton)->click(); }
    int people() const
    {
        QSqlQuery query(m_db->connection());
        query.exec(u"SELECT count(*) FROM people"_qs);
        query.next();
        return query.value(0).toInt();
    }

    std::unique_ptr<test::TestDatabase> m_db;
    QUndoStack m_undoStack;
    RecordChanges m_changes;
    std::unique_ptr<ImportWizard> m_wizard;
    int m_eventId = 0;
};

void ImportWizardTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // What an English-speaking user sees, plural forms included.
    installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void ImportWizardTest::init()
{
    QSettings().clear();
    m_db = std::make_unique<test::TestDatabase>();
    Event event;
    event.title.de = u"Studienreise ins Ruhrgebiet"_qs;
    event.startDate = QDate(2019, 7, 8);
    event.endDate = QDate(2019, 7, 10);
    QVERIFY(!EventRepository(m_db->connection()).save(event).isValid());
    m_eventId = event.id;
}

void ImportWizardTest::cleanup()
{
    m_wizard.reset();
    m_db.reset();
}

ImportWizard *ImportWizardTest::openWizard(ImportTarget target)
{
    m_wizard = std::make_unique<ImportWizard>(
        Workspace{m_db->connection(), &m_undoStack, &m_changes}, target,
        target == ImportTarget::Participants ? m_eventId : 0);
    m_wizard->show();
    if (!QTest::qWaitForWindowExposed(m_wizard.get()))
        qFatal("the wizard was not exposed");
    return m_wizard.get();
}

ImportWizard *ImportWizardTest::checkFile(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(u"registrations.csv"_qs);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    ImportWizard *wizard = openWizard();
    test::typeText(wizard->findChild<QLineEdit *>(QStringLiteral("path")), path);
    next();
    next();
    next();
    return wizard;
}

void ImportWizardTest::importsEachShape_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstHeader");
    QTest::newRow("German Excel, UTF-8 with BOM")
        << u"german-excel-utf8-bom.csv"_qs << TextEncoding::Utf8 << 5 << u"Vorname"_qs;
    QTest::newRow("German Excel, windows-1252")
        << u"german-excel-windows-1252.csv"_qs << TextEncoding::Windows1252 << 4 << u"Titel"_qs;
    QTest::newRow("Polish Excel, windows-1250")
        << u"polish-excel-windows-1250.csv"_qs << TextEncoding::Windows1250 << 5 << u"Imię"_qs;
    QTest::newRow("online form") << u"online-form-export.csv"_qs << TextEncoding::Utf8 << 4
                                 << u"Timestamp"_qs;
}

void ImportWizardTest::importsEachShape()
{
    QFETCH(QString, file);
    QFETCH(TextEncoding, encoding);
    QFETCH(int, rows);
    QFETCH(QString, firstHeader);
    ImportWizard *wizard = openWizard();
    auto *path = wizard->findChild<QLineEdit *>(QStringLiteral("path"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    test::typeText(path, fixture(file));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    next();

    QCOMPARE(wizard->currentId(), int(ImportWizard::FormatPage));
    auto *encodingBox = wizard->findChild<QComboBox *>(QStringLiteral("encoding"));
    QCOMPARE(TextEncoding(encodingBox->currentData().toInt()), encoding);
    auto *preview = wizard->findChild<QTableWidget *>(QStringLiteral("preview"));
    QCOMPARE(preview->item(0, 0)->text(), firstHeader);
    QVERIFY(preview->item(0, 0)->font().bold());
    next();

    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // a name column was found
    next();

    QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPage));
    auto *summary = wizard->findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY2(summary->text().contains(u"%1 rows read"_qs.arg(rows)), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(u"<b>%1 new</b> people"_qs.arg(rows)),
             qPrintable(summary->text()));
    QCOMPARE(people(), 0); // the check writes nothing
    QCOMPARE(wizard->button(QWizard::NextButton)->text().remove(u'&'), u"Import"_qs);
    next();

    QCOMPARE(wizard->currentId(), int(ImportWizard::ResultPage));
    QVERIFY(wizard->plan().report.written);
    QCOMPARE(people(), rows);
    QCOMPARE(EventRepository(m_db->connection()).load(m_eventId)->participants.size(), rows);
}

void ImportWizardTest::encodingCanBeChangedAndPreviewFollows()
{
    ImportWizard *wizard = openWizard();
    test::typeText(wizard->findChild<QLineEdit *>(QStringLiteral("path")),
                   fixture(u"polish-excel-windows-1250.csv"_qs));
    next();
    auto *preview = wizard->findChild<QTableWidget *>(QStringLiteral("preview"));
    QCOMPARE(preview->item(1, 0)->text(), u"Łukasz"_qs);
    auto *encodingBox = wizard->findChild<QComboBox *>(QStringLiteral("encoding"));
    encodingBox->setCurrentIndex(encodingBox->findData(int(TextEncoding::Windows1252)));
    QCOMPARE(preview->item(1, 0)->text(), u"£ukasz"_qs); // what a wrong guess looks like
    encodingBox->setCurrentIndex(encodingBox->findData(int(TextEncoding::Utf8)));
    QVERIFY(preview->item(1, 0)->text().contains(QChar::ReplacementCharacter));
    const QList<QLabel *> problem = wizard->findChildren<QLabel *>(QStringLiteral("issueLabel"));
    QVERIFY(std::any_of(problem.cbegin(), problem.cend(), [](QLabel *label) {
        return label->isVisible() && label->text().contains(u"another encoding"_qs);
    }));
    auto *delimiter = wizard->findChild<QComboBox *>(QStringLiteral("delimiter"));
    delimiter->setCurrentIndex(delimiter->findData(int(',')));
    QCOMPARE(preview->columnCount(), 1); // everything in one column
}

void ImportWizardTest::mappingIsRememberedForTheSameColumns()
{
    {
        ImportWizard *wizard = openWizard(ImportTarget::Contacts);
        test::typeText(wizard->findChild<QLineEdit *>(QStringLiteral("path")),
                       fixture(u"online-form-export.csv"_qs));
        next();
        next();
        // Column 9, "Which sessions will you attend?", as notes this time.
        auto *sessions = wizard->findChild<QComboBox *>(QStringLiteral("field_8"));
        QCOMPARE(Field(sessions->currentData().toInt()), Field::Ignore);
        auto *comments = wizard->findChild<QComboBox *>(QStringLiteral("field_7"));
        comments->setCurrentIndex(comments->findData(int(Field::Ignore)));
        sessions->setCurrentIndex(sessions->findData(int(Field::Notes)));
        next();
        QCOMPARE(wizard->plan().mapping[8], Field::Notes);
        wizard->reject();
    }
    ImportWizard *again = openWizard(ImportTarget::Contacts);
    test::typeText(again->findChild<QLineEdit *>(QStringLiteral("path")),
                   fixture(u"online-form-export.csv"_qs));
    next();
    next();
    QCOMPARE(Field(again->findChild<QComboBox *>(QStringLiteral("field_8"))->currentData().toInt()),
             Field::Notes);
    QCOMPARE(Field(again->findChild<QComboBox *>(QStringLiteral("field_7"))->currentData().toInt()),
             Field::Ignore);
}

void ImportWizardTest::invalidRowsBlockTheImportUntilLeftOut()
{
    QTemporaryDir dir;
    ImportWizard *wizard =
        checkFile(dir, "Vorname;Nachname;E-Mail\r\nAnna;Nowak;anna@example.org\r\n"
                       "Jan;;jan@example.org\r\nEwa;Kowalska;ewa@example\r\n");
    auto *problems = wizard->findChild<QTableWidget *>(QStringLiteral("problems"));
    QCOMPARE(problems->rowCount(), 2);
    QCOMPARE(problems->item(0, 0)->text(), u"3"_qs);
    QCOMPARE(problems->item(0, 1)->text(), u"Nachname"_qs);
    QCOMPARE(problems->item(1, 1)->text(), u"E-Mail"_qs);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    wizard->findChild<QCheckBox *>(QStringLiteral("skipInvalid"))->setChecked(true);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ResultPage));
    QCOMPARE(people(), 1);
}

void ImportWizardTest::checkPageCountsAreWhatTheImportDoes()
{
    // A Polish registration list: four good rows, one of them a person
    // stored already, and a row with two problems.
    Person stored;
    stored.firstName = u"Paweł"_qs;
    stored.lastName = u"Nowak"_qs;
    stored.email = u"p.nowak@chorzow.example.org"_qs;
    QVERIFY(!PersonRepository(m_db->connection()).save(stored).isValid());
    QTemporaryDir dir;
    ImportWizard *wizard = checkFile(
        dir, u"Imię;Nazwisko;Organizacja;Adres e-mail;Uwagi\r\n"
             "Łukasz;Wójcik;GZM;l.wojcik@gzm.example.org;\r\n"
             "Agnieszka;Źródłowska;GZM;a.zrodlowska(at)gzm;;nadmiar\r\n"
             "Małgorzata;Żółkiewska;Urząd Miasta Katowice;m.zolkiewska@katowice.example.org;\r\n"
             "Paweł;Nowak;Miasto Chorzów;p.nowak@chorzow.example.org;\r\n"
             "Zofia;Kaczmarczyk-Ślęzak;GZM;z.kaczmarczyk@gzm.example.org;ŁĄCZNIK\r\n"_qs.toUtf8());
    // The check: what the officer decides on.
    const QString check = wizard->findChild<QLabel *>(u"summary"_qs)->text();
    QVERIFY2(check.contains(u"<b>3 new</b> people will be stored"_qs), qPrintable(check));
    QVERIFY2(check.contains(u"<b>1 row</b> matches a person already stored"_qs), qPrintable(check));
    QVERIFY2(check.contains(u"<b>1 row cannot be imported</b>"_qs), qPrintable(check));
    auto *problems = wizard->findChild<QTableWidget *>(u"problems"_qs);
    QCOMPARE(problems->rowCount(), 2); // the cell too many and the email, both on line 3
    QCOMPARE(problems->item(0, 0)->text(), u"3"_qs);
    QCOMPARE(problems->item(1, 0)->text(), u"3"_qs);
    QCOMPARE(problems->item(1, 1)->text(), u"Adres e-mail"_qs);

    // The import does just that, and says so in the same numbers.
    wizard->findChild<QCheckBox *>(QStringLiteral("skipInvalid"))->setChecked(true);
    next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ResultPage));
    const QString result = wizard->findChild<QLabel *>(u"result"_qs)->text();
    QVERIFY2(result.startsWith(u"3 people stored new.\n1 row matched a person already stored.\n"
                               "1 invalid row left out."_qs),
             qPrintable(result));
    QVERIFY2(wizard->outcome().startsWith(u"Imported 4 rows from "_qs),
             qPrintable(wizard->outcome()));
    QVERIFY(wizard->outcome().endsWith(u" 1 invalid row left out."_qs));
    QCOMPARE(people(), 4);
    QCOMPARE(EventRepository(m_db->connection()).load(m_eventId)->participants.size(), 4);
}

void ImportWizardTest::columnNotUnderstoodIsLeftOutFromTheCheckPage()
{
    QTemporaryDir dir;
    ImportWizard *wizard = checkFile(dir, "First name,Last name,Email,Status\r\n"
                                          "Anna,Nowak,anna@example.org,VIP\r\n"
                                          "Jan,Wrona,jan@example.org,Gold\r\n");
    auto *problems = wizard->findChild<QTableWidget *>(u"problems"_qs);
    QCOMPARE(problems->rowCount(), 2);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto *leaveOut = wizard->findChild<QPushButton *>(u"leaveOutColumn"_qs);
    QVERIFY(leaveOut->isVisible());
    QCOMPARE(leaveOut->text(), u"&Leave Out the Column \"Status\""_qs);
    leaveOut->click();
    QVERIFY(problems->isHidden());
    QVERIFY(!leaveOut->isVisible());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ResultPage));
    QCOMPARE(people(), 2);
    QSqlQuery statuses(m_db->connection());
    QVERIFY(statuses.exec(u"SELECT DISTINCT status FROM participations"_qs));
    QVERIFY(statuses.next());
    QCOMPARE(statuses.value(0).toString(), u"registered"_qs);
    QVERIFY(!statuses.next());
}

void ImportWizardTest::cancellingTheWizardWritesNothing()
{
    ImportWizard *wizard = openWizard();
    test::typeText(wizard->findChild<QLineEdit *>(QStringLiteral("path")),
                   fixture(u"german-excel-utf8-bom.csv"_qs));
    next();
    next();
    next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPage));
    wizard->button(QWizard::CancelButton)->click();
    QVERIFY(!wizard->isVisible());
    QCOMPARE(people(), 0);
}

// What the command line's --update does (tst_cliimport), the wizard's
// "Replace stored values" does: the participation of someone taking part
// already takes the file's role.
void ImportWizardTest::replacingStoredValuesUpdatesParticipations()
{
    Person anna;
    anna.firstName = u"Anna"_qs;
    anna.lastName = u"Nowak"_qs;
    anna.email = u"anna.nowak@katowice.example.org"_qs;
    QVERIFY(!PersonRepository(m_db->connection()).save(anna).isValid());
    Event event = *EventRepository(m_db->connection()).load(m_eventId);
    Participation participation;
    participation.personId = anna.id;
    event.participants.append(participation);
    QVERIFY(!EventRepository(m_db->connection()).save(event).isValid());

    QTemporaryDir dir;
    ImportWizard *wizard = checkFile(dir, "First name,Last name,Email,Role\r\n"
                                          "Anna,Nowak,anna.nowak@katowice.example.org,speaker\r\n");
    QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPage));
    auto *summary = wizard->findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY2(summary->text().contains(u"1 of them has other values in the file"_qs),
             qPrintable(summary->text()));
    auto *overwrite = wizard->findChild<QCheckBox *>(QStringLiteral("overwrite"));
    QVERIFY(overwrite->isVisible());
    overwrite->setChecked(true);
    QVERIFY2(summary->text().contains(u"1 participation will take the file's values"_qs),
             qPrintable(summary->text()));
    next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ResultPage));
    QCOMPARE(EventRepository(m_db->connection()).load(m_eventId)->participants.value(0).role,
             u"speaker"_qs);
}

QTEST_MAIN(ImportWizardTest)
#include "tst_importwizard.moc"
