// Several participants edited at once (issue 13): a whole delegation
// confirmed in one step, saved with the event and undone as one.

#include "dialogs.h"
#include "editing/recordchanges.h"
#include "forms/eventform.h"
#include "forms/participantseditor.h"
#include "storage/eventrepository.h"
#include "testdatabase.h"
#include "widgets/vocabularycombobox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace ep;

class ParticipantsBulkTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void selectedParticipantsAreEditedTogether();
};

void ParticipantsBulkTest::selectedParticipantsAreEditedTogether()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    QUndoStack undo;
    RecordChanges changes;
    EventForm form(Workspace{db.connection(), &undo, &changes});
    form.resize(1000, 800);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    const Event stored = *EventRepository(db.connection()).load(1);
    form.showRecord(stored.id);
    form.tabs()->setCurrentIndex(EventForm::ParticipantsTab);
    ParticipantsEditor *editor = form.participantsEditor();
    QTableView *table = editor->table();
    const QList<int> rows{1, 2, 4};
    for (int row : rows) {
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    bool wasSeveral = false;
    test::whenDialogOpens([&wasSeveral](QWidget *dialog) {
        wasSeveral = dialog->objectName() == u"participationsDialog";
        const QList<QCheckBox *> choices = dialog->findChildren<QCheckBox *>();
        for (QCheckBox *choice : choices) {
            const QString label = choice->text().remove(u'&');
            if (label == u"Status") {
                choice->setChecked(true);
                dialog->findChildren<VocabularyComboBox *>()[1]->setCode(u"confirmed"_qs);
            } else if (label == u"Delegation") {
                choice->setChecked(true);
                auto *delegation =
                    qobject_cast<QComboBox *>(dialog->findChildren<QComboBox *>().value(2));
                delegation->setCurrentText(u"GZM – Gruppe B"_qs);
            } else if (label == u"Hotel") {
                choice->setChecked(true);
                dialog->findChild<QComboBox *>(u"hotel"_qs)->setCurrentText(u"Mercure Essen"_qs);
            }
        }
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    const QList<QPushButton *> buttons = editor->findChildren<QPushButton *>();
    QPushButton *edit = nullptr;
    for (QPushButton *button : buttons) {
        if (button->text().remove(u'&') == u"Edit…")
            edit = button;
    }
    QVERIFY(edit && edit->isEnabled());
    edit->click();
    QVERIFY(wasSeveral);

    const QList<Participation> edited = editor->participants();
    for (int row = 0; row < edited.size(); ++row) {
        const Participation &before = stored.participants[row];
        if (rows.contains(row)) {
            QCOMPARE(edited[row].status, u"confirmed"_qs);
            QCOMPARE(edited[row].delegation, u"GZM – Gruppe B"_qs);
            QCOMPARE(edited[row].hotel, u"Mercure Essen"_qs);
            // What was not ticked stays each one's own.
            QCOMPARE(edited[row].role, before.role);
            QCOMPARE(edited[row].arrival, before.arrival);
        } else {
            QCOMPARE(edited[row], before);
        }
    }
    const auto selectedPeople = [table, editor] {
        QList<int> people;
        for (const QModelIndex &index : table->selectionModel()->selectedRows())
            people.append(editor->participants().at(index.row()).personId);
        std::sort(people.begin(), people.end());
        return people;
    };
    QList<int> chosen;
    for (int row : rows)
        chosen.append(stored.participants[row].personId);
    std::sort(chosen.begin(), chosen.end());
    // The three stay selected, for the next step on them.
    QCOMPARE(selectedPeople(), chosen);
    QVERIFY(form.isModified());
    QVERIFY(form.save());
    const Event saved = *EventRepository(db.connection()).load(stored.id);
    for (int row : rows) {
        QCOMPARE(saved.participants[row].status, u"confirmed"_qs);
        QCOMPARE(saved.participants[row].hotel, u"Mercure Essen"_qs);
    }
    // Save reads the event back; the selection stays on the same people.
    QCOMPARE(selectedPeople(), chosen);
    // One step back restores all three (a restore is a write too: versions count on).
    undo.undo();
    const Event undone = *EventRepository(db.connection()).load(stored.id);
    for (int row : rows) {
        QCOMPARE(undone.participants[row].status, stored.participants[row].status);
        QCOMPARE(undone.participants[row].delegation, stored.participants[row].delegation);
        QCOMPARE(undone.participants[row].hotel, stored.participants[row].hotel);
    }
}

QTEST_MAIN(ParticipantsBulkTest)
#include "tst_participantsbulk.moc"
