#include "scratch_database.h"

#include "storage/migrator.h"
#include "storage/sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QTest>

namespace paydesk::test {

namespace {

QAtomicInteger<int> counter{0};

// Runs one statement on the cluster's maintenance database (CREATE/DROP DATABASE cannot run in a transaction).
bool runAdmin(const QString& statement, QString* error)
{
    auto url = DatabaseUrl::parse(postgresAdminUrl());
    if (!url) {
        *error = url.error().message;
        return false;
    }
    auto admin = Database::open(*url);
    if (!admin) {
        *error = admin.error().message;
        return false;
    }
    auto result = sql::exec(*admin, statement);
    if (!result) {
        *error = result.error().message;
        return false;
    }
    return true;
}

} // namespace

QString postgresAdminUrl()
{
    return qEnvironmentVariable("PAYDESK_TEST_POSTGRES_URL");
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

ScratchDatabase::ScratchDatabase(const QString& backend)
{
    if (backend == u"sqlite") {
        m_url.path = m_dir.filePath(QStringLiteral("scratch.sqlite3"));
        Database::Options options;
        options.create = Database::CreateMode::CreateIfMissing;
        auto db = Database::open(m_url, options);
        if (!db) {
            m_skipReason = db.error().message;
            return;
        }
        m_db = *db;
        return;
    }
    if (postgresAdminUrl().isEmpty()) {
        m_skipReason = QStringLiteral("PAYDESK_TEST_POSTGRES_URL is not set: run through ./dev.sh test");
        return;
    }
    m_pgName =
        QStringLiteral("paydesk_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    QString error;
    if (!runAdmin(QStringLiteral("CREATE DATABASE %1").arg(m_pgName), &error)) {
        m_skipReason = error;
        m_pgName.clear();
        return;
    }
    m_url = *DatabaseUrl::parse(postgresAdminUrl());
    m_url.database = m_pgName;
    auto db = Database::open(m_url);
    if (!db) {
        m_skipReason = db.error().message;
        return;
    }
    m_db = *db;
}

ScratchDatabase::~ScratchDatabase()
{
    m_db.reset();
    if (!m_pgName.isEmpty()) {
        QString error;
        if (!runAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName), &error))
            qWarning("could not drop %s: %s", qPrintable(m_pgName), qPrintable(error));
    }
}

bool ScratchDatabase::migrate(int upTo)
{
    if (!m_db)
        return false;
    auto result = Migrator(*m_db).migrate(upTo);
    if (!result)
        qWarning("migration failed: %s", qPrintable(result.error().message));
    return result.ok();
}

} // namespace paydesk::test
