#pragma once

#include "shifts/shift.h"
#include "storage/database.h"

namespace paydesk::shifts {

// Reads a shift's figures from the rows (see ShiftFigures): the cashier's at the desk, from `from` up to but not
// including `until`, in `currency`. Used at close (until = the close) and for an open shift's running figures.
Result<ShiftFigures, DbError> readShiftFigures(const Database& db,
                                               const QString& desk,
                                               const QString& cashier,
                                               const Currency& currency,
                                               const QDateTime& from,
                                               const QDateTime& until,
                                               qint64 openingFloat);

} // namespace paydesk::shifts
