#pragma once

#include "security/secret.h"
#include "util/result.h"

#include <QString>

namespace paydesk {

// The backup key as a person writes it down: the 32 key bytes and a 2-byte check, in RFC 4648 base32 (letters and
// the digits 2-7, so 0/O and 1/I cannot be confused), in groups of five: 55 characters. Parsing ignores case,
// spaces and dashes; a typo fails the check instead of yielding another key.
namespace recovery_code {

inline constexpr int kKeyBytes = 32;

QString format(const Secret& key);
// The key, or why the text is not a recovery code.
Result<Secret, QString> parse(const QString& text);
// A new random key from OpenSSL's generator.
Secret newKey();

} // namespace recovery_code

} // namespace paydesk
