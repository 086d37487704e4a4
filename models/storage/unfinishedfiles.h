#pragma once

#include <QString>

namespace ep {

// A file written under a temporary name until it is complete (a backup's
// "NAME.partial", a copy's). While it is being written, it is recorded with
// the writing process in the user's settings, which every planner process
// shares and locks; the record goes when the writer is done with it (the
// file renamed or removed). A writer that dies meanwhile (killed, power
// cut) leaves its file and the record, and the next start of the planner
// removes both: removeAbandoned().
class UnfinishedFile final
{
public:
    explicit UnfinishedFile(QString path);
    ~UnfinishedFile();
    Q_DISABLE_COPY_MOVE(UnfinishedFile)

    const QString &path() const { return m_path; }

    // Removes the recorded files (with SQLite's -wal, -shm and -journal
    // beside them) whose writers no longer run, and their records; the
    // files of running writers are left. Returns how many were removed.
    static int removeAbandoned();

private:
    QString m_path;
};

} // namespace ep
