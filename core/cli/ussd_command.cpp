#include "cli/ussd_command.h"

#include "airtime/vtpass_provider.h"
#include "cli/exit_codes.h"
#include "paystack/paystack_client.h"
#include "security/environment_secret_store.h"
#include "ussd/effect_runner.h"
#include "ussd/flow_linter.h"
#include "ussd/flow_repository.h"
#include "ussd/flow_script.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>

namespace paydesk {

namespace {

std::optional<QByteArray> readFile(const QString& path, QTextStream& err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "paydesk-server: "
            << QCoreApplication::translate("paydesk-server", "cannot read %1: %2").arg(path, file.errorString())
            << Qt::endl;
        return std::nullopt;
    }
    return file.readAll();
}

void printProblems(const QString& file, const ussd::FlowProblems& problems, QTextStream& stream)
{
    for (const ussd::FlowProblem& problem : problems)
        stream << file << ": " << problem.toString() << Qt::endl;
}

} // namespace

int ussdLint(const QString& file, QTextStream& out, QTextStream& err)
{
    const auto document = readFile(file, err);
    if (!document)
        return ExitUsage;
    const ussd::FlowProblems problems = ussd::checkFlowDocument(*document);
    printProblems(file, problems, out);
    const auto errors = std::count_if(problems.begin(), problems.end(), [](const ussd::FlowProblem& p) {
        return p.severity == ussd::FlowProblem::Severity::Error;
    });
    out << QCoreApplication::translate("paydesk-server", "%1: %2 error(s), %3 warning(s)")
               .arg(file)
               .arg(errors)
               .arg(problems.size() - errors)
        << Qt::endl;
    return errors == 0 ? ExitOk : ExitRefused;
}

int ussdTest(const QString& flowFile,
             const QString& scriptFile,
             const UssdCommandOptions& options,
             QTextStream& out,
             QTextStream& err)
{
    const auto document = readFile(flowFile, err);
    const auto scriptText = readFile(scriptFile, err);
    if (!document || !scriptText)
        return ExitUsage;
    auto flow = ussd::parseFlow(*document);
    if (!flow) {
        printProblems(flowFile, flow.error(), err);
        return ExitRefused;
    }
    auto script = ussd::FlowScript::parse(*scriptText);
    if (!script) {
        printProblems(scriptFile, script.error(), err);
        return ExitRefused;
    }
    for (auto it = options.settings.cbegin(); it != options.settings.cend(); ++it)
        flow->settings.insert(it.key(), it.value());

    // The effects run for real: Paystack and VTpass at the given addresses (paydesk-sandbox in CI), with the keys
    // from the environment (PAYDESK_PAYSTACK_SECRET, PAYDESK_VTPASS_*, PAYDESK_LOANS_API_KEY).
    QNetworkAccessManager network;
    EnvironmentSecretStore secrets;
    PaystackClient::Options paystackOptions;
    if (options.paystackUrl.isValid())
        paystackOptions.baseUrl = options.paystackUrl;
    PaystackClient paystack(network, secrets, paystackOptions);
    airtime::VtpassProvider::Options vtpassOptions;
    if (options.vtpassUrl.isValid())
        vtpassOptions.baseUrl = options.vtpassUrl;
    airtime::VtpassProvider vtpass(network, secrets, vtpassOptions);
    ussd::EffectRunner effects(network, secrets, &paystack, &vtpass);
    ussd::ScriptRunner runner(*flow, effects, network);
    QEventLoop loop;
    ussd::ScriptReport report;
    runner.run(*script, [&](const ussd::ScriptReport& finished) {
        report = finished;
        loop.quit();
    });
    loop.exec();
    out << QCoreApplication::translate("paydesk-server", "%1 against %2").arg(scriptFile, flowFile) << Qt::endl
        << report.text() << Qt::flush;
    return report.passed() ? ExitOk : ExitRefused;
}

int ussdImport(const Database& db, const QString& file, QTextStream& out, QTextStream& err)
{
    const auto document = readFile(file, err);
    if (!document)
        return ExitUsage;
    auto saved = ussd::FlowRepository(db).saveAsOperator(*document, QStringLiteral("paydesk-server"));
    if (!saved) {
        printProblems(file, saved.error().problems, err);
        err << "paydesk-server: " << saved.error().message << Qt::endl;
        return ExitRefused;
    }
    out << QCoreApplication::translate("paydesk-server", "imported %1 (%2), revision %3")
               .arg(saved->code, saved->name)
               .arg(saved->revision)
        << Qt::endl;
    return ExitOk;
}

int ussdExport(const Database& db, const QString& code, const QString& file, QTextStream& out, QTextStream& err)
{
    auto stored = ussd::FlowRepository(db).find(code);
    if (!stored) {
        err << "paydesk-server: " << stored.error().message << Qt::endl;
        return ExitDatabase;
    }
    if (!stored->has_value()) {
        err << "paydesk-server: "
            << QCoreApplication::translate("paydesk-server", "no USSD service has the code %1").arg(code) << Qt::endl;
        return ExitRefused;
    }
    if (file.isEmpty()) {
        out << QString::fromUtf8((*stored)->document) << Qt::flush;
        return ExitOk;
    }
    QFile target(file);
    if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate) || target.write((*stored)->document) < 0) {
        err << "paydesk-server: "
            << QCoreApplication::translate("paydesk-server", "cannot write %1: %2").arg(file, target.errorString())
            << Qt::endl;
        return ExitUsage;
    }
    out << QCoreApplication::translate("paydesk-server", "exported %1 to %2").arg(code, file) << Qt::endl;
    return ExitOk;
}

int ussdList(const Database& db, QTextStream& out, QTextStream& err)
{
    auto flows = ussd::FlowRepository(db).list();
    if (!flows) {
        err << "paydesk-server: " << flows.error().message << Qt::endl;
        return ExitDatabase;
    }
    for (const ussd::StoredFlow& flow : *flows)
        out << flow.code << '\t' << flow.name << '\t'
            << QCoreApplication::translate("paydesk-server", "revision %1").arg(flow.revision) << '\t'
            << flow.updatedAt.toString(Qt::ISODate) << '\t' << flow.updatedBy << Qt::endl;
    return ExitOk;
}

} // namespace paydesk
