#pragma once
// The machine's socket table, the chapter's `netstat -na`: every TCP, UDP and unix socket the kernel
// knows, asked through NETLINK_SOCK_DIAG (inet_diag for TCP and UDP over IPv4 and IPv6, unix_diag for
// unix sockets), as `ss` does, rather than by parsing /proc/net. The owning process comes from
// /proc/PID/fd where that is readable (a normal user sees only their own). Linux only: elsewhere the
// listing fails with ENOSYS and says so.

#include <cstdint>
#include <string>
#include <vector>

namespace sockscope {

struct MachineSocket {
    std::string proto;        // "tcp", "udp", "unix-stream", "unix-dgram", "unix-seqpacket"
    int family = 0;           // AF_INET, AF_INET6, AF_UNIX
    std::string state;        // the kernel's name: "LISTEN", "ESTABLISHED", "TIME_WAIT"; "UNCONN" for an
                              // unconnected datagram socket
    std::string local;        // "127.0.0.1:7007", "[::1]:7007", "unix:/path", "unix:@name"; empty: none
    std::string peer;         // the same forms; empty when not connected (or an unnamed unix peer)
    std::uint32_t recvQ = 0;  // bytes not yet read; for a listener, connections waiting in accept's queue
    std::uint32_t sendQ = 0;  // bytes not yet acknowledged; for a listener, its backlog
    std::uint64_t inode = 0;  // 0 for a TIME_WAIT (no socket file remains)
    std::uint32_t uid = 0;
    std::string timer;        // TCP: "retransmit", "keepalive", "time-wait", "zero-window probe"; or empty
    std::uint32_t timerMs = 0;
    int pid = 0;              // 0: not known (not ours to read, or no descriptor left)
    std::string process;      // /proc/PID/comm
};

struct SocketTableQuery {
    bool tcp = true;
    bool udp = true;
    bool unixSockets = true;
    bool listeningOnly = false;   // LISTEN, and unconnected datagram sockets (what ss -l lists)
    bool processes = true;        // look up the owners in /proc
};

struct SocketTableResult {
    bool ok = false;
    int err = 0;                  // errno of the failed call
    std::string failedCall;       // "socket", "sendto", "recv"
    std::vector<MachineSocket> sockets;
    int dumps = 0;                // requests answered (one per family and protocol)
};

// One call per request into the journal (socket, a sendto per dump, each recv, close), as C.
SocketTableResult listMachineSockets(const SocketTableQuery& query);

// netstat's protocol column: the transport, with a 6 for TCP and UDP over IPv6 ("tcp6").
std::string netstatProto(const MachineSocket& s);

// "LISTEN" and "UNCONN": what `--listening` keeps.
bool isListeningState(const MachineSocket& s);

} // namespace sockscope
