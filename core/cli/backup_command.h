#pragma once

#include "storage/database_url.h"

#include <QStringList>
#include <QTextStream>

namespace paydesk {

struct BackupCommandOptions
{
    DatabaseUrl database;
    QString folder; // --folder, or the config's backup/folder
    QString actor = QStringLiteral("paydesk-server");
};

// `paydesk-server backup new-key | create | list | verify FILE | restore FILE`. The key is the recovery code in
// PAYDESK_BACKUP_KEY (or _FILE, or the systemd credential backup-key); `new-key` prints a fresh one.
int backupCommand(const QStringList& args, const BackupCommandOptions& options, QTextStream& out, QTextStream& err);

} // namespace paydesk
