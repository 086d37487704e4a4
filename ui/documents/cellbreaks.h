#pragma once

#include "domain/language.h"

#include <QString>

class QFontMetricsF;

namespace ep {

// `text` with a line break (U+2028) put into each word wider than `width`,
// so that its parts fit, at sensible places only:
// - an email address or a link before "@" and after ".", "/", "-", "_";
// - any other word after a hyphen it has, else where its language
//   hyphenates it (Hyphenation), with a hyphen added: "Delegations-|mitglied".
// A word's language is the one whose letters it holds (ą, ł … Polish; ä, ß
// … German), else `language`. `fits` (when given) says whether every part
// fits; a part that does not is left for the layout to break anywhere.
QString breakLongWords(const QString &text, const QFontMetricsF &metrics, double width,
                       Language language, bool *fits = nullptr);

} // namespace ep
