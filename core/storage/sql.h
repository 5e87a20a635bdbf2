#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariantList>

namespace paydesk::sql {

// Prepares, binds (positional '?') and runs one statement on the calling thread's connection. Values only ever
// travel as bound parameters.
Result<QSqlQuery, DbError> exec(const Database& db, const QString& statement, const QVariantList& params = {});

// Timestamps are bound as UTC ISO-8601 text with milliseconds: sortable as text in SQLite, cast by PostgreSQL
// into timestamptz.
QVariant timeValue(const QDateTime& time);
// Reads either representation back as UTC.
QDateTime readTime(const QVariant& value);
QString isoUtc(const QDateTime& time);
// Text for a NOT NULL column: Qt binds a null QString as SQL NULL, so an empty field must become ''.
QVariant text(const QString& value);

} // namespace paydesk::sql
