#include "ClientSession.h"

#include "CLiteral.h"
#include "CallJournal.h"
#include "DatagramOptions.h"
#include "ErrnoInfo.h"
#include "HandshakeWait.h"
#include "Platform.h"
#include "SigpipeCatcher.h"
#include "TlsErrors.h"

#include <openssl/ssl.h>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstddef>
#include <cstdlib>
#include <cstring>

namespace sockscope {

namespace {

std::string domainSymbol(int family)
{
    return family == AF_INET6 ? "AF_INET6" : family == AF_UNIX ? "AF_UNIX" : "AF_INET";
}

// The buffer argument as the journal shows it: the first bytes as a C literal.
std::string bufferLiteral(const std::string& bytes)
{
    constexpr std::size_t shown = 48;
    if (bytes.size() <= shown)
        return cStringLiteral(bytes);
    return cStringLiteral(std::string_view(bytes).substr(0, shown)) + "...";
}

ClientCallResult failed(const char* call, int err, const std::string& what)
{
    ClientCallResult r;
    r.err = err;
    r.failedCall = call;
    r.message = what + " (" + errnoDescription(err) + ")";
    return r;
}

ClientCallResult succeeded()
{
    ClientCallResult r;
    r.ok = true;
    return r;
}

} // namespace

const char* transportName(ClientTransport t)
{
    switch (t) {
    case ClientTransport::Tcp: return "tcp";
    case ClientTransport::Udp: return "udp";
    case ClientTransport::UnixStream: return "unix-stream";
    case ClientTransport::UnixDgram: return "unix-dgram";
    }
    return "tcp";
}

bool parseTransport(const std::string& text, ClientTransport& out)
{
    for (auto t : {ClientTransport::Tcp, ClientTransport::Udp, ClientTransport::UnixStream, ClientTransport::UnixDgram}) {
        if (text == transportName(t)) {
            out = t;
            return true;
        }
    }
    return false;
}

const std::vector<FlagName>& sendFlagTable()
{
    static const std::vector<FlagName> table = {
        {MSG_DONTWAIT, "MSG_DONTWAIT", "dontwait"},
        {MSG_OOB, "MSG_OOB", "oob"},
        {MSG_DONTROUTE, "MSG_DONTROUTE", "dontroute"},
        {MSG_EOR, "MSG_EOR", "eor"},
#ifdef MSG_NOSIGNAL
        {MSG_NOSIGNAL, "MSG_NOSIGNAL", "nosignal"},
#endif
#ifdef MSG_MORE
        {MSG_MORE, "MSG_MORE", "more"},
#endif
    };
    return table;
}

const std::vector<FlagName>& recvFlagTable()
{
    static const std::vector<FlagName> table = {
        {MSG_PEEK, "MSG_PEEK", "peek"},
        {MSG_WAITALL, "MSG_WAITALL", "waitall"},
        {MSG_DONTWAIT, "MSG_DONTWAIT", "dontwait"},
        {MSG_OOB, "MSG_OOB", "oob"},
#ifdef MSG_TRUNC
        {MSG_TRUNC, "MSG_TRUNC", "trunc"},
#endif
    };
    return table;
}

std::string connectErrorWords(int err)
{
    switch (err) {
    case ECONNREFUSED: return "connection refused: nothing listens there";
    case ETIMEDOUT: return "timed out: no answer to the connection request";
    case EHOSTUNREACH: return "host unreachable";
    case ENETUNREACH: return "network unreachable";
    case ENOENT: return "no such socket file";
    case EACCES: return "permission denied";
    case EAGAIN: return "the listener's backlog is full";
    case EADDRNOTAVAIL: return "the address is not available";
    case ECONNRESET: return "the connection was reset";
    }
    return "the connection failed";
}

ClientSession::ClientSession(int number, SocketOwner owner, std::uint64_t group)
    : number_(number), owner_(owner), group_(group ? group : SocketRegistry::newGroup())
{
}

ClientSession::~ClientSession() { close(); }

std::string ClientSession::label() const
{
    return std::to_string(number_) + ": " + transportName(transport_) + " " + target_.text();
}

ClientCallResult ClientSession::open(ClientTransport transport, const SocketAddress& target, int timeoutMs,
                                     const std::atomic<bool>* cancel)
{
    close();
    transport_ = transport;
    target_ = target;
    const int family = target.family();
    const bool stream = isStreamTransport(transport);
    const int type = stream ? SOCK_STREAM : SOCK_DGRAM;
    const std::string typeSym = stream ? "SOCK_STREAM" : "SOCK_DGRAM";

    CallTimer st;
    UniqueFd fd(::socket(family, type | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    const std::string typeExpr = typeSym + " | SOCK_NONBLOCK | SOCK_CLOEXEC";
    recordCall(st, "socket", domainSymbol(family) + ", " + typeExpr + ", 0", fd.get(), fd ? 0 : errno,
               "int fd = socket(" + domainSymbol(family) + ", " + typeExpr + ", 0);");
    if (!fd)
        return failed("socket", errno, "could not create the socket");
    const int sfd = fd.get();
    const std::string fdText = std::to_string(sfd);

    if (transport == ClientTransport::UnixDgram) {
        // A datagram unix socket without a name of its own cannot be answered: give it one.
        sockaddr_un sun{};
        sun.sun_family = AF_UNIX;
        socklen_t len = 0;
        std::string what;
        if constexpr (platform::hasAbstractUnixNames) {
            len = sizeof(sa_family_t); // Linux autobind: the kernel picks a unique abstract name
            what = "sizeof(sa_family_t)"; // autobind
        } else {
            char tmpl[] = "/tmp/sockscope-client-XXXXXX";
            const int tf = mkstemp(tmpl);
            if (tf >= 0) {
                ::close(tf);
                ::unlink(tmpl);
            }
            tempPath_ = tmpl;
            std::memcpy(sun.sun_path, tmpl, std::strlen(tmpl));
            len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + std::strlen(tmpl) + 1);
            platform::setSaLen(sun, len);
            what = std::to_string(len);
        }
        CallTimer bt;
        const int rc = ::bind(sfd, reinterpret_cast<sockaddr*>(&sun), len);
        const int e = rc < 0 ? errno : 0;
        recordCall(bt, "bind", fdText + ", (struct sockaddr *)&sun, " + what, rc, e,
                   "struct sockaddr_un sun = { .sun_family = AF_UNIX };\nbind(fd, (struct sockaddr *)&sun, " + what
                       + "); /* " + (platform::hasAbstractUnixNames ? "autobind: " : "")
                       + "replies need an address to come back to */");
        if (rc < 0) {
            removeTempPath();
            return failed("bind", e, "could not give the datagram socket an address of its own");
        }
    }

    if (broadcastOnOpen_ && transport == ClientTransport::Udp) {
        const int on = 1;
        CallTimer bt;
        const int brc = ::setsockopt(sfd, SOL_SOCKET, SO_BROADCAST, &on, sizeof on);
        const int e = brc < 0 ? errno : 0;
        recordCall(bt, "setsockopt", fdText + ", SOL_SOCKET, SO_BROADCAST, &on, sizeof on", brc, e,
                   "int on = 1;\nsetsockopt(fd, SOL_SOCKET, SO_BROADCAST, &on, sizeof on);");
        if (brc < 0)
            return failed("setsockopt", e, "could not allow broadcast (SO_BROADCAST)");
    }

    const bool connectNow = transport != ClientTransport::Udp || connectOnOpen_;
    if (transport == ClientTransport::Udp && bindPortOnOpen_ > 0) {
        const ClientCallResult b = bindDatagramPort(sfd);
        if (!b.ok)
            return b;
    }
    if (connectNow) {
        const ClientCallResult c = connectWithTimeout(sfd, target, timeoutMs, cancel);
        if (!c.ok)
            return c;
    }

    // Blocking from now on, so MSG_DONTWAIT and MSG_WAITALL mean what the chapter says.
    CallTimer ft;
    const int fl = ::fcntl(sfd, F_GETFL);
    const int rc = ::fcntl(sfd, F_SETFL, fl & ~O_NONBLOCK);
    recordCall(ft, "fcntl", fdText + ", F_SETFL, flags & ~O_NONBLOCK", rc, rc < 0 ? errno : 0,
               "fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);");

    fd_ = RegisteredSocket(std::move(fd), SocketKind{family, type, 0}, owner_, label(), group_);
    connected_ = connectNow;
    return succeeded();
}

ClientCallResult ClientSession::bindDatagramPort(int sfd)
{
    const std::string fdText = std::to_string(sfd);
    const int on = 1;
    CallTimer rt;
    const int rrc = ::setsockopt(sfd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    recordCall(rt, "setsockopt", fdText + ", SOL_SOCKET, SO_REUSEADDR, &on, sizeof on", rrc, rrc < 0 ? errno : 0,
               "int on = 1;\nsetsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on); /* other sockets may wait on "
               "this port too */");
    SocketAddress any;
    SocketAddress::fromNumeric(target_.family() == AF_INET6 ? "::" : "0.0.0.0", bindPortOnOpen_, any);
    CallTimer bt;
    const int rc = ::bind(sfd, any.get(), any.length);
    const int e = rc < 0 ? errno : 0;
    recordCall(bt, "bind", fdText + ", " + any.cArgument(), rc, e,
               "bind(fd, " + any.cArgument() + "); /* " + any.text()
                   + ": datagrams to this port on any address, multicast groups joined included */");
    if (rc < 0)
        return failed("bind", e, "could not bind to port " + std::to_string(bindPortOnOpen_));
    return succeeded();
}

ClientCallResult ClientSession::connectWithTimeout(int sfd, const SocketAddress& target, int timeoutMs,
                                                   const std::atomic<bool>* cancel)
{
    const std::string fdText = std::to_string(sfd);
    CallTimer ct;
    int rc = ::connect(sfd, target.get(), target.length);
    int err = rc < 0 ? errno : 0;
    recordCall(ct, "connect", fdText + ", " + target.cArgument(), rc, err,
               "connect(fd, " + target.cArgument() + "); /* " + target.text() + " */");
    if (rc < 0 && err != EINPROGRESS) {
        removeTempPath();
        if (err == EACCES && transport_ == ClientTransport::Udp && broadcastIsOff(sfd)) {
            ClientCallResult r = failed("connect", err, broadcastRefusedWords());
            r.broadcastRefused = true;
            return r;
        }
        return failed("connect", err, connectErrorWords(err));
    }
    if (rc < 0) {
        CallTimer pt;
        const HandshakeWait wait =
            waitForHandshake(sfd, std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs), cancel);
        if (wait == HandshakeWait::Cancelled) {
            removeTempPath();
            return failed("connect", ECANCELED, "the connection attempt was abandoned");
        }
        const int n = wait == HandshakeWait::Ready ? 1 : wait == HandshakeWait::TimedOut ? 0 : -1;
        const int pe = n < 0 ? errno : 0;
        recordCall(pt, "poll", "{" + fdText + ", POLLOUT}, 1, " + std::to_string(timeoutMs), n, pe,
                   "struct pollfd pfd = { .fd = fd, .events = POLLOUT };\npoll(&pfd, 1, "
                       + std::to_string(timeoutMs) + "); /* wait for the handshake */");
        if (n < 0) {
            removeTempPath();
            return failed("poll", pe, "waiting for the connection failed");
        }
        if (n == 0) {
            removeTempPath();
            return failed("connect", ETIMEDOUT,
                          "timed out after " + std::to_string(timeoutMs) + " ms: no answer to the connection request");
        }
        int soErr = 0;
        socklen_t len = sizeof soErr;
        CallTimer gt;
        rc = ::getsockopt(sfd, SOL_SOCKET, SO_ERROR, &soErr, &len);
        recordCall(gt, "getsockopt", fdText + ", SOL_SOCKET, SO_ERROR, &err, &len", rc, rc < 0 ? errno : 0,
                   "int err;\nsocklen_t len = sizeof err;\ngetsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len); /* err = "
                       + (soErr ? errnoSymbol(soErr) : std::string("0")) + " */");
        if (rc < 0 || soErr != 0) {
            removeTempPath();
            const int e = rc < 0 ? errno : soErr;
            return failed("connect", e, connectErrorWords(e));
        }
    }

    return succeeded();
}

SocketKind ClientSession::kind() const
{
    return SocketKind{target_.family(), isStreamTransport(transport_) ? SOCK_STREAM : SOCK_DGRAM, 0};
}

ClientCallResult ClientSession::join(const MulticastGroup& group)
{
    if (!fd_ || transport_ != ClientTransport::Udp)
        return failed("setsockopt", EOPNOTSUPP, "only a UDP socket joins multicast groups");
    const bool v6 = target_.family() == AF_INET6;
    if (group.family != target_.family())
        return failed("setsockopt", EAFNOSUPPORT,
                      std::string("an ") + (v6 ? "IPv6" : "IPv4") + " socket joins " + (v6 ? "IPv6" : "IPv4")
                          + " groups; " + group.groupText() + " needs a session to an address of its family");
    for (const MulticastGroup& g : groups_)
        if (g.sameAs(group))
            return failed("setsockopt", EADDRINUSE, multicastErrorWords(EADDRINUSE, true));
    if (const int e = joinMulticastGroup(fd_.get(), group))
        return failed("setsockopt", e, multicastErrorWords(e, true) + " (" + group.text() + ")");
    groups_.push_back(group);
    return succeeded();
}

ClientCallResult ClientSession::leave(const MulticastGroup& group)
{
    const auto it = std::find_if(groups_.begin(), groups_.end(), [&](const MulticastGroup& g) { return g.sameAs(group); });
    if (!fd_ || it == groups_.end())
        return failed("setsockopt", EADDRNOTAVAIL, multicastErrorWords(EADDRNOTAVAIL, false) + " (" + group.text() + ")");
    if (const int e = leaveMulticastGroup(fd_.get(), group))
        return failed("setsockopt", e, multicastErrorWords(e, false) + " (" + group.text() + ")");
    groups_.erase(it);
    return succeeded();
}

SocketAddress ClientSession::localAddress() const
{
    return fd_ ? localAddressOf(fd_.get()) : SocketAddress{};
}

SocketAddress ClientSession::peerAddress() const
{
    return fd_ ? peerAddressOf(fd_.get()) : SocketAddress{};
}

ClientSendResult ClientSession::send(const std::string& bytes, int flags, const SocketAddress* to, bool journal)
{
    ClientSendResult r;
    if (tls_) {
        SigpipeCatcher sigpipe; // OpenSSL writes with write(), which raises SIGPIPE on a dead connection
        const TlsResult w = tls_->write(bytes.data(), bytes.size(), journal);
        r.sigpipe = sigpipe.raised();
        r.sent = w.ok() ? w.rc : -1;
        r.err = w.ok() ? 0 : w.wouldBlock() ? EAGAIN : w.err ? w.err : EPROTO;
        r.tlsMessage = w.message;
        return r;
    }
    if (!to && transport_ == ClientTransport::Udp && !connected_)
        to = &target_; // an unconnected UDP socket has no peer: sendto() the target
    const std::string fdText = std::to_string(fd_.get());
    const std::string flagText = flagsText(sendFlagTable(), flags);
    // The user's flags as given (no MSG_NOSIGNAL added): the catcher takes the SIGPIPE that may follow.
    SigpipeCatcher sigpipe;
    CallTimer t;
    ssize_t n;
    do
        n = to ? ::sendto(fd_.get(), bytes.data(), bytes.size(), flags, to->get(), to->length)
               : ::send(fd_.get(), bytes.data(), bytes.size(), flags);
    while (n < 0 && errno == EINTR);
    r.sent = static_cast<long>(n);
    r.err = n < 0 ? errno : 0;
    r.sigpipe = sigpipe.raised();
    r.broadcastRefused = r.err == EACCES && transport_ == ClientTransport::Udp && broadcastIsOff(fd_.get());
    if (journal) {
        const std::string args = fdText + ", " + bufferLiteral(bytes) + ", " + std::to_string(bytes.size()) + ", "
                                 + flagText + (to ? ", " + to->cArgument() : std::string());
        std::string code = std::string(to ? "sendto" : "send") + "(fd, buf, " + std::to_string(bytes.size()) + ", "
                           + flagText + (to ? ", " + to->cArgument() + "); /* to " + to->text() + " */" : std::string(");"));
        if (r.broadcastRefused)
            code += "\n/* EACCES: " + broadcastRefusedWords() + " */";
        if (r.sigpipe)
            code += "\n/* EPIPE, and the kernel raised SIGPIPE: without signal(SIGPIPE, SIG_IGN) or MSG_NOSIGNAL this "
                    "process would end here */";
        recordCall(t, to ? "sendto" : "send", args, r.sent, r.err, std::move(code));
    }
    return r;
}

ClientRecvResult ClientSession::receive(std::size_t size, int flags, bool journal)
{
    ClientRecvResult r;
    if (tls_) {
        std::string buffer(size, '\0');
        const TlsResult t = tls_->read(buffer.data(), buffer.size(), journal);
        if (t.ok()) {
            buffer.resize(static_cast<std::size_t>(t.rc));
            r.result = t.rc;
            r.bytes = std::move(buffer);
        } else if (t.status == TlsStatus::Closed) {
            r.result = 0;
            r.tlsCloseNotify = t.closeNotify;
        } else {
            r.result = -1;
            r.err = t.wouldBlock() ? EAGAIN : t.err ? t.err : EPROTO;
        }
        r.tlsMessage = t.message;
        return r;
    }
    std::string buffer(size, '\0');
    const bool datagram = !isStreamTransport(transport_);
    const std::string fdText = std::to_string(fd_.get());
    const std::string flagText = flagsText(recvFlagTable(), flags);
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    CallTimer t;
    ssize_t n;
    if (datagram) {
        // recvmsg so msg_flags can say MSG_TRUNC even when the user did not ask for the real length.
        iovec iov{buffer.data(), buffer.size()};
        msghdr msg{};
        msg.msg_name = &ss;
        msg.msg_namelen = len;
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        do
            n = ::recvmsg(fd_.get(), &msg, flags);
        while (n < 0 && errno == EINTR);
        len = msg.msg_namelen;
        if (n >= 0) {
            r.truncated = (msg.msg_flags & MSG_TRUNC) != 0;
            r.from = SocketAddress::fromStorage(ss, len);
        }
    } else {
        do
            n = ::recv(fd_.get(), buffer.data(), buffer.size(), flags);
        while (n < 0 && errno == EINTR);
    }
    r.result = static_cast<long>(n);
    r.err = n < 0 ? errno : 0;
    r.discarded = !datagram && n > 0 && (flags & MSG_TRUNC);
    if (n > 0 && !r.discarded)
        buffer.resize(std::min(static_cast<std::size_t>(n), size));
    else
        buffer.clear();
    r.bytes = std::move(buffer);
    r.oobMark = n > 0 && (flags & MSG_OOB);
    if (journal) {
        const std::string sizeText = std::to_string(size);
        if (datagram)
            recordCall(t, "recvfrom", fdText + ", buf, " + sizeText + ", " + flagText + ", (struct sockaddr *)&ss, &len",
                       r.result, r.err,
                       "struct sockaddr_storage ss;\nsocklen_t len = sizeof ss;\nchar buf[" + sizeText
                           + "];\nssize_t n = recvfrom(fd, buf, sizeof buf, " + flagText + ", (struct sockaddr *)&ss, &len);"
                           + (n >= 0 ? " /* from " + r.from.text() + " */" : std::string()));
        else
            recordCall(t, "recv", fdText + ", buf, " + sizeText + ", " + flagText, r.result, r.err,
                       "char buf[" + sizeText + "];\nssize_t n = recv(fd, buf, sizeof buf, " + flagText + ");"
                           + (n == 0 ? " /* 0: the peer closed its side */" : ""));
    }
    return r;
}

ClientCallResult ClientSession::shutdown(int how)
{
    const char* howSym = how == SHUT_RD ? "SHUT_RD" : how == SHUT_WR ? "SHUT_WR" : "SHUT_RDWR";
    CallTimer t;
    const int rc = ::shutdown(fd_.get(), how);
    const int e = rc < 0 ? errno : 0;
    recordCall(t, "shutdown", std::to_string(fd_.get()) + ", " + howSym, rc, e,
               std::string("shutdown(fd, ") + howSym + ");");
    if (rc < 0)
        return failed("shutdown", e, "shutdown failed");
    return succeeded();
}

ClientTlsResult ClientSession::startTls(const TlsContextConfig& config, const std::string& serverName, int timeoutMs,
                                        const std::atomic<bool>* cancel)
{
    ClientTlsResult r;
    if (!fd_ || !isStreamTransport(transport_)) {
        r.message = "TLS needs a connected stream socket";
        r.code = "EINVAL";
        return r;
    }
    TlsContextConfig c = config;
    c.role = TlsRole::Client;
    TlsSetupError setup;
    std::shared_ptr<TlsContext> context = TlsContext::create(c, setup);
    if (!context) {
        r.setupField = setup.field;
        r.setup = setup;
        r.message = setup.message;
        r.code = "EINVAL";
        return r;
    }
    auto session = std::make_unique<TlsSession>(context, fd_.get(), serverName);
    if (!session->valid()) {
        r.message = session->setupError();
        r.code = "SSL_ERROR_SSL";
        return r;
    }
    const int fl = ::fcntl(fd_.get(), F_GETFL);
    const bool wasBlocking = (fl & O_NONBLOCK) == 0;
    if (wasBlocking)
        setBlocking(false);
    const TlsResult h = [&] {
        SigpipeCatcher sigpipe; // the handshake writes with write() too
        return session->handshake(std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs), cancel);
    }();
    if (wasBlocking)
        setBlocking(true);
    r.summary = session->summary();
    r.verifyFailure = session->firstVerifyFailure();
    if (!h.ok()) {
        r.message = h.message;
        const long verifyCode = r.summary.verifyCode;
        r.code = h.status == TlsStatus::TimedOut ? "ETIMEDOUT"
                 : h.status == TlsStatus::Cancelled ? "ECANCELED"
                 : verifyCode != 0 && h.message.rfind("certificate verify failed", 0) == 0 ? verifySymbol(verifyCode)
                 : h.sslError == SSL_ERROR_SYSCALL && h.err ? errnoSymbol(h.err)
                                                            : sslErrorName(h.sslError);
        return r;
    }
    tls_ = std::move(session);
    r.ok = true;
    return r;
}

ClientCallResult ClientSession::tlsShutdown()
{
    if (!tls_)
        return failed("SSL_shutdown", EINVAL, "TLS is not active on this socket");
    // close_notify to a peer that already closed: EPIPE, with the SIGPIPE taken here.
    const TlsResult t = [this] {
        SigpipeCatcher sigpipe;
        return tls_->shutdown();
    }();
    if (!t.ok() && !t.wouldBlock()) {
        ClientCallResult r;
        r.err = t.err ? t.err : EPROTO;
        r.failedCall = "SSL_shutdown";
        r.message = t.message;
        return r;
    }
    return succeeded();
}

ClientCallResult ClientSession::setBlocking(bool blocking)
{
    CallTimer ft;
    const int fl = ::fcntl(fd_.get(), F_GETFL);
    const int rc = fl < 0 ? -1 : ::fcntl(fd_.get(), F_SETFL, blocking ? fl & ~O_NONBLOCK : fl | O_NONBLOCK);
    const int e = rc < 0 ? errno : 0;
    const std::string expr = blocking ? "flags & ~O_NONBLOCK" : "flags | O_NONBLOCK";
    recordCall(ft, "fcntl", std::to_string(fd_.get()) + ", F_SETFL, " + expr, rc, e,
               blocking ? "fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);"
                        : "fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);");
    if (rc < 0)
        return failed("fcntl", e, "could not change O_NONBLOCK");
    return succeeded();
}

void ClientSession::close()
{
    tls_.reset(); // SSL_free; close_notify only when asked for (tlsShutdown)
    groups_.clear(); // close() drops the memberships with the socket
    connected_ = false;
    if (fd_) {
        const std::string fdText = std::to_string(fd_.get());
        CallTimer t;
        fd_.reset();
        recordCall(t, "close", fdText, 0, 0, "close(fd);");
    }
    removeTempPath();
}

ClientCallResult ClientSession::abort()
{
    if (!fd_)
        return failed("close", EBADF, "the socket is not open");
    linger lg{1, 0};
    CallTimer t;
    const int rc = ::setsockopt(fd_.get(), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    const int e = rc < 0 ? errno : 0;
    recordCall(t, "setsockopt", std::to_string(fd_.get()) + ", SOL_SOCKET, SO_LINGER, &lg, sizeof lg", rc, e,
               "struct linger lg = { .l_onoff = 1, .l_linger = 0 };\nsetsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);"
               " /* close() now sends RST */");
    close();
    if (rc < 0)
        return failed("setsockopt", e, "could not set SO_LINGER; the socket was closed normally");
    return succeeded();
}

void ClientSession::removeTempPath()
{
    if (!tempPath_.empty()) {
        ::unlink(tempPath_.c_str());
        tempPath_.clear();
    }
}

} // namespace sockscope
