// The capture on the real loopback, against connections the test makes itself: a TCP handshake,
// five bytes and a close (both families) decoded packet by packet with relative sequence numbers; a
// reset by SO_LINGER 0; a datagram to a closed port answered by ICMP "port unreachable" that quotes
// the port; the kernel applying the port filter (other ports stay out, setPorts changes it). Then the
// unprivileged path: the test runs itself as nobody, where socket(AF_PACKET) fails with EPERM, once
// with a copy of sockscope-capture that holds CAP_NET_RAW (the capture works through it) and once
// with a copy that does not (a clear message naming setcap). Needs root; skips otherwise.

#include "CallJournal.h"
#include "LoopbackCapture.h"
#include "PacketDecoder.h"
#include "RelativeSequence.h"
#include "SocketAddress.h"
#include "UniqueFd.h"

#include "Privileges.h"

#include <QTest>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/socket.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

using namespace sockscope;
using namespace Qt::StringLiterals;

using sockscope::testing::haveCapNetRaw;

namespace {

struct Seen {
    DecodedPacket packet;
    RelativeSequence::Relative relative;
};

const char* loopbackOf(int family) { return family == AF_INET6 ? "::1" : "127.0.0.1"; }

sockaddr_storage loopbackAddress(int family, std::uint16_t port, socklen_t& len)
{
    sockaddr_storage ss{};
    if (family == AF_INET6) {
        auto* a = reinterpret_cast<sockaddr_in6*>(&ss);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        a->sin6_addr = in6addr_loopback;
        len = sizeof *a;
    } else {
        auto* a = reinterpret_cast<sockaddr_in*>(&ss);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        len = sizeof *a;
    }
    return ss;
}

std::uint16_t boundPort(int fd)
{
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len) != 0)
        return 0;
    return ntohs(ss.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&ss)->sin6_port
                                          : reinterpret_cast<sockaddr_in*>(&ss)->sin_port);
}

UniqueFd listener(int family, std::uint16_t& port)
{
    UniqueFd fd(::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0));
    socklen_t len = 0;
    sockaddr_storage ss = loopbackAddress(family, 0, len);
    if (!fd || ::bind(fd.get(), reinterpret_cast<sockaddr*>(&ss), len) != 0 || ::listen(fd.get(), 4) != 0)
        return {};
    port = boundPort(fd.get());
    return fd;
}

UniqueFd connectTo(int family, std::uint16_t port)
{
    UniqueFd fd(::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0));
    socklen_t len = 0;
    sockaddr_storage ss = loopbackAddress(family, port, len);
    if (!fd || ::connect(fd.get(), reinterpret_cast<sockaddr*>(&ss), len) != 0)
        return {};
    return fd;
}

// Reads until `enough` says so or ten seconds pass (a loaded machine delivers loopback packets in
// microseconds; the bound only stops a broken test).
template <typename Enough>
std::vector<Seen> collect(LoopbackCapture& capture, RelativeSequence& rel, Enough enough)
{
    std::vector<Seen> seen;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!enough(seen) && std::chrono::steady_clock::now() < deadline) {
        std::vector<CapturedPacket> batch;
        if (capture.read(batch, 100) < 0)
            break;
        for (const CapturedPacket& c : batch) {
            Seen s;
            s.packet = decodeIpPacket(c.bytes.data(), c.bytes.size());
            if (s.packet.transport == Transport::Tcp)
                s.relative = rel.apply(s.packet);
            seen.push_back(s);
        }
    }
    return seen;
}

int countFlags(const std::vector<Seen>& seen, std::uint8_t flags)
{
    int n = 0;
    for (const Seen& s : seen)
        n += s.packet.transport == Transport::Tcp && (s.packet.tcpFlags & flags) == flags;
    return n;
}

