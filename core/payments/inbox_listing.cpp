#include "payments/inbox_listing.h"

#include "payments/inbox_processor.h"
#include "storage/sql.h"
#include "util/csv_text.h"

#include <QJsonObject>

namespace paydesk {

namespace {

enum Column { Id, Event, DedupeKey, State, ReceivedAt, ProcessedAt, Attempts, AttemptId, RefundId, Source, Reason };

} // namespace

const QStringList& InboxListing::states()
{
    static const QStringList list{QStringLiteral("received"), QStringLiteral("processed"), QStringLiteral("rejected"),
                                  QStringLiteral("failed")};
    return list;
}

const QStringList& InboxListing::columns()
{
    static const QStringList list{
        QStringLiteral("id"),       QStringLiteral("event"),       QStringLiteral("dedupe_key"),
        QStringLiteral("state"),    QStringLiteral("received_at"), QStringLiteral("processed_at"),
        QStringLiteral("attempts"), QStringLiteral("attempt_id"),  QStringLiteral("refund_id"),
        QStringLiteral("source"),   QStringLiteral("reason")};
    return list;
}

QJsonArray InboxListing::toJson() const
{
    QJsonArray array;
    for (const QVariantList& row : rows) {
        QJsonObject object;
        for (int i = 0; i < row.size(); ++i) {
            const QVariant& value = row.at(i);
            if (value.isNull())
                object.insert(columns().at(i), i == Reason ? QJsonValue(QString()) : QJsonValue());
            else if (i == Id || i == Attempts || i == AttemptId || i == RefundId)
                object.insert(columns().at(i), value.toLongLong());
            else
                object.insert(columns().at(i), value.toString());
        }
        array.append(object);
    }
    return array;
}

QString InboxListing::toCsv() const
{
    QString text = columns().join(u',') + u'\n';
    for (const QVariantList& row : rows) {
        QStringList fields;
        for (const QVariant& value : row)
            fields << (value.isNull() ? QString() : value.toString());
        text += csv_text::line(fields) + u'\n';
    }
    return text;
}

Result<InboxListing, DbError> listInbox(const Database& db, const QString& state, int limit)
{
    const QString filter = state.isNull() ? QStringLiteral("") : state;
    auto rows = sql::exec(db,
                          QStringLiteral("SELECT id, event, dedupe_key, state, received_at, processed_at, attempts, "
                                         "attempt_id, refund_id, source, reason FROM webhook_inbox WHERE (? = '' OR "
                                         "state = ?) ORDER BY id DESC LIMIT ?"),
                          {filter, filter, limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max()});
    if (!rows)
        return rows.error();
    InboxListing listing;
    while (rows->next()) {
        QVariantList row;
        for (int i = 0; i < InboxListing::columns().size(); ++i) {
            const QVariant value = rows->value(i);
            if ((i == ReceivedAt || i == ProcessedAt) && !value.isNull())
                row << sql::isoUtc(sql::readTime(value));
            else
                row << value;
        }
        listing.rows << row;
    }
    return listing;
}

Result<ReplayOutcome, DbError> replayInboxRow(const Database& db, qint64 id)
{
    auto before = sql::one(db, QStringLiteral("SELECT state FROM webhook_inbox WHERE id = ?"), {id},
                           [](const QSqlQuery& row) { return row.value(0).toString(); });
    if (!before)
        return before.error();
    if (!before->has_value())
        return ReplayOutcome::NotFound;
    if (**before == u"rejected")
        return ReplayOutcome::Rejected;
    if (auto replayed = InboxProcessor::replay(db, id); !replayed)
        return replayed.error();
    return ReplayOutcome::Queued;
}

} // namespace paydesk
