#pragma once

#include <QString>
#include <QStringList>

namespace ep {

// Folds text for forgiving search and for sorting names: lower case, without
// diacritics, with the letters that Unicode does not decompose mapped by hand
// (ł → l, ß → ss, ø → o …). "Łódź" becomes "lodz", "Müller" "muller".
QString foldForSearch(const QString &text);

// What is stored in a search_text column: the folded parts, plus the German
// transliteration where it differs (ü → ue …), so that "muller", "mueller"
// and "Müller" all find Müller.
QString searchTextOf(const QStringList &parts);

// The folded parts joined by single spaces, without the German spellings
// that searchTextOf() adds: e.g. the sort name "muller jurgen".
QString foldedJoin(const QStringList &parts);

// The folded words of what the user typed into a search field.
QStringList searchWords(const QString &typed);

} // namespace ep
