// The wire view's pcapng export, read back two ways: block by block here (section header with the
// byte-order magic, one raw-IP interface named lo, an enhanced packet block per packet with its
// time, captured and original lengths, the bytes padded to four), and by tcpdump, which must print
// the same packets with the same timestamps.

#include "PacketBuilder.h"
#include "PcapngWriter.h"

#include <QTest>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstring>

using namespace sockscope;
using namespace Qt::StringLiterals;

namespace {

std::uint32_t word(const std::vector<std::uint8_t>& b, std::size_t at)
{
    std::uint32_t v = 0;
    std::memcpy(&v, b.data() + at, 4);
    return v;
}
std::uint16_t half(const std::vector<std::uint8_t>& b, std::size_t at)
{
    std::uint16_t v = 0;
    std::memcpy(&v, b.data() + at, 2);
    return v;
}

CapturedPacket packetOf(const packet::Bytes& bytes, std::int64_t timeUs, std::uint32_t wireLength = 0)
{
    CapturedPacket p;
    p.timeUs = timeUs;
    p.bytes = bytes;
    p.wireLength = wireLength ? wireLength : static_cast<std::uint32_t>(bytes.size());
    return p;
}

// A SYN, a 5-byte data segment (odd length: the block pads it) and a datagram cut at 30 bytes.
std::vector<CapturedPacket> samplePackets()
{
    using namespace packet;
    std::vector<CapturedPacket> v;
    v.push_back(packetOf(ipv4(IPPROTO_TCP, tcp(40000, 7007, 1000, 0, 0x02)), 1'700'000'000'000'001));
    v.push_back(packetOf(ipv4(IPPROTO_TCP, tcp(40000, 7007, 1001, 5001, 0x18, {}, "hello")), 1'700'000'000'250'000));
    Bytes big = ipv6(IPPROTO_UDP, udp(5353, 9, std::string(100, 'x')));
    const auto wire = static_cast<std::uint32_t>(big.size());
    big.resize(50); // inside the payload: the IPv6 and UDP headers whole
    v.push_back(packetOf(big, 1'700'000'001'000'000, wire));
    return v;
}

} // namespace

class tst_Pcapng : public QObject {
    Q_OBJECT
private slots:
    void blocksAsTheFormatSays();
    void fileMatchesTheBytesInMemory();
    void tcpdumpReadsIt();
    void openFailsWithErrno();
};

void tst_Pcapng::blocksAsTheFormatSays()
{
    const std::vector<CapturedPacket> packets = samplePackets();
    const std::vector<std::uint8_t> b = pcapngBytes(packets);
    QVERIFY(b.size() % 4 == 0);

    // Section header block: type, length at both ends, byte-order magic, version 1.0.
    QCOMPARE(word(b, 0), 0x0a0d0d0aU);
    const std::uint32_t shbLength = word(b, 4);
    QCOMPARE(word(b, shbLength - 4), shbLength);
    QCOMPARE(word(b, 8), 0x1a2b3c4dU);
    QCOMPARE(half(b, 12), std::uint16_t(1));
    QCOMPARE(half(b, 14), std::uint16_t(0));

    // Interface description block: LINKTYPE_RAW (101), the snap length, if_name "lo".
    std::size_t at = shbLength;
    QCOMPARE(word(b, at), 1U);
    const std::uint32_t idbLength = word(b, at + 4);
    QCOMPARE(word(b, at + idbLength - 4), idbLength);
    QCOMPARE(half(b, at + 8), std::uint16_t(101));
    QCOMPARE(word(b, at + 12), LoopbackCapture::defaultSnapLength);
    QCOMPARE(half(b, at + 16), std::uint16_t(2)); // option if_name
    QCOMPARE(half(b, at + 18), std::uint16_t(2));
    QCOMPARE(std::string(reinterpret_cast<const char*>(b.data() + at + 20), 2), std::string("lo"));
    at += idbLength;

    // One enhanced packet block per packet.
    for (const CapturedPacket& p : packets) {
        QVERIFY(at + 28 <= b.size());
        QCOMPARE(word(b, at), 6U);
        const std::uint32_t length = word(b, at + 4);
        QVERIFY(length % 4 == 0);
        QCOMPARE(length, static_cast<std::uint32_t>(32 + ((p.bytes.size() + 3) / 4) * 4));
        QCOMPARE(word(b, at + length - 4), length);
        QCOMPARE(word(b, at + 8), 0U); // interface 0
        const std::uint64_t t = (std::uint64_t(word(b, at + 12)) << 32) | word(b, at + 16);
        QCOMPARE(t, static_cast<std::uint64_t>(p.timeUs));
        QCOMPARE(word(b, at + 20), static_cast<std::uint32_t>(p.bytes.size()));
        QCOMPARE(word(b, at + 24), p.wireLength);
        QVERIFY(std::memcmp(b.data() + at + 28, p.bytes.data(), p.bytes.size()) == 0);
        for (std::size_t pad = at + 28 + p.bytes.size(); pad < at + length - 4; ++pad)
            QCOMPARE(b[pad], std::uint8_t(0));
        at += length;
    }
    QCOMPARE(at, b.size());
}

void tst_Pcapng::fileMatchesTheBytesInMemory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(u"capture.pcapng"_s).toStdString();
    const std::vector<CapturedPacket> packets = samplePackets();
    {
        PcapngFile file;
        QVERIFY(file.open(path));
        for (const CapturedPacket& p : packets)
            QVERIFY(file.write(p));
        QVERIFY(file.close());
        QVERIFY(!file.write(packets.front())); // closed: EBADF, not a crash
        QCOMPARE(errno, EBADF);
    }
    QFile f(QString::fromStdString(path));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray onDisk = f.readAll();
    const std::vector<std::uint8_t> inMemory = pcapngBytes(packets);
    QCOMPARE(onDisk, QByteArray(reinterpret_cast<const char*>(inMemory.data()), static_cast<qsizetype>(inMemory.size())));
}

void tst_Pcapng::tcpdumpReadsIt()
{
    const QString tcpdump = QStandardPaths::findExecutable(u"tcpdump"_s, {u"/usr/sbin"_s, u"/usr/bin"_s, u"/sbin"_s});
    if (tcpdump.isEmpty())
        QSKIP("tcpdump is not installed (scripts/common.sh installs it for the tests)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"capture.pcapng"_s);
    {
        PcapngFile file;
        QVERIFY(file.open(path.toStdString()));
        for (const CapturedPacket& p : samplePackets())
            QVERIFY(file.write(p));
    }
    QProcess p;
    p.start(tcpdump, {u"-nn"_s, u"-tt"_s, u"-r"_s, path});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QStringList lines = QString::fromLocal8Bit(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(u"1700000000.000001 IP 127.0.0.1.40000 > 127.0.0.1.7007: Flags [S], seq 1000"_s), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(u"1700000000.250000 IP 127.0.0.1.40000 > 127.0.0.1.7007: Flags [P.]"_s), qPrintable(lines[1]));
    QVERIFY2(lines[1].contains(u"length 5"_s), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(u"1700000001.000000 IP6 ::1.5353 > ::1.9"_s), qPrintable(lines[2]));
    const QString err = QString::fromLocal8Bit(p.readAllStandardError());
    QVERIFY2(err.contains(u"RAW"_s), qPrintable(err)); // u"reading from file …, link-type RAW (Raw IP)"_s
}

void tst_Pcapng::openFailsWithErrno()
{
    PcapngFile file;
    QVERIFY(!file.open("/nonexistent-directory/capture.pcapng"));
    QCOMPARE(errno, ENOENT);
    QVERIFY(!file.write(samplePackets().front()));
    QCOMPARE(errno, EBADF);
}

QTEST_APPLESS_MAIN(tst_Pcapng)
#include "tst_pcapng.moc"
