#include "widgets/searchkeys.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>

namespace ep {

SearchKeys::SearchKeys(QLineEdit *search, QAbstractItemView *results, Enter enter)
    : QObject(search)
    , m_search(search)
    , m_results(results)
    , m_enter(enter)
{
    m_results->setTabKeyNavigation(false);
    m_search->installEventFilter(this);
    m_results->installEventFilter(this);
}

bool SearchKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_results && event->type() == QEvent::FocusIn &&
        !m_results->selectionModel()->hasSelection()) {
        enterResults();
    } else if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain =
            key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (plain && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown ||
                      (enter && m_enter == Enter::GoesToResults))) {
            enterResults();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void SearchKeys::enterResults()
{
    QAbstractItemModel *model = m_results->model();
    if (!model || model->rowCount() == 0)
        return;
    QItemSelectionModel *selection = m_results->selectionModel();
    QModelIndex current = selection->currentIndex();
    if (!current.isValid() || !selection->isRowSelected(current.row(), current.parent())) {
        // The first visible column: the list may hide its id column.
        int column = 0;
        if (const auto *table = qobject_cast<QTableView *>(m_results)) {
            while (column < model->columnCount() - 1 && table->isColumnHidden(column))
                ++column;
        }
        current = model->index(0, column);
        selection->setCurrentIndex(current,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (!m_results->hasFocus())
        m_results->setFocus(Qt::TabFocusReason);
    m_results->scrollTo(current);
}

} // namespace ep
