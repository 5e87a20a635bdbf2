#include "cli/server_cli.h"

#include "airtime/vtpass_provider.h"
#include "billing/payment_engine.h"
#include "billing/price_list.h"
#include "billing/refund_engine.h"
#include "cli/backup_command.h"
#include "cli/exit_codes.h"
#include "cli/export_command.h"
#include "cli/inbox_command.h"
#include "cli/reconcile_command.h"
#include "cli/signal_quit.h"
#include "cli/ussd_command.h"
#include "config/app_config.h"
#include "config/paystack_mode.h"
#include "payments/confirmation_service.h"
#include "payments/live_updates.h"
#include "payments/reconciler.h"
#include "security/audit_log.h"
#include "security/environment_secret_store.h"
#include "security/user_repository.h"
#include "server/paydesk_http_service.h"
#include "storage/database_worker.h"
#include "storage/migrator.h"
#include "ussd/ussd_service.h"
#include "util/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>

#include <optional>
#include <termios.h>
#include <unistd.h>

namespace paydesk {

namespace {

int exitCodeFor(const DbError& error)
{
    switch (error.kind) {
    case DbError::Kind::SchemaTooNew:
        return ExitSchemaTooNew;
    case DbError::Kind::Constraint:
        return ExitRefused;
    default:
        return ExitDatabase;
    }
}

// Reads one line without echo when stdin is a terminal; piped input is read as is.
QString readPassword(QTextStream& in, QTextStream& err, const QString& prompt, bool terminal)
{
    termios saved{};
    if (terminal) {
        err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
    return line;
}

class Cli
{
  public:
    Cli(QTextStream& in, QTextStream& out, QTextStream& err, bool interactive)
        : m_in(in), m_out(out), m_err(err), m_interactive(interactive)
    {}

    int run(const QStringList& arguments);

  private:
    std::optional<Database> openDatabase(Database::CreateMode create, int& exitCode);
    int fail(const QString& message, int code)
    {
        m_err << "paydesk-server: " << message << Qt::endl;
        return code;
    }
    int usersAdd(const Database& db, const QStringList& args);
    int usersList(const Database& db);
    int usersUnlock(const Database& db, const QStringList& args);
    int auditVerify(const Database& db);
    int pricelistImport(const Database& db, const QStringList& args);
    int secretCheck();
    int serve(const Database& db);

    QTextStream& m_in;
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_interactive = false;
    QString m_databaseOption;
    QString m_configOption;
    QString m_role;
    QString m_displayName;
    QString m_listenOption;
    QString m_currency;
    QString m_state;
    QString m_format;
    QString m_paystackUrl;
    bool m_formatGiven = false;
    QString m_from;
    QString m_to;
    QStringList m_settings;
    QString m_vtpassUrl;
};

std::optional<Database> Cli::openDatabase(Database::CreateMode create, int& exitCode)
{
    const AppConfig config(m_configOption);
    const QString text = m_databaseOption.isEmpty() ? config.databaseUrlText() : m_databaseOption;
    auto url = DatabaseUrl::parse(text);
    if (!url) {
        exitCode = fail(url.error().message, ExitDatabase);
        return std::nullopt;
    }
    // The per-user default database is created on first use; a configured one must already exist (init makes it),
    // so a typo in a path never silently starts an empty database.
    const bool isDefault = m_databaseOption.isEmpty() && !config.hasExplicitDatabase();
    Database::Options options;
    options.create = isDefault ? Database::CreateMode::CreateIfMissing : create;
    if (!url->isSqlite() && url->password.isEmpty()) {
        if (auto password = EnvironmentSecretStore().readNow(SecretKey::DatabasePassword))
            options.password = QString::fromUtf8(password->reveal());
    }
    auto db = openMigrated(*url, options);
    if (!db) {
        exitCode = fail(db.error().message, exitCodeFor(db.error()));
        return std::nullopt;
    }
    return *db;
}

int Cli::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("paydesk-server", "Paydesk server: shared database, payment worker and webhooks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {{QStringLiteral("d"), QStringLiteral("database")},
         QCoreApplication::translate("paydesk-server", "Database URL (sqlite:PATH or postgresql://user@host:port/db)."),
         QStringLiteral("url")});
    parser.addOption({{QStringLiteral("c"), QStringLiteral("config")},
                      QCoreApplication::translate("paydesk-server", "Configuration file."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("role"),
         QCoreApplication::translate("paydesk-server", "Role of a new user: cashier, supervisor or admin."),
         QStringLiteral("role"), QStringLiteral("cashier")});
    parser.addOption({QStringLiteral("name"),
                      QCoreApplication::translate("paydesk-server", "Display name of a new user."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("listen"),
                      QCoreApplication::translate("paydesk-server",
                                                  "Where serve listens: host:port, or off (default: the config file's "
                                                  "server/address, else 127.0.0.1:8088)."),
                      QStringLiteral("host:port")});
    parser.addOption({QStringLiteral("state"),
                      QCoreApplication::translate(
                          "paydesk-server", "inbox: only rows in this state (received, processed, rejected, failed)."),
                      QStringLiteral("state")});
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate(
                          "paydesk-server",
                          "inbox: json (default) or csv; reconcile: text (default) or json; export: csv (default) or "
                          "json."),
                      QStringLiteral("format"), QStringLiteral("json")});
    parser.addOption({QStringLiteral("paystack-url"),
                      QCoreApplication::translate(
                          "paydesk-server",
                          "serve: Paystack's API address (default: the config file's, else https://api.paystack.co)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate(
                          "paydesk-server", "reconcile: first day (YYYY-MM-DD, UTC; default today); export: first "
                                            "day in the hospital's calendar."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("paydesk-server",
                                                  "reconcile: last day (YYYY-MM-DD, UTC; default today); export: last "
                                                  "day in the hospital's calendar."),
                      QStringLiteral("date")});
    parser.addOption(
        {QStringLiteral("setting"),
         QCoreApplication::translate(
             "paydesk-server", "ussd test: a flow setting, NAME=VALUE (repeatable), e.g. api=http://127.0.0.1:8089."),
         QStringLiteral("name=value")});
    parser.addOption({QStringLiteral("vtpass-url"),
                      QCoreApplication::translate(
                          "paydesk-server",
                          "serve, ussd test: VTpass's API address (default: the config file's airtime/vtpass_url)."),
                      QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("folder"),
         QCoreApplication::translate("paydesk-server", "backup: the folder backups go to (default: [backup] folder= in "
                                                       "the config)."),
         QStringLiteral("dir")});
    parser.addOption({QStringLiteral("currency"),
                      QCoreApplication::translate("paydesk-server", "Currency of a price list's prices (default NGN)."),
                      QStringLiteral("code"), QStringLiteral("NGN")});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate(
            "paydesk-server",
            "init | migrate | users add NAME | users list | users unlock NAME | "
            "audit verify | pricelist import FILE | inbox [replay ID] | reconcile | secret check | "
            "export payments|invoices|shifts|airtime|ussd-sessions|audit | "
            "ussd lint FILE | ussd test FLOW SCRIPT | ussd import FILE | ussd export CODE [FILE] | ussd list | "
            "backup new-key|create|list|verify FILE|restore FILE | serve"));
    if (!parser.parse(arguments))
        return fail(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << "paydesk-server " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    m_databaseOption = parser.value(QStringLiteral("database"));
    m_configOption = parser.value(QStringLiteral("config"));
    m_role = parser.value(QStringLiteral("role"));
    m_displayName = parser.value(QStringLiteral("name"));
    m_listenOption = parser.value(QStringLiteral("listen"));
    m_currency = parser.value(QStringLiteral("currency"));
    m_state = parser.value(QStringLiteral("state"));
    m_format = parser.value(QStringLiteral("format"));
    m_formatGiven = parser.isSet(QStringLiteral("format"));
    m_paystackUrl = parser.value(QStringLiteral("paystack-url"));
    m_from = parser.value(QStringLiteral("from"));
    m_to = parser.value(QStringLiteral("to"));
    m_settings = parser.values(QStringLiteral("setting"));
    m_vtpassUrl = parser.value(QStringLiteral("vtpass-url"));

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0) + u' ' + args.value(1);
    if (args.isEmpty())
        return fail(QCoreApplication::translate("paydesk-server", "no command given; see --help"), ExitUsage);
    if (args.at(0) == u"secret" && args.value(1) == u"check")
        return secretCheck();
    if (args.at(0) == u"backup") {
        // Before the database is opened here: a restore replaces the file, and nobody may hold it open.
        const AppConfig config(m_configOption);
        auto url = DatabaseUrl::parse(m_databaseOption.isEmpty() ? config.databaseUrlText() : m_databaseOption);
        if (!url)
            return fail(url.error().message, ExitDatabase);
        BackupCommandOptions options;
        options.database = *url;
        options.folder =
            parser.isSet(QStringLiteral("folder")) ? parser.value(QStringLiteral("folder")) : config.backupFolder();
        return backupCommand(args, options, m_out, m_err);
    }
    if (command == u"ussd lint") {
        if (args.size() != 3)
            return fail(QCoreApplication::translate("paydesk-server", "usage: ussd lint FILE"), ExitUsage);
        return ussdLint(args.at(2), m_out, m_err);
    }
    if (command == u"ussd test") {
        if (args.size() != 4)
            return fail(QCoreApplication::translate(
                            "paydesk-server",
                            "usage: ussd test FLOW.json SCRIPT.json [--setting NAME=VALUE] [--paystack-url URL] "
                            "[--vtpass-url URL]"),
                        ExitUsage);
        UssdCommandOptions options;
        for (const QString& setting : m_settings) {
            const qsizetype equals = setting.indexOf(u'=');
            if (equals <= 0)
                return fail(QCoreApplication::translate("paydesk-server", "--setting takes NAME=VALUE, not \"%1\"")
                                .arg(setting),
                            ExitUsage);
            options.settings.insert(setting.left(equals), setting.mid(equals + 1));
        }
        const AppConfig config(m_configOption);
        options.paystackUrl = m_paystackUrl.isEmpty() ? config.paystackBaseUrl() : QUrl(m_paystackUrl);
        options.vtpassUrl = m_vtpassUrl.isEmpty() ? config.vtpassBaseUrl() : QUrl(m_vtpassUrl);
        return ussdTest(args.at(2), args.at(3), options, m_out, m_err);
    }

