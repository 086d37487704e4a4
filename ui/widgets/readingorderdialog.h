#pragma once

#include <QDialog>

#include <functional>

class QFormLayout;

namespace ep {

// A dialog that Tab and Shift+Tab go through as it is read — its fields top
// to bottom, then its buttons — and round again (widgets/taborder.h).
class ReadingOrderDialog : public QDialog
{
public:
    using QDialog::QDialog;

protected:
    // `form`'s fields as laid out, then `buttons`; each row's label's Alt
    // letter reaches its field. Call once both are built.
    void orderTabs(QFormLayout *form, QWidget *buttons);
    // The stops as `stops` gives them when Tab is pressed (as laid out then).
    void orderTabs(std::function<QList<QWidget *>()> stops);

    bool focusNextPrevChild(bool next) override;

private:
    std::function<QList<QWidget *>()> m_stops;
};

} // namespace ep
