#include "backup/backup_cipher.h"

#include "util/durable_file.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace paydesk::backup_cipher {

namespace {

constexpr char kMagic[8] = {'P', 'D', 'B', 'A', 'C', 'K', 'U', 'P'};
constexpr quint8 kVersion = 1;
constexpr int kFingerprintBytes = 8;
constexpr int kNonceBytes = 12;
constexpr int kHeaderBytes = 8 + 1 + 1 + kFingerprintBytes + kNonceBytes;
constexpr int kTagBytes = 16;
constexpr qint64 kChunk = 1 << 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

QString tr(const char* text)
{
    return QCoreApplication::translate("BackupCipher", text);
}

Failure fail(Failure::Reason reason, const QString& message)
{
    return {reason, message};
}

Failure ioFailure(const QFile& file, const char* what)
{
    return fail(Failure::Reason::Io, tr(what).arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
}

// Runs the cipher over `in` from its current position for `length` bytes (-1: to its end) into `out`.
bool transform(EVP_CIPHER_CTX* context, QFile& in, qint64 length, QFile& out)
{
    QByteArray input(kChunk, Qt::Uninitialized);
    QByteArray output(kChunk + 32, Qt::Uninitialized);
    qint64 left = length;
    while (length < 0 || left > 0) {
        const qint64 want = length < 0 ? kChunk : qMin(kChunk, left);
        const qint64 got = in.read(input.data(), want);
        if (got < 0)
            return false;
        if (got == 0)
            return length < 0;
        int produced = 0;
        if (EVP_CipherUpdate(context, reinterpret_cast<unsigned char*>(output.data()), &produced,
                             reinterpret_cast<const unsigned char*>(input.constData()), int(got)) != 1)
            return false;
        if (out.write(output.constData(), produced) != produced)
            return false;
        left -= got;
    }
    return true;
}

} // namespace

QByteArray keyFingerprint(const Secret& key)
{
    return QCryptographicHash::hash(QByteArray(QByteArray("paydesk-backup-key-fingerprint") + key.reveal()),
                                    QCryptographicHash::Sha256)
        .left(kFingerprintBytes);
}

QByteArray fingerprintOf(const QString& encryptedPath)
{
    QFile in(encryptedPath);
    const QByteArray header = in.open(QIODevice::ReadOnly) ? in.read(kHeaderBytes) : QByteArray();
    if (header.size() < kHeaderBytes || !header.startsWith(QByteArray(kMagic, sizeof kMagic)))
        return {};
    return header.mid(10, kFingerprintBytes);
}

Status<Failure> encryptFile(const QString& plainPath, const QString& encryptedPath, Kind kind, const Secret& key)
{
    if (key.reveal().size() != 32)
        return fail(Failure::Reason::WrongKey, tr("The backup key is not 32 bytes long."));
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return ioFailure(in, "Cannot read %1: %2");
    DurableFile out(encryptedPath);
    if (!out.open())
        return fail(Failure::Reason::Io, out.errorString());

    QByteArray header(kMagic, sizeof kMagic);
    header += char(kVersion);
    header += char(kind);
    header += keyFingerprint(key);
    QByteArray nonce(kNonceBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(nonce.data()), kNonceBytes) != 1)
        return fail(Failure::Reason::Io, tr("OpenSSL's random generator failed."));
    header += nonce;

    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int unused = 0;
    const auto* keyBytes = reinterpret_cast<const unsigned char*>(key.reveal().constData());
    bool ok = context && EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
              EVP_EncryptInit_ex(context.get(), nullptr, nullptr, keyBytes,
                                 reinterpret_cast<const unsigned char*>(nonce.constData())) == 1 &&
              EVP_EncryptUpdate(context.get(), nullptr, &unused,
                                reinterpret_cast<const unsigned char*>(header.constData()), int(header.size())) == 1;
    ok = ok && out.file().write(header) == header.size() && transform(context.get(), in, -1, out.file());
    unsigned char tag[kTagBytes];
    unsigned char tail[32];
    ok = ok && EVP_EncryptFinal_ex(context.get(), tail, &unused) == 1 &&
         EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag) == 1 &&
         out.file().write(reinterpret_cast<const char*>(tag), kTagBytes) == kTagBytes;
    if (!ok) {
        const QString why = out.file().error() != QFileDevice::NoError ? out.file().errorString()
                            : in.error() != QFileDevice::NoError       ? in.errorString()
                                                                       : tr("encryption failed");
        out.discard();
        return fail(Failure::Reason::Io,
                    tr("Cannot write the backup %1: %2").arg(QDir::toNativeSeparators(encryptedPath), why));
    }
    if (auto committed = out.commit(); !committed)
        return fail(Failure::Reason::Io, committed.error());
    return {};
}

