#pragma once

#include <QString>

namespace ep {

// Whether two paths name one file, however they are spelled: a relative
// path, "..", a symbolic link or a hard link all reach the same file, which
// comparing the strings misses. Existing files are compared by device and
// inode; two paths of which neither exists yet, by the canonical path of
// their folder and their name. A path that exists and one that does not are
// never the same file.
bool isSameFile(const QString &one, const QString &other);

} // namespace ep
