#pragma once
// One client socket, as the console and `sockscope-cli connect` use it: TCP over IPv4/IPv6, UDP,
// AF_UNIX stream or datagram. Connects with a timeout, sends and receives with the flags the user
// picks, and closes in the three ways the chapter describes. Every call the user asked for is
// journalled with its C code; the socket is listed in the SocketRegistry so the options page can
// reach it. Not thread-safe by itself: one thread drives it (other threads may only use the registry).

#include "MulticastMembership.h"
#include "SocketRegistry.h"
#include "Resolver.h"
#include "SocketAddress.h"
#include "TlsContext.h"
#include "TlsSession.h"

#include <sys/types.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace sockscope {

enum class ClientTransport { Tcp, Udp, UnixStream, UnixDgram };

// "tcp", "udp", "unix-stream", "unix-dgram" (the CLI's words); parse returns false for others.
const char* transportName(ClientTransport t);
bool parseTransport(const std::string& text, ClientTransport& out);
inline bool isUnixTransport(ClientTransport t)
{
    return t == ClientTransport::UnixStream || t == ClientTransport::UnixDgram;
}
inline bool isStreamTransport(ClientTransport t)
{
    return t == ClientTransport::Tcp || t == ClientTransport::UnixStream;
}

// The MSG_* flags this platform has, for send() and for recv().
const std::vector<FlagName>& sendFlagTable();
const std::vector<FlagName>& recvFlagTable();

struct ClientCallResult {
    bool ok = false;
    int err = 0;             // errno of the failed call
    std::string failedCall;  // "connect", "poll", …
    std::string message;     // plain English: "connection refused (ECONNREFUSED …)"
    bool broadcastRefused = false; // UDP EACCES: the target is a broadcast address and SO_BROADCAST is off
};

struct ClientSendResult {
    long sent = -1;   // send()'s return (SSL_write's under TLS)
    int err = 0;      // under TLS: EAGAIN for WANT_READ/WANT_WRITE, EPROTO for a TLS failure
    bool sigpipe = false; // the kernel raised SIGPIPE (EPIPE without MSG_NOSIGNAL); the session took it
    std::string tlsMessage; // a TLS failure in plain words
    bool broadcastRefused = false; // UDP EACCES: the destination is a broadcast address and SO_BROADCAST is off
};

struct ClientRecvResult {
    long result = -1;       // recv()'s return: with MSG_TRUNC on a datagram, its real length
    int err = 0;
    std::string bytes;      // what landed in the buffer
    SocketAddress from;     // the sender (datagrams; empty for a connected stream)
    bool truncated = false; // a datagram longer than the buffer (MSG_TRUNC said so, or MSG_TRUNC in msg_flags)
    bool oobMark = false;   // MSG_OOB data
    bool discarded = false; // MSG_TRUNC on a stream (Linux): `result` bytes were dropped, none copied
    bool tlsCloseNotify = false; // under TLS, result 0: the peer said close_notify before its FIN
    std::string tlsMessage;      // under TLS: the end or failure in plain words
    [[nodiscard]] bool peerClosed() const { return result == 0 && err == 0 && bytes.empty(); }
};

// The outcome of ClientSession::startTls.
struct ClientTlsResult {
    bool ok = false;
    std::string setupField; // the configuration was refused: "version", "alpn", "cafile", "cert" or "key"
    TlsSetupError setup;    // that refusal as a key and its arguments, for words in another language
    std::string message;    // plain words: "certificate verify failed: certificate expired on …"
    std::string code;       // a symbol for scripts: X509_V_ERR_…, SSL_ERROR_…, ETIMEDOUT, ECANCELED, EINVAL
    TlsSummary summary;     // what the handshake agreed (and, after a failed verify, what the server sent)
    VerifyFailure verifyFailure; // the first problem the chain check met, for words in another language
};

class ClientSession {
public:
    // `number` names the session in the registry label ("console 2: tcp 127.0.0.1:7007").
    explicit ClientSession(int number = 0, SocketOwner owner = SocketOwner::Console, std::uint64_t group = 0);
    ~ClientSession();
    ClientSession(const ClientSession&) = delete;
    ClientSession& operator=(const ClientSession&) = delete;

    // socket(), then for datagram unix sockets a bind to an address of their own (replies need one),
    // then a non-blocking connect() waited for with poll() up to `timeoutMs`, then SO_ERROR. The socket
    // is blocking again afterwards. Closes any previous socket first.
    // `cancel`, when given and set by another thread, ends the wait early (ECANCELED): poll() waits in
    // slices of 100 ms so a closing window never waits for a long timeout.
    ClientCallResult open(ClientTransport transport, const SocketAddress& target, int timeoutMs,
                          const std::atomic<bool>* cancel = nullptr);

