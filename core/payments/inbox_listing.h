#pragma once

#include "storage/database.h"

#include <QJsonArray>
#include <QStringList>
#include <QVariantList>

namespace paydesk {

// The webhook inbox as operators see it (the CLI's `inbox`, the admin HTTP route, the supervisors' view): event,
// dedupe key, state, arrival, attempts, what it matched and why, newest first. Never the bodies: they carry
// customers' details.
struct InboxListing
{
    // The columns' positions in a row, in the order of columns().
    enum Column { Id, Event, DedupeKey, State, ReceivedAt, ProcessedAt, Attempts, AttemptId, RefundId, Source, Reason };

    static const QStringList& states(); // received, processed, rejected, failed
    static const QStringList& columns();
    QList<QVariantList> rows; // one value per column; times as ISO 8601 UTC text, NULL as a null QVariant

    QJsonArray toJson() const;
    QString toCsv() const;
};

// state: empty for all; limit: 0 for all.
Result<InboxListing, DbError> listInbox(const Database& db, const QString& state, int limit = 0);
// The statement listInbox runs: placeholders for the state (when `byState`) and the limit. Public for the tests that
// check which index answers it.
QString inboxListStatement(bool byState);

enum class ReplayOutcome { Queued, NotFound, Rejected };
// Puts a row back in the processor's queue, and records in the audit log who did (`actor`: a user, or the program
// for the command line and the admin route), in one transaction. A rejected row (not a Paystack event) has nothing
// to replay.
Result<ReplayOutcome, DbError> replayInboxRow(const Database& db, qint64 id, const QString& actor);

// The same for the desk's inbox view, where the viewer is a signed-in user: read from the users table, and refused
// here, in core, unless a supervisor or admin whose account is enabled. `limit` rows at most, newest first.
Result<InboxListing, QString> reviewInbox(const Database& db, const QString& viewer, const QString& state, int limit);
Result<ReplayOutcome, QString> replayInboxRowAs(const Database& db, const QString& viewer, qint64 id);

} // namespace paydesk
