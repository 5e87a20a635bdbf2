#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace paydesk {

// What the desk app was asked to do on its command line.
struct StartupOptions
{
    QString configPath;         // --config FILE
    QString databaseUrl;        // --database URL: overrides the config file for this run
    QString language;           // --language fr
    bool training = false;      // --training: a separate training database and the sandbox instead of Paystack
    bool sampleData = false;    // --sample-data: load training accounts (training only)
    bool sampleHistory = false; // --sample-history: and generated history for the dashboard
    bool quitWhenShown = false; // --quit-when-shown: benchmark hook, quits once the first window is on screen
    QUrl sandboxUrl{QStringLiteral("http://127.0.0.1:8089")};

    bool showHelp = false;
    bool showVersion = false;
    QString helpText;

    // An error message for a bad command line.
    static Result<StartupOptions, QString> parse(const QStringList& arguments);
};

} // namespace paydesk
