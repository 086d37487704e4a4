#include "dialogs.h"
#include "domain/catalogues.h"
#include "domain/formats.h"
#include "editing/recordchanges.h"
#include "forms/newpersondialog.h"
#include "forms/personform.h"
#include "forms/siteform.h"
#include "forms/topicform.h"
#include "lists/recordlistmodel.h"
#include "storage/personrepository.h"
#include "storage/siterepository.h"
#include "testdatabase.h"
#include "widgets/datefield.h"
#include "widgets/localizedtextedit.h"
#include "widgets/optionaldateedit.h"
#include "widgets/vocabularycombobox.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ep;

class FormsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void personFormListsTheEventsTakenPartIn();
    void siteFormListsItsVisits();
    void missingTranslationsAreMarked();
    void newPersonFromTypedName();
    void positionIsEnteredStoredAndListed();
    void consentDateIsTypedSaidWhenImpossibleAndEmptyWhenNotGiven();
    void legalBasisSourceAndWithdrawalAreKept();
    void siteAccessibilityIsKeptInThreeLanguages();

private:
    Workspace workspace() { return {m_db->connection(), &m_undoStack, &m_changes}; }

    std::unique_ptr<test::TestDatabase> m_db;
    QUndoStack m_undoStack;
    RecordChanges m_changes;
};

void FormsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<test::TestDatabase>();
    m_db->writeDemoProgramme();
}

void FormsTest::personFormListsTheEventsTakenPartIn()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT person_id, count(*) FROM participations GROUP BY "
                                      "person_id ORDER BY 2 DESC LIMIT 1")));
    QVERIFY(query.next());
    const int personId = query.value(0).toInt();
    PersonForm form(workspace());
    form.showRecord(personId);
    auto *history = form.findChild<QTreeWidget *>();
    QCOMPARE(history->topLevelItemCount(),
             PersonRepository(m_db->connection()).history(personId).size());
    QVERIFY(history->topLevelItemCount() >= query.value(1).toInt());
    QVERIFY(!history->topLevelItem(0)->text(3).isEmpty()); // the part taken, e.g. "Delegate"
}

void FormsTest::siteFormListsItsVisits()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM sites WHERE name_en LIKE 'Nikiszowiec%'")));
    QVERIFY(query.next());
    SiteForm form(workspace());
    form.showRecord(query.value(0).toInt());
    auto *history = form.findChild<QTreeWidget *>();
    QVERIFY(history->topLevelItemCount() >= 1);
    QVERIFY(history->topLevelItem(0)->text(2).contains(u"2019"_qs));
}

void FormsTest::missingTranslationsAreMarked()
{
    TopicForm form(workspace());
    form.show();
    auto *name = form.findChild<LocalizedTextEdit *>(QStringLiteral("name"));
    test::typeText(name->editor(Language::German), u"Mobilität"_qs);
    QStringList labels;
    const QList<QLabel *> all = name->findChildren<QLabel *>();
    for (const QLabel *label : all)
        labels.append(label->text());
    QCOMPARE(labels, (QStringList{u"German"_qs, u"Polish (missing)"_qs, u"English (missing)"_qs}));
}

void FormsTest::newPersonFromTypedName()
{
    NewPersonDialog dialog(workspace(), u"Anna Maria Wiśniewska"_qs);
    auto *form = dialog.findChild<PersonForm *>();
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("firstName"))->text(), u"Anna Maria"_qs);
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("lastName"))->text(), u"Wiśniewska"_qs);
    dialog.accept();
    QVERIFY(dialog.personId() > 0);
    QCOMPARE(PersonRepository(m_db->connection()).load(dialog.personId())->lastName,
             u"Wiśniewska"_qs);
}

void FormsTest::positionIsEnteredStoredAndListed()
{
    // The job title a delegation list needs: typed into the person's form,
    // saved, shown again, searched and listed in the People list.
    const int id = PersonRepository(m_db->connection()).contactPeople().first().id;
    PersonForm form(workspace());
    form.show();
    form.showRecord(id);
    auto *position = form.findChild<QLineEdit *>(QStringLiteral("position"));
    QVERIFY(position);
    position->selectAll();
    test::typeText(position, u"Pełnomocnik ds. współpracy zagranicznej"_qs);
    QVERIFY(form.isModified());
    QVERIFY(form.save());
    QCOMPARE(PersonRepository(m_db->connection()).load(id)->position,
             u"Pełnomocnik ds. współpracy zagranicznej"_qs);
    form.showRecord(0);
    form.showRecord(id);
    QCOMPARE(position->text(), u"Pełnomocnik ds. współpracy zagranicznej"_qs);

    RecordListModel people(ListDefinition::people(), m_db->connection());
    int column = -1;
    for (int section = 1; section < people.columnCount(); ++section) {
        if (people.headerData(section, Qt::Horizontal).toString() == u"Function")
            column = section;
    }
    QVERIFY(column > 0);
    people.setSearchText(u"wspolpracy zagranicznej"_qs); // diacritics aside
    QTRY_VERIFY(people.rowOfId(id) >= 0);
    QCOMPARE(people.index(people.rowOfId(id), column).data().toString(),
             u"Pełnomocnik ds. współpracy zagranicznej"_qs);
}

