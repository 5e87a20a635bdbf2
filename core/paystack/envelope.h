#pragma once

#include "paystack/paystack_error.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace paydesk {

// Paging information from "meta": offset paging (page/pageCount/total) or cursor paging (next/previous).
struct PageMeta
{
    qint64 total = -1;
    qint64 skipped = 0;
    int perPage = 0;
    int page = 0;
    int pageCount = 0;
    QString next;            // cursor for the following page; empty at the end
    QString previous;        // cursor for the page before
    qint64 totalVolume = -1; // GET /transaction only (minor units)

    bool hasMore() const { return !next.isEmpty() || (pageCount > 0 && page < pageCount); }
};

// {"status": bool, "message": str, "data": ..., "meta": {...}}: the one shape every Paystack answer has.
// "status" says whether the call worked, not whether a payment did (that is data.status).
struct Envelope
{
    bool status = false;
    QString message;
    QJsonValue data;
    QJsonObject meta;

    PageMeta page() const;
};

// Reads an HTTP answer into an envelope, or the error it describes: HTTP 4xx/5xx, status:false on 200, bodies that
// are not JSON (proxies' HTML pages) or not an object.
Result<Envelope, PaystackError> parseEnvelope(int httpStatus, const QByteArray& body);

} // namespace paydesk
