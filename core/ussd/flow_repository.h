#pragma once

#include "storage/database.h"
#include "ussd/flow.h"
#include "util/clock.h"

#include <QDateTime>

namespace paydesk::ussd {

// A flow document as stored: the JSON exactly as imported (export gives it back byte for byte).
struct StoredFlow
{
    QString code;
    QString name;
    QByteArray document;
    QString sha256;
    int revision = 0;
    QDateTime updatedAt;
    QString updatedBy;
};

// The USSD services a server offers, one document per service code. A document is parsed and linted before it is
// stored: one with errors is refused with every problem listed, so a broken flow never reaches a phone.
class FlowRepository
{
  public:
    explicit FlowRepository(Database db, const Clock& clock = Clock::system()) : m_db(std::move(db)), m_clock(&clock) {}

    struct SaveError
    {
        QString message;
        FlowProblems problems; // when the document itself is at fault
    };
    // A person saving from the designer: only an active admin may (checked against the users table).
    Result<StoredFlow, SaveError> save(const QByteArray& document, const QString& username) const;
    // The operator of paydesk-server (whoever holds the database's credentials), from the command line.
    Result<StoredFlow, SaveError> saveAsOperator(const QByteArray& document, const QString& label) const;

    Result<std::optional<StoredFlow>, DbError> find(const QString& code) const;
    Result<QList<StoredFlow>, DbError> list() const;
    // Admins only; audited.
    Status<QString> remove(const QString& code, const QString& username) const;

  private:
    Result<StoredFlow, SaveError> store(const QByteArray& document, const QString& actor) const;
    Status<QString> requireAdmin(const QString& username) const;

    Database m_db;
    const Clock* m_clock;
};

} // namespace paydesk::ussd
