#include "SocketLab.h"

#include "CLiteral.h"
#include "CallJournal.h"
#include "EchoServer.h"
#include "ErrnoInfo.h"
#include "IcmpEchoPacket.h"
#include "LabNames.h"
#include "NameDatabases.h"
#include "PingGroupRange.h"
#include "Platform.h"
#include "SigpipeCatcher.h"
#include "TcpInfo.h"
#include "TcpStateLookup.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <thread>

namespace sockscope {

namespace {

bool isCall(LabCall c, std::initializer_list<LabCall> calls)
{
    for (const LabCall x : calls)
        if (x == c)
            return true;
    return false;
}

bool needsAddress(LabCall c) { return isCall(c, {LabCall::Bind, LabCall::Connect, LabCall::SendTo}); }

int baseType(int type) { return type & 0xf; } // without SOCK_NONBLOCK and SOCK_CLOEXEC

bool isStream(const SocketKind& k) { return baseType(k.type) == SOCK_STREAM; }

// A socket whose recv returns one record at a time, cut to the buffer: datagram or seqpacket.
bool keepsRecords(const SocketKind& k) { return baseType(k.type) == SOCK_DGRAM || baseType(k.type) == SOCK_SEQPACKET; }

bool isTcp(const SocketKind& k) { return (k.domain == AF_INET || k.domain == AF_INET6) && isStream(k); }

// The lines a C program writes to fill in `address` (named sin, sin6 or sun, as SocketAddress::cArgument says).
std::string addressSetupCode(const SocketAddress& address)
{
    char host[INET6_ADDRSTRLEN] = {};
    switch (address.family()) {
    case AF_INET: {
        const auto* sin = reinterpret_cast<const sockaddr_in*>(&address.storage);
        inet_ntop(AF_INET, &sin->sin_addr, host, sizeof host);
        return "struct sockaddr_in sin;\nmemset(&sin, 0, sizeof sin);\nsin.sin_family = AF_INET;\nsin.sin_port = htons("
            + std::to_string(address.port()) + ");\ninet_pton(AF_INET, " + cStringLiteral(host) + ", &sin.sin_addr);\n";
    }
    case AF_INET6: {
        const auto* sin6 = reinterpret_cast<const sockaddr_in6*>(&address.storage);
        inet_ntop(AF_INET6, &sin6->sin6_addr, host, sizeof host);
        return "struct sockaddr_in6 sin6;\nmemset(&sin6, 0, sizeof sin6);\nsin6.sin6_family = AF_INET6;\nsin6.sin6_port = htons("
            + std::to_string(address.port()) + ");\ninet_pton(AF_INET6, " + cStringLiteral(host) + ", &sin6.sin6_addr);\n";
    }
    case AF_UNIX: {
        const auto* sun = reinterpret_cast<const sockaddr_un*>(&address.storage);
        const std::size_t n = address.length - offsetof(sockaddr_un, sun_path);
        return "struct sockaddr_un sun;\nmemset(&sun, 0, sizeof sun);\nsun.sun_family = AF_UNIX;\nmemcpy(sun.sun_path, "
            + cStringLiteral(std::string_view(sun->sun_path, n)) + ", " + std::to_string(n) + ");\n";
    }
    }
    return {};
}

// The address in the call text: "{AF_INET, 127.0.0.1:7007}".
std::string addressArg(const SocketAddress& a)
{
    return "{" + labDomainName(a.family()) + ", " + a.text() + "}, " + std::to_string(a.length);
}

SocketAddress quietName(int fd, bool peer)
{
    SocketAddress a;
    a.length = sizeof a.storage;
    const int rc = peer ? ::getpeername(fd, a.get(), &a.length) : ::getsockname(fd, a.get(), &a.length);
    if (rc != 0)
        return SocketAddress{};
    return a;
}

bool hasName(const SocketAddress& a)
{
    if (a.family() == AF_INET || a.family() == AF_INET6)
        return a.port() != 0;
    if (a.family() == AF_UNIX)
        return a.length > offsetof(sockaddr_un, sun_path);
    return false;
}

bool sameEndpoint(const SocketAddress& bound, const SocketAddress& target)
{
    if (bound.family() != target.family() || !hasName(bound))
        return false;
    if (bound.family() == AF_UNIX)
        return bound.text() == target.text();
    if (bound.port() != target.port())
        return false;
    // A socket bound to the wildcard address answers on every local address.
    const std::string host = bound.text().substr(0, bound.text().rfind(':'));
    return host == "0.0.0.0" || host == "[::]" || bound.text() == target.text();
}

std::string fdFlagsText(long v) { return (v & FD_CLOEXEC) ? "FD_CLOEXEC" : "0"; }

std::string octal(unsigned long v)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "0%lo", v);
    return buf;
}

// recv/recvfrom with MSG_TRUNC on a stream socket: Linux discards the bytes instead of copying them.
template <typename SocketT>
bool discards(const LabRequest& req, const SocketT* target)
{
    return (req.call == LabCall::Recv || req.call == LabCall::RecvFrom) && (req.flags & MSG_TRUNC) && target
           && isStream(target->kind);
}

LabNote noteForError(const LabRequest& req, int err, bool abandoned)
{
    const LabCall call = req.call;
    if (abandoned)
        return LabNote::Abandoned;
    if (call == LabCall::Socket) {
        switch (err) {
        case EAFNOSUPPORT: return LabNote::FamilyNotSupported;
        case EPROTONOSUPPORT: return LabNote::ProtocolNotSupported;
        case ESOCKTNOSUPPORT: return LabNote::TypeNotSupported;
        case EPROTOTYPE: return LabNote::ProtocolWrongType;
        case EPERM: return LabNote::NeedsCapNetRaw;
        case EACCES:
            if (labIsPing(req.domain, req.type, req.protocol))
                return LabNote::PingGroupDenied;
            break;
        }
    }
    switch (err) {
    case EINTR: return LabNote::Interrupted;
    case EAGAIN: return LabNote::WouldBlock;
    case EINPROGRESS: return LabNote::InProgress;
    case ESPIPE: return LabNote::NotSeekable;
    case ENOTDIR: return LabNote::NotDirectory;
    case ENOTCONN: return LabNote::NotConnected;
    case EISCONN: return LabNote::AlreadyConnected;
    case ECONNREFUSED: return LabNote::Refused;
    case EADDRINUSE: return LabNote::AddressInUse;
    case EADDRNOTAVAIL: return LabNote::AddressNotAvailable;
    case EPIPE: return LabNote::BrokenPipe;
    case ECONNRESET: return LabNote::Reset;
    case EOPNOTSUPP: return LabNote::NotSupported;
    case EINVAL:
        if (isCall(call, {LabCall::Fsync, LabCall::Fdatasync, LabCall::Ftruncate, LabCall::Fchmod}))
            return LabNote::NotForSockets;
        return LabNote::InvalidArgument;
    }
    return LabNote::Failed;
}

} // namespace

