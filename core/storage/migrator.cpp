#include "storage/migrator.h"

#include "stats/stats_summaries.h"
#include "storage/sql.h"
#include "storage/sql_script.h"
#include "storage/transaction.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace paydesk {

namespace {

QString dialectFolder(Database::Dialect dialect)
{
    return dialect == Database::Dialect::Sqlite ? QStringLiteral(":/paydesk/migrations/sqlite")
                                                : QStringLiteral(":/paydesk/migrations/postgresql");
}

DbError tooNew(int found, int known)
{
    return {DbError::Kind::SchemaTooNew,
            QCoreApplication::translate("Database", "The database has schema version %1, but this Paydesk only knows "
                                                    "versions up to %2. Install the newer Paydesk that upgraded it.")
                .arg(found)
                .arg(known)};
}

} // namespace

QList<Migration> Migrator::available(Database::Dialect dialect)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QDir folder(dialectFolder(dialect));
    for (const QString& file : folder.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch()) {
            qCWarning(lcMigrations) << "ignoring resource with an unexpected name:" << file;
            continue;
        }
        QFile source(folder.filePath(file));
        if (!source.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = source.readAll();
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(bytes),
                           QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return migrations;
}

int Migrator::latestVersion()
{
    const auto migrations = available(Database::Dialect::Sqlite);
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

Status<DbError> Migrator::ensureSchemaTable() const
{
    auto created = sql::exec(m_db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                  " version INTEGER PRIMARY KEY,"
                                                  " name TEXT NOT NULL,"
                                                  " checksum TEXT NOT NULL,"
                                                  " applied_at TEXT NOT NULL)"));
    if (!created)
        return created.error();
    return {};
}

Result<int, DbError> Migrator::currentVersion() const
{
    if (auto table = ensureSchemaTable(); !table)
        return table.error();
    auto query = sql::exec(m_db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Status<DbError> Migrator::apply(const Migration& migration) const
{
    // SQLite changes a constraint only by rebuilding the table (create, copy, drop, rename), which must not see
    // the foreign keys that point at it. Its documented procedure: foreign keys off outside the transaction,
    // every key checked before the commit, on again afterwards, whatever happened.
    const bool sqlite = m_db.dialect() == Database::Dialect::Sqlite;
    struct ForeignKeysOff
    {
        Database db;
        bool active;
        ~ForeignKeysOff()
        {
            if (!active)
                return;
            if (auto on = sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON")); !on)
                qCCritical(lcMigrations) << "foreign keys could not be turned on again:" << on.error().message;
        }
    } keysOff{m_db, sqlite};
    if (sqlite) {
        if (auto off = sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
            return off.error();
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (m_db.dialect() == Database::Dialect::Postgres) {
        // Several paydesk-server instances may start together: one migrates, the others wait, then see it done.
        if (auto locked = sql::exec(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(7316)")); !locked)
            return locked.error();
    }
    auto done =
        sql::exec(m_db, QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"), {migration.version});
    if (!done)
        return done.error();
    if (done->next())
        return {}; // another process applied it while we waited
    done->finish();

    for (const QString& statement : splitSqlScript(migration.script)) {
        auto result = sql::exec(m_db, statement);
        if (!result) {
            return DbError{result.error().kind, QCoreApplication::translate("Database", "Migration %1 (%2) failed: %3")
                                                    .arg(migration.version)
                                                    .arg(migration.name, result.error().message)};
        }
    }
    if (sqlite) {
        auto broken = sql::exec(m_db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!broken)
            return broken.error();
        if (broken->next()) {
            return DbError{DbError::Kind::Constraint,
                           QCoreApplication::translate("Database",
                                                       "Migration %1 (%2) would leave a row of %3 pointing at "
                                                       "nothing in %4; nothing was changed.")
                               .arg(migration.version)
                               .arg(migration.name, broken->value(0).toString(), broken->value(2).toString())};
        }
    }
    auto recorded = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, applied_at) "
                       "VALUES (?, ?, ?, ?)"),
        {migration.version, migration.name, migration.checksum, sql::isoUtc(QDateTime::currentDateTimeUtc())});
    if (!recorded)
        return recorded.error();
    return transaction.commit();
}

Result<QList<int>, DbError> Migrator::migrate(int upTo) const
{
    auto current = currentVersion();
    if (!current)
        return current.error();
    const auto migrations = available(m_db.dialect());
    const int known = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (current.value() > known)
        return tooNew(current.value(), known);

    // A shipped migration must never change after release: warn loudly if an applied one differs.
    if (auto applied = sql::exec(m_db, QStringLiteral("SELECT version, checksum FROM schema_migrations")); applied) {
        while (applied->next()) {
            for (const Migration& migration : migrations) {
                if (migration.version == applied->value(0).toInt() &&
                    migration.checksum != applied->value(1).toString())
                    qCWarning(lcMigrations) << "migration" << migration.version << "differs from the one applied";
            }
        }
    }

    QList<int> appliedNow;
    for (const Migration& migration : migrations) {
        if (migration.version <= current.value() || (upTo > 0 && migration.version > upTo))
            continue;
        if (auto status = apply(migration); !status)
            return status.error();
        qCInfo(lcMigrations) << "applied migration" << migration.version << migration.name;
        appliedNow << migration.version;
    }
    return appliedNow;
}

Result<Database, DbError> openMigrated(const DatabaseUrl& url, const Database::Options& options)
{
    auto db = Database::open(url, options);
    if (!db)
        return db.error();
    if (auto migrated = Migrator(*db).migrate(); !migrated)
        return migrated.error();
    // Summaries new to this schema are counted from the rows already there, once.
    if (auto counted = stats::rebuildSummariesIfNeeded(*db); !counted)
        return counted.error();
    return db;
}

} // namespace paydesk
