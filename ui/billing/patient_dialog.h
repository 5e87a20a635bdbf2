#pragma once

#include "app_context.h"
#include "billing/patient.h"

#include <QDialog>

class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace paydesk {

// Registers a patient, or edits one. Errors are shown next to the form and the field at fault gets the focus;
// nothing typed is lost.
class PatientDialog : public QDialog
{
    Q_OBJECT
  public:
    PatientDialog(AppContext& context, const std::optional<Patient>& existing, QWidget* parent = nullptr);
    // Prefills from what the cashier searched for: a name, a phone number or a hospital number.
    void prefill(const QString& searchText);
    const Patient& saved() const { return m_saved; }

  private:
    void save();

    AppContext& m_context;
    std::optional<Patient> m_existing;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_last = nullptr;
    QLineEdit* m_other = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QCheckBox* m_hasBirthDate = nullptr;
    QDateEdit* m_birth = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
    Patient m_saved;
};

} // namespace paydesk
