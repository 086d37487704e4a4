#include "widgets/coordinateedit.h"

#include <QEvent>

#include <cmath>
#include <limits>

namespace ep {

CoordinateEdit::CoordinateEdit(double example, QWidget *parent)
    : QLineEdit(parent)
    , m_example(example)
{
    showHint();
}

QString CoordinateEdit::textOf(const std::optional<double> &value, const QLocale &locale)
{
    // Six decimals: about 10 cm, finer than any site needs.
    return value ? locale.toString(*value, 'f', 6) : QString();
}

std::optional<double> CoordinateEdit::value() const
{
    if (text() == m_setText)
        return m_value;
    return parse(m_locale);
}

std::optional<double> CoordinateEdit::parse(const QLocale &locale) const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    bool ok = false;
    double number = locale.toDouble(typed, &ok);
    if (!ok)
        number = QLocale::c().toDouble(typed, &ok); // "51.4671" typed in a German session
    return ok ? number : std::numeric_limits<double>::quiet_NaN();
}

void CoordinateEdit::setValue(std::optional<double> value)
{
    m_locale = QLocale();
    m_value = value;
    m_setText = textOf(value, m_locale);
    setText(m_setText);
}

void CoordinateEdit::showHint()
{
    setPlaceholderText(QLocale().toString(m_example, 'f', 4));
}

void CoordinateEdit::changeEvent(QEvent *event)
{
    // The translations are installed after the default locale is set: at
    // LanguageChange, QLocale() is the new language's.
    if (event->type() == QEvent::LanguageChange && QLocale() != m_locale) {
        const QLocale old = m_locale;
        m_locale = QLocale();
        showHint();
        if (text() == m_setText) {
            m_setText = textOf(m_value, m_locale);
            setText(m_setText);
        } else if (const std::optional<double> typed = parse(old); typed && !std::isnan(*typed)) {
            // Typed, not saved: the same number, in the new spelling.
            setText(m_locale.toString(*typed, 'f', QLocale::FloatingPointShortest));
        }
    }
    QLineEdit::changeEvent(event);
}

} // namespace ep
