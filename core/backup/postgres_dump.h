#pragma once

#include "backup/backup_contents.h"
#include "storage/database_url.h"
#include "util/result.h"

#include <QString>

namespace paydesk::postgres_dump {

// The hospital's PostgreSQL database through PostgreSQL's own tools (pg_dump, pg_restore from postgresql-client):
// a dump in the custom format, checked by pg_restore, restored only into an empty database. The password goes to
// the tools in their environment (PGPASSWORD), never on a command line.

Status<QString> dump(const DatabaseUrl& url, const QString& password, const QString& path);
// Readable by pg_restore, and what it holds: the schema version and the audit rows (the chain itself is verified
// once restored: paydesk-server audit verify).
Result<BackupContents, QString> inspect(const QString& path);
// Into `url`, which must be an empty database: a restore never overwrites the database in use.
Status<QString> restoreInto(const QString& path, const DatabaseUrl& url, const QString& password);

} // namespace paydesk::postgres_dump
