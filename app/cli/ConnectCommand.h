#pragma once
// sockscope-cli connect HOST PORT [--proto tcp|udp|unix-stream|unix-dgram] [--path PATH] [--crlf]
//                                 [--hex] [--wait SEC] [--tls [--sni NAME] [--alpn LIST] [--cafile F]
//                                 [--insecure] [--cert F --key F]]
// Like nc: standard input to the socket, the socket to standard output. End of input shuts down
// the sending side; the command ends when the peer closes (datagrams: SEC seconds of silence after
// the end of input). --tls: the same over TLS on the same socket (ClientSession::startTls).

#include <QStringList>

namespace sockscope::cli {

int runConnect(const QStringList& arguments);

} // namespace sockscope::cli
