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
    // One prepared statement for the whole batch; ON CONFLICT makes a redelivery a no-op decided by the unique key.
    sql::Prepared insert(m_db, QStringLiteral("INSERT INTO webhook_inbox (dedupe_key, event, state, body, headers, "
                                              "source, received_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                              "ON CONFLICT (dedupe_key) DO NOTHING"));
    stats::WebhookLagCounter lag(m_db);
    QList<bool> stored;
    stored.reserve(entries.size());
    for (const InboxEntry& entry : entries) {
        auto inserted =
            insert.run({entry.dedupeKey, entry.event, entry.state, entry.body, entry.headers, entry.source,
                        sql::timeValue(entry.receivedAt),
                        entry.reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(entry.reason)});
        if (!inserted)
            return inserted.error();
        stored << (*inserted == 1);
        if (stored.last() && entry.paidAt.isValid()) {
            if (auto counted = lag.count(entry.paidAt, entry.receivedAt); !counted)
                return counted.error();
        }
    }
    insert.finish();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return stored;
}

Result<QList<InboxEntry>, DbError> WebhookInbox::list(const QString& state, int limit) const
{
    const QString filter = state.isEmpty() ? QString() : QStringLiteral("WHERE state = ? ");
    QVariantList params;
    if (!state.isEmpty())
        params << state;
    params << limit;
    auto rows = sql::exec(m_db,
                          QStringLiteral("SELECT id, dedupe_key, event, state, body, headers, source, received_at, "
                                         "reason, attempts FROM webhook_inbox %1ORDER BY id DESC LIMIT ?")
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
