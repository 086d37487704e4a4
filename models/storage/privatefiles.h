#pragma once

#include <QString>

// Files that hold personal data are their owner's alone (the GDPR's
// "appropriate technical measures"): a database, the journal files SQLite
// makes beside it (which take the database's mode), every backup and a
// person's data export are readable and writable by their owner only
// (0600), the planner's data folder and the folders it makes for them are
// 0700. Other exports follow the user's umask.
namespace ep::privatefiles {

// Makes `path` an empty file, readable and writable by its owner only.
// False, with the system's reason in `error`, if it exists already or
// cannot be made.
bool createEmpty(const QString &path, QString *error = nullptr);

// Makes the folder `path` with the folders above it that are missing, each
// of those 0700; folders that exist keep their mode. False if one cannot
// be made.
bool makeFolder(const QString &path);

// Takes group's and others' access away from an existing file (to 0600 at
// most) or folder (0700 at most): for what earlier versions made with the
// umask's mode. False if the mode could not be changed.
bool restrictToOwner(const QString &path);

} // namespace ep::privatefiles
