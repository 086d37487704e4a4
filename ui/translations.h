#pragma once

#include <QLocale>

namespace ep {

// Loads the application's translation for `locale` (German, Polish, or else
// English) and Qt's own, for standard dialogs and buttons, replacing what was
// loaded before; makes `locale` the default for dates and numbers.
void installTranslations(const QLocale &locale);

} // namespace ep
