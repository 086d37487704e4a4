#pragma once

#include <QIcon>

namespace ep {

// The program's icon (the window's, the task bar's): the PNG of each size
// in the resources (:/icons/exchange-planner-<size>.png), each read when
// first drawn at its size. Qt 6.4's file icons read every size when the
// icon is made, which cost a twentieth of the start-up before the window
// painted.
QIcon applicationIcon();

} // namespace ep
