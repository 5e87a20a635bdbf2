#pragma once

#include <QString>
#include <QStringView>

namespace paydesk {

// Appends `text` to `out` as a JSON string literal, quotes included, escaped as RFC 8259 requires. For records
// written on a hot path (USSD sessions), where building a QJsonObject and serialising it costs more than the
// database write itself.
void appendJsonString(QString& out, QStringView text);

} // namespace paydesk
