#pragma once

#include "storage/database.h"

#include <QTextStream>

namespace paydesk {

// `paydesk-server export payments|invoices|shifts|airtime|ussd-sessions|audit [--from DAY] [--to DAY]
// [--format csv|json]`: the records of the period for finance scripts, on stdout. Days are the hospital's calendar
// days (the statistics' UTC offset), default today. CSV is one header row then one line per record; JSON is an
// object with the period and the rows, written as they are read.
int exportCommand(const Database& db,
                  const QString& dataset,
                  const QString& from,
                  const QString& to,
                  const QString& format,
                  QTextStream& out,
                  QTextStream& err);

} // namespace paydesk
