#include "fake_network.h"

#include <QTimer>

namespace paydesk::test {

namespace {

class FakeReply : public QNetworkReply
{
  public:
    FakeReply(const FakeRequest& request, const FakeResponse& response, QObject* parent)
        : QNetworkReply(parent), m_response(response)
    {
        setRequest(request.request);
        setUrl(request.request.url());
        setOperation(QNetworkAccessManager::CustomOperation);
        open(QIODevice::ReadOnly);
        if (m_response.mode != FakeResponse::Mode::Hang)
            QTimer::singleShot(m_response.delayMs, this, &FakeReply::respond);
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        finishWith();
    }
    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

  protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_body.size()) - m_offset);
        if (count <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_body.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }

  private:
    void respond()
    {
        if (isFinished())
            return;
        if (m_response.mode == FakeResponse::Mode::NetworkError) {
            setError(m_response.error, QStringLiteral("fake network error %1").arg(int(m_response.error)));
            finishWith();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto& [name, value] : m_response.headers)
            setRawHeader(name, value);
        m_body = m_response.body;
        if (m_response.status >= 400)
            setError(QNetworkReply::ProtocolInvalidOperationError, QStringLiteral("HTTP %1").arg(m_response.status));
        finishWith();
    }

    void finishWith()
    {
        setFinished(true);
        emit readyRead();
        emit finished();
    }

    FakeResponse m_response;
    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace

QNetworkReply* FakeNetwork::createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    FakeRequest fake;
    fake.request = request;
    fake.verb = op == GetOperation      ? QByteArrayLiteral("GET")
                : op == PostOperation   ? QByteArrayLiteral("POST")
                : op == PutOperation    ? QByteArrayLiteral("PUT")
                : op == DeleteOperation ? QByteArrayLiteral("DELETE")
                                        : request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    if (outgoingData)
        fake.body = outgoingData->readAll();
    m_requests << fake;
    return new FakeReply(fake, m_handler(fake), this);
}

} // namespace paydesk::test
