#include "widgets/mnemonics.h"

#include "widgets/taborder.h"
#include "widgets/windowfilters.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace ep::mnemonics {
namespace {

// The text as its code or translation gave it, and as shown with the letter
// moved: a text set anew (a change of language) starts again from itself.
constexpr char sourceText[] = "epMnemonicSource";
constexpr char shownText[] = "epMnemonicShown";

// Where the letter is in `text` (after its '&'); -1: none. "&&" is an
// ampersand shown.
qsizetype letterAt(const QString &text)
{
    for (qsizetype at = text.indexOf(u'&'); at >= 0 && at + 1 < text.size();
         at = text.indexOf(u'&', at + 2)) {
        if (text[at + 1] != u'&')
            return at + 1;
    }
    return -1;
}

// `text` with its letter at `at` (an index into the text without its '&').
QString withLetterAt(const QString &text, qsizetype at)
{
    QString plain = text;
    if (const qsizetype old = letterAt(text); old >= 0)
        plain.remove(old - 1, 1);
    return plain.insert(at, u'&');
}

// A free letter of `text`: the translator's, else a word's first, else any.
qsizetype freeLetter(const QString &text, const QSet<QChar> &taken)
{
    const qsizetype own = letterAt(text);
    if (own >= 0 && !taken.contains(text[own].toLower()))
        return own - 1;
    QString plain = text;
    if (own >= 0)
        plain.remove(own - 1, 1);
    const auto free = [&](qsizetype at) {
        return plain[at].isLetterOrNumber() && !taken.contains(plain[at].toLower()) &&
               (at == 0 || plain[at - 1] != u'&');
    };
    for (qsizetype at = 0; at < plain.size(); ++at) {
        if ((at == 0 || !plain[at - 1].isLetterOrNumber()) && free(at))
            return at;
    }
    for (qsizetype at = 0; at < plain.size(); ++at) {
        if (free(at))
            return at;
    }
    return -1;
}

struct Entry
{
    QObject *widget; // or action
    QString text;
    std::function<void(const QString &)> set;
};

// `everyOne`: an entry without a letter gets one too (a menu's). `taken`:
// letters that are not to be had (the menu bar's, for a main window's
// fields and buttons: Alt and the letter would open the menu and the field
// in turn).
void settleEntries(const QList<Entry> &entries, bool everyOne, QSet<QChar> taken = {})
{
    QList<const Entry *> moved;
    // The translators' letters first, where free; then the others move.
    for (const Entry &entry : entries) {
        const qsizetype at = letterAt(entry.text);
        if (at < 0) {
            if (everyOne)
                moved.append(&entry);
            continue;
        }
        if (taken.contains(entry.text[at].toLower()))
            moved.append(&entry);
        else
            taken.insert(entry.text[at].toLower());
    }
    for (const Entry &entry : entries) {
        QString shown = entry.text;
        if (moved.contains(&entry)) {
            if (const qsizetype at = freeLetter(entry.text, taken); at >= 0) {
                shown = withLetterAt(entry.text, at);
                taken.insert(shown[letterAt(shown)].toLower());
            } else if (letterAt(shown) >= 0) {
                // None free: no letter rather than one that Alt shares (it
                // would go to each in turn).
                shown.remove(letterAt(shown) - 1, 1);
            }
        }
        entry.widget->setProperty(shownText, shown);
        entry.set(shown);
    }
}

// The text `widget` shows, as its code gave it.
QString sourceOf(QObject *widget, const QString &now)
{
    if (widget->property(shownText).toString() != now)
        widget->setProperty(sourceText, now);
    return widget->property(sourceText).toString();
}

// Each entry of `menu` (and of its submenus) with a letter of its own: the
// planner's menus are opened by Alt and walked by letters.
void settleMenu(const QList<QAction *> &actions)
{
    QList<Entry> entries;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        entries.append({action, sourceOf(action, action->text()), [action](const QString &text) {
                            action->setText(text);
                        }});
        if (action->menu())
            settleMenu(action->menu()->actions());
    }
    settleEntries(entries, true);
}

class Settler final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const bool shown = event->type() == QEvent::Show;
        if ((shown || event->type() == QEvent::LanguageChange) && watched->isWidgetType()) {
            QWidget *window = static_cast<QWidget *>(watched)->window();
            // Qt's own dialogs (a message box, the file dialog) come with
            // their letters settled in Qt's translations: left as they are.
            const bool ours = QByteArray(window->metaObject()->className()).startsWith("ep::");
            if (ours && window->windowType() != Qt::Popup && window->windowType() != Qt::ToolTip &&
                !m_due.contains(window)) {
                m_due.append(window);
                QTimer::singleShot(0, this, [this] { settleDue(); });
            }
        }
        return false;
    }

private:
    void settleDue()
    {
        const QList<QPointer<QWidget>> due = std::exchange(m_due, {});
        for (const QPointer<QWidget> &window : due) {
            if (window && window->isVisible())
                settle(window);
        }
    }

    QList<QPointer<QWidget>> m_due;
};

} // namespace

void settle(QWidget *window)
{
    QList<Entry> buttons;
    QList<Entry> labels;
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        // A dialog the window owns (a message box) is a window of its own.
        if (button->window() == window && button->isVisible() && letterAt(button->text()) >= 0)
            buttons.append(
                {button, sourceOf(button, button->text()), [button](const QString &text) {
                     button->setText(text);
                 }});
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->buddy() || !label->isVisible() || label->window() != window)
            continue;
        if (label->buddy()->focusPolicy() == Qt::NoFocus) {
            if (const QList<QWidget *> stops = taborder::stopsOf(label->buddy()); !stops.isEmpty())
                label->setBuddy(stops.first());
        }
        if (letterAt(label->text()) >= 0)
            labels.append({label, sourceOf(label, label->text()), [label](const QString &text) {
                               label->setText(text);
                           }});
    }
    QSet<QChar> menuLetters;
    if (auto *main = qobject_cast<QMainWindow *>(window); main && main->menuWidget()) {
        if (auto *bar = qobject_cast<QMenuBar *>(main->menuWidget())) {
            settleMenu(bar->actions());
            for (const QAction *menu : bar->actions()) {
                if (const qsizetype at = letterAt(menu->text()); at >= 0 && menu->isVisible())
                    menuLetters.insert(menu->text()[at].toLower());
            }
        }
    }
    settleEntries(labels + buttons, false, menuLetters);
}

void install()
{
    windowfilters::installOnce<Settler>();
}

} // namespace ep::mnemonics
