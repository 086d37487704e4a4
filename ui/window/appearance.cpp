#include "window/appearance.h"

#include "widgets/markercolours.h"
#include "window/contraststyle.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace ep {
namespace {

const QString settingsKey = QStringLiteral("appearance");

Appearance &current()
{
    static Appearance appearance = Appearance::System;
    return appearance;
}

// The style and palette the application had before any appearance was
// applied: the desktop's, which System goes back to.
struct Start
{
    QString style;
    QPalette palette;
};

const Start &start()
{
    static const Start start{QApplication::style()->name(), QGuiApplication::palette()};
    return start;
}

struct Colours
{
    QColor window, text, base, alternateBase, button, highlight, highlightedText, link, linkVisited,
        toolTipBase, toolTipText, placeholder, disabledText, frame;
};

QPalette paletteOf(const Colours &c)
{
    QPalette palette(c.button, c.window);
    palette.setColor(QPalette::WindowText, c.text);
    palette.setColor(QPalette::Text, c.text);
    palette.setColor(QPalette::ButtonText, c.text);
    palette.setColor(QPalette::Base, c.base);
    palette.setColor(QPalette::AlternateBase, c.alternateBase);
    palette.setColor(QPalette::Highlight, c.highlight);
    palette.setColor(QPalette::HighlightedText, c.highlightedText);
    palette.setColor(QPalette::Link, c.link);
    palette.setColor(QPalette::LinkVisited, c.linkVisited);
    palette.setColor(QPalette::ToolTipBase, c.toolTipBase);
    palette.setColor(QPalette::ToolTipText, c.toolTipText);
    palette.setColor(QPalette::PlaceholderText, c.placeholder);
    palette.setColor(QPalette::BrightText, markers::isLight(c.window) ? Qt::white : Qt::black);
    // The lines the style draws frames and separators with.
    palette.setColor(QPalette::Mid, c.frame);
    palette.setColor(QPalette::Dark, c.frame);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, c.disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, c.frame);
    palette.setColor(QPalette::Disabled, QPalette::Base, c.window);
    return palette;
}

// Moves `role`'s colour in `group` until it reads on each of `backgrounds`.
void mend(QPalette &palette, QPalette::ColorGroup group, QPalette::ColorRole role,
          std::initializer_list<QPalette::ColorRole> backgrounds)
{
    QList<QColor> colours;
    for (QPalette::ColorRole background : backgrounds)
        colours.append(palette.color(group, background));
    // WCAG 2 asks nothing of inactive controls (1.4.3); they still read at 3:1.
    const double ratio =
        group == QPalette::Disabled ? markers::graphicsContrast : markers::textContrast;
    palette.setColor(group, role, markers::readableOn(palette.color(group, role), colours, ratio));
}

} // namespace

