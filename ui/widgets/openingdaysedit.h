#pragma once

#include <QWidget>

class QCheckBox;

namespace ep {

// The days of the week a site can be visited (Site::openingDays): a box per
// day, Monday first, named as the user's language abbreviates them. None
// ticked: not known.
class OpeningDaysEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit OpeningDaysEdit(QWidget *parent = nullptr);

    // ISO weekday digits, "12345" for Monday to Friday; empty: none ticked.
    QString days() const;
    void setDays(const QString &days);

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<QCheckBox *> m_boxes; // Monday first
};

} // namespace ep
