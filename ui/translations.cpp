#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ep {

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
    const QLocale::Language language = locale.language();
    const QString code = language == QLocale::German   ? QStringLiteral("de")
                         : language == QLocale::Polish ? QStringLiteral("pl")
                                                       : QStringLiteral("en");
    application = new QTranslator(QCoreApplication::instance());
    if (application->load(u":/i18n/exchange-planner_"_qs % code))
        QCoreApplication::installTranslator(application);
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(locale);
}

} // namespace ep