    const bool known = args.at(0) == u"init" || args.at(0) == u"migrate" || args.at(0) == u"serve" ||
                       command == u"users add" || command == u"users list" || command == u"users unlock" ||
                       command == u"audit verify" || command == u"pricelist import" || args.at(0) == u"inbox" ||
                       args.at(0) == u"reconcile" || args.at(0) == u"export" || command == u"ussd import" ||
                       command == u"ussd export" || command == u"ussd list";
    if (!known)
        return fail(
            QCoreApplication::translate("paydesk-server", "unknown command \"%1\"; see --help").arg(args.join(u' ')),
            ExitUsage);

    int exitCode = ExitOk;
    const auto create = args.at(0) == u"init" ? Database::CreateMode::CreateIfMissing : Database::CreateMode::MustExist;
    const auto db = openDatabase(create, exitCode);
    if (!db)
        return exitCode;

    if (args.at(0) == u"init" || args.at(0) == u"migrate") {
        m_out << QCoreApplication::translate("paydesk-server", "database ready at schema version %1: %2")
                     .arg(Migrator::latestVersion())
                     .arg(db->url().redacted())
              << Qt::endl;
        return ExitOk;
    }
    if (args.at(0) == u"serve")
        return serve(*db);
    if (command == u"users add")
        return usersAdd(*db, args.mid(2));
    if (command == u"users list")
        return usersList(*db);
    if (command == u"users unlock")
        return usersUnlock(*db, args.mid(2));
    if (command == u"pricelist import")
        return pricelistImport(*db, args.mid(2));
    if (args.at(0) == u"reconcile") {
        const AppConfig config(m_configOption);
        const QUrl url = m_paystackUrl.isEmpty() ? config.paystackBaseUrl() : QUrl(m_paystackUrl);
        return reconcileCommand(*db, url, m_from, m_to, m_formatGiven ? m_format : QStringLiteral("text"), m_out,
                                m_err);
    }
    if (args.at(0) == u"export")
        return exportCommand(*db, args.size() == 2 ? args.at(1) : QString(), m_from, m_to,
                             m_formatGiven ? m_format : QStringLiteral("csv"), m_out, m_err);
    if (command == u"ussd import")
        return args.size() == 3
                   ? ussdImport(*db, args.at(2), m_out, m_err)
                   : fail(QCoreApplication::translate("paydesk-server", "usage: ussd import FILE"), ExitUsage);
    if (command == u"ussd export")
        return args.size() == 3 || args.size() == 4
                   ? ussdExport(*db, args.at(2), args.value(3), m_out, m_err)
                   : fail(QCoreApplication::translate("paydesk-server", "usage: ussd export CODE [FILE]"), ExitUsage);
    if (command == u"ussd list")
        return ussdList(*db, m_out, m_err);
    if (command == u"inbox replay")
        return replayInbox(*db, args.value(2), m_out, m_err);
    if (args.at(0) == u"inbox")
        return args.size() == 1
                   ? listInbox(*db, m_state, m_format, m_out, m_err)
                   : fail(QCoreApplication::translate("paydesk-server",
                                                      "usage: inbox [--state S] [--format json|csv] | inbox replay ID"),
                          ExitUsage);
    return auditVerify(*db);
}

int Cli::pricelistImport(const Database& db, const QStringList& args)
{
    if (args.size() != 1)
        return fail(QCoreApplication::translate("paydesk-server", "usage: pricelist import FILE.csv [--currency NGN]"),
                    ExitUsage);
    const auto currency = Currency::fromCode(m_currency.toUpper());
    if (!currency)
        return fail(QCoreApplication::translate("paydesk-server", "unknown currency \"%1\"").arg(m_currency),
                    ExitUsage);
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("paydesk-server", "cannot read %1: %2").arg(args.first(), file.errorString()),
            ExitUsage);
    const auto report = PriceListRepository(db).importCsv(file.readAll(), *currency, QStringLiteral("paydesk-server"));
    if (!report)
        return fail(report.error().message, exitCodeFor(report.error()));
    for (const auto& [line, reason] : report->rejected)
        m_err << QCoreApplication::translate("paydesk-server", "line %1 rejected: %2").arg(line).arg(reason)
              << Qt::endl;
    m_out << QCoreApplication::translate("paydesk-server", "price list: %1 added, %2 updated, %3 rejected")
                 .arg(report->added)
                 .arg(report->updated)
                 .arg(report->rejected.size())
          << Qt::endl;
    return report->rejected.isEmpty() ? ExitOk : ExitRefused;
}

