#pragma once

#include "app_context.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace paydesk {

// A supervisor approves on the spot: they type their own name and password at the cashier's desk. The check is
// the real login check (lockout, audit) on the database worker; only supervisors and admins are accepted.
class ApprovalDialog : public QDialog
{
    Q_OBJECT
  public:
    ApprovalDialog(AppContext& context, const QString& what, QWidget* parent = nullptr);
    QString approver() const { return m_approver; }

  private:
    void check();

    AppContext& m_context;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QString m_approver;
};

} // namespace paydesk
