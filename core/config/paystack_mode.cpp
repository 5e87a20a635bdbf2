#include "config/paystack_mode.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace paydesk {

PaystackMode classifyPaystack(const Secret& key, const QUrl& baseUrl)
{
    if (key.isEmpty())
        return PaystackMode::NotConfigured;
    if (baseUrl.host() != u"api.paystack.co")
        return PaystackMode::Sandbox;
    return key.reveal().startsWith("sk_live_") ? PaystackMode::Live : PaystackMode::Test;
}

QString describe(PaystackMode mode)
{
    switch (mode) {
    case PaystackMode::NotConfigured:
        return QCoreApplication::translate("Paystack", "Paystack: not configured");
    case PaystackMode::Live:
        return QCoreApplication::translate("Paystack", "Paystack: live");
    case PaystackMode::Test:
        return QCoreApplication::translate("Paystack", "Paystack: test key");
    case PaystackMode::Sandbox:
        return QCoreApplication::translate("Paystack", "Paystack: sandbox");
    }
    return {};
}

QString validatePaystackSecret(const QString& key)
{
    static const QRegularExpression shape(QStringLiteral("^sk_(test|live)_[A-Za-z0-9]{20,}$"));
    if (key.startsWith(u"pk_"))
        return QCoreApplication::translate("Paystack", "This is a public key (pk_…). Paydesk needs the secret key "
                                                       "(sk_…) from the Paystack dashboard.");
    if (!shape.match(key).hasMatch())
        return QCoreApplication::translate("Paystack", "A Paystack secret key looks like sk_test_… or sk_live_… "
                                                       "followed by letters and digits.");
    return {};
}

} // namespace paydesk