int SocketLab::somaxconn() { return liveSomaxconn(); }

SocketLab::SocketLab(SocketRegistry& registry) : registry_(registry), group_(SocketRegistry::newGroup()) {}

SocketLab::~SocketLab() { reset(); }

void SocketLab::reset()
{
    // A blocking call left running would wait on a descriptor closed under it (close() does not wake
    // accept() on Linux). Interrupt until none runs, then clear with the lock held, so that a call
    // about to start finds its socket gone instead.
    std::unique_lock lock(mutex_);
    for (int tries = 0; blockingRunning_ && tries < 100; ++tries) {
        lock.unlock();
        abandon(std::chrono::milliseconds(100));
        std::this_thread::yield();
        lock.lock();
    }
    sockets_.clear(); // RegisteredSocket closes each
    steps_.clear();
    nextId_ = 1;
}

SocketLab::Socket* SocketLab::findLocked(const std::string& id)
{
    for (auto& s : sockets_)
        if (s->id == id)
            return s.get();
    return nullptr;
}

SocketLab::Socket& SocketLab::addLocked(int fd, SocketKind kind, std::string aliasOf, std::string& newId)
{
    auto s = std::make_unique<Socket>();
    s->id = "s" + std::to_string(nextId_++);
    s->fdNumber = fd;
    s->kind = kind;
    s->aliasOf = std::move(aliasOf);
    s->fd = RegisteredSocket(UniqueFd(fd), kind, SocketOwner::Lab, s->id, group_, registry_);
    newId = s->id;
    sockets_.push_back(std::move(s));
    Socket& added = *sockets_.back();
    refreshAddressesLocked(added);
    return added;
}

void SocketLab::refreshAddressesLocked(Socket& s)
{
    if (!s.open)
        return;
    const SocketAddress local = quietName(s.fdNumber, false);
    const SocketAddress peer = quietName(s.fdNumber, true);
    if (local.family() != AF_UNSPEC)
        s.local = local;
    // Keep the last known peer after a reset: the closed row still finds its connection by it.
    if (peer.family() != AF_UNSPEC)
        s.peer = peer;
    relabelLocked(s);
}

void SocketLab::relabelLocked(Socket& s)
{
    std::string label = s.id + ": " + labKindShortName(s.kind.domain, s.kind.type, s.kind.protocol);
    if (s.local.family() != AF_UNSPEC)
        label += " " + s.local.text();
    if (s.peer.family() != AF_UNSPEC)
        label += " \u2192 " + s.peer.text();
    if (!s.aliasOf.empty())
        label += " = dup(" + s.aliasOf + ")";
    s.fd.setLabel(label);
}

std::string SocketLab::labBoundTo(const SocketAddress& address)
{
    std::string found;
    for (const auto& s : sockets_) {
        if (sameEndpoint(s->local, address)) {
            if (s->open && s->aliasOf.empty())
                return s->id;
            if (found.empty())
                found = s->aliasOf.empty() ? s->id : s->aliasOf;
        }
    }
    return found;
}

void SocketLab::awaitEchoReply(int fd, LabResult& r, std::string& received)
{
    const LabRequest& req = r.request;
    const bool v6 = r.echo.v6, ping = r.echo.ping;
    const int replyType = v6 ? icmp6EchoReply : icmpEchoReply;
    const std::string fdText = std::to_string(fd);
    const auto start = std::chrono::steady_clock::now();
    const auto deadline = start + std::chrono::milliseconds(effectiveEchoTimeout(req.timeoutMs));
    std::string buf(maxEchoPayload + 128, '\0');
    const std::string size = std::to_string(buf.size());
    for (int reads = 0; reads < maxEchoReads; ++reads) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            r.echo.timedOut = true;
            return;
        }
        pollfd p{fd, POLLIN, 0};
        const std::string ms = std::to_string(left.count());
        CallTimer pollTimer;
        const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
        const int pollErr = ready == -1 ? errno : 0;
        recordCall(pollTimer, "poll", "{" + fdText + ", POLLIN}, 1, " + ms, ready, pollErr,
                   "struct pollfd p = {" + fdText + ", POLLIN, 0};\nint ready = poll(&p, 1, " + ms + "); /* the reply, or time out */");
        if (ready == -1) {
            if (pollErr == EINTR && interrupter_.interruptRequested()) {
                r.abandoned = true;
                return;
            }
            if (pollErr == EINTR)
                continue;
            return;
        }
        if (ready == 0) {
            r.echo.timedOut = true;
            return;
        }
        SocketAddress from;
        from.length = sizeof from.storage;
        CallTimer recvTimer;
        const ssize_t got = ::recvfrom(fd, buf.data(), buf.size(), MSG_DONTWAIT, from.get(), &from.length);
        const int recvErr = got == -1 ? errno : 0;
        recordCall(recvTimer, "recvfrom", fdText + ", buf, " + size + ", MSG_DONTWAIT, (struct sockaddr *)&from, &fromlen",
                   static_cast<long>(got), recvErr,
                   "char buf[" + size + "];\nstruct sockaddr_storage from;\nsocklen_t fromlen = sizeof from;\nssize_t n = recvfrom("
                       + fdText + ", buf, sizeof buf, MSG_DONTWAIT, (struct sockaddr *)&from, &fromlen);");
        if (got < 0)
            continue;
        // A raw IPv4 socket gives the whole datagram; a ping socket and a raw ICMPv6 socket only the ICMP message.
        const std::string bytes(buf.data(), static_cast<std::size_t>(got));
        const bool withIp = !v6 && !ping;
        const EchoReply reply = parseEchoReply(bytes, withIp, v6);
        // A ping socket gets only its own replies (the kernel matched its identifier); a raw socket gets
        // every ICMP message, our own request first.
        if (reply.valid && reply.type == replyType && reply.seq == static_cast<int>(req.number2)
            && (ping || reply.id == static_cast<int>(req.number))) {
            r.echo.replied = true;
            r.echo.replyHasIpHeader = withIp;
            r.echo.reply = reply.fields;
            r.echo.roundTripUs = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
            received = bytes;
            return;
        }
        ++r.echo.skipped;
    }
}

LabResult SocketLab::refuse(const LabRequest& request, LabNote note, std::vector<std::string> args)
{
    LabResult r;
    r.request = request;
    r.performed = false;
    r.note = note;
    r.noteArgs = std::move(args);
    return r;
}

