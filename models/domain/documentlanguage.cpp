#include "domain/documentlanguage.h"

#include "domain/catalogues.h"

#include <QDate>
#include <QTime>
#include <QTranslator>

namespace ep {
namespace {

QLocale localeOf(Language language)
{
    switch (language) {
    case Language::German:
        return QLocale(QLocale::German, QLocale::Germany);
    case Language::Polish:
        return QLocale(QLocale::Polish, QLocale::Poland);
    case Language::English:
        break;
    }
    // British English: day before month and a 24-hour clock, as the
    // partnership writes English.
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

DocumentLanguage::DocumentLanguage(Language language)
    : m_language(language)
    , m_locale(localeOf(language))
    , m_translator(std::make_shared<QTranslator>())
{
    // Without the catalogue (a build without translations) the labels stay
    // English, which is what translate() then returns.
    (void)m_translator->load(catalogueOf(language));
}

QString DocumentLanguage::translate(const char *context, const char *source,
                                    const char *disambiguation, int n) const
{
    QString text = m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(u"%n"_qs, m_locale.toString(n));
    return text;
}

DocumentLanguages::DocumentLanguages()
{
    for (Language language : allLanguages)
        m_languages.append(DocumentLanguage(language));
}

const DocumentLanguage &DocumentLanguages::operator[](Language language) const
{
    for (const DocumentLanguage &each : m_languages) {
        if (each.language() == language)
            return each;
    }
    return m_languages.last(); // every language is there
}

QString translatedIn(const QList<DocumentLanguage> &languages, const char *context,
                     const char *source)
{
    QStringList texts;
    for (const DocumentLanguage &language : languages) {
        const QString text = language.translate(context, source);
        if (!texts.contains(text))
            texts.append(text);
    }
    return texts.join(u" / ");
}

QString DocumentLanguage::date(const QDate &date) const
{
    return date.toString(m_language == Language::English ? u"dd/MM/yyyy"_qs : u"dd.MM.yyyy"_qs);
}

QString DocumentLanguage::longDate(const QDate &date) const
{
    return m_locale.toString(date, m_language == Language::English  ? u"dddd, d MMMM yyyy"_qs
                                   : m_language == Language::German ? u"dddd, d. MMMM yyyy"_qs
                                                                    : u"dddd, d MMMM yyyy"_qs);
}

QString DocumentLanguage::writtenDate(const QDate &date) const
{
    return m_locale.toString(date, m_language == Language::German ? u"d. MMMM yyyy"_qs
                                                                  : u"d MMMM yyyy"_qs);
}

QString DocumentLanguage::time(const QTime &time) const
{
    return time.toString(u"HH:mm"_qs);
}

} // namespace ep
