#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

// --quit-after-first-paint: ends the program once the window it watches has
// been painted, so that a whole start-up can be timed from outside. Header
// only: the bare window of tests/benchmarks/bench_startup uses it as well.
class QuitAfterFirstPaint final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};
