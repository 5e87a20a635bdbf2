#pragma once

#include <QDialog>

class QCheckBox;

namespace paydesk {

// Shows a new backup key's recovery code once, to be written down: the dialog closes only after the administrator
// says it is written down (Alt+W, then Enter).
class RecoveryCodeDialog : public QDialog
{
    Q_OBJECT
  public:
    RecoveryCodeDialog(const QString& code, QWidget* parent = nullptr);
    // Esc does not close it before the code is written down: it is not shown again.
    void reject() override;

  private:
    QCheckBox* m_written = nullptr;
};

} // namespace paydesk
