#pragma once

#include <QDateTime>
#include <QString>

namespace paydesk {

// The instant as "2026-11-22T20:31:25.123Z": what QDateTime::toString(Qt::ISODateWithMs) gives for a UTC time,
// written directly. Qt's general formatter costs microseconds per call, and a USSD hop or a webhook delivery
// writes several of these. Null for an invalid time.
QString utcText(const QDateTime& time);

} // namespace paydesk
