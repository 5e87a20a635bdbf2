#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace paydesk::ussd {

// A feature phone's face: a screen of `columns` characters per line, the dial/reply box, a keypad, and the green
// and red keys. Typing on the keyboard works as well as clicking the keys: Enter sends, Esc ends the session.
class PhoneWidget : public QFrame
{
    Q_OBJECT
  public:
    static constexpr int Columns = 24;

    explicit PhoneWidget(QWidget* parent = nullptr);

    // The screen as a handset lays it out (lines of Columns characters).
    void showText(const QString& text);
    QString shownText() const;
    // In a session the box takes a reply; otherwise it dials.
    void setInSession(bool inSession);
    void setBusy(bool busy);
    QLineEdit* entry() const { return m_entry; }

  signals:
    void sendPressed(const QString& text);
    void endPressed();

  protected:
    void keyPressEvent(QKeyEvent* event) override;

  private:
    void press(const QString& key);
    void send();

    QLabel* m_screen = nullptr;
    QLineEdit* m_entry = nullptr;
    QPushButton* m_send = nullptr;
    bool m_inSession = false;
};

} // namespace paydesk::ussd
