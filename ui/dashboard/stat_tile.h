#pragma once

#include <QFrame>

class QLabel;

namespace paydesk::dashboard {

// A dashboard tile: what it counts, the figure, and a line of detail under it. Warn turns the figure red (unknown
// outcomes, payments waiting for over a day).
class StatTile : public QFrame
{
    Q_OBJECT
  public:
    StatTile(const QString& title, QWidget* parent = nullptr);
    void show(const QString& value, const QString& detail, bool warn = false);
    QString value() const;
    QString detail() const;

  private:
    QLabel* m_value = nullptr;
    QLabel* m_detail = nullptr;
};

} // namespace paydesk::dashboard
