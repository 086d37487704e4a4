#pragma once

#include <QLocale>

namespace ep {

// Loads the application's translation for `locale` (German or Polish; English
// needs none beyond plural forms) and Qt's own, for standard dialogs and
// buttons, replacing what was loaded before.
void installTranslations(const QLocale &locale);

} // namespace ep