    // UDP: SO_BROADCAST set by the next open() before its connect(), which otherwise refuses a
    // broadcast address with EACCES.
    void setBroadcastOnOpen(bool on) { broadcastOnOpen_ = on; }
    // UDP: the next open() binds to this port on the wildcard address of the target's family (with
    // SO_REUSEADDR, so several sockets may wait on a group's port) before connecting; 0: no bind.
    void setBindPortOnOpen(int port) { bindPortOnOpen_ = port; }
    // UDP: false makes the next open() skip connect(): send() then goes by sendto() to the target, and
    // recvfrom() takes datagrams from any sender (a connected socket only receives from its peer, so a
    // multicast or broadcast receiver must stay unconnected).
    void setConnectOnOpen(bool on) { connectOnOpen_ = on; }
    // open() made a connect() (always, except for a UDP socket told not to).
    [[nodiscard]] bool isConnected() const { return fd_.valid() && connected_; }
    [[nodiscard]] SocketKind kind() const;

    [[nodiscard]] bool isOpen() const { return fd_.valid(); }
    [[nodiscard]] int fd() const { return fd_.get(); }
    [[nodiscard]] std::uint64_t registryId() const { return fd_.id(); }
    [[nodiscard]] ClientTransport transport() const { return transport_; }
    [[nodiscard]] const SocketAddress& target() const { return target_; }
    // getsockname()/getpeername(), journalled.
    SocketAddress localAddress() const;
    SocketAddress peerAddress() const;

    // send(), or sendto() when `to` is given (datagrams to another target than the connected one).
    ClientSendResult send(const std::string& bytes, int flags, const SocketAddress* to = nullptr, bool journal = true);
    // recv() (streams) or recvfrom() (datagrams) of at most `size` bytes.
    ClientRecvResult receive(std::size_t size, int flags, bool journal = true);

    // TLS over the open stream socket: the context from `config` (a client's), SSL_set_fd, SNI and the
    // name to check (`serverName`), then the handshake with open()'s deadline and cancel rules. The
    // socket is non-blocking during the handshake and as it was afterwards. From then on send() and
    // receive() are SSL_write and SSL_read (their flags do not apply; setBlocking decides waiting).
    ClientTlsResult startTls(const TlsContextConfig& config, const std::string& serverName, int timeoutMs,
                             const std::atomic<bool>* cancel = nullptr);
    [[nodiscard]] bool tlsActive() const { return tls_ != nullptr; }
    [[nodiscard]] const TlsSession* tls() const { return tls_.get(); }
    // Decrypted bytes waiting inside OpenSSL, which poll() does not see.
    [[nodiscard]] std::size_t tlsPending() const { return tls_ ? tls_->pending() : 0; }
    // SSL_shutdown: close_notify, TLS's own end of data (the TCP connection stays up: see shutdown()).
    ClientCallResult tlsShutdown();
    // fcntl O_NONBLOCK on or off, journalled.
    ClientCallResult setBlocking(bool blocking);

    // UDP: join or leave a multicast group of the socket's family (MulticastMembership, journalled);
    // groups() lists the memberships held. Closing the socket drops them.
    ClientCallResult join(const MulticastGroup& group);
    ClientCallResult leave(const MulticastGroup& group);
    [[nodiscard]] const std::vector<MulticastGroup>& groups() const { return groups_; }

    // shutdown(how): SHUT_RD, SHUT_WR or SHUT_RDWR.
    ClientCallResult shutdown(int how);
    // close(): an orderly FIN for a stream, whatever is unsent still goes out.
    void close();
    // SO_LINGER {1, 0} then close(): the peer gets a RST and sees ECONNRESET.
    ClientCallResult abort();

private:
    std::string label() const;
    // UDP before connect: SO_REUSEADDR and bind() to the wildcard address at bindPortOnOpen_.
    ClientCallResult bindDatagramPort(int fd);
    // connect() non-blocking, waited for with poll() up to `timeoutMs`, then SO_ERROR.
    ClientCallResult connectWithTimeout(int fd, const SocketAddress& target, int timeoutMs,
                                        const std::atomic<bool>* cancel);
    void removeTempPath();

    int number_;
    SocketOwner owner_;
    std::uint64_t group_;
    ClientTransport transport_ = ClientTransport::Tcp;
    SocketAddress target_;
    RegisteredSocket fd_;
    std::unique_ptr<TlsSession> tls_; // over fd_; freed before it
    std::string tempPath_; // a bound datagram unix socket's file, where there is no autobind
    bool broadcastOnOpen_ = false;
    int bindPortOnOpen_ = 0;
    bool connectOnOpen_ = true;
    bool connected_ = false;
    std::vector<MulticastGroup> groups_;
};

// "connection refused", "timed out", "no route to host": the plain words for a connect() errno.
std::string connectErrorWords(int err);

} // namespace sockscope
