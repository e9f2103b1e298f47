#include "ServeCommand.h"

#include "CliSupport.h"
#include "CodecMessages.h"
#include "EchoServer.h"
#include "ErrnoInfo.h"
#include "NumberParser.h"
#include "Poller.h"
#include "SelfSignedCertificate.h"
#include "SocketAddress.h"
#include "TlsContext.h"
#include "TlsSummary.h"

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QJsonObject>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <limits>

namespace sockscope::cli {

namespace {

constexpr int eventIntervalMs = 200; // how often the server log is drained to stderr while serving

std::optional<EchoTransport> parseTransport(const QString& text)
{
    if (text == QStringLiteral("tcp"))
        return EchoTransport::Tcp;
    if (text == QStringLiteral("udp"))
        return EchoTransport::Udp;
    if (text == QStringLiteral("unix-stream"))
        return EchoTransport::UnixStream;
    if (text == QStringLiteral("unix-dgram"))
        return EchoTransport::UnixDgram;
    return std::nullopt;
}

std::optional<EchoEngine> parseEngine(const QString& text)
{
    if (text == QStringLiteral("reactor"))
        return EchoEngine::Reactor;
    if (text == QStringLiteral("thread"))
        return EchoEngine::Thread;
    if (text == QStringLiteral("fork"))
        return EchoEngine::Fork;
    return std::nullopt;
}

bool isWildcard(const SocketAddress& a)
{
    if (a.family() == AF_INET)
        return reinterpret_cast<const sockaddr_in*>(&a.storage)->sin_addr.s_addr == htonl(INADDR_ANY);
    if (a.family() == AF_INET6)
        return IN6_IS_ADDR_UNSPECIFIED(&reinterpret_cast<const sockaddr_in6*>(&a.storage)->sin6_addr);
    return false;
}

// Raises the soft RLIMIT_NOFILE to the hard limit: each connection is a descriptor. Returns the
// soft limit in force afterwards (0 if unknown).
rlim_t raiseFileLimit(const CommandLine& cl)
{
    rlimit lim{};
    if (getrlimit(RLIMIT_NOFILE, &lim) != 0)
        return 0;
    if (lim.rlim_cur < lim.rlim_max) {
        const rlim_t before = lim.rlim_cur;
        lim.rlim_cur = lim.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &lim) != 0) {
            const int err = errno;
            cl.diagnostic(QStringLiteral("warning: could not raise the open-file limit from %1 to %2: %3")
                              .arg(before)
                              .arg(lim.rlim_max)
                              .arg(QString::fromStdString(errnoDescription(err))));
            return before;
        }
    }
    return lim.rlim_cur;
}

QString eventTime(std::int64_t timeUs)
{
    return QDateTime::fromMSecsSinceEpoch(timeUs / 1000).toString(QStringLiteral("hh:mm:ss.zzz"));
}

// The server log to stderr: errors and accept pauses always; connects, disconnects, refusals and
// the rest with --verbose.
void printEvents(EchoServer& server, bool verbose, const CommandLine& cl)
{
    std::uint64_t dropped = 0;
    for (const EchoEvent& e : server.events().drain(&dropped)) {
        using K = EchoEvent::Kind;
        const bool always = e.kind == K::Error || e.kind == K::AcceptPaused || e.kind == K::AcceptResumed;
        if (!always && !verbose)
            continue;
        QString line = eventTime(e.timeUs) + QLatin1Char(' ') + QString::fromStdString(e.text);
        if (e.err != 0 && !e.text.empty() && e.text.find(errnoSymbol(e.err)) == std::string::npos)
            line += QStringLiteral(" [%1]").arg(QString::fromStdString(errnoSymbol(e.err)));
        cl.diagnostic(line);
    }
    if (dropped > 0 && verbose)
        cl.diagnostic(QStringLiteral("(%1 log events dropped: the server log is bounded)").arg(dropped));
}

QString totalsText(const EchoTotals& t)
{
    return QStringLiteral("totals: %1 connections, %2 refused, %3 bytes in, %4 bytes out, %5 messages in, "
                          "%6 messages out, %7 errors, %8 truncated, %9 accept pauses\n")
        .arg(t.total)
        .arg(t.refused)
        .arg(t.bytesIn)
        .arg(t.bytesOut)
        .arg(t.messagesIn)
        .arg(t.messagesOut)
        .arg(t.errors)
        .arg(t.truncated)
        .arg(t.acceptPauses);
}

