#include "ussd/sessions_view.h"

#include "error_label.h"
#include "money/money.h"
#include "ussd/session_store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace paydesk::ussd {

struct SessionsView::Figures
{
    QList<ServiceCount> counts;
    QList<SessionSummary> sessions;
    QString error;
};

namespace {

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align | Qt::AlignVCenter);
    return item;
}

} // namespace

SessionsView::SessionsView(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("ussdSessions"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("sessionsPeriod"));
    m_period->addItem(tr("Today"), 0);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    auto* periodLabel = new QLabel(tr("&Counts for:"), this);
    periodLabel->setBuddy(m_period);
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("sessionsService"));
    m_service->addItem(tr("All services"), QString());
    auto* serviceLabel = new QLabel(tr("S&ervice:"), this);
    serviceLabel->setBuddy(m_service);
    m_cost = new QLineEdit(this);
    m_cost->setObjectName(QStringLiteral("costPerSession"));
    m_cost->setMaximumWidth(110);
    m_cost->setToolTip(tr("What the USSD gateway charges per session, in naira; saved for this desk."));
    auto* costLabel = new QLabel(tr("Cost per &session (NGN):"), this);
    costLabel->setBuddy(m_cost);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshSessions"));
    refresh->setShortcut(QKeySequence(QStringLiteral("F5")));
    for (QWidget* w :
         std::initializer_list<QWidget*>{periodLabel, m_period, serviceLabel, m_service, costLabel, m_cost})
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(refresh);
    layout->addLayout(filters);
    m_costError = makeErrorLabel(this, QStringLiteral("costError"));
    layout->addWidget(m_costError);

    m_counts = makeTable(this, QStringLiteral("serviceCounts"),
                         {tr("Service"), tr("Sessions"), tr("Completed"), tr("Completion"), tr("Hops"), tr("Cost")});
    m_counts->setMaximumHeight(150);
    layout->addWidget(m_counts);
    m_sessions = makeTable(this, QStringLiteral("recentSessions"),
                           {tr("Started"), tr("Service"), tr("Phone"), tr("Hops"), tr("Path"), tr("State"),
                            tr("Outcome"), tr("Last activity")});
    layout->addWidget(m_sessions, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sessionsStatus"));
    layout->addWidget(m_status);

    m_cost->setText(Money::fromMinor(context.config->ussdCostPerSessionMinor(), Currency::ngn()).format());
    connect(m_cost, &QLineEdit::editingFinished, this, &SessionsView::costEdited);
    connect(refresh, &QPushButton::clicked, this, &SessionsView::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &SessionsView::refresh);
    connect(m_service, &QComboBox::currentIndexChanged, this, &SessionsView::refresh);
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &SessionsView::refresh);
}

void SessionsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void SessionsView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void SessionsView::costEdited()
{
    auto cost = Money::parse(m_cost->text().trimmed(), Currency::ngn());
    if (!cost) {
        m_costError->setText(tr("The cost per session is not an amount: %1").arg(describe(cost.error())));
        m_costError->show();
        return;
    }
    m_costError->hide();
    if (cost->minorUnits() != m_context.config->ussdCostPerSessionMinor()) {
        m_context.config->setUssdCostPerSessionMinor(cost->minorUnits());
        m_context.config->sync();
    }
    m_cost->setText(cost->format());
    refresh();
}

void SessionsView::refresh()
{
    if (m_refreshing || !m_context.worker)
        return;
    m_refreshing = true;
    const Database db = m_context.db;
    const int days = m_period->currentData().toInt();
    const QDateTime since = QDateTime(QDate::currentDate().addDays(-days), QTime(0, 0)).toUTC();
    const QString code = m_service->currentData().toString();
    m_context.worker->run(
        [db, since, code] {
            Figures figures;
            SessionStore store(db);
            auto counts = store.counts(since);
            auto recent = store.recent(200, code);
            if (!counts || !recent) {
                figures.error = !counts ? counts.error().message : recent.error().message;
                return figures;
            }
            figures.counts = *counts;
            figures.sessions = *recent;
            return figures;
        },
        this,
        [this](const Figures& figures) {
            m_refreshing = false;
            show(figures);
            emit refreshed();
        });
}

