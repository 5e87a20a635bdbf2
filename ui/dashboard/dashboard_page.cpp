#include "dashboard_page.h"

#include "audit_log_dialog.h"
#include "billing/payment_attempt.h"
#include "inbox_dialog.h"
#include "payment_change_follower.h"
#include "payments_behind_dialog.h"
#include "stat_tile.h"
#include "stats/dashboard_queries.h"
#include "stats_chart.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace paydesk::dashboard {

namespace {

using stats::PeriodPreset;

QString duration(qint64 ms)
{
    if (ms < 0)
        return QCoreApplication::translate("Dashboard", "–");
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return QCoreApplication::translate("Dashboard", "%1 s").arg(seconds);
    if (seconds < 3600 && seconds % 60 == 0)
        return QCoreApplication::translate("Dashboard", "%1 min").arg(seconds / 60);
    if (seconds < 3600)
        return QCoreApplication::translate("Dashboard", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    if (seconds < 86400)
        return QCoreApplication::translate("Dashboard", "%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return QCoreApplication::translate("Dashboard", "%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
}

QString percent(double value)
{
    return value < 0 ? QCoreApplication::translate("Dashboard", "–") : QLocale().toString(value, 'f', 1) + u'%';
}

QComboBox* filterBox(const QString& all, const QString& name, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(all, QString());
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

// Refills a filter's choices and keeps what was chosen, if it is still there.
void refill(QComboBox* box, const QStringList& values, const std::function<QString(const QString&)>& label)
{
    const QString chosen = box->currentData().toString();
    const QSignalBlocker quiet(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const QString& value : values)
        box->addItem(label ? label(value) : value, value);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

// A window-modal dialog of the desk's (the audit log, the webhook inbox), gone when closed.
template <typename Dialog> void openSupervisorDialog(AppContext& context, QWidget* parent)
{
    auto* dialog = new Dialog(context, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

struct Loaded
{
    Result<stats::DashboardFigures, QString> figures = QString();
    QDate today;
};

} // namespace

DashboardPage::DashboardPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    for (PeriodPreset preset : {PeriodPreset::Today, PeriodPreset::Yesterday, PeriodPreset::ThisWeek,
                                PeriodPreset::ThisMonth, PeriodPreset::Custom})
        m_period->addItem(stats::periodPresetLabel(preset), int(preset));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    // The buttons are made before the filters, so that Tab goes along the first row, then the second.
    bar->addStretch(1);
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refresh"));
    refreshButton->setToolTip(tr("Read the figures again (F5)"));
    bar->addWidget(refreshButton);
    auto* auditButton = new QPushButton(tr("A&udit log…"), this);
    auditButton->setObjectName(QStringLiteral("openAuditLog"));
    bar->addWidget(auditButton);
    m_desk = filterBox(tr("All desks"), QStringLiteral("deskFilter"), this);
    m_cashier = filterBox(tr("All cashiers"), QStringLiteral("cashierFilter"), this);
    m_method = filterBox(tr("All methods"), QStringLiteral("methodFilter"), this);
    m_network = filterBox(tr("All networks"), QStringLiteral("networkFilter"), this);
    m_service = filterBox(tr("All USSD services"), QStringLiteral("serviceFilter"), this);
    const std::pair<QString, QComboBox*> filters[] = {{tr("De&sk:"), m_desk},
                                                      {tr("Cas&hier:"), m_cashier},
                                                      {tr("&Method:"), m_method},
                                                      {tr("&Network:"), m_network},
                                                      {tr("Ser&vice:"), m_service}};
    // The filters have a row of their own: on one row with the period and the buttons the page was 1,400 px wide,
    // more than a 1,366 px desk screen.
    auto* filterBar = new QHBoxLayout;
    for (const auto& [text, box] : filters) {
        auto* label = new QLabel(text, this);
        label->setBuddy(box);
        filterBar->addWidget(label);
        filterBar->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    }
    filterBar->addStretch(1);
    connect(auditButton, &QPushButton::clicked, this,
            [this] { openSupervisorDialog<AuditLogDialog>(m_context, this); });
    layout->addLayout(bar);
    layout->addLayout(filterBar);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this, this, &DashboardPage::refresh);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::periodChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardPage::refresh);

    auto* tiles = new QGridLayout;
    const std::pair<const char*, QString> tileNames[] = {
        {"collected", tr("Collected")},
        {"payments", tr("Payments")},
        {"successRate", tr("Success rate (card, link, USSD)")},
        {"timeToPaid", tr("Average push to paid")},
        {"pending", tr("Waiting now")},
        {"unknown", tr("Unknown outcomes")},
        {"webhookLag", tr("Webhook lag (p50 / p95)")},
        {"refunds", tr("Refunds")},
        {"waivers", tr("Waivers and discounts")},
    };
    int index = 0;
    for (const auto& [name, title] : tileNames) {
        auto* tile = new StatTile(title, this);
        tile->setObjectName(QLatin1String(name));
        m_tiles.insert(QLatin1String(name), tile);
        tiles->addWidget(tile, index / 5, index % 5);
        ++index;
    }
    layout->addLayout(tiles);

    m_charts = new QTabWidget(this);
    m_charts->setObjectName(QStringLiteral("charts"));
    const std::tuple<const char*, QString, StatsChart::Measure, bool> charts[] = {
        {"byDay", tr("Revenue per day"), StatsChart::Measure::Amount, true},
        {"byCashier", tr("Per cashier"), StatsChart::Measure::Amount, true},
        {"byDesk", tr("Per desk"), StatsChart::Measure::Amount, true},
        {"byHour", tr("Payments by hour"), StatsChart::Measure::Count, true},
        {"airtime", tr("Airtime by network"), StatsChart::Measure::Amount, false},
        {"ussd", tr("USSD sessions"), StatsChart::Measure::Count, false},
    };
    auto methodText = [this](const QString& method) { return methodLabel(method); };
    for (const auto& [name, title, measure, payments] : charts) {
        auto* page = new QWidget(m_charts);
        auto* pageLayout = new QVBoxLayout(page);
        auto* chart = new StatsChart(title, measure, page);
        chart->setObjectName(QLatin1String(name));
        m_chartsByName.insert(QLatin1String(name), chart);
        pageLayout->addWidget(chart, 1);
        const QString chartName = QLatin1String(name);
        if (payments) {
            chart->setLabellers({}, methodText);
            connect(chart, &StatsChart::barActivated, this,
                    [this, chartName](const QString& category, const QString& series) {
                        openPaymentsBehind(chartName, category, series);
                    });
            auto* list = new QPushButton(tr("&List the payments…"), page);
            list->setToolTip(tr("Every payment of the period and filters; a click on a bar lists the ones behind it"));
            connect(list, &QPushButton::clicked, this,
                    [this, chartName] { openPaymentsBehind(chartName, QString(), QString()); });
            pageLayout->addWidget(list, 0, Qt::AlignRight);
        }
        m_charts->addTab(page, title);
    }
    m_chartsByName.value(QStringLiteral("byDay"))
        ->setLabellers([](const QString& day) { return QDate::fromString(day, Qt::ISODate).toString(u"d/M"); },
                       methodText);
    m_chartsByName.value(QStringLiteral("byHour"))
        ->setLabellers(
            [](const QString& hour) { return QStringLiteral("%1").arg(hour.toInt(), 2, 10, QLatin1Char('0')); },
            methodText);
    layout->addWidget(m_charts, 1);
    auto* footer = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    footer->addWidget(m_status, 1);
    // How protected this desk's books are: the supervisor sees it where the day's figures are.
    if (BackupScheduler* backups = m_context.backups) {
        auto* backupState = new QLabel(this);
        backupState->setObjectName(QStringLiteral("dashboardBackup"));
        const auto show = [backupState, backups] {
            backupState->setText(backups->describe());
            backupState->setStyleSheet(backups->needsAttention() && !backups->isRunning()
                                           ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }")
                                           : QString());
        };
        connect(backups, &BackupScheduler::changed, backupState, show);
        auto* tick = new QTimer(backupState);
        connect(tick, &QTimer::timeout, backupState, show);
        tick->start(60 * 1000);
        show();
        footer->addWidget(backupState);
    }
    // Below the figures, not in the filter bar: the inbox is not narrowed by the period or the filters.
    auto* inboxButton = new QPushButton(tr("&Webhook inbox…"), this);
    inboxButton->setObjectName(QStringLiteral("openInbox"));
    inboxButton->setToolTip(tr("Paystack's deliveries: what each matched, which failed; replay"));
    footer->addWidget(inboxButton);
    connect(inboxButton, &QPushButton::clicked, this, [this] { openSupervisorDialog<InboxDialog>(m_context, this); });
    layout->addLayout(footer);

    // On the shared PostgreSQL every desk's payments count: the follower hears them through the desk's LISTEN.
    connect(new PaymentChangeFollower(m_context, this, 30000), &PaymentChangeFollower::due, this,
            &DashboardPage::refresh);
}

DashboardPage::~DashboardPage() = default;

QString DashboardPage::methodLabel(const QString& method) const
{
    const auto known = paymentMethodFromName(method);
    return known ? describe(*known) : method;
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadChoices();
    refresh();
}

void DashboardPage::periodChosen()
{
    const bool custom = PeriodPreset(m_period->currentData().toInt()) == PeriodPreset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (custom)
        m_from->setFocus();
    refresh();
}

stats::Period DashboardPage::period() const
{
    const auto preset = PeriodPreset(m_period->currentData().toInt());
    if (preset == PeriodPreset::Custom)
        return {m_from->date(), m_to->date()};
    return stats::periodFor(preset, m_today.isValid() ? m_today : QDate::currentDate());
}

stats::StatsFilter DashboardPage::filter() const
{
    return {m_desk->currentData().toString(), m_cashier->currentData().toString(), m_method->currentData().toString(),
            m_network->currentData().toString(), m_service->currentData().toString()};
}

void DashboardPage::loadChoices()
{
    const Database db = m_context.db;
    const User user = m_context.user;
    m_context.worker->run(
        [db, user] { return stats::DashboardQueries(db).choices(user); }, this,
        [this](const Result<stats::FilterChoices, QString>& choices) {
            if (!choices)
                return;
            refill(m_desk, choices->desks, {});
            refill(m_cashier, choices->cashiers, {});
            refill(m_method, choices->methods, [this](const QString& method) { return methodLabel(method); });
            refill(m_network, choices->networks, [](const QString& network) { return network.toUpper(); });
            refill(m_service, choices->services, {});
        });
}

void DashboardPage::refresh()
{
    if (m_loading) {
        m_again = true; // once this one is in, with what is chosen now
        return;
    }
    m_loading = true;
    m_again = false;
    m_status->setText(tr("Reading the figures…"));
    const Database db = m_context.db;
    const User user = m_context.user;
    const auto preset = PeriodPreset(m_period->currentData().toInt());
    const stats::Period custom{m_from->date(), m_to->date()};
    const stats::StatsFilter chosen = filter();
    m_context.worker->run(
        [db, user, preset, custom, chosen] {
            const stats::DashboardQueries queries(db);
            Loaded loaded;
            auto today = queries.today();
            if (!today) {
                loaded.figures = today.error();
                return loaded;
            }
            loaded.today = *today;
            const stats::Period period = preset == PeriodPreset::Custom ? custom : stats::periodFor(preset, *today);
            loaded.figures = queries.load(user, period, chosen);
            return loaded;
        },
        this,
        [this](const Loaded& loaded) {
            m_loading = false;
            if (loaded.today.isValid() && m_today != loaded.today) {
                const bool first = !m_today.isValid();
                m_today = loaded.today;
                if (first) {
                    const QSignalBlocker quietFrom(m_from), quietTo(m_to);
                    m_from->setDate(m_today.addDays(1 - m_today.day()));
                    m_to->setDate(m_today);
                }
            }
            if (!loaded.figures)
                m_status->setText(loaded.figures.error());
            else
                show(*loaded.figures);
            if (m_again)
                refresh();
            else
                emit refreshed();
        });
}

void DashboardPage::show(const stats::DashboardFigures& f)
{
    m_figures = f;
    const QLocale locale;
    m_tiles.value(QStringLiteral("collected"))->show(stats::formatTotals(f.collected), stats::describePeriod(f.period));
    m_tiles.value(QStringLiteral("payments"))
        ->show(locale.toString(f.payments), f.payments ? tr("average %1").arg(stats::formatTotals([&f] {
            stats::MoneyByCurrency average;
            for (auto it = f.collected.cbegin(); it != f.collected.cend(); ++it)
                average[it.key()] = it.value() / std::max<qint64>(1, f.payments);
            return average;
        }()))
                                                       : QString());
    m_tiles.value(QStringLiteral("successRate"))
        ->show(percent(f.successRate()),
               tr("%1 declined, %2 abandoned of %3").arg(percent(f.declineRate())).arg(f.abandoned).arg(f.finished()));
    m_tiles.value(QStringLiteral("timeToPaid"))
        ->show(duration(f.averageMsToPaid()), tr("over %n successful payment(s)", nullptr, int(f.succeeded)));
    const stats::Bucket& old = f.pending.at(3);
    m_tiles.value(QStringLiteral("pending"))
        ->show(tr("%n payment(s)", nullptr, int(f.pendingCount())),
               tr("under 15 min: %1 · 15–60 min: %2 · over 1 h: %3 · over a day: %4")
                   .arg(f.pending.at(0).count)
                   .arg(f.pending.at(1).count)
                   .arg(f.pending.at(2).count)
                   .arg(old.count),
               old.count > 0);
    const qint64 unknown = f.unknownPayments.count + f.unknownRefunds.count + f.unknownAirtime.count;
    m_tiles.value(QStringLiteral("unknown"))
        ->show(locale.toString(unknown),
               tr("payments %1 (%2), refunds %3, airtime %4")
                   .arg(f.unknownPayments.count)
                   .arg(stats::formatTotals(f.unknownPayments.amount))
                   .arg(f.unknownRefunds.count)
                   .arg(f.unknownAirtime.count),
               unknown > 0);
    m_tiles.value(QStringLiteral("webhookLag"))
        ->show(f.lagDeliveries ? tr("≤ %1 / ≤ %2").arg(duration(f.lagP50Ms), duration(f.lagP95Ms)) : tr("–"),
               tr("%n webhook(s) from Paystack", nullptr, int(f.lagDeliveries)));
    m_tiles.value(QStringLiteral("refunds"))
        ->show(stats::formatTotals(f.refunds.amount), tr("%n refund(s)", nullptr, int(f.refunds.count)));
    m_tiles.value(QStringLiteral("waivers"))
        ->show(stats::formatTotals(f.waivers.amount),
               tr("%n line(s) waived; discounts: %1 on %2", nullptr, int(f.waivers.count))
                   .arg(stats::formatTotals(f.discounts.amount))
                   .arg(f.discounts.count));

    m_chartsByName.value(QStringLiteral("byDay"))->setData(f.revenueByDay);
    m_chartsByName.value(QStringLiteral("byCashier"))->setData(f.revenueByCashier);
    m_chartsByName.value(QStringLiteral("byDesk"))->setData(f.revenueByDesk);
    m_chartsByName.value(QStringLiteral("byHour"))->setData(f.paymentsByHour);
    m_chartsByName.value(QStringLiteral("airtime"))->setData(f.airtimeByNetwork);
    m_chartsByName.value(QStringLiteral("ussd"))->setData(f.ussdByService);
    m_status->setText(tr("%1 · updated %2 · live")
                          .arg(stats::describePeriod(f.period), locale.toString(f.computedAt.toLocalTime().time())));
}

StatTile* DashboardPage::tile(const QString& name) const
{
    return m_tiles.value(name);
}

StatsChart* DashboardPage::chart(const QString& name) const
{
    return m_chartsByName.value(name);
}

void DashboardPage::openPaymentsBehind(const QString& chartName, const QString& category, const QString& series)
{
    stats::Drill drill;
    drill.method = series;
    QString what = series.isEmpty() ? stats::describePeriod(m_figures.period) : methodLabel(series);
    if (!category.isEmpty()) {
        if (chartName == u"byDay")
            drill.day = QDate::fromString(category, Qt::ISODate);
        else if (chartName == u"byCashier")
            drill.cashier = category;
        else if (chartName == u"byDesk")
            drill.desk = category;
        else if (chartName == u"byHour")
            drill.hour = category.toInt();
        what = tr("%1, %2").arg(
            chartName == u"byHour" ? tr("%1:00").arg(category.toInt(), 2, 10, QLatin1Char('0')) : category, what);
    }
    auto* dialog = new PaymentsBehindDialog(what, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    const Database db = m_context.db;
    const User user = m_context.user;
    const stats::Period shown = m_figures.period.isValid() ? m_figures.period : period();
    const stats::StatsFilter chosen = filter();
    constexpr int kLimit = 1000;
    m_context.worker->run(
        [db, user, shown, chosen, drill] {
            return stats::DashboardQueries(db).paymentsBehind(user, shown, chosen, drill, kLimit);
        },
        dialog,
        [dialog](const Result<QList<stats::PaymentLine>, QString>& lines) {
            if (lines)
                dialog->showLines(*lines, kLimit);
            else
                dialog->showError(lines.error());
        });
}

} // namespace paydesk::dashboard