// The child's part of unprivilegedThroughTheHelper: open a capture, send one datagram to the port
// it watches, and say what happened on stdout. Exit 0 when the datagram was seen.
int childCapture()
{
    const auto port = static_cast<std::uint16_t>(std::atoi(std::getenv("SOCKSCOPE_TEST_CAPTURE_PORT")));
    LoopbackCapture capture;
    const CaptureOpenResult r = capture.open({port});
    std::printf("uid %d ok %d err %d call %s via %d helper %s\n%s\n", static_cast<int>(::getuid()), r.ok, r.err,
                r.failedCall.c_str(), r.viaHelper, r.helperPath.c_str(), r.explanation.c_str());
    if (!r.ok)
        return 1;
    UniqueFd udp(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    socklen_t len = 0;
    sockaddr_storage to = loopbackAddress(AF_INET, port, len);
    ::sendto(udp.get(), "ping", 4, 0, reinterpret_cast<sockaddr*>(&to), len);
    RelativeSequence rel;
    const auto seen = collect(capture, rel, [&](const std::vector<Seen>& s) {
        for (const Seen& x : s)
            if (x.packet.transport == Transport::Udp && x.packet.dstPort == port)
                return true;
        return false;
    });
    for (const Seen& x : seen)
        if (x.packet.transport == Transport::Udp && x.packet.dstPort == port && x.packet.payloadLength == 4) {
            std::printf("seen udp to %d\n", port);
            return 0;
        }
    return 2;
}

} // namespace

class tst_LoopbackCapture : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void handshakeDataAndClose_data();
    void handshakeDataAndClose();
    void resetByLingerZero();
    void closedUdpPortAnswersWithIcmp_data();
    void closedUdpPortAnswersWithIcmp();
    void kernelAppliesThePortFilter();
    void journalShowsTheFilterAsC();
    void unprivilegedThroughTheHelper_data();
    void unprivilegedThroughTheHelper();
};

void tst_LoopbackCapture::initTestCase()
{
    if (!haveCapNetRaw())
        QSKIP("needs CAP_NET_RAW (run as root): the capture opens a packet socket");
}

void tst_LoopbackCapture::handshakeDataAndClose_data()
{
    QTest::addColumn<int>("family");
    QTest::newRow("IPv4") << int(AF_INET);
    QTest::newRow("IPv6") << int(AF_INET6);
}

void tst_LoopbackCapture::handshakeDataAndClose()
{
    QFETCH(int, family);
    std::uint16_t port = 0;
    UniqueFd server = listener(family, port);
    QVERIFY(server.valid());
    LoopbackCapture capture;
    const CaptureOpenResult opened = capture.open({port});
    QVERIFY2(opened.ok, opened.explanation.c_str());
    QVERIFY(!opened.viaHelper);

    UniqueFd client = connectTo(family, port);
    QVERIFY(client.valid());
    const std::uint16_t clientPort = boundPort(client.get());
    UniqueFd accepted(::accept(server.get(), nullptr, nullptr));
    QVERIFY(accepted.valid());
    QCOMPARE(::write(client.get(), "hello", 5), ssize_t(5));
    char buf[8];
    QCOMPARE(::read(accepted.get(), buf, sizeof buf), ssize_t(5));
    client.reset();   // FIN from the client
    QCOMPARE(::read(accepted.get(), buf, sizeof buf), ssize_t(0));
    accepted.reset(); // and from the server

    RelativeSequence rel;
    const auto seen = collect(capture, rel, [](const std::vector<Seen>& s) {
        // Both FINs and the ACK of the last one.
        return countFlags(s, TcpFin) >= 2 && !s.empty() && s.back().packet.tcpFlags == TcpAck;
    });
    QVERIFY2(seen.size() >= 7, qPrintable(QString::number(seen.size())));
    for (const Seen& s : seen) {
        QCOMPARE(s.packet.family, family);
        QCOMPARE(QString::fromStdString(s.packet.src), QString::fromLatin1(loopbackOf(family)));
        QCOMPARE(s.packet.transport, Transport::Tcp);
        QVERIFY(s.packet.problem.empty());
    }
    // The handshake: SYN with the options Linux sends, SYN-ACK, ACK.
    QCOMPARE(int(seen[0].packet.tcpFlags), int(TcpSyn));
    QCOMPARE(seen[0].packet.srcPort, int(clientPort));
    QCOMPARE(seen[0].packet.dstPort, int(port));
    QCOMPARE(seen[0].relative.seq, 0U);
    QVERIFY(seen[0].packet.options.mss > 0);
    QVERIFY(seen[0].packet.options.sackPermitted);
    QCOMPARE(int(seen[1].packet.tcpFlags), int(TcpSyn | TcpAck));
    QCOMPARE(seen[1].packet.srcPort, int(port));
    QCOMPARE(seen[1].relative.ack, 1U);
    QCOMPARE(int(seen[2].packet.tcpFlags), int(TcpAck));
    QCOMPARE(seen[2].relative.seq, 1U);
    QCOMPARE(seen[2].relative.ack, 1U);
    // The five bytes, from relative sequence number 1.
    const Seen* data = nullptr;
    for (const Seen& s : seen)
        if (s.packet.payloadLength > 0)
            data = &s;
    QVERIFY(data);
    QCOMPARE(data->packet.payloadLength, std::size_t(5));
    QCOMPARE(data->packet.srcPort, int(clientPort));
    QCOMPARE(data->relative.seq, 1U);
    QVERIFY(data->packet.tcpFlags & TcpPsh);
    // The client's FIN follows the data: relative seq 6; the server's FIN acknowledges it (ack 7).
    const Seen* clientFin = nullptr;
    const Seen* serverFin = nullptr;
    for (const Seen& s : seen)
        if (s.packet.tcpFlags & TcpFin)
            (s.packet.srcPort == clientPort ? clientFin : serverFin) = &s;
    QVERIFY(clientFin && serverFin);
    QCOMPARE(clientFin->relative.seq, 6U);
    QCOMPARE(serverFin->relative.ack, 7U);
    QCOMPARE(serverFin->relative.seq, 1U);
    QCOMPARE(capture.stats().received, static_cast<std::uint64_t>(seen.size()));
    QCOMPARE(capture.stats().kernelDrops, std::uint64_t(0));
}

