#pragma once

#include "storage/database_url.h"

#include <QProcess>
#include <QUrl>

namespace paydesk::test {

// `paydesk-server serve` as a real child process, for tests and benchmarks that kill it, load it from outside, or
// run two at once. Tests link libraries, not executables, so the child is this same executable started with
// `--paydesk-server`: main() hands such a start to runServerChild() before anything else.
class ServerProcess
{
  public:
    struct Options
    {
        DatabaseUrl database;
        QByteArray paystackSecret;
        QUrl paystackUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // nothing listens: Paystack unreachable
        quint16 port = 0;                                              // 0: any free port
        QStringList environment;                                       // extra NAME=value
    };

    explicit ServerProcess(Options options) : m_options(std::move(options)) {}
    ~ServerProcess();

    // Starts it and waits until it says where it listens; the port, or 0 (with the child's output in `error()`).
    quint16 start(int timeoutMs = 20000);
    // SIGKILL: no shutdown code runs, as in a power cut or the OOM killer.
    void kill9();
    // SIGSTOP: every thread of it stops where it is, so its files can be copied as a power cut would leave them.
    void freeze();
    // SIGTERM and wait: the orderly stop; the exit code.
    int stop(int timeoutMs = 10000);
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    QString logPath() const { return m_logPath; }
    qint64 processId() const { return m_process.processId(); }

  private:
    Options m_options;
    QProcess m_process;
    QString m_error;
    QString m_logPath;
    quint16 m_port = 0;
};

// For main(): runs paydesk-server's command line when argv[1] is `--paydesk-server`; returns -1 otherwise.
int runServerChild(int argc, char* argv[]);

} // namespace paydesk::test
