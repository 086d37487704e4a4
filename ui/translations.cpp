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
    application = new QTranslator(QCoreApplication::instance());
    if (application->load(locale, QStringLiteral("exchange-planner"), QStringLiteral("_"),
                          QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(application);
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(locale);
}

} // namespace ep
