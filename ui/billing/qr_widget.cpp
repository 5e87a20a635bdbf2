#include "qr_widget.h"

#include <QPainter>

namespace paydesk {

QrWidget::QrWidget(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(200, 200);
    setAccessibleName(tr("Payment link QR code"));
}

void QrWidget::setText(const QString& text)
{
    m_text = text;
    auto code = QrCode::encode(text.toUtf8());
    m_code = code ? *code : QrCode();
    update();
}

void QrWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (m_code.size == 0)
        return;
    const int quiet = 4; // modules of white border
    const int modules = m_code.size + 2 * quiet;
    const int scale = std::max(1, std::min(width(), height()) / modules);
    const int side = scale * modules;
    const QPoint origin((width() - side) / 2 + quiet * scale, (height() - side) / 2 + quiet * scale);
    for (int y = 0; y < m_code.size; ++y) {
        for (int x = 0; x < m_code.size; ++x) {
            if (m_code.dark(x, y))
                painter.fillRect(origin.x() + x * scale, origin.y() + y * scale, scale, scale, Qt::black);
        }
    }
}

} // namespace paydesk
