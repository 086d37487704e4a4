#pragma once

#include <QApplication>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

namespace ep::test {

// Runs `act` on the next modal dialog as soon as it is open: for message
// boxes and dialogs that a test's click opens with exec().
inline void whenDialogOpens(std::function<void(QWidget *)> act, int attempts = 100)
{
    QTimer::singleShot(20, [act = std::move(act), attempts]() mutable {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            act(dialog);
            return;
        }
        if (attempts > 0)
            whenDialogOpens(std::move(act), attempts - 1);
    });
}

// Clicks the button of the next message box whose text is `text`.
inline void clickInNextMessageBox(const QString &text)
{
    whenDialogOpens([text](QWidget *dialog) {
        const auto buttons = dialog->findChildren<QAbstractButton *>();
        for (QAbstractButton *button : buttons) {
            if (button->text().remove(u'&') == text) {
                button->click();
                return;
            }
        }
        qWarning("no button \"%s\" in the dialog", qPrintable(text));
    });
}

// Types `text` into `widget` key by key, as a user would. Unlike
// QTest::keyClicks() it takes any character, "ł" and "ü" too.
inline void typeText(QWidget *widget, const QString &text)
{
    for (QChar character : text) {
        const Qt::Key key = character.isLetterOrNumber() && character.unicode() < 128
                                ? Qt::Key(character.toUpper().unicode())
                                : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, widget, key, QString(character), Qt::NoModifier);
    }
}

} // namespace ep::test
