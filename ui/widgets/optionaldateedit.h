#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

namespace ep {

// A date (or date and time) that may be unknown: a check box says whether
// it is known, the edit beside it holds it. QDateEdit alone cannot be empty.
class OptionalDateEdit final : public QWidget
{
    Q_OBJECT

public:
    enum class Precision
    {
        Date,
        Minute
    };

    explicit OptionalDateEdit(Precision precision, QWidget *parent = nullptr);

    // The check box's text, e.g. "Known".
    void setCheckText(const QString &text);

    QDate date() const;         // null when not known
    void setDate(QDate date);   // null: not known
    QDateTime dateTime() const; // null when not known
    void setDateTime(const QDateTime &dateTime);
    // Where the edit starts when the user ticks the box.
    void setSuggestion(const QDateTime &suggestion) { m_suggestion = suggestion; }

    QCheckBox *checkBox() const { return m_known; }
    QDateTimeEdit *editor() const { return m_edit; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setKnown(bool known);
    void showFormat();

    Precision m_precision = Precision::Date;
    QCheckBox *m_known;
    QDateTimeEdit *m_edit;
    QDateTime m_suggestion;
};

} // namespace ep
