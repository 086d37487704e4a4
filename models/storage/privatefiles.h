#pragma once

#include <QString>
#include <QtGlobal>

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

// While it lives, every file the process makes is its owner's alone
// (umask 077): for files that a library writes through a temporary name
// (QSaveFile), a person's data export. The umask is the process's: made in
// the thread that writes, for as short as the write.
class OwnerOnlyFiles final
{
public:
    OwnerOnlyFiles();
    ~OwnerOnlyFiles();
    Q_DISABLE_COPY_MOVE(OwnerOnlyFiles)

private:
    unsigned m_previous;
};

} // namespace ep::privatefiles
