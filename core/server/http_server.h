#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QSocketNotifier>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>

struct MHD_Daemon;
struct MHD_Connection;

namespace paydesk {

// A request's headers, names lower-cased, in the order they came: a flat list, because a request carries a
// handful and a hash table's allocations and teardown showed on the HTTP thread under a webhook flood. A name sent
// twice reads as its last value.
class HttpHeaders
{
  public:
    void reserve(qsizetype count) { m_entries.reserve(count); }
    void insert(QByteArray lowerCaseName, QByteArray value)
    {
        m_entries.append({std::move(lowerCaseName), std::move(value)});
    }
    QByteArray value(QByteArrayView lowerCaseName) const
    {
        for (auto entry = m_entries.crbegin(); entry != m_entries.crend(); ++entry) {
            if (entry->first == lowerCaseName)
                return entry->second;
        }
        return {};
    }

  private:
    QList<std::pair<QByteArray, QByteArray>> m_entries;
};

struct HttpRequest
{
    QByteArray method;
    QString path;    // decoded, without the query
    QString rawPath; // as sent, percent-encoding intact (for segments that may contain '/')
    QUrlQuery query; // decoded
    HttpHeaders headers;
    QByteArray body;   // the raw bytes, exactly as received
    QHostAddress peer; // the TCP peer
    quint16 peerPort = 0;
    QHostAddress client; // the peer, or the address a trusted proxy forwarded for (X-Forwarded-For)

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool dropConnection = false; // close the connection without answering (fault injection, abuse)

    static HttpResponse json(int status, const QByteArray& body)
    {
        return {status, body, "application/json", {}, false};
    }
    static HttpResponse text(int status, const QByteArray& body)
    {
        return {status, body, "text/plain; charset=utf-8", {}, false};
    }
    static HttpResponse drop() { return {0, {}, {}, {}, true}; }
    // Paydesk's own JSON answer: {"status": <2xx>, "message": ..., "data": ...}.
    static HttpResponse envelope(int status, const QString& message, const QJsonValue& data = QJsonValue::Undefined);
};

// Answers one request, now or later. Copyable; the first respond() wins and later ones are ignored, as is any
// respond() after the client went away or the server stopped. Call it on the server's thread.
class HttpResponder
{
  public:
    struct Exchange;
    explicit HttpResponder(std::shared_ptr<Exchange> exchange) : m_exchange(std::move(exchange)) {}
    void respond(const HttpResponse& response) const;
    bool isAnswered() const;

  private:
    std::shared_ptr<Exchange> m_exchange;
};

// An HTTP/1.1 server on GNU libmicrohttpd, driven by the Qt event loop of the thread that owns it (its epoll
// descriptor on a QSocketNotifier, its timeouts on a QTimer). Handlers run on that thread; an asynchronous handler
// keeps the HttpResponder and answers later, the connection being suspended meanwhile. Limits are enforced before
// a handler ever sees a request.
class HttpServer : public QObject
{
    Q_OBJECT
  public:
    struct Limits
    {
        qint64 maxBodyBytes = 1024 * 1024; // larger bodies get 413 and are never buffered
        int maxConnections = 128;
        int maxConnectionsPerIp = 32;
        int idleTimeoutSeconds = 30;
        // The request line and headers must be complete this long after the connection was accepted (or, on a
        // kept-alive connection, after the previous answer), however slowly they trickle in: otherwise a few
        // hundred clients sending a byte now and then hold every connection slot for as long as they like.
        int headerTimeoutSeconds = 10;
        bool requireContentLengthOnPost = true; // 411 otherwise (no chunked uploads)
        int maxRequestSeconds = 30;             // a body still arriving after this is cut off (slow clients)
        // Proxies whose X-Forwarded-For is believed, as subnets; nobody else's is.
        QList<std::pair<QHostAddress, int>> trustedProxies;
    };
    // PEM certificate chain and key for HTTPS; empty for plain HTTP.
    struct Tls
    {
        QByteArray certificatePem;
        QByteArray keyPem;
        bool isEnabled() const { return !certificatePem.isEmpty(); }
    };
    using BodyLimit = std::function<qint64(const QByteArray& method, const QString& path)>;
    using Handler = std::function<void(const HttpRequest&, HttpResponder)>;

    explicit HttpServer(Limits limits, QObject* parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // A body limit per route (HttpRouter provides one); Limits::maxBodyBytes otherwise.
    void setBodyLimit(BodyLimit limit) { m_bodyLimit = std::move(limit); }
    qint64 bodyLimit(const QByteArray& method, const QString& path) const
    {
        return m_bodyLimit ? m_bodyLimit(method, path) : m_limits.maxBodyBytes;
    }
    // Port 0 picks a free one; the port actually bound is returned.
    Result<quint16, QString> listen(const QHostAddress& address, quint16 port, const Tls& tls = {});
    void close();
    bool isListening() const { return m_daemon != nullptr; }
    quint16 port() const { return m_port; }

    // Internal: drives libmicrohttpd. Public only for the C callbacks.
    void run();
    // Runs libmicrohttpd once on the next event loop turn, however many answers were given meanwhile (a group
    // commit answers hundreds at once).
    void runSoon();
    void dispatch(const std::shared_ptr<HttpResponder::Exchange>& exchange);
    const Limits& limits() const { return m_limits; }
    // The header deadline's bookkeeping: a connection waits for a request's headers from when it is accepted and
    // from each answer, until they are complete; it is forgotten when it closes.
    void connectionOpened(MHD_Connection* connection);
    void awaitHeaders(MHD_Connection* connection);
    void headersArrived(MHD_Connection* connection);
    void connectionClosed(MHD_Connection* connection) { m_connections.remove(connection); }
    // Connections cut off so far because their headers were late: for tests and diagnostics.
    int lateHeaderCutoffs() const { return m_lateHeaderCutoffs; }

  private:
    void scheduleTimeout();
    void cutOffLateHeaders();

    Limits m_limits;
    Handler m_handler;
    BodyLimit m_bodyLimit;
    Tls m_tls; // libmicrohttpd keeps pointers into these while it runs
    MHD_Daemon* m_daemon = nullptr;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_timer;
    quint16 m_port = 0;
    bool m_runPosted = false;
    QList<std::weak_ptr<HttpResponder::Exchange>> m_suspended;
    QElapsedTimer m_clock; // since listen(); the header deadlines count on it
    struct OpenConnection
    {
        int socket = -1;
        qint64 waitingSinceMs = -1; // for a request's headers, on m_clock; -1 while not waiting
    };
    QHash<MHD_Connection*, OpenConnection> m_connections;
    qint64 m_lastHeaderSweepMs = 0;
    int m_lateHeaderCutoffs = 0;
};

} // namespace paydesk
