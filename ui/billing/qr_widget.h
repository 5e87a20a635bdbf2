#pragma once

#include "billing/qr_code.h"

#include <QWidget>

namespace paydesk {

// Draws a QR code crisp at any size, with the quiet zone scanners need.
class QrWidget : public QWidget
{
    Q_OBJECT
  public:
    explicit QrWidget(QWidget* parent = nullptr);
    void setText(const QString& text);
    QString text() const { return m_text; }
    bool hasCode() const { return m_code.size > 0; }
    QSize sizeHint() const override { return {240, 240}; }

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    QString m_text;
    QrCode m_code;
};

} // namespace paydesk
