// Engine hops per second, in-process and on one core, on the *999# sample: whole sessions walked from the dial to
// the end (buy for my number, MTN, NGN 500, then cancel: five hops, no effect), and the same with the back key and
// an input screen with a typo. Target (issue 6): at least 500,000 hops per second. Then the write-behind: what
// SessionStore::write costs per ended session, in batches as UssdService flushes them, on a SQLite file.
#include "scratch_database.h"
#include "ussd/flow_engine.h"
#include "ussd/session_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace paydesk::ussd;

namespace {

// Ended *999# sessions as the HTTP benchmark leaves them (five hops, cancelled), written in batches of `batch`.
void benchWriteBehind(const Flow& flow, int sessions, int batch)
{
    paydesk::test::ScratchDatabase scratch(QStringLiteral("sqlite"));
    if (!scratch.isReady() || !scratch.migrate()) {
        std::printf("ussd write-behind: skipped (%s)\n", qPrintable(scratch.skipReason()));
        return;
    }
    const SessionStore store(scratch.db());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Session> pending;
    qint64 written = 0;
    qint64 nanoseconds = 0;
    QElapsedTimer clock;
    for (int i = 0; i < sessions; ++i) {
        Session session;
        session.id = QStringLiteral("at:bench-%1").arg(i);
        session.phone = QStringLiteral("+2348031234567");
        FlowEngine::begin(flow, session, {}, now);
        for (const QString& input :
             {QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2")})
            FlowEngine::answer(flow, session, input, now);
        pending.append(session);
        if (pending.size() == batch || i == sessions - 1) {
            clock.start();
            if (auto done = store.write(pending); !done) {
                std::printf("ussd write-behind: failed: %s\n", qPrintable(done.error().message));
                return;
            }
            nanoseconds += clock.nsecsElapsed();
            written += pending.size();
            pending.clear();
        }
    }
    std::printf("ussd write-behind: %lld ended sessions in batches of %d: %.1f us/session, %.0f sessions/s\n",
                static_cast<long long>(written), batch, double(nanoseconds) / 1e3 / double(written),
                double(written) * 1e9 / double(nanoseconds));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int sessions = argc > 1 ? std::max(1, atoi(argv[1])) : 200000;
    QFile file(QStringLiteral(":/paydesk/ussd/airtime-999.json"));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const auto flow = parseFlow(file.readAll());
    if (!flow)
        return 1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<QStringList> walks{
        {QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("2")},
        {QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("3"), QStringLiteral("080311"),
         QStringLiteral("08031234567"), QStringLiteral("1"), QStringLiteral("2")},
    };
    for (const QStringList& walk : walks) {
        qint64 hops = 0;
        qint64 ended = 0;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < sessions; ++i) {
            Session session;
            session.id = QStringLiteral("bench");
            session.phone = QStringLiteral("+2348031234567");
            Step step = FlowEngine::begin(*flow, session, {}, now);
            ++hops;
            for (const QString& input : walk) {
                step = FlowEngine::answer(*flow, session, input, now);
                ++hops;
            }
            ended += step.reply && step.reply->end;
        }
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        std::printf("ussd engine: %d sessions of %lld hops (%s): %.0f hops/s, %.2f us/hop, %lld ended\n", sessions,
                    static_cast<long long>(walk.size() + 1), qPrintable(walk.join(u' ')), double(hops) / seconds,
                    seconds * 1e6 / double(hops), static_cast<long long>(ended));
    }
    benchWriteBehind(*flow, sessions / 2, 1600); // 200 ms of sessions at 40,000 hops/s
    return 0;
}
