// Engine hops per second, in-process and on one core, on the *999# sample: whole sessions walked from the dial to
// the end (buy for my number, MTN, NGN 500, then cancel: five hops, no effect), and the same with the back key and
// an input screen with a typo. Target (issue 6): at least 500,000 hops per second.
#include "ussd/flow_engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace paydesk::ussd;

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
    return 0;
}
