#include "payments/inbox_listing.h"

#include "payments/inbox_processor.h"
#include "security/audit_log.h"
#include "security/user_repository.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "util/csv_text.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace paydesk {

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

QString inboxListStatement(bool byState)
{
    return QStringLiteral("SELECT id, event, dedupe_key, state, received_at, processed_at, attempts, attempt_id, "
                          "refund_id, source, reason FROM webhook_inbox %1ORDER BY id DESC LIMIT ?")
        .arg(byState ? QStringLiteral("WHERE state = ? ") : QString());
}

Result<InboxListing, DbError> listInbox(const Database& db, const QString& state, int limit)
{
    // The state is a condition of its own, not "(? = '' OR state = ?)": each state but 'processed' has a partial index
    // of only its rows (migrations 0013 and 0015), and SQLite picks one by the bound value only from "state = ?".
    QVariantList params;
    if (!state.isEmpty())
        params << state;
    params << (limit > 0 ? qint64(limit) : std::numeric_limits<qint64>::max());
    auto rows = sql::exec(db, inboxListStatement(!state.isEmpty()), params);
    if (!rows)
        return rows.error();
    InboxListing listing;
    while (rows->next()) {
        QVariantList row;
        for (int i = 0; i < InboxListing::columns().size(); ++i) {
            const QVariant value = rows->value(i);
            if ((i == InboxListing::ReceivedAt || i == InboxListing::ProcessedAt) && !value.isNull())
                row << sql::isoUtc(sql::readTime(value));
            else
                row << value;
        }
        listing.rows << row;
    }
    return listing;
}

Result<ReplayOutcome, DbError> replayInboxRow(const Database& db, qint64 id, const QString& actor)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto before =
        sql::one(db, QStringLiteral("SELECT state, event, dedupe_key FROM webhook_inbox WHERE id = ?"), {id},
                 [](const QSqlQuery& row) {
                     return QStringList{row.value(0).toString(), row.value(1).toString(), row.value(2).toString()};
                 });
    if (!before)
        return before.error();
    if (!before->has_value())
        return ReplayOutcome::NotFound;
    const QStringList& row = **before;
    if (row.at(0) == u"rejected")
        return ReplayOutcome::Rejected;
    if (auto replayed = InboxProcessor::replay(db, id); !replayed)
        return replayed.error();
    if (auto audited = AuditLog(db).append(actor, QStringLiteral("inbox.replayed"), QStringLiteral("inbox:%1").arg(id),
                                           {{QStringLiteral("event"), row.at(1)},
                                            {QStringLiteral("dedupe_key"), row.at(2)},
                                            {QStringLiteral("state"), row.at(0)}});
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return ReplayOutcome::Queued;
}

namespace {

Status<QString> requireInboxViewer(const Database& db, const QString& viewer)
{
    return UserRepository(db).requireRole(
        viewer, Role::Supervisor,
        QCoreApplication::translate("Inbox", "The webhook inbox is for supervisors and admins."));
}

} // namespace

Result<InboxListing, QString> reviewInbox(const Database& db, const QString& viewer, const QString& state, int limit)
{
    if (auto allowed = requireInboxViewer(db, viewer); !allowed)
        return allowed.error();
    auto listing = listInbox(db, state, limit);
    if (!listing)
        return listing.error().message;
    return *listing;
}

Result<ReplayOutcome, QString> replayInboxRowAs(const Database& db, const QString& viewer, qint64 id)
{
    if (auto allowed = requireInboxViewer(db, viewer); !allowed)
        return allowed.error();
    auto outcome = replayInboxRow(db, id, viewer);
    if (!outcome)
        return outcome.error().message;
    return *outcome;
}

} // namespace paydesk
