#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

class QPaintDevice;
class QPainter;
class QTextLayout;

namespace ep {

// One paragraph of a table cell or a heading.
struct Paragraph
{
    QString text;
    QFont font;
    QColor color = Qt::black;
};

// Paragraphs laid out for one width on one paint device: measured once, drawn
// anywhere. Lines break at word boundaries, and inside a word only where the
// word alone is wider than the box (a long email address or link), so text
// never runs out of its cell.
class TextBox final
{
public:
    TextBox() = default;
    TextBox(const QList<Paragraph> &paragraphs, double width, QPaintDevice *device);

    double height() const { return m_height; }
    void draw(QPainter *painter, const QPointF &topLeft) const;

private:
    struct Laid
    {
        std::shared_ptr<QTextLayout> layout;
        QColor color;
        double top = 0;
    };
    std::vector<Laid> m_paragraphs;
    double m_height = 0;
};

} // namespace ep
