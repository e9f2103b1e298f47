#include "TcpStateLookup.h"

#include "CallJournal.h"
#include "SocketTable.h"
#include "TcpInfo.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>


namespace sockscope {

std::optional<int> tcpStateOfDescriptor(int fd)
{
#if defined(__linux__)
    tcp_info info{};
    socklen_t len = sizeof info;
    if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) != 0)
        return std::nullopt;
    return info.tcpi_state;
#else
    (void)fd;
    return std::nullopt;
#endif
}

std::optional<int> tcpStateByAddress(const SocketAddress& local, const SocketAddress& peer)
{
    const int family = local.family();
    if ((family != AF_INET && family != AF_INET6) || peer.family() != family)
        return std::nullopt;
    // The socket table through sock_diag (as ss does), not /proc/net/tcp: the same kernel table,
    // asked in binary. Polled by the lab's table, so not journalled.
    UnjournalledCalls quiet;
    SocketTableQuery query;
    query.udp = false;
    query.unixSockets = false;
    query.processes = false;
    const SocketTableResult table = listMachineSockets(query);
    if (!table.ok)
        return std::nullopt;
    const std::string l = local.text(), p = peer.text();
    for (const MachineSocket& m : table.sockets)
        if (m.local == l && m.peer == p)
            return tcpStateNumber(m.state);
    return std::nullopt;
}

} // namespace sockscope
