// Webhook intake under load: `paydesk-server serve` in its own process (this executable started with
// --paydesk-server), a load generator on loopback sending unique charge.success bodies of about 2 KB, each signed
// before the clock starts (as Paystack signs on its own machines). Prints sustained deliveries per second with every
// 200 durable (the rows are counted afterwards), and p50/p99 latency at a fixed 500 deliveries per second, on SQLite
// and on PostgreSQL, and the disk's own fsync latency (the dev and test PostgreSQL clusters run with fsync=off, SQLite
// with synchronous=FULL: only SQLite's figures include the disk).
#include "payments/webhook_inbox.h"
#include "scratch_database.h"
#include "server_process.h"
#include "storage/migrator.h"
#include "webhook_load.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace paydesk;
using namespace paydesk::test;

namespace {

const QByteArray kKey = "sk_test_benchwebhooks0123456789abcd";

// CPU seconds a process has used so far (user and system, all its threads), from /proc/PID/stat; -1 if unreadable.
double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // The command name (field 2) is in parentheses and may hold spaces: count fields from the last ')'.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / double(::sysconf(_SC_CLK_TCK));
}

// The host's CPU time so far, and the part of it the hypervisor gave to other guests (steal), from /proc/stat.
struct HostCpu
{
    double total = 0;
    double steal = 0;
};
HostCpu hostCpu()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = stat.readLine().simplified().split(' '); // cpu user nice system idle ... steal
    HostCpu cpu;
    for (qsizetype i = 1; i < fields.size() && i <= 8; ++i)
        cpu.total += fields.at(i).toDouble();
    cpu.steal = fields.size() > 8 ? fields.at(8).toDouble() : 0;
    return cpu;
}

// paydesk-server for a benchmark: the bench's key, Paystack unreachable, nothing logged but warnings.
ServerProcess::Options benchServer(const DatabaseUrl& url)
{
    return {url,
            kKey,
            QUrl(QStringLiteral("http://127.0.0.1:9")),
            0,
            {QStringLiteral("QT_LOGGING_RULES=paydesk.*.info=false")}};
}

