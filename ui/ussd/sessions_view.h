#pragma once

#include "app_context.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace paydesk::ussd {

struct ServiceCount;
struct SessionSummary;

// The USSD Studio's sessions: per service, how many sessions, how many completed, and what they cost at the
// gateway's price per session (a desk setting); below, the latest sessions, live ones first, with the path each
// took and how it ended. Read from ussd_sessions on the worker, every few seconds while shown.
class SessionsView : public QWidget
{
    Q_OBJECT
  public:
    explicit SessionsView(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    int sessionRows() const;
    QString countsCell(int row, int column) const;

  signals:
    void refreshed();

  protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

  private:
    struct Figures;
    void show(const Figures& figures);
    void costEdited();

    AppContext& m_context;
    QComboBox* m_period = nullptr;
    QComboBox* m_service = nullptr;
    QLineEdit* m_cost = nullptr;
    QLabel* m_costError = nullptr;
    QTableWidget* m_counts = nullptr;
    QTableWidget* m_sessions = nullptr;
    QLabel* m_status = nullptr;
    QTimer m_timer;
    bool m_refreshing = false;
};

} // namespace paydesk::ussd
