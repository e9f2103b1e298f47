#pragma once
// sockscope-cli serve echo [--proto tcp|udp|unix-stream|unix-dgram] [--bind ADDR] [--port P] [--path PATH]
//                          [--engine reactor|thread|fork] [--poller epoll|poll] … [--json]
// An echo server in the foreground: prints "listening on ADDRESS" first, serves until SIGINT or
// SIGTERM, then stops gracefully and prints its totals.

#include <QStringList>

namespace sockscope::cli {

int runServe(const QStringList& arguments);

// Blocks SIGINT and SIGTERM in the calling thread. main() calls it for `serve` before any thread
// exists, so every thread the server starts inherits the mask and the main thread alone takes the
// signals, with sigtimedwait. (runServe calls it again; it only matters before the first thread.)
void blockStopSignals();

} // namespace sockscope::cli
