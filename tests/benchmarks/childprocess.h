#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Shared by the benchmarks that time whole programs (Linux: fork, exec, wait4).

struct Measurement
{
    double milliseconds = 0;
    long peakKilobytes = 0; // the child's maximum resident set size
    int exitCode = -1;
};

// Runs `command` (found on PATH) to its end: stdin from `input` when given,
// stdout thrown away, and stderr too with `quiet`.
Measurement measure(const QStringList &command, const QString &input = {}, bool quiet = false);

double median(QList<double> values);
