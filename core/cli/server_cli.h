#pragma once

#include <QStringList>
#include <QTextStream>

namespace paydesk {

// The headless commands of paydesk-server:
//   init | migrate | users add NAME --role R | users list | users unlock NAME | audit verify | secret check | serve
// Kept in the library (not in main) so that tests drive it directly. Returns an ExitCode.
// interactive: stdin is a terminal, so passwords are asked for twice without echo.
int runServerCli(
    const QStringList& arguments, QTextStream& in, QTextStream& out, QTextStream& err, bool interactive = false);

} // namespace paydesk
