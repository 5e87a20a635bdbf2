#include "util/app_identity.h"

#include "version.h"

#include <QCoreApplication>

namespace paydesk {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("paydesk.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("paydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
}

} // namespace paydesk
