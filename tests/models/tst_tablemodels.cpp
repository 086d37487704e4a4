#include "lists/agendatablemodel.h"
#include "lists/participanttablemodel.h"
#include "storage/eventrepository.h"
#include "testdatabase.h"

#include <QTest>

using namespace ep;

class TableModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void agendaIsSortedByDayAndTimeWithNames();
    void participantsShowNamesAndLabels();
};

void TableModelsTest::agendaIsSortedByDayAndTimeWithNames()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const Event event = *EventRepository(db.connection()).load(1);
    QList<AgendaItem> shuffled = event.agenda;
    std::reverse(shuffled.begin(), shuffled.end());
    AgendaTableModel model(db.connection());
    model.setLanguage(Language::German);
    model.setItems(shuffled);
    QCOMPARE(model.items(), event.agenda);
    QCOMPARE(model.rowCount(), event.agenda.size());
    QCOMPARE(model.data(model.index(0, AgendaTableModel::Title)).toString(),
             event.agenda.first().title.de);
    int siteRow = -1;
    for (int row = 0; row < model.rowCount() && siteRow < 0; ++row) {
        if (model.items()[row].siteId)
            siteRow = row;
    }
    QVERIFY(siteRow >= 0);
    QVERIFY(!model.data(model.index(siteRow, AgendaTableModel::Site)).toString().isEmpty());
}

void TableModelsTest::participantsShowNamesAndLabels()
{
    test::TestDatabase db;
    db.writeDemoProgramme();
    const Event event = *EventRepository(db.connection()).load(1);
    ParticipantTableModel model(db.connection());
    model.setParticipants(event.participants);
    QCOMPARE(model.rowCount(), event.participants.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.data(model.index(row, model.columnOf(Field::Name))).toString().isEmpty());
        const QString role = model.data(model.index(row, model.columnOf(Field::Role))).toString();
        QVERIFY2(QStringList({u"Delegate"_qs, u"Speaker"_qs, u"Host"_qs, u"Interpreter"_qs,
                              u"Organiser"_qs})
                     .contains(role),
                 qPrintable(role));
    }
}

QTEST_GUILESS_MAIN(TableModelsTest)
#include "tst_tablemodels.moc"
