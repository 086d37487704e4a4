#pragma once

#include <QLocale>

namespace ep {

// The language chosen in the window's Language menu: "de", "pl", "en", or
// empty for the system's. Remembered in the settings.
QString chosenLanguage();
void setChosenLanguage(const QString &code);

// The locale the window works in: the chosen language, else the system's.
// German and Polish keep the system's country conventions where the system
// speaks them; every other language is British English (26/11/2026, 24-hour
// times), the English of the partnership.
QLocale workingLocale();

} // namespace ep
