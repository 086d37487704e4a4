#include "widgets/markercolours.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace ep::markers {
namespace {

// Where black and white text read equally well: (L + 0.05)² = 1.05 × 0.05.
constexpr double evenLuminance = 0.179;

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QColor mixed(const QColor &from, const QColor &to, double share)
{
    const auto channel = [share](double a, double b) {
        return a + (b - a) * share;
    };
    return QColor::fromRgbF(float(channel(from.redF(), to.redF())),
                            float(channel(from.greenF(), to.greenF())),
                            float(channel(from.blueF(), to.blueF())));
}

// `colour` moved towards `target` in small steps until `good` holds of it.
template <typename Good>
QColor movedTowards(const QColor &colour, const QColor &target, Good good)
{
    for (int step = 0; step <= 50; ++step) {
        const QColor candidate = mixed(colour, target, step / 50.0);
        if (good(candidate))
            return candidate;
    }
    return target;
}

// A hue for light palettes and one for dark ones (where the light one
// would glare or vanish); readableOn() mends either where the palette
// needs it.
QColor chosen(const QPalette &palette, QColor onLight, QColor onDark)
{
    return readableOn(isDark(palette) ? onDark : onLight,
                      {palette.color(QPalette::Window), palette.color(QPalette::Base)});
}

QColor fill(const QPalette &palette, const QColor &hue)
{
    const QColor base = palette.color(QPalette::Base);
    return behind(mixed(base, hue, isLight(base) ? 0.22 : 0.38), palette.color(QPalette::Text));
}

} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isLight(const QColor &background)
{
    return relativeLuminance(background) > evenLuminance;
}

bool isDark(const QPalette &palette)
{
    return !isLight(palette.color(QPalette::Window));
}

QColor readableOn(const QColor &wanted, const QList<QColor> &backgrounds, double ratio)
{
    if (backgrounds.isEmpty())
        return wanted;
    const QColor target = isLight(backgrounds.first()) ? QColor(Qt::black) : QColor(Qt::white);
    return movedTowards(wanted, target, [&backgrounds, ratio](const QColor &candidate) {
        return std::all_of(backgrounds.cbegin(), backgrounds.cend(),
                           [&candidate, ratio](const QColor &background) {
                               return contrastRatio(candidate, background) >= ratio;
                           });
    });
}

QColor behind(const QColor &background, const QColor &text, double ratio)
{
    const QColor target = isLight(text) ? QColor(Qt::black) : QColor(Qt::white);
    return movedTowards(background, target, [&text, ratio](const QColor &candidate) {
        return contrastRatio(candidate, text) >= ratio;
    });
}

QColor errorText(const QPalette &palette)
{
    return chosen(palette, QColor(0xb3, 0x26, 0x1e), QColor(0xff, 0x8a, 0x80));
}

QColor warningText(const QPalette &palette)
{
    return chosen(palette, QColor(0x8a, 0x5a, 0x00), QColor(0xff, 0xcc, 0x66));
}

QColor eventFill(const QPalette &palette)
{
    return fill(palette, QColor(0x5b, 0x9b, 0xd5));
}

QColor conflictFill(const QPalette &palette)
{
    return fill(palette, QColor(0xe8, 0x7a, 0x2e));
}

} // namespace ep::markers
