#pragma once

#include "money/cash_count.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace paydesk::shifts {

// Counting a drawer by denomination: one line per note and coin (pieces typed, the line's value and the total
// shown as they are typed), Tab from line to line, Enter to submit. The count is blind: what the drawer should
// hold is not shown. The page submits it to core; when core refuses (a variance without a reason), refused()
// shows why and, when asked for, a reason field, and the dialog stays open with the count kept.
class CashCountDialog : public QDialog
{
    Q_OBJECT
  public:
    CashCountDialog(const QString& title, const QString& intro, Currency currency, QWidget* parent = nullptr);

    CashCount count() const;
    QString reason() const;
    QSpinBox* piecesFor(qint64 denominationMinor) const { return m_pieces.value(denominationMinor); }
    void refused(const QString& message, bool needsReason);
    void setBusy(bool busy);

  signals:
    void submitted(const paydesk::CashCount& count, const QString& reason);

  private:
    void updateTotal();

    Currency m_currency;
    QHash<qint64, QSpinBox*> m_pieces;
    QHash<qint64, QLabel*> m_lineTotals;
    QLabel* m_total = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_submit = nullptr;
};

} // namespace paydesk::shifts
