#include "util/one_shot_body.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstring>

namespace paydesk {

namespace {

// A request body that can be read once and never rewound.
class OneShotBody : public QIODevice
{
  public:
    explicit OneShotBody(QByteArray bytes) : m_bytes(std::move(bytes)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_offset + QIODevice::bytesAvailable(); }

  protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_bytes.size()) - m_offset);
        if (count <= 0)
            return -1;
        memcpy(data, m_bytes.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

  private:
    QByteArray m_bytes;
    qint64 m_offset = 0;
};

} // namespace

QNetworkReply*
sendOnce(QNetworkAccessManager& network, QNetworkRequest request, const QByteArray& verb, const QByteArray& body)
{
    auto* device = new OneShotBody(body);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    QNetworkReply* reply = network.sendCustomRequest(request, verb, device);
    device->setParent(reply);
    return reply;
}

} // namespace paydesk
