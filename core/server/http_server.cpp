#include "server/http_server.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>

#include <arpa/inet.h>
#include <cstdarg>
#include <cstring>
#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <vector>

namespace paydesk {

HttpResponse HttpResponse::envelope(int status, const QString& message, const QJsonValue& data)
{
    QJsonObject body{{QStringLiteral("status"), status < 300}, {QStringLiteral("message"), message}};
    if (!data.isUndefined())
        body.insert(QStringLiteral("data"), data);
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

struct HttpResponder::Exchange
{
    HttpRequest request;
    QElapsedTimer started;
    MHD_Connection* connection = nullptr;
    QPointer<HttpServer> server;
    std::optional<HttpResponse> response;
    bool tooLarge = false;
    bool dispatched = false;
    bool suspended = false;
    bool finished = false; // libmicrohttpd is done with the connection: nothing more can be sent
};

using Exchange = HttpResponder::Exchange;

void HttpResponder::respond(const HttpResponse& response) const
{
    Exchange& exchange = *m_exchange;
    if (exchange.finished || exchange.response)
        return;
    exchange.response = response;
    if (exchange.suspended && exchange.server) {
        exchange.suspended = false;
        MHD_resume_connection(exchange.connection);
        exchange.server->runSoon();
    }
}

bool HttpResponder::isAnswered() const
{
    return m_exchange->response.has_value() || m_exchange->finished;
}

namespace {

QString decodeComponent(QByteArray raw)
{
    raw.replace('+', ' ');
    return QUrl::fromPercentEncoding(raw);
}

MHD_Result collectHeader(void* cls, MHD_ValueKind, const char* key, const char* value)
{
    static_cast<HttpRequest*>(cls)->headers.insert(QByteArray(key).toLower(), QByteArray(value ? value : ""));
    return MHD_YES;
}

MHD_Result collectArgument(void* cls, MHD_ValueKind, const char* key, const char* value)
{
    static_cast<HttpRequest*>(cls)->query.addQueryItem(decodeComponent(key), decodeComponent(value ? value : ""));
    return MHD_YES;
}

// Keep the path and arguments exactly as sent; we decode them ourselves, segment by segment.
size_t keepEscaped(void*, MHD_Connection*, char* text)
{
    return strlen(text);
}

void logFromMhd(void*, const char* format, va_list arguments)
{
    char buffer[512];
    vsnprintf(buffer, sizeof buffer, format, arguments);
    qCInfo(lcServer) << "libmicrohttpd:" << QByteArray(buffer).trimmed();
}

MHD_Result queue(MHD_Connection* connection, const HttpResponse& response)
{
    if (response.dropConnection)
        return MHD_NO; // libmicrohttpd closes the connection without a word
    MHD_Response* mhd = MHD_create_response_from_buffer(
        size_t(response.body.size()), const_cast<char*>(response.body.constData()), MHD_RESPMEM_MUST_COPY);
    if (!mhd)
        return MHD_NO;
    if (!response.contentType.isEmpty())
        MHD_add_response_header(mhd, MHD_HTTP_HEADER_CONTENT_TYPE, response.contentType.constData());
    for (const auto& [name, value] : response.headers)
        MHD_add_response_header(mhd, name.constData(), value.constData());
    const MHD_Result queued = MHD_queue_response(connection, unsigned(response.status), mhd);
    MHD_destroy_response(mhd);
    return queued;
}

HttpResponse plainError(int status, const char* message)
{
    return HttpResponse::json(status, QByteArray(R"({"status":false,"message":")") + message + "\"}");
}

bool hasBody(const QByteArray& method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

MHD_Result onRequest(void* cls,
                     MHD_Connection* connection,
                     const char* url,
                     const char* method,
                     const char*,
                     const char* uploadData,
                     size_t* uploadSize,
                     void** requestState)
{
    auto* server = static_cast<HttpServer*>(cls);
    auto* holder = static_cast<std::shared_ptr<Exchange>*>(*requestState);
    if (!holder) {
        server->headersArrived(connection);
        auto exchange = std::make_shared<Exchange>();
        exchange->connection = connection;
        exchange->server = server;
        HttpRequest& request = exchange->request;
        request.method = method;
        request.rawPath = QString::fromLatin1(url);
        request.path = QUrl::fromPercentEncoding(url);
        request.headers.reserve(16);
        MHD_get_connection_values(connection, MHD_HEADER_KIND, collectHeader, &request);
        MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, collectArgument, &request);
        if (const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS)) {
            request.peer = QHostAddress(info->client_addr);
            if (info->client_addr->sa_family == AF_INET)
                request.peerPort = ntohs(reinterpret_cast<const sockaddr_in*>(info->client_addr)->sin_port);
        }
        request.client = request.peer;
        const auto trusted = [&](const QHostAddress& address) {
            for (const auto& [subnet, bits] : server->limits().trustedProxies) {
                if (address.isInSubnet(subnet, bits))
                    return true;
            }
            return false;
        };
        if (trusted(request.peer)) {
            // The rightmost address that is not one of our proxies is the client.
            const QList<QByteArray> hops = request.header("x-forwarded-for").split(',');
            for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
                const QHostAddress address(QString::fromLatin1(hop->trimmed()));
                if (address.isNull())
                    break;
                request.client = address;
                if (!trusted(address))
                    break;
            }
        }
        exchange->started.start();
        *requestState = new std::shared_ptr<Exchange>(exchange);

        // Limits are checked on the headers, before a byte of the body is read.
        if (hasBody(request.method)) {
            const QByteArray length = request.header("content-length");
            if (length.isEmpty() && server->limits().requireContentLengthOnPost)
                return queue(connection, plainError(411, "Content-Length is required"));
            bool ok = false;
            const qint64 declared = length.toLongLong(&ok);
            if (!length.isEmpty() && (!ok || declared < 0))
                return queue(connection, plainError(400, "Invalid Content-Length"));
            const qint64 limit = server->bodyLimit(request.method, request.path);
            if (declared > limit) {
                // A modest excess is read and thrown away so that the client, still sending, reads the 413; a huge
                // one is refused at once and the connection closed rather than drained.
                if (declared > qMax<qint64>(16 * limit, 1024 * 1024))
                    return queue(connection, plainError(413, "Request body too large"));
                exchange->tooLarge = true;
            } else if (declared > 0) {
                request.body.reserve(declared); // the body arrives in pieces: one allocation, not one per piece
            }
        }
        return MHD_YES;
    }

    Exchange& exchange = **holder;
    if (*uploadSize > 0 && exchange.tooLarge) {
        *uploadSize = 0; // discarded
        return MHD_YES;
    }
    if (*uploadSize > 0) {
        // A body that trickles in for longer than allowed is cut off: slow clients must not hold connections.
        if (exchange.started.elapsed() > qint64(exchange.server->limits().maxRequestSeconds) * 1000) {
            qCInfo(lcServer) << "dropping a slow request from" << exchange.request.peer.toString();
            return MHD_NO;
        }
        if (exchange.request.body.size() + qint64(*uploadSize) >
            exchange.server->bodyLimit(exchange.request.method, exchange.request.path))
            exchange.tooLarge = true; // keep reading and discarding; answer 413 at the end
        else
            exchange.request.body.append(uploadData, qsizetype(*uploadSize));
        *uploadSize = 0;
        return MHD_YES;
    }
    if (exchange.tooLarge)
        return queue(connection, plainError(413, "Request body too large"));
    if (!exchange.dispatched) {
        exchange.dispatched = true;
        server->dispatch(*holder);
    }
    if (exchange.response)
        return queue(connection, *exchange.response);
    if (!exchange.suspended) {
        exchange.suspended = true;
        MHD_suspend_connection(connection);
    }
    return MHD_YES;
}

void onCompleted(void* cls, MHD_Connection* connection, void** requestState, MHD_RequestTerminationCode)
{
    // On a kept-alive connection the next request's headers are due from now; a closing one is forgotten next.
    static_cast<HttpServer*>(cls)->awaitHeaders(connection);
    auto* holder = static_cast<std::shared_ptr<Exchange>*>(*requestState);
    if (!holder)
        return;
    (*holder)->finished = true;
    delete holder;
    *requestState = nullptr;
}

void onConnection(void* cls, MHD_Connection* connection, void**, MHD_ConnectionNotificationCode code)
{
    auto* server = static_cast<HttpServer*>(cls);
    if (code == MHD_CONNECTION_NOTIFY_STARTED)
        server->connectionOpened(connection);
    else
        server->connectionClosed(connection);
}

} // namespace