void tst_LoopbackCapture::resetByLingerZero()
{
    std::uint16_t port = 0;
    UniqueFd server = listener(AF_INET, port);
    QVERIFY(server.valid());
    LoopbackCapture capture;
    QVERIFY(capture.open({port}).ok);
    UniqueFd client = connectTo(AF_INET, port);
    QVERIFY(client.valid());
    UniqueFd accepted(::accept(server.get(), nullptr, nullptr));
    QVERIFY(accepted.valid());
    const linger l{1, 0};
    QCOMPARE(::setsockopt(client.get(), SOL_SOCKET, SO_LINGER, &l, sizeof l), 0);
    client.reset(); // close with linger 0: RST instead of FIN
    RelativeSequence rel;
    const auto seen = collect(capture, rel, [](const std::vector<Seen>& s) { return countFlags(s, TcpRst) > 0; });
    QCOMPARE(countFlags(seen, TcpRst), 1);
    QCOMPARE(countFlags(seen, TcpFin), 0);
    QCOMPARE(QString::fromStdString(tcpFlagsText(seen.back().packet.tcpFlags)), QString(u"ACK,RST"_s));
}

void tst_LoopbackCapture::closedUdpPortAnswersWithIcmp_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("code");
    QTest::newRow("IPv4: ICMP 3/3") << int(AF_INET) << 3 << 3;
    QTest::newRow("IPv6: ICMPv6 1/4") << int(AF_INET6) << 1 << 4;
}

