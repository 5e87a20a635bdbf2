#include "webhook_load.h"

#include "paystack/webhook_signature.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace paydesk::test {

namespace {

using Clock = std::chrono::steady_clock;

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

double threadCpuSeconds()
{
    timespec used{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &used);
    return double(used.tv_sec) + double(used.tv_nsec) / 1e9;
}

// One keep-alive connection and the delivery it carries. Non-blocking: the loop in run() drives every connection
// from one thread through epoll, as a real client pool would, so the generator's own thread switches do not
// weigh on the server it measures.
struct Slot
{
    int fd = -1;
    int source = 0; // which loopback address it connects from: 127.0.0.1 + source
    int index = -1; // the delivery in flight; -1 when idle
    QByteArray out;
    qsizetype sent = 0;
    QByteArray in;
    qint64 startedNs = 0;   // when the delivery was due (paced) or sent (closed loop)
    qint64 deadlineNs = 0;  // no answer by then: status 0
    qint64 idleUntilNs = 0; // after a failure: the server may be down, do not spin

    void close()
    {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
        in.clear();
    }
};

bool connectTo(Slot& slot, int epoll, quint16 port)
{
    slot.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (slot.fd < 0)
        return false;
    const int one = 1;
    ::setsockopt(slot.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in from{};
    from.sin_family = AF_INET;
    from.sin_addr.s_addr = htonl(INADDR_LOOPBACK + quint32(slot.source));
    if (::bind(slot.fd, reinterpret_cast<const sockaddr*>(&from), sizeof from) != 0) {
        slot.close();
        return false;
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    // Blocking connect: on loopback it completes or is refused at once.
    if (::connect(slot.fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        slot.close();
        return false;
    }
    ::fcntl(slot.fd, F_SETFL, ::fcntl(slot.fd, F_GETFL) | O_NONBLOCK);
    epoll_event event{};
    event.events = EPOLLIN | EPOLLOUT | EPOLLET;
    event.data.ptr = &slot;
    ::epoll_ctl(epoll, EPOLL_CTL_ADD, slot.fd, &event);
    return true;
}

// Writes what the socket takes; false when the connection failed.
bool flush(Slot& slot)
{
    while (slot.sent < slot.out.size()) {
        const ssize_t n =
            ::send(slot.fd, slot.out.constData() + slot.sent, size_t(slot.out.size() - slot.sent), MSG_NOSIGNAL);
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        if (n <= 0)
            return false;
        slot.sent += n;
    }
    return true;
}

enum class Read { More, Answered, Failed };

// Reads what arrived; on a whole answer, its status.
Read receive(Slot& slot, int* status, bool* closeAfter)
{
    bool closed = false; // the server may answer and close at once: the answer still counts
    // The answer's head (lower-cased) and whole length, once the head is in: read once, then used for both.
    QByteArray head;
    qsizetype total = 0;
    auto readHead = [&] {
        const qsizetype headerEnd = slot.in.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        head = slot.in.left(headerEnd).toLower();
        qsizetype length = 0;
        if (const qsizetype at = head.indexOf("content-length:"); at >= 0)
            length = head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        total = headerEnd + 4 + length;
    };
    for (;;) {
        char chunk[8192];
        const ssize_t n = ::recv(slot.fd, chunk, sizeof chunk, 0);
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        if (n <= 0) {
            closed = true;
            break;
        }
        slot.in.append(chunk, n);
        // A whole answer is all the server sends until the next request: no read just to learn the socket is
        // empty (the generator shares the host's cores with the server it measures).
        if (total == 0)
            readHead();
        if (total > 0 && slot.in.size() >= total)
            break;
    }
    if (total == 0)
        readHead(); // the head was already waiting from an earlier read
    if (total == 0 || slot.in.size() < total)
        return closed ? Read::Failed : Read::More;
    *status = head.mid(9, 3).toInt(); // "http/1.1 200 ok"
    *closeAfter = closed || head.contains("connection: close");
    slot.in.remove(0, total);
    return Read::Answered;
}

} // namespace

QString WebhookLoad::reference(const QString& prefix, qint64 id)
{
    return prefix + u'-' + QString::number(id);
}

QByteArray WebhookLoad::body(const QString& prefix, qint64 id, int bytes)
{
    // The shape of a card charge.success; the padding stands for the authorization, customer and log objects
    // that make Paystack's real bodies about 2 KB.
    QByteArray text = QStringLiteral(R"({"event":"charge.success","data":{"id":%1,"domain":"test","status":"success",)"
                                     R"("reference":"%2","amount":650000,"currency":"NGN","channel":"card",)"
                                     R"("paid_at":"2026-11-22T09:00:00.000Z","customer":{"email":"load@example.com"},)"
                                     R"("metadata":{"note":")")
                          .arg(id)
                          .arg(reference(prefix, id))
                          .toUtf8();
    const QByteArray tail = R"("}}})";
    text += QByteArray(std::max<qsizetype>(0, bytes - text.size() - tail.size()), 'x');
    return text + tail;
}

int WebhookLoad::Outcome::answered(int status) const
{
    return int(std::count_if(deliveries.cbegin(), deliveries.cend(),
                             [status](const Delivery& delivery) { return delivery.status == status; }));
}

