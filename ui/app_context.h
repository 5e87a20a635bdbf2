#pragma once

#include "config/app_config.h"
#include "config/paystack_mode.h"
#include "security/secret_store.h"
#include "security/user_repository.h"
#include "startup_options.h"
#include "storage/database.h"
#include "storage/database_worker.h"

namespace paydesk {

// What the windows of one desk session share: the open database, the desk's config, where secrets live, and who
// is logged in. Owned by AppController; widgets hold a reference and never outlive it.
struct AppContext
{
    Database db; // use it only inside jobs posted to worker: the GUI thread never runs SQL
    DatabaseWorker* worker = nullptr;
    AppConfig* config = nullptr;
    SecretStore* secrets = nullptr;
    StartupOptions options;
    User user;

    bool training() const { return options.training; }
    QUrl paystackBaseUrl() const { return training() ? options.sandboxUrl : config->paystackBaseUrl(); }
};

} // namespace paydesk