bool SocketLab::mayBlock(const LabRequest& request) const
{
    if (request.call == LabCall::IcmpEcho) { // waits for the reply whatever O_NONBLOCK says
        std::lock_guard lock(mutex_);
        for (const auto& s : sockets_)
            if (s->id == request.target && s->open)
                return true;
        return false;
    }
    if (!isCall(request.call, {LabCall::Accept, LabCall::Connect, LabCall::Send, LabCall::Recv, LabCall::SendTo,
                               LabCall::RecvFrom, LabCall::Read, LabCall::Write}))
        return false;
    if (isCall(request.call, {LabCall::Send, LabCall::Recv, LabCall::SendTo, LabCall::RecvFrom})
        && (request.flags & MSG_DONTWAIT))
        return false;
    std::lock_guard lock(mutex_);
    for (const auto& s : sockets_)
        if (s->id == request.target && s->open) {
            const int fl = ::fcntl(s->fdNumber, F_GETFL);
            return fl >= 0 && !(fl & O_NONBLOCK);
        }
    return false;
}

bool SocketLab::abandon(std::chrono::milliseconds limit) { return interrupter_.interrupt(limit); }

bool SocketLab::blockingCallRunning() const
{
    std::lock_guard lock(mutex_);
    return blockingRunning_;
}

std::vector<LabResult> SocketLab::steps() const
{
    std::lock_guard lock(mutex_);
    return steps_;
}

