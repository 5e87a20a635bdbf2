#pragma once

#include <QString>

namespace paydesk {

// Why a database operation failed, in words a cashier or an operator can act on.
struct DbError
{
    enum class Kind {
        BadUrl,        // the configured URL cannot be understood
        DriverMissing, // the Qt SQL driver for this backend is not installed
        NotFound,      // the SQLite file (or its folder) does not exist and may not be created
        Unreachable,   // the server did not answer or refused the login
        Corrupt,       // the file is not a usable SQLite database
        SchemaTooNew,  // the database was migrated by a newer Paydesk
        Constraint,    // a unique or foreign key rule refused the change
        Query,         // any other failed statement
    };
    Kind kind = Kind::Query;
    QString message;
};

} // namespace paydesk
