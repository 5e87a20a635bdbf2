#include "security/password_hasher.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace paydesk {

namespace {

const QString kScheme = QStringLiteral("pbkdf2-sha512");

QByteArray derive(const QString& password, const QByteArray& salt, int iterations, int length)
{
    QByteArray secret = password.toUtf8();
    QByteArray out(length, '\0');
    const int ok = PKCS5_PBKDF2_HMAC(secret.constData(), int(secret.size()),
                                     reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()),
                                     iterations, EVP_sha512(), length, reinterpret_cast<unsigned char*>(out.data()));
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    return ok == 1 ? out : QByteArray();
}

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

bool parse(const QString& stored, Parsed& out)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != kScheme)
        return false;
    bool ok = false;
    out.iterations = parts.at(1).toInt(&ok);
    if (!ok || out.iterations < 1)
        return false;
    auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    auto hash = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !hash || salt.decoded.isEmpty() || hash.decoded.isEmpty())
        return false;
    out.salt = salt.decoded;
    out.hash = hash.decoded;
    return true;
}

} // namespace

QString PasswordHasher::hash(const QString& password, int iterations)
{
    QByteArray salt(kSaltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), kSaltBytes) != 1)
        qFatal("OpenSSL could not produce random bytes for a password salt");
    const QByteArray derived = derive(password, salt, iterations, kHashBytes);
    return kScheme + u'$' + QString::number(iterations) + u'$' + QString::fromLatin1(salt.toBase64()) + u'$' +
           QString::fromLatin1(derived.toBase64());
}

bool PasswordHasher::verify(const QString& password, const QString& stored)
{
    Parsed parsed;
    if (!parse(stored, parsed))
        return false;
    const QByteArray derived = derive(password, parsed.salt, parsed.iterations, int(parsed.hash.size()));
    if (derived.size() != parsed.hash.size())
        return false;
    return CRYPTO_memcmp(derived.constData(), parsed.hash.constData(), size_t(derived.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString& stored)
{
    Parsed parsed;
    return !parse(stored, parsed) || parsed.iterations < kDefaultIterations || parsed.salt.size() < kSaltBytes;
}

} // namespace paydesk
