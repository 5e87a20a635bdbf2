#pragma once

#include "security/secret.h"

#include <QString>
#include <QUrl>

namespace paydesk {

// Whether this desk moves real money. Anything but Live shows the TRAINING banner.
enum class PaystackMode {
    NotConfigured, // no secret key yet
    Live,          // sk_live_ key against api.paystack.co
    Test,          // sk_test_ key: Paystack's own test mode
    Sandbox,       // any key against paydesk-sandbox or another non-Paystack host
};

PaystackMode classifyPaystack(const Secret& key, const QUrl& baseUrl);
inline bool isTraining(PaystackMode mode)
{
    return mode != PaystackMode::Live;
}
QString describe(PaystackMode mode);
// Rejects text that cannot be a Paystack secret key (a public key pasted by mistake, stray spaces).
QString validatePaystackSecret(const QString& key);

} // namespace paydesk
