#pragma once

#include "money/money.h"

#include <QStringList>

#include <functional>

namespace paydesk::slip_text {

// Receipt slips for thermal printers: ASCII lines of a fixed width (32 columns on 58 mm paper, 48 on 80 mm).
// One set of rules for every receipt Paydesk prints (invoices, airtime).

// "NGN 25,500.00": ASCII, grouped; every printer's code page has it (the naira sign is not).
QString plainAmount(const Money& money);
// The text with accents taken off and anything else outside printable ASCII as '?'.
QString ascii(const QString& text);
// `left` and `right` on one line of `columns`, `left` cut short when both do not fit.
QString leftRight(const QString& left, const QString& right, int columns);
QString centered(const QString& text, int columns);
// ESC/POS: initialise, code page PC437, the lines (those `emphasised` says in bold), feed and a partial cut.
QByteArray escPos(const QStringList& lines, const std::function<bool(const QString&)>& emphasised);

} // namespace paydesk::slip_text
