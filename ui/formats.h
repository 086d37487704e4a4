#pragma once

#include <QString>

namespace ep {

// The locale's short date format with a four-digit year (26.11.2026, not
// 26.11.26): dates of events lie years apart.
QString dateFormat();
QString dateTimeFormat();
QString timeFormat();

} // namespace ep
