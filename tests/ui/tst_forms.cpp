#include "dialogs.h"
#include "editing/recordchanges.h"
#include "forms/newpersondialog.h"
#include "forms/personform.h"
#include "forms/siteform.h"
#include "forms/topicform.h"
#include "lists/recordlistmodel.h"
#include "storage/personrepository.h"
#include "testdatabase.h"
#include "widgets/localizedtextedit.h"

#include <QLabel>
#include <QLineEdit>
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

QTEST_MAIN(FormsTest)
#include "tst_forms.moc"
