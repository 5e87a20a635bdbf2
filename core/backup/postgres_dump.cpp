#include "backup/postgres_dump.h"

#include "storage/database.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>

#include <functional>

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

// Runs a PostgreSQL tool to its end; its standard output, or what it said went wrong. With `onLine`, the output is
// handed over line by line as it comes instead (a dump's data can be far bigger than memory should hold).
Result<QByteArray, QString> run(const QString& program,
                                const QStringList& arguments,
                                const DatabaseUrl* url = nullptr,
                                const QString& password = QString(),
                                const std::function<void(const QByteArray&)>& onLine = {})
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
    if (onLine) {
        QDeadlineTimer deadline(kToolTimeoutMs);
        tool.setReadChannel(QProcess::StandardOutput);
        const auto drain = [&] {
            while (tool.canReadLine())
                onLine(tool.readLine().chopped(1));
        };
        while (tool.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            tool.waitForReadyRead(1000);
            drain();
        }
        if (tool.state() != QProcess::NotRunning) {
            tool.kill();
            tool.waitForFinished(5000);
            return tr("%1 did not finish within an hour.").arg(program);
        }
        drain();
        if (const QByteArray rest = tool.readAll(); !rest.isEmpty())
            onLine(rest);
    }
    // (waitForFinished() says false for a process that has already finished.)
    if (tool.state() != QProcess::NotRunning && !tool.waitForFinished(kToolTimeoutMs)) {
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
    // The applied migrations, the audit rows, invoices and payments, in one pass over pg_restore's COPY text,
    // counted as it streams by.
    QByteArray table;
    qint64 invoices = 0;
    qint64 payments = 0;
    qint64 auditRows = 0;
    auto data = run(QStringLiteral("pg_restore"),
                    {QStringLiteral("--data-only"), QStringLiteral("--table=schema_migrations"),
                     QStringLiteral("--table=audit_log"), QStringLiteral("--table=invoices"),
                     QStringLiteral("--table=payments"), QStringLiteral("--file=-"), path},
                    nullptr, QString(), [&](const QByteArray& line) {
                        if (line.startsWith("COPY ")) {
                            table = line.mid(5, line.indexOf(' ', 5) - 5).split('.').last();
                            return;
                        }
                        if (line == "\\.") {
                            table.clear();
                            return;
                        }
                        if (table == "schema_migrations") {
                            contents.schemaVersion =
                                qMax(contents.schemaVersion, line.left(line.indexOf('\t')).toInt());
                        } else if (table == "audit_log") {
                            ++auditRows;
                            const QList<QByteArray> fields = line.split('\t');
                            if (fields.value(0).toLongLong() > contents.lastAuditSeq) {
                                contents.lastAuditSeq = fields.value(0).toLongLong();
                                contents.lastAuditAt = QString::fromUtf8(fields.value(1));
                            }
                        } else if (table == "invoices") {
                            ++invoices;
                        } else if (table == "payments") {
                            ++payments;
                        }
                    });
    if (!data)
        return tr("The dump's data cannot be read: %1").arg(data.error());
    contents.audit.rowsChecked = auditRows;
    contents.invoices = invoices;
    contents.payments = payments;
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
