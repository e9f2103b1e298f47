#include "ConnectCommand.h"

#include "CliSupport.h"
#include "ClientSession.h"
#include "ErrnoInfo.h"
#include "NumberParser.h"
#include "PayloadCodec.h"
#include "Resolver.h"
#include "SocketAddress.h"
#include "TlsClientFlags.h"
#include "TlsOutput.h"

#include <QByteArray>
#include <QJsonObject>

#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <string>
#include <vector>

namespace sockscope::cli {

namespace {

constexpr std::size_t chunkSize = 64 * 1024;
constexpr std::size_t maxDatagram = 65507; // the most one UDP datagram carries over IPv4
constexpr int connectTimeoutMs = 10000;
constexpr int journalledDataCalls = 8; // the data path is counted, not journalled, after these

bool writeAll(int fd, const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

// Standard output, raw or as a hex dump whose lines stay 16 bytes wide across reads; with --json the
// bytes are kept for the summary printed at the end (up to jsonDataLimit, then only counted).
class Output {
public:
    static constexpr std::size_t jsonDataLimit = 16 * 1024 * 1024;
    Output(bool hex, bool json) : hex_(hex), json_(json) {}
    bool put(const std::string& bytes)
    {
        received_ += bytes.size();
        if (json_) {
            kept_.append(bytes, 0, std::min(bytes.size(), jsonDataLimit - std::min(jsonDataLimit, kept_.size())));
            return true;
        }
        if (!hex_)
            return writeAll(STDOUT_FILENO, bytes.data(), bytes.size());
        pending_ += bytes;
        const std::size_t whole = pending_.size() - pending_.size() % hexDumpBytesPerLine;
        const bool ok = flushBytes(whole);
        pending_.erase(0, whole);
        return ok;
    }
    std::size_t received() const { return received_; }
    const std::string& kept() const { return kept_; }
    bool finish()
    {
        if (json_)
            return true;
        const bool ok = flushBytes(pending_.size());
        pending_.clear();
        return ok;
    }

private:
    bool flushBytes(std::size_t n)
    {
        if (n == 0)
            return true;
        const std::string dump = hexDump(pending_.data(), n, offset_);
        offset_ += n;
        return writeAll(STDOUT_FILENO, dump.data(), dump.size());
    }
    bool hex_;
    bool json_;
    std::size_t received_ = 0;
    std::string kept_;
    std::string pending_;
    std::size_t offset_ = 0;
};

std::string errorWords(int err)
{
    return errnoDescription(err);
}

} // namespace

int runConnect(const QStringList& arguments)
{
    CommandLine cl(
        QStringLiteral("connect"),
        QStringLiteral(
            "Like nc: connects to HOST PORT (or to --path for a unix socket), copies standard input to the "
            "socket and the socket to standard output. At the end of input the sending side is shut down "
            "(shutdown(SHUT_WR)); the command ends when the peer closes the connection. For datagrams each "
            "read of standard input is one datagram, and the command ends SEC seconds after the end of "
            "input once nothing more arrives. Names are resolved with getaddrinfo.\n"
            "Exit status: 0 when the peer closed (or the datagram wait ended), 1 when the connection failed "
            "or broke, 2 on a usage error. With --json nothing is copied to standard output while it runs; "
            "at the end one object gives the addresses, the byte counts and what arrived, in hex.\n"
            "With --tls the stream runs over TLS (OpenSSL) on the same socket: the server's certificate is "
            "verified against the system's CAs (or --cafile) and the name asked for (--sni, else HOST); a "
            "failed verify or handshake exits 1 with the cause. At the end of input close_notify is sent "
            "(SSL_shutdown), then the sending side is shut down."),
        QStringLiteral("[--json] HOST PORT [--proto tcp|udp|unix-stream|unix-dgram] [--path PATH] [--crlf] "
                       "[--hex] [--wait SEC] [--tls [--sni NAME] [--alpn LIST] [--cafile F] [--insecure] "
                       "[--cert F --key F]] [--broadcast] [--multicast-ttl N] [--multicast-loop 0|1] "
                       "[--repeat N [--interval MS]]"));
    cl.addJsonOption();
    const QCommandLineOption proto(QStringLiteral("proto"),
                                   QStringLiteral("tcp (default), udp, unix-stream or unix-dgram."),
                                   QStringLiteral("tcp|udp|unix-stream|unix-dgram"), QStringLiteral("tcp"));
    const QCommandLineOption udp(QStringLiteral("udp"), QStringLiteral("The same as --proto udp."));
    const QCommandLineOption path(QStringLiteral("path"),
                                  QStringLiteral("unix-stream, unix-dgram: the server's path, or @name for an "
                                                 "abstract name (HOST and PORT are then not given)."),
                                  QStringLiteral("PATH"));
    const QCommandLineOption crlf(QStringLiteral("crlf"), QStringLiteral("Send every LF of the input as CRLF."));
    const QCommandLineOption hex(QStringLiteral("hex"),
                                 QStringLiteral("Show what arrives as a hex dump (offset, hex bytes, ASCII)."));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  QStringLiteral("Datagrams: seconds of silence after the end of input before "
                                                 "ending (default 1)."),
                                  QStringLiteral("SEC"), QStringLiteral("1"));
    const QCommandLineOption tls(QStringLiteral("tls"),
                                 QStringLiteral("TLS over the stream (tcp, unix-stream): handshake, then the data "
                                                "through SSL_write and SSL_read."));
    const TlsClientFlags tlsFlags;
    const QCommandLineOption alpn(QStringLiteral("alpn"),
                                  QStringLiteral("--tls: the ALPN protocols offered, comma-separated, e.g. "
                                                 "h2,http/1.1."),
                                  QStringLiteral("LIST"));
    const QCommandLineOption cert(QStringLiteral("cert"),
                                  QStringLiteral("--tls: a client certificate (PEM), for servers that ask for one."),
                                  QStringLiteral("F"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 QStringLiteral("--tls: the client certificate's private key (PEM, unencrypted)."),
                                 QStringLiteral("F"));
    const QCommandLineOption broadcast(QStringLiteral("broadcast"),
                                       QStringLiteral("udp: set SO_BROADCAST before connect(), so HOST may be a "
                                                      "broadcast address (without it: EACCES)."));
    const QCommandLineOption mcastTtl(QStringLiteral("multicast-ttl"),
                                      QStringLiteral("udp: IP_MULTICAST_TTL (IPV6_MULTICAST_HOPS), 0 to 255."),
                                      QStringLiteral("N"));
    const QCommandLineOption mcastLoop(QStringLiteral("multicast-loop"),
                                       QStringLiteral("udp: IP_MULTICAST_LOOP (IPV6_MULTICAST_LOOP), 0 or 1."),
                                       QStringLiteral("0|1"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    QStringLiteral("Send all of standard input N times (1 to 1000000); for "
                                                   "datagrams each time is one datagram."),
                                    QStringLiteral("N"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      QStringLiteral("--repeat: milliseconds between the sends (0 to 3600000, "
                                                     "default 0)."),
                                      QStringLiteral("MS"));
    for (const auto& o : {proto, udp, path, crlf, hex, wait, tls, tlsFlags.sni, alpn, tlsFlags.cafile,
                          tlsFlags.insecure, cert, key, broadcast, mcastTtl, mcastLoop, repeat, interval})
        cl.addOption(o);
    cl.addPositional(QStringLiteral("HOST"), QStringLiteral("The server's name or address, e.g. 127.0.0.1, ::1, localhost."));
    cl.addPositional(QStringLiteral("PORT"), QStringLiteral("The server's port."));
    if (const auto exit = cl.parse(arguments))
        return *exit;

    ClientTransport transport = ClientTransport::Tcp;
    const QString protoText = cl.isSet(udp) ? QStringLiteral("udp") : cl.value(proto);
    if (!parseTransport(protoText.toStdString(), transport))
        return cl.usageError(QStringLiteral("--proto “%1” is not known. Allowed: tcp, udp, unix-stream, unix-dgram.")
                                 .arg(displayText(protoText)));
    bool waitOk = false;
    const double waitSeconds = cl.value(wait).toDouble(&waitOk);
    if (!waitOk || !(waitSeconds >= 0) || waitSeconds > 3600)
        return cl.usageError(QStringLiteral("--wait “%1” is not valid. Allowed: 0 to 3600 seconds.")
                                 .arg(displayText(cl.value(wait))));
    const bool isUdp = transport == ClientTransport::Udp;
    for (const auto& o : {broadcast, mcastTtl, mcastLoop})
        if (cl.isSet(o) && !isUdp)
            return cl.usageError(QStringLiteral("--%1 is for udp.").arg(o.names().constFirst()));
    ParsedNumber ttl;
    if (cl.isSet(mcastTtl)) {
        ttl = parseUnsigned(cl.value(mcastTtl).toStdString(), 255);
        if (!ttl.ok())
            return cl.usageError(QStringLiteral("--multicast-ttl “%1” is not valid. Allowed: 0 to 255.")
                                     .arg(displayText(cl.value(mcastTtl))));
    }
    ParsedNumber loop;
    if (cl.isSet(mcastLoop)) {
        loop = parseUnsigned(cl.value(mcastLoop).toStdString(), 1);
        if (!loop.ok())
            return cl.usageError(QStringLiteral("--multicast-loop “%1” is not valid. Allowed: 0 or 1.")
                                     .arg(displayText(cl.value(mcastLoop))));
    }
    std::uint64_t repeatCount = 1;
    if (cl.isSet(repeat)) {
        const ParsedNumber r = parseUnsigned(cl.value(repeat).toStdString(), 1000000);
        if (!r.ok() || r.value == 0)
            return cl.usageError(QStringLiteral("--repeat “%1” is not valid. Allowed: 1 to 1000000.")
                                     .arg(displayText(cl.value(repeat))));
        repeatCount = r.value;
    }
    std::uint64_t intervalMs = 0;
    if (cl.isSet(interval)) {
        if (!cl.isSet(repeat))
            return cl.usageError(QStringLiteral("--interval goes with --repeat."));
        const ParsedNumber r = parseUnsigned(cl.value(interval).toStdString(), 3600000);
        if (!r.ok())
            return cl.usageError(QStringLiteral("--interval “%1” is not valid. Allowed: 0 to 3600000 ms.")
                                     .arg(displayText(cl.value(interval))));
        intervalMs = r.value;
    }
    const bool useTls = cl.isSet(tls);
    if (!useTls) {
        if (const auto exit = refuseWithoutTls(cl, {tlsFlags.sni, alpn, tlsFlags.cafile, tlsFlags.insecure, cert, key}))
            return *exit;
    } else {
        if (!isStreamTransport(transport))
            return cl.usageError(QStringLiteral("--tls runs over a stream (tcp, unix-stream), not %1.").arg(protoText));
        if (cl.isSet(cert) != cl.isSet(key))
            return cl.usageError(QStringLiteral("--cert and --key go together: give both, or neither."));
    }
    const QStringList pos = cl.positional();
    // A failed operation: the words on stderr, and with --json the error object on stdout.
    const auto fail = [&cl](const QString& message, int err) {
        cl.diagnostic(message);
        if (cl.json())
            printJson(errorObject(message, QString::fromStdString(errnoSymbol(err))));
        return ExitFailure;
    };

    std::vector<SocketAddress> targets;
    if (isUnixTransport(transport)) {
        if (!cl.isSet(path) || !pos.isEmpty())
            return cl.usageError(QStringLiteral("%1 takes --path PATH (or @name) and no HOST or PORT.").arg(protoText));
        SocketAddress a;
        if (cl.value(path).isEmpty())
            return fail(QStringLiteral("--path is empty: give the socket's file path or @name (EINVAL)"), EINVAL);
        if (!SocketAddress::fromUnixPath(cl.value(path).toStdString(), a)) {
            return fail(QStringLiteral("the path “%1” does not fit sun_path (107 bytes at most) (ENAMETOOLONG)")
                            .arg(displayText(cl.value(path))),
                        ENAMETOOLONG);
        }
        targets.push_back(a);
    } else {
        if (cl.isSet(path))
            return cl.usageError(QStringLiteral("--path is for unix-stream and unix-dgram; tcp and udp take HOST PORT."));
        if (pos.size() != 2)
            return cl.usageError(QStringLiteral("Give the server's HOST and PORT, e.g. connect 127.0.0.1 7007."));
        const ParsedNumber port = parseUnsigned(pos.at(1).toStdString(), 65535);
        if (!port.ok() || port.value == 0) {
            return fail(QStringLiteral("PORT “%1” is not a port a server listens on. Allowed: 1 to 65535 (EINVAL).")
                            .arg(displayText(pos.at(1))),
                        EINVAL);
        }
        AddrInfoHints hints;
        hints.socktype = transport == ClientTransport::Udp ? SOCK_DGRAM : SOCK_STREAM;
        hints.flags = AI_NUMERICSERV;
        const AddrInfoResult r = resolveAddress(withoutBrackets(pos.at(0).toStdString()), std::to_string(port.value), hints);
        if (!r.ok()) {
            const QString message = QStringLiteral("cannot resolve “%1”: %2 (%3)")
                                        .arg(displayText(pos.at(0)), QString::fromStdString(gaiText(r.rc)),
                                             QString::fromStdString(gaiSymbol(r.rc)));
            cl.diagnostic(message);
            if (cl.json())
                printJson(errorObject(message, QString::fromStdString(gaiSymbol(r.rc))));
            return ExitFailure;
        }
        for (const AddrInfoEntry& e : r.entries) {
            SocketAddress a;
            if (SocketAddress::fromNumeric(e.address, e.port, a))
                targets.push_back(a);
        }
        if (targets.empty())
            return fail(QStringLiteral("“%1” gave no address a socket can connect to (is the interface after % "
                                       "known?) (EADDRNOTAVAIL)")
                            .arg(displayText(pos.at(0))),
                        EADDRNOTAVAIL);
    }

    ClientSession session(1, SocketOwner::Console);
    session.setBroadcastOnOpen(cl.isSet(broadcast));
    ClientCallResult opened;
    for (const SocketAddress& a : targets) {
        opened = session.open(transport, a, connectTimeoutMs);
        if (opened.ok)
            break;
        cl.diagnostic(QStringLiteral("%1: %2%3")
                          .arg(QString::fromStdString(a.text()), QString::fromStdString(opened.message),
                               opened.broadcastRefused ? QStringLiteral("; --broadcast sets it") : QString()));
    }
    if (!opened.ok) {
        if (cl.json())
            printJson(errorObject(QString::fromStdString(opened.message), QString::fromStdString(errnoSymbol(opened.err))));
        return ExitFailure;
    }

    // Multicast options after connect(): they matter only for the datagrams sent, not for connect().
    const bool v6 = session.target().family() == AF_INET6;
    const auto setInt = [&](const char* name, int level, int option, const char* levelSym, const char* optSym,
                            int value) {
        const int rc = ::setsockopt(session.fd(), level, option, &value, sizeof value);
        if (rc < 0)
            return fail(QStringLiteral("setsockopt(%1, %2) %3 failed: %4")
                            .arg(QLatin1String(levelSym), QLatin1String(optSym), QLatin1String(name),
                                 QString::fromStdString(errorWords(errno))),
                        errno);
        return ExitSuccess;
    };
    if (cl.isSet(mcastTtl)) {
        const int rc = v6 ? setInt("hops", IPPROTO_IPV6, IPV6_MULTICAST_HOPS, "IPPROTO_IPV6", "IPV6_MULTICAST_HOPS",
                                   static_cast<int>(ttl.value))
                          : setInt("ttl", IPPROTO_IP, IP_MULTICAST_TTL, "IPPROTO_IP", "IP_MULTICAST_TTL",
                                   static_cast<int>(ttl.value));
        if (rc != ExitSuccess)
            return rc;
    }
    if (cl.isSet(mcastLoop)) {
        const int rc = v6 ? setInt("loop", IPPROTO_IPV6, IPV6_MULTICAST_LOOP, "IPPROTO_IPV6", "IPV6_MULTICAST_LOOP",
                                   static_cast<int>(loop.value))
                          : setInt("loop", IPPROTO_IP, IP_MULTICAST_LOOP, "IPPROTO_IP", "IP_MULTICAST_LOOP",
                                   static_cast<int>(loop.value));
        if (rc != ExitSuccess)
            return rc;
    }

    TlsSummary tlsSummary;
    if (useTls) {
        TlsContextConfig tc;
        tc.alpn = cl.value(alpn).toStdString();
        tc.verify = !cl.isSet(tlsFlags.insecure);
        tc.caFile = cl.value(tlsFlags.cafile).toStdString();
        tc.certFile = cl.value(cert).toStdString();
        tc.keyFile = cl.value(key).toStdString();
        const std::string serverName = tlsFlags.serverName(cl, isUnixTransport(transport), pos.at(0).toStdString());
        const ClientTlsResult t = session.startTls(tc, serverName, connectTimeoutMs);
        if (!t.ok) {
            const QString message = t.setupField.empty()
                                        ? QStringLiteral("TLS with %1: %2")
                                              .arg(QString::fromStdString(session.target().text()),
                                                   QString::fromStdString(t.message))
                                        : QStringLiteral("--%1: %2")
                                              .arg(QString::fromStdString(t.setupField), QString::fromStdString(t.message));
            cl.diagnostic(message);
            if (cl.json())
                printJson(errorObject(message, QString::fromStdString(t.code)));
            return ExitFailure;
        }
        tlsSummary = t.summary;
        if (!cl.json())
            printErr(tlsSummaryText(tlsSummary));
        session.setBlocking(false); // SSL_read/SSL_write return WANT_READ/WANT_WRITE instead of waiting
    }

    const bool stream = isStreamTransport(transport);
    Output out(cl.isSet(hex), cl.json());
    std::size_t sentBytes = 0;
    const SocketAddress local = session.localAddress();
    const SocketAddress peer = session.peerAddress();
    // The --json summary; `error`/`err` when the session broke.
    const auto finishJson = [&](const QString& error, int err) {
        if (!cl.json())
            return;
        QJsonObject o;
        if (!local.text().empty())
            o[QStringLiteral("local")] = QString::fromStdString(local.text());
        if (!peer.text().empty())
            o[QStringLiteral("peer")] = QString::fromStdString(peer.text());
        o[QStringLiteral("sent")] = static_cast<qint64>(sentBytes);
        o[QStringLiteral("received")] = static_cast<qint64>(out.received());
        o[QStringLiteral("data_hex")] = QString::fromLatin1(QByteArray::fromStdString(out.kept()).toHex());
        if (useTls)
            o[QStringLiteral("tls")] = tlsSummaryJson(tlsSummary);
        if (!error.isEmpty()) {
            o[QStringLiteral("error")] = error;
            o[QStringLiteral("code")] = QString::fromStdString(errnoSymbol(err));
        }
        printJson(o);
    };
    // The end of input: under TLS close_notify first (TLS's end of data), then the FIN (TCP's).
    const auto endSending = [&] {
        if (session.tlsActive())
            session.tlsShutdown();
        session.shutdown(SHUT_WR);
    };
    const bool toCrlf = cl.isSet(crlf);
    std::string outgoing; // read from stdin, not yet accepted by the socket
    bool inputOpen = true;
    int journalled = 0;
    const auto journal = [&] { return journalled++ < journalledDataCalls; };
    using Clock = std::chrono::steady_clock;
    Clock::time_point quietSince = Clock::now();
    const auto waitFor = std::chrono::duration<double>(waitSeconds);

    // --repeat: all of standard input first, then sent repeatCount times, intervalMs apart.
    const bool repeating = cl.isSet(repeat);
    std::string payload;
    std::uint64_t repeatsLeft = 0;
    Clock::time_point nextSendAt = Clock::now();
    if (repeating) {
        char buf[chunkSize];
        for (;;) {
            const ssize_t got = ::read(STDIN_FILENO, buf, sizeof buf);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                break;
            payload.append(buf, static_cast<std::size_t>(got));
        }
        if (toCrlf)
            payload = lfToCrlf(payload);
        if (!stream && payload.size() > maxDatagram)
            return fail(QStringLiteral("--repeat with datagrams: standard input is %1 bytes, more than one datagram "
                                       "carries (%2) (EMSGSIZE)")
                            .arg(payload.size())
                            .arg(maxDatagram),
                        EMSGSIZE);
        inputOpen = false;
        outgoing = payload;
        repeatsLeft = repeatCount - 1;
        nextSendAt = Clock::now() + std::chrono::milliseconds(intervalMs);
        if (payload.empty()) {
            repeatsLeft = 0;
            if (stream)
                endSending();
        }
    }

    for (;;) {
        if (repeating && outgoing.empty() && repeatsLeft > 0 && Clock::now() >= nextSendAt) {
            outgoing = payload;
            --repeatsLeft;
            nextSendAt = Clock::now() + std::chrono::milliseconds(intervalMs);
            quietSince = Clock::now();
        }
        // fd -1: poll() ignores the entry, so a hung-up stdin does not report POLLHUP again and again.
        pollfd fds[2] = {{session.fd(), POLLIN, 0}, {-1, POLLIN, 0}};
        if (!outgoing.empty())
            fds[0].events |= POLLOUT;
        else if (inputOpen)
            fds[1].fd = STDIN_FILENO; // no more input read until the socket took the last
        int timeoutMs = -1;
        if (session.tlsPending() > 0)
            timeoutMs = 0; // decrypted bytes wait inside OpenSSL, where poll() cannot see them
        else if (outgoing.empty() && repeatsLeft > 0) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(nextSendAt - Clock::now());
            timeoutMs = static_cast<int>(std::max<std::int64_t>(0, left.count())) + (left.count() > 0 ? 1 : 0);
        } else if (!stream && !inputOpen && outgoing.empty() && repeatsLeft == 0) {
            const std::chrono::duration<double> left = waitFor - (Clock::now() - quietSince);
            if (left.count() <= 0)
                break;
            timeoutMs = static_cast<int>(left.count() * 1000) + 1;
        }
        const int n = ::poll(fds, 2, timeoutMs);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            const QString message = QStringLiteral("poll failed: %1").arg(QString::fromStdString(errorWords(err)));
            cl.diagnostic(message);
            finishJson(message, err);
            return ExitFailure;
        }
        if ((fds[0].revents & (POLLIN | POLLERR | POLLHUP)) || session.tlsPending() > 0) {
            const ClientRecvResult r = session.receive(chunkSize, MSG_DONTWAIT, journal());
            if (r.result < 0 && r.err != EAGAIN && r.err != EWOULDBLOCK) {
                out.finish();
                const QString message =
                    session.tlsActive() ? QStringLiteral("SSL_read failed: %1").arg(QString::fromStdString(r.tlsMessage))
                                        : QStringLiteral("recv failed: %1").arg(QString::fromStdString(errorWords(r.err)));
                cl.diagnostic(message);
                finishJson(message, r.err);
                return ExitFailure;
            }
            if (r.result == 0 && stream) {
                if (session.tlsActive() && !r.tlsCloseNotify && !cl.json())
                    cl.diagnostic(QStringLiteral("note: the server closed the TCP connection without a TLS close_notify"));
                out.finish();
                finishJson({}, 0);
                return ExitSuccess; // the peer closed
            }
            if (r.result >= 0) {
                quietSince = Clock::now();
                if (!out.put(r.bytes)) {
                    cl.diagnostic(QStringLiteral("cannot write to standard output: %1")
                                      .arg(QString::fromStdString(errorWords(errno))));
                    return ExitFailure;
                }
            }
        }
        if (!outgoing.empty() && (fds[0].revents & POLLOUT)) {
            const ClientSendResult s = session.send(outgoing, MSG_DONTWAIT | MSG_NOSIGNAL, nullptr, journal());
            if (s.sent < 0 && s.err != EAGAIN && s.err != EWOULDBLOCK) {
                out.finish();
                const QString message =
                    session.tlsActive() ? QStringLiteral("SSL_write failed: %1").arg(QString::fromStdString(s.tlsMessage))
                                        : QStringLiteral("send failed: %1").arg(QString::fromStdString(errorWords(s.err)));
                cl.diagnostic(message);
                finishJson(message, s.err);
                return ExitFailure;
            }
            if (s.sent > 0)
                sentBytes += static_cast<std::size_t>(s.sent);
            if (s.sent > 0)
                outgoing.erase(0, stream ? static_cast<std::size_t>(s.sent) : outgoing.size());
            if (s.sent > 0 && !stream)
                quietSince = Clock::now();
            if (outgoing.empty() && !inputOpen && repeatsLeft == 0 && stream)
                endSending();
        }
        if (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) {
            char buf[chunkSize];
            // Each read becomes one datagram for udp and unix-dgram: no more than a UDP datagram carries.
            const std::size_t want = stream ? sizeof buf : std::min<std::size_t>(sizeof buf, maxDatagram);
            const ssize_t got = ::read(STDIN_FILENO, buf, want);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0) {
                inputOpen = false;
                quietSince = Clock::now();
                if (outgoing.empty() && stream)
                    endSending();
            } else {
                outgoing = toCrlf ? lfToCrlf(std::string_view(buf, static_cast<std::size_t>(got)))
                                  : std::string(buf, static_cast<std::size_t>(got));
            }
        }
    }
    out.finish();
    finishJson({}, 0);
    return ExitSuccess;
}

} // namespace sockscope::cli
