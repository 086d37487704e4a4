#pragma once

#include <QPalette>
#include <QString>

#include <array>
#include <optional>

namespace ep {

// How the window looks: the desktop's colours, or the planner's light, dark
// or high-contrast palette on the Fusion style. Every palette reads at a
// contrast of at least 4.5:1 in each pair of text and background colour
// (3:1 for inactive controls, which WCAG 2 exempts); the desktop's is mended
// where it falls short.
enum class Appearance
{
    System,
    Light,
    Dark,
    HighContrast,
};
inline constexpr std::array allAppearances{Appearance::System, Appearance::Light, Appearance::Dark,
                                           Appearance::HighContrast};

// "system", "light", "dark", "high-contrast": the word of the settings and of
// the command line's --appearance.
QString appearanceName(Appearance appearance);
std::optional<Appearance> appearanceNamed(const QString &name);

// The choice of View › Appearance, remembered in the settings.
Appearance chosenAppearance();
void setChosenAppearance(Appearance appearance);

// The one applied last (System before any).
Appearance currentAppearance();
// The palette of `appearance`; System's is the one the application started
// with, mended.
QPalette appearancePalette(Appearance appearance);
// `palette` with each text colour that reads below 4.5:1 on its background
// (3:1 when disabled) darkened or lightened until it reads, and the
// highlight moved away from its text.
QPalette mendedPalette(QPalette palette);
// Applies `appearance` to the whole application: its style and palette.
void applyAppearance(Appearance appearance);
// What a start applies: the command line's `--appearance` value where one is
// given (for that run only), else the chosen appearance.
Appearance startingAppearance(const QString &commandLineValue);

} // namespace ep
