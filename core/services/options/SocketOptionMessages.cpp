#include "SocketOptionMessages.h"

#include "ErrnoInfo.h"
#include "SocketOptionPlatform.h"

#include <netinet/in.h>
#include <sys/socket.h>

#include <iterator>

namespace sockscope {

namespace {

// The same English as core's catalogue, so that lupdate extracts them for the translators.
const char* const kMeanings[] = {
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Whether the socket is listening for connections (set by listen())."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Allow sending datagrams to a broadcast address."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Ask the protocol to record debugging information (turning it on needs CAP_NET_ADMIN)."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Send only to directly connected hosts, bypassing the routing table."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "The pending socket error (an errno value); reading it clears it."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Send keep-alive probes on an idle connection to find out whether the peer is still there."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "What close() does with unsent data: wait up to this many seconds; {1, 0} resets the connection."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Deliver urgent (out-of-band) data inline with the normal data."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "The size of the receive buffer in bytes."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "The fewest bytes a receive call waits for before it returns."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "How long a blocking receive waits before it fails with EAGAIN; 0 waits for ever."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Allow bind() to an address still held by a connection in TIME_WAIT."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "The size of the send buffer in bytes."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "The fewest bytes of free buffer space a send call waits for."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "How long a blocking send waits before it fails with EAGAIN; 0 waits for ever."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "The socket type (SOCK_STREAM, SOCK_DGRAM, …)."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Allow several sockets to bind the same address and port, and share the incoming load."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "The socket's address family (AF_INET, AF_INET6, AF_UNIX)."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "The socket's protocol (IPPROTO_TCP, IPPROTO_UDP, 0)."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Send small segments at once instead of waiting to combine them (turns Nagle's algorithm off)."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "The largest segment TCP sends, in bytes."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Seconds of idleness before the first keep-alive probe."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Seconds between keep-alive probes."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Unanswered keep-alive probes before the connection is dropped."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Hold back partial segments until the cork is removed (or 200 ms pass)."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Acknowledge at once instead of delaying; the kernel may turn it off again by itself."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Milliseconds sent data may stay unacknowledged before the connection is dropped; 0: the system's default."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "The congestion control algorithm (cubic, reno, bbr, … as the kernel offers them)."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "The connection's state as TCP sees it: round-trip time, congestion window, retransmissions, bytes."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "The time-to-live of outgoing packets: how many routers they may cross."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "The type-of-service byte of outgoing packets (DSCP and ECN bits)."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "The time-to-live of outgoing multicast datagrams."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Deliver our own multicast datagrams back to this host."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Accept IPv6 only; when off, IPv4 peers reach the socket as ::ffff:a.b.c.d (set it before bind())."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "The hop limit of outgoing unicast packets."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "The hop limit of outgoing multicast datagrams."),
    QT_TRANSLATE_NOOP("SocketOptionMessages", "Deliver our own multicast datagrams back to this host."),
};

QString symbol(const SocketOptionSpec& spec)
{
    return QString::fromLatin1(spec.nameSymbol);
}

QString errnoName(int err)
{
    return QString::fromStdString(errnoSymbol(err));
}

QString valueText(const SocketOptionSpec& spec, const OptionValue& value)
{
    return QString::fromStdString(formatOptionValue(spec, value));
}

} // namespace

QString SocketOptionMessages::meaning(const SocketOptionSpec& spec)
{
    return QCoreApplication::translate("SocketOptionMessages", spec.meaning);
}

QStringList SocketOptionMessages::sourceMeanings()
{
    QStringList out;
    for (const char* m : kMeanings)
        out << QString::fromUtf8(m);
    return out;
}

QString SocketOptionMessages::typeName(OptionType type)
{
    switch (type) {
    case OptionType::Int: return tr("number");
    case OptionType::Bool: return tr("on/off");
    case OptionType::Linger: return tr("struct linger");
    case OptionType::Timeval: return tr("struct timeval");
    case OptionType::String: return tr("name");
    case OptionType::TcpInfo: return tr("struct tcp_info");
    }
    return {};
}

QString SocketOptionMessages::allowedValues(const SocketOptionSpec& spec)
{
    switch (spec.type) {
    case OptionType::Bool: return tr("Allowed: 0 (off) or 1 (on).");
    case OptionType::Int: return tr("Allowed: %1 to %2.").arg(spec.min).arg(spec.max);
    case OptionType::Linger:
        return tr("Allowed: {onoff, seconds} with onoff 0 or 1 and seconds 0 to %1.").arg(spec.max);
    case OptionType::Timeval:
        return tr("Allowed: {seconds, microseconds} with seconds 0 to %1 and microseconds 0 to 999999, or "
                  "seconds with a fraction such as 1.5.")
            .arg(spec.max);
    case OptionType::String: return tr("Allowed: a name of 1 to %1 letters, digits, '_' or '-'.").arg(spec.max);
    case OptionType::TcpInfo: return tr("It can only be read.");
    }
    return {};
}

QString SocketOptionMessages::problem(const SocketOptionSpec& spec, OptionProblem problem, int err, bool setting)
{
    const QString name = symbol(spec);
    switch (problem) {
    case OptionProblem::None: return {};
    case OptionProblem::NotOnPlatform: return tr("%1 does not exist on this platform.").arg(name);
    case OptionProblem::NotForSocket: return tr("%1 does not apply to this kind of socket.").arg(name);
    case OptionProblem::GetOnly:
        if (spec.level == SOL_SOCKET && spec.name == SO_SNDLOWAT && platform::sndLowatReadOnly)
            return tr("%1 can only be read on Linux (it is always 1 there).").arg(name);
        return tr("%1 can only be read, not set.").arg(name);
    case OptionProblem::WrongType:
        return tr("%1 takes a value of type %2.").arg(name, typeName(spec.type)) + QLatin1Char(' ')
               + allowedValues(spec);
    case OptionProblem::OutOfRange:
        return tr("%1: the value is out of range.").arg(name) + QLatin1Char(' ') + allowedValues(spec);
    case OptionProblem::BadName:
        return tr("%1: not a valid algorithm name.").arg(name) + QLatin1Char(' ') + allowedValues(spec);
    case OptionProblem::SocketGone:
        return setting ? tr("The socket has been closed; %1 was not set.").arg(name)
                       : tr("The socket has been closed; %1 was not read.").arg(name);
    case OptionProblem::Kernel: break;
    }
    const QString prefix = (setting ? tr("setsockopt %1 failed with %2:") : tr("getsockopt %1 failed with %2:"))
                               .arg(name, errnoName(err))
                           + QLatin1Char(' ');
    if ((err == EPERM || err == EACCES) && spec.level == SOL_SOCKET && spec.name == SO_DEBUG)
        return prefix + tr("turning SO_DEBUG on needs the CAP_NET_ADMIN capability, which this process does not have.");
    if (err == EPERM || err == EACCES)
        return prefix + tr("this process lacks the privilege (a capability such as CAP_NET_ADMIN) the kernel asks for.");
    if (err == ENOPROTOOPT) {
        if (spec.level == SOL_SOCKET && spec.name == SO_SNDLOWAT)
            return prefix + tr("Linux reports SO_SNDLOWAT but does not allow changing it.");
        return prefix + tr("the kernel does not know this option at %1 for this socket.")
                            .arg(QString::fromLatin1(spec.levelSymbol));
    }
    if (err == ENOENT && spec.level == IPPROTO_TCP && spec.name == platform::tcpCongestion)
        return prefix + tr("the kernel has no congestion control algorithm of that name (see "
                           "/proc/sys/net/ipv4/tcp_available_congestion_control).");
    if (err == EINVAL) {
        if (spec.level == IPPROTO_IPV6 && spec.name == IPV6_V6ONLY)
            return prefix + tr("IPV6_V6ONLY can only change before the socket is bound.");
        return prefix + tr("the kernel refused the value for this socket in its current state.") + QLatin1Char(' ')
               + allowedValues(spec);
    }
    if (err == EBADF || err == ENOTSOCK)
        return prefix + tr("the descriptor is not an open socket.");
    return prefix + QString::fromStdString(errnoDescription(err));
}

QString SocketOptionMessages::adjustment(const SocketOptionSpec& spec, OptionAdjustment adjustment,
                                         const OptionValue& requested, const OptionValue& kept)
{
    const QString head =
        tr("%1: asked for %2, the kernel keeps %3.").arg(symbol(spec), valueText(spec, requested), valueText(spec, kept));
    switch (adjustment) {
    case OptionAdjustment::None: return {};
    case OptionAdjustment::Doubled:
        return head + QLatin1Char(' ') + tr("Linux doubles the size to leave room for its own bookkeeping.");
    case OptionAdjustment::Limited:
        return head + QLatin1Char(' ')
               + tr("Linux doubles the size and keeps it between its minimum and twice net.core.%1.")
                     .arg(spec.name == SO_RCVBUF ? QStringLiteral("rmem_max") : QStringLiteral("wmem_max"));
    case OptionAdjustment::RoundedToTick:
        return head + QLatin1Char(' ') + tr("Timeouts are kept in clock ticks, so the value was rounded.");
    case OptionAdjustment::EcnBitsKept:
        return head + QLatin1Char(' ') + tr("On a TCP socket the two low (ECN) bits stay under TCP's control.");
    case OptionAdjustment::NotSticky:
        return head + QLatin1Char(' ') + tr("Quick-ack mode is not permanent; TCP enters and leaves it by itself.");
    case OptionAdjustment::Other: break;
    }
    return head;
}

QString SocketOptionMessages::setOutcome(const OptionSetResult& r)
{
    if (!r.spec)
        return {};
    if (!r.applied())
        return problem(*r.spec, r.problem, r.err, true);
    if (!r.kept)
        return tr("%1 was set, but reading it back failed.").arg(symbol(*r.spec));
    if (r.adjustment != OptionAdjustment::None)
        return adjustment(*r.spec, r.adjustment, r.requested, *r.kept);
    return tr("%1 set to %2; read back %3.").arg(symbol(*r.spec), valueText(*r.spec, r.requested),
                                                 valueText(*r.spec, *r.kept));
}

QString SocketOptionMessages::ownerName(SocketOwner owner)
{
    switch (owner) {
    case SocketOwner::Lab: return tr("Socket lab");
    case SocketOwner::Console: return tr("Client console");
    case SocketOwner::EchoListener: return tr("Echo server listener");
    case SocketOwner::EchoConnection: return tr("Echo server connection");
    case SocketOwner::ServerListener: return tr("Server console listener");
    case SocketOwner::ServerPeer: return tr("Server console client");
    case SocketOwner::Scratch: return tr("Scratch socket");
    case SocketOwner::Other: return tr("Other");
    }
    return {};
}

QString SocketOptionMessages::kindName(const SocketKind& kind)
{
    const bool stream = kind.type == SOCK_STREAM;
    switch (kind.domain) {
    case AF_INET: return stream ? tr("TCP over IPv4") : tr("UDP over IPv4");
    case AF_INET6: return stream ? tr("TCP over IPv6") : tr("UDP over IPv6");
    case AF_UNIX: return stream ? tr("Unix stream") : tr("Unix datagram");
    }
    return tr("family %1, type %2").arg(kind.domain).arg(kind.type);
}

QString SocketOptionMessages::recvTimeout(const RecvTimeoutOutcome& o)
{
    if (!o.ran)
        return tr("The demonstration could not start: %1.").arg(errnoName(o.err));
    if (o.asExpected)
        return tr("recv() gave up after %1 ms (SO_RCVTIMEO %2 ms) and failed with %3: nobody sent anything, "
                  "and the timeout turned the endless wait into an error.")
            .arg(o.waitedMs)
            .arg(o.timeoutMs)
            .arg(errnoName(o.err));
    return tr("recv() did not time out as expected (%1).").arg(o.err ? errnoName(o.err) : tr("it returned data"));
}

QString SocketOptionMessages::lingerReset(const DemoOutcome& o)
{
    if (!o.ran)
        return tr("The demonstration could not start: %1.").arg(errnoName(o.err));
    if (o.asExpected)
        return tr("The server closed its end with SO_LINGER {1, 0}: the kernel sent a reset instead of a FIN, "
                  "and the client's recv() failed with %1 instead of reading end-of-file.")
            .arg(errnoName(o.err));
    return tr("The client's recv() did not see a reset (%1).").arg(o.err ? errnoName(o.err) : tr("no error"));
}

QString SocketOptionMessages::reuseAddress(const ReuseAddressOutcome& o)
{
    if (!o.ran)
        return tr("The demonstration could not start: %1.").arg(errnoName(o.err));
    const QString without = o.errWithout ? errnoName(o.errWithout) : tr("succeeded");
    const QString with = o.errWith ? errnoName(o.errWith) : tr("succeeded");
    return tr("Port %1 still has a connection in TIME_WAIT. bind() without SO_REUSEADDR: %2; with "
              "SO_REUSEADDR: %3.")
        .arg(o.port)
        .arg(without, with);
}

QString SocketOptionMessages::v6Only(const V6OnlyOutcome& o)
{
    if (!o.ran)
        return tr("The demonstration could not start: %1.").arg(errnoName(o.err));
    if (o.connected)
        return tr("IPV6_V6ONLY off: the IPv4 client connected to the IPv6 listener, which saw it as %1.")
            .arg(QString::fromStdString(o.peerSeen));
    return o.v6Only ? tr("IPV6_V6ONLY on: the IPv4 client could not reach the IPv6 listener (%1).").arg(errnoName(o.err))
                    : tr("IPV6_V6ONLY off, yet the IPv4 client could not connect (%1).").arg(errnoName(o.err));
}

QString SocketOptionMessages::noDelay(const NoDelayOutcome& o)
{
    if (!o.ran)
        return tr("The demonstration could not start: %1.").arg(errnoName(o.err));
    return tr("%1 round trips of two small writes each against the built-in echo server: with Nagle's algorithm "
              "(TCP_NODELAY 0) %2 µs on average, worst %3 µs; with TCP_NODELAY 1 %4 µs, worst %5 µs. On "
              "loopback the difference is small; on a real network Nagle waits for an ACK.")
        .arg(o.messages)
        .arg(o.meanUsNagle, 0, 'f', 0)
        .arg(o.maxUsNagle, 0, 'f', 0)
        .arg(o.meanUsNoDelay, 0, 'f', 0)
        .arg(o.maxUsNoDelay, 0, 'f', 0);
}

} // namespace sockscope
