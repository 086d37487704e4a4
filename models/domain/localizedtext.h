#pragma once

#include "domain/language.h"

#include <QString>

namespace ep {

// One text in German, Polish and English, e.g. an event's title.
struct LocalizedText
{
    QString de;
    QString pl;
    QString en;

    QString &operator[](Language language);
    const QString &operator[](Language language) const;

    // The text in `wanted`, or the first non-empty one in fallbackOrder();
    // `used` (when given) says which language the text came from.
    QString text(Language wanted, Language *used = nullptr) const;

    bool isEmpty() const { return de.isEmpty() && pl.isEmpty() && en.isEmpty(); }
    bool isComplete() const { return !de.isEmpty() && !pl.isEmpty() && !en.isEmpty(); }
    QList<Language> missingLanguages() const;

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

} // namespace ep
