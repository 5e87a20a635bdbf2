#pragma once

#include "airtime/airtime_report.h"
#include "app_context.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QTextBrowser;

namespace paydesk {

// The kiosk's airtime report (F9 in the kiosk): a period (today, yesterday, this week, this month, or chosen
// days), the report on screen, and Ctrl+S / Ctrl+P to save it as CSV / PDF in Documents/Paydesk reports.
// The sales are read and added up on the database worker.
class AirtimeReportDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit AirtimeReportDialog(AppContext& context, QWidget* parent = nullptr);

    const airtime::AirtimeReport& report() const { return m_report; }
    QString savedText() const;
    void choosePeriod(int index);

  private:
    void load();
    void saveCsv();
    void savePdf();
    QString fileStem() const;

    AppContext& m_context;
    airtime::AirtimeReport m_report;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTextBrowser* m_view = nullptr;
    QLabel* m_saved = nullptr;
    int m_generation = 0;
};

} // namespace paydesk
