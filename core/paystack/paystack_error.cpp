#include "paystack/paystack_error.h"

#include <QCoreApplication>

namespace paydesk {

QString PaystackError::describe() const
{
    switch (kind) {
    case Kind::Validation:
    case Kind::Api:
    case Kind::Processor:
    case Kind::NotFound:
        return message.isEmpty() ? QCoreApplication::translate("Paystack", "Paystack refused the request.")
                                 : QCoreApplication::translate("Paystack", "Paystack says: %1").arg(message);
    case Kind::Unauthorized:
        return QCoreApplication::translate(
            "Paystack", "Paystack did not accept this desk's secret key. An administrator must check it in Settings.");
    case Kind::RateLimited:
        return QCoreApplication::translate("Paystack", "Paystack is asking us to slow down. Try again in a minute.");
    case Kind::Server:
        return QCoreApplication::translate("Paystack", "Paystack is having a problem (HTTP %1). Try again shortly.")
            .arg(httpStatus);
    case Kind::Network:
        return QCoreApplication::translate(
                   "Paystack", "Paystack could not be reached: %1. Nothing was sent; check the network and try again.")
            .arg(message);
    case Kind::OutcomeUnknown:
        return QCoreApplication::translate(
            "Paystack", "No answer from Paystack in time. The request may have gone through: Paydesk will check with "
                        "Paystack before doing anything else.");
    case Kind::BadResponse:
        return QCoreApplication::translate("Paystack", "Paystack's answer could not be read (%1).").arg(message);
    case Kind::NotConfigured:
        return QCoreApplication::translate("Paystack", "Paystack is not set up on this desk: %1").arg(message);
    }
    return message;
}

} // namespace paydesk