QString appearanceName(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::HighContrast:
        return QStringLiteral("high-contrast");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Appearance> appearanceNamed(const QString &name)
{
    for (Appearance appearance : allAppearances) {
        if (appearanceName(appearance) == name)
            return appearance;
    }
    return std::nullopt;
}

Appearance chosenAppearance()
{
    return appearanceNamed(QSettings().value(settingsKey).toString()).value_or(Appearance::System);
}

void setChosenAppearance(Appearance appearance)
{
    QSettings().setValue(settingsKey, appearanceName(appearance));
}

Appearance currentAppearance()
{
    return current();
}

QPalette appearancePalette(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return mendedPalette(paletteOf({.window = QColor(0xef, 0xef, 0xef),
                                        .text = Qt::black,
                                        .base = Qt::white,
                                        .alternateBase = QColor(0xf5, 0xf5, 0xf5),
                                        .button = QColor(0xef, 0xef, 0xef),
                                        .highlight = QColor(0x1f, 0x5f, 0x9e),
                                        .highlightedText = Qt::white,
                                        .link = QColor(0x0b, 0x57, 0xd0),
                                        .linkVisited = QColor(0x6b, 0x2f, 0xb3),
                                        .toolTipBase = QColor(0xff, 0xff, 0xdc),
                                        .toolTipText = Qt::black,
                                        .placeholder = QColor(0x6b, 0x6b, 0x6b),
                                        .disabledText = QColor(0x80, 0x80, 0x80),
                                        .frame = QColor(0x8a, 0x8a, 0x8a)}));
    case Appearance::Dark:
        return mendedPalette(paletteOf({.window = QColor(0x2b, 0x2b, 0x2b),
                                        .text = QColor(0xf0, 0xf0, 0xf0),
                                        .base = QColor(0x1e, 0x1e, 0x1e),
                                        .alternateBase = QColor(0x27, 0x27, 0x27),
                                        .button = QColor(0x3a, 0x3a, 0x3a),
                                        .highlight = QColor(0x2f, 0x65, 0x9c),
                                        .highlightedText = Qt::white,
                                        .link = QColor(0x8a, 0xb4, 0xf8),
                                        .linkVisited = QColor(0xc5, 0x8a, 0xf9),
                                        .toolTipBase = QColor(0x40, 0x40, 0x40),
                                        .toolTipText = QColor(0xf0, 0xf0, 0xf0),
                                        .placeholder = QColor(0xa8, 0xa8, 0xa8),
                                        .disabledText = QColor(0x8c, 0x8c, 0x8c),
                                        .frame = QColor(0x80, 0x80, 0x80)}));
    case Appearance::HighContrast:
        return mendedPalette(paletteOf({.window = Qt::black,
                                        .text = Qt::white,
                                        .base = Qt::black,
                                        .alternateBase = QColor(0x1a, 0x1a, 0x1a),
                                        .button = Qt::black,
                                        .highlight = QColor(0xff, 0xff, 0x00),
                                        .highlightedText = Qt::black,
                                        .link = QColor(0x00, 0xff, 0xff),
                                        .linkVisited = QColor(0xff, 0x99, 0xff),
                                        .toolTipBase = Qt::black,
                                        .toolTipText = QColor(0xff, 0xff, 0x00),
                                        .placeholder = QColor(0xc8, 0xc8, 0xc8),
                                        .disabledText = QColor(0xa0, 0xa0, 0xa0),
                                        .frame = Qt::white}));
    case Appearance::System:
        break;
    }
    return mendedPalette(start().palette);
}

QPalette mendedPalette(QPalette palette)
{
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        mend(palette, group, QPalette::WindowText, {QPalette::Window});
        mend(palette, group, QPalette::Text, {QPalette::Base, QPalette::AlternateBase});
        mend(palette, group, QPalette::ButtonText, {QPalette::Button});
        mend(palette, group, QPalette::ToolTipText, {QPalette::ToolTipBase});
        mend(palette, group, QPalette::PlaceholderText, {QPalette::Base});
        mend(palette, group, QPalette::Link, {QPalette::Base, QPalette::Window});
        mend(palette, group, QPalette::LinkVisited, {QPalette::Base, QPalette::Window});
        const double ratio =
            group == QPalette::Disabled ? markers::graphicsContrast : markers::textContrast;
        palette.setColor(group, QPalette::Highlight,
                         markers::behind(palette.color(group, QPalette::Highlight),
                                         palette.color(group, QPalette::HighlightedText), ratio));
    }
    return palette;
}

void applyAppearance(Appearance appearance)
{
    const Start &desktop = start();
    current() = appearance;
    if (appearance == Appearance::System) {
        if (QApplication::style()->name() != desktop.style)
            QApplication::setStyle(desktop.style);
    } else {
        QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        QApplication::setStyle(appearance == Appearance::HighContrast ? new ContrastStyle(fusion)
                                                                      : fusion);
    }
    QApplication::setPalette(appearancePalette(appearance));
}

Appearance startingAppearance(const QString &commandLineValue)
{
    return appearanceNamed(commandLineValue).value_or(chosenAppearance());
}

} // namespace ep
