#include "ListenCommand.h"

#include "CliSupport.h"
#include "CodecMessages.h"
#include "ErrnoInfo.h"
#include "MulticastMembership.h"
#include "NumberParser.h"
#include "ServeCommand.h"
#include "ServerSession.h"
#include "SocketAddress.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

namespace sockscope::cli {

namespace {

constexpr std::size_t chunkSize = 64 * 1024;
constexpr std::size_t maxDatagram = 65507;      // the most one UDP datagram carries over IPv4
constexpr std::size_t datagramBuffer = 65536;   // one read; a longer unix datagram is cut and said so
constexpr int datagramBatch = 64;               // datagrams taken per wake before stdin gets its turn
constexpr std::size_t jsonDataLimit = 16 * 1024 * 1024;
constexpr std::size_t jsonPeerLimit = 1000;     // peers listed in the summary; the rest only counted

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

// SIGINT and SIGTERM, taken by a thread of their own with sigwait (main blocked them before any
// thread existed), which wakes the session's wait(): the loop ends at once, cleanly, with its summary.
class StopSignalWatcher {
public:
    explicit StopSignalWatcher(ServerSession& session)
        : thread_([this, &session] {
              const sigset_t set = stopSignals();
              int sig = 0;
              if (sigwait(&set, &sig) == 0 && !released_.load()) {
                  signal_.store(sig);
                  session.wake();
              }
          })
    {
    }
    ~StopSignalWatcher()
    {
        released_.store(true);
        if (signal_.load() == 0)
            pthread_kill(thread_.native_handle(), SIGTERM); // blocked here too: sigwait takes it
        thread_.join();
    }
    StopSignalWatcher(const StopSignalWatcher&) = delete;
    StopSignalWatcher& operator=(const StopSignalWatcher&) = delete;
    int signal() const { return signal_.load(); }

private:
    std::atomic<int> signal_{0};
    std::atomic<bool> released_{false};
    std::thread thread_;
};

// The peer's bytes: to stdout as they come, or kept for the --json summary (up to jsonDataLimit,
// then only counted).
class Output {
public:
    explicit Output(bool json) : json_(json) {}
    bool put(const std::string& bytes)
    {
        if (!json_)
            return writeAll(STDOUT_FILENO, bytes.data(), bytes.size());
        kept_.append(bytes, 0, std::min(bytes.size(), jsonDataLimit - std::min(jsonDataLimit, kept_.size())));
        return true;
    }
    const std::string& kept() const { return kept_; }

private:
    bool json_;
    std::string kept_;
};

struct PeerSummary {
    std::string address;
    std::uint64_t sent = 0;
    std::uint64_t received = 0;
};

// How one run ended: nothing wrong, or the words and errno of what broke.
struct Ending {
    QString error;
    int err = 0;
};

QString words(const std::string& s) { return QString::fromStdString(s); }

bool contains(const std::vector<std::uint64_t>& ids, std::uint64_t id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// A hint in plain words for a failed bind, beyond the errno text.
QString bindHint(int err, bool unixSocket)
{
    switch (err) {
    case EADDRINUSE:
        return unixSocket ? QStringLiteral(" Choose another --path.")
                          : QStringLiteral(" Another socket is bound to this address and port: choose another "
                                           "--port, or 0 for any free one.");
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

class ListenLoop {
public:
    ListenLoop(ServerSession& session, const StopSignalWatcher& stop, Output& out, bool keep, double waitSeconds)
        : session_(session), stop_(stop), out_(out), keep_(keep), waitFor_(waitSeconds),
          interactive_(::isatty(STDIN_FILENO) == 1)
    {
    }
    Ending runStream();
    Ending runDatagram();
    std::vector<PeerSummary> peers;
    std::uint64_t sent = 0;
    std::uint64_t received = 0;
    std::uint64_t ignored = 0; // datagrams from others than the peer (without --keep)
    std::uint64_t served = 0;  // peers served: connections accepted, datagram senders taken
    std::string lastPeer;
    std::vector<QString> notes; // said once each on stderr

private:
    bool readInput(std::size_t most);
    void note(const QString& text);
    void remember(const ServerPeerInfo& p);

    ServerSession& session_;
    const StopSignalWatcher& stop_;
    Output& out_;
    bool keep_;
    std::chrono::duration<double> waitFor_;
    bool interactive_;
    std::string outgoing_; // read from stdin, not yet taken by the socket
    bool inputOpen_ = true;
};

void ListenLoop::note(const QString& text)
{
    if (std::find(notes.begin(), notes.end(), text) != notes.end())
        return;
    notes.push_back(text);
    printErr(programName() + QStringLiteral(" listen: ") + text + QLatin1Char('\n'));
}

void ListenLoop::remember(const ServerPeerInfo& p)
{
    lastPeer = p.address.text();
    ++served;
    sent += p.bytesOut;
    received += p.bytesIn;
    if (peers.size() < jsonPeerLimit)
        peers.push_back({lastPeer, p.bytesOut, p.bytesIn});
}

// One read of standard input into outgoing_; false at its end (or on a read error, said on stderr).
bool ListenLoop::readInput(std::size_t most)
{
    char buf[chunkSize];
    ssize_t got;
    do
        got = ::read(STDIN_FILENO, buf, std::min(most, sizeof buf));
    while (got < 0 && errno == EINTR);
    if (got < 0)
        note(QStringLiteral("cannot read standard input: %1; treating it as ended").arg(words(errnoDescription(errno))));
    if (got <= 0) {
        inputOpen_ = false;
        return false;
    }
    outgoing_.assign(buf, static_cast<std::size_t>(got));
    return true;
}

Ending ListenLoop::runStream()
{
    std::uint64_t current = 0;
    bool shutWrite = false;
    const auto endPeer = [&] {
        if (const auto info = session_.peer(current))
            remember(*info);
        session_.closePeer(current);
        current = 0;
    };
    for (;;) {
        if (stop_.signal())
            break;
        pollfd in{-1, POLLIN, 0};
        if (current && outgoing_.empty() && inputOpen_ && !shutWrite)
            in.fd = STDIN_FILENO; // no more input read until the socket took the last: back-pressure
        if (current)
            session_.setWriteInterest(current, !outgoing_.empty());
        session_.setAcceptInterest(current == 0); // one peer at a time: the next waits in the backlog
        const ServerReadiness r = session_.wait(-1, &in, 1);
        if (r.err)
            return {QStringLiteral("poll failed: %1").arg(words(errnoDescription(r.err))), r.err};
        if (stop_.signal())
            break;
        if (!current) {
            if (!r.acceptable)
                continue;
            const ServerAcceptResult a = session_.accept();
            if (!a.ok) {
                if (a.err == EAGAIN || a.err == EWOULDBLOCK || a.err == ECONNABORTED)
                    continue;
                return {QStringLiteral("accept failed: %1").arg(words(errnoDescription(a.err))), a.err};
            }
            current = a.peer;
            shutWrite = false;
            continue; // its first bytes on the next wait
        }
        if (contains(r.readable, current)) {
            const ServerRecvResult rr = session_.receive(current, chunkSize);
            if (rr.result > 0 && !out_.put(rr.bytes))
                return {QStringLiteral("cannot write to standard output: %1").arg(words(errnoDescription(errno))), errno};
            if (rr.result < 0 && rr.err != EAGAIN && rr.err != EWOULDBLOCK) {
                const Ending broke{QStringLiteral("recv failed: %1").arg(words(errnoDescription(rr.err))), rr.err};
                endPeer();
                if (!keep_)
                    return broke;
                note(broke.error);
                continue;
            }
        }
        if (!outgoing_.empty() && contains(r.writable, current)) {
            const ServerSendResult s = session_.send(current, outgoing_);
            if (s.sent > 0)
                outgoing_.erase(0, static_cast<std::size_t>(s.sent));
            if (s.sent < 0 && s.err != EAGAIN && s.err != EWOULDBLOCK) {
                const Ending broke{QStringLiteral("send failed: %1").arg(words(errnoDescription(s.err))), s.err};
                outgoing_.clear();
                endPeer();
                if (!keep_)
                    return broke;
                note(broke.error);
                continue;
            }
        }
        if (in.revents & (POLLIN | POLLHUP | POLLERR))
            readInput(chunkSize);
        if (!inputOpen_ && outgoing_.empty() && !shutWrite) {
            session_.shutdownPeer(current, SHUT_WR); // like nc -N: the peer reads our EOF
            shutWrite = true;
        }
        const auto info = session_.peer(current);
        if (info && info->eofSeen) {
            // The peer's EOF. What we still have to send goes on unless a person types it (a terminal) or
            // the next peer is waiting (--keep): it may only have half-closed, as nc -N does.
            if (shutWrite || keep_ || interactive_) {
                endPeer();
                if (!keep_)
                    break;
            }
        }
    }
    if (current)
        endPeer();
    return {};
}

Ending ListenLoop::runDatagram()
{
    using Clock = std::chrono::steady_clock;
    std::uint64_t first = 0;   // without --keep: the one peer
    std::uint64_t current = 0; // where stdin goes
    Clock::time_point quietSince = Clock::now();
    for (;;) {
        if (stop_.signal())
            break;
        pollfd in{-1, POLLIN, 0};
        if (current && outgoing_.empty() && inputOpen_)
            in.fd = STDIN_FILENO;
        if (current)
            session_.setWriteInterest(current, !outgoing_.empty());
        int timeoutMs = -1;
        if (!keep_ && current && !inputOpen_ && outgoing_.empty()) {
            // A datagram peer sends no EOF: the end of input and then `--wait` seconds of silence end it.
            const std::chrono::duration<double> left = waitFor_ - (Clock::now() - quietSince);
            if (left.count() <= 0)
                break;
            timeoutMs = static_cast<int>(left.count() * 1000) + 1;
        }
        const ServerReadiness r = session_.wait(timeoutMs, &in, 1);
        if (r.err)
            return {QStringLiteral("poll failed: %1").arg(words(errnoDescription(r.err))), r.err};
        if (stop_.signal())
            break;
        for (int i = 0; r.datagramReadable && i < datagramBatch; ++i) {
            const ServerRecvResult rr = session_.receiveDatagram(datagramBuffer);
            if (rr.result < 0) {
                if (rr.err == EAGAIN || rr.err == EWOULDBLOCK)
                    break;
                return {QStringLiteral("recvfrom failed: %1").arg(words(errnoDescription(rr.err))), rr.err};
            }
            if (!keep_ && first && rr.peer != first) {
                ++ignored;
                note(QStringLiteral("ignoring datagrams from %1: this listen talks to %2 (--keep takes every sender)")
                         .arg(words(session_.peer(rr.peer)->address.text()), words(session_.peer(first)->address.text())));
                session_.closePeer(rr.peer); // forgotten: a stranger is no peer
                continue;
            }
            first = first ? first : rr.peer;
            current = rr.peer;
            quietSince = Clock::now();
            if (rr.truncated)
                note(QStringLiteral("a %1-byte datagram was cut to %2 bytes").arg(rr.result).arg(datagramBuffer));
            if (!out_.put(rr.bytes))
                return {QStringLiteral("cannot write to standard output: %1").arg(words(errnoDescription(errno))), errno};
        }
        if (current && !outgoing_.empty() && contains(r.writable, current)) {
            const ServerSendResult s = session_.send(current, outgoing_);
            if (s.sent >= 0 || (s.err != EAGAIN && s.err != EWOULDBLOCK)) {
                if (s.err == EDESTADDRREQ)
                    note(QStringLiteral("the sender %1 has no address of its own (an unbound unix socket): nothing "
                                        "can be sent back to it")
                             .arg(words(session_.peer(current)->address.text())));
                else if (s.sent < 0)
                    note(QStringLiteral("sendto failed: %1; that datagram is dropped")
                             .arg(words(errnoDescription(s.err))));
                outgoing_.clear(); // one read of input, one datagram, whole or not at all
            }
        }
        if (in.revents & (POLLIN | POLLHUP | POLLERR)) {
            if (!readInput(maxDatagram))
                quietSince = Clock::now();
        }
    }
    for (const ServerPeerInfo& p : session_.peers())
        remember(p);
    return {};
}

} // namespace

int runListen(const QStringList& arguments)
{
    CommandLine cl(
        QStringLiteral("listen"),
        QStringLiteral(
            "Like nc -l: listens, and once a peer connects (tcp, unix-stream) or sends (udp, unix-dgram) copies "
            "its bytes to standard output and standard input to it. The first line on stdout, once the socket "
            "listens, is 'listening on ADDRESS' (127.0.0.1:7007, [::1]:7007, unix:/path, unix:@name).\n"
            "Streams: at the end of input the sending side is shut down (shutdown(SHUT_WR), as nc -N), and the "
            "command ends at the peer's EOF. When the peer's EOF comes first, the rest of the input is still "
            "sent (the peer may only have half-closed) unless standard input is a terminal. With --keep, peers "
            "are served one after another (the next waits in the backlog) and the peer's EOF ends only its "
            "turn; input not yet sent goes to the next.\n"
            "Datagrams: the first sender is the peer and input goes to it, one datagram per read; others are "
            "ignored. A datagram peer sends no EOF: the command ends SEC seconds (--wait) after the end of "
            "input once nothing more arrives. With --keep every sender is a peer, input goes to the one heard "
            "from last, and only SIGINT or SIGTERM ends it.\n"
            "SIGINT or SIGTERM ends any listen gracefully. Exit status: 0 the peer ended (or a signal), 1 the "
            "socket could not listen or the connection broke, 2 on a usage error. With --json nothing is copied "
            "to standard output after the listening line; at the end one object gives the addresses, the byte "
            "counts and what arrived, in hex."),
        QStringLiteral("[--proto tcp|udp|unix-stream|unix-dgram] [--bind ADDR] [--port P] [--path PATH] "
                       "[--family inet|inet6|unspec|unix] [--join GROUP]... [--keep] [--wait SEC] [--json]"));
    cl.addJsonOption();
    const QCommandLineOption protoOption(QStringLiteral("proto"),
                                         QStringLiteral("tcp (default), udp, unix-stream or unix-dgram."),
                                         QStringLiteral("tcp|udp|unix-stream|unix-dgram"), QStringLiteral("tcp"));
    const QCommandLineOption udpOption(QStringLiteral("udp"), QStringLiteral("The same as --proto udp."));
    const QCommandLineOption bindOption(
        QStringLiteral("bind"),
        QStringLiteral("tcp, udp: the numeric address to bind (default 127.0.0.1; ::1 with --family inet6; :: "
                       "with --family unspec; with --join the wildcard of the group's family)."),
        QStringLiteral("ADDR"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("tcp, udp: the port, 0-65535 (default 0: the kernel picks "
                                                       "a free one; the listening line names it)."),
                                        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption pathOption(
        QStringLiteral("path"),
        QStringLiteral("unix-stream, unix-dgram: the socket's path, or @name for a Linux abstract name. The file "
                       "bind creates is removed at the end."),
        QStringLiteral("PATH"));
    const QCommandLineOption familyOption(
        QStringLiteral("family"),
        QStringLiteral("inet (IPv4), inet6 (IPv6 only: IPV6_V6ONLY 1), unspec (dual stack: an IPv6 socket with "
                       "IPV6_V6ONLY 0, IPv4 peers as ::ffff:a.b.c.d) or unix. Default: from --bind (an IPv6 "
                       "address: inet6), else inet."),
        QStringLiteral("inet|inet6|unspec|unix"));
    const QCommandLineOption joinOption(
        QStringLiteral("join"),
        QStringLiteral("udp: join the multicast GROUP (224.0.0.0/4 or ff00::/8; repeatable) with "
                       "IP_ADD_MEMBERSHIP or IPV6_JOIN_GROUP, on the interface the route to it names."),
        QStringLiteral("GROUP"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("Keep listening: streams serve peers one after another; datagrams take every sender. Ends "
                       "at SIGINT or SIGTERM."));
    const QCommandLineOption removeStaleOption(
        QStringLiteral("remove-stale"),
        QStringLiteral("unix: if PATH is a stale socket file (nobody listens on it), remove it and bind again. "
                       "Without it a stale file is reported, never removed; other files never are."));
    const QCommandLineOption waitOption(
        QStringLiteral("wait"),
        QStringLiteral("Datagrams without --keep: seconds of silence after the end of input before ending "
                       "(default 1)."),
        QStringLiteral("SEC"), QStringLiteral("1"));
    for (const QCommandLineOption* o : {&protoOption, &udpOption, &bindOption, &portOption, &pathOption, &familyOption,
                                        &joinOption, &keepOption, &removeStaleOption, &waitOption})
        cl.addOption(*o);
    if (const auto exit = cl.parse(arguments))
        return *exit;
    if (!cl.positional().isEmpty())
        return cl.usageError(QStringLiteral("listen takes no arguments: “%1” is one too many (the port is --port P).")
                                 .arg(displayText(cl.positional().first())));

    // ---- usage (exit 2)
    ServerConfig config;
    const QString protoText = cl.value(protoOption);
    if (protoText == QStringLiteral("tcp"))
        config.transport = EchoTransport::Tcp;
    else if (protoText == QStringLiteral("udp"))
        config.transport = EchoTransport::Udp;
    else if (protoText == QStringLiteral("unix-stream"))
        config.transport = EchoTransport::UnixStream;
    else if (protoText == QStringLiteral("unix-dgram"))
        config.transport = EchoTransport::UnixDgram;
    else
        return cl.usageError(QStringLiteral("--proto “%1” is not a transport. Allowed: tcp, udp, unix-stream, unix-dgram.")
                                 .arg(displayText(protoText)));
    if (cl.isSet(udpOption)) {
        if (cl.isSet(protoOption) && config.transport != EchoTransport::Udp)
            return cl.usageError(QStringLiteral("--udp means --proto udp, but --proto says %1.").arg(displayText(protoText)));
        config.transport = EchoTransport::Udp;
    }
    const QString proto = QString::fromLatin1(transportName(config.transport));
    const bool unixSocket = isUnix(config.transport);
    const QString familyText = cl.value(familyOption);
    if (cl.isSet(familyOption) && familyText != QStringLiteral("inet") && familyText != QStringLiteral("inet6")
        && familyText != QStringLiteral("unspec") && familyText != QStringLiteral("unix"))
        return cl.usageError(QStringLiteral("--family “%1” is not a family listen takes. Allowed: inet, inet6, "
                                            "unspec, unix.")
                                 .arg(displayText(familyText)));
    if (unixSocket) {
        for (const QCommandLineOption* o : {&bindOption, &portOption, &joinOption})
            if (cl.isSet(*o))
                return cl.usageError(QStringLiteral("--%1 belongs to tcp and udp; a unix socket has a --path.")
                                         .arg(o->names().first()));
        if (cl.isSet(familyOption) && familyText != QStringLiteral("unix"))
            return cl.usageError(QStringLiteral("--family %1 does not go with --proto %2: a unix socket is "
                                                "--family unix.")
                                     .arg(familyText, proto));
        if (!cl.isSet(pathOption))
            return cl.usageError(QStringLiteral("--proto %1 needs a --path: a file such as /tmp/listen.sock, or "
                                                "@name for an abstract name.")
                                     .arg(proto));
    } else {
        for (const QCommandLineOption* o : {&pathOption, &removeStaleOption})
            if (cl.isSet(*o))
                return cl.usageError(QStringLiteral("--%1 belongs to unix-stream and unix-dgram; tcp and udp take "
                                                    "--bind and --port.")
                                         .arg(o->names().first()));
        if (familyText == QStringLiteral("unix"))
            return cl.usageError(QStringLiteral("--family unix needs --proto unix-stream or unix-dgram, not %1.").arg(proto));
        if (cl.isSet(joinOption) && config.transport != EchoTransport::Udp)
            return cl.usageError(QStringLiteral("--join is for udp: only a datagram socket receives multicast "
                                                "(add --udp)."));
    }
    if (cl.isSet(waitOption) && isStream(config.transport))
        return cl.usageError(QStringLiteral("--wait belongs to datagrams (udp, unix-dgram): a stream ends at the "
                                            "peer's EOF."));
    bool waitOk = false;
    const double waitSeconds = cl.value(waitOption).toDouble(&waitOk);
    if (!waitOk || !(waitSeconds >= 0) || waitSeconds > 3600)
        return cl.usageError(QStringLiteral("--wait “%1” is not valid. Allowed: 0 to 3600 seconds.")
                                 .arg(displayText(cl.value(waitOption))));

    std::vector<MulticastGroup> groups;
    for (const QString& g : cl.values(joinOption)) {
        MulticastGroup group;
        std::string error;
        if (!parseMulticastGroup(g.trimmed().toStdString(), {}, {}, group, error))
            return cl.usageError(QStringLiteral("--join: %1.").arg(QString::fromStdString(error)));
        if (!groups.empty() && groups.front().family != group.family)
            return cl.usageError(QStringLiteral("--join %1 and --join %2: one socket joins groups of one family "
                                                "(IPv4 or IPv6); run a listen for each.")
                                     .arg(QString::fromStdString(groups.front().groupText()), displayText(g)));
        for (const MulticastGroup& known : groups)
            if (known.sameAs(group))
                return cl.usageError(QStringLiteral("--join %1 is given twice.").arg(displayText(g)));
        groups.push_back(group);
    }

    // ---- invalid input (exit 1): the port and the address
    const auto fail = [&cl](const QString& message, const QString& code) {
        cl.diagnostic(message + QStringLiteral(" [") + code + QLatin1Char(']'));
        if (cl.json())
            printJson(errorObject(message, code));
        return ExitFailure;
    };
    if (unixSocket) {
        config.path = cl.value(pathOption).toStdString();
        SocketAddress a;
        if (config.path.empty() || config.path == "@")
            return fail(QStringLiteral("--path is empty: give a file such as /tmp/listen.sock, or @name for an "
                                       "abstract name."),
                        QStringLiteral("EINVAL"));
        if (!SocketAddress::fromUnixPath(config.path, a))
            return fail(QStringLiteral("--path “%1” has %2 bytes: a unix socket path fits sun_path, 107 bytes at most "
                                       "(106 after the @ of an abstract name).")
                            .arg(displayText(cl.value(pathOption)))
                            .arg(config.path.size()),
                        QStringLiteral("ENAMETOOLONG"));
        config.removeStaleSocket = cl.isSet(removeStaleOption);
    } else {
        const QString portText = cl.value(portOption);
        const ParsedNumber port = parseUnsigned(portText.toStdString(), 65535);
        if (!port.ok())
            return fail(CodecMessages::numberError(port, displayText(portText), QStringLiteral("--port"), 65535),
                        numberErrorCode(port));
        config.port = static_cast<int>(port.value);
        const bool joinsV6 = !groups.empty() && groups.front().family == AF_INET6;
        QString bind = cl.value(bindOption).trimmed();
        if (!cl.isSet(bindOption)) {
            if (!groups.empty())
                bind = joinsV6 ? QStringLiteral("::") : QStringLiteral("0.0.0.0");
            else if (familyText == QStringLiteral("inet6"))
                bind = QStringLiteral("::1");
            else if (familyText == QStringLiteral("unspec"))
                bind = QStringLiteral("::");
            else
                bind = QStringLiteral("127.0.0.1");
        }
        config.bindAddress = withoutBrackets(bind.toStdString());
        SocketAddress a;
        if (!SocketAddress::fromNumeric(config.bindAddress, config.port, a))
            return fail(QStringLiteral("--bind “%1” is not a numeric address. Allowed: an IPv4 address such as "
                                       "127.0.0.1 or 0.0.0.0, or an IPv6 address such as ::1 or :: (listen looks up "
                                       "no names).")
                            .arg(displayText(cl.value(bindOption))),
                        QStringLiteral("EINVAL"));
        const bool v6 = a.family() == AF_INET6;
        if (familyText == QStringLiteral("inet") && v6)
            return cl.usageError(QStringLiteral("--family inet needs an IPv4 --bind address, not %1.").arg(bind));
        if ((familyText == QStringLiteral("inet6") || familyText == QStringLiteral("unspec")) && !v6)
            return cl.usageError(QStringLiteral("--family %1 needs an IPv6 --bind address (such as ::1 or ::), not %2.")
                                     .arg(familyText, bind));
        if (!groups.empty() && (groups.front().family == AF_INET6) != v6)
            return cl.usageError(QStringLiteral("--join %1 is an %2 group, but the socket is bound to %3: give "
                                                "--bind an address of the group's family.")
                                     .arg(QString::fromStdString(groups.front().groupText()),
                                          joinsV6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4"), bind));
        if (!groups.empty() && familyText == QStringLiteral("unspec"))
            return cl.usageError(QStringLiteral("--join with --family unspec: a dual-stack socket here joins IPv6 "
                                                "groups only; use --family inet6 (or an IPv4 --bind for IPv4 groups)."));
        config.v6Only = familyText != QStringLiteral("unspec");
        if (!cl.isSet(bindOption) && !groups.empty())
            cl.diagnostic(QStringLiteral("note: bound to %1 so that the group's datagrams arrive; unicast to port "
                                         "%2 from other machines arrives too (--bind chooses).")
                              .arg(bind)
                              .arg(config.port));
        else if (bind == QStringLiteral("0.0.0.0") || bind == QStringLiteral("::"))
            cl.diagnostic(QStringLiteral("warning: listening on %1, every interface: reachable from other machines. "
                                         "Use --bind 127.0.0.1 (or ::1) for this machine only.")
                              .arg(bind));
    }

    // ---- listen
    blockStopSignals(); // main did it already, before any thread; again so the watcher surely inherits it
    ServerSession session(1);
    const ServerStartResult started = session.start(config);
    if (!started.ok) {
        QString message;
        if (started.staleSocketFile)
            message = QStringLiteral("“%1” is a stale unix socket file: no server listens on it, so bind failed with "
                                     "EADDRINUSE. Pass --remove-stale to remove it and bind again (or remove it "
                                     "yourself).")
                          .arg(QString::fromStdString(config.path));
        else
            message = QString::fromStdString(started.failedCall) + QStringLiteral(" failed: ")
                      + QString::fromStdString(started.message) + QLatin1Char('.') + bindHint(started.err, unixSocket);
        return fail(message, QString::fromStdString(errnoSymbol(started.err)));
    }
    for (const MulticastGroup& g : groups) {
        const ServerCallResult j = session.join(g);
        if (!j.ok)
            return fail(QStringLiteral("could not join %1: %2.").arg(QString::fromStdString(g.text()), words(j.message)),
                        QString::fromStdString(errnoSymbol(j.err)));
    }
    printOut(QStringLiteral("listening on %1\n").arg(QString::fromStdString(started.bound.text())));

    Output out(cl.json());
    const StopSignalWatcher watcher(session);
    ListenLoop loop(session, watcher, out, cl.isSet(keepOption), waitSeconds);
    const Ending ending = isStream(config.transport) ? loop.runStream() : loop.runDatagram();
    session.stop();
    if (!ending.error.isEmpty())
        cl.diagnostic(ending.error);
    if (cl.json()) {
        QJsonObject o;
        o[QStringLiteral("local")] = QString::fromStdString(started.bound.text());
        o[QStringLiteral("proto")] = proto;
        if (started.v6Only >= 0)
            o[QStringLiteral("v6only")] = started.v6Only;
        if (!groups.empty()) {
            QJsonArray joined;
            for (const MulticastGroup& g : groups)
                joined.append(QString::fromStdString(g.text()));
            o[QStringLiteral("groups")] = joined;
        }
        if (!loop.lastPeer.empty())
            o[QStringLiteral("peer")] = QString::fromStdString(loop.lastPeer);
        QJsonArray peers;
        for (const PeerSummary& p : loop.peers)
            peers.append(QJsonObject{{QStringLiteral("peer"), QString::fromStdString(p.address)},
                                     {QStringLiteral("sent"), static_cast<qint64>(p.sent)},
                                     {QStringLiteral("received"), static_cast<qint64>(p.received)}});
        o[QStringLiteral("peers")] = peers;
        o[QStringLiteral("peer_count")] = static_cast<qint64>(loop.served);
        o[QStringLiteral("sent")] = static_cast<qint64>(loop.sent);
        o[QStringLiteral("received")] = static_cast<qint64>(loop.received);
        if (loop.ignored)
            o[QStringLiteral("ignored")] = static_cast<qint64>(loop.ignored);
        o[QStringLiteral("data_hex")] = QString::fromLatin1(QByteArray::fromStdString(out.kept()).toHex());
        if (!ending.error.isEmpty()) {
            o[QStringLiteral("error")] = ending.error;
            o[QStringLiteral("code")] = QString::fromStdString(errnoSymbol(ending.err));
        }
        printJson(o);
    }
    return ending.error.isEmpty() ? ExitSuccess : ExitFailure;
}

} // namespace sockscope::cli
