#pragma once

#include <QString>

namespace ep::cli {

class Console;
class Invocation;

// "stats [--from DATE] [--to DATE] [--by year|kind|country|organisation|topic|site]
// [--format table|csv|json]": the partnership in figures (storage/statistics.h).
QString checkStatsUsage(const Invocation &invocation);
int runStats(const Invocation &invocation, Console &console);

} // namespace ep::cli