QJsonObject totalsJson(const EchoTotals& t)
{
    const auto n = [](std::uint64_t v) { return static_cast<qint64>(v); };
    return QJsonObject{{QStringLiteral("connections"), n(t.total)},
                       {QStringLiteral("refused"), n(t.refused)},
                       {QStringLiteral("bytes_in"), n(t.bytesIn)},
                       {QStringLiteral("bytes_out"), n(t.bytesOut)},
                       {QStringLiteral("messages_in"), n(t.messagesIn)},
                       {QStringLiteral("messages_out"), n(t.messagesOut)},
                       {QStringLiteral("errors"), n(t.errors)},
                       {QStringLiteral("truncated"), n(t.truncated)},
                       {QStringLiteral("accept_pauses"), n(t.acceptPauses)}};
}

// A hint in plain words for a setup call that failed, beyond the errno text.
QString startHint(const EchoStartResult& r, const EchoConfig& c)
{
    if (r.failedCall != "bind")
        return {};
    switch (r.err) {
    case EADDRINUSE:
        return isUnix(c.transport)
                   ? QStringLiteral(" Something else is bound to this name: choose another --path.")
                   : QStringLiteral(" Another socket is bound to this address and port: choose another --port, or "
                                    "0 for any free one.");
    case EACCES:
        return QStringLiteral(" Ports below 1024 need root (or CAP_NET_BIND_SERVICE); for a unix path, check the "
                              "directory's permissions.");
    case EADDRNOTAVAIL:
        return QStringLiteral(" The address is not one of this machine's: use 127.0.0.1, ::1, or an address of "
                              "one of its interfaces.");
    case ENOENT:
        return QStringLiteral(" The directory of the path does not exist.");
    }
    return {};
}

} // namespace

