#pragma once

#include "app_context.h"
#include "security/audit_browser.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace paydesk::dashboard {

// The audit log for supervisors: the chain's verification first (intact, or the first broken entry and why), then
// the entries of a period, narrowed by action and actor, newest first. Read on the worker through browseAudit,
// which checks the role again. Saved as CSV (Ctrl+S) or PDF (Ctrl+P) with the filter in the header.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit AuditLogDialog(AppContext& context, QWidget* parent = nullptr);

    const AuditView& view() const { return m_view; }
    QString verificationText() const;
    QString savedText() const;
    void reload();

  signals:
    void loaded();

  private:
    AuditFilter filter() const;
    QString filterDescription() const;
    void save(bool pdf);

    AppContext& m_context;
    QComboBox* m_period = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_actor = nullptr;
    QLabel* m_verification = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_saved = nullptr;
    AuditView m_view;
    int m_generation = 0;
};

} // namespace paydesk::dashboard
