#include "stats/stats_summaries.h"

#include "payments/webhook_event.h"
#include "storage/sql_script.h"
#include "storage/transaction.h"

#include <QFile>
#include <QJsonObject>

namespace paydesk::stats {

namespace {

Status<DbError> recountWebhookLag(const Database& db)
{
    if (auto cleared = sql::exec(db, QStringLiteral("DELETE FROM stats_webhook_lag_daily")); !cleared)
        return cleared.error();
    // Bodies are read a page at a time: an inbox of a year holds a million of them.
    WebhookLagCounter counter(db);
    qint64 after = 0;
    for (;;) {
        auto page = sql::all(db,
                             QStringLiteral("SELECT i.id, p.body, i.received_at FROM webhook_inbox i JOIN "
                                            "webhook_payloads p ON p.inbox_id = i.id WHERE i.id > ? AND i.state <> "
                                            "'rejected' ORDER BY i.id LIMIT 1000"),
                             {after}, [](const QSqlQuery& row) {
                                 return std::tuple(row.value(0).toLongLong(), row.value(1).toByteArray(),
                                                   sql::readTime(row.value(2)));
                             });
        if (!page)
            return page.error();
        if (page->isEmpty())
            return {};
        for (const auto& [id, body, receivedAt] : *page) {
            after = id;
            auto event = parseWebhookEvent(body);
            const QDateTime paidAt = event ? webhookPaidAt(event->data) : QDateTime();
            if (!paidAt.isValid())
                continue;
            if (auto counted = counter.count(paidAt, receivedAt); !counted)
                return counted.error();
        }
        if (auto written = counter.write(); !written)
            return written.error();
    }
}

} // namespace

Status<DbError> rebuildSummaries(const Database& db)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const QString dialect =
        db.dialect() == Database::Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    QFile script(QStringLiteral(":/paydesk/stats/%1/rebuild_summaries.sql").arg(dialect));
    if (!script.open(QIODevice::ReadOnly))
        return DbError{DbError::Kind::Query, QStringLiteral("the statistics rebuild script is missing")};
    for (const QString& statement : splitSqlScript(QString::fromUtf8(script.readAll()))) {
        if (auto ran = sql::exec(db, statement); !ran)
            return ran.error();
    }
    if (auto lag = recountWebhookLag(db); !lag)
        return lag.error();
    if (auto cleared = sql::exec(db, QStringLiteral("UPDATE stats_calendar SET needs_rebuild = 0 WHERE id = 1"));
        !cleared)
        return cleared.error();
    return transaction.commit();
}

Status<DbError> rebuildSummariesIfNeeded(const Database& db)
{
    auto needed = sql::one(db, QStringLiteral("SELECT needs_rebuild FROM stats_calendar WHERE id = 1"), {},
                           [](const QSqlQuery& row) { return row.value(0).toInt() != 0; });
    if (!needed)
        return needed.error();
    if (!needed->value_or(false))
        return {};
    return rebuildSummaries(db);
}

WebhookLagCounter::WebhookLagCounter(const Database& db) : m_db(db) {}

Status<DbError> WebhookLagCounter::count(const QDateTime& paidAt, const QDateTime& receivedAt)
{
    if (!m_calendar) {
        auto calendar = StatsCalendar::read(m_db);
        if (!calendar)
            return calendar.error();
        m_calendar = *calendar;
    }
    ++m_counted[{m_calendar->localDay(paidAt), lagBucket(paidAt.msecsTo(receivedAt))}];
    return {};
}

Status<DbError> WebhookLagCounter::write()
{
    if (m_counted.isEmpty())
        return {};
    sql::Prepared upsert(m_db, QStringLiteral("INSERT INTO stats_webhook_lag_daily (day, bucket, deliveries) VALUES "
                                              "(?, ?, ?) ON CONFLICT (day, bucket) DO UPDATE SET deliveries = "
                                              "stats_webhook_lag_daily.deliveries + excluded.deliveries"));
    for (auto counted = m_counted.cbegin(); counted != m_counted.cend(); ++counted) {
        if (auto added = upsert.run({counted.key().first.toString(Qt::ISODate), counted.key().second, counted.value()});
            !added)
            return added.error();
    }
    upsert.finish();
    m_counted.clear();
    return {};
}

QDateTime webhookPaidAt(const QJsonObject& data)
{
    for (const QLatin1String field : {QLatin1String("paid_at"), QLatin1String("paidAt")}) {
        const QDateTime at = QDateTime::fromString(data.value(field).toString(), Qt::ISODateWithMs);
        if (at.isValid())
            return at.toUTC();
    }
    return {};
}

} // namespace paydesk::stats