int Cli::usersAdd(const Database& db, const QStringList& args)
{
    if (args.size() != 1)
        return fail(QCoreApplication::translate(
                        "paydesk-server",
                        "usage: users add NAME --role ROLE [--name \"Full Name\"]; the password is read from stdin"),
                    ExitUsage);
    const auto role = roleFromName(m_role);
    if (!role)
        return fail(
            QCoreApplication::translate("paydesk-server", "unknown role \"%1\": use cashier, supervisor or admin")
                .arg(m_role),
            ExitUsage);
    NewUser user{args.at(0), m_displayName.isEmpty() ? args.at(0) : m_displayName, *role, {}};
    user.password =
        readPassword(m_in, m_err, QCoreApplication::translate("paydesk-server", "Password for %1: ").arg(user.username),
                     m_interactive);
    if (m_interactive &&
        readPassword(m_in, m_err, QCoreApplication::translate("paydesk-server", "Repeat the password: "), true) !=
            user.password)
        return fail(QCoreApplication::translate("paydesk-server", "the passwords do not match"), ExitRefused);
    if (const QString problem = UserRepository::validate(user); !problem.isEmpty())
        return fail(problem, ExitRefused);
    auto created = UserRepository(db).create(user, QStringLiteral("paydesk-server"));
    if (!created)
        return fail(created.error().message, exitCodeFor(created.error()));
    m_out << QCoreApplication::translate("paydesk-server", "added %1 (%2)")
                 .arg(created->username, roleName(created->role))
          << Qt::endl;
    return ExitOk;
}

