#include "domain/catalogues.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ep {

QString catalogueOf(Language language)
{
    return u":/i18n/exchange-planner_"_qs % languageCode(language);
}

void installTranslations(const QLocale &locale)
{
    static QTranslator *application = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **translator : {&application, &qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    // Every language other than German and Polish gets English, whose
    // catalogue holds the plural forms ("1 event", "2 events").
    const Language language = languageOfLocale(locale);
    application = new QTranslator(QCoreApplication::instance());
    if (application->load(catalogueOf(language)))
        QCoreApplication::installTranslator(application);
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(
        language == Language::English ? QLocale(QLocale::English, QLocale::UnitedKingdom) : locale);
}

} // namespace ep
