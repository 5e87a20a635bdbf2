#include "startup_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace paydesk {

Result<StartupOptions, QString> StartupOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("paydesk", "Paydesk: hospital cashier desk and airtime kiosk on Paystack."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption config({QStringLiteral("c"), QStringLiteral("config")},
                                    QCoreApplication::translate("paydesk", "Use this configuration file."),
                                    QStringLiteral("file"));
    const QCommandLineOption database(
        {QStringLiteral("d"), QStringLiteral("database")},
        QCoreApplication::translate("paydesk", "Use this database (sqlite:PATH or postgresql://user@host:port/db)."),
        QStringLiteral("url"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("paydesk", "Show the interface in this language (en, fr)."),
        QStringLiteral("code"));
    const QCommandLineOption training(
        QStringLiteral("training"),
        QCoreApplication::translate("paydesk", "Training mode: a separate training database and the local Paystack "
                                               "sandbox; no real money moves."));
    const QCommandLineOption sampleData(
        QStringLiteral("sample-data"),
        QCoreApplication::translate("paydesk", "Load sample data (training mode only)."));
    const QCommandLineOption sampleHistory(
        QStringLiteral("sample-history"),
        QCoreApplication::translate("paydesk", "With --sample-data: also three months of generated payments, airtime "
                                               "and USSD sessions for the dashboard."));
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox-url"),
        QCoreApplication::translate("paydesk", "Address of paydesk-sandbox in training mode."), QStringLiteral("url"));
    QCommandLineOption quitWhenShown(QStringLiteral("quit-when-shown"));
    quitWhenShown.setFlags(QCommandLineOption::HiddenFromHelp);
    for (const auto& option : {config, database, language, training, sampleData, sampleHistory, sandbox, quitWhenShown})
        parser.addOption(option);

    if (!parser.parse(arguments))
        return parser.errorText();
    StartupOptions options;
    options.showHelp = parser.isSet(help);
    options.showVersion = parser.isSet(version);
    options.helpText = parser.helpText();
    options.configPath = parser.value(config);
    options.databaseUrl = parser.value(database);
    options.language = parser.value(language);
    options.training = parser.isSet(training);
    options.sampleData = parser.isSet(sampleData);
    options.sampleHistory = parser.isSet(sampleHistory);
    options.quitWhenShown = parser.isSet(quitWhenShown);
    if (parser.isSet(sandbox)) {
        options.sandboxUrl = QUrl(parser.value(sandbox));
        if (!options.sandboxUrl.isValid() || options.sandboxUrl.scheme().isEmpty())
            return QCoreApplication::translate("paydesk", "Invalid sandbox URL: %1").arg(parser.value(sandbox));
    }
    if (options.sampleData && !options.training)
        return QCoreApplication::translate("paydesk", "--sample-data is only allowed with --training, so that sample "
                                                      "accounts never reach a real desk's database.");
    if (options.sampleHistory && !options.sampleData)
        return QCoreApplication::translate("paydesk", "--sample-history is only allowed with --sample-data.");
    return options;
}

} // namespace paydesk
