#include "billing/qr_code.h"

#include <QCoreApplication>
#include <qrencode.h>

#include <memory>

namespace paydesk {

Result<QrCode, QString> QrCode::encode(const QByteArray& text)
{
    if (text.isEmpty())
        return QCoreApplication::translate("QrCode", "Nothing to encode.");
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char*>(text.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return QCoreApplication::translate("QrCode", "The text is too long for a QR code.");
    QrCode result;
    result.size = code->width;
    result.modules.reserve(qsizetype(code->width) * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        result.modules << bool(code->data[i] & 1); // bit 0: dark module
    return result;
}

} // namespace paydesk