int Cli::usersList(const Database& db)
{
    auto users = UserRepository(db).list();
    if (!users)
        return fail(users.error().message, ExitDatabase);
    for (const User& user : *users) {
        m_out << user.username << '\t' << roleName(user.role) << '\t' << user.displayName;
        if (user.lockedUntil.isValid() && user.lockedUntil > QDateTime::currentDateTimeUtc())
            m_out << '\t'
                  << QCoreApplication::translate("paydesk-server", "locked until %1")
                         .arg(user.lockedUntil.toString(Qt::ISODate));
        m_out << Qt::endl;
    }
    return ExitOk;
}

int Cli::usersUnlock(const Database& db, const QStringList& args)
{
    if (args.size() != 1)
        return fail(QCoreApplication::translate("paydesk-server", "usage: users unlock NAME"), ExitUsage);
    if (auto unlocked = UserRepository(db).unlock(args.at(0), QStringLiteral("paydesk-server")); !unlocked)
        return fail(unlocked.error().message, ExitRefused);
    m_out << QCoreApplication::translate("paydesk-server", "unlocked %1").arg(args.at(0)) << Qt::endl;
    return ExitOk;
}

int Cli::auditVerify(const Database& db)
{
    auto report = AuditLog(db).verify();
    if (!report)
        return fail(report.error().message, ExitDatabase);
    if (!report->intact) {
        m_out << QCoreApplication::translate("paydesk-server", "audit chain BROKEN at row %1: %2")
                     .arg(report->firstBrokenSeq)
                     .arg(report->reason)
              << Qt::endl;
        return ExitAuditBroken;
    }
    m_out << QCoreApplication::translate("paydesk-server", "audit chain intact: %1 rows").arg(report->rowsChecked)
          << Qt::endl;
    return ExitOk;
}

