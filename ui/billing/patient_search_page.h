#pragma once

#include "app_context.h"
#include "billing/patient.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace paydesk {

// The cashier's landing screen: type to search (name, hospital number, phone, e-mail; misspelt names still
// match), arrows to move, Enter to open. A barcode scanner types the hospital number and Enter, so a scanned card
// opens the patient at once. Searches run on the database worker; an answer to an older keystroke is dropped.
class PatientSearchPage : public QWidget
{
    Q_OBJECT
  public:
    explicit PatientSearchPage(AppContext& context, QWidget* parent = nullptr);
    void focusSearch();
    QLineEdit* searchField() const { return m_query; }
    int resultCount() const;

  signals:
    void patientChosen(const paydesk::Patient& patient);
    void newPatientRequested(const QString& searchText);
    void invoiceListRequested();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void search();
    void openCurrent();

    AppContext& m_context;
    QLineEdit* m_query = nullptr;
    QTableWidget* m_results = nullptr;
    QLabel* m_hint = nullptr;
    QList<Patient> m_patients;
    quint64 m_sequence = 0;
    bool m_openWhenReady = false;
};

} // namespace paydesk
