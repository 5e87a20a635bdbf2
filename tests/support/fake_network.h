#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <functional>

namespace paydesk::test {

// What the fake network answers to one request.
struct FakeResponse
{
    enum class Mode {
        Answer,       // an HTTP status, headers and body
        Hang,         // never answers (until aborted): deadline tests
        NetworkError, // the connection fails with `error` and no HTTP status
    };
    Mode mode = Mode::Answer;
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int delayMs = 0;

    static FakeResponse json(int status, const QByteArray& body) { return {Mode::Answer, status, body, {}, {}, 0}; }
    static FakeResponse hang() { return {Mode::Hang, 0, {}, {}, {}, 0}; }
    static FakeResponse fail(QNetworkReply::NetworkError error) { return {Mode::NetworkError, 0, {}, {}, error, 0}; }
};

struct FakeRequest
{
    QByteArray verb;
    QNetworkRequest request;
    QByteArray body;
};

// A QNetworkAccessManager that never touches the network: each request is answered by the handler (Nextcloud's
// FakeQNAM idea), so tests can produce error shapes a real server rarely shows: hanging replies, resets, HTML pages.
class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT
  public:
    using Handler = std::function<FakeResponse(const FakeRequest&)>;
    explicit FakeNetwork(Handler handler, QObject* parent = nullptr)
        : QNetworkAccessManager(parent), m_handler(std::move(handler))
    {}
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<FakeRequest>& requests() const { return m_requests; }

  protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

  private:
    Handler m_handler;
    QList<FakeRequest> m_requests;
};

} // namespace paydesk::test