HttpServer::HttpServer(Limits limits, QObject* parent) : QObject(parent), m_limits(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpServer::run);
}

HttpServer::~HttpServer()
{
    close();
}

Result<quint16, QString> HttpServer::listen(const QHostAddress& address, quint16 port, const Tls& tls)
{
    close();
    m_tls = tls;
    m_tls.certificatePem.append('\0'); // libmicrohttpd reads C strings
    m_tls.keyPem.append('\0');
    sockaddr_in v4{};
    sockaddr_in6 v6{};
    const sockaddr* bind = nullptr;
    unsigned int flags = MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        memcpy(&v6.sin6_addr, &bytes, sizeof bytes);
        bind = reinterpret_cast<const sockaddr*>(&v6);
        flags |= MHD_USE_IPv6;
    } else {
        v4.sin_family = AF_INET;
        v4.sin_port = htons(port);
        v4.sin_addr.s_addr = htonl(address.toIPv4Address());
        bind = reinterpret_cast<const sockaddr*>(&v4);
    }
    if (tls.isEnabled()) {
        if (MHD_is_feature_supported(MHD_FEATURE_TLS) != MHD_YES)
            return QCoreApplication::translate("HttpServer", "This libmicrohttpd was built without TLS.");
        flags |= MHD_USE_TLS;
    }
    // Function pointers travel in the options' integer slot, as libmicrohttpd's option arrays expect.
    auto callback = [](auto function) { return reinterpret_cast<intptr_t>(function); };
    std::vector<MHD_OptionItem> options{
        {MHD_OPTION_EXTERNAL_LOGGER, callback(&logFromMhd), nullptr}, // first, so nothing goes to stderr directly
        {MHD_OPTION_SOCK_ADDR, 0, const_cast<sockaddr*>(bind)},
        {MHD_OPTION_CONNECTION_LIMIT, m_limits.maxConnections, nullptr},
        {MHD_OPTION_PER_IP_CONNECTION_LIMIT, m_limits.maxConnectionsPerIp, nullptr},
        {MHD_OPTION_CONNECTION_TIMEOUT, m_limits.idleTimeoutSeconds, nullptr},
        // libmicrohttpd zeroes a connection's whole memory pool between keep-alive requests (32 KiB by default),
        // which showed in profiles of small requests. Bodies are copied out as they arrive, so the pool only holds
        // the request line, the headers and the read buffer: 16 KiB is plenty.
        {MHD_OPTION_CONNECTION_MEMORY_LIMIT, 16 * 1024, nullptr},
        {MHD_OPTION_NOTIFY_COMPLETED, callback(&onCompleted), this},
        {MHD_OPTION_NOTIFY_CONNECTION, callback(&onConnection), this},
        {MHD_OPTION_UNESCAPE_CALLBACK, callback(&keepEscaped), nullptr}};
    if (tls.isEnabled()) {
        options.push_back({MHD_OPTION_HTTPS_MEM_KEY, 0, m_tls.keyPem.data()});
        options.push_back({MHD_OPTION_HTTPS_MEM_CERT, 0, m_tls.certificatePem.data()});
    }
    options.push_back({MHD_OPTION_END, 0, nullptr});
    m_clock.start();
    m_connections.clear();
    m_daemon = MHD_start_daemon(flags, port, nullptr, nullptr, &onRequest, this, MHD_OPTION_ARRAY, options.data(),
                                MHD_OPTION_END);
    if (!m_daemon) {
        return QCoreApplication::translate("HttpServer", "Cannot listen on %1 port %2: %3")
            .arg(address.toString())
            .arg(port)
            .arg(QString::fromLocal8Bit(strerror(errno)));
    }
    const MHD_DaemonInfo* epoll = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_EPOLL_FD);
    const MHD_DaemonInfo* bound = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    m_port = bound ? bound->port : port;
    m_notifier = std::make_unique<QSocketNotifier>(epoll->epoll_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &HttpServer::run);
    scheduleTimeout();
    qCInfo(lcServer) << "listening on" << address.toString() << m_port;
    return m_port;
}

