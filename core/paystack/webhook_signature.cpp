#include "paystack/webhook_signature.h"

#include <memory>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

namespace paydesk {

namespace {

// HMAC fetched from OpenSSL's providers once: fetching it per call (as the one-shot HMAC() does) cost more than
// hashing a 2 KB body. An EVP_MAC may be shared between threads; each call makes its own context.
EVP_MAC* hmac()
{
    static EVP_MAC* const fetched = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return fetched;
}

} // namespace

QByteArray signPaystackWebhook(const QByteArray& rawBody, const Secret& secretKey)
{
    // OpenSSL's SHA-512 rather than QMessageAuthenticationCode's: Qt's portable implementation took a quarter of
    // the webhook server's HTTP thread under load, OpenSSL's uses the CPU's vector instructions.
    const QByteArray key = secretKey.reveal();
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> context(hmac() ? EVP_MAC_CTX_new(hmac()) : nullptr,
                                                                      &EVP_MAC_CTX_free);
    char digestName[] = "SHA512";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
                                 OSSL_PARAM_construct_end()};
    unsigned char digest[EVP_MAX_MD_SIZE];
    size_t length = 0;
    if (!context ||
        !EVP_MAC_init(context.get(), reinterpret_cast<const unsigned char*>(key.constData()), size_t(key.size()),
                      params) ||
        !EVP_MAC_update(context.get(), reinterpret_cast<const unsigned char*>(rawBody.constData()),
                        size_t(rawBody.size())) ||
        !EVP_MAC_final(context.get(), digest, &length, sizeof digest))
        return {};
    return QByteArray(reinterpret_cast<const char*>(digest), qsizetype(length)).toHex();
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
