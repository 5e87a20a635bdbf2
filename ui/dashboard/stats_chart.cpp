#include "stats_chart.h"

#include "money/currency.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace paydesk::dashboard {

StatsChart::StatsChart(QString title, Measure measure, QWidget* parent)
    : QWidget(parent), m_title(std::move(title)), m_measure(measure)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(new QChart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->setTitle(m_title);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_view->chart()->setAnimationOptions(QChart::NoAnimation);
    m_view->setMinimumHeight(240);
    m_empty = new QLabel(tr("Nothing in this period."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
}

void StatsChart::setLabellers(Labeller categories, Labeller series)
{
    m_categoryLabel = std::move(categories);
    m_seriesLabel = std::move(series);
}

void StatsChart::setData(const stats::Chart& chart)
{
    // Money charts show one currency: the one with most money in the period (a hospital has one; a kiosk selling
    // Kenyan airtime too shows NGN, and the tiles carry every currency).
    QMap<QString, qint64> byCurrency;
    for (const stats::Bar& bar : chart)
        byCurrency[bar.currency] += bar.amount;
    m_currency.clear();
    for (auto it = byCurrency.cbegin(); it != byCurrency.cend(); ++it) {
        if (m_currency.isNull() || it.value() > byCurrency.value(m_currency))
            m_currency = it.key();
    }
    m_categories.clear();
    m_series.clear();
    QHash<QString, QHash<QString, qreal>> values; // series → category → value
    const int decimals = Currency::fromCode(m_currency).value_or(Currency::ngn()).minorDigits();
    for (const stats::Bar& bar : chart) {
        if (m_measure == Measure::Amount && bar.currency != m_currency)
            continue;
        if (!m_categories.contains(bar.category))
            m_categories << bar.category;
        if (!m_series.contains(bar.series))
            m_series << bar.series;
        // Plotted as a number of major units: a chart's scale, never money arithmetic (the tiles use Money).
        values[bar.series][bar.category] +=
            m_measure == Measure::Amount ? qreal(bar.amount) / std::pow(10.0, decimals) : qreal(bar.count);
    }
    QChart* plot = m_view->chart();
    plot->removeAllSeries();
    // removeAllSeries() deletes the series; removeAxis() only hands the axis back, so it is deleted here.
    for (QAbstractAxis* axis : plot->axes()) {
        plot->removeAxis(axis);
        delete axis;
    }
    m_empty->setVisible(m_categories.isEmpty());
    m_view->setVisible(!m_categories.isEmpty());
    if (m_categories.isEmpty())
        return;
    auto* series = new QStackedBarSeries;
    for (const QString& name : std::as_const(m_series)) {
        auto* set = new QBarSet(m_seriesLabel ? m_seriesLabel(name) : name);
        for (const QString& category : std::as_const(m_categories))
            set->append(values.value(name).value(category));
        connect(set, &QBarSet::clicked, this,
                [this, name](int index) { emit barActivated(m_categories.value(index), name); });
        series->append(set);
    }
    plot->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    for (const QString& category : std::as_const(m_categories))
        categories->append(m_categoryLabel ? m_categoryLabel(category) : category);
    plot->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* scale = new QValueAxis;
    scale->setLabelFormat(QStringLiteral("%.0f"));
    scale->setTitleText(m_measure == Measure::Amount ? m_currency : tr("count"));
    plot->addAxis(scale, Qt::AlignLeft);
    series->attachAxis(scale);
    scale->applyNiceNumbers();
}

} // namespace paydesk::dashboard
