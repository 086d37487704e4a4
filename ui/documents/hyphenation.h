#pragma once

#include "domain/language.h"

#include <QList>
#include <QString>

#include <memory>

namespace ep {

// Where a word may be broken with a hyphen in German, Polish or English, by
// the patterns of Debian's hyphen-de, hyphen-pl and hyphen-en-gb (the
// patterns LibreOffice hyphenates with), read by libhyphen. The patterns are
// embedded in the program, as the documents' fonts are.
class Hyphenation final
{
public:
    // The patterns of `language`, loaded once; thread-safe. German's take
    // libhyphen about 2.5 s to read (78,000 patterns), Polish's and
    // English's a few milliseconds.
    static const Hyphenation &of(Language language);
    // Loads the patterns of `language` on a thread of the global pool, so
    // that a document made a moment later finds them ready (the document
    // dialogs call it as they open).
    static void prepare(Language language);

    // The places in `word` (one word, no spaces) where it may be broken, as
    // the number of characters before the hyphen, ascending: 11 and 14 for
    // "Delegationsmitglied" (Delegations-mit-glied), none for a word too
    // short to break. Empty when the patterns could not be read.
    QList<int> breaks(const QString &word) const;

    ~Hyphenation();
    Q_DISABLE_COPY_MOVE(Hyphenation)

private:
    explicit Hyphenation(Language language);
    struct Patterns;
    std::unique_ptr<Patterns> m_patterns;
};

} // namespace ep
