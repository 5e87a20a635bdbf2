#include "paystack/webhook_signature.h"

#include <array>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <optional>

namespace paydesk {

namespace {

using Digest = std::array<unsigned char, 64>; // SHA-512

// HMAC fetched from OpenSSL's providers once: fetching it per call (as the one-shot HMAC() does) cost more than
// hashing a 2 KB body. An EVP_MAC may be shared between threads.
EVP_MAC* hmac()
{
    static EVP_MAC* const fetched = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return fetched;
}

// One HMAC context per thread, keyed once and restarted for each body: keying a fresh context looks up SHA-512
// among the providers and allocates its digest states again, which cost as much as hashing the body. A different
// key (the secret changed in settings) keys the context anew.
class KeyedHmac
{
  public:
    KeyedHmac() = default;
    KeyedHmac(const KeyedHmac&) = delete;
    KeyedHmac& operator=(const KeyedHmac&) = delete;
    ~KeyedHmac() { forget(); }

    std::optional<Digest> sign(const QByteArray& body, const QByteArray& key)
    {
        const bool sameKey = m_context && key == m_key;
        if (!sameKey && !rekey(key))
            return std::nullopt;
        Digest digest{};
        size_t length = 0;
        // A null key restarts the context with the key it holds.
        if ((sameKey && !EVP_MAC_init(m_context, nullptr, 0, nullptr)) ||
            !EVP_MAC_update(m_context, reinterpret_cast<const unsigned char*>(body.constData()), size_t(body.size())) ||
            !EVP_MAC_final(m_context, digest.data(), &length, digest.size()) || length != digest.size()) {
            forget(); // a context in an unknown state is not reused
            return std::nullopt;
        }
        return digest;
    }

  private:
    bool rekey(const QByteArray& key)
    {
        forget();
        m_context = hmac() ? EVP_MAC_CTX_new(hmac()) : nullptr;
        char digestName[] = "SHA512";
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
                                     OSSL_PARAM_construct_end()};
        if (!m_context || !EVP_MAC_init(m_context, reinterpret_cast<const unsigned char*>(key.constData()),
                                        size_t(key.size()), params)) {
            forget();
            return false;
        }
        m_key = key;
        m_key.detach(); // our own copy, so that forget() scrubs no one else's bytes
        return true;
    }

    void forget()
    {
        EVP_MAC_CTX_free(m_context); // OpenSSL scrubs the keyed states it frees
        m_context = nullptr;
        if (!m_key.isEmpty())
            OPENSSL_cleanse(m_key.data(), size_t(m_key.size()));
        m_key.clear();
    }

    EVP_MAC_CTX* m_context = nullptr;
    QByteArray m_key;
};

std::optional<Digest> hmacSha512(const QByteArray& body, const Secret& key)
{
    // OpenSSL's SHA-512 rather than QMessageAuthenticationCode's: Qt's portable implementation took a quarter of
    // the webhook server's HTTP thread under load, OpenSSL's uses the CPU's vector instructions.
    thread_local KeyedHmac keyed;
    return keyed.sign(body, key.reveal());
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QByteArray signPaystackWebhook(const QByteArray& rawBody, const Secret& secretKey)
{
    const std::optional<Digest> digest = hmacSha512(rawBody, secretKey);
    if (!digest)
        return {};
    return QByteArray(reinterpret_cast<const char*>(digest->data()), qsizetype(digest->size())).toHex();
}

bool verifyPaystackWebhook(const QByteArray& rawBody, const QByteArray& signatureHeader, const Secret& secretKey)
{
    if (secretKey.isEmpty())
        return false;
    // The header decoded in place (this runs for every delivery): 128 hex digits of either case, spaces around.
    const QByteArrayView given = QByteArrayView(signatureHeader).trimmed();
    Digest claimed{};
    if (given.size() != qsizetype(2 * claimed.size())) // the length of a digest is no secret
        return false;
    for (size_t i = 0; i < claimed.size(); ++i) {
        const int high = hexValue(given[qsizetype(2 * i)]);
        const int low = hexValue(given[qsizetype(2 * i + 1)]);
        if (high < 0 || low < 0)
            return false;
        claimed[i] = static_cast<unsigned char>(high << 4 | low);
    }
    const std::optional<Digest> expected = hmacSha512(rawBody, secretKey);
    return expected && CRYPTO_memcmp(claimed.data(), expected->data(), claimed.size()) == 0;
}

} // namespace paydesk
