#pragma once

#include <QStringList>

namespace paydesk::csv_text {

// Writing CSV for finance and operators (RFC 4180): a field with a comma, quote or line break is quoted, quotes
// doubled. A field that is not a number and starts with =, +, - or @ gets a leading ' so that a spreadsheet shows
// it instead of running it: provider messages and webhook fields come from outside.
QString field(QString value);
// The fields quoted and joined with commas, without a line end.
QString line(const QStringList& fields);

} // namespace paydesk::csv_text
