#pragma once

#include "storage/database.h"

namespace paydesk {

// The next number of a named counter (an invoice series, generated hospital numbers), taken in the caller's
// transaction: a rollback gives the number back, so a series has no gaps.
Result<qint64, DbError> nextInSeries(const Database& db, const QString& series);

} // namespace paydesk
