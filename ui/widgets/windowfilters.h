#pragma once

#include <QApplication>
#include <QPointer>

// What every window of the planner gets as it is shown, by filters on the
// application's events (issue 18): its fields named for screen readers
// (accessiblenames.h), its dialogs scrolling (scrollingdialogs.h), Tab that
// leaves every list and a focus always seen (keyboardfocus.h), Alt letters
// unique per window (mnemonics.h).
namespace ep::windowfilters {

// Installs all of them. The main window calls it; so do tests that make
// dialogs without one, to see what users get. Idempotent.
void install();

// Installs one `Filter` (a QObject with an eventFilter) on the application,
// once per application.
template <typename Filter>
void installOnce()
{
    static QPointer<Filter> filter;
    if (filter || !qApp)
        return;
    filter = new Filter(qApp);
    qApp->installEventFilter(filter);
}

} // namespace ep::windowfilters
