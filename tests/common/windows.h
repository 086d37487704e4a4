#pragma once

#include "storage/database.h"
#include "window/mainwindow.h"

#include <QTest>

#include <memory>

namespace ep::test {

// The database at `path`, open; the test ends when it cannot be opened.
inline std::unique_ptr<Database> openDatabase(const QString &path)
{
    auto database = std::make_unique<Database>();
    const Database::OpenResult result = database->open(path);
    if (!result.ok())
        qFatal("%s", qPrintable(result.message));
    return database;
}

// A main window on the database at `path`, shown and exposed.
inline std::unique_ptr<MainWindow> showWindow(const QString &path)
{
    auto window = std::make_unique<MainWindow>(openDatabase(path));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("the main window was not exposed");
    return window;
}

} // namespace ep::test
