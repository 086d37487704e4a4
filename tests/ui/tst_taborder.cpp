// Every form and dialog by Tab alone (issue 13): each control is reached,
// in the order the eye reads the form — top to bottom, left to right — and
// Tab never stays caught in one control.

#include "documents/documentrequest.h"
#include "domain/catalogues.h"
#include "editing/recordchanges.h"
#include "export/documentdialog.h"
#include "export/eventdocument.h"
#include "forms/agendaitemdialog.h"
#include "forms/eventform.h"
#include "forms/newpersondialog.h"
#include "forms/organisationform.h"
#include "forms/participationdialog.h"
#include "forms/participationsdialog.h"
#include "forms/personform.h"
#include "forms/personpickerdialog.h"
#include "forms/siteform.h"
#include "forms/topicform.h"
#include "storage/eventrepository.h"
#include "testdatabase.h"
#include "window/duplicateeventdialog.h"
#include "window/messagetemplatesdialog.h"
#include "window/writemessagesdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace ep;

namespace {

// Where `widget` is in its window, a scrolling form's content taken as not
// scrolled (Tab scrolls it).
QPoint placeOf(const QWidget *widget)
{
    for (const QWidget *ancestor = widget->parentWidget(); ancestor;
         ancestor = ancestor->parentWidget()) {
        if (const auto *scroll = qobject_cast<const QScrollArea *>(ancestor)) {
            return scroll->viewport()->mapTo(widget->window(), QPoint(0, 0)) +
                   widget->mapTo(scroll->widget(), QPoint(0, 0));
        }
    }
    return widget->mapTo(widget->window(), QPoint(0, 0));
}

QString nameOf(const QWidget *widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += u" \"" % widget->objectName() % u'"';
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        name += u" " % button->text();
    return name % u" at " % QString::number(placeOf(widget).x()) % u"," %
           QString::number(placeOf(widget).y());
}

// The controls a user works with in `window`: shown, enabled, taking Tab.
QList<QWidget *> controlsOf(QWidget *window)
{
    QList<QWidget *> controls;
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        const bool control =
            qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget) ||
            qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget) ||
            qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractItemView *>(widget);
        // A combo box's line edit is reached as the combo box.
        const bool part = qobject_cast<QComboBox *>(widget->parentWidget()) ||
                          qobject_cast<QAbstractSpinBox *>(widget->parentWidget());
        if (control && !part && widget->isVisibleTo(window) && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus))
            controls.append(widget);
    }
    return controls;
}

} // namespace

class TabOrderTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyFormAndDialogTabsInReadingOrder_data();
    void everyFormAndDialogTabsInReadingOrder();
    void mnemonicsAreUniqueInEveryLanguage_data();
    void mnemonicsAreUniqueInEveryLanguage();

private:
    // One row per form and dialog, in `locale`.
    void addWindows(const QLocale &locale);
    Workspace workspace() { return {m_db->connection(), &m_undoStack, &m_changes}; }

    std::unique_ptr<test::TestDatabase> m_db;
    QUndoStack m_undoStack;
    RecordChanges m_changes;
    Event m_event;
};

using Maker = std::function<QWidget *(const Workspace &, const Event &, const QSqlDatabase &)>;
Q_DECLARE_METATYPE(Maker)

void TabOrderTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<test::TestDatabase>();
    m_db->writeDemoProgramme();
    m_event = *EventRepository(m_db->connection()).load(1);
}

void TabOrderTest::init()
{
    m_undoStack.clear();
}

void TabOrderTest::everyFormAndDialogTabsInReadingOrder_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Maker>("make");
    addWindows(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TabOrderTest::mnemonicsAreUniqueInEveryLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Maker>("make");
    for (const QLocale &locale :
         {QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::Polish, QLocale::Poland),
          QLocale(QLocale::English, QLocale::UnitedKingdom)})
        addWindows(locale);
}

