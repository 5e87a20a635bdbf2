#pragma once

#include <QStringList>
#include <QTextStream>

namespace paydesk {

// paydesk-sandbox's command line: parses the options, starts the emulator on the HTTP server and runs until
// SIGTERM/SIGINT. Returns an ExitCode. In the library so that tests can drive it.
int runSandboxCli(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace paydesk
