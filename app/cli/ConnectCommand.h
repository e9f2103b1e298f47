#pragma once
// sockscope-cli connect HOST PORT [--proto tcp|udp|unix-stream|unix-dgram] [--path PATH] [--crlf]
//                                 [--hex] [--wait SEC]
// Like nc: standard input to the socket, the socket to standard output. End of input shuts down
// the sending side; the command ends when the peer closes (datagrams: SEC seconds of silence after
// the end of input).

#include <QStringList>

namespace sockscope::cli {

int runConnect(const QStringList& arguments);

} // namespace sockscope::cli