void TabOrderTest::mnemonicsAreUniqueInEveryLanguage()
{
    // Alt and the underlined letter go to one field: two labels with the
    // same letter ("&Godzina", "&Grupa") make the second hard to reach. The
    // tabs of a form are left aside: Ctrl+Tab switches them, and their few
    // letters cannot all stay clear of every field of every page.
    QFETCH(QLocale, locale);
    QFETCH(Maker, make);
    installTranslations(locale);
    std::unique_ptr<QWidget> window(make(workspace(), m_event, m_db->connection()));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QHash<QChar, QString> letters;
    const auto check = [&letters](const QString &text, const QWidget *widget) {
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size() || !widget->isVisible())
            return QString();
        const QChar letter = text[amp + 1].toLower();
        if (letters.contains(letter))
            return u"\"%1\" and \"%2\" share Alt+%3"_qs.arg(letters[letter], text, letter);
        letters.insert(letter, text);
        return QString();
    };
    QStringList clashes;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        clashes.append(check(label->text(), label));
        // QLabel moves the focus only to a buddy that takes it.
        if (label->isVisible() && label->buddy()->focusPolicy() == Qt::NoFocus)
            clashes.append(u"\"%1\" leads to nothing that takes the focus"_qs.arg(label->text()));
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        clashes.append(check(button->text(), button));
    clashes.removeAll(QString());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));
}

void TabOrderTest::addWindows(const QLocale &locale)
{
    const QString language = locale.name().left(2) % u": ";
    const auto row = [&locale, &language](const char *name) -> QTestData & {
        return QTest::newRow(qPrintable(language % QLatin1String(name))) << locale;
    };
    const auto form = [](auto *made, int id) {
        made->showRecord(id);
        return made;
    };
    row("event") << Maker(
        [form](const Workspace &w, const Event &e, auto) { return form(new EventForm(w), e.id); });
    for (const auto &[name, tab] : {std::pair{"event, agenda", EventForm::AgendaTab},
                                    std::pair{"event, participants", EventForm::ParticipantsTab}}) {
        row(name) << Maker([form, tab](const Workspace &w, const Event &e, auto) {
            auto *made = form(new EventForm(w), e.id);
            made->tabs()->setCurrentIndex(tab);
            return made;
        });
    }
    row("person") << Maker([form](const Workspace &w, const Event &e, auto) {
        return form(new PersonForm(w), e.participants.first().personId);
    });
    row("organisation") << Maker([form](const Workspace &w, const Event &e, auto) {
        return form(new OrganisationForm(w), e.hostOrganisationId);
    });
    row("site") << Maker([form](const Workspace &w, const Event &e, auto) {
        return form(new SiteForm(w), e.agenda[3].siteId);
    });
    row("topic") << Maker([form](const Workspace &w, const Event &e, auto) {
        return form(new TopicForm(w), e.topicIds.first());
    });
    row("agenda item") << Maker(
        [](const Workspace &w, const Event &e, auto) { return new AgendaItemDialog(w, e, 3); });
    row("participation") << Maker(
        [](const Workspace &w, const Event &e, auto) { return new ParticipationDialog(w, e, 0); });
    row("participations") << Maker([](auto, const Event &e, auto) {
        return new ParticipationsDialog(e, {0, 1, 2});
    });
    row("new person") << Maker(
        [](const Workspace &w, auto, auto) { return new NewPersonDialog(w, u"Anna Nowak"_qs); });
    row("person picker") << Maker([](const Workspace &w, auto, auto) {
        return new PersonPickerDialog(w, PersonPickerDialog::Selection::Single);
    });
    for (const auto &[name, kind] : {std::pair{"agenda document", DocumentKind::Agenda},
                                     std::pair{"participant list", DocumentKind::ParticipantList},
                                     std::pair{"sign-in sheets", DocumentKind::SignInSheet},
                                     std::pair{"invitation letters", DocumentKind::Letters}}) {
        row(name) << Maker([kind](auto, const Event &e, const QSqlDatabase &db) {
            return new DocumentDialog(kind, *EventDocument::load(db, e.id));
        });
    }
    row("write messages") << Maker([](auto, const Event &e, const QSqlDatabase &db) {
        auto *dialog = new WriteMessagesDialog(db, *EventDocument::load(db, e.id), {});
        dialog->loadTemplates();
        return dialog;
    });
    row("duplicate event") << Maker([](auto, const Event &e, auto) {
        return new DuplicateEventDialog(e.title.text(Language::English), e.startDate, e.endDate,
                                        int(e.participants.size()));
    });
    row("message templates") << Maker([](auto, auto, const QSqlDatabase &db) {
        auto *dialog = new MessageTemplatesDialog(db, MessageKind::Invitation);
        dialog->load();
        return dialog;
    });
}

