#pragma once

#include "billing/invoice.h"
#include "billing/payment_attempt.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QDate>

namespace paydesk {

struct InvoiceDraft
{
    qint64 patientId = 0;
    Currency currency = Currency::ngn();
    QList<InvoiceLineInput> lines;
};

// Who is asking, and who approved what needs a supervisor (discounts, waivers, free-text lines, voids). The
// approver's role is read from the database inside the transaction, never taken from the caller.
struct BillingActor
{
    QString username;
    QString desk;
    QString approver; // empty: no one approved
};

// Invoices: issued with a gap-free number per desk series, lines frozen once saved, totals from InvoiceMath.
class InvoiceRepository
{
  public:
    explicit InvoiceRepository(Database db, const Clock& clock = Clock::system()) : m_db(std::move(db)), m_clock(&clock)
    {}

    // Price-list lines take the price list's current code, name, price and tax flag, whatever the caller sent.
    Result<Invoice, QString> issue(const InvoiceDraft& draft, const BillingActor& actor) const;
    Result<std::optional<Invoice>, DbError> find(qint64 id) const;
    Result<QList<Invoice>, DbError> forPatient(qint64 patientId, int limit = 100) const;
    // Void an invoice nothing was paid on and nothing is in flight for; needs a supervisor.
    Result<Invoice, QString> voidInvoice(qint64 id, const QString& reason, const BillingActor& actor) const;

    struct Filter
    {
        std::optional<InvoiceStatus> status;
        QDate from; // local dates of the desk, inclusive; invalid: open-ended
        QDate to;
        QString cashier;
        std::optional<PaymentMethod> method;
        QString numberPrefix;
    };
    struct Cursor // keyset paging, newest first: pass the last row of the previous page
    {
        QDateTime createdAt;
        qint64 id = 0;
    };
    Result<QList<Invoice>, DbError> page(const Filter& filter, const std::optional<Cursor>& after, int limit) const;

    // The desk's series code ("DESK1") from its configured name.
    static QString seriesFor(const QString& deskName);
    // Who approves what `actor` does: the approver when they are an active supervisor or admin, else the actor
    // when they are one; empty when neither is. Roles come from the users table, never from the caller.
    static Result<QString, DbError> approverOf(const Database& db, const BillingActor& actor);

  private:
    Database m_db;
    const Clock* m_clock;
};

} // namespace paydesk
