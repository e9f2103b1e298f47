// inet_pton/inet_ntop and the legacy parsers, on glibc's own edge cases.
#include "AddressCodec.h"
#include "CallJournal.h"

#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <sys/socket.h>

using namespace sockscope;

class TestAddressCodec : public QObject {
    Q_OBJECT
private slots:
    void pton_data();
    void pton();
    void autoFamily_data();
    void autoFamily();
    void unsupportedFamily();
    void ntopBufferTooSmall_data();
    void ntopBufferTooSmall();
    void legacy_data();
    void legacy();
    void journalsEachCall();
};

void TestAddressCodec::pton_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("rc");
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QString>("canonical");

    const int v4 = AF_INET;
    const int v6 = AF_INET6;
    QTest::newRow("loopback") << v4 << QByteArray("127.0.0.1") << 1 << "7f000001" << "127.0.0.1";
    QTest::newRow("broadcast") << v4 << QByteArray("255.255.255.255") << 1 << "ffffffff" << "255.255.255.255";
    QTest::newRow("leading zero") << v4 << QByteArray("192.0.2.01") << 0 << "" << "";
    QTest::newRow("octal-looking") << v4 << QByteArray("192.0.2.010") << 0 << "" << "";
    QTest::newRow("part > 255") << v4 << QByteArray("192.0.2.256") << 0 << "" << "";
    QTest::newRow("shorthand 127.1") << v4 << QByteArray("127.1") << 0 << "" << "";
    QTest::newRow("hex part") << v4 << QByteArray("0x7f.1") << 0 << "" << "";
    QTest::newRow("three parts") << v4 << QByteArray("1.2.3") << 0 << "" << "";
    QTest::newRow("five parts") << v4 << QByteArray("1.2.3.4.5") << 0 << "" << "";
    QTest::newRow("trailing newline") << v4 << QByteArray("127.0.0.1\n") << 0 << "" << "";
    QTest::newRow("trailing space") << v4 << QByteArray("1.2.3.4 ") << 0 << "" << "";
    QTest::newRow("empty v4") << v4 << QByteArray("") << 0 << "" << "";
    QTest::newRow("v6 text as v4") << v4 << QByteArray("::1") << 0 << "" << "";
    QTest::newRow("v6 loopback") << v6 << QByteArray("::1") << 1 << "00000000000000000000000000000001" << "::1";
    QTest::newRow("v6 any") << v6 << QByteArray("::") << 1 << "00000000000000000000000000000000" << "::";
    QTest::newRow("five hex digits") << v6 << QByteArray("::00001") << 0 << "" << "";
    QTest::newRow("two ::") << v6 << QByteArray("5::5::") << 0 << "" << "";
    QTest::newRow("v4-mapped") << v6 << QByteArray("::ffff:127.0.0.1") << 1
                               << "00000000000000000000ffff7f000001" << "::ffff:127.0.0.1";
    QTest::newRow("upper case") << v6 << QByteArray("F::") << 1 << "000f0000000000000000000000000000" << "f::";
    QTest::newRow("single zero group") << v6 << QByteArray("1::2:3:4:5:6:7") << 1
                                       << "00010000000200030004000500060007" << "1:0:2:3:4:5:6:7";
    QTest::newRow("mapped spelled out") << v6 << QByteArray("0:0:0:0:0:ffff:0102:0304") << 1
                                        << "00000000000000000000ffff01020304" << "::ffff:1.2.3.4";
    QTest::newRow("zone suffix") << v6 << QByteArray("fe80::1%lo") << 0 << "" << "";
    QTest::newRow("v6 newline") << v6 << QByteArray("::1\n") << 0 << "" << "";
    QTest::newRow("v4 text as v6") << v6 << QByteArray("127.0.0.1") << 0 << "" << "";
    QTest::newRow("nine groups") << v6 << QByteArray("1:2:3:4:5:6:7:8:9") << 0 << "" << "";
}

void TestAddressCodec::pton()
{
    QFETCH(int, family);
    QFETCH(QByteArray, text);
    QFETCH(int, rc);
    QFETCH(QString, hex);
    QFETCH(QString, canonical);

    const PtonResult r = presentationToNetwork(family, text.toStdString());
    QCOMPARE(r.rc, rc);
    QCOMPARE(r.err, 0);
    QCOMPARE(QString::fromStdString(r.hex()), hex);
    if (rc == 1) {
        const NtopResult n = networkToPresentation(family, r.bytes.data());
        QVERIFY(n.ok);
        QCOMPARE(QString::fromStdString(n.text), canonical);
        // Round trip: the canonical text parses back to the same bytes.
        QCOMPARE(presentationToNetwork(family, n.text).hex(), r.hex());
    }
}

void TestAddressCodec::autoFamily_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("rc");
    QTest::newRow("v4") << "10.0.0.1" << int(AF_INET) << 1;
    QTest::newRow("v6") << "2001:db8::1" << int(AF_INET6) << 1;
    QTest::newRow("neither") << "localhost" << int(AF_INET6) << 0;
}

void TestAddressCodec::autoFamily()
{
    QFETCH(QString, text);
    QFETCH(int, family);
    QFETCH(int, rc);
    const PtonResult r = presentationToNetworkAuto(text.toStdString());
    QCOMPARE(r.family, family);
    QCOMPARE(r.rc, rc);
}

