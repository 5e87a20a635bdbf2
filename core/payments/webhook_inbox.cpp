#include "payments/webhook_inbox.h"

#include "stats/stats_summaries.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSqlError>

#include <algorithm>
#include <numeric>
#include <span>

namespace paydesk {

namespace {

// An empty body is still a body: a null one would be bound as NULL and fail the whole batch.
QByteArray bodyOf(const InboxEntry& entry)
{
    return entry.body.isNull() ? QByteArray("") : entry.body;
}

// SQLite: one prepared INSERT run per delivery, in process and cheap. ON CONFLICT makes a redelivery a no-op
// decided by the unique key, and then returns no id. The raw body and headers go to their own table (migration 0012
// says why).
Status<DbError> insertEachRow(const Database& db, const QList<InboxEntry>& entries, QList<qint64>& ids)
{
    sql::Prepared insert(db, sql::Prepared::appendReturningId(
                                 db, QStringLiteral("INSERT INTO webhook_inbox (dedupe_key, event, state, source, "
                                                    "received_at, reason) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT "
                                                    "(dedupe_key) DO NOTHING")));
    sql::Prepared payload(db,
                          QStringLiteral("INSERT INTO webhook_payloads (inbox_id, body, headers) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const InboxEntry& entry = entries.at(i);
        auto inserted = insert.insertedId({entry.dedupeKey, entry.event, entry.state, entry.source,
                                           sql::timeValue(entry.receivedAt), sql::nullableText(entry.reason)});
        if (!inserted)
            return inserted.error();
        if (!inserted->has_value())
            continue;
        ids[i] = **inserted;
        if (auto kept = payload.run({ids[i], bodyOf(entry), entry.headers}); !kept)
            return kept.error();
    }
    insert.finish();
    payload.finish();
    return {};
}

// PostgreSQL: the whole batch in one INSERT per table. Each statement is a round trip to the server, and a flood's
// deliveries queue behind them: one INSERT per delivery and per table made the server's answers, not the disk, the
// limit. The rows go in dedupe-key order, so that two servers storing overlapping batches wait for each other's
// keys in the same order instead of deadlocking.
Status<DbError> insertSlice(const Database& db, std::span<const InboxEntry> entries, std::span<qint64> ids)
{
    QList<size_t> byKey(entries.size());
    std::iota(byKey.begin(), byKey.end(), 0);
    std::sort(byKey.begin(), byKey.end(),
              [&](size_t a, size_t b) { return entries[a].dedupeKey < entries[b].dedupeKey; });
    QStringList rows;
    QVariantList params;
    for (const size_t i : std::as_const(byKey)) {
        const InboxEntry& entry = entries[i];
        rows << QStringLiteral("(?, ?, ?, ?, ?, ?)");
        params << entry.dedupeKey << entry.event << entry.state << entry.source << sql::timeValue(entry.receivedAt)
               << sql::nullableText(entry.reason);
    }
    auto inserted =
        sql::exec(db,
                  QStringLiteral("INSERT INTO webhook_inbox (dedupe_key, event, state, source, received_at, "
                                 "reason) VALUES %1 ON CONFLICT (dedupe_key) DO NOTHING RETURNING id, "
                                 "dedupe_key")
                      .arg(rows.join(QStringLiteral(", "))),
                  params);
    if (!inserted)
        return inserted.error();
    QHash<QString, qint64> newIds;
    while (inserted->next())
        newIds.insert(inserted->value(1).toString(), inserted->value(0).toLongLong());
    // A key twice in one batch is inserted once: the first delivery of it is the new one, as one by one.
    QStringList payloadRows;
    QVariantList payloadParams;
    for (size_t i = 0; i < entries.size(); ++i) {
        const auto found = newIds.constFind(entries[i].dedupeKey);
        if (found == newIds.cend())
            continue;
        ids[i] = *found;
        newIds.erase(found);
        payloadRows << QStringLiteral("(?, ?, ?)");
        payloadParams << ids[i] << bodyOf(entries[i]) << entries[i].headers;
    }
    if (payloadRows.isEmpty())
        return {};
    auto kept = sql::exec(db,
                          QStringLiteral("INSERT INTO webhook_payloads (inbox_id, body, headers) VALUES %1")
                              .arg(payloadRows.join(QStringLiteral(", "))),
                          payloadParams);
    if (!kept)
        return kept.error();
    return {};
}

// In slices, so that a statement stays far below PostgreSQL's 65,535 parameters.
Status<DbError> insertAllRows(const Database& db, const QList<InboxEntry>& entries, QList<qint64>& ids)
{
    constexpr size_t kRowsPerStatement = 1000;
    const std::span<const InboxEntry> all(entries.constData(), size_t(entries.size()));
    const std::span<qint64> allIds(ids.data(), size_t(ids.size()));
    for (size_t first = 0; first < all.size(); first += kRowsPerStatement) {
        const size_t count = std::min(kRowsPerStatement, all.size() - first);
        if (auto inserted = insertSlice(db, all.subspan(first, count), allIds.subspan(first, count)); !inserted)
            return inserted.error();
    }
    return {};
}

} // namespace

Result<QList<bool>, DbError> WebhookInbox::storeBatch(const QList<InboxEntry>& entries) const
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QList<qint64> ids(entries.size(), 0); // the new row's, or 0 when its dedupe key was already there
    const auto inserted = m_db.dialect() == Database::Dialect::Postgres ? insertAllRows(m_db, entries, ids)
                                                                        : insertEachRow(m_db, entries, ids);
    if (!inserted)
        return inserted.error();
    stats::WebhookLagCounter lag(m_db);
    QList<bool> stored;
    stored.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        stored << (ids.at(i) != 0);
        const InboxEntry& entry = entries.at(i);
        if (ids.at(i) != 0 && entry.paidAt.isValid()) {
            if (auto counted = lag.count(entry.paidAt, entry.receivedAt); !counted)
                return counted.error();
        }
    }
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
    QVariantList ids;
    for (const InboxEntry& entry : std::as_const(entries))
        ids << entry.id;
    const sql::InList in = sql::inList(ids);
    auto rows = sql::Prepared(m_db, QStringLiteral("SELECT inbox_id, body FROM webhook_payloads WHERE inbox_id IN "
                                                   "(%1) ORDER BY inbox_id")
                                        .arg(in.placeholders))
                    .rows(in.values);
    if (!rows)
        return rows.error();
    auto entry = entries.begin();
    for (const QVariantList& row : std::as_const(*rows)) {
        const qint64 id = row.at(0).toLongLong();
        while (entry != entries.end() && entry->id < id)
            ++entry;
        if (entry != entries.end() && entry->id == id)
            entry->body = row.at(1).toByteArray();
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
