#include "SocketOptionDemos.h"

#include "CallJournal.h"
#include "ErrnoInfo.h"
#include "SocketAddress.h"
#include "UniqueFd.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <thread>

namespace sockscope {

namespace {

using Clock = std::chrono::steady_clock;

// Records one call of a demonstration and returns its result, errno preserved.
long journalled(const CallTimer& t, const char* function, const std::string& args, long rc,
                const std::string& code)
{
    const int err = rc < 0 ? errno : 0;
    recordCall(t, function, args, rc, err, code);
    errno = err;
    return rc;
}

UniqueFd openSocket(int domain, int type, const char* domainSym, const char* typeSym)
{
    CallTimer t;
    UniqueFd fd(::socket(domain, type | SOCK_CLOEXEC, 0));
    const std::string args = std::string(domainSym) + ", " + typeSym + " | SOCK_CLOEXEC, 0";
    journalled(t, "socket", args, fd.get(), "int fd = socket(" + args + ");");
    return fd;
}

int setInt(int fd, int level, int name, int value, const char* levelSym, const char* nameSym)
{
    CallTimer t;
    const int rc = ::setsockopt(fd, level, name, &value, sizeof value);
    journalled(t, "setsockopt", std::to_string(fd) + ", " + levelSym + ", " + nameSym + ", &v, sizeof v", rc,
               "int v = " + std::to_string(value) + ";\nsetsockopt(fd, " + levelSym + ", " + nameSym
                   + ", &v, sizeof v);");
    return rc < 0 ? errno : 0;
}

int bindTo(int fd, const SocketAddress& a)
{
    CallTimer t;
    const int rc = ::bind(fd, a.get(), a.length);
    journalled(t, "bind", std::to_string(fd) + ", " + a.cArgument(), rc,
               "/* " + a.text() + " */\nbind(fd, " + a.cArgument() + ");");
    return rc < 0 ? errno : 0;
}

int listenOn(int fd)
{
    CallTimer t;
    const int rc = ::listen(fd, 8);
    journalled(t, "listen", std::to_string(fd) + ", 8", rc, "listen(fd, 8);");
    return rc < 0 ? errno : 0;
}

int connectTo(int fd, const SocketAddress& a)
{
    CallTimer t;
    const int rc = ::connect(fd, a.get(), a.length);
    journalled(t, "connect", std::to_string(fd) + ", " + a.cArgument(), rc,
               "/* " + a.text() + " */\nconnect(fd, " + a.cArgument() + ");");
    return rc < 0 ? errno : 0;
}

// accept() with a bound wait, so a demonstration never hangs.
UniqueFd acceptWithin(int listener, int ms, SocketAddress* peer = nullptr)
{
    pollfd p{listener, POLLIN, 0};
    if (::poll(&p, 1, ms) <= 0)
        return {};
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    CallTimer t;
    UniqueFd fd(::accept4(listener, reinterpret_cast<sockaddr*>(&ss), &len, SOCK_CLOEXEC));
    journalled(t, "accept", std::to_string(listener) + ", (struct sockaddr *)&ss, &len", fd.get(),
               "int conn = accept(listenfd, (struct sockaddr *)&ss, &len);");
    if (peer && fd)
        *peer = SocketAddress::fromStorage(ss, len);
    return fd;
}

void closeJournalled(UniqueFd& fd, const char* why)
{
    if (!fd)
        return;
    CallTimer t;
    const int number = fd.get();
    fd.reset();
    recordCall(t, "close", std::to_string(number), 0, 0, std::string("close(fd); /* ") + why + " */");
}

DemoOutcome setupFailure(const char* what, int err)
{
    DemoOutcome o;
    o.err = err;
    o.summary = std::string("The demonstration could not start: ") + what + " failed (" + errnoDescription(err) + ").";
    return o;
}

} // namespace

RecvTimeoutOutcome demoRecvTimeout(int timeoutMs)
{
    RecvTimeoutOutcome o;
    o.timeoutMs = timeoutMs;
    UniqueFd fd = openSocket(AF_INET, SOCK_DGRAM, "AF_INET", "SOCK_DGRAM");
    SocketAddress a;
    SocketAddress::fromNumeric("127.0.0.1", 0, a);
    if (!fd || bindTo(fd.get(), a) != 0) {
        static_cast<DemoOutcome&>(o) = setupFailure("socket/bind", errno);
        return o;
    }
    timeval tv{};
    tv.tv_sec = timeoutMs / 1000;
    tv.tv_usec = (timeoutMs % 1000) * 1000;
    CallTimer st;
    journalled(st, "setsockopt", std::to_string(fd.get()) + ", SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv",
               ::setsockopt(fd.get(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv),
               "struct timeval tv = {" + std::to_string(tv.tv_sec) + ", " + std::to_string(tv.tv_usec)
                   + "};\nsetsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);");
    char byte = 0;
    const auto start = Clock::now();
    CallTimer rt;
    const long n = journalled(rt, "recv", std::to_string(fd.get()) + ", buf, sizeof buf, 0",
                              ::recv(fd.get(), &byte, 1, 0),
                              "ssize_t n = recv(fd, buf, sizeof buf, 0); /* nobody sends: waits for SO_RCVTIMEO */");
    o.err = n < 0 ? errno : 0;
    o.waitedMs = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
    o.ran = true;
    o.asExpected = n < 0 && (o.err == EAGAIN || o.err == EWOULDBLOCK);
    o.summary = o.asExpected ? "recv() gave up after " + std::to_string(o.waitedMs) + " ms (timeout "
                                   + std::to_string(timeoutMs) + " ms) and failed with " + errnoDescription(o.err) + "."
                             : "recv() did not time out as expected: " + (n < 0 ? errnoDescription(o.err)
                                                                                 : std::string("it returned data")) + ".";
    closeJournalled(fd, "done");
    return o;
}

DemoOutcome demoLingerReset()
{
    UniqueFd listener = openSocket(AF_INET, SOCK_STREAM, "AF_INET", "SOCK_STREAM");
    SocketAddress a;
    SocketAddress::fromNumeric("127.0.0.1", 0, a);
    if (!listener || bindTo(listener.get(), a) != 0 || listenOn(listener.get()) != 0)
        return setupFailure("socket/bind/listen", errno);
    const SocketAddress bound = localAddressOf(listener.get());
    UniqueFd client = openSocket(AF_INET, SOCK_STREAM, "AF_INET", "SOCK_STREAM");
    if (!client || connectTo(client.get(), bound) != 0)
        return setupFailure("connect", errno);
    UniqueFd server = acceptWithin(listener.get(), 5000);
    if (!server)
        return setupFailure("accept", ETIMEDOUT);

    const linger lg{1, 0};
    CallTimer st;
    journalled(st, "setsockopt", std::to_string(server.get()) + ", SOL_SOCKET, SO_LINGER, &lg, sizeof lg",
               ::setsockopt(server.get(), SOL_SOCKET, SO_LINGER, &lg, sizeof lg),
               "struct linger lg = {1, 0};\nsetsockopt(conn, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);");
    closeJournalled(server, "with SO_LINGER {1, 0}: the kernel sends RST instead of FIN");

    DemoOutcome o;
    o.ran = true;
    pollfd p{client.get(), POLLIN, 0};
    ::poll(&p, 1, 5000);
    char byte = 0;
    CallTimer rt;
    const long n = journalled(rt, "recv", std::to_string(client.get()) + ", buf, sizeof buf, 0",
                              ::recv(client.get(), &byte, 1, MSG_DONTWAIT), "ssize_t n = recv(fd, buf, sizeof buf, 0);");
    o.err = n < 0 ? errno : 0;
    o.asExpected = n < 0 && o.err == ECONNRESET;
    o.summary = o.asExpected ? "The server closed with SO_LINGER {1, 0}; the client's recv() failed with "
                                   + errnoDescription(o.err) + " instead of reading end-of-file."
                             : "The client's recv() returned " + (n < 0 ? errnoDescription(o.err) : std::to_string(n))
                                   + " instead of ECONNRESET.";
    closeJournalled(client, "done");
    closeJournalled(listener, "done");
    return o;
}

ReuseAddressOutcome demoReuseAddress()
{
    ReuseAddressOutcome o;
    UniqueFd listener = openSocket(AF_INET, SOCK_STREAM, "AF_INET", "SOCK_STREAM");
    SocketAddress a;
    SocketAddress::fromNumeric("127.0.0.1", 0, a);
    // The listener (and so the connection it accepts) has SO_REUSEADDR: Linux lets a later bind()
    // share the port with a TIME_WAIT connection only when both sides asked for it.
    if (!listener || setInt(listener.get(), SOL_SOCKET, SO_REUSEADDR, 1, "SOL_SOCKET", "SO_REUSEADDR") != 0
        || bindTo(listener.get(), a) != 0 || listenOn(listener.get()) != 0) {
        static_cast<DemoOutcome&>(o) = setupFailure("socket/bind/listen", errno);
        return o;
    }
    const SocketAddress bound = localAddressOf(listener.get());
    o.port = bound.port();
    UniqueFd client = openSocket(AF_INET, SOCK_STREAM, "AF_INET", "SOCK_STREAM");
    if (!client || connectTo(client.get(), bound) != 0) {
        static_cast<DemoOutcome&>(o) = setupFailure("connect", errno);
        return o;
    }
    UniqueFd server = acceptWithin(listener.get(), 5000);
    if (!server) {
        static_cast<DemoOutcome&>(o) = setupFailure("accept", ETIMEDOUT);
        return o;
    }
    // The server closes first, so its end (on the listening port) goes to TIME_WAIT.
    closeJournalled(server, "the server closes first: its end enters TIME_WAIT");
    pollfd p{client.get(), POLLIN, 0};
    ::poll(&p, 1, 5000);
    closeJournalled(client, "the client answers the FIN");
    closeJournalled(listener, "no one listens on the port any more");
    std::this_thread::sleep_for(std::chrono::milliseconds(20)); // the last ACK crosses loopback

    UniqueFd without = openSocket(AF_INET, SOCK_STREAM, "AF_INET", "SOCK_STREAM");
    o.errWithout = without ? bindTo(without.get(), bound) : errno;
    UniqueFd with = openSocket(AF_INET, SOCK_STREAM, "AF_INET", "SOCK_STREAM");
    if (with)
        setInt(with.get(), SOL_SOCKET, SO_REUSEADDR, 1, "SOL_SOCKET", "SO_REUSEADDR");
    o.errWith = with ? bindTo(with.get(), bound) : errno;
    o.ran = true;
    o.err = o.errWithout;
    o.asExpected = o.errWithout == EADDRINUSE && o.errWith == 0;
    o.summary = "Port " + std::to_string(o.port) + " has a connection in TIME_WAIT. bind() without SO_REUSEADDR: "
                + (o.errWithout ? errnoDescription(o.errWithout) : std::string("succeeded"))
                + "; with SO_REUSEADDR: " + (o.errWith ? errnoDescription(o.errWith) : std::string("succeeded")) + ".";
    closeJournalled(without, "done");
    closeJournalled(with, "done");
    return o;
}

V6OnlyOutcome demoV6Only(bool v6Only)
{
    V6OnlyOutcome o;
    o.v6Only = v6Only;
    UniqueFd listener = openSocket(AF_INET6, SOCK_STREAM, "AF_INET6", "SOCK_STREAM");
    SocketAddress any;
    SocketAddress::fromNumeric("::", 0, any); // only [::] also takes IPv4 (mapped); the client stays on loopback
    if (!listener || setInt(listener.get(), IPPROTO_IPV6, IPV6_V6ONLY, v6Only ? 1 : 0, "IPPROTO_IPV6", "IPV6_V6ONLY")
        || bindTo(listener.get(), any) != 0 || listenOn(listener.get()) != 0) {
        static_cast<DemoOutcome&>(o) = setupFailure("socket/bind/listen", errno);
        return o;
    }
    const int port = localAddressOf(listener.get()).port();
    SocketAddress target;
    SocketAddress::fromNumeric("127.0.0.1", port, target);
    UniqueFd client = openSocket(AF_INET, SOCK_STREAM, "AF_INET", "SOCK_STREAM");
    if (!client) {
        static_cast<DemoOutcome&>(o) = setupFailure("socket", errno);
        return o;
    }
    o.err = connectTo(client.get(), target);
    o.connected = o.err == 0;
    if (o.connected) {
        SocketAddress peer;
        UniqueFd conn = acceptWithin(listener.get(), 5000, &peer);
        if (conn)
            o.peerSeen = peer.text();
        closeJournalled(conn, "done");
    }
    o.ran = true;
    o.asExpected = v6Only ? o.err == ECONNREFUSED : o.connected;
    o.summary = std::string("IPV6_V6ONLY ") + (v6Only ? "on" : "off") + ": connecting from 127.0.0.1 to the IPv6 "
                + "listener on port " + std::to_string(port) + " "
                + (o.connected ? "succeeded; the listener saw " + o.peerSeen
                               : "failed with " + errnoDescription(o.err))
                + ".";
    closeJournalled(client, "done");
    closeJournalled(listener, "done");
    return o;
}

NoDelayOutcome demoNoDelay(const std::string& host, int port, int messages)
{
    NoDelayOutcome o;
    o.messages = messages;
    SocketAddress target;
    if (!SocketAddress::fromNumeric(host, port, target)) {
        static_cast<DemoOutcome&>(o) = setupFailure("inet_pton", EINVAL);
        return o;
    }
    const char* domainSym = target.family() == AF_INET6 ? "AF_INET6" : "AF_INET";
    for (int noDelay = 0; noDelay <= 1; ++noDelay) {
        UniqueFd fd = openSocket(target.family(), SOCK_STREAM, domainSym, "SOCK_STREAM");
        if (!fd || setInt(fd.get(), IPPROTO_TCP, TCP_NODELAY, noDelay, "IPPROTO_TCP", "TCP_NODELAY") != 0
            || connectTo(fd.get(), target) != 0) {
            static_cast<DemoOutcome&>(o) = setupFailure("socket/setsockopt/connect", errno);
            return o;
        }
        // The per-message calls are not journalled one by one: they would flood the journal.
        CallTimer lt;
        double total = 0;
        double worst = 0;
        int done = 0;
        const auto deadline = Clock::now() + std::chrono::seconds(10);
        for (; done < messages && Clock::now() < deadline; ++done) {
            const char head[4] = {'p', 'i', 'n', 'g'};
            const char tail[4] = {'-', 'p', 'o', 'n'};
            char echo[8];
            const auto start = Clock::now();
            if (::send(fd.get(), head, sizeof head, MSG_NOSIGNAL) != sizeof head
                || ::send(fd.get(), tail, sizeof tail, MSG_NOSIGNAL) != sizeof tail)
                break;
            std::size_t got = 0;
            while (got < sizeof echo) {
                pollfd p{fd.get(), POLLIN, 0};
                if (::poll(&p, 1, 2000) <= 0)
                    break;
                const ssize_t n = ::recv(fd.get(), echo + got, sizeof echo - got, 0);
                if (n <= 0)
                    break;
                got += static_cast<std::size_t>(n);
            }
            if (got != sizeof echo)
                break;
            const double us = std::chrono::duration<double, std::micro>(Clock::now() - start).count();
            total += us;
            worst = std::max(worst, us);
        }
        recordCall(lt, "send", std::to_string(fd.get()) + ", buf, 4, 0", 4, 0,
                   "/* " + std::to_string(done) + " times: */\nsend(fd, \"ping\", 4, 0);\nsend(fd, \"-pon\", 4, 0);\n"
                       "recv(fd, buf, 8, 0); /* TCP_NODELAY " + std::to_string(noDelay) + " */");
        const double mean = done ? total / done : 0;
        (noDelay ? o.meanUsNoDelay : o.meanUsNagle) = mean;
        (noDelay ? o.maxUsNoDelay : o.maxUsNagle) = worst;
        closeJournalled(fd, "done");
        if (done < messages) {
            static_cast<DemoOutcome&>(o) = setupFailure("the echo exchange", ETIMEDOUT);
            return o;
        }
    }
    o.ran = true;
    o.asExpected = true; // figures, not a verdict
    char text[256];
    std::snprintf(text, sizeof text,
                  "%d round trips of two 4-byte writes each: with Nagle (TCP_NODELAY 0) %.0f us on average "
                  "(worst %.0f us); with TCP_NODELAY 1 %.0f us (worst %.0f us).",
                  messages, o.meanUsNagle, o.maxUsNagle, o.meanUsNoDelay, o.maxUsNoDelay);
    o.summary = text;
    return o;
}

} // namespace sockscope