LabResult SocketLab::perform(const LabRequest& asked)
{
    LabRequest req = asked;
    // socket() with a protocol of the database: getprotobyname for a name (its number is what
    // socket() takes), getprotobynumber to name a number the lab has no constant for. Both journalled.
    std::string protocolLookup;
    if (req.call == LabCall::Socket && !req.protocolName.empty()) {
        const DbLookup<ProtocolEntry> found = protocolByName(req.protocolName);
        if (!found.entry)
            return refuse(req, LabNote::RefusedUnknownProtocol, {req.protocolName});
        req.protocol = found.entry->number;
        protocolLookup = found.entry->name;
    } else if (req.call == LabCall::Socket && req.protocol != 0
               && labProtocolName(req.protocol) == std::to_string(req.protocol)) {
        if (const DbLookup<ProtocolEntry> found = protocolByNumber(req.protocol); found.entry)
            protocolLookup = found.entry->name;
    }
    if (isCall(req.call, {LabCall::IcmpEcho, LabCall::SendIpPacket})) {
        if (req.number < 0 || req.number > 65535)
            return refuse(req, LabNote::RefusedEchoNumber, {"identifier", std::to_string(req.number)});
        if (req.number2 < 0 || req.number2 > 65535)
            return refuse(req, LabNote::RefusedEchoNumber, {"sequence", std::to_string(req.number2)});
        if (req.data.size() > maxEchoPayload)
            return refuse(req, LabNote::RefusedSize, {std::to_string(maxEchoPayload)});
        if (req.call == LabCall::IcmpEcho && (req.timeoutMs < 0 || req.timeoutMs > maxEchoTimeoutMs))
            return refuse(req, LabNote::RefusedBadTimeout, {std::to_string(req.timeoutMs), std::to_string(maxEchoTimeoutMs)});
    }
    SocketAddress address;
    if (needsAddress(req.call)) {
        const bool unixPath = !req.address.empty() && (req.address.front() == '/' || req.address.front() == '@'
                                                       || req.address.front() == '.');
        const bool ok = unixPath ? SocketAddress::fromUnixPath(req.address, address)
                                 : SocketAddress::fromNumeric(req.address, req.port, address);
        const std::size_t nameBytes = req.address.size() - (req.address.front() == '@' ? 1 : 0);
        if (!ok && unixPath && nameBytes > platform::sunPathCapacity - 1)
            return refuse(req, LabNote::RefusedLongPath,
                          {std::to_string(nameBytes), std::to_string(platform::sunPathCapacity - 1)});
        if (!ok)
            return refuse(req, LabNote::RefusedBadAddress, {req.address});
    }
    if (isCall(req.call, {LabCall::Recv, LabCall::RecvFrom, LabCall::Read}) && req.size > maxReceiveSize)
        return refuse(req, LabNote::RefusedSize, {std::to_string(maxReceiveSize)});
    if (isCall(req.call, {LabCall::Send, LabCall::SendTo, LabCall::Write}) && req.data.size() > maxSendSize)
        return refuse(req, LabNote::RefusedSize, {std::to_string(maxSendSize)});
    if (req.repeat < 1 || req.repeat > maxRepeat || (req.repeat > 1 && req.call != LabCall::Send))
        return refuse(req, LabNote::RefusedRepeat, {std::to_string(req.repeat), std::to_string(maxRepeat)});

    const bool blocking = mayBlock(req);
    std::unique_lock lock(mutex_);
    Socket* target = nullptr;
    int fd = -1;
    if (req.call != LabCall::Socket) {
        target = findLocked(req.target);
        if (!target)
            return refuse(req, LabNote::RefusedUnknownSocket, {req.target});
        if (!target->open)
            return refuse(req, LabNote::RefusedClosedSocket, {req.target});
        if (target->busy && req.call == LabCall::Close)
            return refuse(req, LabNote::RefusedBusySocket, {req.target});
        fd = target->fdNumber;
        const SocketKind& k = target->kind;
        if (req.call == LabCall::IcmpEcho && !labIsRawIcmp(k.domain, k.type, k.protocol)
            && !labIsPing(k.domain, k.type, k.protocol))
            return refuse(req, LabNote::RefusedNotEchoSocket, {req.target, labKindShortName(k.domain, k.type, k.protocol)});
        if (req.call == LabCall::SendIpPacket && !labIsRawIp(k.domain, k.type, k.protocol))
            return refuse(req, LabNote::RefusedNotRawIpSocket, {req.target, labKindShortName(k.domain, k.type, k.protocol)});
    }
    if (blocking && blockingRunning_)
        return refuse(req, LabNote::RefusedBlockingRunning);

    // dup2 onto a descriptor closes it first: allowed only on a lab socket, never on one of SockScope's own.
    Socket* replaced = nullptr;
    if (req.call == LabCall::Dup2 && req.number != fd) {
        for (auto& s : sockets_)
            if (s->open && s->fdNumber == req.number)
                replaced = s.get();
        if (replaced && replaced->busy)
            return refuse(req, LabNote::RefusedBusySocket, {replaced->id});
        if (!replaced && req.number >= 0 && ::fcntl(static_cast<int>(req.number), F_GETFD) != -1)
            return refuse(req, LabNote::RefusedFdInUse, {std::to_string(req.number)});
    }

    LabResult r;
    r.request = req;
    r.performed = true;
    r.blocking = blocking;
    const std::string fdText = std::to_string(fd);
    std::string args;
    std::string code;
    long ret = -1;
    int err = 0;
    std::optional<CallTimer> timer;

    // A blocking call is interruptible from the moment blockingCallRunning() says so: entering the
    // interrupter under the lab's lock leaves no window in which abandon() would find nothing to stop
    // and the call would then block for good. A signal that lands before the call itself is re-sent.
    std::optional<InterruptibleScope> interruptible;
    if (blocking) {
        interruptible.emplace(interrupter_);
        blockingRunning_ = true;
        target->busy = true;
        lock.unlock();
    }
    // Runs the call itself, timed, with errno taken right after it; a blocking one is interruptible.
    auto timed = [&](auto&& call) {
        timer.emplace();
        if (blocking) {
            ret = static_cast<long>(call());
            err = ret == -1 ? errno : 0;
            r.abandoned = err == EINTR && interrupter_.interruptRequested();
            interruptible.reset();
        } else {
            ret = static_cast<long>(call());
            err = ret == -1 ? errno : 0;
        }
        r.durationUs = timer->elapsedUs();
    };

    std::string received;
    SocketAddress from;
    std::optional<int> newFd;
    bool journalled = false; // the ICMP echo journals its sendto before the poll and recvfrom after it
    std::string callSuffix;
    r.protocolLookup = protocolLookup;

    switch (req.call) {
    case LabCall::Socket: {
        int type = req.type;
#ifdef SOCK_NONBLOCK
        if (req.nonblock)
            type |= SOCK_NONBLOCK;
        if (req.cloexec)
            type |= SOCK_CLOEXEC;
#endif
        args = labDomainName(req.domain) + ", " + labTypeName(type) + ", " + labProtocolName(req.protocol);
        code = "int fd = socket(" + args + ");";
        if (!req.protocolName.empty())
            code = "struct protoent *pe = getprotobyname(" + cStringLiteral(req.protocolName) + "); /* p_proto = "
                + std::to_string(req.protocol) + " */\nint fd = socket(" + labDomainName(req.domain) + ", "
                + labTypeName(type) + ", pe->p_proto);";
        else if (!protocolLookup.empty())
            code += " /* " + std::to_string(req.protocol) + ": \"" + protocolLookup + "\" in the protocols database */";
        timed([&] { return ::socket(req.domain, type, req.protocol); });
        if (ret >= 0)
            newFd = static_cast<int>(ret);
        break;
    }
    case LabCall::Bind:
    case LabCall::Connect: {
        const std::string fn = req.call == LabCall::Bind ? "bind" : "connect";
        args = fdText + ", " + addressArg(address);
        code = addressSetupCode(address) + "int rc = " + fn + "(" + fdText + ", " + address.cArgument() + ");";
        if (req.call == LabCall::Bind)
            timed([&] { return ::bind(fd, address.get(), address.length); });
        else
            timed([&] { return ::connect(fd, address.get(), address.length); });
        break;
    }
    case LabCall::Listen:
        args = fdText + ", " + std::to_string(req.backlog);
        code = "int rc = listen(" + args + "); /* the kernel caps the backlog at SOMAXCONN = "
            + std::to_string(somaxconn()) + " */";
        timed([&] { return ::listen(fd, req.backlog); });
        break;
    case LabCall::Accept:
        args = fdText + ", (struct sockaddr *)&peer, &peerlen";
        code = "struct sockaddr_storage peer;\nsocklen_t peerlen = sizeof peer;\nint conn = accept(" + args + ");";
        timed([&] {
            from.length = sizeof from.storage;
            return ::accept(fd, from.get(), &from.length);
        });
        if (ret >= 0) {
            newFd = static_cast<int>(ret);
            r.detail = from.text();
        }
        break;
    case LabCall::Send:
    case LabCall::SendTo:
    case LabCall::Write: {
        const std::string literal = cStringLiteral(req.data);
        const std::string n = std::to_string(req.data.size());
        // Made as a program makes it (no MSG_NOSIGNAL added): the catcher takes the SIGPIPE it may raise.
        SigpipeCatcher sigpipe;
        if (req.call == LabCall::Write) {
            args = fdText + ", " + literal + ", " + n;
            code = "ssize_t n = write(" + args + ");";
            timed([&] { return ::write(fd, req.data.data(), req.data.size()); });
        } else if (req.call == LabCall::Send && req.repeat > 1) {
            // Back to back, each send journalled: the bytes of the first are still unacknowledged when
            // the next comes, which is when Nagle's algorithm holds small segments back.
            args = fdText + ", " + literal + ", " + n + ", " + labMsgFlagsText(req.flags);
            code = "ssize_t n = send(" + args + ");";
            long total = 0;
            timer.emplace();
            for (int i = 0; i < req.repeat; ++i) {
                CallTimer one;
                const ssize_t sent = ::send(fd, req.data.data(), req.data.size(), req.flags);
                const int sendErr = sent == -1 ? errno : 0;
                JournalEntry e = one.entry("send", args, std::to_string(sent), sendErr,
                                           code + " /* " + std::to_string(i + 1) + " of " + std::to_string(req.repeat) + " */");
                const std::uint64_t seq = CallJournal::global().record(std::move(e));
                if (i == 0)
                    r.journalSeq = seq;
                if (sent == -1) {
                    total = -1;
                    err = sendErr;
                    break;
                }
                total += static_cast<long>(sent);
            }
            ret = total;
            r.durationUs = timer->elapsedUs();
            journalled = true;
            callSuffix = " \u00d7 " + std::to_string(req.repeat); // "send(3, "ab", 2, 0) × 10"
        } else if (req.call == LabCall::Send) {
            args = fdText + ", " + literal + ", " + n + ", " + labMsgFlagsText(req.flags);
            code = "ssize_t n = send(" + args + ");";
            timed([&] { return ::send(fd, req.data.data(), req.data.size(), req.flags); });
        } else {
            args = fdText + ", " + literal + ", " + n + ", " + labMsgFlagsText(req.flags) + ", " + addressArg(address);
            code = addressSetupCode(address) + "ssize_t n = sendto(" + fdText + ", " + literal + ", " + n + ", "
                + labMsgFlagsText(req.flags) + ", " + address.cArgument() + ");";
            timed([&] {
                return ::sendto(fd, req.data.data(), req.data.size(), req.flags, address.get(), address.length);
            });
        }
        r.sigpipe = sigpipe.raised();
        break;
    }
    case LabCall::Recv:
    case LabCall::RecvFrom:
    case LabCall::Read: {
        std::string buf(std::max<std::size_t>(req.size, 1), '\0');
        const std::string n = std::to_string(req.size);
        if (req.call == LabCall::Read) {
            args = fdText + ", buf, " + n;
            code = "char buf[" + std::to_string(std::max<std::size_t>(req.size, 1)) + "];\nssize_t n = read(" + args + ");";
            timed([&] { return ::read(fd, buf.data(), req.size); });
        } else if (req.call == LabCall::Recv) {
            args = fdText + ", buf, " + n + ", " + labMsgFlagsText(req.flags);
            code = "char buf[" + std::to_string(std::max<std::size_t>(req.size, 1)) + "];\nssize_t n = recv(" + args + ");";
            timed([&] { return ::recv(fd, buf.data(), req.size, req.flags); });
        } else {
            args = fdText + ", buf, " + n + ", " + labMsgFlagsText(req.flags) + ", (struct sockaddr *)&from, &fromlen";
            code = "char buf[" + std::to_string(std::max<std::size_t>(req.size, 1))
                + "];\nstruct sockaddr_storage from;\nsocklen_t fromlen = sizeof from;\nssize_t n = recvfrom(" + args + ");";
            timed([&] {
                from.length = sizeof from.storage;
                return ::recvfrom(fd, buf.data(), req.size, req.flags, from.get(), &from.length);
            });
            if (ret >= 0)
                r.detail = from.family() == AF_UNSPEC || from.length == 0 ? std::string("(no address)") : from.text();
        }
        // MSG_TRUNC on a stream (Linux): the kernel drops the bytes without copying them; buf holds nothing.
        if (ret > 0 && !discards(req, target))
            received.assign(buf.data(), std::min<std::size_t>(static_cast<std::size_t>(ret), req.size));
        break;
    }
    case LabCall::Shutdown:
        args = fdText + ", " + labShutdownName(req.how);
        code = "int rc = shutdown(" + args + ");";
        timed([&] { return ::shutdown(fd, req.how); });
        break;
    case LabCall::Close: {
        args = fdText;
        code = "int rc = close(" + fdText + ");";
        // Out of the registry first (waiting for a running option call), then the real close.
        UniqueFd owned = target->fd.release();
        const int raw = owned.release();
        timed([&] { return ::close(raw); });
        target->open = false; // even on EINTR/EIO: Linux frees the descriptor either way
        target->fdNumber = -1;
        break;
    }
    case LabCall::Dup:
        args = fdText;
        code = "int fd2 = dup(" + fdText + ");";
        timed([&] { return ::dup(fd); });
        if (ret >= 0)
            newFd = static_cast<int>(ret);
        break;
    case LabCall::Dup2: {
        args = fdText + ", " + std::to_string(req.number);
        code = "int fd2 = dup2(" + args + ");";
        UniqueFd replacedFd;
        if (replaced)
            replacedFd = replaced->fd.release(); // dup2 closes it
        timed([&] { return ::dup2(fd, static_cast<int>(req.number)); });
        if (replaced) {
            if (ret >= 0) {
                (void)replacedFd.release();
                replaced->open = false;
                replaced->fdNumber = -1;
                r.detail = replaced->id;
            } else {
                // Still open: back into the registry under its old id's label.
                replaced->fd = RegisteredSocket(std::move(replacedFd), replaced->kind, SocketOwner::Lab,
                                                "lab " + replaced->id, group_, registry_);
            }
        }
        if (ret >= 0 && ret != fd)
            newFd = static_cast<int>(ret);
        break;
    }
    case LabCall::FcntlDupfd:
        args = fdText + ", F_DUPFD, " + std::to_string(req.number);
        code = "int fd2 = fcntl(" + args + ");";
        timed([&] { return ::fcntl(fd, F_DUPFD, static_cast<int>(req.number)); });
        if (ret >= 0)
            newFd = static_cast<int>(ret);
        break;
    case LabCall::FcntlGetfl:
        args = fdText + ", F_GETFL";
        code = "int flags = fcntl(" + args + ");";
        timed([&] { return ::fcntl(fd, F_GETFL); });
        if (ret >= 0)
            r.detail = labOpenFlagsText(static_cast<int>(ret));
        break;
    case LabCall::FcntlSetfl: {
        const int before = ::fcntl(fd, F_GETFL);
        const int flags = req.enable ? (before | O_NONBLOCK) : (before & ~O_NONBLOCK);
        args = fdText + ", F_SETFL, " + labOpenFlagsText(flags);
        code = std::string("int flags = fcntl(") + fdText + ", F_GETFL);\nint rc = fcntl(" + fdText + ", F_SETFL, flags "
            + (req.enable ? "| O_NONBLOCK" : "& ~O_NONBLOCK") + ");";
        timed([&] { return ::fcntl(fd, F_SETFL, flags); });
        break;
    }
    case LabCall::FcntlGetfd:
        args = fdText + ", F_GETFD";
        code = "int fdflags = fcntl(" + args + ");";
        timed([&] { return ::fcntl(fd, F_GETFD); });
        if (ret >= 0)
            r.detail = fdFlagsText(ret);
        break;
    case LabCall::FcntlSetfd:
        args = fdText + ", F_SETFD, " + (req.enable ? "FD_CLOEXEC" : "0");
        code = "int rc = fcntl(" + args + ");";
        timed([&] { return ::fcntl(fd, F_SETFD, req.enable ? FD_CLOEXEC : 0); });
        break;
    case LabCall::FcntlGetown:
        args = fdText + ", F_GETOWN";
        code = "int owner = fcntl(" + args + ");";
        timed([&] { return ::fcntl(fd, F_GETOWN); });
        break;
    case LabCall::FcntlSetown:
        args = fdText + ", F_SETOWN, " + std::to_string(req.number);
        code = "int rc = fcntl(" + args + ");";
        timed([&] { return ::fcntl(fd, F_SETOWN, static_cast<int>(req.number)); });
        break;
    case LabCall::Fstat: {
        struct stat st {};
        args = fdText + ", &st";
        code = "struct stat st;\nint rc = fstat(" + args + ");\n/* S_ISSOCK(st.st_mode) */";
        timed([&] { return ::fstat(fd, &st); });
        if (ret == 0)
            r.detail = "st_mode " + octal(st.st_mode) + (S_ISSOCK(st.st_mode) ? " (S_ISSOCK)" : " (not S_ISSOCK)")
                + ", st_ino " + std::to_string(st.st_ino) + ", st_size " + std::to_string(st.st_size);
        break;
    }
    case LabCall::Lseek:
        args = fdText + ", " + std::to_string(req.number) + ", " + labWhenceName(static_cast<int>(req.number2));
        code = "off_t pos = lseek(" + args + ");";
        timed([&] { return ::lseek(fd, static_cast<off_t>(req.number), static_cast<int>(req.number2)); });
        break;
    case LabCall::Fchdir:
        args = fdText;
        code = "int rc = fchdir(" + fdText + ");";
        timed([&] { return ::fchdir(fd); });
        break;
    case LabCall::Fchmod:
        args = fdText + ", " + octal(static_cast<unsigned long>(req.number));
        code = "int rc = fchmod(" + args + ");";
        timed([&] { return ::fchmod(fd, static_cast<mode_t>(req.number)); });
        break;
    case LabCall::Fchown:
        args = fdText + ", " + std::to_string(req.number) + ", " + std::to_string(req.number2);
        code = "int rc = fchown(" + args + ");";
        timed([&] { return ::fchown(fd, static_cast<uid_t>(req.number), static_cast<gid_t>(req.number2)); });
        break;
    case LabCall::Fsync:
        args = fdText;
        code = "int rc = fsync(" + fdText + ");";
        timed([&] { return ::fsync(fd); });
        break;
    case LabCall::Fdatasync:
        args = fdText;
        code = "int rc = fdatasync(" + fdText + ");";
        timed([&] { return ::fdatasync(fd); });
        break;
    case LabCall::Ftruncate:
        args = fdText + ", " + std::to_string(req.number);
        code = "int rc = ftruncate(" + args + ");";
        timed([&] { return ::ftruncate(fd, static_cast<off_t>(req.number)); });
        break;
    case LabCall::IoctlFionread:
    case LabCall::IoctlSiocatmark: {
        int value = 0;
        const bool fionread = req.call == LabCall::IoctlFionread;
        args = fdText + (fionread ? ", FIONREAD, &n" : ", SIOCATMARK, &atmark");
        code = std::string(fionread ? "int n;" : "int atmark;") + "\nint rc = ioctl(" + args + ");";
        timed([&] { return fionread ? ::ioctl(fd, FIONREAD, &value) : ::ioctl(fd, SIOCATMARK, &value); });
        if (ret == 0) {
            r.detail = std::to_string(value);
            r.noteArgs.push_back(std::to_string(value));
        }
        break;
    }
    case LabCall::Setsockopt: {
        const LabSocketOption* o = labSocketOption(req.level, req.option);
        const std::string level = o ? o->levelName : std::to_string(req.level);
        const std::string name = o ? o->name : std::to_string(req.option);
        if (o && o->linger) {
            const linger lg{static_cast<int>(req.number), static_cast<int>(req.number2)};
            args = fdText + ", " + level + ", " + name + ", {l_onoff = " + std::to_string(lg.l_onoff) + ", l_linger = "
                + std::to_string(lg.l_linger) + "}, " + std::to_string(sizeof lg);
            code = "struct linger lg = {" + std::to_string(lg.l_onoff) + ", " + std::to_string(lg.l_linger)
                + "};\nint rc = setsockopt(" + fdText + ", " + level + ", " + name + ", &lg, sizeof lg);";
            timed([&] { return ::setsockopt(fd, req.level, req.option, &lg, sizeof lg); });
        } else {
            const int value = static_cast<int>(req.number);
            args = fdText + ", " + level + ", " + name + ", &value (" + std::to_string(value) + "), " + std::to_string(sizeof value);
            code = "int value = " + std::to_string(value) + ";\nint rc = setsockopt(" + fdText + ", " + level + ", " + name
                + ", &value, sizeof value);";
            timed([&] { return ::setsockopt(fd, req.level, req.option, &value, sizeof value); });
        }
        r.detail = name;
        break;
    }
    case LabCall::IcmpEcho: {
        const SocketKind kind = target->kind;
        const bool v6 = kind.domain == AF_INET6;
        const bool ping = labIsPing(kind.domain, kind.type, kind.protocol);
        const auto id = static_cast<std::uint16_t>(req.number);
        const auto seq = static_cast<std::uint16_t>(req.number2);
        const EchoRequest echo = buildEchoRequest(v6, id, seq, req.data);
        SocketAddress to;
        SocketAddress::fromNumeric(v6 ? "::1" : "127.0.0.1", 0, to);
        r.echo.v6 = v6;
        r.echo.ping = ping;
        r.echo.request = echo.fields;
        r.echo.destination = v6 ? "::1" : "127.0.0.1";
        if (!v6)
            r.echo.checksumSteps = checksumTraceText(echo.checksum);
        const std::string n = std::to_string(echo.bytes.size());
        args = fdText + ", " + cStringLiteral(echo.bytes) + ", " + n + ", 0, " + addressArg(to);
        code = "/* the echo request: type, code, checksum, identifier, sequence, payload */\n" + addressSetupCode(to)
            + "ssize_t n = sendto(" + fdText + ", " + cStringLiteral(echo.bytes) + ", " + n + ", 0, " + to.cArgument() + ");";
        timer.emplace();
        ret = static_cast<long>(::sendto(fd, echo.bytes.data(), echo.bytes.size(), 0, to.get(), to.length));
        err = ret == -1 ? errno : 0;
        JournalEntry sent = timer->entry("sendto", args, std::to_string(ret), err, code);
        sent.durationUs = timer->elapsedUs();
        r.journalSeq = CallJournal::global().record(std::move(sent));
        journalled = true;
        if (ret >= 0)
            awaitEchoReply(fd, r, received);
        if (ping) {
            const SocketAddress local = quietName(fd, false);
            r.echo.kernelId = local.family() != AF_UNSPEC ? local.port() : -1;
        }
        interruptible.reset();
        r.durationUs = timer->elapsedUs();
        break;
    }
    case LabCall::SendIpPacket: {
        const EchoRequest echo = buildEchoRequest(false, static_cast<std::uint16_t>(req.number),
                                                  static_cast<std::uint16_t>(req.number2), req.data);
        const Ipv4Packet packet = buildIpv4Packet(static_cast<std::uint16_t>(req.number), echo.bytes);
        SocketAddress to;
        SocketAddress::fromNumeric("127.0.0.1", 0, to);
        r.echo.hdrincl = true;
        r.echo.request = echo.fields;
        r.echo.ipHeader = packet.fields;
        r.echo.checksumSteps = checksumTraceText(echo.checksum);
        r.echo.ipChecksumSteps = checksumTraceText(packet.checksum);
        r.echo.destination = "127.0.0.1";
        const std::string n = std::to_string(packet.bytes.size());
        args = fdText + ", " + cStringLiteral(packet.bytes) + ", " + n + ", 0, " + addressArg(to);
        code = "/* a whole IPv4 datagram: 20 bytes of header, then an ICMP echo request */\n" + addressSetupCode(to)
            + "ssize_t n = sendto(" + fdText + ", " + cStringLiteral(packet.bytes) + ", " + n + ", 0, " + to.cArgument() + ");";
        timed([&] { return ::sendto(fd, packet.bytes.data(), packet.bytes.size(), 0, to.get(), to.length); });
        break;
    }
    case LabCall::Getsockname:
    case LabCall::Getpeername: {
        const bool peer = req.call == LabCall::Getpeername;
        SocketAddress a;
        args = fdText + ", (struct sockaddr *)&ss, &len";
        code = std::string("struct sockaddr_storage ss;\nsocklen_t len = sizeof ss;\nint rc = ") + (peer ? "getpeername" : "getsockname")
            + "(" + args + ");";
        timed([&] {
            a.length = sizeof a.storage;
            return peer ? ::getpeername(fd, a.get(), &a.length) : ::getsockname(fd, a.get(), &a.length);
        });
        if (ret == 0)
            r.detail = a.text();
        break;
    }
    }

    if (blocking)
        lock.lock();
    if (blocking) {
        blockingRunning_ = false;
        // The socket may be gone from the table only through reset(), which waits for this call.
        if (Socket* s = findLocked(req.target))
            s->busy = false;
        target = findLocked(req.target);
    }

    r.callText = labCallFunction(req.call) + "(" + args + ")" + callSuffix;
    r.ret = ret;
    r.err = err;
    r.received = received;
    if (req.call == LabCall::Connect || req.call == LabCall::SendTo)
        r.addressLab = labBoundTo(address);

    // The table follows the call.
    if (newFd) {
        SocketKind kind;
        std::string alias;
        if (req.call == LabCall::Socket)
            kind = SocketKind{req.domain, req.type, req.protocol};
        else if (target)
            kind = target->kind;
        if (target && req.call != LabCall::Accept)
            alias = target->aliasOf.empty() ? target->id : target->aliasOf;
        addLocked(*newFd, kind, alias, r.created);
    }
    if (target) {
        target->pendingError = 0;
        target->connectPending = req.call == LabCall::Connect && err == EINPROGRESS;
        refreshAddressesLocked(*target);
    }

    // What the kernel did, in the chapter's words.
    if (err) {
        r.note = noteForError(req, err, r.abandoned);
        if (r.note == LabNote::BrokenPipe && !r.sigpipe)
            r.note = LabNote::BrokenPipeNoSignal; // MSG_NOSIGNAL: the kernel kept the signal back
        r.noteArgs = {errnoSymbol(err), errnoText(err)};
        if (r.note == LabNote::FamilyNotSupported || r.note == LabNote::ProtocolNotSupported
            || r.note == LabNote::TypeNotSupported || r.note == LabNote::ProtocolWrongType
            || r.note == LabNote::NeedsCapNetRaw)
            r.noteArgs.insert(r.noteArgs.end(), {labDomainName(req.domain), labTypeName(req.type),
                                                 protocolLookup.empty() ? labProtocolName(req.protocol) : protocolLookup});
        if (r.note == LabNote::PingGroupDenied) {
            const std::optional<PingGroupRange> range = pingGroupRange();
            r.noteArgs.push_back(range ? range->text() : std::string("?"));
            r.noteArgs.push_back(range ? range->groupsText() : std::string("?"));
        }
    } else if (r.abandoned) {
        r.note = LabNote::Abandoned; // the ICMP echo: sent, then the wait for the reply was abandoned
    } else {
        switch (req.call) {
        case LabCall::Socket: {
            const int base = baseType(req.type);
            r.note = labIsPing(req.domain, req.type, req.protocol)      ? LabNote::PingSocketCreated
                     : labIsRawIp(req.domain, req.type, req.protocol)   ? LabNote::RawIpSocketCreated
                     : base == SOCK_RAW                                 ? LabNote::RawSocketCreated
                     : base == SOCK_SEQPACKET                           ? LabNote::SeqpacketCreated
                     : !protocolLookup.empty()                          ? LabNote::OtherProtocolCreated
                                                                        : LabNote::SocketCreated;
            r.noteArgs = {r.created, std::to_string(ret), protocolLookup.empty() ? labProtocolName(req.protocol) : protocolLookup};
            break;
        }
        case LabCall::Bind: r.note = LabNote::Bound; r.noteArgs = {target ? target->local.text() : std::string()}; break;
        case LabCall::Listen:
            r.note = LabNote::Listening;
            r.noteArgs = {std::to_string(req.backlog), std::to_string(somaxconn())};
            break;
        case LabCall::Accept: r.note = LabNote::Accepted; r.noteArgs = {r.created, r.detail}; break;
        case LabCall::Connect:
            r.note = LabNote::Connected;
            r.noteArgs = {target ? target->local.text() : std::string(), address.text()};
            break;
        case LabCall::Send: case LabCall::SendTo: case LabCall::Write:
            r.note = req.repeat > 1 ? LabNote::SentRepeated : LabNote::Sent;
            r.noteArgs = req.repeat > 1 ? std::vector<std::string>{std::to_string(req.repeat), std::to_string(ret)}
                                        : std::vector<std::string>{std::to_string(ret), std::to_string(req.data.size())};
            break;
        case LabCall::Recv: case LabCall::RecvFrom: case LabCall::Read:
            if (ret == 0 && req.size > 0 && target && (isStream(target->kind) || baseType(target->kind.type) == SOCK_SEQPACKET)) {
                r.note = LabNote::EndOfStream;
            } else if (target && keepsRecords(target->kind) && static_cast<std::size_t>(ret) > req.size) {
                r.note = LabNote::RecordTruncated; // MSG_TRUNC: the record's real length, beyond the buffer
                r.noteArgs = {std::to_string(ret), std::to_string(req.size)};
            } else if (target && baseType(target->kind.type) == SOCK_SEQPACKET) {
                r.note = LabNote::RecordReceived;
                r.noteArgs = {std::to_string(ret), std::to_string(req.size)};
            } else if (discards(req, target)) {
                r.note = LabNote::Discarded;
                r.noteArgs = {std::to_string(ret)};
            } else {
                r.note = LabNote::Received;
                r.noteArgs = {std::to_string(ret), std::to_string(req.size)};
            }
            break;
        case LabCall::Shutdown: r.note = LabNote::ShutDown; r.noteArgs = {labShutdownName(req.how)}; break;
        case LabCall::Close: {
            const std::string root = target->aliasOf.empty() ? target->id : target->aliasOf;
            std::string others;
            for (const auto& s : sockets_) {
                const std::string sRoot = s->aliasOf.empty() ? s->id : s->aliasOf;
                if (s->open && sRoot == root && s.get() != target)
                    others += (others.empty() ? "" : ", ") + s->id;
            }
            r.note = others.empty() ? LabNote::Closed : LabNote::ClosedAliasRemains;
            r.noteArgs = {others};
            break;
        }
        case LabCall::Dup: case LabCall::FcntlDupfd:
            r.note = LabNote::Duplicated;
            r.noteArgs = {r.created, std::to_string(ret), target->id};
            break;
        case LabCall::Dup2:
            if (r.created.empty()) {
                r.note = LabNote::Dup2Same;
            } else {
                r.note = replaced ? LabNote::Dup2ClosedOther : LabNote::Duplicated;
                r.noteArgs = {r.created, std::to_string(ret), target->id, replaced ? replaced->id : std::string()};
            }
            break;
        case LabCall::FcntlGetfl: r.note = LabNote::FlagsRead; r.noteArgs = {r.detail}; break;
        case LabCall::FcntlSetfl: r.note = req.enable ? LabNote::NonblockSet : LabNote::NonblockCleared; break;
        case LabCall::FcntlGetfd: r.note = LabNote::FdFlagsRead; r.noteArgs = {r.detail}; break;
        case LabCall::FcntlSetfd: r.note = req.enable ? LabNote::CloexecSet : LabNote::CloexecCleared; break;
        case LabCall::FcntlGetown: r.note = LabNote::OwnerRead; r.noteArgs = {std::to_string(ret)}; break;
        case LabCall::FcntlSetown: r.note = LabNote::OwnerSet; r.noteArgs = {std::to_string(req.number)}; break;
        case LabCall::Fstat: r.note = LabNote::Stat; r.noteArgs = {r.detail}; break;
        case LabCall::Fchmod: r.note = LabNote::ModeChanged; r.noteArgs = {octal(static_cast<unsigned long>(req.number))}; break;
        case LabCall::Fchown: r.note = LabNote::OwnerChanged; break;
        case LabCall::Fsync: case LabCall::Fdatasync: r.note = LabNote::Synced; break;
        case LabCall::Ftruncate: r.note = LabNote::Truncated; break;
        case LabCall::Lseek: r.note = LabNote::Seeked; r.noteArgs = {std::to_string(ret)}; break;
        case LabCall::Fchdir: r.note = LabNote::Failed; break; // a socket is never a directory
        case LabCall::IoctlFionread: r.note = LabNote::BytesWaiting; break;
        case LabCall::IoctlSiocatmark:
            r.note = r.detail == "0" ? LabNote::NotAtMark : LabNote::AtMark;
            break;
        case LabCall::Getsockname: r.note = LabNote::LocalName; r.noteArgs = {r.detail}; break;
        case LabCall::Getpeername: r.note = LabNote::PeerName; r.noteArgs = {r.detail}; break;
        case LabCall::Setsockopt:
            r.note = LabNote::OptionSet;
            r.noteArgs = {r.detail, std::to_string(req.number), std::to_string(req.number2)};
            break;
        case LabCall::IcmpEcho:
            r.note = r.echo.replied ? LabNote::EchoReplied : LabNote::EchoNoReply;
            r.noteArgs = {std::to_string(req.number2), std::to_string(r.echo.roundTripUs),
                          std::to_string(effectiveEchoTimeout(req.timeoutMs))};
            break;
        case LabCall::SendIpPacket: r.note = LabNote::IpPacketSent; r.noteArgs = {std::to_string(ret)}; break;
        }
    }

    if (!journalled) {
        JournalEntry entry = timer->entry(labCallFunction(req.call), args, std::to_string(ret), err, code);
        entry.durationUs = r.durationUs;
        r.journalSeq = CallJournal::global().record(std::move(entry));
    }
    r.step = steps_.size() + 1;
    steps_.push_back(r);
    return r;
}

