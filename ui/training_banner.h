#pragma once

#include <QLabel>

namespace paydesk {

// The loud strip across the top of every window that does not move real money.
class TrainingBanner : public QLabel
{
    Q_OBJECT
  public:
    explicit TrainingBanner(QWidget* parent = nullptr);
    void setReason(const QString& reason);
};

} // namespace paydesk
