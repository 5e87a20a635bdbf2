#pragma once

#include "billing/patient.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "util/clock.h"

#include <QList>
#include <QRegularExpression>

#include <optional>

namespace paydesk {

// Why a patient could not be saved: which field and what to do about it.
struct PatientError
{
    enum class Field { None, HospitalNumber, FirstName, LastName, Phone, Email, BirthDate };
    Field field = Field::None;
    QString message;
    static PatientError database(const DbError& error) { return {Field::None, error.message}; }
};

// Patients and how they are found. Every registration and change is audited in the same transaction.
// Search is by words: each word typed must prefix-match one of the patient's terms (a name, the hospital number,
// phone digits, the e-mail) or sound like one of their names. Index range scans only, so it stays fast at
// hundreds of thousands of patients.
class PatientRepository
{
  public:
    // Settings: billing.hospital_number_pattern (a regular expression; default below) and
    // billing.hospital_number_prefix (for generated numbers, default "HN-").
    static constexpr const char* kDefaultPattern = "^[A-Z]{1,4}-?[0-9]{3,10}$";

    explicit PatientRepository(Database db, const Clock& clock = Clock::system());

    Result<Patient, PatientError> create(const PatientInput& input, const QString& actor) const;
    Result<Patient, PatientError> update(qint64 id, const PatientInput& input, const QString& actor) const;
    Result<std::optional<Patient>, DbError> find(qint64 id) const;
    Result<std::optional<Patient>, DbError> findByHospitalNumber(const QString& number) const;
    Result<QList<Patient>, DbError> search(const QString& query, int limit = 50) const;
    Result<qint64, DbError> count() const;

    // Records the Paystack customer the first time; a second desk that raced us keeps the first one stored.
    // Returns the customer code that is stored afterwards.
    Result<QString, DbError>
    linkPaystackCustomer(qint64 patientId, quint64 customerId, const QString& code, const QString& email) const;

    // The e-mail a patient is known to Paystack by: theirs, or a stable, clearly synthetic one on the hospital's
    // domain (billing.patient_email_domain).
    QString paystackEmailFor(const Patient& patient) const;

    // The terms a validated patient is found by (also used to bulk-load patients in the benchmark).
    static QStringList searchTermsFor(const PatientInput& validated);

    // The checks the form runs as the cashier types; the same ones create() runs.
    Result<PatientInput, PatientError> validate(const PatientInput& input) const;

  private:
    Status<DbError> writeSearchTerms(qint64 id, const PatientInput& input) const;
    Result<Patient, PatientError> finishWrite(
        Transaction& tx, qint64 id, const PatientInput& input, const QString& action, const QString& actor) const;
    Result<QString, DbError> nextHospitalNumber() const;

    Database m_db;
    const Clock* m_clock;
};

} // namespace paydesk
