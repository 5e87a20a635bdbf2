// libFuzzer target: whatever bytes arrive at POST /paystack/webhook, the path from raw body to inbox row must
// neither crash nor give two different answers for the same bytes. Checks, for every input:
//   * parseWebhookEvent either refuses with a reason or names an event with a dedupe key "<event>:<id>";
//   * a refused body gets a stable, non-empty key of its own (so each distinct one is stored once);
//   * the signature over the exact bytes verifies, and fails for a changed byte, a changed key, or a header made
//     of the input itself.
#include "payments/webhook_event.h"
#include "paystack/webhook_signature.h"

#include <cstdint>
#include <cstdlib>

using namespace paydesk;

namespace {

void require(bool condition, const char* what)
{
    if (!condition) {
        fprintf(stderr, "fuzz_webhook: invariant broken: %s\n", what);
        abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto parsed = parseWebhookEvent(body);
    if (parsed) {
        require(!parsed->event.isEmpty(), "an accepted event has a name");
        require(parsed->dedupeKey.startsWith(parsed->event + u':'), "the dedupe key starts with the event");
        const auto again = parseWebhookEvent(body);
        require(again && again->dedupeKey == parsed->dedupeKey, "the same bytes give the same key");
    } else {
        require(!parsed.error().isEmpty(), "a refusal says why");
        const QString key = rejectedDedupeKey(body);
        require(!key.isEmpty() && key == rejectedDedupeKey(body), "a refused body has a stable key");
    }

    static const Secret key(QByteArrayLiteral("sk_test_fuzz0123456789abcdefghijkl"));
    static const Secret otherKey(QByteArrayLiteral("sk_test_fuzzZZZZZZZZZZZZZZZZZZZZZZ"));
    const QByteArray signature = signPaystackWebhook(body, key);
    require(verifyPaystackWebhook(body, signature, key), "a body verifies under its own signature");
    require(!verifyPaystackWebhook(body, signature, otherKey), "another key does not verify it");
    if (!body.isEmpty()) {
        QByteArray changed = body;
        changed[0] = char(changed[0] ^ 0x01);
        require(!verifyPaystackWebhook(changed, signature, key), "a changed byte does not verify");
    }
    // The input as the header: whatever a client sends there, no crash and no acceptance.
    require(!verifyPaystackWebhook(body, body.left(256), key) || body.left(256) == signature,
            "an arbitrary header does not verify");
    return 0;
}
