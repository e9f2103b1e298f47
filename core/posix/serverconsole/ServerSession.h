#pragma once
// The server end by hand: one listening socket (TCP over IPv4 or IPv6, dual stack with IPV6_V6ONLY
// set explicitly; UDP; unix stream or datagram on a path or an @abstract name), its accepted peers
// (streams) or the datagram peers heard from, tracked by source address. Reads and writes never
// block: every socket is non-blocking and wait() polls them together with a wake pipe, so another
// thread can end a wait at once (stop, a new command). Per peer: shutdown(SHUT_RD/WR/RDWR), close,
// reset (SO_LINGER {1, 0}). UDP sockets join and leave multicast groups and list what they joined.
//
// Every setup call (socket, setsockopt, bind, listen, accept4, shutdown, close, the memberships) is
// journalled with its C code; the data path (recv, send, recvfrom, sendto) is counted per peer and
// journalled only when the caller says the call is the user's own (a message typed in the console).
// The listener and every accepted socket are RegisteredSockets, so the options page reaches them.
//
// TLS (config.tls, streams): each accepted peer gets a non-blocking TlsSession; wait() polls it for
// what SSL_accept asked (WANT_READ/WANT_WRITE) and lists it as handshaking, continueHandshake() takes
// the next step, and one past config.tlsHandshakeTimeoutMs is dropped. Then receive() and send() go
// through SSL_read and SSL_write (bytes a full socket held back wait in the session, in order), and
// closePeer() sends close_notify before close(); resetPeer() does not.
//
// One thread drives a session; other threads may only call wake() (and use the registry).

#include "MulticastMembership.h"
#include "ServerConfig.h"
#include "SocketAddress.h"
#include "SocketRegistry.h"
#include "TlsSession.h"
#include "UniqueFd.h"
#include "UnixSocketFile.h"

#include <poll.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sockscope {

struct ServerCallResult {
    bool ok = false;
    int err = 0;             // errno of the failed call
    std::string failedCall;  // "bind", "shutdown", …
    std::string message;     // plain English: "could not bind to 127.0.0.1:80: EACCES — Permission denied"
};

struct ServerStartResult : ServerCallResult {
    SocketAddress bound;          // getsockname() after bind
    bool staleSocketFile = false; // AF_UNIX: the path holds a socket nobody listens on (not removed)
    int v6Only = -1;              // IPV6_V6ONLY as set on an IPv6 socket (0 or 1); -1 otherwise
};

// Where a stream peer's TLS is (None: the server speaks plain bytes).
enum class PeerTls { None, Handshaking, Established, Ended };

struct ServerPeerInfo {
    std::uint64_t id = 0;        // the session's number for it, from 1, never reused in a session
    std::uint64_t socketId = 0;  // its SocketRegistry id (streams); datagram peers share the bound socket
    SocketAddress address;
    bool canReply = true;        // false for an unnamed AF_UNIX datagram sender: no address to answer
    bool eofSeen = false;        // recv() returned 0: the peer shut its sending side or closed
    bool readShut = false;       // we shut our receiving side
    bool writeShut = false;      // we shut our sending side
    std::uint64_t bytesIn = 0, bytesOut = 0, messagesIn = 0, messagesOut = 0;
    std::int64_t firstHeardUs = 0, lastHeardUs = 0; // steady-clock microseconds
    PeerTls tls = PeerTls::None;
    TlsSummary tlsSummary;       // Established: what the handshake agreed, the client's certificate if it sent one
};

struct ServerTotals {
    std::uint64_t accepted = 0;   // connections accepted (streams) or peers first heard (datagrams)
    std::uint64_t refused = 0;    // accepted then closed at once: over maxPeers
    std::uint64_t forgotten = 0;  // datagram peers dropped from the list to stay under maxPeers
    std::uint64_t bytesIn = 0, bytesOut = 0, messagesIn = 0, messagesOut = 0;
    std::uint64_t truncated = 0;  // datagrams longer than the receive buffer
    std::uint64_t tlsFailed = 0;  // TLS handshakes that failed or stalled past the deadline
};

// What wait() found ready.
struct ServerReadiness {
    bool woken = false;            // wake() was called
    bool acceptable = false;       // streams: a connection waits in the backlog
    bool datagramReadable = false; // datagrams: receiveDatagram() has something
    std::vector<std::uint64_t> readable; // stream peers with data, EOF or an error to read
    std::vector<std::uint64_t> writable; // peers whose write interest is on and that can take bytes
    std::vector<std::uint64_t> handshaking; // TLS peers whose handshake can take its next step
    int err = 0;                   // poll() failed with this errno (EINTR is not a failure: nothing ready)
};

