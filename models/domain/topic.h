#pragma once

#include "domain/localizedtext.h"

namespace ep {

// A focus area of the partnership, e.g. "re-use of post-industrial land".
struct Topic
{
    int id = 0; // 0: not stored yet
    LocalizedText name;

    int version = 0; // of the stored row, see Event::version

    friend bool operator==(const Topic &, const Topic &) = default;
};

} // namespace ep
