#pragma once

#include <QLoggingCategory>

// One category per area, so an operator can turn on exactly what they need, e.g.
// QT_LOGGING_RULES="paydesk.storage.debug=true". Secrets are never passed to any of these.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcMigrations)
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcPaystack)
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcPayments)
Q_DECLARE_LOGGING_CATEGORY(lcAirtime)
Q_DECLARE_LOGGING_CATEGORY(lcUssd)
