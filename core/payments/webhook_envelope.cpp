#include "payments/webhook_envelope.h"

#include "payments/webhook_event.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <span>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace paydesk {

namespace {

constexpr int kMaxDepth = 64;             // QJsonDocument allows 1024; anything deeper is left to it
constexpr qsizetype kMaxNumberBytes = 32; // a longer number could overflow a double, which QJsonDocument refuses
constexpr qsizetype kMaxIdDigits = 18;    // always fits a qint64, which QJsonDocument keeps exactly

// One value as the reader saw it: enough to tell what QJsonValue::toString and json::string would make of it.
struct Seen
{
    enum class Kind { Absent, String, Number, True, False, Null, Object, Array };
    Kind kind = Kind::Absent;
    const char* begin = nullptr; // a string's text between its quotes, or a number's
    const char* end = nullptr;
    bool escaped = false; // a string with an escape in it: its text is not its value
};

// A member whose value is wanted; a name given twice in one object makes the reader unsure (which one counts is
// QJsonObject's business).
struct Wanted
{
    const char* name;
    Seen seen;
};

// Plain characters inside a string: everything else ends the fast run (the quote, a backslash, a control
// character, anything not ASCII).
constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[size_t(c)] = c != '"' && c != '\\';
    return plain;
}();

// A strict JSON reader over the subset described in the header. Every function answers false both for bytes that
// are not JSON and for JSON it is not sure of: either way the caller hands the body to QJsonDocument.
class Reader
{
  public:
    explicit Reader(const QByteArray& body) : m_at(body.constData()), m_end(body.constData() + body.size()) {}

    bool envelope(std::span<Wanted> top, const char* innerName, std::span<Wanted> inner)
    {
        skipSpace();
        if (!is('{') || !object(1, top, innerName, inner))
            return false;
        skipSpace();
        return m_at == m_end;
    }

  private:
    bool is(char c) const { return m_at < m_end && *m_at == c; }

    void skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    // At '{'. The value of the member named `innerName`, when it is an object, has its own wanted members.
    bool object(int depth, std::span<Wanted> wanted, const char* innerName = nullptr, std::span<Wanted> inner = {})
    {
        if (openedEmpty('}'))
            return true;
        while (true) {
            Seen key;
            if (!is('"') || !string(key))
                return false;
            skipSpace();
            if (!is(':'))
                return false;
            ++m_at;
            skipSpace();
            // A name with an escape in it cannot spell any wanted one without \u, which the reader refuses.
            Wanted* match = key.escaped ? nullptr : find(wanted, key);
            if (match && match->seen.kind != Seen::Kind::Absent)
                return false;
            Seen value;
            if (innerName && match && std::strcmp(match->name, innerName) == 0 && is('{')) {
                if (depth + 1 > kMaxDepth || !object(depth + 1, inner))
                    return false;
                value.kind = Seen::Kind::Object;
            } else if (!this->value(depth + 1, value)) {
                return false;
            }
            if (match)
                match->seen = value;
            if (const After after = afterItem('}'); after != After::Comma)
                return after == After::Closed;
        }
    }

    // At an object's or array's opening bracket: past it, and past the closing one too when nothing is inside.
    bool openedEmpty(char close)
    {
        ++m_at;
        skipSpace();
        if (!is(close))
            return false;
        ++m_at;
        return true;
    }

    enum class After { Comma, Closed, Bad };
    // After an object's member or an array's item: a comma (and more to come), the closing bracket, or neither.
    After afterItem(char close)
    {
        skipSpace();
        if (is(',')) {
            ++m_at;
            skipSpace();
            return After::Comma;
        }
        if (!is(close))
            return After::Bad;
        ++m_at;
        return After::Closed;
    }

    static Wanted* find(std::span<Wanted> wanted, const Seen& key)
    {
        const auto length = size_t(key.end - key.begin);
        for (Wanted& candidate : wanted) {
            if (std::strlen(candidate.name) == length && std::memcmp(candidate.name, key.begin, length) == 0)
                return &candidate;
        }
        return nullptr;
    }

    bool array(int depth)
    {
        if (openedEmpty(']'))
            return true;
        while (true) {
            Seen item;
            if (!value(depth + 1, item))
                return false;
            if (const After after = afterItem(']'); after != After::Comma)
                return after == After::Closed;
        }
    }

    bool value(int depth, Seen& seen)
    {
        if (depth > kMaxDepth || m_at == m_end)
            return false;
        switch (*m_at) {
        case '{':
            seen.kind = Seen::Kind::Object;
            return object(depth, {});
        case '[':
            seen.kind = Seen::Kind::Array;
            return array(depth);
        case '"':
            return string(seen);
        case 't':
            return literal("true", Seen::Kind::True, seen);
        case 'f':
            return literal("false", Seen::Kind::False, seen);
        case 'n':
            return literal("null", Seen::Kind::Null, seen);
        default:
            return number(seen);
        }
    }

    // At '"'. Escapes other than \u are read (and mark the string); \u, control characters and non-ASCII bytes
    // are left to QJsonDocument.
    bool string(Seen& seen)
    {
        ++m_at;
        seen.kind = Seen::Kind::String;
        seen.begin = m_at;
        while (m_at < m_end) {
            skipPlain();
            if (m_at == m_end)
                return false;
            if (*m_at == '"') {
                seen.end = m_at++;
                return true;
            }
            if (*m_at != '\\' || m_end - m_at < 2 || !std::strchr("\"\\/bfnrt", m_at[1]) || m_at[1] == '\0')
                return false;
            seen.escaped = true;
            m_at += 2;
        }
        return false;
    }

