#pragma once

#include "domain/language.h"

#include <QLocale>
#include <QString>

namespace ep {

// The program's own translations, embedded in the models library (see
// models/CMakeLists.txt), so that the window, the command line, a document in
// its own language and every test reach the same catalogues.

// The catalogue of `language`: ":/i18n/exchange-planner_de".
QString catalogueOf(Language language);

// Loads the application's translation for `locale` (German, Polish, or else
// English) and Qt's own, for standard dialogs and buttons, replacing what was
// loaded before; makes `locale` the default for dates and numbers.
void installTranslations(const QLocale &locale);

} // namespace ep
