#include "widgets/noticelabel.h"

#include <QLabel>

namespace ep {

void makeNotice(QLabel *label)
{
    label->setWordWrap(true);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::ToolTipBase);
    label->setForegroundRole(QPalette::ToolTipText);
    label->hide();
}

} // namespace ep
