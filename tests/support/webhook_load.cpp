#include "webhook_load.h"

#include "paystack/webhook_signature.h"

#include <QElapsedTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <chrono>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace paydesk::test {

namespace {

class Connection
{
  public:
    Connection(quint16 port, int timeoutMs) : m_port(port), m_timeoutMs(timeoutMs) {}
    ~Connection() { close(); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Sends one request and reads the answer; the HTTP status, or 0 when the exchange failed.
    int exchange(const QByteArray& request)
    {
        if (m_fd < 0 && !open())
            return 0;
        if (!sendAll(request)) {
            close();
            return 0;
        }
        const int status = readAnswer();
        if (status == 0)
            close();
        return status;
    }

  private:
    bool open()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0)
            return false;
        const int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        timeval timeout{m_timeoutMs / 1000, (m_timeoutMs % 1000) * 1000};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
            close();
            return false;
        }
        m_buffer.clear();
        return true;
    }

    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

    bool sendAll(const QByteArray& data)
    {
        qsizetype sent = 0;
        while (sent < data.size()) {
            const ssize_t n = ::send(m_fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }

    bool fill()
    {
        char chunk[8192];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        m_buffer.append(chunk, n);
        return true;
    }

    int readAnswer()
    {
        qsizetype headerEnd;
        while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!fill())
                return 0;
        }
        const QByteArray head = m_buffer.left(headerEnd).toLower();
        // "http/1.1 200 ok"
        const int status = head.mid(9, 3).toInt();
        qsizetype length = 0;
        if (const qsizetype at = head.indexOf("content-length:"); at >= 0)
            length = head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        const qsizetype total = headerEnd + 4 + length;
        while (m_buffer.size() < total) {
            if (!fill())
                return 0;
        }
        m_buffer.remove(0, total);
        if (head.contains("connection: close"))
            close();
        return status;
    }

    quint16 m_port;
    int m_timeoutMs;
    int m_fd = -1;
    QByteArray m_buffer;
};

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
    std::atomic<int> next{0};
    QElapsedTimer clock;
    clock.start();
    const Secret key(secretKey);
    auto worker = [&] {
        Connection connection(port, answerTimeoutMs);
        for (;;) {
            if (stop && stop->load())
                return;
            const int index = next.fetch_add(1);
            if (index >= count)
                return;
            const qint64 id = firstId + index;
            const QByteArray payload = body(referencePrefix, id, bodyBytes);
            const QByteArray request = "POST /paystack/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                       "Content-Type: application/json\r\nX-Paystack-Signature: " +
                                       signPaystackWebhook(payload, key) +
                                       "\r\nContent-Length: " + QByteArray::number(payload.size()) + "\r\n\r\n" +
                                       payload;
            qint64 startedNs = clock.nsecsElapsed();
            if (ratePerSecond > 0) {
                const auto scheduledNs = qint64(double(index) * 1e9 / ratePerSecond);
                if (scheduledNs > startedNs)
                    std::this_thread::sleep_for(std::chrono::nanoseconds(scheduledNs - startedNs));
                startedNs = scheduledNs;
            }
            Delivery& delivery = outcome.deliveries[index];
            delivery.id = id;
            delivery.status = connection.exchange(request);
            delivery.latencyMicros = (clock.nsecsElapsed() - startedNs) / 1000;
            if (delivery.status == 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(5)); // the server is down: do not spin
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(size_t(connections));
    for (int i = 0; i < connections; ++i)
        threads.emplace_back(worker);
    for (std::thread& thread : threads)
        thread.join();
    outcome.seconds = double(clock.nsecsElapsed()) / 1e9;
    // Deliveries never started (stopped early) are left out.
    outcome.deliveries.erase(std::remove_if(outcome.deliveries.begin(), outcome.deliveries.end(),
                                            [](const Delivery& delivery) { return delivery.id == 0; }),
                             outcome.deliveries.end());
    return outcome;
}

} // namespace paydesk::test
