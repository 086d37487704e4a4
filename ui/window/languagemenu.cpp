#include "window/languagemenu.h"

#include "domain/catalogues.h"
#include "domain/language.h"
#include "window/languagesettings.h"

#include <QActionGroup>
#include <QEvent>

namespace ep {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    // Each language is named in itself: whoever cannot read the current
    // one still finds their own.
    QList<std::pair<QString, QString>> languages{{QString(), QString()}};
    for (Language language : allLanguages)
        languages.append({languageCode(language), endonym(language)});
    const QString chosen = chosenLanguage();
    for (const auto &[code, name] : languages) {
        QAction *language = addAction(name);
        language->setData(code);
        language->setCheckable(true);
        language->setChecked(code == chosen);
        m_group->addAction(language);
        connect(language, &QAction::triggered, this, [this, code = code] { choose(code); });
        if (code.isEmpty())
            addSeparator();
    }
    retranslate();
}

QAction *LanguageMenu::action(const QString &code) const
{
    for (QAction *language : m_group->actions()) {
        if (language->data().toString() == code)
            return language;
    }
    return nullptr;
}

void LanguageMenu::choose(const QString &code)
{
    setChosenLanguage(code);
    installTranslations(workingLocale());
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslate()
{
    //: the menu that switches the window's language
    setTitle(tr("&Language"));
    action(QString())->setText(tr("&System Language"));
}

} // namespace ep
