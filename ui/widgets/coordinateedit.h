#pragma once

#include <QLineEdit>
#include <QLocale>

#include <optional>

namespace ep {

// A latitude or longitude as the user's language writes numbers ("51,4882"
// in German and Polish, "51.4882" in English); the other spelling is read
// too. When the language changes, the number shown is written anew in the
// new language's spelling: its value stays, and so does the form's state.
class CoordinateEdit final : public QLineEdit
{
    Q_OBJECT

public:
    // `example`: the number the empty field shows as a hint.
    CoordinateEdit(double example, QWidget *parent = nullptr);

    // Empty for an empty field; NaN for text that is no number, which
    // validation refuses rather than dropping what the user typed. The
    // value set with setValue() exactly, as long as its text is unchanged.
    std::optional<double> value() const;
    void setValue(std::optional<double> value);

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString textOf(const std::optional<double> &value, const QLocale &locale);
    std::optional<double> parse(const QLocale &locale) const;
    void showHint();

    double m_example;
    QLocale m_locale;              // the spelling of the text shown
    std::optional<double> m_value; // as set
    QString m_setText;             // the text setValue() showed for it
};

} // namespace ep