void HttpServer::close()
{
    if (!m_daemon)
        return;
    // libmicrohttpd must not be stopped with suspended connections: close them first.
    for (const auto& weak : std::as_const(m_suspended)) {
        if (auto exchange = weak.lock(); exchange && !exchange->finished)
            HttpResponder(exchange).respond(HttpResponse::drop());
    }
    m_suspended.clear();
    MHD_run(m_daemon);
    m_notifier.reset();
    m_timer.stop();
    MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
    m_port = 0;
    m_connections.clear();
}

void HttpServer::run()
{
    if (!m_daemon)
        return;
    MHD_run(m_daemon);
    cutOffLateHeaders();
    scheduleTimeout();
}

void HttpServer::connectionOpened(MHD_Connection* connection)
{
    // The socket is noted now, so that the deadline never has to ask libmicrohttpd about a connection later.
    const MHD_ConnectionInfo* info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
    m_connections.insert(connection, {info ? info->connect_fd : -1, m_clock.elapsed()});
}

void HttpServer::awaitHeaders(MHD_Connection* connection)
{
    if (auto it = m_connections.find(connection); it != m_connections.end())
        it->waitingSinceMs = m_clock.elapsed();
}

void HttpServer::headersArrived(MHD_Connection* connection)
{
    if (auto it = m_connections.find(connection); it != m_connections.end())
        it->waitingSinceMs = -1;
}

