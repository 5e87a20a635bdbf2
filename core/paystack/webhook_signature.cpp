#include "paystack/webhook_signature.h"

#include <QMessageAuthenticationCode>

#include <openssl/crypto.h>

namespace paydesk {

QByteArray signPaystackWebhook(const QByteArray& rawBody, const Secret& secretKey)
{
    return QMessageAuthenticationCode::hash(rawBody, secretKey.reveal(), QCryptographicHash::Sha512).toHex();
}

bool verifyPaystackWebhook(const QByteArray& rawBody, const QByteArray& signatureHeader, const Secret& secretKey)
{
    if (secretKey.isEmpty())
        return false;
    const QByteArray expected = signPaystackWebhook(rawBody, secretKey);
    const QByteArray given = signatureHeader.trimmed().toLower();
    if (given.size() != expected.size()) // 128 hex digits; the length of a digest is no secret
        return false;
    return CRYPTO_memcmp(given.constData(), expected.constData(), size_t(expected.size())) == 0;
}

} // namespace paydesk
