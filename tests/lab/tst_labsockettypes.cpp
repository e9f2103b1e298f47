// The chapter's socket types in the lab: AF_UNSPEC's EAFNOSUPPORT, protocols from the database,
// SOCK_SEQPACKET keeping record boundaries, raw ICMP and ICMPv6 echo round trips to loopback with the
// checksum computed, IPPROTO_RAW with the lab's own IPv4 header, ping sockets inside a network
// namespace of the test's own (ping_group_range both ways; not as root, in a user namespace too), and
// EPERM for a user without CAP_NET_RAW (as root: a child that drops to nobody). The Internet checksum
// against RFC 1071's example.
#include "CallJournal.h"
#include "IcmpEchoPacket.h"
#include "InternetChecksum.h"
#include "LabNames.h"
#include "PingGroupRange.h"
#include "Privileges.h"
#include "SocketLab.h"

#include <QTest>

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <net/if.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <functional>
#include <string>

using namespace sockscope;
using namespace Qt::StringLiterals;

namespace {

LabResult makeSocket(SocketLab& lab, int domain, int type, int protocol, const std::string& name = {})
{
    LabRequest r = LabRequest::on(LabCall::Socket);
    r.domain = domain;
    r.type = type;
    r.protocol = protocol;
    r.protocolName = name;
    return lab.perform(r);
}

LabResult echo(SocketLab& lab, const std::string& id, long ident, long seq, const std::string& payload)
{
    LabRequest r = LabRequest::on(LabCall::IcmpEcho, id);
    r.number = ident;
    r.number2 = seq;
    r.data = payload;
    r.timeoutMs = 3000;
    return lab.perform(r);
}

const LabSocketRow* rowOf(const std::vector<LabSocketRow>& rows, const std::string& id)
{
    for (const auto& row : rows)
        if (row.id == id)
            return &row;
    return nullptr;
}

std::string fieldValue(const std::vector<LabField>& fields, const std::string& name)
{
    for (const auto& f : fields)
        if (f.name == name)
            return f.value;
    return {};
}

// Runs `body` in a forked child (this test process has no other threads that the child needs) and
// returns what it returned; the child is killed after 20 s. "" means it ran and found nothing wrong.
std::string inChild(const std::function<std::string()>& body)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return "pipe failed";
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        const std::string out = body();
        const ssize_t ignored = ::write(fds[1], out.data(), out.size());
        (void)ignored;
        ::_exit(0);
    }
    ::close(fds[1]);
    std::string out;
    char buf[4096];
    for (int i = 0; i < 200; ++i) {
        pollfd p{fds[0], POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0)
            continue;
        const ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n <= 0)
            break;
        out.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fds[0]);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return out;
}

bool writeFile(const char* path, const std::string& text)
{
    std::FILE* f = std::fopen(path, "we");
    if (!f)
        return false;
    const bool ok = std::fputs(text.c_str(), f) >= 0;
    return std::fclose(f) == 0 && ok;
}

// In the child: a network namespace of its own, its loopback up, ping_group_range as given (nullptr:
// a new namespace's default, "1 0"). Not as root: inside a user namespace of its own too, where it is
// root (group 0 mapped to its own) over that network namespace.
std::string ownNetworkNamespace(const char* pingRange)
{
    if (::geteuid() != 0) {
        const std::string uid = std::to_string(::geteuid()), gid = std::to_string(::getegid());
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0)
            return std::string("unshare(CLONE_NEWUSER|CLONE_NEWNET): ") + std::strerror(errno);
        if (!writeFile("/proc/self/setgroups", "deny") || !writeFile("/proc/self/uid_map", "0 " + uid + " 1")
            || !writeFile("/proc/self/gid_map", "0 " + gid + " 1"))
            return "the user namespace's id maps could not be written";
    } else if (::unshare(CLONE_NEWNET) != 0) {
        return std::string("unshare(CLONE_NEWNET): ") + std::strerror(errno);
    }
    const int s = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    ifreq ifr{};
    std::strcpy(ifr.ifr_name, "lo");
    ifr.ifr_flags = IFF_UP | IFF_LOOPBACK | IFF_RUNNING;
    const int up = ::ioctl(s, SIOCSIFFLAGS, &ifr);
    ::close(s);
    if (up != 0)
        return std::string("lo up: ") + std::strerror(errno);
    if (pingRange && !writeFile("/proc/sys/net/ipv4/ping_group_range", pingRange))
        return std::string("ping_group_range not writable: ") + std::strerror(errno);
    return {};
}