// libmicrohttpd's own timeout is an idle timeout, which a byte now and then resets. Looked at no more than four
// times a second (run() is called for every burst of traffic); the scheduled run comes at least once a second.
void HttpServer::cutOffLateHeaders()
{
    const qint64 now = m_clock.elapsed();
    if (m_connections.isEmpty() || now - m_lastHeaderSweepMs < 250)
        return;
    m_lastHeaderSweepMs = now;
    const qint64 deadlineMs = qint64(m_limits.headerTimeoutSeconds) * 1000;
    bool cut = false;
    for (OpenConnection& open : m_connections) {
        if (open.waitingSinceMs < 0 || now - open.waitingSinceMs <= deadlineMs || open.socket < 0)
            continue;
        // Shutting the socket down makes libmicrohttpd see the connection end on its next run and close it
        // through its own path (its callbacks, its counts per address); closing the descriptor here would not.
        ::shutdown(open.socket, SHUT_RDWR);
        open.waitingSinceMs = -1;
        ++m_lateHeaderCutoffs;
        cut = true;
    }
    if (cut) {
        qCInfo(lcServer) << "cut off connections whose request headers took longer than"
                         << m_limits.headerTimeoutSeconds << "s; cut off so far:" << m_lateHeaderCutoffs;
        runSoon();
    }
}

void HttpServer::runSoon()
{
    if (m_runPosted)
        return;
    m_runPosted = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_runPosted = false;
            run();
        },
        Qt::QueuedConnection);
}

void HttpServer::scheduleTimeout()
{
    MHD_UNSIGNED_LONG_LONG timeout = 0;
    // Without a deadline from libmicrohttpd, still look in once a second: idle connections time out then.
    const bool has = MHD_get_timeout(m_daemon, &timeout) == MHD_YES;
    m_timer.start(has ? int(qMin<MHD_UNSIGNED_LONG_LONG>(timeout, 1000)) : 1000);
}

void HttpServer::dispatch(const std::shared_ptr<Exchange>& exchange)
{
    m_suspended.removeIf([](const std::weak_ptr<Exchange>& weak) { return weak.expired(); });
    m_suspended.append(exchange);
    if (!m_handler) {
        HttpResponder(exchange).respond(plainError(503, "No handler"));
        return;
    }
    m_handler(exchange->request, HttpResponder(exchange));
}

} // namespace paydesk
