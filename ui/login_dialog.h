#pragma once

#include "security/authenticator.h"
#include "storage/database_worker.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace paydesk {

// User name and password. The check (a deliberately slow hash and a few queries) runs on the DatabaseWorker thread.
class LoginDialog : public QDialog
{
    Q_OBJECT
  public:
    LoginDialog(DatabaseWorker& worker, Database db, bool training, QWidget* parent = nullptr);

    std::optional<User> user() const { return m_user; }
    QString errorText() const;

  signals:
    void loggedIn(const paydesk::User& user);

  private:
    void submit();
    void finishAttempt(const LoginResult& result);
    void setBusy(bool busy);

    DatabaseWorker& m_worker;
    Database m_db;
    bool m_checking = false;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_login = nullptr;
    std::optional<User> m_user;
};

} // namespace paydesk