void blockStopSignals()
{
    const sigset_t set = stopSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

int runServe(const QStringList& arguments)
{
    CommandLine cl(
        QStringLiteral("serve echo"),
        QStringLiteral(
            "Runs an echo server in the foreground. Its first line on stdout, once the socket listens, is "
            "'listening on ADDRESS' (127.0.0.1:7007, [::1]:7007, unix:/path, unix:@name). It serves until "
            "SIGINT (Ctrl-C) or SIGTERM, then stops gracefully: stops accepting, closes every connection, and "
            "prints the totals.\n"
            "Engines: reactor (non-blocking sockets, one event loop per worker thread: io_uring completions for "
            "plain streams where the kernel allows it, else epoll, or poll), thread "
            "(the chapter's blocking loop, one thread per connection), fork (the chapter's accept-and-fork; "
            "stream sockets only).\n"
            "Defaults: bind 127.0.0.1, port 0 (any free port), backlog SOMAXCONN, at most 10,000 connections, "
            "no idle timeout; the open-file limit is raised to its hard limit.\n"
            "Errors and accept pauses (EMFILE) are logged on stderr; with --verbose every connect and "
            "disconnect too.\n"
            "--tls: every connection speaks TLS (OpenSSL): the reactor drives SSL_accept, SSL_read and SSL_write "
            "non-blocking by what WANT_READ/WANT_WRITE ask the poller for; the thread and fork engines block in "
            "them. The handshake is bounded by --handshake-timeout. A client that "
            "fails the handshake (plain text, HTTP, a stall) is dropped with the cause on stderr. --self-signed "
            "makes (or reuses) a certificate for this host in the application's data directory and prints its "
            "SHA-256 fingerprint on stderr after the listening line.\n"
            "Exit status: 0 stopped by SIGINT or SIGTERM, 1 the server could not start or an input is invalid, "
            "2 on a usage error."),
        QStringLiteral("[--proto tcp|udp|unix-stream|unix-dgram] [--bind ADDR] [--port P] [--path PATH] "
                       "[--engine reactor|thread|fork] [--poller io_uring|epoll|poll] [--tls (--cert F --key F | --self-signed)] "
                       "[options] [--json]"));
    const QCommandLineOption protoOption(
        QStringLiteral("proto"),
        QStringLiteral("The transport: tcp (the default), udp, unix-stream or unix-dgram."),
        QStringLiteral("transport"), QStringLiteral("tcp"));
    const QCommandLineOption udpOption(QStringLiteral("udp"), QStringLiteral("Short for --proto udp."));
    const QCommandLineOption bindOption(
        QStringLiteral("bind"),
        QStringLiteral("tcp, udp: the numeric address to bind (default 127.0.0.1: this machine only). 0.0.0.0 "
                       "or :: listen on every interface, reachable from other machines."),
        QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("tcp, udp: the port, 0-65535 (default 0: the kernel picks "
                                                       "a free one; the line on stdout names it)."),
                                        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption pathOption(
        QStringLiteral("path"),
        QStringLiteral("unix-stream, unix-dgram: the socket's path, or @name for a Linux abstract name."),
        QStringLiteral("PATH"));
    const QCommandLineOption removeStaleOption(
        QStringLiteral("remove-stale"),
        QStringLiteral("unix: if PATH is a stale socket file (nobody listens on it), remove it and bind again. "
                       "Without it a stale file is reported, never removed."));
    const QCommandLineOption v6OnlyOption(
        QStringLiteral("v6only"),
        QStringLiteral("An IPv6 --bind: set IPV6_V6ONLY to 1 (IPv6 only) or 0 (IPv4-mapped clients too). "
                       "Default: the system's (net.ipv6.bindv6only)."),
        QStringLiteral("0|1"));
    const QCommandLineOption engineOption(QStringLiteral("engine"),
                                          QStringLiteral("reactor (the default), thread or fork."),
                                          QStringLiteral("engine"), QStringLiteral("reactor"));
    const QCommandLineOption pollerOption(
        QStringLiteral("poller"),
        QStringLiteral("The reactor's event API: io_uring (the default where the kernel allows it: completions, "
                       "Linux 6.0+, for plain tcp and unix-stream connections; TLS and datagrams use epoll), epoll "
                       "(readiness; the default elsewhere) or poll (the portable one)."),
        QStringLiteral("io_uring|epoll|poll"), QStringLiteral("io_uring"));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"), QStringLiteral("The reactor's worker threads; 0 (the default): one per core."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption maxConnsOption(
        QStringLiteral("max-conns"),
        QStringLiteral("At most N connections at once (default 10000); more are accepted and closed at "
                       "once, and counted as refused."),
        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption backlogOption(
        QStringLiteral("backlog"),
        QStringLiteral("listen()'s backlog (default SOMAXCONN); the kernel caps it at net.core.somaxconn."),
        QStringLiteral("N"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Close a connection idle for SEC seconds (default 0: never)."), QStringLiteral("SEC"),
        QStringLiteral("0"));
    const QCommandLineOption reusePortOption(QStringLiteral("reuseport"),
                                             QStringLiteral("Set SO_REUSEPORT (SO_REUSEADDR is always set)."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QStringLiteral("Log every connect, disconnect and refusal on stderr, not only errors and pauses."));
    const QCommandLineOption tlsOption(QStringLiteral("tls"),
                                       QStringLiteral("Serve TLS on every connection (tcp, unix-stream; every "
                                                      "engine). Needs --cert and --key, or --self-signed."));
    const QCommandLineOption certOption(QStringLiteral("cert"),
                                        QStringLiteral("--tls: the server's certificate (chain), PEM."), QStringLiteral("F"));
    const QCommandLineOption keyOption(QStringLiteral("key"),
                                       QStringLiteral("--tls: the certificate's private key, PEM, unencrypted."),
                                       QStringLiteral("F"));
    const QCommandLineOption selfSignedOption(
        QStringLiteral("self-signed"),
        QStringLiteral("--tls: a self-signed certificate for this host, made once and kept in the application's "
                       "data directory."));
    const QCommandLineOption handshakeTimeoutOption(
        QStringLiteral("handshake-timeout"),
        QStringLiteral("--tls: drop a client that has not finished the handshake after SEC seconds (default 10)."),
        QStringLiteral("SEC"), QStringLiteral("10"));
    for (const QCommandLineOption* o : {&protoOption, &udpOption, &bindOption, &portOption, &pathOption,
                                        &removeStaleOption, &v6OnlyOption, &engineOption, &pollerOption,
                                        &threadsOption, &maxConnsOption, &backlogOption, &idleOption,
                                        &reusePortOption, &verboseOption, &tlsOption, &certOption, &keyOption,
                                        &selfSignedOption, &handshakeTimeoutOption})
        cl.addOption(*o);
    cl.addJsonOption();
    cl.addPositional(QStringLiteral("WHAT"), QStringLiteral("What to serve: echo."), QStringLiteral("echo"));
    cl.setNegativeNumbersArePositional(false);
    if (const auto exit = cl.parse(arguments))
        return *exit;

    // ---- usage: the words
    const QStringList pos = cl.positional();
    if (pos.isEmpty())
        return cl.usageError(QStringLiteral("Name what to serve: echo (sockscope-cli serve echo)."));
    if (pos[0] != QStringLiteral("echo"))
        return cl.usageError(
            QStringLiteral("“%1” is not a server this command runs. Allowed: echo.").arg(displayText(pos[0])));
    if (pos.size() > 1)
        return cl.usageError(
            QStringLiteral("serve echo takes no arguments: “%1” is one too many.").arg(displayText(pos[1])));

    const bool json = cl.json();
    const bool verbose = cl.isSet(verboseOption);
    EchoConfig config;
    const QString protoText = cl.value(protoOption);
    const std::optional<EchoTransport> transport = parseTransport(protoText);
    if (!transport)
        return cl.usageError(QStringLiteral("--proto “%1” is not a transport. Allowed: tcp, udp, unix-stream, "
                                            "unix-dgram.")
                                 .arg(displayText(protoText)));
    config.transport = *transport;
    if (cl.isSet(udpOption)) {
        if (cl.isSet(protoOption) && config.transport != EchoTransport::Udp)
            return cl.usageError(QStringLiteral("--udp means --proto udp, but --proto says %1.").arg(protoText));
        config.transport = EchoTransport::Udp;
    }
    const QString engineText = cl.value(engineOption);
    const std::optional<EchoEngine> engine = parseEngine(engineText);
    if (!engine)
        return cl.usageError(QStringLiteral("--engine “%1” is not an engine. Allowed: reactor, thread, fork.")
                                 .arg(displayText(engineText)));
    config.engine = *engine;
    const QString pollerText = cl.value(pollerOption);
    bool pollerKnown = false;
    config.poller = pollerFromName(pollerText.toStdString(), &pollerKnown);
    if (!pollerKnown)
        return cl.usageError(QStringLiteral("--poller “%1” is not an event API. Allowed: epoll, poll, io_uring.")
                                 .arg(displayText(pollerText)));
    const bool unixSocket = isUnix(config.transport);
    if (unixSocket) {
        for (const QCommandLineOption* o : {&bindOption, &portOption, &v6OnlyOption, &reusePortOption})
            if (cl.isSet(*o))
                return cl.usageError(QStringLiteral("--%1 belongs to tcp and udp; a unix socket has a --path.")
                                         .arg(o->names().first()));
        if (!cl.isSet(pathOption))
            return cl.usageError(QStringLiteral("--proto %1 needs a --path: a file such as /tmp/echo.sock, or "
                                                "@name for an abstract name.")
                                     .arg(QString::fromLatin1(transportName(config.transport))));
    } else {
        for (const QCommandLineOption* o : {&pathOption, &removeStaleOption})
            if (cl.isSet(*o))
                return cl.usageError(QStringLiteral("--%1 belongs to unix-stream and unix-dgram; tcp and udp "
                                                    "take --bind and --port.")
                                         .arg(o->names().first()));
    }
    if (cl.isSet(v6OnlyOption)) {
        const QString v = cl.value(v6OnlyOption);
        if (v != QStringLiteral("0") && v != QStringLiteral("1"))
            return cl.usageError(QStringLiteral("--v6only “%1”: allowed 0 or 1.").arg(displayText(v)));
        config.v6Only = v == QStringLiteral("1") ? 1 : 0;
    }
    if (!isStream(config.transport)) {
        for (const QCommandLineOption* o : {&backlogOption, &maxConnsOption})
            if (cl.isSet(*o))
                return cl.usageError(QStringLiteral("--%1 belongs to stream sockets (tcp, unix-stream): a datagram "
                                                    "socket has no connections.")
                                         .arg(o->names().first()));
    }

    // ---- invalid input (exit 1): the numbers and the address
    auto invalid = [&](const QString& message, const QString& code) {
        if (json)
            printJson(errorObject(message, code));
        else
            cl.diagnostic(message + QStringLiteral(" [") + code + QLatin1Char(']'));
        return ExitFailure;
    };
    std::optional<int> badNumber;
    auto number = [&](const QCommandLineOption& o, std::uint64_t min, std::uint64_t max) -> std::uint64_t {
        const QString text = cl.value(o);
        const QString what = QStringLiteral("--") + o.names().first();
        const ParsedNumber n = parseUnsigned(text.toStdString(), max);
        if (!n.ok()) {
            badNumber = invalid(CodecMessages::numberError(n, displayText(text), what, max), numberErrorCode(n));
            return 0;
        }
        if (n.value < min) {
            badNumber = invalid(QStringLiteral("%1 %2 is too small: allowed %3 to %4.").arg(what).arg(n.value).arg(min).arg(max),
                                QStringLiteral("EINVAL"));
            return 0;
        }
        return n.value;
    };
    if (!unixSocket) {
        config.port = static_cast<int>(number(portOption, 0, 65535));
        if (badNumber)
            return *badNumber;
    }
    config.threads = static_cast<int>(number(threadsOption, 0, 1024));
    if (badNumber)
        return *badNumber;
    config.maxConnections = number(maxConnsOption, 1, 10'000'000);
    if (badNumber)
        return *badNumber;
    if (cl.isSet(backlogOption)) {
        config.backlog = static_cast<int>(number(backlogOption, 0, static_cast<std::uint64_t>(std::numeric_limits<int>::max())));
        if (badNumber)
            return *badNumber;
    }
    config.idleTimeoutMs = static_cast<int>(number(idleOption, 0, 2'000'000) * 1000);
    if (badNumber)
        return *badNumber;
    config.reusePort = cl.isSet(reusePortOption);
    config.removeStaleSocket = cl.isSet(removeStaleOption);

    SocketAddress bindAddress;
    if (unixSocket) {
        config.path = cl.value(pathOption).toStdString();
        if (config.path.empty() || config.path == "@")
            return invalid(QStringLiteral("--path is empty: give a file such as /tmp/echo.sock, or @name for an "
                                          "abstract name."),
                           QStringLiteral("EINVAL"));
        if (!SocketAddress::fromUnixPath(config.path, bindAddress))
            return invalid(QStringLiteral("--path “%1” has %2 bytes: a unix socket path fits sun_path, 107 bytes at "
                                          "most (106 after the @ of an abstract name).")
                               .arg(displayText(cl.value(pathOption)))
                               .arg(config.path.size()),
                           QStringLiteral("ENAMETOOLONG"));
    } else {
        config.bindAddress = cl.value(bindOption).trimmed().toStdString();
        if (!SocketAddress::fromNumeric(config.bindAddress, config.port, bindAddress))
            return invalid(QStringLiteral("--bind “%1” is not a numeric address. Allowed: an IPv4 address such as "
                                          "127.0.0.1 or 0.0.0.0, or an IPv6 address such as ::1 or :: (serve looks "
                                          "up no names).")
                               .arg(displayText(cl.value(bindOption))),
                           QStringLiteral("EINVAL"));
        if (config.v6Only >= 0 && bindAddress.family() != AF_INET6)
            return cl.usageError(QStringLiteral("--v6only applies to an IPv6 --bind address (such as :: or ::1), "
                                                "not %1.")
                                     .arg(QString::fromStdString(config.bindAddress)));
    }
    // ---- TLS: which engine, which certificate
    const bool useTls = cl.isSet(tlsOption);
    if (!useTls) {
        for (const QCommandLineOption* o : {&certOption, &keyOption, &selfSignedOption, &handshakeTimeoutOption})
            if (cl.isSet(*o))
                return cl.usageError(QStringLiteral("--%1 goes with --tls.").arg(o->names().constFirst()));
    } else {
        if (!isStream(config.transport))
            return cl.usageError(QStringLiteral("--tls runs over a stream (tcp, unix-stream), not %1.")
                                     .arg(QString::fromLatin1(transportName(config.transport))));
        if (cl.isSet(selfSignedOption) == (cl.isSet(certOption) || cl.isSet(keyOption)))
            return cl.usageError(QStringLiteral("--tls takes --cert F --key F, or --self-signed (one of the two)."));
        if (!cl.isSet(selfSignedOption) && cl.isSet(certOption) != cl.isSet(keyOption))
            return cl.usageError(QStringLiteral("--cert and --key go together: give both."));
        config.tlsHandshakeTimeoutMs = static_cast<int>(number(handshakeTimeoutOption, 1, 3600) * 1000);
        if (badNumber)
            return *badNumber;
    }
    if (config.engine == EchoEngine::Fork && !isStream(config.transport))
        return invalid(QStringLiteral("The fork engine serves stream sockets only (tcp, unix-stream): a datagram "
                                      "socket has no connections to hand to a child process. Use --engine "
                                      "reactor or thread for %1.")
                           .arg(QString::fromLatin1(transportName(config.transport))),
                       QStringLiteral("EINVAL"));
    if (config.engine != EchoEngine::Reactor) {
        if (cl.isSet(pollerOption))
            cl.diagnostic(QStringLiteral("note: --poller chooses the reactor's event API; the %1 engine blocks "
                                         "in accept and recv, so it is ignored.")
                              .arg(QString::fromLatin1(engineName(config.engine))));
        if (cl.isSet(threadsOption))
            cl.diagnostic(QStringLiteral("note: --threads sets the reactor's workers; the %1 engine ignores it.")
                              .arg(QString::fromLatin1(engineName(config.engine))));
    } else if (config.poller == PollerKind::IoUring) {
        // The default falls back quietly; asked for by name, the user hears why epoll serves instead.
        const bool asked = cl.isSet(pollerOption);
        if (!pollerAvailable(PollerKind::IoUring)) {
            if (asked)
                cl.diagnostic(QStringLiteral("note: io_uring is not available here (no liburing at build time, an "
                                             "older kernel, or kernel.io_uring_disabled / a seccomp filter refuses "
                                             "it): epoll serves instead."));
        } else if (asked && (config.tls || !isStream(config.transport))) {
            cl.diagnostic(QStringLiteral("note: io_uring serves plain stream connections; %1 is served on epoll.")
                              .arg(config.tls ? QStringLiteral("TLS") : QStringLiteral("a datagram socket")));
        }
    }

    // ---- the process: signals, limits, warnings
    blockStopSignals();
    const rlim_t fileLimit = raiseFileLimit(cl);
    if (isStream(config.transport) && fileLimit > 0 && fileLimit < config.maxConnections + 16)
        cl.diagnostic(QStringLiteral("note: the open-file limit is %1 (RLIMIT_NOFILE, hard limit included): at "
                                     "most about %2 connections at once; beyond that accept fails with EMFILE "
                                     "and pauses.")
                          .arg(fileLimit)
                          .arg(fileLimit > 16 ? fileLimit - 16 : 1));
    if (!unixSocket && isWildcard(bindAddress))
        cl.diagnostic(QStringLiteral("warning: listening on %1, every interface: the server is reachable from "
                                     "other machines. Use --bind 127.0.0.1 (or ::1) for this machine only.")
                          .arg(QString::fromStdString(config.bindAddress)));
    const int somaxconn = liveSomaxconn();
    if (isStream(config.transport) && config.backlog > somaxconn)
        cl.diagnostic(QStringLiteral("note: this kernel caps the backlog at %1 (net.core.somaxconn): listen() "
                                     "asks for %2 and gets %1.")
                          .arg(somaxconn)
                          .arg(config.backlog));

    SelfSignedCertificate selfSigned;
    if (useTls) {
        TlsContextConfig tc;
        tc.role = TlsRole::Server;
        tc.verify = false;
        if (cl.isSet(selfSignedOption)) {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            if (dir.isEmpty())
                return invalid(QStringLiteral("--self-signed: no application data directory to keep the certificate in "
                                              "(is HOME set?)"),
                               QStringLiteral("ENOENT"));
            QDir().mkpath(dir);
            char host[256] = {};
            std::string name = gethostname(host, sizeof host - 1) == 0 ? std::string(host) : std::string();
            if (name.empty() || name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")
                                    != std::string::npos)
                name = "localhost";
            selfSigned = ensureSelfSignedCertificate(QString(dir + QStringLiteral("/tls")).toStdString(), name);
            if (!selfSigned.ok)
                return invalid(QStringLiteral("--self-signed: %1").arg(QString::fromStdString(selfSigned.message)),
                               QStringLiteral("EIO"));
            tc.certFile = selfSigned.certPath;
            tc.keyFile = selfSigned.keyPath;
        } else {
            tc.certFile = cl.value(certOption).toStdString();
            tc.keyFile = cl.value(keyOption).toStdString();
        }
        TlsSetupError e;
        config.tls = TlsContext::create(tc, e);
        if (!config.tls)
            return invalid(QStringLiteral("--%1: %2").arg(QString::fromStdString(e.field), QString::fromStdString(e.message)),
                           QStringLiteral("EINVAL"));
    }

    // ---- serve
    std::unique_ptr<EchoServer> server = EchoServer::create(config);
    const EchoStartResult started = server->start();
    if (!started.ok) {
        printEvents(*server, verbose, cl);
        const QString code = QString::fromStdString(errnoSymbol(started.err));
        QString message;
        if (started.staleSocketFile) {
            message = QStringLiteral("“%1” is a stale unix socket file: no server listens on it, so bind failed with "
                                     "EADDRINUSE. Pass --remove-stale to remove it and bind again (or remove it "
                                     "yourself).")
                          .arg(QString::fromStdString(config.path));
        } else {
            message = QString::fromStdString(started.message);
            if (!started.failedCall.empty() && started.failedCall != "inet_pton" && started.failedCall != "sockaddr_un")
                message = QString::fromStdString(started.failedCall) + QStringLiteral(" failed: ") + message;
            message += QLatin1Char('.') + startHint(started, config);
        }
        return invalid(message, code);
    }
    printOut(QStringLiteral("listening on %1\n").arg(QString::fromStdString(started.bound.text())));
    if (selfSigned.ok)
        cl.diagnostic(QStringLiteral("TLS: self-signed certificate %1 (%2), valid until %3, sha256 %4")
                          .arg(QString::fromStdString(selfSigned.certPath),
                               selfSigned.reused ? QStringLiteral("reused") : QStringLiteral("made now"),
                               QString::fromStdString(readableTime(selfSigned.notAfter)),
                               QString::fromStdString(selfSigned.sha256)));
    if (config.engine == EchoEngine::Fork && verbose)
        cl.diagnostic(QStringLiteral("note: the fork engine's children count their own bytes; the totals show "
                                     "connections only."));

    const sigset_t stopSet = stopSignals();
    int stoppedBy = 0;
    while (stoppedBy == 0) {
        timespec wait{0, eventIntervalMs * 1'000'000L};
        const int sig = sigtimedwait(&stopSet, nullptr, &wait);
        const int waitErr = sig < 0 ? errno : 0; // before printing, which may set errno (EMFILE at the limit)
        printEvents(*server, verbose, cl);
        if (sig == SIGINT || sig == SIGTERM) {
            stoppedBy = sig;
        } else if (sig < 0 && waitErr != EAGAIN && waitErr != EINTR) {
            cl.diagnostic(QStringLiteral("sigtimedwait failed: %1; stopping")
                              .arg(QString::fromStdString(errnoDescription(waitErr))));
            break;
        } else if (!server->running()) {
            cl.diagnostic(QStringLiteral("the server stopped by itself; see the errors above"));
            break;
        }
    }
    if (verbose && stoppedBy != 0)
        cl.diagnostic(QStringLiteral("SIG%1: stopping").arg(QString::fromLatin1(sigabbrev_np(stoppedBy))));
    server->stop();
    printEvents(*server, verbose, cl);
    const EchoTotals totals = server->totals();
    if (json)
        printJson(totalsJson(totals));
    else
        printOut(totalsText(totals));
    return stoppedBy != 0 ? ExitSuccess : ExitFailure;
}

} // namespace sockscope::cli
