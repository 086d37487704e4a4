#pragma once

namespace ep {

// The areas of the main window, in the order of its navigation.
enum class Area
{
    Events,
    People,
    Organisations,
    Sites,
    Topics
};

inline constexpr Area allAreas[] = {Area::Events, Area::People, Area::Organisations, Area::Sites,
                                    Area::Topics};

} // namespace ep
