#pragma once

#include "app_context.h"
#include "stats/dashboard_figures.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;

namespace paydesk::dashboard {

class StatsChart;
class StatTile;

// The supervisors' dashboard: a period and filters, tiles (collected, payments, success rate, time to paid,
// pending with ageing, unknown outcomes, webhook lag, refunds, waivers) and charts (revenue per day by method, per
// cashier, per desk; payments by hour; airtime by network; USSD sessions by service). Figures come from
// stats::DashboardQueries on the worker thread, which checks the role again. Live: a payment on this desk (the
// payment engine's signal) or on any desk of a shared PostgreSQL (LISTEN paydesk_changes) refreshes it within a
// second; a clock tick every 30 s keeps the ageing current. A bar opens the payments behind it.
class DashboardPage : public QWidget
{
    Q_OBJECT
  public:
    explicit DashboardPage(AppContext& context, QWidget* parent = nullptr);
    ~DashboardPage() override;

    void refresh();
    const stats::DashboardFigures& figures() const { return m_figures; }
    StatTile* tile(const QString& name) const;
    StatsChart* chart(const QString& name) const;
    // Opens the payments behind a bar of a payments chart, as a click does.
    void openPaymentsBehind(const QString& chartName, const QString& category, const QString& series);

  signals:
    void refreshed();

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    stats::Period period() const;
    stats::StatsFilter filter() const;
    void periodChosen();
    void loadChoices();
    void show(const stats::DashboardFigures& figures);
    QString methodLabel(const QString& method) const;

    AppContext& m_context;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_desk = nullptr;
    QComboBox* m_cashier = nullptr;
    QComboBox* m_method = nullptr;
    QComboBox* m_network = nullptr;
    QComboBox* m_service = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_charts = nullptr;
    QHash<QString, StatTile*> m_tiles;
    QHash<QString, StatsChart*> m_chartsByName;
    QDate m_today;
    stats::DashboardFigures m_figures;
    bool m_loading = false;
    bool m_again = false;
};

} // namespace paydesk::dashboard
