#pragma once

#include "window/appearance.h"

#include <QMenu>

class QActionGroup;

namespace ep {

// View › Appearance: the desktop's colours, light, dark or high contrast.
// The choice applies at once to every open window and is remembered for
// the next start.
class AppearanceMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit AppearanceMenu(QWidget *parent = nullptr);

    QAction *action(Appearance appearance) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QActionGroup *m_group;
};

} // namespace ep
