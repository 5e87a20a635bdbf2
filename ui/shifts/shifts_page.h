#pragma once

#include "app_context.h"
#include "shifts/shift_book.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace paydesk::shifts {

class CashCountDialog;

// Shifts: the cashier's own shift (open it with the counted float, watch its running X figures, close it by
// counting the drawer blind) and the list of shifts with their reports. Supervisors see every desk's shifts and
// sign closed ones off as numbered Z reports; cashiers see only their own (core enforces both). A report saves as
// PDF, prints on the desk's receipt printer, and the list exports as CSV or PDF with its filter in the header.
class ShiftsPage : public QWidget
{
    Q_OBJECT
  public:
    explicit ShiftsPage(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    const QList<Shift>& shifts() const { return m_shifts; }
    const std::optional<Shift>& myShift() const { return m_mine; }
    // The shift whose report is shown, if any.
    std::optional<Shift> selectedShift() const;
    void selectShift(qint64 id);
    QString statusText() const;
    QString reportHtml() const { return m_reportHtml; }

  signals:
    void refreshed();

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void openShift();
    void closeShift();
    void signOff();
    void showReport();
    void saveReportPdf();
    void printSlip();
    void exportList(bool pdf);
    QString filterDescription() const;
    ShiftFilter filter() const;
    void showMine();
    void fillTable();
    void backUpAtClose();
    void say(const QString& text);
    // Runs a ShiftBook call on the worker and hands the answer back on this page.
    template <typename Call, typename Done> void withBook(Call call, Done done);

    AppContext& m_context;
    QLabel* m_mineLabel = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_close = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_state = nullptr;
    QTableWidget* m_table = nullptr;
    QTextBrowser* m_report = nullptr;
    QPushButton* m_sign = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_slip = nullptr;
    QLabel* m_status = nullptr;
    QList<Shift> m_shifts;
    std::optional<Shift> m_mine;
    std::optional<Shift> m_shown;
    std::optional<ShiftFigures> m_shownFigures;
    QString m_reportHtml;
    QTimer m_debounce;
    int m_generation = 0;
};

} // namespace paydesk::shifts
