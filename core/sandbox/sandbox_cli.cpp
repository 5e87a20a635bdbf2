#include "sandbox/sandbox_cli.h"

#include "cli/exit_codes.h"
#include "cli/signal_quit.h"
#include "config/paystack_mode.h"
#include "sandbox/paystack_sandbox.h"
#include "security/environment_secret_store.h"
#include "server/http_server.h"
#include "server/listen_address.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace paydesk {

namespace {

const char* const kDescription = R"(paydesk-sandbox: a local stand-in for Paystack, for training desks and tests.
No real money moves. See docs/sandbox.md for curl examples.

Paystack API (Bearer secret key, Paystack's paths, envelopes and errors):
  /customer  /paymentrequest (+ verify, notify, totals, finalize, archive)  /terminal (+ event, presence,
  commission_device)  /transaction (+ initialize, verify, totals)  /charge  /dedicated_account (+ assign,
  available_providers)  /bank  /refund
Checkout: authorization_url from /transaction/initialize opens a page with Pay and Decline buttons.
VTpass airtime (api-key + secret-key on POST, api-key + public-key on GET; training keys in docs/sandbox.md):
  POST /api/pay  POST /api/requery  GET /api/balance  GET /api/services; phones 08011111111 delivered,
  201000000000 pending, 300000000000 timeout, 400000000000 no response, 500000000000 odd answer, others fail.
Control API (no key needed):
  POST /_sandbox/terminals/ID/tap          {"outcome":"success"|"declined"}   card tap for the pushed invoice
  POST /_sandbox/terminals/ID/presence     {"online":true,"available":true}
  POST /_sandbox/charges/REFERENCE/complete {"outcome":"success"|"failed"}    USSD, mobile money, link
  POST /_sandbox/faults  {"path":"/transaction/verify","mode":"500"|"html"|"hang"|"drop","count":N}
  POST /_sandbox/faults  {"webhooks":"duplicate"|"out_of_order"|"late"|"bad_signature","count":N,"delay_ms":M}
  DELETE /_sandbox/faults        GET /_sandbox/faults        GET /_sandbox/webhooks        GET /_sandbox/health
Webhooks are signed like Paystack's (x-paystack-signature, HMAC-SHA512) and retried every 3 minutes 4 times,
then hourly for 72 hours, divided by --time-scale.
The secret key may also come from PAYDESK_PAYSTACK_SECRET or PAYDESK_PAYSTACK_SECRET_FILE.)";

} // namespace

int runSandboxCli(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(kDescription));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port to serve on."),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8089"));
    const QCommandLineOption secret(QStringLiteral("secret"), QStringLiteral("The secret key clients must send."),
                                    QStringLiteral("sk_test_..."));
    const QCommandLineOption webhook(QStringLiteral("webhook-url"), QStringLiteral("Where to POST signed webhooks."),
                                     QStringLiteral("url"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("SQLite file that keeps the state."),
                                  QStringLiteral("file"));
    const QCommandLineOption terminals(QStringLiteral("terminals"), QStringLiteral("Terminal ids, comma-separated."),
                                       QStringLiteral("ids"), QStringLiteral("2232WE17,2232WE18"));
    const QCommandLineOption timeScale(QStringLiteral("time-scale"),
                                       QStringLiteral("Run Paystack's clock this many times faster."),
                                       QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption vtpassDeliver(
        QStringLiteral("vtpass-deliver-all"),
        QStringLiteral("VTpass sales to numbers other than its test numbers are delivered (VTpass's own sandbox fails "
                       "them); for training."));
    for (const auto& option : {listen, secret, webhook, data, terminals, timeScale, vtpassDeliver})
        parser.addOption(option);
    auto fail = [&err](const QString& message) {
        err << "paydesk-sandbox: " << message << Qt::endl;
        return int(ExitUsage);
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "paydesk-sandbox " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }

    sandbox::PaystackSandbox::Options options;
    if (parser.isSet(secret)) {
        options.secretKey = Secret(parser.value(secret).toUtf8());
    } else if (auto fromEnvironment = EnvironmentSecretStore().readNow(SecretKey::PaystackSecret)) {
        options.secretKey = *fromEnvironment;
    } else {
        err << "paydesk-sandbox: give the secret key clients will use with --secret sk_test_..." << Qt::endl;
        return ExitSecretMissing;
    }
    if (const QString problem = validatePaystackSecret(QString::fromUtf8(options.secretKey.reveal()));
        !problem.isEmpty())
        return fail(problem);
    const auto address = ListenAddress::parse(parser.value(listen));
    if (!address || address->off)
        return fail(QStringLiteral("--listen must be an IP address and port, such as 127.0.0.1:8089"));
    if (parser.isSet(webhook)) {
        options.webhookUrl = QUrl(parser.value(webhook), QUrl::StrictMode);
        if (!options.webhookUrl.isValid() || !options.webhookUrl.scheme().startsWith(u"http"))
            return fail(QStringLiteral("--webhook-url must be an http(s) URL"));
    }
    bool scaleOk = false;
    options.timeScale = parser.value(timeScale).toInt(&scaleOk);
    if (!scaleOk || options.timeScale < 1)
        return fail(QStringLiteral("--time-scale must be a whole number of at least 1"));
    options.terminals = parser.value(terminals).split(u',', Qt::SkipEmptyParts);
    options.dataFile = parser.value(data);
    options.vtpass.otherNumbersDelivered = parser.isSet(vtpassDeliver);

    QNetworkAccessManager network;
    sandbox::PaystackSandbox emulator(network, options);
    if (auto opened = emulator.open(); !opened) {
        err << "paydesk-sandbox: " << opened.error() << Qt::endl;
        return ExitDatabase;
    }
    HttpServer server({});
    server.setHandler([&emulator](const HttpRequest& request, HttpResponder responder) {
        emulator.handle(request, std::move(responder));
    });
    const auto bound = server.listen(address->address, address->port);
    if (!bound)
        return fail(bound.error());
    QUrl publicUrl;
    publicUrl.setScheme(QStringLiteral("http"));
    publicUrl.setHost(address->address.toString());
    publicUrl.setPort(*bound);
    emulator.setPublicUrl(publicUrl);
    out << "paydesk-sandbox listening on " << publicUrl.toString() << " (terminals "
        << options.terminals.join(QStringLiteral(", ")) << ")" << Qt::endl;
    return quitOnTerminationSignal();
}

} // namespace paydesk