double WebhookLoad::Outcome::latencyMs(double quantile, int status) const
{
    QList<qint64> micros;
    for (const Delivery& delivery : deliveries) {
        if (delivery.status == status)
            micros << delivery.latencyMicros;
    }
    if (micros.isEmpty())
        return 0;
    std::sort(micros.begin(), micros.end());
    const auto index = std::min<qsizetype>(micros.size() - 1, qsizetype(quantile * double(micros.size())));
    return double(micros.at(index)) / 1000.0;
}

WebhookLoad::Outcome WebhookLoad::run(const std::atomic<bool>* stop) const
{
    Outcome outcome;
    outcome.deliveries.resize(count);
    const Secret key(secretKey);
    auto request = [&](qint64 id) -> QByteArray {
        const QByteArray payload = body(referencePrefix, id, bodyBytes);
        return "POST /paystack/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               "X-Paystack-Signature: " +
               signPaystackWebhook(payload, key) + "\r\nContent-Length: " + QByteArray::number(payload.size()) +
               "\r\n\r\n" + payload;
    };
    std::vector<QByteArray> signedAhead;
    if (signAhead) {
        const double cpuBefore = threadCpuSeconds();
        signedAhead.reserve(size_t(count));
        for (int index = 0; index < count; ++index)
            signedAhead.push_back(request(firstId + index));
        outcome.signingCpuSeconds = threadCpuSeconds() - cpuBefore;
    }
    const qint64 startNs = nowNs();
    const qint64 timeoutNs = qint64(answerTimeoutMs) * 1'000'000;
    const int epoll = ::epoll_create1(EPOLL_CLOEXEC);
    std::vector<Slot> pool(size_t(std::max(1, connections)));
    for (size_t i = 0; i < pool.size(); ++i)
        pool[i].source = int(i) % std::max(1, sourceAddresses);
    // Paced: when delivery `index` is due. Latency counts from then, so a stalled server cannot hide its queue.
    auto dueAt = [&](int index) { return startNs + qint64(double(index) * 1e9 / ratePerSecond); };
    int next = 0;
    int inFlight = 0;

    auto finish = [&](Slot& slot, int status) {
        Delivery& delivery = outcome.deliveries[slot.index];
        delivery.status = status;
        delivery.latencyMicros = (nowNs() - slot.startedNs) / 1000;
        slot.index = -1;
        --inFlight;
        if (status == 0) {
            slot.close();
            slot.idleUntilNs = nowNs() + 5'000'000;
        }
    };
    auto start = [&](Slot& slot, qint64 now) {
        const int index = next++;
        const qint64 id = firstId + index;
        slot.out = signedAhead.empty() ? request(id) : std::move(signedAhead[size_t(index)]);
        slot.sent = 0;
        slot.index = index;
        ++inFlight;
        outcome.deliveries[index].id = id;
        slot.startedNs = ratePerSecond > 0 ? dueAt(index) : now;
        slot.deadlineNs = now + timeoutNs;
        if ((slot.fd < 0 && !connectTo(slot, epoll, port)) || !flush(slot))
            finish(slot, 0);
    };

    for (;;) {
        const bool stopping = stop && stop->load();
        qint64 now = nowNs();
        qint64 wakeNs = now + 10'000'000; // look at `stop` at least every 10 ms
        for (Slot& slot : pool) {
            if (slot.index >= 0) {
                if (now >= slot.deadlineNs)
                    finish(slot, 0);
                else
                    wakeNs = std::min(wakeNs, slot.deadlineNs);
                continue;
            }
            if (stopping || next >= count)
                continue;
            if (now < slot.idleUntilNs) {
                wakeNs = std::min(wakeNs, slot.idleUntilNs);
                continue;
            }
            const qint64 dueNs = ratePerSecond > 0 ? dueAt(next) : now;
            if (dueNs > now) {
                wakeNs = std::min(wakeNs, dueNs);
                continue;
            }
            start(slot, now);
            now = nowNs();
        }
        if (inFlight == 0 && (stopping || next >= count))
            break;
        epoll_event events[64];
        // Nanosecond timeout: a paced delivery must leave when it is due, not at the next millisecond.
        const qint64 waitNs = std::clamp<qint64>(wakeNs - nowNs(), 0, 10'000'000);
        const timespec wait{0, long(waitNs)};
        const int ready = ::epoll_pwait2(epoll, events, 64, &wait, nullptr);
        for (int i = 0; i < ready; ++i) {
            Slot& slot = *static_cast<Slot*>(events[i].data.ptr);
            if (slot.fd < 0)
                continue;
            if (slot.index < 0) {
                // Nothing is in flight, so this is the server closing an idle connection (or saying something
                // unasked): the next delivery goes on a new one rather than failing on this.
                if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR))
                    slot.close();
                continue;
            }
            if ((events[i].events & EPOLLOUT) && !flush(slot)) {
                finish(slot, 0);
                continue;
            }
            int status = 0;
            bool closeAfter = false;
            const Read read = receive(slot, &status, &closeAfter);
            if (read == Read::Failed) {
                finish(slot, 0);
            } else if (read == Read::Answered) {
                finish(slot, status);
                if (closeAfter)
                    slot.close();
            }
        }
    }
    for (Slot& slot : pool)
        slot.close();
    ::close(epoll);
    outcome.seconds = double(nowNs() - startNs) / 1e9;
    // Deliveries never started (stopped early) are left out.
    outcome.deliveries.erase(std::remove_if(outcome.deliveries.begin(), outcome.deliveries.end(),
                                            [](const Delivery& delivery) { return delivery.id == 0; }),
                             outcome.deliveries.end());
    return outcome;
}

} // namespace paydesk::test
