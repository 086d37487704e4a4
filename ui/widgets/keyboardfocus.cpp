#include "widgets/keyboardfocus.h"

#include "widgets/windowfilters.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QFocusEvent>
#include <QGraphicsView>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QTableView>

namespace ep::keyboardfocus {
namespace {

constexpr char prepared[] = "epItemViewKeys";

// The first item a user sees: row 0 in the first column not hidden (a list
// may hide its id column); invalid when the view shows no item.
QModelIndex firstItem(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model || model->rowCount(view->rootIndex()) == 0)
        return {};
    int column = 0;
    if (const auto *table = qobject_cast<const QTableView *>(view)) {
        while (column < model->columnCount(view->rootIndex()) - 1 && table->isColumnHidden(column))
            ++column;
    }
    return model->index(0, column, view->rootIndex());
}

void frameFocus(QAbstractScrollArea *view);

// A scroll area whose content has controls of its own leaves the focus to
// them; one around text alone keeps it, for the arrows to scroll.
void passOn(QScrollArea *scroll)
{
    const QWidget *content = scroll->widget();
    if (!content)
        return;
    const QList<QWidget *> inside = content->findChildren<QWidget *>();
    if (std::any_of(inside.cbegin(), inside.cend(),
                    [](const QWidget *widget) { return widget->focusPolicy() & Qt::TabFocus; }))
        scroll->setFocusPolicy(Qt::NoFocus);
}

class Keys final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish) {
            if (auto *view = qobject_cast<QAbstractItemView *>(watched))
                prepare(view);
            else if (auto *scroll = qobject_cast<QScrollArea *>(watched))
                passOn(scroll);
            else if (auto *chart = qobject_cast<QGraphicsView *>(watched))
                frameFocus(chart);
            else if (auto *text = qobject_cast<QPlainTextEdit *>(watched);
                     text && text->isReadOnly())
                // A cursor shows where the focus is, and lets the text be
                // selected and copied.
                text->setTextInteractionFlags(text->textInteractionFlags() |
                                              Qt::TextSelectableByKeyboard);
        }
        return false;
    }
};

// On one view: the current item on arriving by the keyboard, and the frame
// around its inside while it has the focus and shows no item with it: an
// empty list, a chart.
class ViewFocus final : public QObject
{
public:
    explicit ViewFocus(QAbstractScrollArea *view)
        : QObject(view)
        , m_view(view)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A combo box's or completer's list chooses its own current item.
        if (m_view->window()->windowType() == Qt::Popup)
            return false;
        if (watched == m_view && event->type() == QEvent::FocusIn) {
            const auto reason = static_cast<QFocusEvent *>(event)->reason();
            auto *items = qobject_cast<QAbstractItemView *>(m_view);
            QItemSelectionModel *selection = items ? items->selectionModel() : nullptr;
            if (reason != Qt::MouseFocusReason && selection &&
                !selection->currentIndex().isValid()) {
                const QModelIndex first = firstItem(items);
                if (first.isValid())
                    selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
            }
        } else if (watched == m_view && event->type() == QEvent::FocusOut) {
            m_view->viewport()->update();
        } else if (watched == m_view->viewport() && event->type() == QEvent::Paint && !m_painting &&
                   m_view->hasFocus() && !showsCurrentItem()) {
            // The view paints itself first; the frame goes over it.
            m_painting = true;
            QCoreApplication::sendEvent(watched, event);
            m_painting = false;
            QPainter painter(m_view->viewport());
            QStyleOptionFocusRect frame;
            frame.initFrom(m_view->viewport());
            frame.rect = m_view->viewport()->rect().adjusted(1, 1, -1, -1);
            frame.state |= QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange;
            frame.backgroundColor = m_view->palette().color(QPalette::Base);
            m_view->style()->drawPrimitive(QStyle::PE_FrameFocusRect, &frame, &painter, m_view);
            return true;
        }
        return false;
    }

private:
    bool showsCurrentItem() const
    {
        const auto *items = qobject_cast<QAbstractItemView *>(m_view);
        return items && items->currentIndex().isValid();
    }

    QAbstractScrollArea *m_view;
    bool m_painting = false;
};

void frameFocus(QAbstractScrollArea *view)
{
    auto *focus = new ViewFocus(view);
    view->installEventFilter(focus);
    view->viewport()->installEventFilter(focus);
}

} // namespace

void prepare(QAbstractItemView *view)
{
    if (view->property(prepared).toBool() || qobject_cast<QHeaderView *>(view))
        return;
    view->setProperty(prepared, true);
    // A table walking its cells by Tab keeps a keyboard user in it.
    view->setTabKeyNavigation(false);
    frameFocus(view);
}

void install()
{
    windowfilters::installOnce<Keys>();
}

} // namespace ep::keyboardfocus
