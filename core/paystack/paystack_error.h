#pragma once

#include <QJsonValue>
#include <QString>

namespace paydesk {

// Why a Paystack call did not give a result. The distinction that matters most: OutcomeUnknown means the request
// may have reached Paystack and succeeded (a timeout, a connection cut after sending). Such a call is settled by
// asking Paystack (verify, list) and never by sending it again under a new reference.
struct PaystackError
{
    enum class Kind {
        Validation,     // 400 / validation_error: our request is wrong ("Email Address is required")
        Api,            // api_error or any other status:false answer (including HTTP 200 with status:false)
        Processor,      // processor_error: the bank or card network refused
        Unauthorized,   // 401: wrong or missing secret key
        NotFound,       // 404: unknown customer, code, terminal, invoice
        RateLimited,    // 429, after the retries we were allowed
        Server,         // 5xx, after the retries we were allowed
        Network,        // nothing reached Paystack (refused, no route, DNS, TLS): safe to try again
        OutcomeUnknown, // the deadline passed or the connection broke after sending: may have happened
        BadResponse,    // an answer we cannot read (HTML error page, invalid JSON, wrong shape)
        NotConfigured,  // no secret key, or the key store refused
    };

    Kind kind = Kind::Api;
    int httpStatus = 0;
    QString message;  // Paystack's own words when it gave some, else ours
    QString type;     // Paystack's "type" (api_error, validation_error, processor_error)
    QString code;     // Paystack's "code" (missing_params, invalid_params, INVALID_PUSH_ID, ...)
    QString nextStep; // meta.nextStep
    QJsonValue data;

    bool outcomeUnknown() const { return kind == Kind::OutcomeUnknown; }
    // Worth retrying the same request unchanged (never true for OutcomeUnknown on a non-idempotent call).
    bool transient() const { return kind == Kind::Network || kind == Kind::RateLimited || kind == Kind::Server; }
    // One sentence a cashier can act on.
    QString describe() const;
};

} // namespace paydesk
