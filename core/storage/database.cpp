#include "storage/database.h"

#include "util/logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

namespace paydesk {

struct Database::State
{
    DatabaseUrl url;
    Options options;
    int instance = 0;
    QMutex mutex;
    QStringList connectionNames;

    ~State()
    {
        for (const QString& name : std::as_const(connectionNames))
            QSqlDatabase::removeDatabase(name);
    }
};

namespace {

QAtomicInteger<int> nextInstance{1};

DbError failure(DbError::Kind kind, const QString& message)
{
    return {kind, message};
}

// Sets a pragma, then reads it back: SQLite ignores pragmas it cannot apply (WAL on some file systems, for one).
Result<bool, DbError> setPragma(QSqlDatabase& db, const QString& name, const QString& value, const QString& expected)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA %1 = %2").arg(name, value)))
        return Database::classify(query.lastError(), Database::Dialect::Sqlite);
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(name)) || !query.next())
        return Database::classify(query.lastError(), Database::Dialect::Sqlite);
    const QString actual = query.value(0).toString().toLower();
    if (actual != expected) {
        return failure(DbError::Kind::Query,
                       QCoreApplication::translate("Database", "SQLite refused PRAGMA %1 = %2 (it is %3).")
                           .arg(name, value, actual));
    }
    return true;
}

} // namespace

DbError Database::classify(const QSqlError& error, Dialect dialect)
{
    const QString text = error.text().simplified(); // libpq messages span lines; ours are one line
    if (dialect == Dialect::Sqlite) {
        if (text.contains(u"file is not a database") || text.contains(u"malformed"))
            return failure(DbError::Kind::Corrupt,
                           QCoreApplication::translate("Database", "The database file is damaged or is not a "
                                                                   "Paydesk database (%1).")
                               .arg(text));
    } else if (error.type() == QSqlError::ConnectionError) {
        return failure(
            DbError::Kind::Unreachable,
            QCoreApplication::translate("Database", "Cannot connect to the PostgreSQL server: %1").arg(text.trimmed()));
    }
    const QString code = error.nativeErrorCode();
    // SQLite: 19 / 2067 / 1555 / 787 are constraint failures; PostgreSQL: class 23.
    if (code.startsWith(u"23") || code == u"19" || code == u"2067" || code == u"1555" || code == u"787" ||
        text.contains(u"constraint", Qt::CaseInsensitive))
        return failure(DbError::Kind::Constraint, text);
    return failure(DbError::Kind::Query, text);
}

Result<Database, DbError> Database::open(const DatabaseUrl& url, const Options& options)
{
    const QString driver = url.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return failure(DbError::Kind::DriverMissing,
                       QCoreApplication::translate("Database", "The Qt SQL driver %1 is not installed.").arg(driver));
    }
    if (url.isSqlite()) {
        const QFileInfo file(url.path);
        if (file.exists() && !file.isFile()) {
            return failure(DbError::Kind::NotFound,
                           QCoreApplication::translate("Database", "%1 is not a file.").arg(url.path));
        }
        if (!file.exists()) {
            if (options.create == CreateMode::MustExist) {
                return failure(
                    DbError::Kind::NotFound,
                    QCoreApplication::translate("Database", "The database file %1 does not exist.").arg(url.path));
            }
            if (!QDir().mkpath(file.absolutePath())) {
                return failure(
                    DbError::Kind::NotFound,
                    QCoreApplication::translate("Database", "Cannot create the folder %1.").arg(file.absolutePath()));
            }
        }
    }
    auto state = std::make_shared<State>();
    state->url = url;
    state->options = options;
    state->instance = nextInstance.fetchAndAddRelaxed(1);
    Database database(state);
    auto connection = database.openThreadConnection();
    if (!connection)
        return connection.error();
    qCInfo(lcStorage) << "opened" << url.redacted();
    return database;
}

QString Database::connectionName() const
{
    return QStringLiteral("paydesk-%1-%2").arg(m_state->instance).arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    auto opened = openThreadConnection();
    if (!opened)
        qCWarning(lcStorage) << "connection failed:" << opened.error().message;
    return QSqlDatabase::database(name, false);
}

Result<QSqlDatabase, DbError> Database::openThreadConnection() const
{
    const QString name = connectionName();
    const DatabaseUrl& url = m_state->url;
    QSqlDatabase db;
    if (QSqlDatabase::contains(name)) {
        db = QSqlDatabase::database(name, false);
    } else {
        db = QSqlDatabase::addDatabase(url.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
        QMutexLocker lock(&m_state->mutex);
        m_state->connectionNames.append(name);
    }
    if (url.isSqlite()) {
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_state->options.busyTimeoutMs));
    } else {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password.isEmpty() ? m_state->options.password : url.password);
        db.setDatabaseName(url.database);
        QStringList connectOptions{QStringLiteral("connect_timeout=%1").arg(url.connectTimeoutSeconds),
                                   QStringLiteral("application_name=paydesk")};
        if (!url.sslMode.isEmpty())
            connectOptions << QStringLiteral("sslmode=%1").arg(url.sslMode);
        db.setConnectOptions(connectOptions.join(u';'));
    }
    if (!db.open())
        return classify(db.lastError(), dialect());

    if (url.isSqlite()) {
        const QString busy = QString::number(m_state->options.busyTimeoutMs);
        for (const auto& [pragma, value, expected] :
             {std::tuple{QStringLiteral("busy_timeout"), busy, busy},
              std::tuple{QStringLiteral("journal_mode"), QStringLiteral("WAL"), QStringLiteral("wal")},
              std::tuple{QStringLiteral("foreign_keys"), QStringLiteral("ON"), QStringLiteral("1")},
              std::tuple{QStringLiteral("synchronous"), QStringLiteral("FULL"), QStringLiteral("2")}}) {
            if (auto set = setPragma(db, pragma, value, expected); !set) {
                db.close();
                return set.error();
            }
        }
    } else {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SET TIME ZONE 'UTC'"))) {
            const DbError error = classify(query.lastError(), dialect());
            db.close();
            return error;
        }
    }
    return db;
}

Database::Dialect Database::dialect() const
{
    return m_state->url.isSqlite() ? Dialect::Sqlite : Dialect::Postgres;
}

const DatabaseUrl& Database::url() const
{
    return m_state->url;
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_state->mutex);
    m_state->connectionNames.removeAll(name);
}

} // namespace paydesk
