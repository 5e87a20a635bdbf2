#pragma once

#include <QString>
#include <QStringList>

namespace paydesk::test {

class ScratchDatabase;

// One run of paydesk-server's command line, in-process: its exit code and what it printed.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs `paydesk-server ARGS…` with `input` as its standard input.
CliRun runCli(const QStringList& args, const QString& input = QString());

// The --database value for a scratch database (a PostgreSQL URL without its password).
QString databaseArgument(const ScratchDatabase& scratch);

} // namespace paydesk::test
