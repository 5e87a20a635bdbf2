#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace paydesk {

// A QR code as a square of dark and light modules (libqrencode, error correction level M), for a screen or a
// printer to draw at whatever size suits it.
struct QrCode
{
    int size = 0;
    QList<bool> modules; // row by row, size x size; true is dark
    bool dark(int x, int y) const { return modules.at(qsizetype(y) * size + x); }
    static Result<QrCode, QString> encode(const QByteArray& text);
};

} // namespace paydesk
