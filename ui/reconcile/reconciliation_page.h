#pragma once

#include "app_context.h"
#include "payments/reconcile_report.h"
#include "stats/period.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace paydesk {

class Reconciliation;

namespace reconcile {

// Reconciliation for supervisors: for a period of the hospital's days, our payments against Paystack's
// transactions, payment requests and totals, and our airtime sales against the provider, line by line. Lines are
// filtered by result and source; Enter opens what is behind a line (invoice, webhook deliveries, the other side's
// record); the shown lines export as CSV or PDF with the period and filter in the header. Core checks the role.
class ReconciliationPage : public QWidget
{
    Q_OBJECT
  public:
    explicit ReconciliationPage(AppContext& context, QWidget* parent = nullptr);

    void reconcile();
    void setPeriod(stats::PeriodPreset preset);
    const std::optional<ReconcileReport>& report() const { return m_report; }
    QList<ReconcileLine> shownLines() const;
    QString summaryText() const;
    QString statusText() const;
    QString filterDescription() const;
    void openLine(int row);
    // The exports, to a file of the caller's choosing (the buttons pick one in the reports folder).
    Status<QString> saveCsv(const QString& path) const;
    Status<QString> savePdf(const QString& path) const;

  signals:
    void reconciled();
    void invoiceRequested(qint64 invoiceId);

  private:
    void periodChosen();
    QString chosenPeriodText() const;
    void showReport();
    void fillTotals();
    void fillLines();
    void exportLines(bool pdf);
    void say(const QString& text);

    AppContext& m_context;
    Reconciliation* m_reconciliation = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_run = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_totals = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_source = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_status = nullptr;
    std::optional<ReconcileReport> m_report;
    stats::Period m_reportedDays;
    QList<ReconcileLine> m_shown;
    int m_generation = 0;
};

} // namespace reconcile
} // namespace paydesk
