#pragma once

#include "airtime/airtime_engine.h"
#include "airtime/customer_payment_service.h"
#include "airtime/topup_service.h"
#include "backup/backup_scheduler.h"
#include "billing/payment_engine.h"
#include "billing/refund_engine.h"
#include "config/app_config.h"
#include "config/paystack_mode.h"
#include "payments/live_updates.h"
#include "security/secret_store.h"
#include "security/user_repository.h"
#include "startup_options.h"
#include "storage/database.h"
#include "storage/database_worker.h"

namespace paydesk {

// What the windows of one desk session share: the open database, the desk's config, where secrets live, and who
// is logged in. Owned by AppController; widgets hold a reference and never outlive it.
struct AppContext
{
    Database db; // use it only inside jobs posted to worker: the GUI thread never runs SQL
    DatabaseWorker* worker = nullptr;
    AppConfig* config = nullptr;
    SecretStore* secrets = nullptr;
    StartupOptions options;
    User user;
    PaystackClient* paystack = nullptr;                         // the desk's Paystack (the sandbox in training)
    PaymentEngine* payments = nullptr;                          // drives this desk's payment attempts
    RefundEngine* refunds = nullptr;                            // carries refunds through Paystack
    airtime::AirtimeProvider* airtimeProvider = nullptr;        // VTpass (the sandbox's in training)
    airtime::AirtimeEngine* airtime = nullptr;                  // sends and follows this kiosk's airtime sales
    airtime::TopUpService* topUps = nullptr;                    // the wallet's top-ups through Paystack
    airtime::CustomerPaymentService* airtimePayments = nullptr; // customers paying for airtime by bank USSD code
    LiveUpdates* live = nullptr;        // the shared PostgreSQL's change notifications (null on a standalone desk)
    BackupScheduler* backups = nullptr; // this desk's backups (null on the hospital's PostgreSQL)

    QString desk() const { return config->deskName().isEmpty() ? QStringLiteral("Desk") : config->deskName(); }
    // The terminal this desk pushes to; training uses the sandbox's first terminal unless one is set.
    QString terminalId() const
    {
        const QString configured = config->terminalId();
        return configured.isEmpty() && training() ? QStringLiteral("2232WE17") : configured;
    }
    BillingActor actor(const QString& approver = QString()) const { return {user.username, desk(), approver}; }

    bool training() const { return options.training; }
    QUrl paystackBaseUrl() const { return training() ? options.sandboxUrl : config->paystackBaseUrl(); }
    QUrl vtpassBaseUrl() const { return training() ? options.sandboxUrl : config->vtpassBaseUrl(); }
    // Training desks have no vendor email to ask for: the sandbox takes any.
    QString topUpEmail() const
    {
        const QString configured = config->airtimeTopUpEmail();
        return configured.isEmpty() && training() ? QStringLiteral("kiosk@training.paydesk.example.org") : configured;
    }
};

} // namespace paydesk
