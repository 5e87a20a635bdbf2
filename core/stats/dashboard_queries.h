#pragma once

#include "security/user_repository.h"
#include "stats/dashboard_figures.h"
#include "stats/stats_calendar.h"
#include "util/clock.h"

namespace paydesk::stats {

// The supervisors' figures, computed in SQL from the summary tables of migration 0009 (and, for what is few or
// live, from the rows through their indexes). Every call checks the viewer's role here, in core: statistics are
// for supervisors and admins whatever the screens show. Call from a worker thread: these are queries.
class DashboardQueries
{
  public:
    enum class Piece {
        RevenueByDay,
        RevenueByCashier,
        RevenueByDesk,
        PaymentsByHour,
        Attempts,
        Pending,
        Unknown,
        WebhookLag,
        Refunds,
        Waivers,
        Airtime,
        Ussd,
    };
    static QList<Piece> allPieces();
    static QString pieceName(Piece piece); // for the benchmark's figures

    explicit DashboardQueries(Database db, const Clock& clock = Clock::system());

    Result<DashboardFigures, QString> load(const User& viewer, const Period& period, const StatsFilter& filter) const;
    // One tile's or chart's query into `figures` (the benchmark times them one by one).
    Status<QString> loadPiece(Piece piece,
                              const User& viewer,
                              const Period& period,
                              const StatsFilter& filter,
                              DashboardFigures& figures) const;
    // The payments behind a chart bar, newest first.
    Result<QList<PaymentLine>, QString> paymentsBehind(const User& viewer,
                                                       const Period& period,
                                                       const StatsFilter& filter,
                                                       const Drill& drill,
                                                       int limit = 1000) const;
    Result<FilterChoices, QString> choices(const User& viewer) const;
    // Today in the hospital's calendar.
    Result<QDate, QString> today() const;

  private:
    Status<QString> allowed(const User& viewer) const;
    Status<QString> loadPieces(const QList<Piece>& pieces,
                               const User& viewer,
                               const Period& period,
                               const StatsFilter& filter,
                               DashboardFigures& figures) const;
    Status<DbError> run(Piece piece,
                        const StatsCalendar& calendar,
                        const Period& period,
                        const StatsFilter& filter,
                        DashboardFigures& figures) const;

    Database m_db;
    const Clock* m_clock;
};

} // namespace paydesk::stats
