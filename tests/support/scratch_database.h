#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

#include <optional>

namespace paydesk::test {

// Backends every storage test runs on. PostgreSQL comes from PAYDESK_TEST_POSTGRES_URL (./dev.sh test starts a
// private cluster); without it the PostgreSQL rows skip, unless PAYDESK_REQUIRE_POSTGRES=1 makes that a failure.
void addBackendRows();

// A brand-new empty database on one backend: a file in a temporary folder, or a freshly created PostgreSQL
// database that is dropped afterwards.
class ScratchDatabase
{
  public:
    explicit ScratchDatabase(const QString& backend);
    ~ScratchDatabase();

    bool isReady() const { return m_db.has_value(); }
    QString skipReason() const { return m_skipReason; }
    const Database& db() const { return *m_db; }
    DatabaseUrl url() const { return m_url; }
    // Migrates, to the latest version or to `upTo` (an upgrade test's starting point); QVERIFY on the result.
    bool migrate(int upTo = 0);
    // Drops the connection (for tests that reopen).
    void close() { m_db.reset(); }

  private:
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    QString m_pgName;
    std::optional<Database> m_db;
    QString m_skipReason;
};

// Skips (or fails, when PostgreSQL is required) when the backend is not available. Use at the top of a test:
//   ScratchDatabase scratch(backend); PAYDESK_REQUIRE_READY(scratch);
#define PAYDESK_REQUIRE_READY(scratch)                                                                                 \
    do {                                                                                                               \
        if (!(scratch).isReady()) {                                                                                    \
            if (qEnvironmentVariableIntValue("PAYDESK_REQUIRE_POSTGRES") == 1)                                         \
                QFAIL(qPrintable((scratch).skipReason()));                                                             \
            QSKIP(qPrintable((scratch).skipReason()));                                                                 \
        }                                                                                                              \
    } while (false)

// The usual start of a data-driven storage test: a migrated scratch database on this row's backend.
//   void thing_data() { addBackendRows(); }
//   void thing() { PAYDESK_MIGRATED_SCRATCH(scratch); ... scratch.db() ... }
#define PAYDESK_MIGRATED_SCRATCH(scratch) PAYDESK_SCRATCH_AT_VERSION(scratch, 0)

// The same for an upgrade test: migrated up to `version` only (0: the latest).
#define PAYDESK_SCRATCH_AT_VERSION(scratch, version)                                                                   \
    QFETCH(QString, backend);                                                                                          \
    paydesk::test::ScratchDatabase scratch(backend);                                                                   \
    PAYDESK_REQUIRE_READY(scratch);                                                                                    \
    QVERIFY(scratch.migrate(version))

QString postgresAdminUrl();

} // namespace paydesk::test
