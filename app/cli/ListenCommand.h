#pragma once
// sockscope-cli listen [--proto tcp|udp|unix-stream|unix-dgram] [--bind ADDR] [--port P] [--path PATH]
//                      [--family inet|inet6|unspec|unix] [--join GROUP]... [--keep] [--wait SEC]
// Like nc -l: the server end by hand. Prints "listening on ADDRESS", then the peer's bytes go to
// standard output and standard input to the peer. The end of input half-closes the connection
// (shutdown(SHUT_WR), as nc -N); the command ends at the peer's EOF, or with --keep at SIGINT/SIGTERM.

#include <QStringList>

namespace sockscope::cli {

int runListen(const QStringList& arguments);

} // namespace sockscope::cli
