// The floor of bench_startup: a bare QMainWindow holding an empty QTableView,
// with the same --quit-after-first-paint as the program's window, started
// the same way, at the size the program's window first opens with
// (WindowLayout::restore), so both paint as many pixels. Built with
// -DEXCHANGE_PLANNER_BENCHMARKS=ON.

#include "quitafterfirstpaint.h"

#include <QApplication>
#include <QMainWindow>
#include <QTableView>

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QTableView);
    window.resize(1400, 900);
    QuitAfterFirstPaint quitter;
    if (QCoreApplication::arguments().contains(u"--quit-after-first-paint"_qs))
        window.installEventFilter(&quitter);
    window.show();
    return application.exec();
}