struct ServerRecvResult {
    long result = -1;        // recv()/recvfrom()'s return; with a datagram longer than the buffer, its real length
    int err = 0;
    std::string bytes;
    std::uint64_t peer = 0;  // who sent it
    bool newPeer = false;    // datagrams: the first datagram of this sender
    bool truncated = false;
    bool closeNotify = false; // TLS: the EOF came with the client's close_notify
    std::string tlsMessage;   // TLS: why SSL_read failed or ended, in core's words
    [[nodiscard]] bool peerClosed() const { return result == 0 && err == 0 && bytes.empty(); }
};

struct ServerSendResult {
    long sent = -1;
    int err = 0; // EAGAIN: the socket's send buffer is full; wait for writable
    std::size_t queued = 0; // TLS: bytes of `sent` that wait in the session for the socket to take them
    std::string tlsMessage; // TLS: why SSL_write failed
};

// One step of a TLS peer's handshake.
struct ServerHandshakeResult {
    enum Outcome { Pending, Done, Failed } outcome = Pending;
    int err = 0;          // ETIMEDOUT for a handshake past its deadline; errno of a system failure; else EPROTO
    std::string message;  // Failed: core's words for the cause (the peer is closed and forgotten)
};

struct ServerAcceptResult {
    bool ok = false;
    int err = 0;            // EAGAIN: nothing pending
    std::uint64_t peer = 0; // 0 when refused (over maxPeers) or failed
    bool refused = false;
    std::string message;
};

class ServerSession {
public:
    // `number` names the session in the registry labels ("server 2: …").
    explicit ServerSession(int number = 0, std::uint64_t group = 0);
    ~ServerSession();
    ServerSession(const ServerSession&) = delete;
    ServerSession& operator=(const ServerSession&) = delete;

    // socket → setsockopt (SO_REUSEADDR, IPV6_V6ONLY) → bind → listen (streams) → getsockname.
    // Stops a running session first. A unix path that holds a stale socket is removed only when
    // config.removeStaleSocket says so; anything else at the path is left alone and reported.
    ServerStartResult start(const ServerConfig& config);
    // Closes every peer and the listener, and removes the socket file its bind created. Idempotent.
    void stop();

    [[nodiscard]] bool listening() const { return listener_.valid(); }
    [[nodiscard]] const ServerConfig& config() const { return config_; }
    [[nodiscard]] bool stream() const { return isStream(config_.transport); }
    [[nodiscard]] const SocketAddress& boundAddress() const { return bound_; }
    [[nodiscard]] int listenerFd() const { return listener_.get(); }
    [[nodiscard]] std::uint64_t listenerSocketId() const { return listener_.id(); }
    [[nodiscard]] std::uint64_t socketGroup() const { return group_; }

    // Waits up to `timeoutMs` (-1: no limit) for the listener, the peers, the wake pipe and the
    // caller's own descriptors in `extra` (their revents are filled in; fd -1 entries are ignored).
    ServerReadiness wait(int timeoutMs, pollfd* extra = nullptr, std::size_t extraCount = 0);
    // Any thread: the running (or the next) wait() returns at once with `woken`.
    void wake();

    // Streams: accept4() one pending connection, non-blocking (journalled).
    ServerAcceptResult accept();
    // Streams: whether wait() watches the listener (on by default). Off while the caller serves the
    // peers it has and lets the next ones wait in the backlog: a pending connection then does not make
    // every wait() return at once.
    void setAcceptInterest(bool on) { acceptInterest_ = on; }

    // Streams: recv(MSG_DONTWAIT) of at most `size` bytes from one peer. EOF marks it eofSeen.
    ServerRecvResult receive(std::uint64_t peer, std::size_t size, bool journal = false);
    // Datagrams: recvfrom(MSG_DONTWAIT) of one datagram; the sender becomes (or is) a peer.
    ServerRecvResult receiveDatagram(std::size_t size, bool journal = false);
    // send() to a stream peer, sendto() its address for a datagram peer; MSG_DONTWAIT | MSG_NOSIGNAL.
    // A datagram goes whole or not at all.
    ServerSendResult send(std::uint64_t peer, std::string_view bytes, bool journal = false);
    // Whether wait() reports `peer` writable (POLLOUT); off by default, as a full buffer is rare.
    void setWriteInterest(std::uint64_t peer, bool on);
    // Whether wait() reports `peer` readable (on by default). Off while the caller cannot take more:
    // the bytes wait in the kernel and TCP's flow control slows the sender. Peer 0 is the datagram
    // socket itself (every datagram peer at once).
    void setReadInterest(std::uint64_t peer, bool on);

