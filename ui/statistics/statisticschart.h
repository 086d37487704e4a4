#pragma once

#include "statistics/statisticsfigures.h"

#include <QByteArray>
#include <QImage>
#include <QLocale>
#include <QRectF>
#include <QSize>

class QChart;
class QPainter;
class QPalette;

namespace ep {

// The chart of a ChartFigures' charted columns, as the Statistics area shows
// it and its exports and report draw it: bars, stacked by kind or side by
// side, horizontal where the categories are long names (the greatest on
// top), numbers written as `locale` writes them.
namespace statisticschart {

// For the screen, in the widget's fonts; owned by the caller.
QChart *make(const ChartFigures &figures, const QLocale &locale);

// Gives the screen's chart `palette`'s colours (View › Appearance): its
// background, text, lines, and bars that stand out from the background at
// 3:1 (WCAG 1.4.11); to a chart as make() made it. Exports keep their own
// colours, on white.
void usePalette(QChart *chart, const QPalette &palette);

// Laid out at `size` (logical pixels, in fonts of fixed pixel sizes, so that
// the result is the same on every device) and painted scaled into `target`:
// as vectors on a PDF or SVG painter.
void paint(QPainter *painter, const QRectF &target, const ChartFigures &figures,
           const QLocale &locale, QSizeF size);

// A PNG picture of `size` logical pixels, at twice that resolution.
QByteArray png(const ChartFigures &figures, const QLocale &locale, QSize size);
// An SVG drawing of `size` pixels, text as text.
QByteArray svg(const ChartFigures &figures, const QLocale &locale, QSize size);

// The size exports are laid out at.
inline constexpr QSize exportSize{1000, 620};

} // namespace statisticschart
} // namespace ep
