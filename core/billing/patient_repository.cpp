#include "billing/patient_repository.h"

#include "billing/name_key.h"
#include "billing/phone_number.h"
#include "billing/series_counter.h"
#include "security/audit_log.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace paydesk {

namespace {

const QString kColumns =
    QStringLiteral("id, hospital_number, first_name, last_name, other_names, phone, email, birth_date, notes, "
                   "paystack_customer_id, paystack_customer_code, paystack_email, created_at");

constexpr int kMaxSearchWords = 4;

Patient readPatient(const QSqlQuery& query)
{
    Patient patient;
    patient.id = query.value(0).toLongLong();
    patient.hospitalNumber = query.value(1).toString();
    patient.firstName = query.value(2).toString();
    patient.lastName = query.value(3).toString();
    patient.otherNames = query.value(4).toString();
    patient.phone = query.value(5).toString();
    patient.email = query.value(6).toString();
    patient.birthDate = QDate::fromString(query.value(7).toString().left(10), Qt::ISODate);
    patient.notes = query.value(8).toString();
    patient.paystackCustomerId = query.value(9).toULongLong();
    patient.paystackCustomerCode = query.value(10).toString();
    patient.paystackEmail = query.value(11).toString();
    patient.createdAt = sql::readTime(query.value(12));
    return patient;
}

QJsonObject auditDetails(const PatientInput& input)
{
    // Names and numbers identify the record in the audit trail; notes may be clinical and stay out of it.
    return {{QStringLiteral("hospital_number"), input.hospitalNumber},
            {QStringLiteral("name"), QString(input.firstName + u' ' + input.lastName)}};
}

bool isUniqueViolation(const DbError& error)
{
    return error.kind == DbError::Kind::Constraint;
}

// The terms one patient is found by.
QSet<QString> termsFor(const PatientInput& input)
{
    QSet<QString> terms;
    for (const QString& name : {input.firstName, input.lastName, input.otherNames}) {
        for (const QString& word : search_terms::words(name)) {
            terms << word;
            terms << u'~' + search_terms::phoneticKey(word);
        }
    }
    const QStringList numberWords = search_terms::words(input.hospitalNumber);
    for (const QString& word : numberWords)
        terms << word;
    terms << numberWords.join(QString());
    if (!input.email.isEmpty())
        terms << input.email.toLower();
    if (!input.phone.isEmpty()) {
        const QString digits = input.phone.mid(1);
        terms << digits;
        if (input.phone.startsWith(QLatin1String("+234")) || input.phone.startsWith(QLatin1String("+254")))
            terms << u'0' + digits.mid(3); // the national form people type
    }
    terms.remove(QString());
    terms.remove(QStringLiteral("~"));
    return terms;
}

} // namespace

QStringList PatientRepository::searchTermsFor(const PatientInput& validated)
{
    return termsFor(validated).values();
}

PatientRepository::PatientRepository(Database db, const Clock& clock) : m_db(std::move(db)), m_clock(&clock) {}

