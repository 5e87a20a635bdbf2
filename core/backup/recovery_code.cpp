#include "backup/recovery_code.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cstring>
#include <openssl/rand.h>

namespace paydesk::recovery_code {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int kCheckBytes = 2;

QByteArray check(const QByteArray& key)
{
    return QCryptographicHash::hash(QByteArray(QByteArray("paydesk-recovery-code") + key), QCryptographicHash::Sha256)
        .left(kCheckBytes);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("RecoveryCode", text);
}

} // namespace

QString format(const Secret& key)
{
    const QByteArray bytes = QByteArray(key.reveal() + check(key.reveal()));
    QString text;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            text += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        text += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]);
    QString grouped;
    for (qsizetype i = 0; i < text.size(); i += 5) {
        if (!grouped.isEmpty())
            grouped += u'-';
        grouped += text.mid(i, 5);
    }
    return grouped;
}

Result<Secret, QString> parse(const QString& text)
{
    QByteArray bytes;
    quint32 buffer = 0;
    int bits = 0;
    int letters = 0;
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-')
            continue;
        const char upper = char(c.toUpper().toLatin1());
        const char* at = upper ? std::strchr(kAlphabet, upper) : nullptr;
        if (!at)
            return tr("A recovery code has only the letters A to Z and the digits 2 to 7; \"%1\" is not one of them.")
                .arg(c);
        buffer = (buffer << 5) | quint32(at - kAlphabet);
        bits += 5;
        ++letters;
        if (bits >= 8) {
            bytes += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    const int expected = ((kKeyBytes + kCheckBytes) * 8 + 4) / 5;
    if (letters != expected)
        return tr("A recovery code has %1 letters and digits; this one has %2.").arg(expected).arg(letters);
    const QByteArray key = bytes.left(kKeyBytes);
    if (bytes.mid(kKeyBytes, kCheckBytes) != check(key))
        return tr("This recovery code has a typo: check it letter by letter against the one written down.");
    return Secret(key);
}

Secret newKey()
{
    QByteArray key(kKeyBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), kKeyBytes) != 1)
        qFatal("OpenSSL's random generator failed");
    return Secret(key);
}

} // namespace paydesk::recovery_code
