#pragma once

#include "app_context.h"
#include "ussd/flow_engine.h"
#include "ussd/gateway.h"
#include "ussd/session.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace paydesk::ussd {

class EffectRunner;
class FlowDocument;
class PhoneWidget;
class UssdService;
struct EffectLog;

// The USSD Studio's simulator: a phone that dials the designer's flow and walks it through the same service that
// serves gateways (gateway "sim"), with its API calls and actions run for real (the sandbox in training). Beside
// the phone: the session's countdown, its variables, each API call's request and response, the flow's settings
// for this desk, and "record as test script".
class SimulatorPanel : public QWidget
{
    Q_OBJECT
  public:
    SimulatorPanel(AppContext& context, FlowDocument& document, QWidget* parent = nullptr);
    ~SimulatorPanel() override;

    PhoneWidget* phone() const { return m_phone; }
    void dial(const QString& code);
    void reply(const QString& input);
    void hangUp();
    bool inSession() const { return !m_key.isEmpty(); }
    // What the phone shows, the session as the service left it, the countdown: for tests.
    QString screenText() const;
    const Session& session() const { return m_session; }
    int secondsLeft() const;
    QString cutNotice() const;
    int apiCallCount() const;
    QString variable(const QString& name) const;
    // The session so far as a test script (paydesk-ussd-script).
    QByteArray recordedScript() const;
    bool saveScript(const QString& path);

  private:
    // A hop of the live session as a gateway would send it.
    Hop nextHop(Hop::Kind kind) const;
    void useFlow();
    void showReply(const QString& input, const Reply& reply);
    void tick();
    void refreshVariables();
    void addCall(const EffectLog& log);
    void fillSettings();
    void setStatus(const QString& text, bool error = false);

    AppContext& m_context;
    FlowDocument& m_document;
    QNetworkAccessManager* m_network = nullptr;
    EffectRunner* m_effects = nullptr;
    UssdService* m_service = nullptr;

    PhoneWidget* m_phone = nullptr;
    QLineEdit* m_number = nullptr;
    QLabel* m_serviceLabel = nullptr;
    QLabel* m_timer = nullptr;
    QLabel* m_cut = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_variables = nullptr;
    QTreeWidget* m_calls = nullptr;
    QPlainTextEdit* m_callDetail = nullptr;
    QTableWidget* m_settings = nullptr;
    QPushButton* m_record = nullptr;

    QString m_key; // "sim:…" while a session is live
    QString m_code;
    Session m_session;
    QList<std::pair<QString, Reply>> m_hops;
    QTimer m_clock;
    QElapsedTimer m_sinceHop;
    int m_timeoutSeconds = 180;
    bool m_fillingSettings = false;
};

} // namespace paydesk::ussd
