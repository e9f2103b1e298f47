#include "ServerSession.h"

#include "CLiteral.h"
#include "CallJournal.h"
#include "EchoServer.h"
#include "ErrnoInfo.h"
#include "SteadyClock.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace sockscope {

namespace {

std::string domainSymbol(int family)
{
    return family == AF_INET6 ? "AF_INET6" : family == AF_UNIX ? "AF_UNIX" : "AF_INET";
}

const char* howSymbol(int how)
{
    return how == SHUT_RD ? "SHUT_RD" : how == SHUT_WR ? "SHUT_WR" : "SHUT_RDWR";
}

// The buffer argument as the journal shows it: the first bytes as a C literal.
std::string bufferLiteral(std::string_view bytes)
{
    constexpr std::size_t shown = 48;
    if (bytes.size() <= shown)
        return cStringLiteral(bytes);
    return cStringLiteral(bytes.substr(0, shown)) + "...";
}

ServerCallResult failed(const char* call, int err, const std::string& what)
{
    ServerCallResult r;
    r.err = err;
    r.failedCall = call;
    r.message = what + ": " + errnoDescription(err);
    return r;
}

ServerCallResult succeeded()
{
    ServerCallResult r;
    r.ok = true;
    return r;
}

ServerStartResult startFailure(const char* call, int err, const std::string& what)
{
    ServerStartResult r;
    static_cast<ServerCallResult&>(r) = failed(call, err, what);
    return r;
}

} // namespace

ServerSession::ServerSession(int number, std::uint64_t group)
    : number_(number), group_(group ? group : SocketRegistry::newGroup())
{
    int p[2];
    if (::pipe2(p, O_NONBLOCK | O_CLOEXEC) == 0) {
        wakeRead_.reset(p[0]);
        wakeWrite_.reset(p[1]);
    }
}

ServerSession::~ServerSession() { stop(); }

std::string ServerSession::label(const std::string& what) const
{
    return "server " + std::to_string(number_) + ": " + what;
}

