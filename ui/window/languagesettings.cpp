#include "window/languagesettings.h"

#include "domain/language.h"

#include <QSettings>

namespace ep {

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
