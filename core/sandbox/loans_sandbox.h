#pragma once

#include "sandbox/sandbox_store.h"
#include "security/training_secret_store.h"
#include "server/http_server.h"

namespace paydesk::sandbox {

// A small lender's API under /loans/, for the *383# USSD sample flow: request a loan, list a phone's loans, approve
// one (an officer's PIN), the outstanding balance and the recent transactions. Bearer auth with its own key.
// Amounts are in kobo, as in Paystack. Documented in docs/sandbox.md.
class LoansSandbox
{
  public:
    struct Options
    {
        QByteArray apiKey = TrainingSecretStore::kLoansApiKey;
        QByteArray officerPin = "4321";
        int interestBp = 1000; // 10 % flat
    };

    LoansSandbox(SandboxStore& store, Options options) : m_store(store), m_options(std::move(options)) {}

    HttpResponse handle(const HttpRequest& request, const QJsonObject& body);

  private:
    HttpResponse create(const QJsonObject& body);
    HttpResponse list(const QString& phone);
    HttpResponse approve(const QString& id, const QJsonObject& body);
    HttpResponse balance(const QString& phone);
    HttpResponse transactions(const QString& phone, int limit);

    SandboxStore& m_store;
    Options m_options;
};

} // namespace paydesk::sandbox