ServerStartResult ServerSession::start(const ServerConfig& config)
{
    stop();
    config_ = config;
    totals_ = ServerTotals{}; // counted per start: a restarted server begins at zero
    const bool streamSocket = isStream(config.transport);
    const int socktype = streamSocket ? SOCK_STREAM : SOCK_DGRAM;
    SocketAddress addr;
    const bool unixSocket = isUnix(config.transport);
    if (unixSocket) {
        if (config.path.empty() || config.path == "@")
            return startFailure("sockaddr_un", EINVAL, "no path given for the unix socket (a file path, or @name)");
        if (!SocketAddress::fromUnixPath(config.path, addr))
            return startFailure("sockaddr_un", ENAMETOOLONG,
                                "the unix socket path does not fit sun_path (107 bytes at most)");
    } else {
        if (config.port < 0 || config.port > 65535)
            return startFailure("sockaddr_in", EINVAL, "the port " + std::to_string(config.port)
                                                          + " is out of range (0 to 65535)");
        if (!SocketAddress::fromNumeric(config.bindAddress, config.port, addr))
            return startFailure("inet_pton", EINVAL,
                                "'" + config.bindAddress + "' is not a numeric IPv4 or IPv6 address");
    }
    if (config.maxPeers == 0)
        return startFailure("listen", EINVAL, "at most 0 peers: allow at least one");
    const int family = addr.family();
    const std::string typeSym = streamSocket ? "SOCK_STREAM" : "SOCK_DGRAM";
    const std::string typeExpr = typeSym + " | SOCK_NONBLOCK | SOCK_CLOEXEC";

    CallTimer t;
    UniqueFd fd(::socket(family, socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    const int socketErr = fd ? 0 : errno;
    recordCall(t, "socket", domainSymbol(family) + ", " + typeExpr + ", 0", fd.get(), socketErr,
               "int fd = socket(" + domainSymbol(family) + ", " + typeExpr + ", 0);");
    if (!fd)
        return startFailure("socket", socketErr, "could not create the socket");
    const std::string fdText = std::to_string(fd.get());

    const auto setOption = [&](int level, int name, int value, const char* levelSym, const char* nameSym,
                               const char* why) {
        CallTimer st;
        const int rc = ::setsockopt(fd.get(), level, name, &value, sizeof value);
        const int e = rc < 0 ? errno : 0;
        recordCall(st, "setsockopt", fdText + ", " + levelSym + ", " + nameSym + ", &v, sizeof v", rc, e,
                   "int v = " + std::to_string(value) + ";\nsetsockopt(fd, " + levelSym + ", " + nameSym
                       + ", &v, sizeof v); /* " + why + " */");
        return e;
    };
    int v6Only = -1;
    if (!unixSocket) {
        if (config.reuseAddress)
            setOption(SOL_SOCKET, SO_REUSEADDR, 1, "SOL_SOCKET", "SO_REUSEADDR",
                      "bind again at once after a restart, TIME_WAIT or not");
        if (family == AF_INET6) {
            v6Only = config.v6Only ? 1 : 0;
            if (const int e = setOption(IPPROTO_IPV6, IPV6_V6ONLY, v6Only, "IPPROTO_IPV6", "IPV6_V6ONLY",
                                        config.v6Only ? "IPv6 only, whatever net.ipv6.bindv6only says"
                                                      : "dual stack: IPv4 peers arrive as ::ffff:a.b.c.d"))
                return startFailure("setsockopt", e, "could not set IPV6_V6ONLY");
        }
    }

    const auto doBind = [&] {
        CallTimer bt;
        const int rc = ::bind(fd.get(), addr.get(), addr.length);
        const int e = rc < 0 ? errno : 0;
        recordCall(bt, "bind", fdText + ", " + addr.cArgument(), rc, e,
                   "/* " + addr.text() + " */\nint rc = bind(fd, " + addr.cArgument() + ");");
        return e;
    };
    int err = doBind();
    const bool unixPath = unixSocket && config.path[0] != '@';
    if (err == EADDRINUSE && unixPath) {
        switch (unixPathState(config.path, socktype)) {
        case UnixPathState::StaleSocket:
            if (!config.removeStaleSocket) {
                ServerStartResult r = startFailure("bind", err, "'" + config.path + "' is a stale socket file that no "
                                                                  "server listens on; it was left alone");
                r.staleSocketFile = true;
                return r;
            } else {
                CallTimer ut;
                const int rc = ::unlink(config.path.c_str());
                const int e = rc < 0 ? errno : 0;
                recordCall(ut, "unlink", cStringLiteral(config.path), rc, e,
                           "unlink(" + cStringLiteral(config.path) + "); /* a stale socket file: its server is gone */");
                err = doBind();
            }
            break;
        case UnixPathState::LiveSocket:
            return startFailure("bind", err, "a server already listens on '" + config.path + "'");
        case UnixPathState::NotASocket:
            return startFailure("bind", err, "'" + config.path + "' exists and is not a socket; it was left alone");
        case UnixPathState::Absent:
            break;
        }
    }
    if (err)
        return startFailure("bind", err, "could not bind to " + addr.text());
    if (unixPath)
        socketFile_.adopt(config.path);

    if (streamSocket) {
        const int backlog = config.backlog >= 0 ? config.backlog : SOMAXCONN;
        const std::string backlogText = config.backlog >= 0 ? std::to_string(backlog) : std::string("SOMAXCONN");
        CallTimer lt;
        const int rc = ::listen(fd.get(), backlog);
        const int e = rc < 0 ? errno : 0;
        recordCall(lt, "listen", fdText + ", " + backlogText, rc, e,
                   "int rc = listen(fd, " + backlogText + "); /* this kernel caps the backlog at "
                       + std::to_string(liveSomaxconn()) + " */");
        if (rc < 0) {
            socketFile_.remove();
            return startFailure("listen", e, "could not listen");
        }
    }
    bound_ = localAddressOf(fd.get());
    listener_ = RegisteredSocket(std::move(fd), SocketKind{family, socktype, 0}, SocketOwner::ServerListener,
                                 label(std::string(transportName(config.transport)) + " " + bound_.text()), group_);
    ServerStartResult r;
    r.ok = true;
    r.bound = bound_;
    r.v6Only = v6Only;
    return r;
}

void ServerSession::stop()
{
    for (auto& [id, p] : peers_) {
        endTls(*p, true);
        if (p->fd) {
            const std::string fdText = std::to_string(p->fd.get());
            CallTimer t;
            p->fd.reset();
            recordCall(t, "close", fdText, 0, 0, "close(cfd); /* " + p->info.address.text() + " */");
        }
    }
    peers_.clear();
    datagramPeers_.clear();
    if (listener_) {
        const std::string fdText = std::to_string(listener_.get());
        CallTimer t;
        listener_.reset();
        recordCall(t, "close", fdText, 0, 0,
                   groups_.empty() ? std::string("close(fd); /* the listening socket */")
                                   : "close(fd); /* the socket, and its " + std::to_string(groups_.size())
                                         + " multicast membership(s) with it */");
    }
    groups_.clear();
    socketFile_.remove();
}

void ServerSession::wake()
{
    if (wakeWrite_) {
        const char b = 1;
        [[maybe_unused]] const ssize_t n = ::write(wakeWrite_.get(), &b, 1); // a full pipe already wakes
    }
}

ServerReadiness ServerSession::wait(int timeoutMs, pollfd* extra, std::size_t extraCount)
{
    ServerReadiness ready;
    pollSet_.clear();
    pollPeers_.clear();
    pollSet_.push_back({wakeRead_.get(), POLLIN, 0});
    bool anyDatagramWrite = false;
    for (const auto& [id, p] : peers_)
        anyDatagramWrite = anyDatagramWrite || (!p->fd && p->wantWrite);
    short listenerEvents = stream() ? (acceptInterest_ ? POLLIN : 0) : (datagramReadInterest_ ? POLLIN : 0);
    if (!stream() && anyDatagramWrite)
        listenerEvents |= POLLOUT;
    pollSet_.push_back({listener_ && listenerEvents ? listener_.get() : -1, listenerEvents, 0});
    pollRoles_.clear();
    bool tlsPending = false; // decrypted bytes in a session that poll() cannot see
    for (const auto& [id, p] : peers_) {
        if (!p->fd)
            continue;
        short events = 0;
        PollRole role;
        role.handshake = p->info.tls == PeerTls::Handshaking;
        if (role.handshake) {
            events = p->handshakeWants == TlsStatus::WantWrite ? POLLOUT : POLLIN;
        } else {
            if (!p->info.eofSeen && !p->info.readShut && p->wantRead) {
                events |= POLLIN;
                role.readAwaitsWrite = p->readAwaitsWrite; // only while reading is wanted at all
                if (p->tls && p->tls->pending() > 0) {
                    ready.readable.push_back(id);
                    tlsPending = true;
                }
            }
            role.write = (p->wantWrite || !p->tlsOut.empty()) && !p->info.writeShut;
            if (role.write || role.readAwaitsWrite)
                events |= POLLOUT;
        }
        if (events == 0)
            continue;
        pollSet_.push_back({p->fd.get(), events, 0});
        pollPeers_.push_back(id);
        pollRoles_.push_back(role);
    }
    const std::size_t own = pollSet_.size();
    for (std::size_t i = 0; i < extraCount; ++i)
        pollSet_.push_back(extra[i]);

    const int n = ::poll(pollSet_.data(), static_cast<nfds_t>(pollSet_.size()), tlsPending ? 0 : timeoutMs);
    if (n < 0) {
        if (errno != EINTR)
            ready.err = errno;
        return ready;
    }
    for (std::size_t i = 0; i < extraCount; ++i)
        extra[i].revents = pollSet_[own + i].revents;
    if (pollSet_[0].revents & POLLIN) {
        char drain[64];
        while (::read(wakeRead_.get(), drain, sizeof drain) > 0) {
        }
        ready.woken = true;
    }
    const short l = pollSet_[1].revents;
    if (stream())
        ready.acceptable = (l & (POLLIN | POLLERR | POLLHUP)) != 0;
    else {
        ready.datagramReadable = (l & (POLLIN | POLLERR)) != 0;
        if (l & POLLOUT)
            for (const auto& [id, p] : peers_)
                if (p->wantWrite)
                    ready.writable.push_back(id);
    }
    for (std::size_t i = 0; i < pollPeers_.size(); ++i) {
        const short r = pollSet_[2 + i].revents;
        if (pollRoles_[i].handshake) {
            if (r)
                ready.handshaking.push_back(pollPeers_[i]);
            continue;
        }
        // A peer already listed for its session's pending bytes is listed once.
        const bool listed = tlsPending && std::find(ready.readable.begin(), ready.readable.end(), pollPeers_[i])
                                              != ready.readable.end();
        const bool readAgain = pollRoles_[i].readAwaitsWrite && (r & (POLLOUT | POLLERR | POLLHUP));
        if (((r & (POLLIN | POLLERR | POLLHUP)) || readAgain) && !listed)
            ready.readable.push_back(pollPeers_[i]);
        if ((pollRoles_[i].write && (r & POLLOUT)) || (r & POLLERR)) // an error: the next send reports it
            ready.writable.push_back(pollPeers_[i]);
    }
    return ready;
}

ServerAcceptResult ServerSession::accept()
{
    ServerAcceptResult r;
    if (!listener_ || !stream()) {
        r.err = EOPNOTSUPP;
        r.message = "accept() needs a listening stream socket";
        return r;
    }
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    const std::string lfd = std::to_string(listener_.get());
    CallTimer t;
    int cfd;
    do
        cfd = ::accept4(listener_.get(), reinterpret_cast<sockaddr*>(&ss), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
    while (cfd < 0 && errno == EINTR);
    const int e = cfd < 0 ? errno : 0;
    const SocketAddress from = cfd >= 0 ? SocketAddress::fromStorage(ss, len) : SocketAddress{};
    recordCall(t, "accept4", lfd + ", (struct sockaddr *)&ss, &len, SOCK_NONBLOCK | SOCK_CLOEXEC", cfd, e,
               "struct sockaddr_storage ss;\nsocklen_t len = sizeof ss;\nint cfd = accept4(fd, (struct sockaddr *)&ss, "
               "&len, SOCK_NONBLOCK | SOCK_CLOEXEC);"
                   + (cfd >= 0 ? " /* from " + from.text() + " */" : std::string()));
    if (cfd < 0) {
        r.err = e;
        r.message = e == EAGAIN || e == EWOULDBLOCK ? "no connection is waiting"
                                                    : "accept failed: " + errnoDescription(e);
        return r;
    }
    UniqueFd owned(cfd);
    std::size_t open = 0;
    for (const auto& [id, p] : peers_)
        open += p->fd ? 1 : 0;
    if (open >= config_.maxPeers) {
        ++totals_.refused;
        CallTimer ct;
        owned.reset();
        recordCall(ct, "close", std::to_string(cfd), 0, 0,
                   "close(cfd); /* already " + std::to_string(config_.maxPeers) + " connections: the maximum */");
        r.err = EMFILE;
        r.refused = true;
        r.message = "refused " + from.text() + ": already " + std::to_string(config_.maxPeers) + " connections";
        return r;
    }
    auto p = std::make_unique<Peer>();
    p->info.id = nextPeer_++;
    p->info.address = from;
    p->info.firstHeardUs = p->info.lastHeardUs = steadyUs();
    p->fd = RegisteredSocket(std::move(owned), SocketKind{bound_.family(), SOCK_STREAM, 0}, SocketOwner::ServerPeer,
                             label("#" + std::to_string(p->info.id) + " ← " + from.text()), group_);
    p->info.socketId = p->fd.id();
    if (config_.tls) {
        // The handshake is driven by wait() and continueHandshake(), one SSL_accept per readiness.
        p->tls = std::make_unique<TlsSession>(config_.tls, p->fd.get());
        if (!p->tls->valid()) {
            r.err = ENOMEM;
            r.message = "TLS could not be set up for " + from.text() + ": " + p->tls->setupError();
            p->tls.reset();
            CallTimer ct;
            p->fd.reset();
            recordCall(ct, "close", std::to_string(cfd), 0, 0, "close(cfd); /* no TLS session for it */");
            return r;
        }
        p->info.tls = PeerTls::Handshaking;
        p->handshakeDeadlineUs = p->info.firstHeardUs + std::int64_t(config_.tlsHandshakeTimeoutMs) * 1000;
    }
    r.ok = true;
    r.peer = p->info.id;
    peers_[p->info.id] = std::move(p);
    ++totals_.accepted;
    return r;
}

ServerSession::Peer* ServerSession::findPeer(std::uint64_t id)
{
    const auto it = peers_.find(id);
    return it == peers_.end() ? nullptr : it->second.get();
}

ServerRecvResult ServerSession::receive(std::uint64_t peer, std::size_t size, bool journal)
{
    ServerRecvResult r;
    r.peer = peer;
    Peer* p = findPeer(peer);
    if (!p || !p->fd) {
        r.err = EBADF;
        return r;
    }
    if (p->tls)
        return receiveTls(*p, size, journal);
    std::string buffer(std::max<std::size_t>(size, 1), '\0');
    CallTimer t;
    ssize_t n;
    const std::size_t asked = buffer.size(); // the buffer is handed to the result below
    do
        n = ::recv(p->fd.get(), buffer.data(), buffer.size(), MSG_DONTWAIT);
    while (n < 0 && errno == EINTR);
    r.result = static_cast<long>(n);
    r.err = n < 0 ? errno : 0;
    if (n > 0) {
        buffer.resize(static_cast<std::size_t>(n));
        r.bytes = std::move(buffer);
        p->info.bytesIn += static_cast<std::uint64_t>(n);
        ++p->info.messagesIn;
        totals_.bytesIn += static_cast<std::uint64_t>(n);
        ++totals_.messagesIn;
        p->info.lastHeardUs = steadyUs();
    } else if (n == 0) {
        p->info.eofSeen = true;
    }
    if (journal)
        recordCall(t, "recv", std::to_string(p->fd.get()) + ", buf, " + std::to_string(asked) + ", MSG_DONTWAIT",
                   r.result, r.err,
                   "char buf[" + std::to_string(asked) + "];\nssize_t n = recv(cfd, buf, sizeof buf, MSG_DONTWAIT);"
                       + (n == 0 ? " /* 0: the peer closed its side */" : ""));
    return r;
}

std::uint64_t ServerSession::datagramPeer(const sockaddr_storage& from, socklen_t length, bool& isNew)
{
    const std::string key(reinterpret_cast<const char*>(&from), std::min<std::size_t>(length, sizeof from));
    isNew = false;
    if (const auto it = datagramPeers_.find(key); it != datagramPeers_.end())
        return it->second;
    if (datagramPeers_.size() >= config_.maxPeers)
        forgetOldestDatagramPeer();
    auto p = std::make_unique<Peer>();
    p->info.id = nextPeer_++;
    p->info.address = SocketAddress::fromStorage(from, length);
    // An unnamed AF_UNIX sender (no bind, no autobind) has no address a reply could go to.
    p->info.canReply = !(from.ss_family == AF_UNIX && length <= sizeof(sa_family_t));
    p->info.firstHeardUs = steadyUs();
    const std::uint64_t id = p->info.id;
    peers_[id] = std::move(p);
    datagramPeers_[key] = id;
    ++totals_.accepted;
    isNew = true;
    return id;
}

void ServerSession::forgetOldestDatagramPeer()
{
    auto oldest = datagramPeers_.end();
    std::int64_t oldestUs = 0;
    for (auto it = datagramPeers_.begin(); it != datagramPeers_.end(); ++it) {
        const Peer* p = findPeer(it->second);
        if (p && (oldest == datagramPeers_.end() || p->info.lastHeardUs < oldestUs)) {
            oldest = it;
            oldestUs = p->info.lastHeardUs;
        }
    }
    if (oldest != datagramPeers_.end()) {
        peers_.erase(oldest->second);
        datagramPeers_.erase(oldest);
        ++totals_.forgotten;
    }
}

ServerRecvResult ServerSession::receiveDatagram(std::size_t size, bool journal)
{
    ServerRecvResult r;
    if (!listener_ || stream()) {
        r.err = EOPNOTSUPP;
        return r;
    }
    std::string buffer(std::max<std::size_t>(size, 1), '\0');
    sockaddr_storage ss{};
    iovec iov{buffer.data(), buffer.size()};
    msghdr msg{};
    msg.msg_name = &ss;
    msg.msg_namelen = sizeof ss;
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    CallTimer t;
    ssize_t n;
    // MSG_TRUNC: the real length of a datagram longer than the buffer, so truncation is seen.
    do
        n = ::recvmsg(listener_.get(), &msg, MSG_DONTWAIT | MSG_TRUNC);
    while (n < 0 && errno == EINTR);
    r.result = static_cast<long>(n);
    r.err = n < 0 ? errno : 0;
    if (n >= 0) {
        const std::size_t got = std::min(static_cast<std::size_t>(n), buffer.size());
        r.truncated = static_cast<std::size_t>(n) > buffer.size();
        buffer.resize(got);
        r.bytes = std::move(buffer);
        r.peer = datagramPeer(ss, msg.msg_namelen, r.newPeer);
        Peer* p = findPeer(r.peer);
        p->info.bytesIn += got;
        ++p->info.messagesIn;
        p->info.lastHeardUs = steadyUs();
        totals_.bytesIn += got;
        ++totals_.messagesIn;
        totals_.truncated += r.truncated ? 1 : 0;
    }
    if (journal) {
        const std::string sizeText = std::to_string(iov.iov_len);
        recordCall(t, "recvfrom",
                   std::to_string(listener_.get()) + ", buf, " + sizeText + ", MSG_DONTWAIT | MSG_TRUNC, (struct sockaddr *)&ss, &len",
                   r.result, r.err,
                   "struct sockaddr_storage ss;\nsocklen_t len = sizeof ss;\nchar buf[" + sizeText
                       + "];\nssize_t n = recvfrom(fd, buf, sizeof buf, MSG_DONTWAIT | MSG_TRUNC, (struct sockaddr *)&ss, &len);"
                       + (n >= 0 ? " /* from " + SocketAddress::fromStorage(ss, msg.msg_namelen).text() + " */" : std::string()));
    }
    return r;
}

ServerSendResult ServerSession::send(std::uint64_t peer, std::string_view bytes, bool journal)
{
    ServerSendResult r;
    Peer* p = findPeer(peer);
    if (!p) {
        r.err = EBADF;
        return r;
    }
    if (!p->fd && !p->info.canReply) {
        r.err = EDESTADDRREQ; // an unnamed unix datagram sender
        return r;
    }
    if (p->tls)
        return sendTls(*p, bytes, journal);
    const int fd = p->fd ? p->fd.get() : listener_.get();
    CallTimer t;
    ssize_t n;
    do
        n = p->fd ? ::send(fd, bytes.data(), bytes.size(), MSG_DONTWAIT | MSG_NOSIGNAL)
                  : ::sendto(fd, bytes.data(), bytes.size(), MSG_DONTWAIT | MSG_NOSIGNAL, p->info.address.get(),
                             p->info.address.length);
    while (n < 0 && errno == EINTR);
    r.sent = static_cast<long>(n);
    r.err = n < 0 ? errno : 0;
    if (n > 0 || (n == 0 && !p->fd)) {
        p->info.bytesOut += static_cast<std::uint64_t>(n);
        ++p->info.messagesOut;
        totals_.bytesOut += static_cast<std::uint64_t>(n);
        ++totals_.messagesOut;
    }
    if (journal) {
        const std::string size = std::to_string(bytes.size());
        if (p->fd)
            recordCall(t, "send", std::to_string(fd) + ", " + bufferLiteral(bytes) + ", " + size + ", MSG_DONTWAIT | MSG_NOSIGNAL",
                       r.sent, r.err, "send(cfd, buf, " + size + ", MSG_DONTWAIT | MSG_NOSIGNAL); /* to " + p->info.address.text() + " */");
        else
            recordCall(t, "sendto",
                       std::to_string(fd) + ", " + bufferLiteral(bytes) + ", " + size + ", MSG_DONTWAIT | MSG_NOSIGNAL, "
                           + p->info.address.cArgument(),
                       r.sent, r.err,
                       "sendto(fd, buf, " + size + ", MSG_DONTWAIT | MSG_NOSIGNAL, " + p->info.address.cArgument()
                           + "); /* to " + p->info.address.text() + " */");
    }
    return r;
}

void ServerSession::setWriteInterest(std::uint64_t peer, bool on)
{
    if (Peer* p = findPeer(peer))
        p->wantWrite = on;
}

void ServerSession::setReadInterest(std::uint64_t peer, bool on)
{
    if (peer == 0)
        datagramReadInterest_ = on;
    else if (Peer* p = findPeer(peer))
        p->wantRead = on;
}

ServerCallResult ServerSession::shutdownPeer(std::uint64_t peer, int how)
{
    Peer* p = findPeer(peer);
    if (!p)
        return failed("shutdown", EBADF, "no such peer");
    if (!p->fd)
        return failed("shutdown", ENOTCONN, "a datagram peer has no connection to shut down");
    // Under TLS the end of our data is close_notify first, then the FIN.
    // The session stays for reading: the client may go on sending until its own close_notify.
    if (p->tls && p->info.tls == PeerTls::Established && !p->tlsFailed && !p->closeNotifySent
        && (how == SHUT_WR || how == SHUT_RDWR)) {
        flushTls(peer);
        p->tls->shutdown();
        p->closeNotifySent = true;
    }
    CallTimer t;
    const int rc = ::shutdown(p->fd.get(), how);
    const int e = rc < 0 ? errno : 0;
    recordCall(t, "shutdown", std::to_string(p->fd.get()) + ", " + howSymbol(how), rc, e,
               std::string("shutdown(cfd, ") + howSymbol(how) + "); /* " + p->info.address.text() + " */");
    if (rc < 0)
        return failed("shutdown", e, "shutdown failed");
    if (how == SHUT_RD || how == SHUT_RDWR)
        p->info.readShut = true;
    if (how == SHUT_WR || how == SHUT_RDWR)
        p->info.writeShut = true;
    return succeeded();
}

ServerCallResult ServerSession::closePeer(std::uint64_t peer)
{
    const auto it = peers_.find(peer);
    if (it == peers_.end())
        return failed("close", EBADF, "no such peer");
    Peer& p = *it->second;
    endTls(p, true);
    if (p.fd) {
        const std::string fdText = std::to_string(p.fd.get());
        CallTimer t;
        p.fd.reset();
        recordCall(t, "close", fdText, 0, 0, "close(cfd); /* " + p.info.address.text() + " */");
    } else {
        for (auto d = datagramPeers_.begin(); d != datagramPeers_.end(); ++d)
            if (d->second == peer) {
                datagramPeers_.erase(d);
                break;
            }
    }
    peers_.erase(it);
    return succeeded();
}

ServerCallResult ServerSession::resetPeer(std::uint64_t peer)
{
    Peer* p = findPeer(peer);
    if (!p)
        return failed("close", EBADF, "no such peer");
    if (!p->fd)
        return failed("setsockopt", ENOTCONN, "a datagram peer has no connection to reset");
    endTls(*p, false); // a reset sends no close_notify
    linger lg{1, 0};
    CallTimer t;
    const int rc = ::setsockopt(p->fd.get(), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    const int e = rc < 0 ? errno : 0;
    recordCall(t, "setsockopt", std::to_string(p->fd.get()) + ", SOL_SOCKET, SO_LINGER, &lg, sizeof lg", rc, e,
               "struct linger lg = { .l_onoff = 1, .l_linger = 0 };\nsetsockopt(cfd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);"
               " /* close() now sends RST */");
    closePeer(peer);
    if (rc < 0)
        return failed("setsockopt", e, "could not set SO_LINGER; the connection was closed normally");
    return succeeded();
}

void ServerSession::endTls(Peer& p, bool closeNotify)
{
    if (!p.tls)
        return;
    if (closeNotify && p.info.tls == PeerTls::Established && !p.tlsFailed && !p.closeNotifySent) {
        if (!p.tlsOut.empty())
            flushTls(p.info.id); // what a full socket held back goes before the end
        p.tls->shutdown();
    }
    p.tls.reset(); // SSL_free while the descriptor is still ours
    if (p.info.tls != PeerTls::None)
        p.info.tls = PeerTls::Ended;
    p.tlsOut.clear();
}

ServerHandshakeResult ServerSession::continueHandshake(std::uint64_t peer)
{
    ServerHandshakeResult h;
    Peer* p = findPeer(peer);
    if (!p || !p->tls || p->info.tls != PeerTls::Handshaking) {
        h.outcome = p && p->info.tls == PeerTls::Established ? ServerHandshakeResult::Done : ServerHandshakeResult::Failed;
        return h;
    }
    const TlsResult r = p->tls->handshakeStep();
    if (r.wouldBlock()) {
        p->handshakeWants = r.status;
        return h;
    }
    if (r.ok()) {
        h.outcome = ServerHandshakeResult::Done;
        p->info.tls = PeerTls::Established;
        p->info.tlsSummary = p->tls->summary();
        p->info.lastHeardUs = steadyUs();
        return h;
    }
    h.outcome = ServerHandshakeResult::Failed;
    h.err = r.err ? r.err : EPROTO;
    h.message = r.message;
    ++totals_.tlsFailed;
    // OpenSSL has sent its alert, if any: no close_notify after a failed handshake.
    p->tlsFailed = true;
    closePeer(peer);
    return h;
}

std::vector<std::pair<std::uint64_t, ServerHandshakeResult>> ServerSession::dropStalledHandshakes()
{
    std::vector<std::pair<std::uint64_t, ServerHandshakeResult>> dropped;
    const std::int64_t now = steadyUs();
    std::vector<std::uint64_t> due;
    for (const auto& [id, p] : peers_)
        if (p->info.tls == PeerTls::Handshaking && p->handshakeDeadlineUs <= now)
            due.push_back(id);
    for (const std::uint64_t id : due) {
        Peer* p = findPeer(id);
        ServerHandshakeResult h;
        h.outcome = ServerHandshakeResult::Failed;
        h.err = ETIMEDOUT;
        h.message = "the TLS handshake did not finish within " + std::to_string(config_.tlsHandshakeTimeoutMs)
                    + " ms: the client stalled (waiting for it to "
                    + (p->handshakeWants == TlsStatus::WantRead ? "send" : "take") + " the next handshake message)";
        ++totals_.tlsFailed;
        p->tlsFailed = true;
        closePeer(id);
        dropped.emplace_back(id, h);
    }
    return dropped;
}

int ServerSession::nextHandshakeDeadlineMs() const
{
    std::int64_t soonest = -1;
    for (const auto& [id, p] : peers_)
        if (p->info.tls == PeerTls::Handshaking && (soonest < 0 || p->handshakeDeadlineUs < soonest))
            soonest = p->handshakeDeadlineUs;
    if (soonest < 0)
        return -1;
    const std::int64_t left = soonest - steadyUs();
    return left <= 0 ? 0 : static_cast<int>(std::min<std::int64_t>((left + 999) / 1000, 1 << 30));
}

ServerRecvResult ServerSession::receiveTls(Peer& p, std::size_t size, bool journal)
{
    ServerRecvResult r;
    r.peer = p.info.id;
    if (p.info.tls != PeerTls::Established || p.tlsFailed) {
        r.err = p.tlsFailed ? EPROTO : EAGAIN; // the handshake comes first
        return r;
    }
    // TLS records carry 16 KiB at most: a bigger buffer takes one record per call anyway.
    std::string buffer(std::max<std::size_t>(std::min<std::size_t>(size, 16384), 1), '\0');
    const TlsResult t = p.tls->read(buffer.data(), buffer.size(), journal);
    p.readAwaitsWrite = t.status == TlsStatus::WantWrite;
    if (t.ok()) {
        const auto n = static_cast<std::size_t>(t.rc);
        buffer.resize(n);
        r.result = static_cast<long>(n);
        r.bytes = std::move(buffer);
        p.info.bytesIn += n;
        ++p.info.messagesIn;
        totals_.bytesIn += n;
        ++totals_.messagesIn;
        p.info.lastHeardUs = steadyUs();
        return r;
    }
    if (t.wouldBlock()) {
        r.err = EAGAIN;
        return r;
    }
    if (t.status == TlsStatus::Closed) {
        r.result = 0;
        r.closeNotify = t.closeNotify;
        r.tlsMessage = t.message;
        p.info.eofSeen = true;
        return r;
    }
    r.err = t.err ? t.err : EPROTO;
    r.tlsMessage = t.message;
    p.tlsFailed = true;
    return r;
}

ServerSendResult ServerSession::sendTls(Peer& p, std::string_view bytes, bool journal)
{
    ServerSendResult r;
    if (p.info.tls != PeerTls::Established || p.tlsFailed) {
        r.err = p.tlsFailed ? EPIPE : ENOTCONN;
        r.tlsMessage = p.tlsFailed ? "TLS with this client has failed" : "the TLS handshake has not finished";
        return r;
    }
    if (!p.tlsOut.empty()) {
        // Behind what a full socket holds back: queued after it, in order.
        if (p.tlsOut.size() + bytes.size() > tlsOutCap) {
            r.err = EAGAIN;
            return r;
        }
        p.tlsOut.append(bytes);
        r.sent = static_cast<long>(bytes.size());
        r.queued = bytes.size();
    } else {
        std::size_t done = 0;
        bool first = true;
        while (done < bytes.size()) {
            const TlsResult t = p.tls->write(bytes.data() + done, bytes.size() - done, journal && first);
            first = false;
            if (t.ok()) {
                done += static_cast<std::size_t>(t.rc);
                continue;
            }
            if (t.wouldBlock()) {
                // OpenSSL keeps the record it made; the same bytes must be offered again when writable.
                p.tlsOut.assign(bytes.substr(done));
                r.queued = p.tlsOut.size();
                done = bytes.size();
                break;
            }
            p.tlsFailed = true;
            r.err = t.err ? t.err : EPIPE;
            r.tlsMessage = t.message;
            if (done == 0)
                return r;
            break;
        }
        r.sent = static_cast<long>(done);
    }
    p.info.bytesOut += static_cast<std::uint64_t>(r.sent);
    ++p.info.messagesOut;
    totals_.bytesOut += static_cast<std::uint64_t>(r.sent);
    ++totals_.messagesOut;
    return r;
}

bool ServerSession::flushTls(std::uint64_t peer)
{
    Peer* p = findPeer(peer);
    if (!p || !p->tls || p->tlsOut.empty())
        return true;
    std::size_t done = 0;
    bool ok = true;
    while (done < p->tlsOut.size()) {
        const TlsResult t = p->tls->write(p->tlsOut.data() + done, p->tlsOut.size() - done, false);
        if (t.ok()) {
            done += static_cast<std::size_t>(t.rc);
            continue;
        }
        if (!t.wouldBlock()) {
            p->tlsFailed = true;
            ok = false;
            done = p->tlsOut.size();
        }
        break;
    }
    p->tlsOut.erase(0, done);
    return ok;
}

ServerCallResult ServerSession::join(const MulticastGroup& group)
{
    if (!listener_ || config_.transport != EchoTransport::Udp)
        return failed("setsockopt", EOPNOTSUPP, "only a UDP socket joins multicast groups");
    if (group.family != bound_.family())
        return failed("setsockopt", EAFNOSUPPORT,
                      std::string("an ") + (bound_.family() == AF_INET6 ? "IPv6" : "IPv4") + " socket joins "
                          + (bound_.family() == AF_INET6 ? "IPv6" : "IPv4") + " groups; " + group.groupText()
                          + " needs a socket bound to an address of its family");
    for (const MulticastGroup& g : groups_)
        if (g.sameAs(group))
            return failed("setsockopt", EADDRINUSE, multicastErrorWords(EADDRINUSE, true));
    if (const int e = joinMulticastGroup(listener_.get(), group))
        return failed("setsockopt", e, multicastErrorWords(e, true) + " (" + group.text() + ")");
    groups_.push_back(group);
    return succeeded();
}

ServerCallResult ServerSession::leave(const MulticastGroup& group)
{
    const auto it = std::find_if(groups_.begin(), groups_.end(), [&](const MulticastGroup& g) { return g.sameAs(group); });
    if (!listener_ || it == groups_.end())
        return failed("setsockopt", EADDRNOTAVAIL, multicastErrorWords(EADDRNOTAVAIL, false) + " (" + group.text() + ")");
    if (const int e = leaveMulticastGroup(listener_.get(), group))
        return failed("setsockopt", e, multicastErrorWords(e, false) + " (" + group.text() + ")");
    groups_.erase(it);
    return succeeded();
}

std::vector<ServerPeerInfo> ServerSession::peers() const
{
    std::vector<ServerPeerInfo> out;
    out.reserve(peers_.size());
    for (const auto& [id, p] : peers_)
        out.push_back(p->info);
    return out;
}

std::optional<ServerPeerInfo> ServerSession::peer(std::uint64_t id) const
{
    const auto it = peers_.find(id);
    if (it == peers_.end())
        return std::nullopt;
    return it->second->info;
}

} // namespace sockscope
