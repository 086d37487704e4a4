#include "domain/languagenames.h"

#include "domain/documentlanguage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <utility>

namespace ep {
namespace {

// The languages of the partner regions and their neighbours, and those an
// EU programme's events are commonly held in.
constexpr std::pair<const char *, const char *> names[] = {
    {"de", QT_TRANSLATE_NOOP("LanguageNames", "German")},
    {"pl", QT_TRANSLATE_NOOP("LanguageNames", "Polish")},
    {"en", QT_TRANSLATE_NOOP("LanguageNames", "English")},
    {"fr", QT_TRANSLATE_NOOP("LanguageNames", "French")},
    {"cs", QT_TRANSLATE_NOOP("LanguageNames", "Czech")},
    {"sk", QT_TRANSLATE_NOOP("LanguageNames", "Slovak")},
    {"uk", QT_TRANSLATE_NOOP("LanguageNames", "Ukrainian")},
    {"nl", QT_TRANSLATE_NOOP("LanguageNames", "Dutch")},
    {"it", QT_TRANSLATE_NOOP("LanguageNames", "Italian")},
    {"es", QT_TRANSLATE_NOOP("LanguageNames", "Spanish")},
    {"lt", QT_TRANSLATE_NOOP("LanguageNames", "Lithuanian")},
    {"hu", QT_TRANSLATE_NOOP("LanguageNames", "Hungarian")},
    {"ru", QT_TRANSLATE_NOOP("LanguageNames", "Russian")},
    {"tr", QT_TRANSLATE_NOOP("LanguageNames", "Turkish")},
};

} // namespace

QString languageNames(const QString &codes, const DocumentLanguage &language)
{
    static const QRegularExpression separators(QStringLiteral("\\s*[,;/]\\s*|\\s+"));
    QStringList named;
    for (const QString &code : codes.trimmed().split(separators, Qt::SkipEmptyParts)) {
        QString name = code;
        for (const auto &[known, english] : names) {
            if (code.compare(QLatin1StringView(known), Qt::CaseInsensitive) == 0)
                name = language.translate("LanguageNames", english);
        }
        named.append(name);
    }
    return named.join(QStringLiteral(", "));
}

} // namespace ep
