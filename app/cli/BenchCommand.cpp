#include "BenchCommand.h"

#include "CliSupport.h"
#include "EchoLoad.h"
#include "ErrnoInfo.h"
#include "NumberParser.h"
#include "SocketAddress.h"
#include "TlsClientFlags.h"
#include "TlsEchoLoad.h"

#include <QJsonObject>

#include <sys/resource.h>

#include <atomic>
#include <cmath>
#include <csignal>

namespace sockscope::cli {

namespace {

std::atomic<bool> interrupted{false};

void onInterrupt(int) { interrupted.store(true); }

// Enough descriptors for C connections: raise the soft limit towards the hard one.
void raiseFdLimit(int connections)
{
    rlimit rl{};
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return;
    const rlim_t want = static_cast<rlim_t>(connections) + 64;
    if (rl.rlim_cur >= want)
        return;
    rl.rlim_cur = rl.rlim_max == RLIM_INFINITY ? want : std::min(want, rl.rlim_max);
    setrlimit(RLIMIT_NOFILE, &rl);
}

struct BenchTlsOptions {
    bool useTls = false;
    bool handshakes = false;    // --mode handshakes
    std::uint64_t bytes = 0;    // --bytes
    std::string serverName;
    std::string caFile;
    bool verify = true;
};

// bench echo --tls: the same run through TLS records (TlsEchoLoad), and handshakes per second.
int runTlsBench(CommandLine& cl, const EchoLoadConfig& lc, const BenchTlsOptions& o)
{
    TlsEchoLoadConfig tc;
    tc.transport = lc.transport;
    tc.host = lc.host;
    tc.port = lc.port;
    tc.path = lc.path;
    tc.connections = lc.connections;
    tc.size = lc.size;
    tc.seconds = lc.seconds;
    tc.mode = o.handshakes ? TlsEchoLoadConfig::Mode::Handshakes
              : lc.mode == EchoLoadConfig::Mode::Stream ? TlsEchoLoadConfig::Mode::Stream
                                                        : TlsEchoLoadConfig::Mode::PingPong;
    tc.streamBytes = o.bytes;
    tc.serverName = o.serverName;
    tc.caFile = o.caFile;
    tc.verify = o.verify;
    const TlsEchoLoadResult r = runTlsEchoLoad(tc, &interrupted);
    if (!r.ok) {
        if (cl.json())
            printJson(errorObject(QString::fromStdString(r.error),
                                  QString::fromStdString(errnoSymbol(r.err ? r.err : ECONNREFUSED))));
        cl.diagnostic(QString::fromStdString(r.error));
        return ExitFailure;
    }
    const auto q = [](const std::string& text) { return QString::fromStdString(text); };
    const bool pingpong = tc.mode == TlsEchoLoadConfig::Mode::PingPong;
    if (cl.json()) {
        QJsonObject tls{{QStringLiteral("version"), q(r.version)},
                        {QStringLiteral("cipher"), q(r.cipher)},
                        {QStringLiteral("verified"), r.verified}};
        if (!r.verified && !r.verifyError.empty())
            tls.insert(QStringLiteral("verify_error"), q(r.verifyError));
        QJsonObject out{
            {QStringLiteral("handshakes"), static_cast<qint64>(r.handshakes)},
            {QStringLiteral("errors"), static_cast<qint64>(r.errors)},
            {QStringLiteral("connections"), r.connected},
            {QStringLiteral("seconds"), std::round(r.seconds * 1000) / 1000},
            {QStringLiteral("handshake_p50_us"), static_cast<qint64>(r.handshakeTime.percentile(0.5))},
            {QStringLiteral("handshake_p99_us"), static_cast<qint64>(r.handshakeTime.percentile(0.99))},
            {QStringLiteral("tls"), tls},
        };
        if (o.handshakes) {
            out.insert(QStringLiteral("handshakes_per_s"), std::round(r.handshakesPerSecond * 10) / 10);
        } else {
            out.insert(QStringLiteral("msg_per_s"), std::round(r.messagesPerSecond * 10) / 10);
            out.insert(QStringLiteral("MB_per_s"), std::round(r.megabytesPerSecond * 1000) / 1000);
            out.insert(QStringLiteral("bytes_verified"), static_cast<qint64>(r.bytesVerified));
            out.insert(QStringLiteral("messages"), static_cast<qint64>(r.messages));
        }
        if (pingpong) {
            out.insert(QStringLiteral("p50_us"), static_cast<qint64>(r.rtt.percentile(0.5)));
            out.insert(QStringLiteral("p99_us"), static_cast<qint64>(r.rtt.percentile(0.99)));
            out.insert(QStringLiteral("p999_us"), static_cast<qint64>(r.rtt.percentile(0.999)));
            out.insert(QStringLiteral("max_us"), static_cast<qint64>(r.rtt.max()));
        }
        printJson(out);
    } else {
        printOut(QStringLiteral("TLS: %1, %2, verified: %3\n")
                     .arg(q(r.version), q(r.cipher),
                          r.verified ? QStringLiteral("yes") : QStringLiteral("no (%1)").arg(q(r.verifyError))));
        if (o.handshakes) {
            printOut(QStringLiteral("%1 connections making TLS handshakes for %2 s\n")
                         .arg(tc.connections)
                         .arg(r.seconds, 0, 'f', 2));
            printOut(QStringLiteral("%1 handshakes/s (%2 handshakes), %3 errors\n")
                         .arg(r.handshakesPerSecond, 0, 'f', 1)
                         .arg(r.handshakes)
                         .arg(r.errors));
        } else {
            printOut(QStringLiteral("%1 connections, %2-byte messages, %3 through TLS for %4 s\n")
                         .arg(r.connected)
                         .arg(tc.size)
                         .arg(pingpong ? QStringLiteral("ping-pong") : QStringLiteral("stream"))
                         .arg(r.seconds, 0, 'f', 2));
            printOut(QStringLiteral("%1 messages/s, %2 MB/s, %3 bytes verified, %4 errors\n")
                         .arg(r.messagesPerSecond, 0, 'f', 0)
                         .arg(r.megabytesPerSecond, 0, 'f', 2)
                         .arg(r.bytesVerified)
                         .arg(r.errors));
        }
        printOut(QStringLiteral("handshake (connect to the end of the TLS handshake): p50 %1 us, p99 %2 us\n")
                     .arg(r.handshakeTime.percentile(0.5))
                     .arg(r.handshakeTime.percentile(0.99)));
        if (pingpong)
            printOut(QStringLiteral("round trip: p50 %1 us, p99 %2 us, p99.9 %3 us, max %4 us\n")
                         .arg(r.rtt.percentile(0.5))
                         .arg(r.rtt.percentile(0.99))
                         .arg(r.rtt.percentile(0.999))
                         .arg(r.rtt.max()));
    }
    if (!o.handshakes && r.connected < tc.connections)
        cl.diagnostic(QStringLiteral("only %1 of %2 connections could be made").arg(r.connected).arg(tc.connections));
    if (r.errors > 0 && !r.error.empty())
        cl.diagnostic(QStringLiteral("last error: %1").arg(q(r.error)));
    return r.errors == 0 ? ExitSuccess : ExitFailure;
}

} // namespace

int runBench(const QStringList& arguments)
{
    CommandLine cl(
        QStringLiteral("bench"),
        QStringLiteral(
            "Drives an echo server with a bounded load and measures it: C connections send messages of "
            "BYTES bytes for T seconds and every echoed byte is checked. ping-pong waits for each echo "
            "(round-trip times); stream keeps the connection full (throughput). Loopback or your own "
            "test hosts only.\n"
            "Exit status: 0 when the run completed without errors, 1 when it could not run or saw errors "
            "(lost or corrupted echoes, failed connections), 2 on a usage error.\n"
            "With --tls every connection speaks TLS to a TLS echo server (serve echo --tls, socat "
            "OPENSSL-LISTEN, openssl s_server): one thread per connection (at most 256); the handshakes "
            "happen before the clock starts, and --mode handshakes instead measures handshakes per second "
            "(connect, full handshake, close_notify, close, again). The certificate is checked as by "
            "connect --tls: --cafile F for your own CA, --insecure to skip the check."),
        QStringLiteral("echo HOST PORT [--conns C] [--size BYTES] [--seconds T] [--mode pingpong|stream|handshakes] "
                       "[--proto tcp|udp|unix-stream] [--path PATH] [--threads N] [--tls [--sni NAME] [--cafile F] "
                       "[--insecure] [--bytes N]] [--json]"));
    const QCommandLineOption conns(QStringLiteral("conns"), QStringLiteral("Connections (default 1)."),
                                   QStringLiteral("C"), QStringLiteral("1"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Bytes per message (default 64)."),
                                  QStringLiteral("BYTES"), QStringLiteral("64"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Duration in seconds (default 5)."),
                                     QStringLiteral("T"), QStringLiteral("5"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  QStringLiteral("pingpong (default) or stream; with --tls also handshakes."),
                                  QStringLiteral("pingpong|stream|handshakes"), QStringLiteral("pingpong"));
    const QCommandLineOption proto(QStringLiteral("proto"), QStringLiteral("tcp (default), udp or unix-stream."),
                                   QStringLiteral("tcp|udp|unix-stream"), QStringLiteral("tcp"));
    const QCommandLineOption udp(QStringLiteral("udp"), QStringLiteral("The same as --proto udp."));
    const QCommandLineOption path(QStringLiteral("path"),
                                  QStringLiteral("unix-stream: the server's path, or @name (HOST and PORT are then "
                                                 "not given)."),
                                  QStringLiteral("PATH"));
    const QCommandLineOption threads(QStringLiteral("threads"),
                                     QStringLiteral("Load threads (default: one per core, at most one per "
                                                    "connection)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 QStringLiteral("Every connection through TLS (tcp, unix-stream); at most 256 "
                                                "connections, one thread each."));
    const TlsClientFlags tlsFlags;
    const QCommandLineOption bytes(QStringLiteral("bytes"),
                                   QStringLiteral("--tls --mode stream: stop once N bytes came back (still "
                                                  "bounded by --seconds)."),
                                   QStringLiteral("N"));
    for (const auto& o : {conns, size, seconds, mode, proto, udp, path, threads, tls, tlsFlags.sni, tlsFlags.cafile,
                          tlsFlags.insecure, bytes})
        cl.addOption(o);
    cl.addJsonOption();
    cl.addPositional(QStringLiteral("echo"), QStringLiteral("The kind of server to drive (only echo)."));
    cl.addPositional(QStringLiteral("HOST"), QStringLiteral("The server's numeric address, e.g. 127.0.0.1 or ::1."));
    cl.addPositional(QStringLiteral("PORT"), QStringLiteral("The server's port."));
    if (const auto exit = cl.parse(arguments))
        return *exit;

    QStringList pos = cl.positional();
    if (pos.isEmpty() || pos.first() != QStringLiteral("echo"))
        return cl.usageError(QStringLiteral("Name the kind of server first: bench echo HOST PORT."));
    pos.removeFirst();

    EchoLoadConfig lc;
    const QString protoText = cl.isSet(udp) ? QStringLiteral("udp") : cl.value(proto);
    if (protoText == QStringLiteral("tcp"))
        lc.transport = EchoTransport::Tcp;
    else if (protoText == QStringLiteral("udp"))
        lc.transport = EchoTransport::Udp;
    else if (protoText == QStringLiteral("unix-stream"))
        lc.transport = EchoTransport::UnixStream;
    else
        return cl.usageError(QStringLiteral("--proto “%1” is not known. Allowed: tcp, udp, unix-stream.")
                                 .arg(displayText(protoText)));
    if (lc.transport == EchoTransport::UnixStream) {
        if (!cl.isSet(path) || !pos.isEmpty())
            return cl.usageError(QStringLiteral("unix-stream takes --path PATH (or @name) and no HOST or PORT."));
        lc.path = cl.value(path).toStdString();
    } else {
        if (pos.size() != 2)
            return cl.usageError(QStringLiteral("Give the server's HOST and PORT, e.g. bench echo 127.0.0.1 7007."));
        lc.host = pos.at(0).toStdString();
        const ParsedNumber port = parseUnsigned(pos.at(1).toStdString(), 65535);
        if (!port.ok() || port.value == 0) {
            cl.diagnostic(QStringLiteral("PORT “%1” is not a port a server listens on. Allowed: 1 to 65535.")
                              .arg(displayText(pos.at(1))));
            return ExitFailure;
        }
        lc.port = static_cast<int>(port.value);
    }
    const auto number = [&](const QCommandLineOption& o, std::uint64_t min, std::uint64_t max,
                            const char* what) -> std::optional<std::uint64_t> {
        const ParsedNumber n = parseUnsigned(cl.value(o).toStdString(), max);
        if (!n.ok() || n.value < min) {
            cl.diagnostic(QStringLiteral("--%1 “%2” is not valid. Allowed: %3 to %4 (%5).")
                              .arg(o.names().first(), displayText(cl.value(o)))
                              .arg(min)
                              .arg(max)
                              .arg(QString::fromLatin1(what)));
            return std::nullopt;
        }
        return n.value;
    };
    const auto c = number(conns, 1, 100000, "connections");
    const auto s = number(size, 1, 16u << 20, "bytes per message");
    const auto t = number(threads, 0, 256, "0 = one per core");
    if (!c || !s || !t)
        return ExitFailure;
    bool secondsOk = false;
    const double secs = cl.value(seconds).toDouble(&secondsOk);
    if (!secondsOk || !(secs > 0) || secs > 3600) {
        cl.diagnostic(QStringLiteral("--seconds “%1” is not valid. Allowed: more than 0, at most 3600.")
                          .arg(displayText(cl.value(seconds))));
        return ExitFailure;
    }
    BenchTlsOptions tlsOptions;
    tlsOptions.useTls = cl.isSet(tls);
    if (!tlsOptions.useTls) {
        if (const auto exit = refuseWithoutTls(cl, {tlsFlags.sni, tlsFlags.cafile, tlsFlags.insecure, bytes}))
            return *exit;
    } else {
        if (lc.transport == EchoTransport::Udp)
            return cl.usageError(QStringLiteral("--tls runs over a stream (tcp, unix-stream), not udp."));
        if (*c > TlsEchoLoadConfig::maxConnections) {
            cl.diagnostic(QStringLiteral("--conns “%1” is too many with --tls. Allowed: 1 to %2 (one thread each).")
                              .arg(displayText(cl.value(conns)))
                              .arg(TlsEchoLoadConfig::maxConnections));
            return ExitFailure;
        }
        tlsOptions.serverName = tlsFlags.serverName(cl, lc.transport != EchoTransport::Tcp, lc.host);
        tlsOptions.caFile = cl.value(tlsFlags.cafile).toStdString();
        tlsOptions.verify = !cl.isSet(tlsFlags.insecure);
        if (cl.isSet(bytes)) {
            const auto n = number(bytes, 1, std::uint64_t(1) << 40, "bytes to stream");
            if (!n)
                return ExitFailure;
            tlsOptions.bytes = *n;
        }
    }
    const QString modeText = cl.value(mode);
    if (tlsOptions.useTls && modeText == QStringLiteral("handshakes"))
        tlsOptions.handshakes = true;
    else if (modeText == QStringLiteral("pingpong") || modeText == QStringLiteral("ping-pong"))
        lc.mode = EchoLoadConfig::Mode::PingPong;
    else if (modeText == QStringLiteral("stream"))
        lc.mode = EchoLoadConfig::Mode::Stream;
    else
        return cl.usageError(QStringLiteral("--mode “%1” is not known. Allowed: pingpong, stream%2.")
                                 .arg(displayText(modeText),
                                      tlsOptions.useTls ? QStringLiteral(", handshakes") : QString()));
    if (tlsOptions.bytes && lc.mode != EchoLoadConfig::Mode::Stream)
        return cl.usageError(QStringLiteral("--bytes goes with --mode stream."));
    lc.connections = static_cast<int>(*c);
    lc.size = static_cast<std::size_t>(*s);
    lc.threads = static_cast<int>(*t);
    lc.seconds = secs;
    raiseFdLimit(lc.connections);

    // Ctrl+C ends the run early and still reports what was measured.
    struct sigaction sa{};
    sa.sa_handler = onInterrupt;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    if (tlsOptions.useTls)
        return runTlsBench(cl, lc, tlsOptions);
    const EchoLoadResult r = EchoLoad(lc).run(&interrupted);
    if (!r.ok) {
        if (cl.json())
            printJson(errorObject(QString::fromStdString(r.error),
                                  QString::fromStdString(errnoSymbol(r.err ? r.err : ECONNREFUSED))));
        cl.diagnostic(QString::fromStdString(r.error));
        return ExitFailure;
    }
    const bool pingpong = lc.mode == EchoLoadConfig::Mode::PingPong;
    if (cl.json()) {
        QJsonObject o{
            {QStringLiteral("msg_per_s"), std::round(r.messagesPerSecond * 10) / 10},
            {QStringLiteral("MB_per_s"), std::round(r.megabytesPerSecond * 1000) / 1000},
            {QStringLiteral("errors"), static_cast<qint64>(r.errors)},
            {QStringLiteral("bytes_verified"), static_cast<qint64>(r.bytesVerified)},
            {QStringLiteral("messages"), static_cast<qint64>(r.messages)},
            {QStringLiteral("connections"), r.connected},
            {QStringLiteral("seconds"), std::round(r.seconds * 1000) / 1000},
        };
        if (pingpong) {
            o.insert(QStringLiteral("p50_us"), static_cast<qint64>(r.rtt.percentile(0.5)));
            o.insert(QStringLiteral("p99_us"), static_cast<qint64>(r.rtt.percentile(0.99)));
            o.insert(QStringLiteral("p999_us"), static_cast<qint64>(r.rtt.percentile(0.999)));
            o.insert(QStringLiteral("max_us"), static_cast<qint64>(r.rtt.max()));
        }
        printJson(o);
    } else {
        printOut(QStringLiteral("%1 connections, %2-byte messages, %3 for %4 s\n")
                     .arg(r.connected)
                     .arg(lc.size)
                     .arg(pingpong ? QStringLiteral("ping-pong") : QStringLiteral("stream"))
                     .arg(r.seconds, 0, 'f', 2));
        printOut(QStringLiteral("%1 messages/s, %2 MB/s, %3 bytes verified, %4 errors\n")
                     .arg(r.messagesPerSecond, 0, 'f', 0)
                     .arg(r.megabytesPerSecond, 0, 'f', 2)
                     .arg(r.bytesVerified)
                     .arg(r.errors));
        if (pingpong)
            printOut(QStringLiteral("round trip: p50 %1 us, p99 %2 us, p99.9 %3 us, max %4 us\n")
                         .arg(r.rtt.percentile(0.5))
                         .arg(r.rtt.percentile(0.99))
                         .arg(r.rtt.percentile(0.999))
                         .arg(r.rtt.max()));
    }
    if (r.connected < lc.connections)
        cl.diagnostic(QStringLiteral("only %1 of %2 connections could be made").arg(r.connected).arg(lc.connections));
    return r.errors == 0 ? ExitSuccess : ExitFailure;
}

} // namespace sockscope::cli
