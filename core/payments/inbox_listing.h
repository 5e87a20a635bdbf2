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
    static const QStringList& states(); // received, processed, rejected, failed
    static const QStringList& columns();
    QList<QVariantList> rows; // one value per column; times as ISO 8601 UTC text, NULL as a null QVariant

    QJsonArray toJson() const;
    QString toCsv() const;
};

// state: empty for all; limit: 0 for all.
Result<InboxListing, DbError> listInbox(const Database& db, const QString& state, int limit = 0);

enum class ReplayOutcome { Queued, NotFound, Rejected };
// Puts a row back in the processor's queue; a rejected row (not a Paystack event) has nothing to replay.
Result<ReplayOutcome, DbError> replayInboxRow(const Database& db, qint64 id);

} // namespace paydesk
