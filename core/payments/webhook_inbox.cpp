#include "payments/webhook_inbox.h"

#include "stats/stats_summaries.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QSqlError>

namespace paydesk {

Result<QList<bool>, DbError> WebhookInbox::storeBatch(const QList<InboxEntry>& entries) const
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    // Prepared once for the whole batch; ON CONFLICT makes a redelivery a no-op decided by the unique key, and then
    // returns no id. The raw body and headers go to their own table (migration 0012 says why).
    sql::Prepared insert(m_db, sql::Prepared::appendReturningId(
                                   m_db, QStringLiteral("INSERT INTO webhook_inbox (dedupe_key, event, state, source, "
                                                        "received_at, reason) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT "
                                                        "(dedupe_key) DO NOTHING")));
    sql::Prepared payload(m_db,
                          QStringLiteral("INSERT INTO webhook_payloads (inbox_id, body, headers) VALUES (?, ?, ?)"));
    stats::WebhookLagCounter lag(m_db);
    QList<bool> stored;
    stored.reserve(entries.size());
    for (const InboxEntry& entry : entries) {
        auto inserted = insert.insertedId({entry.dedupeKey, entry.event, entry.state, entry.source,
                                           sql::timeValue(entry.receivedAt), sql::nullableText(entry.reason)});
        if (!inserted)
            return inserted.error();
        stored << inserted->has_value();
        if (!inserted->has_value())
            continue;
        // An empty body is still a body: a null one would be bound as NULL and fail the whole batch.
        const QByteArray body = entry.body.isNull() ? QByteArray("") : entry.body;
        if (auto kept = payload.run({**inserted, body, entry.headers}); !kept)
            return kept.error();
        if (entry.paidAt.isValid()) {
            if (auto counted = lag.count(entry.paidAt, entry.receivedAt); !counted)
                return counted.error();
        }
    }
    insert.finish();
    payload.finish();
    if (auto written = lag.write(); !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return stored;
}

Status<DbError> WebhookInbox::readBodies(QList<InboxEntry>& entries) const
{
    if (entries.isEmpty())
        return {};
    QString placeholders;
    QVariantList ids;
    for (const InboxEntry& entry : std::as_const(entries)) {
        placeholders += placeholders.isEmpty() ? QStringLiteral("?") : QStringLiteral(", ?");
        ids << entry.id;
    }
    auto rows =
        sql::exec(m_db,
                  QStringLiteral("SELECT inbox_id, body FROM webhook_payloads WHERE inbox_id IN (%1) ORDER BY inbox_id")
                      .arg(placeholders),
                  ids);
    if (!rows)
        return rows.error();
    auto entry = entries.begin();
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        while (entry != entries.end() && entry->id < id)
            ++entry;
        if (entry != entries.end() && entry->id == id)
            entry->body = rows->value(1).toByteArray();
    }
    return {};
}

Result<QList<InboxEntry>, DbError> WebhookInbox::list(const QString& state, int limit) const
{
    const QString filter = state.isEmpty() ? QString() : QStringLiteral("WHERE i.state = ? ");
    QVariantList params;
    if (!state.isEmpty())
        params << state;
    params << limit;
    auto rows = sql::exec(m_db,
                          QStringLiteral("SELECT i.id, i.dedupe_key, i.event, i.state, p.body, p.headers, i.source, "
                                         "i.received_at, i.reason, i.attempts FROM webhook_inbox i JOIN "
                                         "webhook_payloads p ON p.inbox_id = i.id %1ORDER BY i.id DESC LIMIT ?")
                              .arg(filter),
                          params);
    if (!rows)
        return rows.error();
    QList<InboxEntry> entries;
    while (rows->next()) {
        InboxEntry entry;
        entry.id = rows->value(0).toLongLong();
        entry.dedupeKey = rows->value(1).toString();
        entry.event = rows->value(2).toString();
        entry.state = rows->value(3).toString();
        entry.body = rows->value(4).toByteArray();
        entry.headers = rows->value(5).toString();
        entry.source = rows->value(6).toString();
        entry.receivedAt = sql::readTime(rows->value(7));
        entry.reason = rows->value(8).toString();
        entry.attempts = rows->value(9).toInt();
        entries << entry;
    }
    return entries;
}

Result<qint64, DbError> WebhookInbox::count(const QString& state) const
{
    auto rows = state.isEmpty()
                    ? sql::exec(m_db, QStringLiteral("SELECT COUNT(*) FROM webhook_inbox"))
                    : sql::exec(m_db, QStringLiteral("SELECT COUNT(*) FROM webhook_inbox WHERE state = ?"), {state});
    if (!rows)
        return rows.error();
    return rows->next() ? rows->value(0).toLongLong() : qint64(0);
}

} // namespace paydesk