// An unprivileged user namespace can be made here (a child tries, so this process stays as it is).
bool userNamespacesWork()
{
    return inChild([]() -> std::string {
               return ::unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0 ? std::string() : std::string("no");
           }).empty();
}

} // namespace

class TestLabSocketTypes : public QObject {
    Q_OBJECT
private slots:
    // RFC 1071's example, an odd length, and an IPv4 header whose checksum is well known.
    void internetChecksum_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<uint>("sum");
        QTest::addColumn<int>("folds");
        QTest::addColumn<uint>("checksum");
        QTest::newRow("RFC 1071") << QByteArray::fromHex("0001f203f4f5f6f7") << 0x2ddf0u << 1 << 0x220du;
        QTest::newRow("odd length") << QByteArray::fromHex("0102ff") << 0x10002u << 1 << 0xfffcu;
        QTest::newRow("empty") << QByteArray() << 0u << 0 << 0xffffu;
        QTest::newRow("IPv4 header")
            << QByteArray::fromHex("450000730000400040110000c0a80001c0a800c7") << 0x2479cu << 1 << 0xb861u;
    }
    void internetChecksum()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(uint, sum);
        QFETCH(int, folds);
        QFETCH(uint, checksum);
        const ChecksumTrace t = sockscope::internetChecksum(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                                            static_cast<std::size_t>(bytes.size()));
        QCOMPARE(t.sum, std::uint32_t(sum));
        QCOMPARE(int(t.folds.size()), folds);
        QCOMPARE(uint(t.checksum), checksum);
        const std::string text = checksumTraceText(t);
        QVERIFY2(text.find("one's complement") != std::string::npos, text.c_str());
    }

    // The request the lab builds sums to 0xffff with its checksum in place; the parser reads it back.
    void echoRequestRoundTrip()
    {
        const EchoRequest req = buildEchoRequest(false, 4711, 9, "hello");
        QCOMPARE(req.bytes.size(), std::size_t(13));
        QCOMPARE(sockscope::internetChecksum(req.bytes).checksum, std::uint16_t(0));
        const EchoReply back = parseEchoReply(req.bytes, false, false);
        QVERIFY(back.valid);
        QCOMPARE(back.type, 8);
        QCOMPARE(back.id, 4711);
        QCOMPARE(back.seq, 9);
        QVERIFY(back.checksumOk);
        QCOMPARE(back.payload, std::string("hello"));
        const Ipv4Packet ip = buildIpv4Packet(4711, req.bytes);
        QCOMPARE(ip.bytes.size(), std::size_t(33));
        QCOMPARE(sockscope::internetChecksum(reinterpret_cast<const std::uint8_t*>(ip.bytes.data()), 20).checksum,
                 std::uint16_t(0));
        const EchoReply withIp = parseEchoReply(ip.bytes, true, false);
        QVERIFY(withIp.valid);
        QCOMPARE(withIp.from, std::string("127.0.0.1"));
        QCOMPARE(withIp.ttl, 64);
        // Cut short: decoded as far as valid, never more.
        QVERIFY(!parseEchoReply(ip.bytes.substr(0, 24), true, false).valid);
        QVERIFY(!parseEchoReply(std::string("\x08\x00", 2), false, false).valid);
    }

    // socket() with what the chapter names: the kernel's answer and the lab's word for it.
    void socketTypes_data()
    {
        QTest::addColumn<int>("domain");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("err");
        QTest::addColumn<int>("note");
        QTest::newRow("AF_UNSPEC") << int(AF_UNSPEC) << int(SOCK_STREAM) << 0 << QString() << int(EAFNOSUPPORT)
                                   << int(LabNote::FamilyNotSupported);
        QTest::newRow("stream + UDP") << int(AF_INET) << int(SOCK_STREAM) << int(IPPROTO_UDP) << QString()
                                      << int(EPROTONOSUPPORT) << int(LabNote::ProtocolNotSupported);
        QTest::newRow("unix seqpacket") << int(AF_UNIX) << int(SOCK_SEQPACKET) << 0 << QString() << 0
                                        << int(LabNote::SeqpacketCreated);
        QTest::newRow("udp by name") << int(AF_INET) << int(SOCK_DGRAM) << 0 << u"udp"_s << 0
                                     << int(LabNote::OtherProtocolCreated);
        QTest::newRow("udplite by number") << int(AF_INET) << int(SOCK_DGRAM) << int(IPPROTO_UDPLITE) << QString() << 0
                                           << int(LabNote::SocketCreated);
    }
    void socketTypes()
    {
        QFETCH(int, domain);
        QFETCH(int, type);
        QFETCH(int, protocol);
        QFETCH(QString, name);
        QFETCH(int, err);
        QFETCH(int, note);
        SocketLab lab;
        const LabResult r = makeSocket(lab, domain, type, protocol, name.toStdString());
        QVERIFY(r.performed);
        QCOMPARE(r.err, err);
        QCOMPARE(int(r.note), note);
        if (!name.isEmpty()) {
            QCOMPARE(r.protocolLookup, name.toStdString());
            QCOMPARE(r.request.protocol, int(IPPROTO_UDP));
            QVERIFY2(CallJournal::global().since(r.journalSeq - 1, 1).entries.front().code.find("getprotobyname")
                         != std::string::npos,
                     "the socket() entry's C code names getprotobyname");
        }
    }

    void unknownProtocolNameRefused()
    {
        SocketLab lab;
        const LabResult r = makeSocket(lab, AF_INET, SOCK_RAW, 0, "no-such-protocol");
        QVERIFY(!r.performed);
        QCOMPARE(r.note, LabNote::RefusedUnknownProtocol);
    }

    // Two sends, two records: a recv never joins them, and a short buffer loses the rest of one.
    void seqpacketKeepsRecordBoundaries()
    {
        SocketLab lab;
        const std::string server = makeSocket(lab, AF_UNIX, SOCK_SEQPACKET, 0).created;
        const std::string path = "@sockscope-lab-seqpacket-" + std::to_string(::getpid());
        LabRequest bind = LabRequest::on(LabCall::Bind, server);
        bind.address = path;
        QCOMPARE(lab.perform(bind).ret, 0L);
        LabRequest listen = LabRequest::on(LabCall::Listen, server);
        listen.backlog = 2;
        QCOMPARE(lab.perform(listen).ret, 0L);
        const std::string client = makeSocket(lab, AF_UNIX, SOCK_SEQPACKET, 0).created;
        LabRequest connect = LabRequest::on(LabCall::Connect, client);
        connect.address = path;
        QCOMPARE(lab.perform(connect).ret, 0L);
        const LabResult accepted = lab.perform(LabRequest::on(LabCall::Accept, server));
        QVERIFY(!accepted.created.empty());
        for (const char* text : {"first", "second", "third"}) {
            LabRequest send = LabRequest::on(LabCall::Send, client);
            send.data = text;
            QCOMPARE(lab.perform(send).ret, long(std::strlen(text)));
        }
        LabRequest recv = LabRequest::on(LabCall::Recv, accepted.created);
        recv.size = 128;
        LabResult got = lab.perform(recv);
        QCOMPARE(got.received, std::string("first")); // one record, though more waits
        QCOMPARE(got.note, LabNote::RecordReceived);
        recv.size = 3;
        got = lab.perform(recv);
        QCOMPARE(got.received, std::string("sec"));
        recv.flags = MSG_TRUNC;
        got = lab.perform(recv);
        QCOMPARE(got.ret, 5L); // the record's real length
        QCOMPARE(got.note, LabNote::RecordTruncated);
        recv.flags = MSG_DONTWAIT;
        QCOMPARE(lab.perform(recv).err, EAGAIN); // "ond" went with its record
        QCOMPARE(rowOf(lab.snapshot(), client)->state, std::string("connected"));
        QCOMPARE(labKindShortName(AF_UNIX, SOCK_SEQPACKET), std::string("unix-seqpacket"));
    }

    // A raw ICMP socket (as root): the request with its checksum, the reply with its IP header.
    void rawIcmpEcho_data()
    {
        QTest::addColumn<int>("domain");
        QTest::newRow("IPv4") << int(AF_INET);
        QTest::newRow("IPv6") << int(AF_INET6);
    }
    void rawIcmpEcho()
    {
        QFETCH(int, domain);
        if (!testing::haveCapNetRaw())
            QSKIP("raw sockets need CAP_NET_RAW (root); the EPERM case is tested by capNetRawMissing");
        SocketLab lab;
        const bool v6 = domain == AF_INET6;
        const LabResult sock = makeSocket(lab, domain, SOCK_RAW, v6 ? int(IPPROTO_ICMPV6) : int(IPPROTO_ICMP));
        if (v6 && sock.err == EAFNOSUPPORT)
            QSKIP("no IPv6 here");
        QCOMPARE(sock.err, 0);
        QCOMPARE(sock.note, LabNote::RawSocketCreated);
        const std::uint64_t before = CallJournal::global().lastSeq();
        const LabResult r = echo(lab, sock.created, 4711, 7, "ping from the lab");
        QVERIFY(r.performed);
        QCOMPARE(r.ret, 25L);
        QVERIFY2(r.echo.replied, "no echo reply from loopback");
        QCOMPARE(r.note, LabNote::EchoReplied);
        QCOMPARE(r.echo.replyHasIpHeader, !v6);
        QCOMPARE(fieldValue(r.echo.reply, "identifier"), std::string("4711"));
        QCOMPARE(fieldValue(r.echo.reply, "sequence"), std::string("7"));
        if (v6) {
            QVERIFY(r.echo.checksumSteps.empty()); // the kernel's job
            QCOMPARE(static_cast<unsigned char>(r.received[0]), 129);
        } else {
            QVERIFY(r.echo.checksumSteps.find("one's complement") != std::string::npos);
            QCOMPARE(static_cast<unsigned char>(r.received[0]), 0x45); // the IP header first
            QCOMPARE(fieldValue(r.echo.reply, "IP source"), std::string("127.0.0.1"));
            QVERIFY(fieldValue(r.echo.reply, "checksum").find("verified") != std::string::npos);
        }
        // sendto, then poll and recvfrom: each journalled, in order.
        const auto entries = CallJournal::global().since(before).entries;
        QVERIFY(entries.size() >= 3);
        QCOMPARE(entries[0].function, std::string("sendto"));
        QCOMPARE(entries[0].seq, r.journalSeq);
        QCOMPARE(entries[1].function, std::string("poll"));
        QCOMPARE(entries[2].function, std::string("recvfrom"));
        QCOMPARE(lab.steps().size(), std::size_t(2));
    }

    // IPPROTO_RAW: the lab writes the IPv4 header; the kernel's reply reaches a raw ICMP socket.
    void rawIpPacketWithOwnHeader()
    {
        if (!testing::haveCapNetRaw())
            QSKIP("raw sockets need CAP_NET_RAW (root)");
        SocketLab lab;
        const std::string listener = makeSocket(lab, AF_INET, SOCK_RAW, IPPROTO_ICMP).created;
        const LabResult rawIp = makeSocket(lab, AF_INET, SOCK_RAW, IPPROTO_RAW);
        QCOMPARE(rawIp.note, LabNote::RawIpSocketCreated);
        LabRequest hdrincl = LabRequest::on(LabCall::Setsockopt, rawIp.created);
        hdrincl.level = IPPROTO_IP;
        hdrincl.option = IP_HDRINCL;
        hdrincl.number = 1;
        const LabResult set = lab.perform(hdrincl);
        QCOMPARE(set.ret, 0L);
        QCOMPARE(set.note, LabNote::OptionSet);
        LabRequest send = LabRequest::on(LabCall::SendIpPacket, rawIp.created);
        send.number = 999;
        send.number2 = 3;
        send.data = "own header";
        const LabResult sent = lab.perform(send);
        QCOMPARE(sent.ret, 38L); // 20 + 8 + 10
        QCOMPARE(sent.note, LabNote::IpPacketSent);
        QCOMPARE(fieldValue(sent.echo.ipHeader, "total length"), std::string("38"));
        QCOMPARE(fieldValue(sent.echo.ipHeader, "protocol"), std::string("1 (ICMP)"));
        QVERIFY(!sent.echo.ipChecksumSteps.empty());
        // The listener sees the request and the kernel's reply: find the reply, a bounded number of reads.
        const int fd = rowOf(lab.snapshot(), listener)->fd;
        bool replied = false;
        for (int i = 0; i < 16 && !replied; ++i) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 2000) != 1)
                break;
            LabRequest recv = LabRequest::on(LabCall::RecvFrom, listener);
            recv.size = 2048;
            recv.flags = MSG_DONTWAIT;
            const LabResult got = lab.perform(recv);
            const EchoReply reply = parseEchoReply(got.received, true, false);
            replied = reply.valid && reply.type == 0 && reply.id == 999 && reply.seq == 3;
        }
        QVERIFY2(replied, "the echo reply to the hand-made datagram did not reach the raw ICMP socket");
        // Not a raw IP socket: refused with a reason.
        send.target = listener;
        QCOMPARE(lab.perform(send).note, LabNote::RefusedNotRawIpSocket);
    }

    // Ping sockets in a namespace of the child's own: allowed when the group is in the range (the
    // reply without IP header, the identifier the kernel's), EACCES when it is not.
    void pingSocket_data()
    {
        QTest::addColumn<QString>("range"); // empty: the new namespace's default, "1 0"
        QTest::addColumn<bool>("allowed");
        QTest::newRow("group 0 inside") << u"0 0"_s << true;
        QTest::newRow("default 1 0") << QString() << false;
    }
    void pingSocket()
    {
        QFETCH(QString, range);
        QFETCH(bool, allowed);
        if (::geteuid() != 0 && !userNamespacesWork())
            QSKIP("a network namespace of the test's own needs root or an unprivileged user namespace");
        const std::string rangeText = range.toStdString();
        const std::string problem = inChild([&]() -> std::string {
            if (std::string e = ownNetworkNamespace(rangeText.empty() ? nullptr : rangeText.c_str()); !e.empty())
                return e;
            SocketLab lab;
            const LabResult sock = makeSocket(lab, AF_INET, SOCK_DGRAM, IPPROTO_ICMP);
            if (!allowed) {
                if (sock.err != EACCES || sock.note != LabNote::PingGroupDenied)
                    return "expected EACCES, PingGroupDenied; got errno " + std::to_string(sock.err);
                const std::optional<PingGroupRange> now = pingGroupRange();
                if (!now || now->allowed)
                    return "the default range admits this process";
                if (sock.noteArgs.size() < 4 || sock.noteArgs[2] != now->text() || sock.noteArgs[3] != now->groupsText())
                    return "the note does not carry the range and the groups";
                return {};
            }
            if (sock.err != 0 || sock.note != LabNote::PingSocketCreated)
                return "ping socket failed: errno " + std::to_string(sock.err);
            const LabResult r = echo(lab, sock.created, 1, 42, "via a ping socket");
            if (!r.echo.replied)
                return "no reply on the ping socket";
            if (r.echo.replyHasIpHeader || static_cast<unsigned char>(r.received[0]) != 0)
                return "a ping socket's reply starts with the ICMP header";
            if (r.echo.kernelId <= 0 || fieldValue(r.echo.reply, "identifier") != std::to_string(r.echo.kernelId))
                return "the reply carries the kernel's identifier";
            return {};
        });
        QVERIFY2(problem.empty(), problem.c_str());
    }

    // Without CAP_NET_RAW (a child that became nobody): EPERM, in the lab's words NeedsCapNetRaw.
    void capNetRawMissing()
    {
        if (::geteuid() != 0 && testing::haveCapNetRaw())
            QSKIP("not root, yet CAP_NET_RAW (file capabilities): no EPERM to see");
        const std::string problem = inChild([]() -> std::string {
            // As root: become nobody first. Otherwise this process already lacks the capability.
            if (::geteuid() == 0 && (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0))
                return std::string("could not become nobody: ") + std::strerror(errno);
            SocketLab lab;
            const LabResult raw = makeSocket(lab, AF_INET, SOCK_RAW, IPPROTO_ICMP);
            if (raw.err != EPERM || raw.note != LabNote::NeedsCapNetRaw)
                return "expected EPERM, NeedsCapNetRaw; got errno " + std::to_string(raw.err);
            if (raw.noteArgs.size() < 5 || raw.noteArgs[3] != "SOCK_RAW" || raw.noteArgs[4] != "IPPROTO_ICMP")
                return "the note names the socket asked for";
            return {};
        });
        QVERIFY2(problem.empty(), problem.c_str());
    }

    // Bad requests for an echo: refused before any call, each naming what is wrong.
    void echoRefusals_data()
    {
        QTest::addColumn<long>("ident");
        QTest::addColumn<long>("seq");
        QTest::addColumn<int>("payload");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<bool>("tcp");
        QTest::addColumn<int>("note");
        QTest::newRow("not an ICMP socket") << 1L << 1L << 4 << 0 << true << int(LabNote::RefusedNotEchoSocket);
        QTest::newRow("identifier 65536") << 65536L << 1L << 4 << 0 << false << int(LabNote::RefusedEchoNumber);
        QTest::newRow("sequence -1") << 1L << -1L << 4 << 0 << false << int(LabNote::RefusedEchoNumber);
        QTest::newRow("payload too big") << 1L << 1L << int(maxEchoPayload + 1) << 0 << false << int(LabNote::RefusedSize);
        QTest::newRow("timeout too long") << 1L << 1L << 4 << 20000 << false << int(LabNote::RefusedBadTimeout);
    }
    void echoRefusals()
    {
        QFETCH(long, ident);
        QFETCH(long, seq);
        QFETCH(int, payload);
        QFETCH(int, timeout);
        QFETCH(bool, tcp);
        QFETCH(int, note);
        SocketLab lab;
        const std::string id = makeSocket(lab, AF_INET, tcp ? SOCK_STREAM : SOCK_DGRAM, tcp ? 0 : IPPROTO_UDP).created;
        LabRequest r = LabRequest::on(LabCall::IcmpEcho, id);
        r.number = ident;
        r.number2 = seq;
        r.data.assign(static_cast<std::size_t>(payload), 'x');
        r.timeoutMs = timeout;
        const LabResult res = lab.perform(r);
        QVERIFY(!res.performed);
        QCOMPARE(int(res.note), note);
    }

    // A send repeated back to back: each send journalled, the total returned; other calls only once.
    void repeatedSend()
    {
        SocketLab lab;
        const std::string id = makeSocket(lab, AF_INET, SOCK_DGRAM, 0).created;
        LabRequest bind = LabRequest::on(LabCall::Bind, id);
        bind.address = "127.0.0.1";
        lab.perform(bind);
        LabRequest connect = LabRequest::on(LabCall::Connect, id);
        connect.address = "127.0.0.1";
        connect.port = rowOf(lab.snapshot(), id)->localPort; // to itself
        lab.perform(connect);
        const std::uint64_t before = CallJournal::global().lastSeq();
        LabRequest send = LabRequest::on(LabCall::Send, id);
        send.data = "abc";
        send.repeat = 4;
        const LabResult r = lab.perform(send);
        QCOMPARE(r.ret, 12L);
        QCOMPARE(r.note, LabNote::SentRepeated);
        QVERIFY2(r.callText.find("\u00d7 4") != std::string::npos, r.callText.c_str());
        QCOMPARE(CallJournal::global().since(before).entries.size(), std::size_t(4));
        send.repeat = SocketLab::maxRepeat + 1;
        QCOMPARE(lab.perform(send).note, LabNote::RefusedRepeat);
        LabRequest recv = LabRequest::on(LabCall::Recv, id);
        recv.size = 16;
        recv.repeat = 2;
        QCOMPARE(lab.perform(recv).note, LabNote::RefusedRepeat);
    }

    // The lab's setsockopt: SO_LINGER's struct and an int option, each journalled and read back.
    void setsockoptJournalled()
    {
        SocketLab lab;
        const std::string id = makeSocket(lab, AF_INET, SOCK_STREAM, 0).created;
        LabRequest linger = LabRequest::on(LabCall::Setsockopt, id);
        linger.level = SOL_SOCKET;
        linger.option = SO_LINGER;
        linger.number = 1;
        linger.number2 = 0;
        const LabResult r = lab.perform(linger);
        QCOMPARE(r.ret, 0L);
        QCOMPARE(r.detail, std::string("SO_LINGER"));
        const auto entry = CallJournal::global().since(r.journalSeq - 1, 1).entries.front();
        QCOMPARE(entry.function, std::string("setsockopt"));
        QVERIFY2(entry.code.find("struct linger lg = {1, 0};") != std::string::npos, entry.code.c_str());
        const int fd = rowOf(lab.snapshot(), id)->fd;
        struct linger back {};
        socklen_t len = sizeof back;
        QCOMPARE(::getsockopt(fd, SOL_SOCKET, SO_LINGER, &back, &len), 0);
        QCOMPARE(back.l_onoff, 1);
        QCOMPARE(back.l_linger, 0);
    }
};

QTEST_APPLESS_MAIN(TestLabSocketTypes)
#include "tst_labsockettypes.moc"
