#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace paydesk {

struct Patient
{
    qint64 id = 0;
    QString hospitalNumber;
    QString firstName;
    QString lastName;
    QString otherNames;
    QString phone; // E.164, or empty
    QString email; // may be empty
    QDate birthDate;
    QString notes;
    quint64 paystackCustomerId = 0;
    QString paystackCustomerCode; // CUS_..., once created on the first Paystack payment
    QString paystackEmail;        // the e-mail the customer was created with (synthetic when the patient has none)
    QDateTime createdAt;

    QString fullName() const
    {
        QString name = firstName;
        if (!otherNames.isEmpty())
            name += u' ' + otherNames;
        return name + u' ' + lastName;
    }
};

// What the registration form sends. Phone and e-mail are checked and normalised by the repository.
struct PatientInput
{
    QString hospitalNumber; // empty: the next number in the hospital's series
    QString firstName;
    QString lastName;
    QString otherNames;
    QString phone;
    QString email;
    QDate birthDate;
    QString notes;
};

} // namespace paydesk