std::vector<LabSocketRow> SocketLab::snapshot()
{
    std::lock_guard lock(mutex_);
    std::vector<LabSocketRow> rows;
    rows.reserve(sockets_.size());
    for (auto& sp : sockets_) {
        Socket& s = *sp;
        LabSocketRow row;
        row.id = s.id;
        row.fd = s.open ? s.fdNumber : -1;
        row.registryId = s.fd.id();
        row.domain = s.kind.domain;
        row.type = s.kind.type;
        row.protocol = s.kind.protocol;
        row.aliasOf = s.aliasOf;
        row.open = s.open;
        row.busy = s.busy;
        if (s.open) {
            refreshAddressesLocked(s);
            pollfd p{s.fdNumber, POLLIN | POLLOUT | POLLPRI, 0};
            if (::poll(&p, 1, 0) == 1) {
                row.readable = p.revents & (POLLIN | POLLPRI);
                row.writable = p.revents & POLLOUT;
                row.error = p.revents & POLLERR;
                row.hangup = p.revents & POLLHUP;
            }
            const int fl = ::fcntl(s.fdNumber, F_GETFL);
            row.nonblocking = fl >= 0 && (fl & O_NONBLOCK);
            const int fdfl = ::fcntl(s.fdNumber, F_GETFD);
            row.cloexec = fdfl >= 0 && (fdfl & FD_CLOEXEC);
            if (row.error && s.connectPending) {
                // A non-blocking connect's outcome, read as a program reads it. Reading SO_ERROR clears
                // it, so other errors (a RST, an ICMP port unreachable) are left for the next call to
                // return; the row keeps the value until the next call on this socket.
                int e = 0;
                socklen_t len = sizeof e;
                if (::getsockopt(s.fdNumber, SOL_SOCKET, SO_ERROR, &e, &len) == 0 && e)
                    s.pendingError = e;
            }
            row.pendingError = s.pendingError;
            const SocketAddress livePeer = quietName(s.fdNumber, true);
            row.connected = livePeer.family() != AF_UNSPEC;
            int accepting = 0;
            socklen_t alen = sizeof accepting;
            row.listening = ::getsockopt(s.fdNumber, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &alen) == 0 && accepting;
            row.bound = hasName(s.local);
            if (isTcp(s.kind)) {
                const auto st = tcpStateOfDescriptor(s.fdNumber);
                row.state = st ? tcpStateName(*st) : std::string("?");
            } else if (row.listening) {
                row.state = "listening";
            } else if (row.connected) {
                row.state = "connected";
            } else {
                row.state = row.bound ? "bound" : "unbound";
            }
        } else {
            row.state = "closed";
            if (isTcp(s.kind) && hasName(s.local) && s.peer.family() != AF_UNSPEC) {
                // No descriptor left, but the kernel may still hold the connection (TIME_WAIT, LAST_ACK, …).
                if (const auto st = tcpStateByAddress(s.local, s.peer))
                    row.state = tcpStateName(*st);
            }
        }
        if (s.local.family() != AF_UNSPEC)
            row.local = s.local.text();
        if (s.peer.family() != AF_UNSPEC)
            row.peer = s.peer.text();
        row.localPort = s.local.port();
        if (baseType(s.kind.type) == SOCK_RAW && s.local.family() != AF_UNSPEC) {
            // A raw socket has no port: getsockname's sin_port holds its protocol. Bound means an address.
            const std::string text = s.local.text();
            row.local = text.substr(0, text.rfind(':'));
            if (row.local.size() > 2 && row.local.front() == '[')
                row.local = row.local.substr(1, row.local.size() - 2);
            row.localPort = 0;
            row.bound = row.local != "0.0.0.0" && row.local != "::";
            if (s.open && !row.listening && !row.connected)
                row.state = row.bound ? "bound" : "unbound";
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace sockscope