void measure(const QString& backend, int sustainedCount, int connections)
{
    ScratchDatabase scratch(backend);
    if (!scratch.isReady()) {
        std::printf("webhooks %-10s  skipped: %s\n", qPrintable(backend), qPrintable(scratch.skipReason()));
        return;
    }
    if (!Migrator(scratch.db()).migrate()) {
        std::printf("webhooks %-10s  FAILED to migrate\n", qPrintable(backend));
        return;
    }
    ServerProcess server(benchServer(scratch.url()));
    const quint16 port = server.start();
    if (port == 0) {
        std::printf("webhooks %-10s  FAILED: the server did not start: %s\n", qPrintable(backend),
                    qPrintable(server.error()));
        return;
    }
    WebhookLoad load;
    load.port = port;
    load.secretKey = kKey;
    load.connections = connections;
    // The server allows 32 connections per address, as many as Paystack opens from each of its three: more
    // connections come from further loopback addresses.
    load.sourceAddresses = (connections + 31) / 32;
    // Paystack builds and signs its deliveries on its own machines: here that work is done before each run's clock
    // starts, so the generator's hashing does not take this small host's CPU from the server it measures.
    load.signAhead = true;

    load.referencePrefix = QStringLiteral("warm");
    load.count = 2000;
    load.run();

    // 500/s twice: on a database in its steady state, and again right after the flood below, while the database
    // is still catching up with it (SQLite copying a WAL of a hundred megabytes into the file).
    // Each run opens fresh connections as the last one's close. libmicrohttpd counts a closed connection against
    // the per-address limit until it has noticed the close, so a run starting at once could be refused one.
    auto settle = [] { QThread::msleep(200); };
    auto paced = [&](const QString& prefix, qint64 firstId) {
        settle();
        const int floodConnections = load.connections;
        load.referencePrefix = prefix;
        load.firstId = firstId;
        load.count = 5000;
        load.connections = 16;
        load.ratePerSecond = 500;
        const WebhookLoad::Outcome outcome = load.run();
        load.connections = floodConnections;
        load.ratePerSecond = 0;
        return outcome;
    };
    const WebhookLoad::Outcome steady = paced(QStringLiteral("steady"), 3000000);

    load.referencePrefix = QStringLiteral("sustained");
    load.firstId = 1000000;
    load.count = sustainedCount;
    settle();
    // How much CPU a delivery costs, in the server and in the load generator (this process), tells a slower host
    // from a slower build; steal is what the hypervisor gave to other guests meanwhile.
    const double serverCpuBefore = processCpuSeconds(server.processId());
    const double loadCpuBefore = processCpuSeconds(::getpid());
    const HostCpu hostBefore = hostCpu();
    const WebhookLoad::Outcome sustained = load.run();
    const double serverCpu = processCpuSeconds(server.processId()) - serverCpuBefore;
    const double loadCpu = processCpuSeconds(::getpid()) - loadCpuBefore - sustained.signingCpuSeconds;
    const HostCpu hostAfter = hostCpu();
    const double stealShare = hostAfter.total > hostBefore.total
                                  ? (hostAfter.steal - hostBefore.steal) / (hostAfter.total - hostBefore.total)
                                  : 0;
    const int ok = sustained.answered(200);

    // The paced run measures a steady state: the processor first works off the backlog the flood left.
    QElapsedTimer draining;
    draining.start();
    const WebhookInbox inbox(scratch.db());
    const qint64 backlog = inbox.count(QStringLiteral("received")).valueOr(-1);
    while (inbox.count(QStringLiteral("received")).valueOr(0) > 0 && draining.elapsed() < 300000)
        QThread::msleep(200);
    const double drainSeconds = draining.elapsed() / 1000.0;

    const WebhookLoad::Outcome afterFlood = paced(QStringLiteral("rate"), 2000000);
    server.stop();

    const qint64 stored = WebhookInbox(scratch.db()).count().valueOr(-1);
    const qint64 expected = 2000 + 5000 + sustainedCount + 5000;
    std::printf("webhooks %-10s  sustained %7.0f deliveries/s  (%d of %d answered 200, %d connections from %d "
                "addresses, requests signed ahead, p50 %.2f ms, p99 %.2f ms)\n",
                qPrintable(backend), ok / sustained.seconds, ok, int(sustained.deliveries.size()), connections,
                load.sourceAddresses, sustained.latencyMs(0.50), sustained.latencyMs(0.99));
    if (ok > 0 && serverCpu >= 0 && loadCpu >= 0)
        std::printf("webhooks %-10s  CPU per delivery in the flood: server %.0f us, load generator %.0f us (%.2f of "
                    "the host's %d cores busy, %.0f%% stolen by the hypervisor)\n",
                    qPrintable(backend), serverCpu * 1e6 / ok, loadCpu * 1e6 / ok,
                    (serverCpu + loadCpu) / sustained.seconds, QThread::idealThreadCount(), stealShare * 100);
    std::printf("webhooks %-10s  processor worked off the flood's backlog of %lld deliveries in %.1f s after it "
                "ended\n",
                qPrintable(backend), static_cast<long long>(backlog), drainSeconds);
    for (const auto& [label, outcome] : {std::pair{"steady state", &steady}, std::pair{"after the flood", &afterFlood}})
        std::printf("webhooks %-10s  at 500/s, %-15s  p50 %.2f ms  p99 %.2f ms  max %.2f ms  (%d of %d answered "
                    "200)\n",
                    qPrintable(backend), label, outcome->latencyMs(0.50), outcome->latencyMs(0.99),
                    outcome->latencyMs(1.0), outcome->answered(200), int(outcome->deliveries.size()));
    std::printf("webhooks %-10s  durable: %lld rows stored for %lld deliveries sent%s\n", qPrintable(backend),
                static_cast<long long>(stored), static_cast<long long>(expected),
                stored == expected ? "" : "  MISMATCH");
}

// What the disk itself does: a durable 200 can never be faster than an fsync, and a group commit waiting on a
// slow one holds back every delivery that arrives meanwhile. 2 KB appended and fsynced every 2 ms, as at 500/s.
void probeFsync()
{
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/paydesk-fsync-XXXXXX"));
    if (!file.open())
        return;
    const QByteArray block(2048, 'x');
    std::vector<double> ms;
    for (int i = 0; i < 2500; ++i) {
        file.write(block);
        file.flush();
        QElapsedTimer timer;
        timer.start();
        ::fsync(file.handle());
        ms.push_back(timer.nsecsElapsed() / 1e6);
        QThread::usleep(2000);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("webhooks disk        fsync of 2 KB every 2 ms: p50 %.2f ms  p99 %.2f ms  max %.2f ms\n",
                ms[ms.size() / 2], ms[ms.size() * 99 / 100], ms.back());
}

// Closed loop at 16 connections, `count` deliveries after a warm-up; one line of figures.
WebhookLoad::Outcome closedLoop(quint16 port, const QString& prefix, int count)
{
    WebhookLoad load;
    load.port = port;
    load.secretKey = kKey;
    load.connections = 16;
    load.signAhead = true;
    load.referencePrefix = prefix + QStringLiteral("-warm");
    load.count = 1000;
    load.run();
    QThread::msleep(200);
    load.referencePrefix = prefix;
    load.firstId = 100000;
    load.count = count;
    return load.run();
}

// Waits until something accepts connections on the port, for up to 10 s.
bool listening(quint16 port)
{
    for (int i = 0; i < 100; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(100))
            return true;
        QThread::msleep(100);
    }
    return false;
}

