#pragma once

#include <QColor>
#include <QList>

class QPalette;

// The colours the window marks things with — an error beside a field, a
// missing translation, a day with events or with a conflict in the calendar —
// chosen for the palette in use (light, dark, high contrast, the desktop's),
// so that text in them, or on them, reads at a contrast of at least 4.5:1
// (WCAG 2, 1.4.3). A mark is never told by its colour alone: whoever uses
// these adds a word or a symbol ("⚠", "(missing)").
namespace ep::markers {

inline constexpr double textContrast = 4.5; // WCAG 1.4.3, text of normal size
// WCAG 1.4.11: bars of a chart, frames; and the most inactive controls get.
inline constexpr double graphicsContrast = 3.0;

// WCAG 2's relative luminance (sRGB), 0 for black to 1 for white.
double relativeLuminance(const QColor &colour);
// (lighter + 0.05) / (darker + 0.05): 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
// Whether text on `background` reads better dark than light.
bool isLight(const QColor &background);
bool isDark(const QPalette &palette); // its window is dark

// `wanted`, darkened or lightened as little as needed (towards black on light
// backgrounds, white on dark ones) to reach `ratio` against every one of
// `backgrounds` — which are all light or all dark, as a palette's are.
QColor readableOn(const QColor &wanted, const QList<QColor> &backgrounds,
                  double ratio = textContrast);
// `background`, moved away from `text` as little as needed to reach `ratio`.
QColor behind(const QColor &background, const QColor &text, double ratio = textContrast);

// Text of an error message, on the palette's Window and Base.
QColor errorText(const QPalette &palette);
// Text of a warning (a missing translation), on Window and Base.
QColor warningText(const QPalette &palette);
// Behind the palette's Text: a day with events, a day or item with a conflict.
QColor eventFill(const QPalette &palette);
QColor conflictFill(const QPalette &palette);

} // namespace ep::markers
