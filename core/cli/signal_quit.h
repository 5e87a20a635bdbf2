#pragma once

namespace paydesk {

// Runs the event loop until SIGTERM or SIGINT arrives, then returns the loop's exit code. The signal handler only
// writes to a pipe; the quit happens in the event loop.
int quitOnTerminationSignal();

} // namespace paydesk
