#pragma once

#include "window/area.h"

#include <QObject>

namespace ep {

// Announces every change written to the database from the window (saves,
// deletions, their undo and redo), so lists and forms of every area show it.
class RecordChanges final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void changed(ep::Area area, int id);
    // A change could not be written; one sentence for the user.
    void failed(const QString &message);
};

} // namespace ep
