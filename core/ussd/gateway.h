#pragma once

#include "server/http_server.h"
#include "ussd/flow_engine.h"
#include "util/result.h"

namespace paydesk::ussd {

// One hop as a USSD gateway sent it, whatever its protocol.
struct Hop
{
    enum class Kind {
        Dial,    // a new session, or a later hop of a cumulative gateway (all answers so far in `answers`)
        Answer,  // a later hop of an incremental gateway (only the latest answer, in `input`)
        Release, // the user or the network ended the session
        Timeout, // the gateway gave up waiting for us
    };
    QString gateway;   // "at", "hubtel", "json": part of the session key, so ids of two gateways never meet
    QString sessionId; // the gateway's
    QString phone;     // E.164 with '+'
    QString dialled;   // "*666*1000#"
    QString network;
    Kind kind = Kind::Dial;
    bool cumulative = false;
    QStringList answers;
    QString input;

    QString key() const { return gateway + u':' + sessionId; }
};

// The three gateway protocols: Africa's Talking (form fields, `text` joined with '*', "CON "/"END " plain text),
// Hubtel (JSON Initiation/Response/Release/Timeout) and a generic JSON shape ({sessionId, phoneNumber, text,
// serviceCode} → {responseType: input|notification, message}). A malformed request gets the gateway's own error
// shape, with a status of 400.
namespace gateway {

Result<Hop, QString> parseAfricasTalking(const HttpRequest& request);
HttpResponse africasTalking(const Reply& reply);
HttpResponse africasTalkingError(const QString& message);

Result<Hop, QString> parseHubtel(const HttpRequest& request);
HttpResponse hubtel(const Reply& reply);
HttpResponse hubtelError(const QString& message);

Result<Hop, QString> parseJson(const HttpRequest& request);
HttpResponse json(const Reply& reply);
HttpResponse jsonError(const QString& message);

} // namespace gateway

} // namespace paydesk::ussd
