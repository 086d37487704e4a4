#include "childprocess.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

Measurement measure(const QStringList &command, const QString &input, bool quiet)
{
    QList<QByteArray> arguments;
    for (const QString &argument : command)
        arguments.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    const QByteArray inputPath = input.toLocal8Bit();

    std::fflush(nullptr); // else the child writes our buffered output a second time
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        if (!inputPath.isEmpty())
            freopen(inputPath.constData(), "r", stdin);
        freopen("/dev/null", "w", stdout);
        if (quiet)
            freopen("/dev/null", "w", stderr);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Measurement result;
    result.milliseconds = timer.nsecsElapsed() / 1e6;
    result.peakKilobytes = usage.ru_maxrss;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}
