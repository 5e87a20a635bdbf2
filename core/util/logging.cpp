#include "util/logging.h"

// Info and above are on by default; debug output is opt-in per category.
Q_LOGGING_CATEGORY(lcApp, "paydesk.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "paydesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigrations, "paydesk.storage.migrations", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "paydesk.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "paydesk.security.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAudit, "paydesk.audit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "paydesk.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "paydesk.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPaystack, "paydesk.paystack", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "paydesk.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "paydesk.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPayments, "paydesk.payments", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAirtime, "paydesk.airtime", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUssd, "paydesk.ussd", QtInfoMsg)
