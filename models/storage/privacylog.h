#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// The office's record of what it did to personal data (privacy_log): when,
// what (an erasure, a retention rule applied), how many people and by whom
// (actingUser()) — never whose data.
namespace ep::privacylog {

enum class Action
{
    Erasure,
    Retention
};

// Adds an entry, inside the caller's transaction. `rule`: the retention
// rule's code; empty for an erasure.
QSqlError record(const QSqlDatabase &db, Action action, int people, const QString &rule = {});

// The newest entry's id; 0: none. A window that sees it grow clears its
// undo history, which may hold what was erased or anonymised.
int lastEntry(const QSqlDatabase &db);

} // namespace ep::privacylog
