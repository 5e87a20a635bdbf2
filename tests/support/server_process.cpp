#include "server_process.h"

#include "cli/server_cli.h"
#include "util/app_identity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <csignal>
#include <cstring>

namespace paydesk::test {

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        kill9();
}

quint16 ServerProcess::start(int timeoutMs)
{
    const QString database = m_options.database.isSqlite() ? QStringLiteral("sqlite:") + m_options.database.path
                                                           : m_options.database.redacted();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PAYDESK_PAYSTACK_SECRET"), QString::fromUtf8(m_options.paystackSecret));
    for (const QString& pair : std::as_const(m_options.environment))
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // Its log goes to a file: a pipe nobody reads would fill and stop the server mid-write.
    static int started = 0;
    m_logPath = QDir::temp().filePath(
        QStringLiteral("paydesk-server-%1-%2.log").arg(QCoreApplication::applicationPid()).arg(++started));
    m_process.setStandardErrorFile(m_logPath);
    m_process.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--paydesk-server"), QStringLiteral("--database"), database,
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_options.port),
                     QStringLiteral("--paystack-url"), m_options.paystackUrl.toString(), QStringLiteral("serve")});
    static const QRegularExpression where(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)"));
    QString out;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(100);
        out += QString::fromUtf8(m_process.readAllStandardOutput());
        if (const auto match = where.match(out); match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return m_port;
        }
    }
    QFile log(m_logPath);
    m_error = out + (log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(4000)) : QString());
    kill9();
    return 0;
}

void ServerProcess::freeze()
{
    if (m_process.state() != QProcess::NotRunning)
        ::kill(pid_t(m_process.processId()), SIGSTOP);
}

void ServerProcess::kill9()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(10000);
}

int ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        kill9();
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

int runServerChild(int argc, char* argv[])
{
    if (argc < 2 || std::strcmp(argv[1], "--paydesk-server") != 0)
        return -1;
    QCoreApplication app(argc, argv);
    applyApplicationIdentity();
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1);
    arguments[0] = QStringLiteral("paydesk-server");
    QTextStream in(stdin);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runServerCli(arguments, in, out, err, false);
}

} // namespace paydesk::test