Result<Kind, Failure> decryptFile(const QString& encryptedPath, const QString& plainPath, const Secret& key)
{
    QFile in(encryptedPath);
    if (!in.open(QIODevice::ReadOnly))
        return ioFailure(in, "Cannot read %1: %2");
    const QByteArray header = in.read(kHeaderBytes);
    if (header.size() < 8 || !header.startsWith(QByteArray(kMagic, sizeof kMagic)))
        return fail(Failure::Reason::NotABackup, tr("%1 is not a Paydesk backup.").arg(encryptedPath));
    if (header.size() < kHeaderBytes || in.size() < kHeaderBytes + kTagBytes)
        return fail(Failure::Reason::Damaged,
                    tr("%1 is cut short: the rest of the backup is missing (a drive pulled while it was written?).")
                        .arg(encryptedPath));
    if (quint8(header.at(8)) > kVersion)
        return fail(Failure::Reason::NewerFormat,
                    tr("%1 was written by a newer Paydesk; update Paydesk to read it.").arg(encryptedPath));
    const auto kind = Kind(quint8(header.at(9)));
    if (kind != Kind::SqliteDatabase && kind != Kind::PostgresDump)
        return fail(Failure::Reason::NotABackup,
                    tr("%1 holds a kind of backup this Paydesk does not know.").arg(encryptedPath));
    if (header.mid(10, kFingerprintBytes) != keyFingerprint(key))
        return fail(Failure::Reason::WrongKey,
                    tr("%1 was made with another backup key: enter the recovery code of the desk that made it.")
                        .arg(encryptedPath));
    const QByteArray nonce = header.mid(10 + kFingerprintBytes, kNonceBytes);

    const qint64 contentBytes = in.size() - kHeaderBytes - kTagBytes;
    QFile out(plainPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return ioFailure(out, "Cannot write %1: %2");
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int unused = 0;
    bool ok = context && EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) == 1 &&
              EVP_DecryptInit_ex(context.get(), nullptr, nullptr,
                                 reinterpret_cast<const unsigned char*>(key.reveal().constData()),
                                 reinterpret_cast<const unsigned char*>(nonce.constData())) == 1 &&
              EVP_DecryptUpdate(context.get(), nullptr, &unused,
                                reinterpret_cast<const unsigned char*>(header.constData()), int(header.size())) == 1;
    const bool readAll = ok && transform(context.get(), in, contentBytes, out);
    QByteArray tag = in.read(kTagBytes);
    unsigned char tail[32];
    const bool authentic = readAll && tag.size() == kTagBytes &&
                           EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1 &&
                           EVP_DecryptFinal_ex(context.get(), tail, &unused) == 1;
    const bool written = out.flush();
    out.close();
    if (!authentic || !written) {
        QFile::remove(plainPath);
        if (!written || out.error() != QFileDevice::NoError)
            return ioFailure(out, "Cannot write %1: %2");
        return fail(Failure::Reason::Damaged,
                    tr("%1 is damaged or was altered: it does not match what was written. Use another backup.")
                        .arg(encryptedPath));
    }
    return kind;
}

} // namespace paydesk::backup_cipher
