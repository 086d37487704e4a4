#pragma once

#include "domain/language.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace ep {

// The language of a document (agenda, list, sign-in sheet, CSV header), which
// is the document's own choice and not the window's: an officer working in
// German hands out a Polish agenda. Its fixed labels come from the same
// translation catalogues as the window's (":/i18n/exchange-planner_xx.qm",
// embedded by the ui library), so they are translated once.
class DocumentLanguage final
{
public:
    explicit DocumentLanguage(Language language);

    Language language() const { return m_language; }

    // What QCoreApplication::translate() gives when this language is the
    // window's: the translation, or the English source where the catalogue
    // has none; "%n" replaced by `n` where it is given.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const;

    // 26.11.2026 / 26.11.2026 / 26/11/2026
    QString date(const QDate &date) const;
    // "Donnerstag, 26. November 2026"
    QString longDate(const QDate &date) const;
    // "8. Juli 2019" / "8 lipca 2019" / "8 July 2019", as a letter dates.
    QString writtenDate(const QDate &date) const;
    // 24-hour "09:30" in every language.
    QString time(const QTime &time) const;

private:
    Language m_language;
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator;
};

// German, Polish and English made once, for documents whose parts are each
// in the language of whom they are for (a letter, a message per
// participant): every DocumentLanguage made loads its catalogue.
class DocumentLanguages final
{
public:
    DocumentLanguages();
    const DocumentLanguage &operator[](Language language) const;

private:
    QList<DocumentLanguage> m_languages; // in the order of allLanguages
};

// `source` in each of `languages`, each different text once, joined by
// " / ": "Unterschrift / Podpis / Signature" on a sheet for a mixed delegation.
QString translatedIn(const QList<DocumentLanguage> &languages, const char *context,
                     const char *source);

} // namespace ep
