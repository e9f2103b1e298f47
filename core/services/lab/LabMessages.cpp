#include "LabMessages.h"

#include "ErrnoInfo.h"
#include "LabNames.h"
#include "PingGroupRange.h"

#include <QStringList>

namespace sockscope {

namespace {

QString arg(const LabResult& r, std::size_t i)
{
    return i < r.noteArgs.size() ? QString::fromStdString(r.noteArgs[i]) : QString();
}

// "type 8 (echo request), code 0, checksum 0x1c2d, …": header fields keep their RFC names.
QString fieldsText(const std::vector<LabField>& fields)
{
    QStringList parts;
    for (const auto& f : fields)
        parts << QString::fromStdString(f.name) + QLatin1Char(' ') + QString::fromStdString(f.value);
    return parts.join(QStringLiteral(", "));
}

QString indented(const std::string& steps)
{
    QString out;
    for (const QString& line : QString::fromStdString(steps).split(QLatin1Char('\n')))
        out += QStringLiteral("\n    ") + line;
    return out;
}

} // namespace

QString LabMessages::pingGroupSummary()
{
    const std::optional<PingGroupRange> range = pingGroupRange();
    if (!range)
        return tr("net.ipv4.ping_group_range cannot be read here (no /proc/sys): ping sockets may not exist.");
    const QString text = QString::fromStdString(range->text());
    const QString groups = QString::fromStdString(range->groupsText());
    if (range->allowed)
        return tr("net.ipv4.ping_group_range = %1: your groups (%2) are inside it, so ping sockets (SOCK_DGRAM, "
                  "IPPROTO_ICMP) work without CAP_NET_RAW.").arg(text, groups);
    return tr("net.ipv4.ping_group_range = %1: your groups (%2) are outside it, so socket() refuses ping sockets "
              "with EACCES (\"1 0\", the default, admits nobody, root included).").arg(text, groups);
}

QString LabMessages::echoDetail(const LabResult& r)
{
    if (r.request.call != LabCall::IcmpEcho && r.request.call != LabCall::SendIpPacket)
        return {};
    const LabEchoTrace& e = r.echo;
    QString out;
    if (e.hdrincl) {
        out += tr("The IPv4 header the lab built (IP_HDRINCL: the kernel adds none): %1.").arg(fieldsText(e.ipHeader));
        out += QLatin1Char('\n') + tr("Its header checksum, over the 20 header bytes with the checksum field 0:")
               + indented(e.ipChecksumSteps);
        out += QLatin1Char('\n') + tr("Linux still fills in the total length and the header checksum itself, and the "
                                       "identification and source address when they are 0.");
        out += QLatin1Char('\n');
    }
    out += tr("The echo request to %1: %2.").arg(QString::fromStdString(e.destination), fieldsText(e.request));
    if (e.v6) {
        out += QLatin1Char('\n') + tr("ICMPv6's checksum also covers a pseudo-header of both IPv6 addresses, which only "
                                       "the kernel knows for sure: it computes the checksum itself (IPV6_CHECKSUM is "
                                       "always on for ICMPv6 raw sockets), so the lab leaves the field 0.");
    } else {
        out += QLatin1Char('\n') + tr("The Internet checksum, over the ICMP message with its checksum field 0:")
               + indented(e.checksumSteps);
    }
    if (e.ping)
        out += QLatin1Char('\n') + tr("On a ping socket the kernel puts in its own identifier, the socket's \"port\" "
                                       "(%1 here), and computes the checksum again.").arg(e.kernelId);
    if (r.request.call == LabCall::SendIpPacket || r.ret == -1)
        return out;
    if (e.replied) {
        out += QLatin1Char('\n') + tr("The reply, as recvfrom gave it: %1.").arg(fieldsText(e.reply));
        if (e.replyHasIpHeader)
            out += QLatin1Char('\n') + tr("A raw IPv4 socket receives the whole datagram, the IP header first; a ping "
                                           "socket (and a raw ICMPv6 socket) gets the ICMP message alone.");
        else if (e.ping)
            out += QLatin1Char('\n') + tr("A ping socket gets the ICMP message alone, without the IP header: the kernel "
                                           "already matched the reply to this socket by its identifier. A raw IPv4 "
                                           "socket would get the whole datagram, IP header first.");
        else
            out += QLatin1Char('\n') + tr("A raw ICMPv6 socket gets the ICMP message without the IPv6 header.");
    } else if (e.timedOut) {
        out += QLatin1Char('\n') + tr("No reply came before the timeout.");
    }
    if (e.skipped > 0)
        out += QLatin1Char('\n') + tr("%n other ICMP message(s) read meanwhile: on loopback a raw socket also reads "
                                       "the echo request itself, and every other ICMP message of the machine.",
                                       nullptr, e.skipped);
    return out;
}

QString LabMessages::outcome(const LabResult& r)
{
    if (!r.performed)
        return tr("not called");
    if (r.ret == -1)
        return QStringLiteral("-1 %1 (%2)").arg(QString::fromStdString(errnoSymbol(r.err)),
                                                QString::fromStdString(errnoText(r.err)));
    if (labCallReturnsFd(r.request.call))
        return tr("%1 (new descriptor)").arg(r.ret);
    return QString::number(r.ret);
}

QString LabMessages::explanation(const LabResult& r)
{
    const QString a0 = arg(r, 0), a1 = arg(r, 1), a2 = arg(r, 2), a3 = arg(r, 3);
    switch (r.note) {
    case LabNote::SocketCreated:
        return tr("The kernel made a new socket, not yet bound or connected, and gave it the lowest free descriptor "
                  "number, %2. The lab calls it %1.").arg(a0, a1);
    case LabNote::Bound:
        return tr("The socket now owns the local address %1. Port 0 asks the kernel to pick a free port; "
                  "getsockname tells which one it chose.").arg(a0);
    case LabNote::Listening:
        return tr("The socket is now passive: the kernel completes handshakes for it and queues up to %1 connections "
                  "for accept (this kernel caps the backlog at SOMAXCONN = %2).").arg(a0, a1);
    case LabNote::Accepted:
        return tr("The kernel took the first completed connection off the listen queue and gave it a new socket, %1, "
                  "connected to %2. The listening socket stays as it was, ready for the next one.").arg(a0, a1);
    case LabNote::Connected:
        return tr("The handshake completed: the kernel bound the socket to %1 (an ephemeral port if it was not bound) "
                  "and connected it to %2.").arg(a0, a1);
    case LabNote::Sent:
        return tr("The kernel copied %1 of %2 bytes into the socket's send buffer; sending on the wire happens after "
                  "the call has returned.").arg(a0, a1);
    case LabNote::Received:
        return tr("The kernel copied %1 bytes out of the receive buffer (at most %2 were asked for). A stream has no "
                  "message boundaries: one recv may return part of a send, or several sends.").arg(a0, a1);
    case LabNote::Discarded:
        return tr("MSG_TRUNC on a stream socket: the kernel took %1 bytes out of the receive buffer and threw them "
                  "away without copying them into buf (Linux); the return value says how many.").arg(a0);
    case LabNote::EndOfStream:
        return tr("0 means end of stream: the peer has shut down its sending side (or closed), and no data is left.");
    case LabNote::ShutDown:
        return tr("%1: the direction is shut for every descriptor of this socket at once, whatever the reference "
                  "count. SHUT_WR sends a FIN, so the peer reads end of stream.").arg(a0);
    case LabNote::Closed:
        return tr("The descriptor is released, and with it the last reference to the socket: the kernel closes the "
                  "connection (a TCP connection may linger, e.g. in TIME_WAIT, without any descriptor).");
    case LabNote::ClosedAliasRemains:
        return tr("Only this descriptor is released: %1 still refers to the same socket, so the connection stays "
                  "open. shutdown() would act on the socket itself.").arg(a0);
    case LabNote::Duplicated:
        return tr("%1 (descriptor %2) now refers to the same open socket as %3: they share the file status flags "
                  "(O_NONBLOCK) but each has its own FD_CLOEXEC.").arg(a0, a1, a2);
    case LabNote::Dup2Same:
        return tr("Old and new descriptor are the same number: dup2 did nothing and returned it.");
    case LabNote::Dup2ClosedOther:
        return tr("dup2 first closed %4, which had that number, then made %1 (descriptor %2) refer to the socket "
                  "of %3.").arg(a0, a1, a2, a3);
    case LabNote::FlagsRead:
        return tr("The open file's status flags: %1. O_NONBLOCK belongs to the open file, shared by every "
                  "duplicate of the descriptor.").arg(a0);
    case LabNote::NonblockSet:
        return tr("O_NONBLOCK is set: calls that would wait now fail at once with EAGAIN, and connect with "
                  "EINPROGRESS.");
    case LabNote::NonblockCleared:
        return tr("O_NONBLOCK is cleared: accept, connect, recv and send wait again.");
    case LabNote::FdFlagsRead:
        return tr("The descriptor's own flags: %1 (FD_CLOEXEC closes it in a program started with exec).").arg(a0);
    case LabNote::CloexecSet:
        return tr("FD_CLOEXEC is set on this descriptor only: an exec'd program will not inherit it.");
    case LabNote::CloexecCleared:
        return tr("FD_CLOEXEC is cleared: an exec'd program inherits this descriptor.");
    case LabNote::OwnerRead:
        return tr("The process that receives SIGURG (urgent data) and SIGIO for this socket: %1 (0: none).").arg(a0);
    case LabNote::OwnerSet:
        return tr("Process %1 now receives SIGURG when out-of-band data arrives on this socket.").arg(a0);
    case LabNote::Stat:
        return tr("fstat works on a socket: %1. The type bits say socket; size and times mean little here.").arg(a0);
    case LabNote::ModeChanged:
        return tr("Linux accepts fchmod on a socket and sets the mode (%1) of its inode, but the mode has no effect "
                  "on who may use the socket: POSIX leaves this unspecified.").arg(a0);
    case LabNote::OwnerChanged:
        return tr("Linux accepts fchown on a socket; what it means is implementation-defined.");
    case LabNote::Synced:
        return tr("This system accepted the sync on a socket; there is nothing to write to a disk.");
    case LabNote::Truncated:
        return tr("This system accepted ftruncate on a socket.");
    case LabNote::Seeked:
        return tr("The new offset is %1.").arg(a0);
    case LabNote::BytesWaiting:
        return tr("%1 bytes wait in the receive buffer: a recv of that size would not block.").arg(a0);
    case LabNote::AtMark:
        return tr("The read position is at the out-of-band mark: the next byte read is the urgent one.");
    case LabNote::NotAtMark:
        return tr("The read position is not at the out-of-band mark.");
    case LabNote::LocalName:
        return tr("The socket's local address: %1.").arg(a0);
    case LabNote::PeerName:
        return tr("The address of the connected peer: %1.").arg(a0);
    case LabNote::RawSocketCreated:
        return tr("The kernel made a raw socket, %1 (descriptor %2), for %3: it skips the transport layer. recvfrom "
                  "gives every datagram of that protocol the machine receives (IPv4: IP header first), and "
                  "sendto sends your bytes after an IP header the kernel writes (unless IP_HDRINCL is set).")
            .arg(a0, a1, a2);
    case LabNote::RawIpSocketCreated:
        return tr("The kernel made a raw socket for IPPROTO_RAW, %1 (descriptor %2): it only sends, never receives, "
                  "and IP_HDRINCL is implied: each datagram you send begins with your own IPv4 header.").arg(a0, a1);
    case LabNote::PingSocketCreated:
        return tr("The kernel made a ping socket, %1 (descriptor %2): a datagram socket for ICMP echo only, allowed "
                  "without CAP_NET_RAW to the groups in net.ipv4.ping_group_range. The kernel sets the identifier "
                  "and the checksum, and hands this socket its own replies only, without the IP header.").arg(a0, a1);
    case LabNote::SeqpacketCreated:
        return tr("The kernel made a sequenced-packet socket, %1 (descriptor %2): connected and reliable like a "
                  "stream, but each send is one record and each recv returns at most one record.").arg(a0, a1);
    case LabNote::OtherProtocolCreated:
        return tr("The kernel made socket %1 (descriptor %2) for protocol %3 of the protocols database.").arg(a0, a1, a2);
    case LabNote::SentRepeated:
        return tr("%1 sends back to back put %2 bytes into the send buffer. While the first small segment is "
                  "unacknowledged, Nagle's algorithm holds the others back and sends them together; with "
                  "TCP_NODELAY each goes out at once.").arg(a0, a1);
    case LabNote::RecordReceived:
        return tr("One record of %1 bytes (the buffer held %2). A sequenced-packet socket keeps the sender's "
                  "boundaries: each recv returns at most one send's bytes, and what does not fit in the buffer is "
                  "thrown away.").arg(a0, a1);
    case LabNote::RecordTruncated:
        return tr("The record had %1 bytes, the buffer only %2: with MSG_TRUNC recv returns the record's real length; "
                  "the bytes beyond the buffer are lost.").arg(a0, a1);
    case LabNote::OptionSet:
        if (a0 == QLatin1String("SO_LINGER"))
            return a1 != QLatin1String("0") && a2 == QLatin1String("0")
                       ? tr("SO_LINGER is on with l_linger 0: close() will now abort the connection, sending a RST "
                            "instead of a FIN, and leave no TIME_WAIT.")
                       : tr("SO_LINGER is set (l_onoff %1, l_linger %2 s): close() waits up to l_linger seconds for "
                            "unsent data to go out.").arg(a1, a2);
        if (a0 == QLatin1String("TCP_NODELAY"))
            return a1 != QLatin1String("0")
                       ? tr("TCP_NODELAY is on: Nagle's algorithm is off, so each small send goes out at once instead "
                            "of waiting for the ACK of the data in flight.")
                       : tr("TCP_NODELAY is off: Nagle's algorithm holds small sends back while data is unacknowledged.");
        if (a0 == QLatin1String("SO_KEEPALIVE"))
            return tr("SO_KEEPALIVE is %1: after TCP_KEEPIDLE seconds of silence the kernel probes the peer with an "
                      "empty ACK.").arg(a1 != QLatin1String("0") ? tr("on") : tr("off"));
        if (a0 == QLatin1String("TCP_KEEPIDLE"))
            return tr("TCP_KEEPIDLE is %1 s: the first keep-alive probe goes out after that long without traffic.").arg(a1);
        if (a0 == QLatin1String("TCP_KEEPINTVL"))
            return tr("TCP_KEEPINTVL is %1 s: the time between unanswered keep-alive probes.").arg(a1);
        if (a0 == QLatin1String("TCP_KEEPCNT"))
            return tr("TCP_KEEPCNT is %1: that many unanswered probes end the connection (ETIMEDOUT).").arg(a1);
        if (a0 == QLatin1String("IP_HDRINCL"))
            return tr("IP_HDRINCL is %1: each datagram sent on this raw socket must then begin with its own IPv4 "
                      "header.").arg(a1 != QLatin1String("0") ? tr("on") : tr("off"));
        return tr("%1 is set to %2.").arg(a0, a1);
    case LabNote::EchoReplied:
        return tr("The echo reply for sequence %1 came back after %2 µs.").arg(a0, a1);
    case LabNote::EchoNoReply:
        return tr("No echo reply within %1 ms: the kernel may ignore echo requests (net.ipv4.icmp_echo_ignore_all), "
                  "or another program took it first.").arg(arg(r, 2));
    case LabNote::IpPacketSent:
        return tr("The kernel sent the %1-byte datagram as the lab built it. This socket cannot receive: the echo "
                  "reply goes to every raw ICMP socket (recvfrom on an AF_INET, SOCK_RAW, IPPROTO_ICMP socket "
                  "shows it).").arg(a0);
    case LabNote::FamilyNotSupported:
        if (a2 == QLatin1String("AF_UNSPEC"))
            return tr("AF_UNSPEC means \"any family\" where an address is looked up (getaddrinfo's hints) or "
                      "undone (connect with AF_UNSPEC dissolves a datagram socket's association), but a socket "
                      "belongs to one family: socket() answers %1 (%2).").arg(a0, a1);
        return tr("This system has no socket family %3: %1 (%2).").arg(a0, a1, a2);
    case LabNote::ProtocolNotSupported:
        return tr("%5 is no protocol for %3 sockets of type %4 here (%1: %2). TCP goes with SOCK_STREAM, UDP with "
                  "SOCK_DGRAM; others need SOCK_RAW, or a kernel module (SCTP).").arg(a0, a1, arg(r, 2), a3, arg(r, 4));
    case LabNote::TypeNotSupported:
        return tr("The family %3 has no sockets of type %4 (%1: %2).").arg(a0, a1, arg(r, 2), a3);
    case LabNote::ProtocolWrongType:
        return tr("The protocol %4 does not go with the type %3 (%1: %2).").arg(a0, a1, a3, arg(r, 4));
    case LabNote::NeedsCapNetRaw:
        return tr("The kernel refused (%1): a raw socket (%2, %3) needs the capability CAP_NET_RAW, which this "
                  "process does not have. Run SockScope as root (sudo sockscope), or give the program the "
                  "capability once: sudo setcap cap_net_raw+ep $(command -v sockscope). For an ICMP echo without "
                  "privilege, use a ping socket instead: SOCK_DGRAM with IPPROTO_ICMP, allowed to the groups in "
                  "net.ipv4.ping_group_range.").arg(a0, a3, arg(r, 4));
    case LabNote::PingGroupDenied:
        return tr("The kernel refused the ping socket (%1): your groups (%3) lie outside net.ipv4.ping_group_range "
                  "= %2 (\"1 0\", the default, admits nobody, root included). An administrator admits them with "
                  "sudo sysctl -w net.ipv4.ping_group_range=\"0 2147483647\"; or use a raw socket, which needs "
                  "CAP_NET_RAW.").arg(a0, arg(r, 2), a3);
    case LabNote::Abandoned:
        return tr("You abandoned the call: SockScope sent its thread a signal whose handler does nothing, installed "
                  "without SA_RESTART, so the kernel ended the wait with -1 EINTR. Nothing else changed.");
    case LabNote::Interrupted:
        return tr("A signal arrived while the call waited; without SA_RESTART the call returns -1 EINTR.");
    case LabNote::WouldBlock:
        return tr("The call would have to wait (nothing to read, no connection to accept, or the send buffer is "
                  "full), and the socket is non-blocking: -1 EAGAIN instead of waiting.");
    case LabNote::InProgress:
        return tr("Non-blocking connect: the kernel sent the SYN and returned at once. The socket turns writable "
                  "when the handshake ends; SO_ERROR then says whether it succeeded.");
    case LabNote::NotSeekable:
        return tr("A socket has no file position: lseek fails with ESPIPE, as on a pipe.");
    case LabNote::NotDirectory:
        return tr("A socket is not a directory: fchdir fails with ENOTDIR, as the chapter's table says.");
    case LabNote::NotForSockets:
        return tr("This system does not support the call on a socket: -1 EINVAL (POSIX leaves it unspecified "
                  "or implementation-defined).");
    case LabNote::NotConnected:
        return tr("The socket is not connected: there is no peer to ask about or to send to.");
    case LabNote::AlreadyConnected:
        return tr("The socket is already connected.");
    case LabNote::Refused:
        return tr("Nothing listens on that address and port: the peer's kernel answered the SYN with a reset.");
    case LabNote::AddressInUse:
        return tr("Another socket already owns that local address (SO_REUSEADDR changes that for a TIME_WAIT "
                  "leftover).");
    case LabNote::AddressNotAvailable:
        return tr("That address does not belong to this machine, or no ephemeral port is free.");
    case LabNote::BrokenPipe:
        return tr("The connection can no longer send (shut down or reset). The kernel also raised SIGPIPE, which "
                  "ends a program that does not ignore it; SockScope caught it. MSG_NOSIGNAL avoids it.");
    case LabNote::BrokenPipeNoSignal:
        return tr("The connection can no longer send (shut down or reset). MSG_NOSIGNAL kept the kernel from "
                  "raising SIGPIPE, so only the error is returned.");
    case LabNote::Reset:
        return tr("The peer reset the connection (it closed with data unread, or aborted).");
    case LabNote::InvalidArgument:
        return tr("The kernel rejected an argument for this socket's current state (%1: %2).").arg(a0, a1);
    case LabNote::NotSupported:
        return tr("This kind of socket does not support the operation (%1).").arg(a0);
    case LabNote::Failed:
        if (r.ret == -1)
            return tr("The call failed: %1 (%2).").arg(a0, a1);
        return {};
    case LabNote::RefusedUnknownSocket:
        return tr("There is no lab socket %1.").arg(a0);
    case LabNote::RefusedClosedSocket:
        return tr("%1 is closed. Its descriptor number may already belong to another file, so the lab makes no "
                  "call on it.").arg(a0);
    case LabNote::RefusedBusySocket:
        return tr("%1 has a call waiting on it: abandon that call first.").arg(a0);
    case LabNote::RefusedBlockingRunning:
        return tr("Another call is waiting: abandon it, or make this one with MSG_DONTWAIT or on a non-blocking "
                  "socket.");
    case LabNote::RefusedBadAddress:
        return tr("\"%1\" is neither a numeric IPv4 or IPv6 address (127.0.0.1, ::1) nor a unix path (one that "
                  "starts with /, ./ or @).").arg(a0);
    case LabNote::RefusedLongPath:
        return tr("The unix path has %1 bytes; sun_path holds %2 at most (and the terminating NUL).").arg(a0, a1);
    case LabNote::RefusedFdInUse:
        return tr("Descriptor %1 is open and belongs to SockScope itself: dup2 would close it. Choose a free "
                  "number or a lab socket's descriptor.").arg(a0);
    case LabNote::RefusedSize:
        return tr("At most %1 bytes at a time.").arg(a0);
    case LabNote::RefusedUnknownProtocol:
        return tr("\"%1\" is not in the protocols database (/etc/protocols): getprotobyname found nothing. Choose a "
                  "name from the list, or give a number from 0 to 255.").arg(a0);
    case LabNote::RefusedNotEchoSocket:
        return tr("%1 is a %2 socket: an ICMP echo needs a raw ICMP socket (SOCK_RAW with IPPROTO_ICMP, or "
                  "IPPROTO_ICMPV6 for AF_INET6) or a ping socket (SOCK_DGRAM with IPPROTO_ICMP).").arg(a0, a1);
    case LabNote::RefusedNotRawIpSocket:
        return tr("%1 is a %2 socket: a whole IPv4 datagram goes out on an AF_INET, SOCK_RAW, IPPROTO_RAW socket "
                  "(IP_HDRINCL).").arg(a0, a1);
    case LabNote::RefusedBadTimeout:
        return tr("Reply timeout: %1 ms is out of range; 1 to %2 ms (0: the default, 1000 ms).").arg(a0, a1);
    case LabNote::RefusedRepeat:
        return tr("Repeat: %1 is out of range; a send may be repeated 1 to %2 times (other calls: once).").arg(a0, a1);
    case LabNote::RefusedEchoNumber:
        return (a0 == QLatin1String("identifier") ? tr("Identifier: %1 is out of range; 0 to 65535 (16 bits).")
                                                  : tr("Sequence: %1 is out of range; 0 to 65535 (16 bits)."))
            .arg(a1);
    }
    return {};
}

QString LabMessages::recipeTitle(const std::string& id)
{
    if (id == "tcp-server")
        return tr("TCP server: socket, bind, listen, accept");
    if (id == "tcp-client")
        return tr("TCP client: socket, connect");
    if (id == "udp")
        return tr("UDP: socket, bind, sendto, recvfrom");
    if (id == "half-close")
        return tr("Half-close: shutdown(SHUT_WR)");
    if (id == "fd-tour")
        return tr("A socket is a file descriptor");
    if (id == "wire-handshake")
        return tr("Wire: the three-way handshake");
    if (id == "wire-close-client")
        return tr("Wire: orderly close, the client first");
    if (id == "wire-close-server")
        return tr("Wire: orderly close, the server first");
    if (id == "wire-linger")
        return tr("Wire: RST by SO_LINGER 0");
    if (id == "wire-refused")
        return tr("Wire: connect to a closed port (RST)");
    if (id == "wire-udp-unreachable")
        return tr("Wire: UDP to a closed port (ICMP, then ECONNREFUSED)");
    if (id == "wire-backlog")
        return tr("Wire: a full backlog (SYNs unanswered)");
    if (id == "wire-nagle")
        return tr("Wire: Nagle's algorithm and TCP_NODELAY");
    if (id == "wire-oob")
        return tr("Wire: MSG_OOB and the URG flag");
    if (id == "wire-keepalive")
        return tr("Wire: keep-alive probes");
    return QString::fromStdString(id);
}

QString LabMessages::recipeSummary(const std::string& id)
{
    if (id == "tcp-server")
        return tr("The passive side. Run the TCP client recipe (or any client) to connect, then accept.");
    if (id == "tcp-client")
        return tr("The active side. Connects to the lab's listening socket; start the server recipe first.");
    if (id == "udp")
        return tr("Two datagram sockets: no connection, every datagram carries its address.");
    if (id == "half-close")
        return tr("A connection of the lab's own; the client stops sending but keeps reading.");
    if (id == "fd-tour")
        return tr("The file functions on a socket: what works, what fails, and how dup shares the open file.");
    if (id == "wire-handshake")
        return tr("Start a capture on the Wire page first: connect() puts SYN, SYN-ACK and ACK on the wire; accept() "
                  "only takes the finished connection.");
    if (id == "wire-close-client" || id == "wire-close-server")
        return tr("Each side's close() sends a FIN, each FIN is acknowledged; the side that closed first ends in "
                  "TIME_WAIT. Watch the states beside the ladder on the Wire page.");
    if (id == "wire-linger")
        return tr("With SO_LINGER on and l_linger 0, close() aborts: one RST instead of the FIN exchange, and no "
                  "TIME_WAIT.");
    if (id == "wire-refused")
        return tr("A port that is bound but not listening: the kernel answers the SYN with a RST, and connect() fails "
                  "with ECONNREFUSED.");
    if (id == "wire-udp-unreachable")
        return tr("A datagram to a port nobody has: the kernel answers with ICMP port unreachable, and the connected "
                  "UDP socket learns of it on its next call (ECONNREFUSED).");
    if (id == "wire-backlog")
        return tr("listen(fd, 1) and three clients: two connections fill the queue, the third client's SYN is "
                  "dropped and retransmitted until accept() makes room.");
    if (id == "wire-nagle")
        return tr("Ten sends of two bytes each, back to back: with Nagle's algorithm a few segments, with "
                  "TCP_NODELAY one per send.");
    if (id == "wire-oob")
        return tr("One byte of urgent data: the segment carries the URG flag and the urgent pointer; the reader "
                  "finds the mark with SIOCATMARK and the byte with MSG_OOB.");
    if (id == "wire-keepalive")
        return tr("Short keep-alive timers on an idle connection: the kernel probes the peer every second after two "
                  "quiet seconds, and the peer acknowledges.");
    return {};
}

QString LabMessages::stepTitle(const std::string& id)
{
    const auto slash = id.find('/');
    const std::string step = slash == std::string::npos ? id : id.substr(slash + 1);
    if (id == "wire-close-server/recv-eof")
        return tr("recv() on the client");
    if (id == "wire-udp-unreachable/sendto")
        return tr("sendto() the closed port");
    if (step == "socket" || step == "socket-a")
        return id == "udp/socket-a" ? tr("socket() for A") : tr("socket()");
    if (step == "socket-b")
        return tr("socket() for B");
    if (step == "socket-server")
        return tr("socket() for the server");
    if (step == "socket-client")
        return tr("socket() for the client");
    if (step == "shutdown")
        return tr("shutdown(SHUT_WR) the client");
    if (step == "recv-eof")
        return tr("recv() on the server's end");
    if (step == "send-back")
        return tr("send() back to the client");
    if (step == "recv-client")
        return tr("recv() on the client");
    if (step == "close-client")
        return tr("close() the client");
    if (step == "close-server")
        return tr("close() the listener");
    if (step == "bind" || step == "bind-a")
        return id == "udp/bind-a" ? tr("bind() A") : tr("bind()");
    if (step == "listen")
        return tr("listen()");
    if (step == "accept")
        return tr("accept()");
    if (step == "connect")
        return tr("connect()");
    if (step == "send")
        return tr("send()");
    if (step == "recv")
        return tr("recv()");
    if (step == "sendto")
        return tr("sendto() from B to A");
    if (step == "recvfrom")
        return tr("recvfrom() on A");
    if (step == "close-conn")
        return tr("close() the connection");
    if (step == "close-b")
        return tr("close() B");
    if (step == "close-a")
        return tr("close() A");
    if (step == "close-copy")
        return tr("close() the copy");
    if (step == "close")
        return tr("close()");
    if (step == "fstat")
        return tr("fstat()");
    if (step == "lseek")
        return tr("lseek()");
    if (step == "fchdir")
        return tr("fchdir()");
    if (step == "dup")
        return tr("dup()");
    if (step == "nonblock-copy")
        return tr("O_NONBLOCK on the copy");
    if (step == "getfl")
        return tr("F_GETFL on the original");
    if (step == "linger")
        return tr("SO_LINGER {1, 0} on the client");
    if (step == "recv-reset")
        return tr("recv() on the server's end");
    if (step == "socket-target")
        return tr("socket() for the target");
    if (step == "bind-target")
        return tr("bind() the target");
    if (step == "close-target")
        return tr("close() the target");
    if (step == "sendto-again")
        return tr("sendto() again");
    if (step == "socket-c1" || step == "socket-c2" || step == "socket-c3")
        return tr("socket() for client %1").arg(QString::fromStdString(step.substr(step.size() - 1)));
    if (step == "connect-c1" || step == "connect-c2" || step == "connect-c3")
        return tr("connect() client %1").arg(QString::fromStdString(step.substr(step.size() - 1)));
    if (step == "close-c1" || step == "close-c2" || step == "close-c3")
        return tr("close() client %1").arg(QString::fromStdString(step.substr(step.size() - 1)));
    if (step == "send-burst")
        return tr("send() ten times");
    if (step == "recv-burst" || step == "recv-burst-nodelay")
        return tr("recv() on the server's end");
    if (step == "nodelay")
        return tr("TCP_NODELAY on the client");
    if (step == "send-burst-nodelay")
        return tr("send() ten times again");
    if (step == "send-normal")
        return tr("send() normal data");
    if (step == "send-oob")
        return tr("send() one byte with MSG_OOB");
    if (step == "atmark" || step == "atmark-again")
        return tr("ioctl(SIOCATMARK)");
    if (step == "recv-normal")
        return tr("recv() up to the mark");
    if (step == "recv-oob")
        return tr("recv() with MSG_OOB");
    if (step == "keepidle")
        return tr("TCP_KEEPIDLE 2 s");
    if (step == "keepintvl")
        return tr("TCP_KEEPINTVL 1 s");
    if (step == "keepcnt")
        return tr("TCP_KEEPCNT 3");
    if (step == "keepalive")
        return tr("SO_KEEPALIVE on");
    return QString::fromStdString(step);
}

QString LabMessages::stepText(const std::string& id)
{
    if (id == "tcp-server/socket" || id == "tcp-client/socket" || id == "fd-tour/socket")
        return tr("Create a TCP socket: AF_INET, SOCK_STREAM. It has a descriptor but no address yet.");
    if (id == "tcp-server/bind")
        return tr("Give the server its local address: 127.0.0.1, port 0 (the kernel picks a free port).");
    if (id == "tcp-server/listen")
        return tr("Make it a listening socket, so the kernel accepts connections for it.");
    if (id == "tcp-server/accept")
        return tr("Take a connection. With none waiting, accept blocks: connect a client, or abandon the call.");
    if (id == "tcp-server/recv" || id == "tcp-client/recv")
        return tr("Read what the peer sent. With nothing there, recv waits.");
    if (id == "tcp-server/send" || id == "tcp-client/send")
        return tr("Send a line to the peer.");
    if (id == "tcp-server/close-conn")
        return tr("Close the accepted socket: this side closes first, so this side's connection ends in TIME_WAIT.");
    if (id == "tcp-server/close" || id == "tcp-client/close")
        return tr("Close the socket and watch its row: a TCP connection lives on in the kernel without a descriptor.");
    if (id == "tcp-client/connect")
        return tr("Connect to the lab's listening socket on 127.0.0.1. The kernel binds an ephemeral port first.");
    if (id == "half-close/socket-server" || id == "half-close/socket-client")
        return tr("Create a TCP socket: AF_INET, SOCK_STREAM.");
    if (id == "half-close/bind")
        return tr("Bind the server to 127.0.0.1, port 0.");
    if (id == "half-close/listen")
        return tr("Make it a listening socket.");
    if (id == "half-close/connect")
        return tr("Connect the client to the server's port.");
    if (id == "half-close/accept")
        return tr("Accept the queued connection: the server's end of it.");
    if (id == "half-close/shutdown")
        return tr("The client shuts down its sending side: the kernel sends a FIN, the socket stays open for reading.");
    if (id == "half-close/recv-eof")
        return tr("The server reads end of stream: recv returns 0, although the client has not closed.");
    if (id == "half-close/send-back")
        return tr("The server can still send: only one direction was shut.");
    if (id == "half-close/recv-client")
        return tr("The client still receives.");
    if (id == "half-close/close-client" || id == "half-close/close-conn" || id == "half-close/close-server")
        return tr("Close: the side that closes first ends in TIME_WAIT.");
    if (id == "udp/socket-a" || id == "udp/socket-b")
        return tr("Create a UDP socket: AF_INET, SOCK_DGRAM.");
    if (id == "udp/bind-a")
        return tr("Bind A to 127.0.0.1, port 0, so B has an address to send to.");
    if (id == "udp/sendto")
        return tr("Send one datagram from B to A's address; B gets an ephemeral port on the way.");
    if (id == "udp/recvfrom")
        return tr("Receive the datagram on A, with the sender's address.");
    if (id == "udp/close-b" || id == "udp/close-a")
        return tr("Close the socket; a datagram socket leaves nothing behind.");
    if (id == "fd-tour/fstat")
        return tr("fstat on a socket: st_mode says S_IFSOCK.");
    if (id == "fd-tour/lseek")
        return tr("lseek on a socket: there is no position (ESPIPE).");
    if (id == "fd-tour/fchdir")
        return tr("fchdir on a socket: not a directory (ENOTDIR).");
    if (id == "fd-tour/dup")
        return tr("dup: a second descriptor for the same open socket.");
    if (id == "fd-tour/nonblock-copy")
        return tr("Set O_NONBLOCK through the copy…");
    if (id == "fd-tour/getfl")
        return tr("…and read it through the original: the flag belongs to the shared open file.");
    if (id == "fd-tour/close")
        return tr("Close the original: the socket stays open through the copy.");
    if (id == "fd-tour/close-copy")
        return tr("Close the copy: the last reference, so now the socket goes away.");
    return wireStepText(id);
}

QString LabMessages::wireStepText(const std::string& id)
{
    const auto slash = id.find('/');
    const std::string recipe = id.substr(0, slash);
    const std::string step = slash == std::string::npos ? id : id.substr(slash + 1);
    if (recipe.rfind("wire-", 0) != 0)
        return {};
    // The steps every wire recipe's connection begins with.
    if (step == "socket-server" || step == "socket-client" || step == "socket-target" || step == "socket-c1"
        || step == "socket-c2")
        return recipe == "wire-udp-unreachable" ? tr("Create a UDP socket: AF_INET, SOCK_DGRAM.")
                                                : tr("Create a TCP socket: AF_INET, SOCK_STREAM.");
    if (step == "socket-c3")
        return tr("Create a TCP socket with SOCK_NONBLOCK, so that its connect() returns at once.");
    if (step == "bind" || step == "bind-target")
        return tr("Bind to 127.0.0.1, port 0 (the kernel picks a free port).");
    if (step == "listen")
        return recipe == "wire-backlog" ? tr("listen(fd, 1): Linux queues at most backlog + 1 = 2 finished connections.")
                                        : tr("Make it a listening socket.");
    if (step == "connect" && recipe == "wire-refused")
        return tr("Connect to the target's port: it is bound, but nothing listens there.");
    if (step == "connect" && recipe == "wire-udp-unreachable")
        return tr("Connect the client's UDP socket to the target: no packet, only the kernel's note of the peer.");
    if (step == "connect" || step == "connect-c1" || step == "connect-c2")
        return tr("Connect the client to the server's port.");
    if (step == "connect-c3")
        return tr("The third client: the queue is full, connect() returns -1 EINPROGRESS and the handshake waits.");
    if (step == "accept")
        return recipe == "wire-backlog" ? tr("Accept one connection: now the queue has room for the third.")
                                        : tr("Accept the queued connection: the server's end of it.");
    if (step == "close-client" && recipe == "wire-linger")
        return tr("Close the client with SO_LINGER {1, 0}: the connection is aborted.");
    if (step == "close-client" && recipe == "wire-close-client")
        return tr("The client closes first: its kernel sends a FIN.");
    if (step == "close-conn" && recipe == "wire-close-server")
        return tr("The server's end closes first: its kernel sends a FIN.");
    if (step == "recv-eof")
        return tr("The other side reads end of stream: recv returns 0.");
    if (step == "close-conn" && recipe == "wire-close-client")
        return tr("Now the server's end closes too: the second FIN.");
    if (step == "close-client" && recipe == "wire-close-server")
        return tr("Now the client closes too: the second FIN.");
    if (step == "linger")
        return tr("setsockopt(SO_LINGER) with l_onoff 1 and l_linger 0 on the client.");
    if (step == "recv-reset")
        return tr("The server's end reads: -1 ECONNRESET, the reset is all it learns.");
    if (step == "sendto")
        return tr("Send a datagram to the target's port, whose socket is closed now: sendto succeeds.");
    if (step == "sendto-again")
        return tr("Send again: -1 ECONNREFUSED, the error the ICMP message left on the socket.");
    if (step == "close-target")
        return tr("Close the target: its port now belongs to nobody.");
    if (step == "send-burst")
        return tr("Ten sends of two bytes, back to back, Nagle's algorithm on (the default).");
    if (step == "recv-burst" || step == "recv-burst-nodelay")
        return tr("Read what arrived: the bytes of all ten sends.");
    if (step == "nodelay")
        return tr("setsockopt(TCP_NODELAY, 1) on the client: Nagle's algorithm off.");
    if (step == "send-burst-nodelay")
        return tr("The same ten sends with TCP_NODELAY.");
    if (step == "send-normal")
        return tr("Send six bytes of normal data.");
    if (step == "send-oob")
        return tr("Send one byte with MSG_OOB: TCP's urgent data.");
    if (step == "atmark")
        return tr("SIOCATMARK on the server's end: 0, normal data comes before the mark.");
    if (step == "recv-normal")
        return tr("recv stops at the mark: the six normal bytes, not the urgent one.");
    if (step == "atmark-again")
        return tr("SIOCATMARK again: 1, the read position is at the mark.");
    if (step == "recv-oob")
        return tr("recv with MSG_OOB: the urgent byte, out of band.");
    if (step == "keepidle")
        return tr("setsockopt(TCP_KEEPIDLE, 2): the first probe after two idle seconds.");
    if (step == "keepintvl")
        return tr("setsockopt(TCP_KEEPINTVL, 1): then one probe a second while unanswered.");
    if (step == "keepcnt")
        return tr("setsockopt(TCP_KEEPCNT, 3): three unanswered probes end the connection.");
    if (step == "keepalive")
        return tr("setsockopt(SO_KEEPALIVE, 1): keep-alive on. Wait a few seconds before the next step.");
    if (step.rfind("close-", 0) == 0)
        return tr("Close the socket.");
    return {};
}

QString LabMessages::stepWireHint(const std::string& id)
{
    const auto slash = id.find('/');
    const std::string recipe = id.substr(0, slash);
    const std::string step = slash == std::string::npos ? id : id.substr(slash + 1);
    if (recipe == "half-close") {
        if (step == "connect")
            return tr("SYN, SYN-ACK, ACK: the handshake.");
        if (step == "shutdown")
            return tr("A FIN from the client, acknowledged; the client's state goes FIN_WAIT_1, FIN_WAIT_2.");
        if (step == "send-back")
            return tr("Data from the server still flows, and the client acknowledges it.");
        if (step == "close-client" || step == "close-conn")
            return tr("The second FIN closes the other direction.");
        return {};
    }
    if (recipe.rfind("wire-", 0) != 0)
        return {};
    if (step == "connect" && recipe == "wire-refused")
        return tr("A SYN, answered by RST-ACK: nothing listens.");
    if (step == "connect" && recipe == "wire-udp-unreachable")
        return tr("Nothing: connecting a UDP socket sends no packet.");
    if (step == "connect" || step == "connect-c1" || step == "connect-c2")
        return tr("SYN, SYN-ACK, ACK: the three-way handshake.");
    if (step == "connect-c3")
        return tr("A SYN that gets no SYN-ACK: the listener drops it. It comes again after 1 s, 3 s, 7 s, …");
    if (step == "accept")
        return recipe == "wire-backlog"
                   ? tr("Nothing at once; the third client's next retransmitted SYN is answered now.")
                   : tr("Nothing: the handshake was over before accept() took the connection.");
    if (step == "close-client" && recipe == "wire-linger")
        return tr("One RST and no FIN; neither side is left in TIME_WAIT.");
    if ((step == "close-client" && recipe == "wire-close-client") || (step == "close-conn" && recipe == "wire-close-server"))
        return tr("A FIN from this side and its ACK: this side is now FIN_WAIT_2, the other CLOSE_WAIT.");
    if ((step == "close-conn" && recipe == "wire-close-client") || (step == "close-client" && recipe == "wire-close-server"))
        return tr("The second FIN and its ACK: the side that closed first is now in TIME_WAIT.");
    if (step == "recv-eof")
        return tr("Nothing: the FIN already arrived; recv reports it.");
    if (step == "recv-reset")
        return tr("Nothing more: the RST was the last packet.");
    if (step == "sendto")
        return tr("A UDP datagram, answered by ICMP destination unreachable (port unreachable), which quotes it.");
    if (step == "sendto-again")
        return tr("Nothing: the call fails before any datagram is sent.");
    if (step == "send-burst")
        return tr("The first two bytes alone, then the rest together once they are acknowledged.");
    if (step == "send-burst-nodelay")
        return tr("A segment per send (or nearly: the kernel may still coalesce when the device is busy).");
    if (step == "send-normal")
        return tr("A 6-byte segment.");
    if (step == "send-oob")
        return tr("A 1-byte segment with the URG flag and the urgent pointer set.");
    if (step == "keepalive")
        return tr("After two quiet seconds, an empty ACK one byte behind (the probe), answered by an ACK; again "
                  "every second.");
    if (step.rfind("close-", 0) == 0 && recipe != "wire-refused" && recipe != "wire-udp-unreachable"
        && step != "close-c3")
        return tr("A FIN from this side, if the connection is still open, and its ACK.");
    return {};
}

QString LabMessages::stateText(const LabSocketRow& row)
{
    // TCP states keep the kernel's names (as netstat and ss print them); the others are words.
    if (row.open) {
        if (row.state == "listening")
            return tr("listening");
        if (row.state == "connected")
            return tr("connected");
        if (row.state == "bound")
            return tr("bound");
        if (row.state == "unbound")
            return tr("not bound");
        return QString::fromStdString(row.state);
    }
    if (row.state == "closed")
        return tr("closed");
    return tr("%1 (no descriptor left)").arg(QString::fromStdString(row.state));
}

} // namespace sockscope