Result<PatientInput, PatientError> PatientRepository::validate(const PatientInput& raw) const
{
    PatientInput input = raw;
    input.hospitalNumber = input.hospitalNumber.trimmed().toUpper();
    input.firstName = input.firstName.simplified();
    input.lastName = input.lastName.simplified();
    input.otherNames = input.otherNames.simplified();
    input.email = input.email.trimmed().toLower();
    input.notes = input.notes.trimmed();
    using Field = PatientError::Field;
    if (!input.hospitalNumber.isEmpty()) {
        const QRegularExpression pattern(SettingsRepository(m_db).valueOr(
            QStringLiteral("billing.hospital_number_pattern"), QString::fromLatin1(kDefaultPattern)));
        if (!pattern.isValid() || !pattern.match(input.hospitalNumber).hasMatch())
            return PatientError{
                Field::HospitalNumber,
                QCoreApplication::translate(
                    "Patients", "This is not a hospital number in this hospital's format (for example HN-000123).")};
    }
    if (input.firstName.isEmpty())
        return PatientError{Field::FirstName,
                            QCoreApplication::translate("Patients", "Enter the patient's first name.")};
    if (input.lastName.isEmpty())
        return PatientError{Field::LastName, QCoreApplication::translate("Patients", "Enter the patient's surname.")};
    if (!input.phone.trimmed().isEmpty()) {
        auto phone = PhoneNumber::normalize(input.phone);
        if (!phone)
            return PatientError{Field::Phone, phone.error().message};
        input.phone = *phone;
    } else {
        input.phone.clear();
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$"));
    if (!input.email.isEmpty() && !email.match(input.email).hasMatch())
        return PatientError{Field::Email, QCoreApplication::translate(
                                              "Patients", "This e-mail address is not complete (name@example.com).")};
    if (input.birthDate.isValid() && (input.birthDate > m_clock->nowUtc().date() || input.birthDate.year() < 1890))
        return PatientError{
            Field::BirthDate,
            QCoreApplication::translate("Patients", "The date of birth cannot be in the future or before 1890.")};
    return input;
}

Result<QString, DbError> PatientRepository::nextHospitalNumber() const
{
    const QString prefix =
        SettingsRepository(m_db).valueOr(QStringLiteral("billing.hospital_number_prefix"), QStringLiteral("HN-"));
    auto number = nextInSeries(m_db, QStringLiteral("patients"));
    if (!number)
        return number.error();
    return QString(prefix + QStringLiteral("%1").arg(*number, 6, 10, QLatin1Char('0')));
}

Status<DbError> PatientRepository::writeSearchTerms(qint64 id, const PatientInput& input) const
{
    if (auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM patient_search WHERE patient_id = ?"), {id});
        !removed)
        return removed.error();
    for (const QString& term : termsFor(input)) {
        if (auto added = sql::exec(m_db, QStringLiteral("INSERT INTO patient_search (term, patient_id) VALUES (?, ?)"),
                                   {term, id});
            !added)
            return added.error();
    }
    return {};
}

Result<Patient, PatientError> PatientRepository::create(const PatientInput& raw, const QString& actor) const
{
    auto checked = validate(raw);
    if (!checked)
        return checked.error();
    PatientInput input = *checked;
    Transaction tx(m_db);
    if (!tx.isActive())
        return PatientError::database(tx.error());
    if (input.hospitalNumber.isEmpty()) {
        auto number = nextHospitalNumber();
        if (!number)
            return PatientError::database(number.error());
        input.hospitalNumber = *number;
    }
    const QDateTime now = m_clock->nowUtc();
    auto inserted =
        sql::exec(m_db,
                  QStringLiteral(
                      "INSERT INTO patients (hospital_number, first_name, last_name, other_names, phone, email, "
                      "birth_date, notes, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                      "RETURNING id"),
                  {input.hospitalNumber, input.firstName, input.lastName, sql::text(input.otherNames),
                   sql::text(input.phone), sql::text(input.email),
                   input.birthDate.isValid() ? QVariant(input.birthDate.toString(Qt::ISODate))
                                             : QVariant(QMetaType::fromType<QString>()),
                   sql::text(input.notes), actor, sql::timeValue(now), sql::timeValue(now)});
    if (!inserted) {
        if (isUniqueViolation(inserted.error()))
            return PatientError{
                PatientError::Field::HospitalNumber,
                QCoreApplication::translate("Patients", "Hospital number %1 already belongs to another patient.")
                    .arg(input.hospitalNumber)};
        return PatientError::database(inserted.error());
    }
    if (!inserted->next())
        return PatientError{
            PatientError::Field::None,
            QCoreApplication::translate("Patients", "The new patient's record number was not returned.")};
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish(); // SQLite: no savepoint while a statement is still open
    return finishWrite(tx, id, input, QStringLiteral("patient.registered"), actor);
}

Result<Patient, PatientError> PatientRepository::update(qint64 id, const PatientInput& raw, const QString& actor) const
{
    auto checked = validate(raw);
    if (!checked)
        return checked.error();
    PatientInput input = *checked;
    if (input.hospitalNumber.isEmpty())
        return PatientError{PatientError::Field::HospitalNumber,
                            QCoreApplication::translate("Patients", "A registered patient keeps a hospital number.")};
    Transaction tx(m_db);
    if (!tx.isActive())
        return PatientError::database(tx.error());
    auto updated = sql::exec(
        m_db,
        QStringLiteral("UPDATE patients SET hospital_number = ?, first_name = ?, last_name = ?, other_names = ?, "
                       "phone = ?, email = ?, birth_date = ?, notes = ?, updated_at = ? WHERE id = ?"),
        {input.hospitalNumber, input.firstName, input.lastName, sql::text(input.otherNames), sql::text(input.phone),
         sql::text(input.email),
         input.birthDate.isValid() ? QVariant(input.birthDate.toString(Qt::ISODate))
                                   : QVariant(QMetaType::fromType<QString>()),
         sql::text(input.notes), sql::timeValue(m_clock->nowUtc()), id});
    if (!updated) {
        if (isUniqueViolation(updated.error()))
            return PatientError{
                PatientError::Field::HospitalNumber,
                QCoreApplication::translate("Patients", "Hospital number %1 already belongs to another patient.")
                    .arg(input.hospitalNumber)};
        return PatientError::database(updated.error());
    }
    if (updated->numRowsAffected() != 1)
        return PatientError{PatientError::Field::None,
                            QCoreApplication::translate("Patients", "This patient no longer exists.")};
    return finishWrite(tx, id, input, QStringLiteral("patient.updated"), actor);
}

Result<Patient, PatientError> PatientRepository::finishWrite(
    Transaction& tx, qint64 id, const PatientInput& input, const QString& action, const QString& actor) const
{
    // The same last steps for a registration and a change: search terms, the audit row, commit, read back.
    if (auto terms = writeSearchTerms(id, input); !terms)
        return PatientError::database(terms.error());
    if (auto audited =
            AuditLog(m_db, *m_clock).append(actor, action, QStringLiteral("patient:%1").arg(id), auditDetails(input));
        !audited)
        return PatientError::database(audited.error());
    if (auto committed = tx.commit(); !committed)
        return PatientError::database(committed.error());
    auto found = find(id);
    if (!found || !found->has_value())
        return PatientError{PatientError::Field::None,
                            QCoreApplication::translate("Patients", "The patient could not be read back.")};
    return **found;
}

Result<std::optional<Patient>, DbError> PatientRepository::find(qint64 id) const
{
    return sql::one(m_db, QStringLiteral("SELECT %1 FROM patients WHERE id = ?").arg(kColumns), {id}, readPatient);
}

Result<std::optional<Patient>, DbError> PatientRepository::findByHospitalNumber(const QString& number) const
{
    return sql::one(m_db, QStringLiteral("SELECT %1 FROM patients WHERE hospital_number = ?").arg(kColumns),
                    {number.trimmed().toUpper()}, readPatient);
}

Result<qint64, DbError> PatientRepository::count() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT COUNT(*) FROM patients"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<QList<Patient>, DbError> PatientRepository::search(const QString& text, int limit) const
{
    QStringList words = search_terms::words(text);
    // A phone number typed with its country code or spaces ("+234 803 123") is one term, not three.
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("[\\s\\-()]")));
    if (compact.startsWith(u'+'))
        compact.remove(0, 1);
    if (compact.size() >= 4 && std::all_of(compact.begin(), compact.end(), [](QChar c) { return c.isDigit(); }))
        words = {compact};
    else if (text.contains(u'@')) // an e-mail address is one term
        words = {text.trimmed().toLower()};
    words.removeDuplicates();
    if (words.isEmpty() || limit <= 0)
        return QList<Patient>();
    // The longest word is usually the most selective: it drives the index scan, the others filter.
    std::stable_sort(words.begin(), words.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
    words = words.mid(0, kMaxSearchWords);

    auto idsMatching = [&](bool phonetic, int wanted) -> Result<QList<qint64>, DbError> {
        QString statement;
        QVariantList params;
        const QString& first = words.first();
        if (phonetic) {
            statement = QStringLiteral("SELECT DISTINCT s.patient_id FROM patient_search s WHERE s.term = ?");
            params << QString(u'~' + search_terms::phoneticKey(first));
        } else {
            statement = QStringLiteral("SELECT DISTINCT s.patient_id FROM patient_search s WHERE s.term >= ? AND "
                                       "s.term < ?");
            params << first << search_terms::upperBound(first);
        }
        for (qsizetype i = 1; i < words.size(); ++i) {
            statement += QStringLiteral(" AND EXISTS (SELECT 1 FROM patient_search t WHERE t.patient_id = "
                                        "s.patient_id AND ((t.term >= ? AND t.term < ?) OR t.term = ?))");
            params << words.at(i) << search_terms::upperBound(words.at(i))
                   << QString(u'~' + search_terms::phoneticKey(words.at(i)));
        }
        statement += QStringLiteral(" LIMIT ?");
        params << wanted;
        auto query = sql::exec(m_db, statement, params);
        if (!query)
            return query.error();
        QList<qint64> ids;
        while (query->next())
            ids << query->value(0).toLongLong();
        return ids;
    };
    auto loadSorted = [&](const QList<qint64>& ids) -> Result<QList<Patient>, DbError> {
        QList<Patient> patients;
        if (ids.isEmpty())
            return patients;
        QStringList marks(ids.size(), QStringLiteral("?"));
        QVariantList params;
        for (qint64 id : ids)
            params << id;
        auto query =
            sql::exec(m_db,
                      QStringLiteral("SELECT %1 FROM patients WHERE id IN (%2) ORDER BY last_name, first_name, id")
                          .arg(kColumns, marks.join(u',')),
                      params);
        if (!query)
            return query.error();
        while (query->next())
            patients << readPatient(*query);
        return patients;
    };

    auto exact = idsMatching(false, limit);
    if (!exact)
        return exact.error();
    auto result = loadSorted(*exact);
    if (!result)
        return result.error();
    const bool canSoundAlike = words.first().size() >= 3 && std::none_of(words.first().begin(), words.first().end(),
                                                                         [](QChar c) { return c.isDigit(); });
    if (result->size() < limit && canSoundAlike) {
        auto similar = idsMatching(true, limit);
        if (!similar)
            return similar.error();
        QList<qint64> extra;
        for (qint64 id : *similar) {
            if (!exact->contains(id) && exact->size() + extra.size() < limit)
                extra << id;
        }
        auto more = loadSorted(extra);
        if (!more)
            return more.error();
        *result << *more;
    }
    return result;
}

Result<QString, DbError> PatientRepository::linkPaystackCustomer(qint64 patientId,
                                                                 quint64 customerId,
                                                                 const QString& code,
                                                                 const QString& email) const
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto updated = sql::exec(m_db,
                             QStringLiteral("UPDATE patients SET paystack_customer_id = ?, paystack_customer_code = ?, "
                                            "paystack_email = ? WHERE id = ? AND paystack_customer_code IS NULL"),
                             {QVariant::fromValue(qint64(customerId)), code, email, patientId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 1) {
        if (auto audited =
                AuditLog(m_db, *m_clock)
                    .append(QStringLiteral("system"), QStringLiteral("patient.paystack_customer"),
                            QStringLiteral("patient:%1").arg(patientId), {{QStringLiteral("customer_code"), code}});
            !audited)
            return audited.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    auto stored =
        sql::exec(m_db, QStringLiteral("SELECT paystack_customer_code FROM patients WHERE id = ?"), {patientId});
    if (!stored)
        return stored.error();
    return stored->next() ? stored->value(0).toString() : QString();
}

QString PatientRepository::paystackEmailFor(const Patient& patient) const
{
    if (!patient.email.isEmpty())
        return patient.email;
    // Stable (the same patient always gets the same address) and obviously not a real mailbox.
    const QString domain = SettingsRepository(m_db).valueOr(QStringLiteral("billing.patient_email_domain"),
                                                            QStringLiteral("hospital.example"));
    QString local = search_terms::words(patient.hospitalNumber).join(QString());
    if (local.isEmpty())
        local = QString::number(patient.id);
    return QStringLiteral("patient-%1@no-email.%2").arg(local, domain);
}

} // namespace paydesk
