#pragma once

#include <QWidget>

class QLineEdit;

namespace paydesk {

// The on-screen keypad of the kiosk: large digits, delete and a confirm key, typing into one line edit at a time.
// A physical keyboard works as well; the keypad never takes the focus from the field.
class KioskKeypad : public QWidget
{
    Q_OBJECT
  public:
    explicit KioskKeypad(QWidget* parent = nullptr);
    void setTarget(QLineEdit* target) { m_target = target; }

  signals:
    void confirmed();

  private:
    void press(const QString& key);
    QLineEdit* m_target = nullptr;
};

} // namespace paydesk
