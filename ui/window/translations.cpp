#include "window/translations.h"

#include "domain/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
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
    QLocale::setDefault(code == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom) : locale);
}

QString chosenLanguage()
{
    const QString code = QSettings().value(QStringLiteral("language")).toString();
    return languageFromCode(code) ? code : QString();
}

void setChosenLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
}

QLocale workingLocale()
{
    const QLocale system = QLocale::system();
    const QString systemCode = languageCode(languageOfLocale(system));
    const QString code = chosenLanguage().isEmpty() ? systemCode : chosenLanguage();
    // An Austrian German or any Polish system keeps its own conventions.
    if (code == systemCode && code != u"en")
        return system;
    if (code == u"de")
        return QLocale(QLocale::German, QLocale::Germany);
    if (code == u"pl")
        return QLocale(QLocale::Polish, QLocale::Poland);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace ep
