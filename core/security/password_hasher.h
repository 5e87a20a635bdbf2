#pragma once

#include <QString>

namespace paydesk {

// PBKDF2-HMAC-SHA512 password hashes, stored as one self-describing string:
//   pbkdf2-sha512$<iterations>$<salt, base64>$<hash, base64>
// so the iteration count can rise later without invalidating stored hashes.
class PasswordHasher
{
  public:
    static constexpr int kDefaultIterations = 210000; // OWASP's 2023 figure for PBKDF2-HMAC-SHA512
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 64;

    static QString hash(const QString& password, int iterations = kDefaultIterations);
    // Constant-time comparison; false for a malformed stored value.
    static bool verify(const QString& password, const QString& stored);
    // True when the stored hash is weaker than what hash() makes today.
    static bool needsRehash(const QString& stored);
};

} // namespace paydesk