// paydesk-server on SQLite and a plain Node receiver doing the same durable work (tests/bench/reference/webhook-peer:
// signature, unique key, one synchronous=FULL commit per delivery with better-sqlite3), one after the other in the same
// run, under the same closed loop of 16 connections. PAYDESK_WEBHOOK_PEER names the peer's folder with its
// node_modules installed (run_all.sh does that); without it only paydesk-server's figure is printed.
void measureSideBySide(int count)
{
    ScratchDatabase scratch(QStringLiteral("sqlite"));
    if (!scratch.isReady() || !Migrator(scratch.db()).migrate()) {
        std::printf("webhooks side by side  FAILED: no SQLite database\n");
        return;
    }
    ServerProcess server(benchServer(scratch.url()));
    const quint16 port = server.start();
    if (port == 0) {
        std::printf("webhooks side by side  FAILED: the server did not start: %s\n", qPrintable(server.error()));
        return;
    }
    const WebhookLoad::Outcome ours = closedLoop(port, QStringLiteral("side"), count);
    server.stop();
    const double ourRate = ours.answered(200) / ours.seconds;
    std::printf("webhooks side by side, 16 connections, SQLite synchronous=FULL: paydesk-server %7.0f deliveries/s, "
                "p99 %.2f ms (%d of %d answered 200)\n",
                ourRate, ours.latencyMs(0.99), ours.answered(200), int(ours.deliveries.size()));

    const QString peerDir = qEnvironmentVariable("PAYDESK_WEBHOOK_PEER");
    if (peerDir.isEmpty()) {
        std::printf("webhooks side by side: Node peer skipped (PAYDESK_WEBHOOK_PEER not set: needs node, npm and the "
                    "npm registry)\n");
        return;
    }
    QTemporaryDir dir;
    quint16 peerPort = 0;
    {
        QTcpServer free;
        free.listen(QHostAddress::LocalHost, 0);
        peerPort = free.serverPort();
    }
    QProcess node;
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PAYSTACK_SECRET"), QString::fromLatin1(kKey));
    node.setProcessEnvironment(environment);
    node.start(QStringLiteral("node"), {peerDir + QStringLiteral("/server.js"), QString::number(peerPort),
                                        dir.filePath(QStringLiteral("peer.sqlite3"))});
    if (!node.waitForStarted(10000) || !listening(peerPort)) {
        std::printf("webhooks side by side: Node peer FAILED to start\n");
        return;
    }
    const WebhookLoad::Outcome peer = closedLoop(peerPort, QStringLiteral("peer"), count / 4);
    node.terminate();
    node.waitForFinished(5000);
    const double peerRate = peer.answered(200) / peer.seconds;
    std::printf("webhooks side by side, 16 connections, SQLite synchronous=FULL: Node peer      %7.0f deliveries/s, "
                "p99 %.2f ms (%d of %d answered 200)\n",
                peerRate, peer.latencyMs(0.99), peer.answered(200), int(peer.deliveries.size()));
    if (peerRate > 0)
        std::printf("webhooks side by side: paydesk-server / Node peer = %.2fx (goal: 3x or more, p99 under 20 ms)\n",
                    ourRate / peerRate);
}

} // namespace

int main(int argc, char* argv[])
{
    if (const int child = runServerChild(argc, argv); child >= 0)
        return child;
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    const int connections = argc > 2 ? QByteArray(argv[2]).toInt() : 64;
    if (argc > 3 && QByteArray(argv[3]) == "side-by-side") { // the comparison alone, for a quick look
        measureSideBySide(qMin(count, 40000));
        return 0;
    }
    probeFsync();
    measureSideBySide(qMin(count, 40000));
    measure(QStringLiteral("sqlite"), count, connections);
    measure(QStringLiteral("postgresql"), count, connections);
    return 0;
}
