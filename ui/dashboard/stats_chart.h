#pragma once

#include "stats/dashboard_figures.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace paydesk::dashboard {

// One of the dashboard's charts: stacked bars of a stats::Chart, categories along the axis and one stack per
// series (a method, an outcome). Plots money in major units or counts. A click on a bar segment emits
// barActivated with what it stands for, so the page can list the payments behind it.
class StatsChart : public QWidget
{
    Q_OBJECT
  public:
    enum class Measure { Amount, Count };
    StatsChart(QString title, Measure measure, QWidget* parent = nullptr);

    // Labels along the axis and for each series: the page translates ids ("terminal", "2026-11-20") for people.
    using Labeller = std::function<QString(const QString&)>;
    void setLabellers(Labeller categories, Labeller series);
    void setData(const stats::Chart& chart);

    int barCount() const { return int(m_categories.size()); }
    QStringList seriesShown() const { return m_series; }
    QString currency() const { return m_currency; }
    QChartView* view() const { return m_view; }

  signals:
    void barActivated(const QString& category, const QString& series);

  private:
    QString m_title;
    Measure m_measure;
    Labeller m_categoryLabel;
    Labeller m_seriesLabel;
    QChartView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QStringList m_categories;
    QStringList m_series;
    QString m_currency;
};

} // namespace paydesk::dashboard
