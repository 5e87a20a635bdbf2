// The supervisors' dashboard over a year of history: 1,000,000 payments across 20 desks and 50 cashiers (with
// their declined tries, webhooks, refunds and waivers), 200,000 airtime sales and 100,000 USSD sessions, on
// SQLite and, when PAYDESK_TEST_POSTGRES_URL is set, PostgreSQL. Times every tile's and chart's query and a whole
// dashboard refresh for today, this month and the whole year. Targets: under 100 ms per query and under 300 ms
// per dashboard on SQLite. Prints figures; asserts nothing.
#include "scratch_database.h"
#include "stats/dashboard_queries.h"
#include "stats/history_generator.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace paydesk;
using namespace paydesk::stats;

namespace {

double medianMs(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

void bench(const QString& backend, qint64 payments, int rounds)
{
    test::ScratchDatabase scratch(backend);
    if (!scratch.isReady() || !scratch.migrate()) {
        std::printf("%s: skipped (%s)\n", qPrintable(backend), qPrintable(scratch.skipReason()));
        return;
    }
    const QDateTime now(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
    HistorySpec spec;
    spec.lastDay = now.date();
    spec.firstDay = spec.lastDay.addDays(-364);
    spec.now = now;
    spec.payments = payments;
    spec.desks = 20;
    spec.cashiers = 50;
    spec.airtimeSales = payments / 5;
    spec.ussdSessions = payments / 10;
    QElapsedTimer timer;
    timer.start();
    auto counts = generateHistory(scratch.db(), spec);
    if (!counts) {
        std::printf("%s: generating the history failed: %s\n", qPrintable(backend), qPrintable(counts.error().message));
        return;
    }
    const double generated = timer.elapsed() / 1000.0;
    // SQLite is measured as a desk has it, never analysed; PostgreSQL's autovacuum would have analysed a table
    // that grew by a million rows, so that is done here at once.
    if (backend == u"postgresql" && !sql::exec(scratch.db(), QStringLiteral("ANALYZE")))
        std::printf("%s: ANALYZE failed\n", qPrintable(backend));
    std::printf("== %s: %lld payments, %lld attempts, %lld webhooks, %lld refunds, %lld airtime sales, %lld USSD "
                "sessions generated in %.1f s\n",
                qPrintable(backend), static_cast<long long>(counts->payments), static_cast<long long>(counts->attempts),
                static_cast<long long>(counts->webhooks), static_cast<long long>(counts->refunds),
                static_cast<long long>(counts->airtimeSales), static_cast<long long>(counts->ussdSessions), generated);

    ManualClock clock(now);
    const DashboardQueries queries(scratch.db(), clock);
    User supervisor;
    supervisor.username = QStringLiteral("bench");
    supervisor.role = Role::Supervisor;
    const QDate today = *queries.today();
    const std::pair<const char*, Period> periods[] = {
        {"today", periodFor(PeriodPreset::Today, today)},
        {"this month", periodFor(PeriodPreset::ThisMonth, today)},
        {"whole year", {spec.firstDay, spec.lastDay}},
    };
    const std::pair<const char*, StatsFilter> filters[] = {
        {"all desks", {}},
        {"one cashier", {{}, generatedCashier(7), {}, {}, {}}},
    };
    for (const auto& [filterName, filter] : filters) {
        for (const auto& [periodName, period] : periods) {
            std::printf("-- %s, %s, %s (median of %d)\n", qPrintable(backend), periodName, filterName, rounds);
            double worst = 0;
            for (DashboardQueries::Piece piece : DashboardQueries::allPieces()) {
                QList<double> samples;
                for (int i = 0; i < rounds; ++i) {
                    DashboardFigures figures;
                    timer.restart();
                    auto loaded = queries.loadPiece(piece, supervisor, period, filter, figures);
                    samples << timer.nsecsElapsed() / 1e6;
                    if (!loaded) {
                        std::printf("   %s failed: %s\n", qPrintable(DashboardQueries::pieceName(piece)),
                                    qPrintable(loaded.error()));
                        return;
                    }
                }
                const double ms = medianMs(samples);
                worst = std::max(worst, ms);
                std::printf("   %-50s %8.2f ms\n", qPrintable(DashboardQueries::pieceName(piece)), ms);
            }
            QList<double> whole;
            qint64 shown = 0;
            for (int i = 0; i < rounds; ++i) {
                timer.restart();
                auto figures = queries.load(supervisor, period, filter);
                whole << timer.nsecsElapsed() / 1e6;
                shown = figures ? figures->payments : -1;
            }
            std::printf("   %-50s %8.2f ms  (slowest query %.2f ms; %lld payments in the period)\n", "whole dashboard",
                        medianMs(whole), worst, static_cast<long long>(shown));
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 payments = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 5;
    bench(QStringLiteral("sqlite"), payments, rounds);
    bench(QStringLiteral("postgresql"), payments, rounds);
    return 0;
}