    // shutdown(how) on a stream peer: SHUT_RD, SHUT_WR or SHUT_RDWR.
    ServerCallResult shutdownPeer(std::uint64_t peer, int how);
    // close(): the peer sees an orderly end (FIN). For a datagram peer: forgets it.
    ServerCallResult closePeer(std::uint64_t peer);
    // SO_LINGER {1, 0} then close(): the peer gets a RST and sees ECONNRESET.
    ServerCallResult resetPeer(std::uint64_t peer);

    // TLS: one SSL_accept for a peer wait() listed as handshaking. Failed: the peer's descriptor is
    // closed and the peer forgotten.
    ServerHandshakeResult continueHandshake(std::uint64_t peer);
    // TLS: closes the peers whose handshake is past config.tlsHandshakeTimeoutMs; each with its words.
    std::vector<std::pair<std::uint64_t, ServerHandshakeResult>> dropStalledHandshakes();
    // Milliseconds until the next handshake deadline (0: one is due); -1: no handshake is running.
    [[nodiscard]] int nextHandshakeDeadlineMs() const;
    // TLS: hands the bytes a full socket left in the session (after SSL_write wanted to write) to
    // SSL_write again; false when that failed (the peer is then in error: its next send says why).
    bool flushTls(std::uint64_t peer);

    // UDP only: the group's family must be the socket's (an IPv4 group on an IPv4 socket, …).
    ServerCallResult join(const MulticastGroup& group);
    ServerCallResult leave(const MulticastGroup& group);
    [[nodiscard]] const std::vector<MulticastGroup>& groups() const { return groups_; }

    [[nodiscard]] std::vector<ServerPeerInfo> peers() const;
    [[nodiscard]] std::optional<ServerPeerInfo> peer(std::uint64_t id) const;
    // Since the last start().
    [[nodiscard]] const ServerTotals& totals() const { return totals_; }

private:
    struct Peer {
        ServerPeerInfo info;
        RegisteredSocket fd; // streams only
        bool wantWrite = false;
        bool wantRead = true;
        std::unique_ptr<TlsSession> tls; // freed before fd is closed
        TlsStatus handshakeWants = TlsStatus::WantRead;
        std::int64_t handshakeDeadlineUs = 0;
        std::string tlsOut;              // what SSL_write still has to take (a full socket said WANT_WRITE)
        bool readAwaitsWrite = false;    // SSL_read said WANT_WRITE (its answer to a key update or a
                                         // renegotiation did not fit): read again once writable
        bool tlsFailed = false;
        bool closeNotifySent = false;    // shutdown(SHUT_WR) under TLS sent it already
    };
    static constexpr std::size_t tlsOutCap = 4u << 20; // bytes queued per TLS peer at most
    void endTls(Peer& p, bool closeNotify);
    ServerRecvResult receiveTls(Peer& p, std::size_t size, bool journal);
    ServerSendResult sendTls(Peer& p, std::string_view bytes, bool journal);
    Peer* findPeer(std::uint64_t id);
    std::uint64_t datagramPeer(const sockaddr_storage& from, socklen_t length, bool& isNew);
    void forgetOldestDatagramPeer();
    std::string label(const std::string& what) const;

    int number_;
    std::uint64_t group_;
    ServerConfig config_;
    RegisteredSocket listener_;
    SocketAddress bound_;
    UnixSocketFile socketFile_;
    UniqueFd wakeRead_, wakeWrite_;
    std::map<std::uint64_t, std::unique_ptr<Peer>> peers_;
    std::map<std::string, std::uint64_t> datagramPeers_; // source address bytes → peer id
    std::uint64_t nextPeer_ = 1;
    bool acceptInterest_ = true;
    bool datagramReadInterest_ = true;
    std::vector<MulticastGroup> groups_;
    ServerTotals totals_;
    std::vector<pollfd> pollSet_;
    std::vector<std::uint64_t> pollPeers_;
    // Per pollPeers_ entry, what it waits for besides plain reading.
    struct PollRole {
        bool handshake = false;       // a TLS handshake waits on this descriptor
        bool readAwaitsWrite = false; // a TLS read to retry once the socket is writable
        bool write = false;           // the peer's own output (or the user asked to be told)
    };
    std::vector<PollRole> pollRoles_;
};

} // namespace sockscope
