#pragma once

#include <QString>

// The copy of a database file written before its schema is upgraded, beside
// it: NAME.schema-vN-backup-YYYYMMDD-HHMMSS.sqlite.
namespace ep::upgradebackup {

// A new name for the copy of `path` at schema `version`, taken by no file.
QString newPath(const QString &path, int version);

// The copy an earlier upgrade of `path` from `version` wrote, if it still
// holds what the file holds: an upgrade that failed left the file as it
// was, so its one copy is kept instead of a new one at every open. Still
// holding it: the newest such copy is newer than the file's last change,
// and no change waits in the file's write-ahead log. Empty otherwise.
QString current(const QString &path, int version);

} // namespace ep::upgradebackup
