#include "EchoServer.h"

#include "CallJournal.h"
#include "ErrnoInfo.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

namespace sockscope {

const char* transportName(EchoTransport t)
{
    switch (t) {
    case EchoTransport::Tcp: return "tcp";
    case EchoTransport::Udp: return "udp";
    case EchoTransport::UnixStream: return "unix-stream";
    case EchoTransport::UnixDgram: return "unix-dgram";
    }
    return "";
}

const char* engineName(EchoEngine e)
{
    switch (e) {
    case EchoEngine::Reactor: return "reactor";
    case EchoEngine::Thread: return "thread";
    case EchoEngine::Fork: return "fork";
    }
    return "";
}

bool isStream(EchoTransport t) { return t == EchoTransport::Tcp || t == EchoTransport::UnixStream; }

PollerKind reactorLoop(const EchoConfig& c)
{
    if (c.poller != PollerKind::IoUring)
        return c.poller;
    return isStream(c.transport) && !c.tls && pollerAvailable(PollerKind::IoUring) ? PollerKind::IoUring
                                                                                 : PollerKind::Epoll;
}
bool isUnix(EchoTransport t) { return t == EchoTransport::UnixStream || t == EchoTransport::UnixDgram; }

int liveSomaxconn()
{
    std::ifstream in("/proc/sys/net/core/somaxconn");
    int v = 0;
    if (in >> v && v > 0)
        return v;
    return SOMAXCONN;
}

namespace {

std::string domainSymbol(int family)
{
    return family == AF_INET6 ? "AF_INET6" : family == AF_UNIX ? "AF_UNIX" : "AF_INET";
}

EchoStartResult failure(const char* call, int err, EchoStartProblem problem, std::string message,
                        std::vector<std::string> args = {})
{
    EchoStartResult r;
    r.err = err;
    r.failedCall = call;
    r.message = std::move(message) + ": " + errnoDescription(err);
    r.problem = problem;
    r.problemArgs = std::move(args);
    return r;
}

// Is `path` a socket file that nobody accepts on? (connect() refused: a leftover of a dead server.)
bool isStaleSocket(const std::string& path, int socktype)
{
    struct stat st{};
    if (stat(path.c_str(), &st) != 0 || !S_ISSOCK(st.st_mode))
        return false;
    SocketAddress a;
    if (!SocketAddress::fromUnixPath(path, a))
        return false;
    UniqueFd probe(socket(AF_UNIX, socktype | SOCK_CLOEXEC, 0));
    if (!probe)
        return false;
    return connect(probe.get(), a.get(), a.length) != 0 && errno == ECONNREFUSED;
}

} // namespace

EchoStartResult EchoServer::openListener(bool nonBlocking)
{
    const bool stream = isStream(config_.transport);
    const int socktype = stream ? SOCK_STREAM : SOCK_DGRAM;
    SocketAddress addr;
    if (isUnix(config_.transport)) {
        if (!SocketAddress::fromUnixPath(config_.path, addr)) {
            EchoStartResult r;
            r.failedCall = "sockaddr_un";
            r.err = ENAMETOOLONG;
            r.message = config_.path.empty() ? "no path given for the unix socket"
                                             : "the unix socket path does not fit sun_path (107 bytes at most)";
            r.problem = config_.path.empty() ? EchoStartProblem::NoUnixPath : EchoStartProblem::UnixPathTooLong;
            r.problemArgs = {config_.path};
            return r;
        }
    } else if (!SocketAddress::fromNumeric(config_.bindAddress, config_.port, addr)) {
        EchoStartResult r;
        r.failedCall = "inet_pton";
        r.err = EINVAL;
        r.message = "'" + config_.bindAddress + "' is not a numeric IPv4 or IPv6 address";
        r.problem = EchoStartProblem::NotNumericAddress;
        r.problemArgs = {config_.bindAddress};
        return r;
    }
    const int family = addr.family();
    const std::string typeSym = stream ? "SOCK_STREAM" : "SOCK_DGRAM";
    const int flags = SOCK_CLOEXEC | (nonBlocking ? SOCK_NONBLOCK : 0);

    CallTimer t;
    UniqueFd fd(socket(family, socktype | flags, 0));
    int err = fd ? 0 : errno;
    const std::string typeExpr = typeSym + (nonBlocking ? " | SOCK_NONBLOCK" : "") + " | SOCK_CLOEXEC";
    recordCall(t, "socket", domainSymbol(family) + ", " + typeExpr + ", 0", fd.get(), err,
               "int fd = socket(" + domainSymbol(family) + ", " + typeExpr + ", 0);");
    if (!fd)
        return failure("socket", err, EchoStartProblem::SocketFailed, "could not create the socket");
    const std::string fdText = std::to_string(fd.get());

    auto setOption = [&](int level, int name, int value, const char* levelSym, const char* nameSym) {
        CallTimer st;
        const int rc = setsockopt(fd.get(), level, name, &value, sizeof value);
        const int e = rc < 0 ? errno : 0;
        recordCall(st, "setsockopt", fdText + ", " + levelSym + ", " + nameSym + ", &v, sizeof v", rc, e,
                   "int v = " + std::to_string(value) + ";\nsetsockopt(fd, " + levelSym + ", " + nameSym
                       + ", &v, sizeof v);");
        return e;
    };
    if (!isUnix(config_.transport)) {
        if (config_.reuseAddress)
            setOption(SOL_SOCKET, SO_REUSEADDR, 1, "SOL_SOCKET", "SO_REUSEADDR");
#ifdef SO_REUSEPORT
        if (config_.reusePort)
            if (const int e = setOption(SOL_SOCKET, SO_REUSEPORT, 1, "SOL_SOCKET", "SO_REUSEPORT"))
                return failure("setsockopt", e, EchoStartProblem::ReusePortFailed, "could not set SO_REUSEPORT");
#endif
        if (family == AF_INET6 && config_.v6Only >= 0)
            if (const int e = setOption(IPPROTO_IPV6, IPV6_V6ONLY, config_.v6Only ? 1 : 0, "IPPROTO_IPV6", "IPV6_V6ONLY"))
                return failure("setsockopt", e, EchoStartProblem::V6OnlyFailed, "could not set IPV6_V6ONLY");
    }

    auto doBind = [&] {
        CallTimer bt;
        const int rc = bind(fd.get(), addr.get(), addr.length);
        const int e = rc < 0 ? errno : 0;
        recordCall(bt, "bind", fdText + ", " + addr.cArgument(), rc, e,
                   "/* " + addr.text() + " */\nint rc = bind(fd, " + addr.cArgument() + ");");
        return e;
    };
    err = doBind();
    const bool unixPath = isUnix(config_.transport) && !config_.path.empty() && config_.path[0] != '@';
    if (err == EADDRINUSE && unixPath && isStaleSocket(config_.path, socktype)) {
        if (!config_.removeStaleSocket) {
            EchoStartResult r = failure("bind", err, EchoStartProblem::StaleSocketFile,
                                        "'" + config_.path + "' is a stale socket file that no server "
                                        "listens on; remove it, or ask to remove stale socket files",
                                        {config_.path});
            r.staleSocketFile = true;
            return r;
        }
        CallTimer ut;
        const int rc = unlink(config_.path.c_str());
        const int e = rc < 0 ? errno : 0;
        recordCall(ut, "unlink", "\"" + config_.path + "\"", rc, e, "unlink(\"" + config_.path + "\"); /* stale socket file */");
        err = doBind();
    }
    if (err)
        return failure("bind", err, EchoStartProblem::BindFailed, "could not bind to " + addr.text(), {addr.text()});
    createdUnixPath_ = unixPath;

    if (stream) {
        const int backlog = config_.backlog >= 0 ? config_.backlog : SOMAXCONN;
        CallTimer lt;
        const int rc = listen(fd.get(), backlog);
        const int e = rc < 0 ? errno : 0;
        recordCall(lt, "listen", fdText + ", " + (config_.backlog >= 0 ? std::to_string(backlog) : "SOMAXCONN"), rc, e,
                   "int rc = listen(fd, " + (config_.backlog >= 0 ? std::to_string(backlog) : std::string("SOMAXCONN"))
                       + "); /* SOMAXCONN is " + std::to_string(SOMAXCONN) + " in the header; this kernel caps at "
                       + std::to_string(liveSomaxconn()) + " */");
        if (rc < 0) {
            closeListener();
            return failure("listen", e, EchoStartProblem::ListenFailed, "could not listen");
        }
    }
    bound_ = localAddressOf(fd.get());
    listener_ = RegisteredSocket(std::move(fd), SocketKind{family, socktype, 0}, SocketOwner::EchoListener,
                                 bound_.text(), socketGroup_);
    EchoStartResult r;
    r.ok = true;
    r.bound = bound_;
    r.listenerSocketId = listener_.id();
    return r;
}

bool EchoServer::admit(const std::string& peer)
{
    if (counters_.current.load(std::memory_order_relaxed) < config_.maxConnections)
        return true;
    counters_.add(counters_.refused);
    events_.push(EchoEvent::Kind::Refused, EchoMessage::Refused, {peer, std::to_string(config_.maxConnections)});
    return false;
}

void EchoServer::reportStopped(bool childrenCount)
{
    const EchoTotals t = totals();
    events_.push(EchoEvent::Kind::Stopped, childrenCount ? EchoMessage::StoppedFork : EchoMessage::Stopped,
                 {std::to_string(t.total), std::to_string(t.bytesIn), std::to_string(t.bytesOut),
                  std::to_string(t.errors)});
}

void EchoServer::echoDatagram(int fd, const char* data, std::size_t capacity, std::size_t length,
                              const sockaddr_storage& from, socklen_t fromLength)
{
    counters_.add(counters_.messagesIn);
    counters_.add(counters_.bytesIn, std::min(length, capacity));
    if (length > capacity) {
        counters_.add(counters_.truncated);
        events_.push(EchoEvent::Kind::Truncated, EchoMessage::Truncated,
                     {std::to_string(length), std::to_string(capacity)});
        length = capacity;
    }
    if (fromLength <= sizeof(sa_family_t)) {
        counters_.add(counters_.errors); // an unnamed AF_UNIX sender: no address to echo to
        return;
    }
    const ssize_t w = ::sendto(fd, data, length, MSG_NOSIGNAL, reinterpret_cast<const sockaddr*>(&from), fromLength);
    if (w >= 0) {
        counters_.add(counters_.messagesOut);
        counters_.add(counters_.bytesOut, static_cast<std::uint64_t>(w));
    } else {
        counters_.add(counters_.errors); // a datagram the kernel would not take is dropped: UDP promises nothing
    }
}

void EchoServer::closeListener()
{
    if (listener_) {
        CallTimer t;
        const int fd = listener_.get();
        listener_.reset();
        recordCall(t, "close", std::to_string(fd), 0, 0, "close(fd); /* the listening socket */");
    }
    if (createdUnixPath_) {
        unlink(config_.path.c_str());
        createdUnixPath_ = false;
    }
}

} // namespace sockscope