int Cli::secretCheck()
{
    const AppConfig config(m_configOption);
    auto secret = EnvironmentSecretStore().readNow(SecretKey::PaystackSecret);
    if (!secret)
        return fail(secret.error().message, ExitSecretMissing);
    const QString problem = validatePaystackSecret(QString::fromUtf8(secret->reveal()));
    if (!problem.isEmpty())
        return fail(problem, ExitSecretMissing);
    qCDebug(lcSecrets) << "paystack secret read:" << *secret;
    m_out << describe(classifyPaystack(*secret, config.paystackBaseUrl())) << Qt::endl;
    return ExitOk;
}

int Cli::serve(const Database& db)
{
    auto secret = EnvironmentSecretStore().readNow(SecretKey::PaystackSecret);
    if (!secret)
        return fail(secret.error().message, ExitSecretMissing);
    const AppConfig config(m_configOption);
    DatabaseWorker worker;
    worker.adopt(db);
    ConfirmationService::Options confirmationOptions;
    confirmationOptions.listen = m_listenOption.isEmpty() ? config.serverAddress() : m_listenOption;
    // The admin routes are on only when a token is configured; a short one is refused, not quietly used.
    if (auto token = EnvironmentSecretStore().readNow(SecretKey::AdminToken)) {
        if (token->reveal().size() < 24)
            return fail(QCoreApplication::translate("paydesk-server", "the admin token must be at least 24 characters"),
                        ExitUsage);
        confirmationOptions.adminToken = *token;
    }
    // The payment work: the inbox processor applies webhooks, the engines drive every desk's payments and refunds
    // (a lease per attempt keeps a desk's own engine and this one from working on the same payment at once).
    const QUrl paystackUrl = m_paystackUrl.isEmpty() ? config.paystackBaseUrl() : QUrl(m_paystackUrl);
    if (!paystackUrl.isValid() || (paystackUrl.scheme() != u"https" && paystackUrl.scheme() != u"http"))
        return fail(QCoreApplication::translate("paydesk-server", "--paystack-url must be an http(s) address"),
                    ExitUsage);
    QNetworkAccessManager network;
    EnvironmentSecretStore secretStore;
    PaystackClient::Options paystackOptions;
    paystackOptions.baseUrl = paystackUrl;
    PaystackClient paystack(network, secretStore, paystackOptions);
    const QString name =
        QStringLiteral("server:%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
    PaymentEngine::Options engineOptions;
    engineOptions.name = name;
    PaymentEngine payments(db, worker, paystack, engineOptions);
    RefundEngine refunds(db, worker, paystack, RefundEngine::Options{});
    confirmationOptions.name = name;
    // USSD services: the stored flows, served on the same port; their effects call Paystack and VTpass.
    airtime::VtpassProvider::Options vtpassOptions;
    vtpassOptions.baseUrl = m_vtpassUrl.isEmpty() ? config.vtpassBaseUrl() : QUrl(m_vtpassUrl);
    airtime::VtpassProvider vtpass(network, secretStore, vtpassOptions);
    ussd::EffectRunner effects(network, secretStore, &paystack, &vtpass);
    ussd::UssdService ussdService(worker, db, effects, ussd::UssdService::Options{});
    ussdService.load([](const Result<int, QString>& loaded) {
        if (loaded)
            qCInfo(lcUssd) << "USSD services loaded:" << *loaded;
        else
            qCWarning(lcUssd) << "USSD services not loaded:" << loaded.error();
    });
    confirmationOptions.ussd = &ussdService;
    ConfirmationService confirmation(db, worker, &payments, &refunds, confirmationOptions);
    if (auto started = confirmation.start(*secret); !started)
        return fail(started.error(), ExitUsage);
    const QString where = confirmation.mode() == ConfirmationService::Mode::WebhooksAndPolling
                              ? confirmation.url().toString()
                              : QCoreApplication::translate("paydesk-server", "no HTTP server (off)");
    payments.start();
    refunds.start();
    // On the hospital's shared database the desks hold no Paystack key: what they record wakes this server.
    std::unique_ptr<LiveUpdates> live;
    if (db.dialect() == Database::Dialect::Postgres) {
        live = std::make_unique<LiveUpdates>(db, LiveUpdates::Role::Server, &payments, &refunds);
        live->start();
    }
    // Hourly, the last day against Paystack: missed successes are recorded, anything else is logged for a person.
    Reconciler reconciler(db, worker, paystack, &payments);
    QTimer hourly;
    QObject::connect(&hourly, &QTimer::timeout, &reconciler, [&reconciler] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        reconciler.run(now.addDays(-1), now, &reconciler, [](const Result<ReconcileReport, QString>& report) {
            if (!report) {
                qCWarning(lcPayments) << "reconciliation failed:" << report.error();
                return;
            }
            const QString summary =
                QStringLiteral("%1 matched, %2 fixed, %3 missing ours, %4 missing theirs, %5 mismatched")
                    .arg(report->count(ReconcileLine::Kind::Matched))
                    .arg(report->count(ReconcileLine::Kind::Fixed))
                    .arg(report->count(ReconcileLine::Kind::MissingOurs))
                    .arg(report->count(ReconcileLine::Kind::MissingTheirs))
                    .arg(report->count(ReconcileLine::Kind::AmountMismatch));
            if (report->clean())
                qCInfo(lcPayments) << "reconciliation:" << summary;
            else
                qCWarning(lcPayments) << "reconciliation needs a person:" << summary;
        });
    });
    hourly.start(3600 * 1000);
    qCInfo(lcApp) << "paydesk-server ready on" << db.url().redacted() << where << "Paystack" << paystackUrl.toString();
    m_out << QCoreApplication::translate("paydesk-server", "paydesk-server ready (database %1, %2); stop with SIGTERM")
                 .arg(db.url().redacted(), where)
          << Qt::endl;
    const int code = quitOnTerminationSignal();
    qCInfo(lcApp) << "paydesk-server stopped";
    return code;
}

} // namespace

int runServerCli(const QStringList& arguments, QTextStream& in, QTextStream& out, QTextStream& err, bool interactive)
{
    return Cli(in, out, err, interactive).run(arguments);
}

} // namespace paydesk
