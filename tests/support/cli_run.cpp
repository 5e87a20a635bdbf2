#include "cli_run.h"

#include "cli/server_cli.h"
#include "scratch_database.h"

#include <QTextStream>

namespace paydesk::test {

CliRun runCli(const QStringList& args, const QString& input)
{
    QString inText = input;
    CliRun run;
    QTextStream in(&inText);
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = runServerCli(QStringList{QStringLiteral("paydesk-server")} + args, in, out, err);
    out.flush();
    err.flush();
    return run;
}

QString databaseArgument(const ScratchDatabase& scratch)
{
    const DatabaseUrl url = scratch.url();
    return url.isSqlite() ? QStringLiteral("sqlite:") + url.path : url.redacted();
}

} // namespace paydesk::test
