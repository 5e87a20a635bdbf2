#pragma once

#include "ussd/flow_engine.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace paydesk {
class PaystackClient;
class SecretStore;
namespace airtime {
class AirtimeProvider;
}
} // namespace paydesk

namespace paydesk::ussd {

// One effect as it ran, for the simulator's panel and the logs. Secrets never appear: the Authorization header is
// shown as "<redacted>".
struct EffectLog
{
    QString sessionId;
    QString screenId;
    QString request;  // "POST http://…/loans/requests" + headers + body, or "airtime.vend {…params}"
    QString response; // status and body, or the action's outputs
    EffectResult::Outcome outcome = EffectResult::Outcome::Failure;
    qint64 elapsedMs = 0;
};

// Runs a flow's effects: HTTP calls (auth from the SecretStore by name) and the built-in actions (Paystack through
// PaystackClient, airtime through the provider). Each run ends in exactly one callback on the context's thread,
// within the effect's timeout (Timeout when the deadline passes; a late answer is dropped), never if the context
// died. Money-moving actions use the effect's idempotency key as their reference, so a repeat cannot pay twice.
class EffectRunner : public QObject
{
    Q_OBJECT
  public:
    using Done = std::function<void(const EffectResult&)>;

    EffectRunner(QNetworkAccessManager& network,
                 SecretStore& secrets,
                 PaystackClient* paystack,
                 airtime::AirtimeProvider* airtime,
                 QObject* parent = nullptr);

    void run(const Effect& effect, const Session& session, QObject* context, Done done);

  signals:
    void ran(const paydesk::ussd::EffectLog& log);

  private:
    class Job;
    void http(const std::shared_ptr<Job>& job);
    void action(const std::shared_ptr<Job>& job);

    QNetworkAccessManager& m_network;
    SecretStore& m_secrets;
    PaystackClient* m_paystack;
    airtime::AirtimeProvider* m_airtime;
};

} // namespace paydesk::ussd
