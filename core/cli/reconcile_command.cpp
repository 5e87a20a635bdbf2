#include "cli/reconcile_command.h"

#include "billing/payment_engine.h"
#include "cli/exit_codes.h"
#include "cli/period_arguments.h"
#include "payments/reconciler.h"
#include "security/environment_secret_store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace paydesk {

namespace {

QJsonArray amounts(const QList<paystack::CurrencyAmount>& list)
{
    QJsonArray array;
    for (const paystack::CurrencyAmount& amount : list)
        array.append(QJsonObject{{QStringLiteral("currency"), amount.currencyCode},
                                 {QStringLiteral("amount"), amount.amount.toPlainString()}});
    return array;
}

} // namespace

int reconcileCommand(const Database& db,
                     const QUrl& paystackUrl,
                     const QString& fromText,
                     const QString& toText,
                     const QString& format,
                     QTextStream& out,
                     QTextStream& err)
{
    const auto days = readDayRange(fromText, toText, QDateTime::currentDateTimeUtc().date(), err);
    if (!days)
        return ExitUsage;
    const QDate from = days->from;
    const QDate to = days->to;
    if (format != u"text" && format != u"json") {
        err << "paydesk-server: " << QCoreApplication::translate("Cli", "--format is text or json") << Qt::endl;
        return ExitUsage;
    }
    EnvironmentSecretStore secrets;
    if (auto key = secrets.readNow(SecretKey::PaystackSecret); !key) {
        err << "paydesk-server: " << key.error().message << Qt::endl;
        return ExitSecretMissing;
    }
    QNetworkAccessManager network;
    PaystackClient::Options options;
    options.baseUrl = paystackUrl;
    PaystackClient paystack(network, secrets, options);
    DatabaseWorker worker;
    worker.adopt(db);
    PaymentEngine::Options engineOptions;
    engineOptions.name = QStringLiteral("reconcile:%1").arg(QCoreApplication::applicationPid());
    PaymentEngine engine(db, worker, paystack, engineOptions);
    Reconciler reconciler(db, worker, paystack, &engine);
    std::optional<Result<ReconcileReport, QString>> result;
    QEventLoop loop;
    reconciler.run(from.startOfDay(Qt::UTC), to.addDays(1).startOfDay(Qt::UTC).addMSecs(-1), &loop,
                   [&](const Result<ReconcileReport, QString>& r) {
                       result = r;
                       // Give the checks of fixed lines a moment to record the payments before the process ends.
                       QTimer::singleShot(r && r->count(ReconcileLine::Kind::Fixed) > 0 ? 3000 : 0, &loop,
                                          &QEventLoop::quit);
                   });
    loop.exec();
    if (!*result) {
        err << "paydesk-server: " << result->error() << Qt::endl;
        return ExitDatabase;
    }
    const ReconcileReport& report = result->value();
    if (format == u"json") {
        QJsonArray lines;
        for (const ReconcileLine& line : report.lines)
            lines.append(
                QJsonObject{{QStringLiteral("source"), reconcileSourceName(line.source)},
                            {QStringLiteral("kind"), reconcileKindName(line.kind)},
                            {QStringLiteral("invoice"), line.invoiceNumber},
                            {QStringLiteral("reference"), line.reference},
                            {QStringLiteral("ours"), line.ours.isValid() ? line.ours.toPlainString() : QString()},
                            {QStringLiteral("theirs"), line.theirs.isValid() ? line.theirs.toPlainString() : QString()},
                            {QStringLiteral("attempt_id"), line.attemptId},
                            {QStringLiteral("detail"), line.detail}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                         {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                         {QStringLiteral("clean"), report.clean()},
                                         {QStringLiteral("paystack_volume"), amounts(report.paystackVolume)},
                                         {QStringLiteral("our_volume"), amounts(report.ourVolume)},
                                         {QStringLiteral("lines"), lines}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << QCoreApplication::translate(
                   "Cli",
                   "reconciliation %1 to %2: %3 matched, %4 fixed, %5 missing on our side, %6 missing at Paystack, "
                   "%7 amount mismatches")
                   .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                   .arg(report.count(ReconcileLine::Kind::Matched))
                   .arg(report.count(ReconcileLine::Kind::Fixed))
                   .arg(report.count(ReconcileLine::Kind::MissingOurs))
                   .arg(report.count(ReconcileLine::Kind::MissingTheirs))
                   .arg(report.count(ReconcileLine::Kind::AmountMismatch))
            << Qt::endl;
        for (const ReconcileLine& line : report.lines) {
            if (line.kind != ReconcileLine::Kind::Matched)
                out << "  " << reconcileSourceName(line.source) << ' ' << reconcileKindName(line.kind) << ' '
                    << line.reference << ": " << line.detail << Qt::endl;
        }
    }
    out.flush();
    return report.clean() ? ExitOk : ExitRefused;
}

} // namespace paydesk
