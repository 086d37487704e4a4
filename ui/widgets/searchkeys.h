#pragma once

#include <QObject>

class QAbstractItemView;
class QLineEdit;

namespace ep {

// Down and Page Down in a search field go to its results (and Enter, where
// it does not belong to the dialog's default button): the list gets the
// focus with a row current and selected — the one selected already, else
// the first — so that Up and Down move from there. A list reached by Tab
// selects its current row the same way. Tab in the list leaves it for the
// next control instead of walking its cells.
class SearchKeys final : public QObject
{
    Q_OBJECT

public:
    enum class Enter
    {
        GoesToResults,
        ForTheDialog
    };

    SearchKeys(QLineEdit *search, QAbstractItemView *results, Enter enter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enterResults();

    QLineEdit *m_search;
    QAbstractItemView *m_results;
    Enter m_enter;
};

} // namespace ep