void tst_LoopbackCapture::closedUdpPortAnswersWithIcmp()
{
    QFETCH(int, family);
    QFETCH(int, type);
    QFETCH(int, code);
    // A port that was free a moment ago: bind, note it, close.
    std::uint16_t closed = 0;
    {
        UniqueFd probe(::socket(family, SOCK_DGRAM | SOCK_CLOEXEC, 0));
        socklen_t len = 0;
        sockaddr_storage ss = loopbackAddress(family, 0, len);
        QCOMPARE(::bind(probe.get(), reinterpret_cast<sockaddr*>(&ss), len), 0);
        closed = boundPort(probe.get());
    }
    LoopbackCapture capture;
    QVERIFY(capture.open({closed}).ok);
    UniqueFd sender(::socket(family, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    socklen_t len = 0;
    sockaddr_storage to = loopbackAddress(family, closed, len);
    QCOMPARE(::sendto(sender.get(), "anyone?", 7, 0, reinterpret_cast<sockaddr*>(&to), len), ssize_t(7));
    RelativeSequence rel;
    const auto seen = collect(capture, rel, [](const std::vector<Seen>& s) {
        for (const Seen& x : s)
            if (x.packet.transport == Transport::Icmp || x.packet.transport == Transport::Icmpv6)
                return true;
        return false;
    });
    const Seen* icmp = nullptr;
    const Seen* udp = nullptr;
    for (const Seen& x : seen) {
        if (x.packet.transport == Transport::Udp)
            udp = &x;
        else if (x.packet.transport == Transport::Icmp || x.packet.transport == Transport::Icmpv6)
            icmp = &x;
    }
    QVERIFY(udp && icmp);
    QCOMPARE(udp->packet.payloadLength, std::size_t(7));
    QCOMPARE(icmp->packet.icmpType, type);
    QCOMPARE(icmp->packet.icmpCode, code);
    QVERIFY(icmp->packet.quoted.present);
    QCOMPARE(icmp->packet.quoted.protocol, int(IPPROTO_UDP));
    QCOMPARE(icmp->packet.quoted.dstPort, int(closed));
    QCOMPARE(icmp->packet.quoted.srcPort, udp->packet.srcPort);
    QVERIFY(QString::fromStdString(icmpDescription(family, type, code)).contains(u"port unreachable"_s));
    // The error reaches the sender's socket as ECONNREFUSED (a connected UDP socket would see it on
    // its next call; an unconnected one gets it only with IP_RECVERR, so it is not asserted here).
}

void tst_LoopbackCapture::kernelAppliesThePortFilter()
{
    std::uint16_t watched = 0, other = 0;
    UniqueFd a = listener(AF_INET, watched);
    UniqueFd b = listener(AF_INET, other);
    QVERIFY(a.valid() && b.valid());
    LoopbackCapture capture;
    QVERIFY(capture.open({watched}).ok);
    auto handshake = [](std::uint16_t port, UniqueFd& server) {
        UniqueFd c = connectTo(AF_INET, port);
        UniqueFd s(::accept(server.get(), nullptr, nullptr));
        return c.valid() && s.valid();
    };
    QVERIFY(handshake(other, b));   // not watched: not one of its packets may arrive
    QVERIFY(handshake(watched, a));
    RelativeSequence rel;
    auto seen = collect(capture, rel, [](const std::vector<Seen>& s) { return countFlags(s, TcpFin) >= 2 && s.back().packet.tcpFlags == TcpAck; });
    QVERIFY(!seen.empty());
    for (const Seen& s : seen)
        QVERIFY(s.packet.srcPort == watched || s.packet.dstPort == watched);

    // Now the other port only.
    QVERIFY(capture.setPorts({other}));
    QVERIFY(handshake(watched, a));
    QVERIFY(handshake(other, b));
    seen = collect(capture, rel, [](const std::vector<Seen>& s) { return countFlags(s, TcpFin) >= 2 && s.back().packet.tcpFlags == TcpAck; });
    QVERIFY(!seen.empty());
    for (const Seen& s : seen)
        QVERIFY2(s.packet.srcPort == other || s.packet.dstPort == other,
                 qPrintable(QString(u"%1 > %2"_s).arg(s.packet.srcPort).arg(s.packet.dstPort)));
}

void tst_LoopbackCapture::journalShowsTheFilterAsC()
{
    const std::uint64_t before = CallJournal::global().lastSeq();
    LoopbackCapture capture;
    QVERIFY(capture.open({7007, 9}).ok);
    capture.close();
    const auto batch = CallJournal::global().since(before);
    QStringList functions;
    const JournalEntry* filter = nullptr;
    for (const JournalEntry& e : batch.entries) {
        functions << QString::fromStdString(e.function);
        if (e.args.find("SO_ATTACH_FILTER") != std::string::npos)
            filter = &e;
    }
    // The filter, SO_TIMESTAMP, the receive queue (SO_RCVBUFFORCE: root), the bind.
    QCOMPARE(functions, QStringList({u"socket"_s, u"setsockopt"_s, u"setsockopt"_s, u"setsockopt"_s, u"bind"_s,
                                     u"close"_s}));
    QVERIFY(filter);
    QVERIFY(filter->args.find("ports 7007 9") != std::string::npos);
    QVERIFY(filter->code.find("struct sock_filter code[] = {") != std::string::npos);
    QVERIFY(filter->code.find("{ 0x20, 0, 0, 0xfffff004 },") != std::string::npos);
}

void tst_LoopbackCapture::unprivilegedThroughTheHelper_data()
{
    QTest::addColumn<bool>("withCapability");
    QTest::newRow("helper with CAP_NET_RAW") << true;
    QTest::newRow("helper without it") << false;
}

void tst_LoopbackCapture::unprivilegedThroughTheHelper()
{
    QFETCH(bool, withCapability);
    const QString helper = qEnvironmentVariable("SOCKSCOPE_TEST_CAPTURE_HELPER");
    if (helper.isEmpty())
        QSKIP("this build has no sockscope-capture (the tsan preset builds core only)");
    if (::getuid() != 0)
        QSKIP("needs root to hand out the capability and to become nobody");
    const QString setcap = QStandardPaths::findExecutable(u"setcap"_s, {u"/usr/sbin"_s, u"/sbin"_s});
    const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s, {u"/usr/bin"_s, u"/bin"_s});
    if (setcap.isEmpty() || setpriv.isEmpty())
        QSKIP("needs setcap (libcap2-bin) and setpriv (util-linux)");

    // The copy lives where nobody can reach it, with the capability set on the copy alone.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                  QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                                  QFile::ExeGroup));
    const QString copy = dir.filePath(u"sockscope-capture"_s);
    QVERIFY(QFile::copy(helper, copy));
    if (withCapability) {
        QProcess sc;
        sc.start(setcap, {u"cap_net_raw+ep"_s, copy});
        QVERIFY(sc.waitForFinished(10000));
        if (sc.exitCode() != 0)
            QSKIP(qPrintable(u"this file system keeps no file capabilities: "_s + QString::fromLocal8Bit(sc.readAllStandardError())));
    }

    std::uint16_t port = 0;
    {
        UniqueFd probe(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
        socklen_t len = 0;
        sockaddr_storage ss = loopbackAddress(AF_INET, 0, len);
        QCOMPARE(::bind(probe.get(), reinterpret_cast<sockaddr*>(&ss), len), 0);
        port = boundPort(probe.get());
    }
    char self[4096];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    QVERIFY(n > 0);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SOCKSCOPE_TEST_CAPTURE_CHILD"_s, u"1"_s);
    env.insert(u"SOCKSCOPE_TEST_CAPTURE_PORT"_s, QString::number(port));
    env.insert(u"SOCKSCOPE_CAPTURE_HELPER"_s, copy);
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(setpriv, {u"--reuid=nobody"_s, u"--regid=nogroup"_s, u"--clear-groups"_s, u"--inh-caps=-all"_s,
                          QString::fromLocal8Bit(self, n)});
    QVERIFY(child.waitForFinished(30000));
    const QString out = QString::fromLocal8Bit(child.readAllStandardOutput());
    const QString err = QString::fromLocal8Bit(child.readAllStandardError());
    QVERIFY2(out.startsWith(u"uid 65534 "_s), qPrintable(out + err));
    if (withCapability) {
        QVERIFY2(child.exitCode() == 0, qPrintable(out + err));
        QVERIFY2(out.contains(u"ok 1"_s) && out.contains(u"via 1"_s), qPrintable(out));
        QVERIFY(out.contains(QString(u"seen udp to %1"_s).arg(port)));
    } else {
        QCOMPARE(child.exitCode(), 1);
        QVERIFY2(out.contains(QString(u"err %1 call helper"_s).arg(EPERM)), qPrintable(out));
        QVERIFY2(out.contains(u"setcap cap_net_raw+ep "_s + copy), qPrintable(out));
    }
}

int main(int argc, char** argv)
{
    if (std::getenv("SOCKSCOPE_TEST_CAPTURE_CHILD"))
        return childCapture();
    tst_LoopbackCapture tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_loopbackcapture.moc"
