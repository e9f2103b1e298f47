#pragma once
// The socket lab's vocabulary: the calls a user can make, a request with its arguments, the result of
// one call, and one row of the lab's socket table. No socket headers here (widgets include this file);
// the constants' values come from LabNames.h.

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sockscope {

enum class LabCall {
    Socket, Bind, Listen, Accept, Connect,
    Send, Recv, SendTo, RecvFrom, Read, Write,
    Shutdown, Close, Dup, Dup2,
    FcntlDupfd, FcntlGetfl, FcntlSetfl, FcntlGetfd, FcntlSetfd, FcntlGetown, FcntlSetown,
    Fstat, Lseek, Fchdir, Fchmod, Fchown, Fsync, Fdatasync, Ftruncate,
    IoctlFionread, IoctlSiocatmark, Getsockname, Getpeername,
    Setsockopt,
    // An ICMP echo request built by the lab, sent to the loopback address, and its reply awaited
    // (raw ICMP, raw ICMPv6 and ping sockets): one sendto, then poll and recvfrom until the reply.
    IcmpEcho,
    // IPPROTO_RAW (IP_HDRINCL): a whole IPv4 datagram built by the lab, an echo request inside.
    SendIpPacket,
};
inline constexpr int labCallCount = static_cast<int>(LabCall::SendIpPacket) + 1;

// What the kernel just did, or why the lab made no call: a key with its arguments. The words (and
// their translations) live in core/services/LabMessages.cpp.
enum class LabNote {
    // A call that succeeded.
    SocketCreated, Bound, Listening, Accepted, Connected, Sent, Received, Discarded, EndOfStream, ShutDown,
    Closed, ClosedAliasRemains, Duplicated, Dup2Same, Dup2ClosedOther, FlagsRead, NonblockSet,
    NonblockCleared, FdFlagsRead, CloexecSet, CloexecCleared, OwnerRead, OwnerSet, Stat, ModeChanged,
    OwnerChanged, Synced, Truncated, Seeked, BytesWaiting, AtMark, NotAtMark, LocalName, PeerName,
    RawSocketCreated, RawIpSocketCreated, PingSocketCreated, SeqpacketCreated, OtherProtocolCreated,
    RecordReceived, RecordTruncated, OptionSet, SentRepeated, EchoReplied, EchoNoReply, IpPacketSent,
    // A call that failed: why, in the words of the chapter.
    Abandoned, Interrupted, WouldBlock, InProgress, NotSeekable, NotDirectory, NotForSockets,
    NotConnected, AlreadyConnected, Refused, AddressInUse, AddressNotAvailable, BrokenPipe, BrokenPipeNoSignal, Reset,
    InvalidArgument, NotSupported, Failed,
    FamilyNotSupported, ProtocolNotSupported, TypeNotSupported, ProtocolWrongType, NeedsCapNetRaw,
    PingGroupDenied,
    // No call was made.
    RefusedUnknownSocket, RefusedClosedSocket, RefusedBusySocket, RefusedBlockingRunning,
    RefusedBadAddress, RefusedLongPath, RefusedFdInUse, RefusedSize, RefusedUnknownProtocol,
    RefusedNotEchoSocket, RefusedNotRawIpSocket, RefusedBadTimeout, RefusedEchoNumber, RefusedRepeat,
};

struct LabRequest {
    LabCall call = LabCall::Socket;
    std::string target;    // lab id of the socket the call is made on ("s1"); empty for socket()
    int domain = 0;        // socket(): AF_UNSPEC, AF_INET, AF_INET6, AF_UNIX
    int type = 0;          // socket(): SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW
    int protocol = 0;      // socket(): IPPROTO_*, or any number of the protocols database
    std::string protocolName; // socket(): a name for getprotobyname ("ospf"); it then gives `protocol`
    int level = 0;         // setsockopt(): SOL_SOCKET, IPPROTO_TCP, IPPROTO_IP
    int option = 0;        // setsockopt(): SO_LINGER, TCP_NODELAY, IP_HDRINCL, … (number: value; number2: l_linger)
    int timeoutMs = 0;     // ICMP echo: how long to wait for the reply
    bool nonblock = false; // socket(): SOCK_NONBLOCK or'ed into the type
    bool cloexec = false;  // socket(): SOCK_CLOEXEC
    std::string address;   // bind, connect, sendto: numeric address, or a unix path ("@name": abstract)
    int port = 0;
    int backlog = 0;       // listen()
    int flags = 0;         // MSG_* for send, recv, sendto, recvfrom
    std::size_t size = 0;  // recv, recvfrom, read: the buffer size
    std::string data;      // send, sendto, write: the bytes
    int repeat = 1;        // send: made this many times back to back (Nagle's algorithm at work)
    int how = 0;           // shutdown(): SHUT_RD, SHUT_WR, SHUT_RDWR
    long number = 0;       // ICMP echo and IPv4 packet: identifier; dup2: newfd; F_DUPFD: lowest fd; F_SETOWN: pid; fchmod: mode; fchown: uid;
                           // ftruncate: length; lseek: offset
    long number2 = 0;      // ICMP echo and IPv4 packet: sequence; fchown: gid; lseek: whence
    bool enable = false;   // F_SETFL: O_NONBLOCK on/off; F_SETFD: FD_CLOEXEC on/off

    // A request for `call` on the lab socket `target`; the caller fills in the arguments.
    static LabRequest on(LabCall call, std::string target = {})
    {
        LabRequest r;
        r.call = call;
        r.target = std::move(target);
        return r;
    }
};

// One header field as the lab shows it: "TTL", "64".
struct LabField {
    std::string name;
    std::string value;
};

// What the lab built and read for an ICMP echo or an IPv4 packet of its own.
struct LabEchoTrace {
    bool v6 = false;
    bool ping = false;            // a ping socket (SOCK_DGRAM, IPPROTO_ICMP/ICMPV6)
    bool hdrincl = false;         // the lab built the IPv4 header too
    std::string checksumSteps;    // the ICMP checksum's computation (empty for ICMPv6)
    std::string ipChecksumSteps;  // the IPv4 header checksum's (IP_HDRINCL)
    std::vector<LabField> request; // the ICMP header sent, field by field
    std::vector<LabField> ipHeader; // the IPv4 header sent (IP_HDRINCL)
    std::string destination;      // "127.0.0.1", "::1"
    bool replied = false;
    bool timedOut = false;
    bool replyHasIpHeader = false;
    std::vector<LabField> reply;  // the reply as the socket gave it, decoded
    int kernelId = -1;            // ping socket: the identifier the kernel put in (its "port")
    int skipped = 0;              // other ICMP messages read meanwhile (our own request, on loopback)
    std::int64_t roundTripUs = 0;
};

struct LabResult {
    bool performed = false;     // false: the lab refused before making any call (see note)
    std::uint64_t step = 0;     // 1, 2, … for performed calls, in the order they finished
    std::uint64_t journalSeq = 0; // the call's entry in CallJournal::global()
    LabRequest request;
    std::string callText;       // "bind(3, {AF_INET, 127.0.0.1:0}, 16)"
    long ret = 0;
    int err = 0;                // errno when ret == -1
    std::int64_t durationUs = 0;
    bool blocking = false;      // ran as a call that may block
    bool abandoned = false;     // the user abandoned it (the kernel answered EINTR)
    bool sigpipe = false;       // the kernel raised SIGPIPE (send/sendto/write; the lab caught it)
    std::string created;        // lab id of the socket this call created ("s3")
    std::string received;       // the bytes recv/recvfrom/read returned
    std::string detail;         // "st_mode 0140777, S_ISSOCK, st_ino 4711"; "O_RDWR|O_NONBLOCK"; an address
    std::string addressLab;     // connect/sendto: the lab socket bound to that address (for the export)
    LabNote note = LabNote::Failed;
    std::vector<std::string> noteArgs;
    LabEchoTrace echo;          // IcmpEcho, SendIpPacket
    std::string protocolLookup; // socket() by protocol name or number: the database's name ("ospf")
};

struct LabSocketRow {
    std::string id;             // "s1"
    int fd = -1;                // -1 once closed
    std::uint64_t registryId = 0;
    int domain = 0, type = 0, protocol = 0;
    std::string aliasOf;        // "s1" when this fd was made by dup/dup2/F_DUPFD (the same open file)
    std::string local, peer;    // text; empty when none
    int localPort = 0;
    std::string state;          // "LISTEN", "ESTABLISHED", "TIME_WAIT", "bound", "closed"
    bool open = true;
    bool readable = false, writable = false, error = false, hangup = false;
    bool nonblocking = false, cloexec = false;
    int pendingError = 0;       // SO_ERROR, read when poll() reports an error after a non-blocking connect
    bool busy = false;          // a blocking call runs on it
    bool bound = false, listening = false, connected = false;
};

} // namespace sockscope
