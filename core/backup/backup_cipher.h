#pragma once

#include "security/secret.h"
#include "util/result.h"

#include <QString>

namespace paydesk {

// A backup file: the database (or a PostgreSQL dump) encrypted and authenticated with AES-256-GCM under the
// desk's backup key. What is readable without the key: that it is a Paydesk backup, what kind, a short key
// fingerprint (so a restore can say "another key" rather than "damaged"), its size and its file dates.
//
//   "PDBACKUP" | version (1) | kind (1) | key fingerprint (8) | nonce (12) | ciphertext | tag (16)
//
// The first 30 bytes are authenticated with the content. Nothing is taken for a backup until the tag verified.
namespace backup_cipher {

enum class Kind : quint8 { SqliteDatabase = 1, PostgresDump = 2 };

struct Failure
{
    enum class Reason { Io, NotABackup, NewerFormat, WrongKey, Damaged };
    Reason reason = Reason::Io;
    QString message;
};

// Encrypts `plainPath` into `encryptedPath` (written as encryptedPath + ".partial", synced, then renamed, and the
// folder synced: a pulled drive or a full disk never leaves a file that looks finished).
Status<Failure> encryptFile(const QString& plainPath, const QString& encryptedPath, Kind kind, const Secret& key);

// Decrypts `encryptedPath` into `plainPath`, which exists afterwards only if the whole file authenticated.
Result<Kind, Failure> decryptFile(const QString& encryptedPath, const QString& plainPath, const Secret& key);

// The fingerprint stored in a backup's header for this key, and the one a backup file carries (empty when it is not
// a backup or cannot be read).
QByteArray keyFingerprint(const Secret& key);
QByteArray fingerprintOf(const QString& encryptedPath);

} // namespace backup_cipher

} // namespace paydesk
