#pragma once

namespace paydesk {

// Exit codes of paydesk and paydesk-server, documented in README.md ("Exit codes").
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,         // bad command line
    ExitDatabase = 2,      // database unreachable, missing, corrupt or a bad URL
    ExitSchemaTooNew = 3,  // the database was migrated by a newer Paydesk
    ExitAuditBroken = 4,   // audit verify found a broken chain
    ExitRefused = 5,       // the request was understood but refused (duplicate user, weak password, unknown user)
    ExitSecretMissing = 6, // a required secret is not configured
    ExitBackup = 7,        // a backup could not be written, read, checked or restored
};

} // namespace paydesk
