#pragma once

namespace ep {

// The areas of the main window. Their order in the window, and all else the
// window knows of each, is in window/areas.h.
enum class Area
{
    Events,
    People,
    Organisations,
    Sites,
    Topics
};

} // namespace ep
