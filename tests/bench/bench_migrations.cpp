// Migration of an empty database to the current schema, on SQLite and on PostgreSQL: median and spread of N runs.
#include "scratch_database.h"
#include "storage/migrator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace paydesk;

namespace {

void measure(const QString& backend, int runs)
{
    QList<qint64> micros;
    for (int i = 0; i < runs; ++i) {
        test::ScratchDatabase scratch(backend);
        if (!scratch.isReady()) {
            std::printf("migrate empty %-10s  skipped: %s\n", qPrintable(backend), qPrintable(scratch.skipReason()));
            return;
        }
        QElapsedTimer timer;
        timer.start();
        const auto applied = Migrator(scratch.db()).migrate();
        micros << timer.nsecsElapsed() / 1000;
        if (!applied) {
            std::printf("migrate empty %-10s  FAILED: %s\n", qPrintable(backend), qPrintable(applied.error().message));
            return;
        }
    }
    std::sort(micros.begin(), micros.end());
    std::printf("migrate empty %-10s  median %7.2f ms  min %7.2f ms  max %7.2f ms  (%d runs, schema v%d)\n",
                qPrintable(backend), micros.at(micros.size() / 2) / 1000.0, micros.first() / 1000.0,
                micros.last() / 1000.0, runs, Migrator::latestVersion());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 20;
    measure(QStringLiteral("sqlite"), runs);
    measure(QStringLiteral("postgresql"), runs);
    return 0;
}