void FormsTest::consentDateIsTypedSaidWhenImpossibleAndEmptyWhenNotGiven()
{
    installTranslations(QLocale(QLocale::Polish, QLocale::Poland));
    const auto englishAgain =
        qScopeGuard([] { installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom)); });
    const Person stored = PersonRepository(m_db->connection()).contactPeople().first();
    PersonForm form(workspace());
    form.show();
    form.showRecord(stored.id);
    auto *consent = form.findChild<OptionalDateEdit *>(u"consentDate"_qs);
    QLineEdit *text = consent->dateField()->lineEdit();

    // Impossible: said beside the field, and the save refused without a change.
    text->selectAll();
    test::typeText(text, u"30.02.2026"_qs);
    QTest::keyClick(text, Qt::Key_Return);
    auto *issue = form.findChild<QLabel *>(u"issue_consentDate"_qs);
    QVERIFY(issue->isVisible());
    QVERIFY2(issue->text().contains(u"30.02.2026"_qs), qPrintable(issue->text()));
    QVERIFY(!form.save());
    QCOMPARE(PersonRepository(m_db->connection()).load(stored.id)->consentDate, stored.consentDate);

    // As Polish writes it, with a two-digit year: taken and stored.
    text->selectAll();
    test::typeText(text, u"3.11.25"_qs);
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY(!issue->isVisible());
    QCOMPARE(text->text(), displayDate(QDate(2025, 11, 3))); // as the language writes it
    QVERIFY(form.save());
    QCOMPARE(PersonRepository(m_db->connection()).load(stored.id)->consentDate, QDate(2025, 11, 3));

    // Emptied while consent is the legal basis: the day is asked for.
    text->clear();
    QCOMPARE(text->placeholderText(), u"nie udzielono"_qs);
    QVERIFY(!form.save());
    QVERIFY(form.findChild<QLabel *>(u"issue_consentDate"_qs)->isVisible());
    // With no legal basis recorded, no consent is, which the field says.
    auto *basis = form.findChild<VocabularyComboBox *>(u"legalBasis"_qs);
    QCOMPARE(basis->currentText(), u"Zgoda"_qs);
    basis->setCurrentIndex(0);
    QCOMPARE(basis->currentText(), u"nie podano"_qs);
    QVERIFY(form.save());
    const Person saved = *PersonRepository(m_db->connection()).load(stored.id);
    QVERIFY(!saved.consentDate.isValid());
    QVERIFY(saved.legalBasis.isEmpty());
}

void FormsTest::legalBasisSourceAndWithdrawalAreKept()
{
    const Person stored = PersonRepository(m_db->connection()).contactPeople().last();
    PersonForm form(workspace());
    form.show();
    form.showRecord(stored.id);
    auto *basis = form.findChild<VocabularyComboBox *>(u"legalBasis"_qs);
    auto *source = form.findChild<QLineEdit *>(u"consentSource"_qs);
    auto *withdrawn = form.findChild<OptionalDateEdit *>(u"consentWithdrawn"_qs);
    QVERIFY(basis && source && withdrawn);
    QCOMPARE(basis->count(), 7); // "not recorded" and the six of GDPR Art. 6(1)
    basis->setCode(u"consent"_qs);
    form.findChild<OptionalDateEdit *>(u"consentDate"_qs)->setDate(QDate(2024, 4, 2));
    form.findChild<QLineEdit *>(u"consentPurpose"_qs)->setText(u"Studienreise 2024"_qs);
    source->setText(u"Anmeldeformular, Papier"_qs);

    // Withdrawn before it was given: said beside the field, nothing saved.
    QLineEdit *typed = withdrawn->dateField()->lineEdit();
    test::typeText(typed, displayDate(QDate(2024, 4, 1)));
    QTest::keyClick(typed, Qt::Key_Return);
    QVERIFY(!form.save());
    QVERIFY(form.findChild<QLabel *>(u"issue_consentWithdrawn"_qs)->isVisible());
    QCOMPARE(*PersonRepository(m_db->connection()).load(stored.id), stored);

    typed->selectAll();
    test::typeText(typed, displayDate(QDate(2025, 1, 15)));
    QTest::keyClick(typed, Qt::Key_Return);
    QVERIFY(form.save());
    Person expected = stored;
    expected.legalBasis = u"consent"_qs;
    expected.consentDate = QDate(2024, 4, 2);
    expected.consentPurpose = u"Studienreise 2024"_qs;
    expected.consentSource = u"Anmeldeformular, Papier"_qs;
    expected.consentWithdrawn = QDate(2025, 1, 15);
    Person saved = *PersonRepository(m_db->connection()).load(stored.id);
    expected.version = saved.version;
    QCOMPARE(saved, expected);
    form.showRecord(stored.id);
    QCOMPARE(basis->code(), u"consent"_qs);
    QCOMPARE(source->text(), u"Anmeldeformular, Papier"_qs);
    QCOMPARE(withdrawn->date(), QDate(2025, 1, 15));
    QVERIFY(!form.isModified());
}

void FormsTest::siteAccessibilityIsKeptInThreeLanguages()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM sites WHERE name_en LIKE 'Nikiszowiec%'")));
    QVERIFY(query.next());
    const int id = query.value(0).toInt();
    SiteForm form(workspace());
    form.show();
    form.showRecord(id);
    auto *access = form.findChild<LocalizedTextEdit *>(u"accessibility"_qs);
    QVERIFY(access);
    QVERIFY(access->text().isComplete()); // as the demo holds it
    auto *english = qobject_cast<QPlainTextEdit *>(access->editor(Language::English));
    english->selectAll();
    test::typeText(english, u"Cobbled streets; the museum has a lift."_qs);
    QVERIFY(form.save());
    const Site stored = *SiteRepository(m_db->connection()).load(id);
    QCOMPARE(stored.accessibility.en, u"Cobbled streets; the museum has a lift."_qs);
    QCOMPARE(stored.accessibility.pl, access->text().pl);
}

QTEST_MAIN(FormsTest)
#include "tst_forms.moc"
