#pragma once

#include "window/area.h"

#include <QList>

namespace ep {

class RecordForm;
struct ListDefinition;
struct Workspace;

// Everything in which one area of the main window differs from another. An
// area is added by an enumerator in Area and its entry in areaDescriptions();
// the window and its pages take the rest from here.
//
// The texts are marked for translation, not translated: the class that shows
// one translates it with tr() in the context it is marked in (named below),
// so that it follows a change of language.
struct AreaDescription
{
    Area area;
    // In settings ("window/splitter/events") and object names ("eventsPage").
    const char *key;
    const char *name;              // ep::MainWindow: the navigation and the View menu
    const char *searchPlaceholder; // ep::AreaPage
    const char *newRecordTitle;    // ep::AreaPage: above the form of a record not yet saved
    const char *count;             // ep::AreaPage, with %n: how many records the list shows
    // The list, in the language of the window where it shows texts kept in
    // three languages: called again when the language changes.
    ListDefinition (*list)();
    // A form for the area's records, owned by the caller.
    RecordForm *(*makeForm)(const Workspace &workspace);
};

// Every area, in the order of the navigation, the View menu and Ctrl+1 ….
const QList<AreaDescription> &areaDescriptions();
// The area's place in areaDescriptions(): its row in the navigation.
int navigationIndex(Area area);

} // namespace ep
