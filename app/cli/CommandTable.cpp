#include "CommandTable.h"

#include "AddrCommand.h"
#include "BenchCommand.h"
#include "ConnectCommand.h"
#include "DatabaseCommands.h"
#include "HostCommand.h"
#include "LayoutCommand.h"
#include "ListenCommand.h"
#include "NameInfoCommand.h"
#include "OrderCommand.h"
#include "ResolveCommand.h"
#include "ServeCommand.h"
#include "SockoptCommand.h"
#include "SocketsCommand.h"
#include "WireCommand.h"

#include <array>

namespace sockscope::cli {

namespace {

// In the chapter's order.
constexpr std::array table{
    Command{"order", "htonl/htons: a value's bytes in memory in host and in network byte order", runOrder},
    Command{"addr", "inet_pton/inet_ntop: addresses as network-order bytes (hex) and canonical text",
            runAddr},
    Command{"layout", "the fields of struct sockaddr_in, sockaddr_in6 or sockaddr_un: offset, size, bytes",
            runLayout},
    Command{"hosts", "the hosts database in its own order (sethostent, gethostent, endhostent)", runHosts},
    Command{"protocols", "the protocols database in its own order (setprotoent, getprotoent, endprotoent)",
            runProtocols},
    Command{"services", "the services database in its own order (setservent, getservent, endservent)",
            runServices},
    Command{"protocol", "getprotobyname/getprotobynumber: one protocol by name or number", runProtocol},
    Command{"service", "getservbyname/getservbyport: one service by name or port (s_port in network order)",
            runService},
    Command{"host", "the legacy gethostbyname2/gethostbyaddr, next to getaddrinfo/getnameinfo", runHost},
    Command{"resolve", "getaddrinfo: a host and service to the addrinfo list, with every hint and AI_* flag",
            runResolve},
    Command{"nameinfo", "getnameinfo: an address and port to host and service names, with every NI_* flag",
            runNameInfo},
    Command{"serve", "serve echo: an echo server (tcp, udp, unix; reactor, thread or fork engine) until SIGINT",
            runServe},
    Command{"connect", "like nc: stdin to a tcp, udp or unix socket and the socket to stdout (--hex: a hex dump)",
            runConnect},
    Command{"listen", "like nc -l: listen (tcp, udp, unix), then the peer to stdout and stdin to the peer",
            runListen},
    Command{"bench", "bench echo: drive an echo server with a bounded load; messages/s, MB/s, round-trip times",
            runBench},
    Command{"sockopt", "getsockopt: the socket option catalogue, and every option's value on a fresh socket",
            runSockopt},
    Command{"sockets", "the machine's sockets through sock_diag, as netstat -na lists them: state, queues, process",
            runSockets},
    Command{"wire", "the packets on loopback for some ports, as tcpdump -i lo: TCP flags, relative seq/ack, ICMP",
            runWire},
};

} // namespace

std::span<const Command> commands()
{
    return table;
}

const Command* findCommand(const QString& name)
{
    for (const Command& c : table) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

} // namespace sockscope::cli
