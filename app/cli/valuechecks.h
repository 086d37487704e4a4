#pragma once

#include <QString>

// The checks of the values of options that choose among the planner's own
// kinds (documents, lists, messages, figures), for the table of options
// (option.cpp): the message for stderr, empty when the value can be used.
namespace ep::cli {

QString checkList(const QString &value);     // --list: a logistics list of the catalogue
QString checkLayout(const QString &value);   // --layout: 8 or 4 badges to a sheet
QString checkTemplate(const QString &value); // --template: a kind of message
QString checkPurpose(const QString &value);  // --purpose: employer or visa
QString checkBy(const QString &value);       // --by: a grouping of the figures
QString checkBlank(const QString &value);    // --blank: 0 to 500 blank badges
// --appearance: system, light, dark or high-contrast (ui/window/appearance.h)
QString checkAppearance(const QString &value);

} // namespace ep::cli
