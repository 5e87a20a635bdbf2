#pragma once

#include "security/authenticator.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;

namespace paydesk {

// User name and password. The slow password hash runs on a worker thread; the database is touched only here, on
// the GUI thread that owns the connection.
class LoginDialog : public QDialog
{
    Q_OBJECT
  public:
    LoginDialog(Database db, bool training, QWidget* parent = nullptr);

    std::optional<User> user() const { return m_user; }
    QString errorText() const;

  signals:
    void loggedIn(const paydesk::User& user);

  private:
    void submit();
    void finishAttempt();
    void setBusy(bool busy);

    Database m_db;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_login = nullptr;
    Authenticator::Attempt m_attempt;
    QFutureWatcher<bool> m_watcher;
    std::optional<User> m_user;
};

} // namespace paydesk