void TabOrderTest::everyFormAndDialogTabsInReadingOrder()
{
    QFETCH(Maker, make);
    QFETCH(QLocale, locale);
    installTranslations(locale);
    std::unique_ptr<QWidget> window(make(workspace(), m_event, m_db->connection()));
    window->resize(1000, 900);
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    const QList<QWidget *> controls = controlsOf(window.get());
    QVERIFY(controls.size() >= 3);

    // From the first control, Tab until the focus comes back to it. A time
    // field takes a Tab per section (hours, minutes) before it lets go.
    const auto controlOf = [](QWidget *focused) {
        while (focused && focused->parentWidget() &&
               (qobject_cast<QComboBox *>(focused->parentWidget()) ||
                qobject_cast<QAbstractSpinBox *>(focused->parentWidget())))
            focused = focused->parentWidget();
        return focused;
    };
    controls.first()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(controls.first()->hasFocus());
    QWidget *start = controlOf(QApplication::focusWidget());
    QList<QWidget *> visited{start};
    QStringList path{nameOf(start)};
    int stays = 0;
    for (int step = 0; step < 4 * controls.size(); ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = controlOf(QApplication::focusWidget());
        QVERIFY2(focused, qPrintable(path.join(u"\n")));
        if (focused == start)
            break;
        if (focused == visited.last()) {
            QVERIFY2(++stays < 3, qPrintable(u"caught in "_qs % nameOf(focused)));
            continue;
        }
        stays = 0;
        QVERIFY2(!visited.contains(focused),
                 qPrintable(u"reached twice: "_qs % nameOf(focused) % u"\n" % path.join(u"\n")));
        visited.append(focused);
        path.append(nameOf(focused));
    }
    QCOMPARE(controlOf(QApplication::focusWidget()), start); // round, no trap
    // Shift+Tab goes the same way back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(controlOf(QApplication::focusWidget()), visited.last());

    // Every control is reached.
    for (QWidget *control : controls) {
        const bool reached = std::any_of(visited.cbegin(), visited.cend(), [control](QWidget *w) {
            return w == control || w->isAncestorOf(control) || control->isAncestorOf(w);
        });
        QVERIFY2(reached,
                 qPrintable(u"never reached: "_qs % nameOf(control) % u"\n" % path.join(u"\n")));
    }
    // In reading order: each step goes down the form, or right on the same
    // line, but once: from the foot back to the top.
    int wraps = 0;
    for (qsizetype index = 0; index < visited.size(); ++index) {
        const QWidget *from = visited[index];
        const QWidget *to = visited[(index + 1) % visited.size()];
        const int line = from->height() / 2;
        const bool down = placeOf(to).y() > placeOf(from).y() + line;
        const bool right = std::abs(placeOf(to).y() - placeOf(from).y()) <= line &&
                           placeOf(to).x() > placeOf(from).x();
        wraps += down || right ? 0 : 1;
    }
    QVERIFY2(wraps == 1, qPrintable(u"out of order:\n"_qs % path.join(u"\n")));
}

QTEST_MAIN(TabOrderTest)
#include "tst_taborder.moc"