void TestAddressCodec::unsupportedFamily()
{
    // -1 with EAFNOSUPPORT is a different outcome from 0 (not an address).
    const PtonResult r = presentationToNetwork(AF_UNIX, "127.0.0.1");
    QCOMPARE(r.rc, -1);
    QCOMPARE(r.err, EAFNOSUPPORT);
    const unsigned char bytes[16] = {};
    const NtopResult n = networkToPresentation(AF_UNIX, bytes);
    QVERIFY(!n.ok);
    QCOMPARE(n.err, EAFNOSUPPORT);
}

void TestAddressCodec::ntopBufferTooSmall_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("bufSize");
    QTest::addColumn<bool>("ok");
    QTest::newRow("v4 exact") << int(AF_INET) << "255.255.255.255" << 16 << true;
    QTest::newRow("v4 one short") << int(AF_INET) << "255.255.255.255" << 15 << false;
    QTest::newRow("v4 short text fits") << int(AF_INET) << "1.2.3.4" << 8 << true;
    QTest::newRow("v4 tiny") << int(AF_INET) << "1.2.3.4" << 1 << false;
    QTest::newRow("v6 ADDRSTRLEN") << int(AF_INET6) << "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255" << 46 << true;
    QTest::newRow("v6 short") << int(AF_INET6) << "2001:db8::1" << 11 << false;
    QTest::newRow("v6 fits") << int(AF_INET6) << "2001:db8::1" << 12 << true;
}

void TestAddressCodec::ntopBufferTooSmall()
{
    QFETCH(int, family);
    QFETCH(QString, text);
    QFETCH(int, bufSize);
    QFETCH(bool, ok);
    const PtonResult p = presentationToNetwork(family, text.toStdString());
    QVERIFY(p.ok());
    const NtopResult n = networkToPresentation(family, p.bytes.data(), static_cast<std::size_t>(bufSize));
    QCOMPARE(n.ok, ok);
    QCOMPARE(n.err, ok ? 0 : ENOSPC);
}

void TestAddressCodec::legacy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("atonRc");
    QTest::addColumn<QString>("ntoa");
    QTest::addColumn<bool>("inetAddrNone");
    QTest::addColumn<bool>("ptonAccepts");

    QTest::newRow("127.1") << "127.1" << 1 << "127.0.0.1" << false << false;
    QTest::newRow("0x7f.1") << "0x7f.1" << 1 << "127.0.0.1" << false << false;
    QTest::newRow("octal 010") << "192.0.2.010" << 1 << "192.0.2.8" << false << false;
    QTest::newRow("plain") << "192.0.2.1" << 1 << "192.0.2.1" << false << true;
    QTest::newRow("broadcast looks like error") << "255.255.255.255" << 1 << "255.255.255.255" << true << true;
    QTest::newRow("garbage") << "host.example" << 0 << "" << true << false;
    // inet_aton stops at white space and accepts what came before it.
    QTest::newRow("trailing junk after space") << "1.2.3.4 junk" << 1 << "1.2.3.4" << false << false;
    QTest::newRow("single number") << "3232235777" << 1 << "192.168.1.1" << false << false;
}

void TestAddressCodec::legacy()
{
    QFETCH(QString, text);
    QFETCH(int, atonRc);
    QFETCH(QString, ntoa);
    QFETCH(bool, inetAddrNone);
    QFETCH(bool, ptonAccepts);
    const LegacyParse r = legacyParse(text.toStdString());
    QCOMPARE(r.atonRc, atonRc);
    QCOMPARE(QString::fromStdString(r.ntoaText), ntoa);
    QCOMPARE(r.inetAddrIsNone, inetAddrNone);
    QCOMPARE(r.ptonText.has_value(), ptonAccepts);
    if (atonRc && !inetAddrNone)
        QCOMPARE(r.inetAddr, r.atonAddr);
}

void TestAddressCodec::journalsEachCall()
{
    auto& journal = CallJournal::global();
    const auto before = journal.lastSeq();
    presentationToNetwork(AF_INET, "127.0.0.1");
    presentationToNetwork(AF_UNIX, "x");
    const auto batch = journal.since(before);
    QCOMPARE(batch.entries.size(), std::size_t(2));
    const JournalEntry& ok = batch.entries[0];
    QCOMPARE(QString::fromStdString(ok.function), QStringLiteral("inet_pton"));
    QCOMPARE(QString::fromStdString(ok.args), QStringLiteral("AF_INET, \"127.0.0.1\", &addr"));
    QCOMPARE(QString::fromStdString(ok.result), QStringLiteral("1"));
    QCOMPARE(ok.err, 0);
    QVERIFY(ok.code.find("inet_pton(AF_INET, \"127.0.0.1\", &addr)") != std::string::npos);
    QVERIFY(ok.durationUs >= 0);
    QVERIFY(ok.timeUs > 0);
    const JournalEntry& bad = batch.entries[1];
    QCOMPARE(QString::fromStdString(bad.result), QStringLiteral("-1"));
    QCOMPARE(bad.err, EAFNOSUPPORT);
}

QTEST_APPLESS_MAIN(TestAddressCodec)
#include "tst_addresscodec.moc"
