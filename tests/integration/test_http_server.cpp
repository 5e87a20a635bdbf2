#include "server/http_router.h"
#include "server/http_server.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslError>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray allow; // the Allow header of a 405
};

// A handler that notes that it ran and answers 200.
HttpServer::Handler answering(bool& handled)
{
    return [&handled](const HttpRequest&, HttpResponder responder) {
        handled = true;
        responder.respond(HttpResponse::json(200, "{}"));
    };
}

} // namespace

// The embedded HTTP server over real loopback connections.
class TestHttpServer : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    Reply call(quint16 port,
               const QByteArray& verb,
               const QString& pathAndQuery,
               const QByteArray& body = {},
               int timeoutMs = 5000,
               const QList<std::pair<QByteArray, QByteArray>>& headers = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(pathAndQuery)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        request.setTransferTimeout(timeoutMs);
        QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(timeoutMs + 5000))
            qFatal("no reply");
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                     reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->error(),
                     reply->rawHeader("Allow")};
        reply->deleteLater();
        return result;
    }

  private slots:
    void answersRequestsWithTheirRawBytes()
    {
        HttpServer server({});
        HttpRequest seen;
        server.setHandler([&](const HttpRequest& request, HttpResponder responder) {
            seen = request;
            responder.respond(HttpResponse::json(201, "{\"echo\":" + QByteArray::number(request.body.size()) + "}"));
        });
        const auto port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error()));
        QVERIFY(*port > 0);

        const QByteArray body = QByteArray("{\"a\":  1,\n \"naira\":\"\xe2\x82\xa6\"}") + char(0xff);
        const Reply reply =
            call(*port, "POST", QStringLiteral("/customer/ada%2Bx%2F1%40e.com?email=a%40b.c&note=x+y"), body);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.body, QByteArray("{\"echo\":" + QByteArray::number(body.size()) + "}"));
        QCOMPARE(reply.contentType, QByteArray("application/json"));
        QCOMPARE(seen.method, QByteArray("POST"));
        QCOMPARE(seen.body, body); // byte for byte: signatures are computed over these
        QCOMPARE(seen.rawPath, QStringLiteral("/customer/ada%2Bx%2F1%40e.com"));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("email")), QStringLiteral("a@b.c"));
        QCOMPARE(seen.query.queryItemValue(QStringLiteral("note")), QStringLiteral("x y"));
        QCOMPARE(seen.header("content-type"), QByteArray("application/json"));
        QCOMPARE(seen.peer, QHostAddress(QHostAddress::LocalHost));
    }

    void asynchronousHandlersAnswerLater()
    {
        HttpServer server({});
        std::optional<HttpResponder> pending;
        server.setHandler([&](const HttpRequest&, HttpResponder responder) {
            pending = responder;
            QTimer::singleShot(150, this, [&] { pending->respond(HttpResponse::text(202, "later")); });
        });
        const quint16 port = *server.listen(QHostAddress::LocalHost, 0);
        QElapsedTimer timer;
        timer.start();
        const Reply reply = call(port, "GET", QStringLiteral("/slow"));
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.body, QByteArray("later"));
        QVERIFY(timer.elapsed() >= 150);
        pending->respond(HttpResponse::text(500, "again")); // ignored: answered once
        QVERIFY(pending->isAnswered());
    }

    void oversizedBodiesAreRefusedWith413()
    {
        HttpServer::Limits limits;
        limits.maxBodyBytes = 1024;
        HttpServer server(limits);
        bool handled = false;
        server.setHandler(answering(handled));
        const quint16 port = *server.listen(QHostAddress::LocalHost, 0);
        QCOMPARE(call(port, "POST", QStringLiteral("/x"), QByteArray(1024, 'a')).status, 200);
        handled = false;
        QCOMPARE(call(port, "POST", QStringLiteral("/x"), QByteArray(4096, 'a')).status, 413);
        QVERIFY(!handled);
    }

    void postWithoutContentLengthGets411()
    {
        HttpServer server({});
        server.setHandler(
            [](const HttpRequest&, HttpResponder responder) { responder.respond(HttpResponse::json(200, "{}")); });
        const quint16 port = *server.listen(QHostAddress::LocalHost, 0);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(3000));
        socket.write("POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n0\r\n\r\n");
        QTRY_VERIFY(socket.bytesAvailable() > 0 || socket.state() != QAbstractSocket::ConnectedState);
        QTRY_VERIFY(socket.peek(64).contains("411"));
    }

    void droppedConnectionsGiveTheClientNothing()
    {
        HttpServer server({});
        server.setHandler([](const HttpRequest&, HttpResponder responder) { responder.respond(HttpResponse::drop()); });
        const quint16 port = *server.listen(QHostAddress::LocalHost, 0);
        const Reply reply = call(port, "POST", QStringLiteral("/charge"), "{}");
        QCOMPARE(reply.status, 0);
        QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    }

    void hangingHandlersTimeOutAtTheClientAndCloseCleanly()
    {
        auto server = std::make_unique<HttpServer>(HttpServer::Limits{});
        server->setHandler([](const HttpRequest&, HttpResponder) {}); // never answers
        const quint16 port = *server->listen(QHostAddress::LocalHost, 0);
        const Reply reply = call(port, "GET", QStringLiteral("/hang"), {}, 300);
        QCOMPARE(reply.error, QNetworkReply::OperationCanceledError);
        server.reset(); // suspended connections are closed before the daemon stops
    }

    void idleConnectionsAreClosed()
    {
        HttpServer::Limits limits;
        limits.idleTimeoutSeconds = 1;
        HttpServer server(limits);
        server.setHandler(
            [](const HttpRequest&, HttpResponder responder) { responder.respond(HttpResponse::json(200, "{}")); });
        const quint16 port = *server.listen(QHostAddress::LocalHost, 0);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(3000));
        socket.write("GET /x HTTP/1.1\r\n"); // and then nothing: a slow client
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 5000);
    }

    void connectionsPerAddressAreLimited()
    {
        HttpServer::Limits limits;
        limits.maxConnectionsPerIp = 2;
        HttpServer server(limits);
        server.setHandler([](const HttpRequest&, HttpResponder) {});
        const quint16 port = *server.listen(QHostAddress::LocalHost, 0);
        QList<QTcpSocket*> sockets;
        for (int i = 0; i < 3; ++i) {
            auto* socket = new QTcpSocket(this);
            socket->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(socket->waitForConnected(3000));
            sockets << socket;
        }
        // The third is accepted by the kernel, then closed by the server.
        QTRY_VERIFY_WITH_TIMEOUT(sockets.at(2)->state() == QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(sockets.at(0)->state(), QAbstractSocket::ConnectedState);
        qDeleteAll(sockets);
    }

    void routerEnforcesMethodsBodyLimitsAndClients()
    {
        HttpServer::Limits limits;
        limits.maxBodyBytes = 1024 * 1024;
        limits.trustedProxies = {{QHostAddress(QStringLiteral("127.0.0.0")), 8}};
        HttpServer server(limits);
        HttpRouter router;
        QHostAddress lastClient;
        auto ok = [&](const HttpRequest& request, HttpResponder responder) {
            lastClient = request.client;
            responder.respond(HttpResponse::json(200, "{}"));
        };
        router.add({{"POST"},
                    QStringLiteral("/paystack/webhook"),
                    ok,
                    64 * 1024,
                    {QHostAddress(QStringLiteral("52.31.139.75")), QHostAddress(QStringLiteral("52.49.173.169")),
                     QHostAddress(QStringLiteral("52.214.14.220"))}});
        router.add({{"GET", "HEAD"}, QStringLiteral("/health"), ok, -1, {}});
        router.add({{"POST"}, QStringLiteral("/ussd/json"), ok, -1, {}});
        router.install(server);
        const quint16 port = *server.listen(QHostAddress::LocalHost, 0);

        QCOMPARE(call(port, "GET", QStringLiteral("/nowhere")).status, 404);
        QCOMPARE(call(port, "GET", QStringLiteral("/health")).status, 200);
        const Reply wrongMethod = call(port, "DELETE", QStringLiteral("/health"));
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.allow, QByteArray("GET, HEAD"));

        // The webhook route has its own 64 KiB limit; another route keeps the server's 1 MiB.
        QCOMPARE(call(port, "POST", QStringLiteral("/ussd/json"), QByteArray(100 * 1024, 'x')).status, 200);
        QCOMPARE(call(port, "POST", QStringLiteral("/paystack/webhook"), QByteArray(100 * 1024, 'x')).status, 413);

        // Only Paystack's addresses, as forwarded by a trusted proxy (here: loopback) may post webhooks.
        QCOMPARE(call(port, "POST", QStringLiteral("/paystack/webhook"), "{}").status, 403);
        QCOMPARE(call(port, "POST", QStringLiteral("/paystack/webhook"), "{}", 5000,
                      {{"X-Forwarded-For", "10.9.9.9, 52.31.139.75"}})
                     .status,
                 200);
        QCOMPARE(lastClient, QHostAddress(QStringLiteral("52.31.139.75")));
    }

    void forwardedForIsIgnoredFromUntrustedPeers()
    {
        HttpServer server({}); // no trusted proxies
        QHostAddress client;
        server.setHandler([&](const HttpRequest& request, HttpResponder responder) {
            client = request.client;
            responder.respond(HttpResponse::json(200, "{}"));
        });
        const quint16 port = *server.listen(QHostAddress::LocalHost, 0);
        QCOMPARE(call(port, "GET", QStringLiteral("/x"), {}, 5000, {{"X-Forwarded-For", "52.31.139.75"}}).status, 200);
        QCOMPARE(client, QHostAddress(QHostAddress::LocalHost)); // a forged header changes nothing
    }

    void slowBodiesAreCutOff()
    {
        HttpServer::Limits limits;
        limits.maxRequestSeconds = 1;
        HttpServer server(limits);
        bool handled = false;
        server.setHandler(answering(handled));
        const quint16 port = *server.listen(QHostAddress::LocalHost, 0);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(3000));
        socket.write("POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n");
        // A byte every 200 ms: never idle long enough for the idle timeout, but far too slow in total.
        QTimer drip;
        connect(&drip, &QTimer::timeout, &socket, [&socket] {
            if (socket.state() == QAbstractSocket::ConnectedState)
                socket.write("a");
        });
        drip.start(200);
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 8000);
        QVERIFY(!handled);
    }

    // Clients that trickle their request line and headers, a byte now and then, from as many addresses as there are
    // connection slots: an honest client from another address gets through once the header deadline has cut them
    // off, however long they would go on. (The idle timeout alone let them hold every slot for as long as they
    // kept sending.)
    void slowHeadersLetAnHonestClientThrough()
    {
        HttpServer::Limits limits;
        limits.maxConnections = 24;
        limits.maxConnectionsPerIp = 2;
        limits.headerTimeoutSeconds = 2;
        HttpServer server(limits);
        bool handled = false;
        server.setHandler(answering(handled));
        const quint16 port = *server.listen(QHostAddress::LocalHost, 0);

        QElapsedTimer sinceSlowClients;
        sinceSlowClients.start();
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < limits.maxConnections; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QVERIFY(socket->bind(QHostAddress(QStringLiteral("127.0.1.%1").arg(i + 1)), 0));
            socket->connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(socket->waitForConnected(3000));
            socket->write("POST /paystack/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
            slow.push_back(std::move(socket));
        }
        QTimer drip; // a byte every 300 ms from each: never idle, never done
        connect(&drip, &QTimer::timeout, this, [&slow] {
            for (const auto& socket : slow) {
                if (socket->state() == QAbstractSocket::ConnectedState)
                    socket->write("a");
            }
        });
        drip.start(300);

        // An honest client from another address sends a whole request at once. While the slow clients hold every
        // slot, libmicrohttpd accepts nothing more: the request waits in the kernel's backlog until one frees.
        QTcpSocket honest;
        honest.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(honest.waitForConnected(3000)); // the kernel's handshake; the server has not accepted it
        honest.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        // The server runs on this thread: wait by turning the event loop, never by blocking it.
        while (!answer.contains("\r\n\r\n") && honest.state() == QAbstractSocket::ConnectedState &&
               sinceSlowClients.elapsed() < 15000) {
            QTest::qWait(20);
            answer += honest.readAll();
        }
        const qint64 answeredAfterMs = sinceSlowClients.elapsed();
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY(handled);
        // Not before the slow clients' deadline (so they did hold every slot), and soon after it.
        QVERIFY2(answeredAfterMs >= limits.headerTimeoutSeconds * 1000 &&
                     answeredAfterMs < (limits.headerTimeoutSeconds + 5) * 1000,
                 qPrintable(QStringLiteral("answered after %1 ms").arg(answeredAfterMs)));
        QVERIFY(server.lateHeaderCutoffs() >= limits.maxConnections);
        for (const auto& socket : slow)
            QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 3000);

        // A kept-alive connection has the deadline again for its next request, from the answer: within it, served.
        handled = false;
        QTcpSocket kept;
        kept.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(kept.waitForConnected(3000));
        QByteArray answers;
        for (int request = 0; request < 2; ++request) {
            kept.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QTRY_VERIFY_WITH_TIMEOUT((answers += kept.readAll(), answers.count("HTTP/1.1 200") == request + 1), 3000);
            QTest::qWait(1000);
        }
        QVERIFY(handled);
        QCOMPARE(kept.state(), QAbstractSocket::ConnectedState);
    }

    void servesHttpsWithTheGivenCertificate()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        const QString certificate = dir.filePath(QStringLiteral("cert.pem"));
        const int made = QProcess::execute(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
             QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate});
        QCOMPARE(made, 0);
        auto read = [](const QString& path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        HttpServer server({});
        server.setHandler([](const HttpRequest&, HttpResponder responder) {
            responder.respond(HttpResponse::json(200, R"({"secure":true})"));
        });
        const auto port = server.listen(QHostAddress::LocalHost, 0, {read(certificate), read(key)});
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error()));
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/health").arg(*port)));
        QNetworkReply* reply = m_network.get(request);
        connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError>&) {
            reply->ignoreSslErrors(); // our own self-signed certificate
        });
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray(R"({"secure":true})"));
        reply->deleteLater();
        // Plain HTTP to the HTTPS port gets nothing useful.
        QVERIFY(call(*port, "GET", QStringLiteral("/health")).status != 200);
    }

    void busyPortIsAClearError()
    {
        HttpServer first({});
        const quint16 port = *first.listen(QHostAddress::LocalHost, 0);
        HttpServer second({});
        const auto again = second.listen(QHostAddress::LocalHost, port);
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QString::number(port)));
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "test_http_server.moc"
