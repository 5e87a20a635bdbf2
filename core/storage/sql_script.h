#pragma once

#include <QString>
#include <QStringList>

namespace paydesk {

// Splits a migration script into single statements (QSqlQuery runs one at a time on SQLite). Semicolons inside
// quotes, dollar-quoted bodies, comments, and the BEGIN ... END of a SQLite trigger do not end a statement.
QStringList splitSqlScript(const QString& script);

} // namespace paydesk
