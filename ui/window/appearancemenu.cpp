#include "window/appearancemenu.h"

#include <QActionGroup>
#include <QEvent>

namespace ep {

AppearanceMenu::AppearanceMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("appearanceMenu"));
    for (Appearance appearance : allAppearances) {
        QAction *action = addAction(QString());
        action->setObjectName(appearanceName(appearance));
        action->setCheckable(true);
        action->setChecked(appearance == currentAppearance());
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [appearance] {
            setChosenAppearance(appearance);
            applyAppearance(appearance);
        });
        if (appearance == Appearance::System)
            addSeparator();
    }
    retranslate();
}

QAction *AppearanceMenu::action(Appearance appearance) const
{
    return m_group->actions().value(qsizetype(appearance));
}

void AppearanceMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void AppearanceMenu::retranslate()
{
    //: View › Appearance: the colours of the window
    setTitle(tr("&Appearance"));
    //: View › Appearance: the desktop's colours
    action(Appearance::System)->setText(tr("&System Colours"));
    action(Appearance::Light)->setText(tr("&Light"));
    action(Appearance::Dark)->setText(tr("&Dark"));
    action(Appearance::HighContrast)->setText(tr("&High Contrast"));
}

} // namespace ep
