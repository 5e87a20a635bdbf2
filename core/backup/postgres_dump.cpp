#include "backup/postgres_dump.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QProcess>

namespace paydesk::postgres_dump {

namespace {

constexpr int kToolTimeoutMs = 60 * 60 * 1000; // an hour: a year of a hospital's payments dumps in seconds

QString tr(const char* text)
{
    return QCoreApplication::translate("PostgresDump", text);
}

QStringList connectionArguments(const DatabaseUrl& url)
{
    return {QStringLiteral("--host"),     url.host, QStringLiteral("--port"),   QString::number(url.port),
            QStringLiteral("--username"), url.user, QStringLiteral("--dbname"), url.database};
}

// Runs a PostgreSQL tool to its end; its standard output, or what it said went wrong.
Result<QByteArray, QString> run(const QString& program,
                                const QStringList& arguments,
                                const DatabaseUrl* url = nullptr,
                                const QString& password = QString())
{
    QProcess tool;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (url) {
        const QString secret = url->password.isEmpty() ? password : url->password;
        if (!secret.isEmpty())
            environment.insert(QStringLiteral("PGPASSWORD"), secret);
        if (!url->sslMode.isEmpty())
            environment.insert(QStringLiteral("PGSSLMODE"), url->sslMode);
        environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QString::number(url->connectTimeoutSeconds));
    }
    tool.setProcessEnvironment(environment);
    tool.start(program, arguments);
    if (!tool.waitForStarted(10000))
        return tr("%1 could not be started (is postgresql-client installed?).").arg(program);
    if (!tool.waitForFinished(kToolTimeoutMs)) {
        tool.kill();
        tool.waitForFinished(5000);
        return tr("%1 did not finish within an hour.").arg(program);
    }
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return tr("%1 failed: %2").arg(program, QString::fromLocal8Bit(tool.readAllStandardError()).trimmed());
    return tool.readAllStandardOutput();
}

} // namespace

Status<QString> dump(const DatabaseUrl& url, const QString& password, const QString& path)
{
    auto dumped = run(
        QStringLiteral("pg_dump"),
        QStringList{QStringLiteral("--format=custom"), QStringLiteral("--no-owner"), QStringLiteral("--file"), path} +
            connectionArguments(url),
        &url, password);
    if (!dumped)
        return dumped.error();
    return {};
}

Result<BackupContents, QString> inspect(const QString& path)
{
    auto listing = run(QStringLiteral("pg_restore"), {QStringLiteral("--list"), path});
    if (!listing)
        return tr("The dump cannot be read: %1").arg(listing.error());
    BackupContents contents;
    if (!listing->contains("TABLE DATA public audit_log"))
        return tr("The dump holds no Paydesk database (no audit_log).");
    contents.integrity = QStringLiteral("ok");
    contents.auditVerified = false;
    // The applied migrations and the audit rows, as pg_restore writes their data out (COPY text).
    auto rows = [&](const QString& table) -> QList<QByteArrayList> {
        auto data =
            run(QStringLiteral("pg_restore"), {QStringLiteral("--data-only"), QStringLiteral("--table=%1").arg(table),
                                               QStringLiteral("--file=-"), path});
        QList<QByteArrayList> parsed;
        if (!data)
            return parsed;
        bool inCopy = false;
        for (const QByteArray& line : data->split('\n')) {
            if (line.startsWith("COPY ")) {
                inCopy = true;
                continue;
            }
            if (line == "\\.")
                inCopy = false;
            else if (inCopy)
                parsed << line.split('\t');
        }
        return parsed;
    };
    for (const QByteArrayList& row : rows(QStringLiteral("schema_migrations")))
        contents.schemaVersion = qMax(contents.schemaVersion, row.value(0).toInt());
    const QList<QByteArrayList> audit = rows(QStringLiteral("audit_log"));
    for (const QByteArrayList& row : audit) {
        if (row.value(0).toLongLong() > contents.lastAuditSeq) {
            contents.lastAuditSeq = row.value(0).toLongLong();
            contents.lastAuditAt = QString::fromUtf8(row.value(1));
        }
    }
    contents.audit.rowsChecked = audit.size();
    contents.invoices = rows(QStringLiteral("invoices")).size();
    contents.payments = rows(QStringLiteral("payments")).size();
    return contents;
}

Status<QString> restoreInto(const QString& path, const DatabaseUrl& url, const QString& password)
{
    Database::Options options;
    options.password = password;
    auto target = Database::open(url, options);
    if (!target)
        return target.error().message;
    auto tables = sql::exec(*target, QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                                                    "table_schema = 'public'"));
    const qint64 existing = tables && tables->next() ? tables->value(0).toLongLong() : -1;
    if (tables)
        tables->finish();
    target->releaseThreadConnection();
    if (existing != 0)
        return tr("Not restored: the database %1 is not empty. A restore goes into a new, empty database (createdb), "
                  "so that the one in use stays as it is; then point paydesk-server and the desks at it.")
            .arg(url.redacted());
    auto restored = run(QStringLiteral("pg_restore"),
                        QStringList{QStringLiteral("--no-owner"), QStringLiteral("--exit-on-error"),
                                    QStringLiteral("--single-transaction")} +
                            connectionArguments(url) + QStringList{path},
                        &url, password);
    if (!restored)
        return restored.error();
    return {};
}

} // namespace paydesk::postgres_dump
