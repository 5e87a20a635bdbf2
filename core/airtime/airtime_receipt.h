#pragma once

#include "airtime/airtime_sale.h"

#include <QLocale>

namespace paydesk::airtime {

// The customer's slip for one airtime sale: what was bought, for which number, and where it stands. A pending
// sale's slip says not to refund it, a failed one's says the money is due back; the provider's transaction id is
// what a network's customer care asks for.
namespace airtime_receipt {
// ASCII lines for 58 mm (32 columns) and 80 mm (48) thermal printers.
QStringList text(const AirtimeSale& sale, const QString& business, int columns);
QByteArray escPos(const AirtimeSale& sale, const QString& business, int columns);
// For the PDF (an 80 mm page) and the screen.
QString html(const AirtimeSale& sale, const QString& business, const QLocale& locale = QLocale());
} // namespace airtime_receipt

} // namespace paydesk::airtime