    // Past the plain characters of a string, sixteen at a time where SSE2 is there (every x86-64): a delivery is
    // mostly long texts, and a byte at a time was most of the reader's cost.
    void skipPlain()
    {
#ifdef __SSE2__
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i backslash = _mm_set1_epi8('\\');
        const __m128i space = _mm_set1_epi8(0x20);
        while (m_end - m_at >= 16) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(m_at));
            // Signed: bytes from 0x80 up are negative, so "below a space" catches them with the control characters.
            const __m128i stops =
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, quote), _mm_cmpeq_epi8(chunk, backslash)),
                             _mm_cmplt_epi8(chunk, space));
            const int mask = _mm_movemask_epi8(stops);
            if (mask != 0) {
                m_at += std::countr_zero(unsigned(mask));
                return;
            }
            m_at += 16;
        }
#endif
        while (m_at < m_end && kPlain[static_cast<unsigned char>(*m_at)])
            ++m_at;
    }

    bool literal(const char* word, Seen::Kind kind, Seen& seen)
    {
        const auto length = qsizetype(std::strlen(word));
        if (m_end - m_at < length || std::memcmp(m_at, word, size_t(length)) != 0)
            return false;
        m_at += length;
        seen.kind = kind;
        return true;
    }

    // -?(0|[1-9][0-9]*)(.[0-9]+)? ; an exponent is left to QJsonDocument.
    bool number(Seen& seen)
    {
        const char* begin = m_at;
        const auto digits = [this] {
            const char* first = m_at;
            while (m_at < m_end && *m_at >= '0' && *m_at <= '9')
                ++m_at;
            return m_at - first;
        };
        if (is('-'))
            ++m_at;
        if (is('0'))
            ++m_at;
        else if (digits() == 0)
            return false;
        if (is('.')) {
            ++m_at;
            if (digits() == 0)
                return false;
        }
        if (is('e') || is('E') || m_at - begin > kMaxNumberBytes)
            return false;
        seen.kind = Seen::Kind::Number;
        seen.begin = begin;
        seen.end = m_at;
        return true;
    }

    const char* m_at;
    const char* m_end;
};

QString text(const Seen& seen)
{
    return QString::fromLatin1(seen.begin, seen.end - seen.begin);
}

// What json::string makes of a data field (empty: it names nothing); nullopt when the reader cannot be sure.
std::optional<QString> identityOf(const Seen& seen)
{
    switch (seen.kind) {
    case Seen::Kind::String:
        return seen.escaped ? std::nullopt : std::optional(text(seen));
    case Seen::Kind::True:
        return QStringLiteral("true");
    case Seen::Kind::False:
        return QStringLiteral("false");
    case Seen::Kind::Number: {
        // A whole number QJsonDocument keeps exactly comes back as its own digits; a negative or fractional one
        // goes through a double, whose formatting is QString's.
        const auto length = seen.end - seen.begin;
        const bool plainDigits =
            length <= kMaxIdDigits && std::all_of(seen.begin, seen.end, [](char c) { return c >= '0' && c <= '9'; });
        return plainDigits ? std::optional(text(seen)) : std::nullopt;
    }
    default:
        return QString(); // absent, null, an object or an array
    }
}

// What QJsonValue::toString makes of it: a string's text, or nothing.
std::optional<QString> stringOf(const Seen& seen)
{
    if (seen.kind != Seen::Kind::String)
        return QString();
    return seen.escaped ? std::nullopt : std::optional(text(seen));
}

} // namespace

std::optional<WebhookEnvelope> scanWebhookEnvelope(const QByteArray& body)
{
    std::array<Wanted, 2> top{{{"event", {}}, {"data", {}}}};
    std::array<Wanted, kWebhookIdentityFields.size() + 2> data{};
    for (size_t i = 0; i < kWebhookIdentityFields.size(); ++i)
        data[i].name = kWebhookIdentityFields[i];
    Wanted& paidAt = data[kWebhookIdentityFields.size()];
    Wanted& paidAtCamel = data[kWebhookIdentityFields.size() + 1];
    paidAt.name = "paid_at";
    paidAtCamel.name = "paidAt";

    if (!Reader(body).envelope(top, "data", data))
        return std::nullopt;
    const Seen& event = top[0].seen;
    const qsizetype eventLength = event.end - event.begin;
    // Not an event (no name, or no data object): QJsonDocument's path says why.
    if (event.kind != Seen::Kind::String || event.escaped || eventLength == 0 || eventLength > kMaxWebhookEventName ||
        top[1].seen.kind != Seen::Kind::Object)
        return std::nullopt;

    WebhookEnvelope envelope;
    envelope.event = text(event);
    QString identity;
    for (size_t i = 0; i < kWebhookIdentityFields.size() && identity.isEmpty(); ++i) {
        const std::optional<QString> named = identityOf(data[i].seen);
        if (!named)
            return std::nullopt;
        identity = *named;
    }
    envelope.dedupeKey = webhookDedupeKey(envelope.event, identity, body);
    const std::optional<QString> paid = stringOf(paidAt.seen);
    const std::optional<QString> paidCamel = stringOf(paidAtCamel.seen);
    if (!paid || !paidCamel)
        return std::nullopt;
    envelope.paidAt = *paid;
    envelope.paidAtCamel = *paidCamel;
    return envelope;
}

} // namespace paydesk
