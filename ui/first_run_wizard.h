#pragma once

#include "config/app_config.h"
#include "security/user_repository.h"
#include "storage/database_worker.h"

#include <QWizard>

class QLabel;
class QLineEdit;

namespace paydesk {

// Shown when the database has no users: names the desk and creates the first administrator.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
  public:
    FirstRunWizard(DatabaseWorker& worker, Database db, AppConfig& config, QWidget* parent = nullptr);

    std::optional<User> admin() const { return m_admin; }
    QString errorText() const;

    void accept() override;

  signals:
    void adminCreated(const paydesk::User& admin);

  private:
    void adminSaved(const Result<User, DbError>& created);

    DatabaseWorker& m_worker;
    Database m_db;
    AppConfig& m_config;
    bool m_saving = false;
    QLineEdit* m_deskName = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
    std::optional<User> m_admin;
};

} // namespace paydesk