void SessionsView::show(const Figures& figures)
{
    if (!figures.error.isEmpty()) {
        m_status->setText(tr("The sessions cannot be read: %1").arg(figures.error));
        m_status->setStyleSheet(errorStyleSheet());
        return;
    }
    m_status->setStyleSheet(QString());
    const Money cost = Money::fromMinor(m_context.config->ussdCostPerSessionMinor(), Currency::ngn());
    const QLocale locale;
    m_counts->setRowCount(int(figures.counts.size()));
    for (int row = 0; row < figures.counts.size(); ++row) {
        const ServiceCount& count = figures.counts.at(row);
        const auto total = cost.times(count.sessions);
        const QString rate = count.sessions == 0
                                 ? QStringLiteral("–")
                                 : locale.toString(100.0 * count.completed / count.sessions, 'f', 1) + u'%';
        m_counts->setItem(row, 0, cell(count.serviceCode));
        m_counts->setItem(row, 1, cell(locale.toString(count.sessions), Qt::AlignRight));
        m_counts->setItem(row, 2, cell(locale.toString(count.completed), Qt::AlignRight));
        m_counts->setItem(row, 3, cell(rate, Qt::AlignRight));
        m_counts->setItem(row, 4, cell(locale.toString(count.hops), Qt::AlignRight));
        m_counts->setItem(row, 5, cell(total ? total->format() : tr("too large"), Qt::AlignRight));
        if (m_service->findData(count.serviceCode) < 0)
            m_service->addItem(count.serviceCode, count.serviceCode);
    }
    m_counts->resizeColumnsToContents();

    // Live sessions first (they are what a supervisor watches), then the newest.
    QList<SessionSummary> sessions = figures.sessions;
    std::stable_sort(sessions.begin(), sessions.end(), [](const SessionSummary& a, const SessionSummary& b) {
        return (a.state != u"ended") > (b.state != u"ended");
    });
    m_sessions->setRowCount(int(sessions.size()));
    int live = 0;
    for (int row = 0; row < sessions.size(); ++row) {
        const SessionSummary& s = sessions.at(row);
        const bool ended = s.state == u"ended";
        live += ended ? 0 : 1;
        m_sessions->setItem(row, 0, cell(locale.toString(s.startedAt.toLocalTime(), QLocale::ShortFormat)));
        m_sessions->setItem(row, 1, cell(s.serviceCode));
        m_sessions->setItem(row, 2, cell(s.phone));
        m_sessions->setItem(row, 3, cell(QString::number(s.hops), Qt::AlignRight));
        m_sessions->setItem(row, 4, cell(s.path.isEmpty() ? QStringLiteral("–") : s.path));
        m_sessions->setItem(row, 5, cell(ended ? tr("ended") : tr("live (%1)").arg(s.state)));
        m_sessions->setItem(row, 6, cell(s.outcome));
        m_sessions->setItem(row, 7, cell(locale.toString(s.updatedAt.toLocalTime(), QLocale::ShortFormat)));
        if (!ended) {
            for (int column = 0; column < m_sessions->columnCount(); ++column)
                m_sessions->item(row, column)->setBackground(QColor(0xe8, 0xf5, 0xe9));
        }
    }
    m_sessions->resizeColumnsToContents();
    m_status->setText(tr("%n session(s) shown, %1 live.", nullptr, int(sessions.size())).arg(live));
}

int SessionsView::sessionRows() const
{
    return m_sessions->rowCount();
}

QString SessionsView::countsCell(int row, int column) const
{
    const QTableWidgetItem* item = m_counts->item(row, column);
    return item ? item->text() : QString();
}

} // namespace paydesk::ussd
