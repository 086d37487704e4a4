#include "widgets/issuelabel.h"

#include "widgets/markercolours.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QPainter>

namespace ep {
namespace {

// An alert (AT-SPI's "alert", which screen readers read out as it shows),
// named by its message.
class IssueLabelAccessible final : public QAccessibleWidget
{
public:
    explicit IssueLabelAccessible(QWidget *label)
        : QAccessibleWidget(label, QAccessible::AlertMessage)
    {}

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && widget()->accessibleName().isEmpty())
            return IssueLabel::spoken(static_cast<QLabel *>(widget())->text());
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *issueLabelInterface(const QString &className, QObject *object)
{
    if (className == u"ep::IssueLabel" && object && object->isWidgetType())
        return new IssueLabelAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

IssueLabel::IssueLabel(QWidget *parent)
    : QLabel(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(issueLabelInterface);
        return true;
    }();
    Q_UNUSED(installed);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    followPalette();
    setContentsMargins(leadWidth(), 0, 0, 0);
}

QString IssueLabel::spoken(const QString &message)
{
    //: what a screen reader says of a message beside a field
    return message.isEmpty() ? QString() : tr("Error: %1").arg(message);
}

void IssueLabel::setMessage(const QString &message)
{
    const bool changed = message != text();
    if (message.isEmpty())
        m_announced.clear();
    setText(message);
    setVisible(!message.isEmpty());
    if (changed && isVisible())
        announce();
}

void IssueLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        followPalette();
    else if (event->type() == QEvent::FontChange)
        setContentsMargins(leadWidth(), 0, 0, 0);
    QLabel::changeEvent(event);
}

void IssueLabel::showEvent(QShowEvent *event)
{
    QLabel::showEvent(event);
    announce();
}

void IssueLabel::paintEvent(QPaintEvent *event)
{
    QLabel::paintEvent(event);
    QPainter painter(this);
    QFont bold = font(); // its lines as thick as the letters'
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(foregroundRole()));
    const QRect lead(0, contentsRect().top(), contentsMargins().left(), fontMetrics().height());
    painter.drawText(lead, Qt::AlignLeft | Qt::AlignTop, symbol());
}

int IssueLabel::leadWidth() const
{
    QFont bold = font();
    bold.setBold(true);
    return QFontMetrics(bold).horizontalAdvance(symbol() + u' ');
}

void IssueLabel::announce()
{
    if (text().isEmpty() || text() == m_announced)
        return;
    m_announced = text();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    emit announced(m_announced);
}

// Called again by the PaletteChange that setting the colour sends: the
// colour is then the same, and setPalette() does nothing.
void IssueLabel::followPalette()
{
    QPalette own; // only the text's colour: the rest stays inherited
    own.setColor(QPalette::WindowText, markers::errorText(palette()));
    setPalette(own);
}

void describeField(QWidget *field, const QString &message)
{
    if (!field)
        return;
    QList<QWidget *> controls{field};
    for (QWidget *child : field->findChildren<QWidget *>()) {
        if ((child->focusPolicy() & Qt::TabFocus) && child->window() == field->window())
            controls.append(child);
    }
    for (QWidget *control : controls)
        control->setAccessibleDescription(message);
}

} // namespace ep
