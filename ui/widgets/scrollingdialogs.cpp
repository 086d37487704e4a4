#include "widgets/scrollingdialogs.h"

#include "widgets/windowfilters.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLayout>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizard>

namespace ep::scrollingdialogs {
namespace {

constexpr char scrolls[] = "epScrollingDialog";
constexpr char sizedByCode[] = "epSizedByCode";
constexpr char sized[] = "epSizedToContent";

// The button box that closes the layout, taken out of it; null when the
// layout ends in something else.
QDialogButtonBox *takeButtons(QLayout *layout)
{
    const int last = layout->count() - 1;
    QLayoutItem *item = last >= 0 ? layout->itemAt(last) : nullptr;
    auto *buttons = item ? qobject_cast<QDialogButtonBox *>(item->widget()) : nullptr;
    if (buttons)
        layout->removeWidget(buttons);
    return buttons;
}

bool isOneScrollArea(const QLayout *layout)
{
    return layout->count() == 1 && qobject_cast<QAbstractScrollArea *>(layout->itemAt(0)->widget());
}

// A scroll area as large as its content asks to be, where the screen has
// the room (QScrollArea holds its size hint to 36 by 24 lines of text), and
// whose content is as tall as its wrapped texts need at the width it is
// given (QScrollArea gives it the height of its size hint).
class ContentSizedScrollArea final : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize sizeHint() const override
    {
        if (!widget())
            return QScrollArea::sizeHint();
        const int frame = 2 * frameWidth();
        QSize wanted = widget()->sizeHint();
        if (widget()->hasHeightForWidth())
            wanted.setHeight(std::max(wanted.height(), widget()->heightForWidth(wanted.width())));
        return (wanted + QSize(frame, frame)).boundedTo(screen()->availableGeometry().size());
    }

protected:
    // The content at the height it asks for (for its width, where its
    // texts wrap): it scrolls rather than squeezing lists and notes.
    void resizeEvent(QResizeEvent *event) override
    {
        QScrollArea::resizeEvent(event);
        if (!widget())
            return;
        const int width = std::max(viewport()->width(), widget()->minimumSizeHint().width());
        int height = widget()->sizeHint().height();
        if (widget()->hasHeightForWidth())
            height = std::max(height, widget()->heightForWidth(width));
        if (height != widget()->minimumHeight())
            widget()->setMinimumHeight(height);
    }
};

class Installer final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Polish && event->type() != QEvent::Show)
            return false;
        auto *dialog = qobject_cast<QDialog *>(watched);
        if (!dialog || qobject_cast<QWizard *>(dialog) ||
            !QByteArray(dialog->metaObject()->className()).startsWith("ep::"))
            return false;
        if (event->type() == QEvent::Polish) {
            // Before Qt sizes it: whether the dialog's code chose a size.
            dialog->setProperty(sizedByCode, dialog->testAttribute(Qt::WA_Resized));
            makeScrollable(dialog);
        } else if (!dialog->property(sizedByCode).toBool() && !dialog->property(sized).toBool()) {
            // Qt gives a window at most two thirds of the screen; the
            // content's size where the screen has it reads better than a
            // scroll bar. A size the dialog's code chose stays.
            dialog->setProperty(sized, true);
            dialog->resize(
                dialog->sizeHint().boundedTo(dialog->screen()->availableGeometry().size()));
        }
        return false;
    }
};

// Scrolls `scroll` to the control that takes the focus inside it, by Tab,
// a shortcut or a letter: the part of the window the user works in is seen.
void followFocus(QScrollArea *scroll)
{
    QObject::connect(qApp, &QApplication::focusChanged, scroll, [scroll](QWidget *, QWidget *now) {
        if (now && scroll->widget() && scroll->widget()->isAncestorOf(now))
            scroll->ensureWidgetVisible(now);
    });
}

} // namespace

void makeScrollable(QDialog *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout || dialog->property(scrolls).toBool() || isOneScrollArea(layout))
        return;
    dialog->setProperty(scrolls, true);
    // Moving the widgets loses the one the dialog's code gave the focus.
    QPointer<QWidget> focus = dialog->focusWidget();
    const QMargins margins = layout->contentsMargins();
    QDialogButtonBox *buttons = takeButtons(layout);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("scrollingContent"));
    content->setLayout(layout); // takes it, and its widgets, from the dialog
    auto *scroll = new ContentSizedScrollArea(dialog);
    scroll->setObjectName(QStringLiteral("dialogScrollArea"));
    // Tab goes to the fields, which the area scrolls into view; the area
    // itself is no stop.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    followFocus(scroll);

    auto *outer = new QVBoxLayout(dialog);
    outer->setContentsMargins(0, 0, 0, buttons ? margins.bottom() : 0);
    outer->addWidget(scroll, 1);
    if (buttons) {
        // A row of buttons wider than the screen (five of them at 200 %)
        // stands as a column.
        const int room =
            dialog->screen()->availableGeometry().width() - margins.left() - margins.right();
        if (buttons->sizeHint().width() > room)
            buttons->setOrientation(Qt::Vertical);
        layout->setContentsMargins(margins.left(), margins.top(), margins.right(), 0);
        auto *foot = new QHBoxLayout;
        foot->setContentsMargins(margins.left(), 0, margins.right(), 0);
        foot->addWidget(buttons);
        outer->addLayout(foot);
    }
    if (focus)
        focus->setFocus();
}

QWidget *scrollingWhenSmall(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("scrollingWhenSmall"));
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    followFocus(scroll);
    return scroll;
}

void install()
{
    windowfilters::installOnce<Installer>();
}

} // namespace ep::scrollingdialogs
