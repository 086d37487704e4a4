// The documents dialog and the Documents menu, as an officer uses them: the
// choices remembered, the PDF and calendar written, the print preview, the
// event page's menu, the list on screen exported as it is shown.

#include "csv/csvformat.h"
#include "csv/csvwriter.h"
#include "domain/catalogues.h"
#include "export/documentactions.h"
#include "export/documentdialog.h"
#include "forms/eventform.h"
#include "lists/recordlistmodel.h"
#include "pdftext.h"
#include "testdatabase.h"
#include "window/areapage.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace ep;
using namespace ep::test;

class DocumentDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dialogPreviewsAndSavesInTheChosenLanguage();
    void eventPageOpensTheDocuments();
    void participantListRemembersItsColumns();
    void visibleRowsExportAsShown();

private:
    EventDocument studyVisit() const;

    test::TestDatabase m_db;
    QTemporaryDir m_out;
};

void DocumentDialogTest::initTestCase()
{
    // QSettings and data folders of the test, not of the user running it.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    installTranslations(QLocale(QLocale::English));
    m_db.writeDemoProgramme();
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty(),
             "pdftotext (poppler-utils) is needed: the README's test command installs it");
}

EventDocument DocumentDialogTest::studyVisit() const
{
    // The first demo event: three days in the Ruhr, 22 items, 28 participants.
    return *EventDocument::load(m_db.connection(), 1);
}

void DocumentDialogTest::dialogPreviewsAndSavesInTheChosenLanguage()
{
    DocumentDialog dialog(DocumentKind::SignInSheet, studyVisit());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"pl"_qs));
    dialog.blankRowsBox()->setValue(3);
    const QString path = m_out.filePath(u"dialog.pdf"_qs);
    QCOMPARE(dialog.saveTo(path), QString());
    QVERIFY(pdfPages(path).join(u'\n').contains(u"Podpis"_qs));

    // The print preview shows the same pages.
    int previewPages = 0;
    QTimer::singleShot(0, this, [&] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        QVERIFY(preview);
        auto *pages = preview->findChild<QPrintPreviewWidget *>();
        QVERIFY(pages);
        previewPages = pages->pageCount();
        preview->reject();
    });
    dialog.preview();
    QCOMPARE(previewPages, pdfPages(path).size());

    // The agenda saves a calendar as well; a wrong ending is refused.
    DocumentDialog agenda(DocumentKind::Agenda, studyVisit());
    const QString calendar = m_out.filePath(u"agenda.ics"_qs);
    QCOMPARE(agenda.saveTo(calendar), QString());
    QVERIFY(test::fileContent(calendar).count("BEGIN:VEVENT") == studyVisit().event.agenda.size());
    QVERIFY(!agenda.saveTo(m_out.filePath(u"agenda.docx"_qs)).isEmpty());
}

void DocumentDialogTest::eventPageOpensTheDocuments()
{
    auto database = std::make_unique<Database>();
    QCOMPARE(database->open(m_db.path()).message, QString());
    MainWindow window(std::move(database));
    window.show();
    auto *form = window.findChild<EventForm *>();
    QVERIFY(form);
    form->showRecord(1);
    QVERIFY(form->documentsButton()->isEnabled());
    QString title;
    QTimer::singleShot(0, this, [&] {
        auto *opened = qobject_cast<DocumentDialog *>(QApplication::activeModalWidget());
        QVERIFY(opened);
        title = opened->windowTitle();
        opened->reject();
    });
    form->documentsButton()->menu()->actions().at(1)->trigger();
    QVERIFY2(title.contains(u"Study visit of the GZM delegation"_qs), qPrintable(title));
    form->showRecord(0); // a new event, not saved: no documents yet
    QVERIFY(!form->documentsButton()->isEnabled());
}

void DocumentDialogTest::participantListRemembersItsColumns()
{
    const auto checked = [](QListWidget *list) {
        QStringList keys;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked)
                keys.append(list->item(row)->data(Qt::UserRole).toString());
        }
        return keys;
    };
    {
        DocumentDialog first(DocumentKind::ParticipantList, studyVisit());
        QListWidget *columns = first.columnList();
        // For the hotel: names, arrival and departure only.
        for (int row = 0; row < columns->count(); ++row) {
            const QString key = columns->item(row)->data(Qt::UserRole).toString();
            columns->item(row)->setCheckState(
                QStringList{u"name"_qs, u"arrival"_qs, u"departure"_qs}.contains(key)
                    ? Qt::Checked
                    : Qt::Unchecked);
        }
        first.languageBox()->setCurrentIndex(first.languageBox()->findData(u"pl"_qs));
    }
    DocumentDialog next(DocumentKind::ParticipantList, studyVisit());
    QCOMPARE(checked(next.columnList()), (QStringList{u"name"_qs, u"arrival"_qs, u"departure"_qs}));
    QCOMPARE(next.languageBox()->currentData().toString(), u"pl"_qs);
    // And the PDF has those columns, in Polish.
    const QString path = m_out.filePath(u"hotel.pdf"_qs);
    QCOMPARE(next.saveTo(path), QString());
    const QString text = pdfPages(path).join(u'\n');
    QVERIFY(text.contains(u"Przyjazd"_qs));
    QVERIFY(!text.contains(u"E-mail"_qs));
    // The CSV for the hotel has the same columns, a name as first and last name.
    const QString csv = m_out.filePath(u"hotel.csv"_qs);
    QCOMPARE(next.saveTo(csv), QString());
    QVERIFY(test::fileContent(csv).startsWith(u"Imię,Nazwisko,Przyjazd,Wyjazd\r\n"_qs.toUtf8()));
}

void DocumentDialogTest::visibleRowsExportAsShown()
{
    auto database = std::make_unique<Database>();
    QCOMPARE(database->open(m_db.path()).message, QString());
    MainWindow window(std::move(database));
    window.show();
    window.showArea(Area::People);
    AreaPage *page = window.currentPage();
    page->searchField()->setText(u"gzm"_qs);
    QTRY_VERIFY(page->model()->rowCount() > 0);
    QTableView *list = page->table();
    QHeaderView *header = list->horizontalHeader();
    QList<int> shown;
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            shown.append(column);
    }
    // The officer hides the second column they see.
    header->hideSection(shown.takeAt(1));

    const QString path = m_out.filePath(u"visible.csv"_qs);
    QCOMPARE(DocumentActions::exportList(list, path, true), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvFormat format = CsvFormat::detect(&file);
    file.seek(0);
    const QList<QStringList> records = CsvFormat::preview(&file, format, 100000);
    QCOMPARE(records.size(), page->model()->rowCount() + 1);
    QCOMPARE(records[0].size(), shown.size());
    for (int column = 0; column < shown.size(); ++column) {
        QCOMPARE(records[0][column],
                 page->model()->headerData(shown[column], Qt::Horizontal).toString());
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            // Phone numbers carry the apostrophe that keeps Excel from adding them up.
            QCOMPARE(CsvWriter::withoutFormulaGuard(records[row + 1][column]),
                     page->model()->index(row, shown[column]).data().toString());
        }
    }
    QVERIFY(test::fileContent(path).startsWith("\xEF\xBB\xBF"));
}

QTEST_MAIN(DocumentDialogTest)
#include "tst_documentdialog.moc"
