// The wire page in a real main window. A recorded session (hand-made packets of a connection and
// the journal's calls that caused them) draws as a ladder: two endpoint columns, calls and packets
// in time order, each packet tied to its call (connect → SYN, send → data, close → FIN); the arrow
// keys select packets and the detail pane decodes them; copy, pcapng and PNG exports work. Bad ports
// are refused beside the field. As root, a live capture of a listener's port shows a real handshake
// and, following SockScope's own sockets, an echo server's connection.

#include "CallJournal.h"
#include "ClientSessionService.h"
#include "EchoServerService.h"
#include "MainWindow.h"
#include "PacketBuilder.h"
#include "PageUnderTest.h"
#include "WireLadderView.h"
#include "WirePage.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include "Privileges.h"

#include <QTest>
#include <QTranslator>

#include <sys/socket.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <unistd.h>

#include <memory>

using namespace sockscope;
using namespace sockscope::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t t0 = 1'800'000'000'000'000;

WirePacket packetAt(std::int64_t timeUs, const packet::Bytes& bytes, RelativeSequence& rel, std::uint64_t number)
{
    WirePacket w;
    w.number = number;
    w.captured.timeUs = timeUs;
    w.captured.bytes = bytes;
    w.captured.wireLength = static_cast<std::uint32_t>(bytes.size());
    w.decoded = decodeIpPacket(bytes.data(), bytes.size());
    if (w.decoded.transport == Transport::Tcp)
        w.relative = rel.apply(w.decoded);
    return w;
}

JournalEntry callAt(std::int64_t timeUs, const char* function, const char* args, const char* result)
{
    JournalEntry e;
    e.timeUs = timeUs;
    e.durationUs = 5;
    e.thread = "lab";
    e.function = function;
    e.args = args;
    e.result = result;
    e.code = std::string(function) + "(" + args + ");";
    return e;
}

// connect, send "hello", close; the server's close; in the kernel's order.
void recordedSession(QVector<WirePacket>& packets, std::vector<JournalEntry>& calls)
{
    using namespace packet;
    RelativeSequence rel;
    const std::uint16_t c = 40000, s = 7007;
    calls.push_back(callAt(t0 - 100, "socket", "AF_INET, SOCK_STREAM, 0", "5"));
    calls.push_back(callAt(t0, "connect", "5, {AF_INET, 127.0.0.1:7007}, 16", "0"));
    std::uint64_t n = 1;
    auto add = [&](std::int64_t dt, const Bytes& b) { packets.push_back(packetAt(t0 + dt, b, rel, n++)); };
    add(10, ipv4(IPPROTO_TCP, tcp(c, s, 1000, 0, TcpSyn, linuxSynOptions())));
    add(20, ipv4(IPPROTO_TCP, tcp(s, c, 5000, 1001, TcpSyn | TcpAck, linuxSynOptions())));
    add(30, ipv4(IPPROTO_TCP, tcp(c, s, 1001, 5001, TcpAck)));
    calls.push_back(callAt(t0 + 500, "send", "5, \"hello\", 5, 0", "5"));
    add(510, ipv4(IPPROTO_TCP, tcp(c, s, 1001, 5001, TcpPsh | TcpAck, {}, "hello")));
    add(520, ipv4(IPPROTO_TCP, tcp(s, c, 5001, 1006, TcpAck)));
    calls.push_back(callAt(t0 + 900, "close", "5", "0"));
    add(910, ipv4(IPPROTO_TCP, tcp(c, s, 1006, 5001, TcpFin | TcpAck)));
    add(950, ipv4(IPPROTO_TCP, tcp(s, c, 5001, 1007, TcpFin | TcpAck)));
    add(960, ipv4(IPPROTO_TCP, tcp(c, s, 1007, 5002, TcpAck)));
}

int tcpListener(std::uint16_t& port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof sin;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&sin), len) != 0 || ::listen(fd, 4) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&sin), &len) != 0)
        return -1;
    port = ntohs(sin.sin_port);
    return fd;
}

int connectTo(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_port = htons(port);
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&sin), sizeof sin) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// A TCP echo server of SockScope's on 127.0.0.1 (its listener is in the SocketRegistry).
void startEchoServer(EchoServerService& echo, EchoStartResult& r)
{
    QSignalSpy started(&echo, &EchoServerService::started);
    EchoConfig c;
    c.threads = 1;
    echo.start(c);
    QVERIFY(started.wait(10000));
    r = started.at(0).at(0).value<EchoStartResult>();
    QVERIFY2(r.ok, r.message.c_str());
}

} // namespace

class TestWirePage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void recordedSessionDrawsALadder();
    void exportsAndCopy();
    void countsInEachLanguage_data();
    void countsInEachLanguage();
    void badPortsAreRefusedBesideTheField_data();
    void badPortsAreRefusedBesideTheField();
    void liveCaptureOfAPort();
    void liveCaptureFollowsOwnSockets();
    void consoleCallsBesideTheirPackets();
    void onlyTheWatchedPortsUnreachables();

private:
    // A fresh capture following SockScope's own sockets, once its filter holds `port`.
    void startOwnSocketsCapture(int port);

    std::unique_ptr<MainWindow> window_;
    WirePage* page_ = nullptr;
};

void TestWirePage::startOwnSocketsCapture(int port)
{
    page_->findChild<QPushButton*>(u"wireClear"_s)->click();
    page_->ownSocketsChoice()->setChecked(true);
    QSignalSpy started(page_, &WirePage::captureStarted);
    page_->startCapture();
    QVERIFY(started.wait(10000));
    QVERIFY2(started.at(0).at(0).toBool(), qPrintable(page_->status()->text()));
    QTRY_VERIFY_WITH_TIMEOUT(page_->status()->text().contains(QString::number(port)), 5000);
}

void TestWirePage::initTestCase()
{
    useTestSettings("tst_wirepage");
    page_ = openPage<WirePage>(window_);
    QVERIFY(page_);
    window_->resize(1200, 800);
}

void TestWirePage::recordedSessionDrawsALadder()
{
    QVector<WirePacket> packets;
    std::vector<JournalEntry> calls;
    recordedSession(packets, calls);
    page_->showRecorded(packets, calls);
    const WireTimeline& t = page_->timeline();
    QCOMPARE(t.columns(), QStringList({u"127.0.0.1:40000"_s, u"127.0.0.1:7007"_s}));
    const auto& rows = t.rows();
    QCOMPARE(rows.size(), std::size_t(12)); // 4 calls and 8 packets
    QCOMPARE(rows[0].kind, WireTimeline::Row::Call);   // socket
    QCOMPARE(rows[1].kind, WireTimeline::Row::Call);   // connect
    QCOMPARE(rows[2].kind, WireTimeline::Row::Packet); // SYN
    QCOMPARE(rows[2].from, 0);
    QCOMPARE(rows[2].to, 1);
    QCOMPARE(t.calls()[static_cast<std::size_t>(rows[2].cause)].function, std::string("connect"));
    QCOMPARE(rows[3].from, 1); // SYN-ACK comes back
    QCOMPARE(t.calls()[static_cast<std::size_t>(rows[6].cause)].function, std::string("send"));
    QCOMPARE(t.calls()[static_cast<std::size_t>(rows[9].cause)].function, std::string("close"));
    QVERIFY(page_->status()->text().contains(u"8 packet"_s));

    // Keyboard: Home, then down to the SYN; the detail pane decodes it.
    WireLadderView* ladder = page_->ladder();
    ladder->setFocus();
    QTest::keyClick(ladder, Qt::Key_Home);
    QTest::keyClick(ladder, Qt::Key_Down);
    QTest::keyClick(ladder, Qt::Key_Down);
    QCOMPARE(ladder->selectedRow(), 2);
    const QString detail = page_->detail()->toPlainText();
    QVERIFY2(detail.contains(u"flags SYN"_s), qPrintable(detail));
    QVERIFY(detail.contains(u"Most likely sent because of: connect("_s));
    QVERIFY(detail.contains(u"mss 65495"_s));
    QVERIFY(detail.contains(u"seq 0 (relative; raw 1000)"_s));
    // A click on the data segment's row.
    const int y = ladder->rowHeight() * 6 + ladder->rowHeight() / 2 + ladder->rowHeight(); // below the header
    QTest::mouseClick(ladder->viewport(), Qt::LeftButton, {}, QPoint(ladder->viewport()->width() / 2, y));
    QCOMPARE(ladder->selectedRow(), 6);
    QVERIFY(page_->detail()->toPlainText().contains(u"payload: 5 byte"_s));
    QVERIFY(page_->detail()->toPlainText().contains(u"68 65 6c 6c 6f"_s)); // "hello" in the hex dump

    const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(window_->grab().save(dir + u"/wire-recorded.png"_s));
}

void TestWirePage::exportsAndCopy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pcap = dir.filePath(u"w.pcapng"_s);
    QVERIFY(page_->exportPcapng(pcap));
    // Header blocks, then eight packets of at least 40 bytes each.
    QVERIFY(QFileInfo(pcap).size() > 8 * (32 + 40));
    const QString png = dir.filePath(u"w.png"_s);
    QVERIFY(page_->saveImage(png));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.height() >= 12 * page_->ladder()->rowHeight());
    // The same as SVG: a drawing with the arrows' labels as text.
    const QString svg = dir.filePath(u"w.svg"_s);
    QVERIFY(page_->saveImage(svg));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray drawing = svgFile.readAll();
    QVERIFY(drawing.contains("<svg"));
    QVERIFY(drawing.contains("SYN seq 0"));
    QVERIFY(!page_->exportPcapng(u"/nonexistent-dir/w.pcapng"_s));
    QVERIFY(page_->status()->text().contains(u"/nonexistent-dir/w.pcapng"_s));
}

// The status line's counts with each language's plural forms, English included ("1 packet",
// "8 packets"): the built .qm files, as the GUI loads them.
void TestWirePage::countsInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("packets");
    QTest::addColumn<QString>("says");
    QTest::newRow("en, one") << u"en"_s << 1 << u"1 packet, 4 calls."_s;
    QTest::newRow("en, eight") << u"en"_s << 8 << u"8 packets, 4 calls."_s;
    QTest::newRow("de, one") << u"de"_s << 1 << u"1 Paket, 4 Aufrufe."_s;
    QTest::newRow("de, eight") << u"de"_s << 8 << u"8 Pakete, 4 Aufrufe."_s;
    QTest::newRow("zh_TW, eight") << u"zh_TW"_s << 8 << u"8 個封包, 4 個呼叫."_s;
}

void TestWirePage::countsInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, packets);
    QFETCH(QString, says);
    const QString dir = qEnvironmentVariable("SOCKSCOPE_TRANSLATIONS_DIR");
    if (dir.isEmpty())
        QSKIP("SOCKSCOPE_TRANSLATIONS_DIR names the built .qm files (ctest sets it)");
    QTranslator translator;
    QVERIFY(translator.load(u"sockscope_"_s + language, dir));
    QCoreApplication::installTranslator(&translator);
    QVector<WirePacket> all;
    std::vector<JournalEntry> calls;
    recordedSession(all, calls);
    page_->showRecorded(all.mid(0, packets), calls);
    const QString status = page_->status()->text();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(status.contains(says), qPrintable(status));
}

void TestWirePage::badPortsAreRefusedBesideTheField_data()
{
    QTest::addColumn<QString>("ports");
    QTest::addColumn<QString>("says");
    QTest::newRow("a name") << u"7007, http"_s << u"“http” is not a port"_s;
    QTest::newRow("zero") << u"0"_s << u"“0” is not a port"_s;
    QTest::newRow("too big") << u"70000"_s << u"from 1 to 65535"_s;
    QString many;
    for (int p = 1; p <= 49; ++p)
        many += QString::number(p) + u' ';
    QTest::newRow("49 ports") << many << u"49 port"_s;
}

void TestWirePage::badPortsAreRefusedBesideTheField()
{
    QFETCH(QString, ports);
    QFETCH(QString, says);
    page_->findChild<QRadioButton*>(u"wireListedPorts"_s)->setChecked(true);
    retype(page_->portsField(), ports);
    QTest::keyClick(page_->portsField(), Qt::Key_Return);
    QVERIFY(!page_->isCapturing());
    QLabel* message = nullptr;
    for (QLabel* l : page_->findChildren<QLabel*>())
        if (l->isVisible() && l->text().contains(says))
            message = l;
    QVERIFY2(message, qPrintable(says));
}

void TestWirePage::liveCaptureOfAPort()
{
    if (!haveCapNetRaw())
        QSKIP("needs CAP_NET_RAW (root) to capture");
    std::uint16_t port = 0;
    const int server = tcpListener(port);
    QVERIFY(server >= 0);
    page_->findChild<QPushButton*>(u"wireClear"_s)->click();
    page_->findChild<QRadioButton*>(u"wireListedPorts"_s)->setChecked(true);
    retype(page_->portsField(), QString::number(port));
    QSignalSpy started(page_, &WirePage::captureStarted);
    page_->findChild<QPushButton*>(u"wireStart"_s)->click();
    QVERIFY(started.wait(10000));
    QVERIFY2(started.at(0).at(0).toBool(), qPrintable(page_->status()->text()));
    QVERIFY(page_->status()->text().contains(u"Capturing on lo"_s));

    const int client = connectTo(port);
    QVERIFY(client >= 0);
    sockaddr_in name{};
    socklen_t nameLength = sizeof name;
    QCOMPARE(::getsockname(client, reinterpret_cast<sockaddr*>(&name), &nameLength), 0);
    const std::string clientEnd = "127.0.0.1:" + std::to_string(ntohs(name.sin_port));
    const std::string serverEnd = "127.0.0.1:" + std::to_string(port);
    const int accepted = ::accept(server, nullptr, nullptr);
    QCOMPARE(::write(client, "hello", 5), ssize_t(5));
    char buf[8];
    QCOMPARE(::read(accepted, buf, sizeof buf), ssize_t(5));
    ::close(client);
    ::close(accepted);
    ::close(server);
    QTRY_VERIFY_WITH_TIMEOUT(page_->timeline().packets().size() >= 7, 10000);
    const auto& packets = page_->timeline().packets();
    QCOMPARE(int(packets[0].decoded.tcpFlags), int(TcpSyn));
    QCOMPARE(packets[0].decoded.dstPort, int(port));
    // The states the packets drove: the client closed first, so it waits in TIME_WAIT, and the server
    // went through CLOSE_WAIT and LAST_ACK to CLOSE.
    QStringList clientStates, serverStates;
    for (const WirePacket& w : packets)
        for (const TcpStateChange& c : w.states)
            (c.endpoint == clientEnd ? clientStates : serverStates) << QString::fromStdString(c.to);
    QCOMPARE(clientStates.value(0), u"SYN_SENT"_s);
    QVERIFY2(clientStates.contains(u"ESTABLISHED"_s) && clientStates.contains(u"FIN_WAIT1"_s)
                 && clientStates.endsWith(u"TIME_WAIT"_s),
             qPrintable(clientStates.join(u' ')));
    QVERIFY2(serverStates.contains(u"CLOSE_WAIT"_s) && serverStates.contains(u"LAST_ACK"_s)
                 && serverStates.endsWith(u"CLOSE"_s),
             qPrintable(serverStates.join(u' ')));
    // And the kernel's word, asked once the close settled: the client's connection is in TIME_WAIT,
    // with its timer running; the server's is gone.
    QTRY_COMPARE_WITH_TIMEOUT(page_->timeline().kernelState(QString::fromStdString(clientEnd)).state,
                              std::string("TIME_WAIT"), 10000);
    QVERIFY(page_->timeline().kernelState(QString::fromStdString(clientEnd)).timerMs > 0);
    QCOMPARE(page_->timeline().kernelState(QString::fromStdString(serverEnd)).state, std::string());
    page_->findChild<QPushButton*>(u"wireStart"_s)->click(); // stop
    QTRY_VERIFY_WITH_TIMEOUT(!page_->isCapturing(), 5000);
    QVERIFY(page_->status()->text().contains(u"packet"_s));
}

void TestWirePage::liveCaptureFollowsOwnSockets()
{
    if (!haveCapNetRaw())
        QSKIP("needs CAP_NET_RAW (root) to capture");
    // An echo server of SockScope's: its listener is in the SocketRegistry.
    EchoServerService echo;
    EchoStartResult r;
    startEchoServer(echo, r);
    if (QTest::currentTestFailed())
        return;
    const auto port = static_cast<std::uint16_t>(r.bound.port());
    QTRY_VERIFY_WITH_TIMEOUT(WireCaptureService::ownSocketPorts().size() >= 1, 5000);

    startOwnSocketsCapture(port);
    if (QTest::currentTestFailed())
        return;
    const int client = connectTo(port);
    QVERIFY(client >= 0);
    QCOMPARE(::write(client, "ping", 4), ssize_t(4));
    char buf[8];
    QCOMPARE(::read(client, buf, sizeof buf), ssize_t(4)); // echoed
    ::close(client);
    QTRY_VERIFY_WITH_TIMEOUT(page_->timeline().packets().size() >= 6, 10000);
    page_->stopCapture();
    QTRY_VERIFY_WITH_TIMEOUT(!page_->isCapturing(), 5000);
    echo.stop();
}

// The client console's calls, made through core as the user makes them, beside the packets they put
// on the wire: connect → SYN, send → the data segment, shutdown(SHUT_WR) → FIN.
void TestWirePage::consoleCallsBesideTheirPackets()
{
    if (!haveCapNetRaw())
        QSKIP("needs CAP_NET_RAW (root) to capture");
    EchoServerService echo;
    EchoStartResult r;
    startEchoServer(echo, r);
    if (QTest::currentTestFailed())
        return;

    startOwnSocketsCapture(r.bound.port());
    if (QTest::currentTestFailed())
        return;

    ClientSessionService session(1);
    QSignalSpy connected(&session, &ClientSessionService::connected);
    ClientConnectRequest request;
    request.host = u"127.0.0.1"_s;
    request.port = r.bound.port();
    session.connectTo(request);
    QVERIFY(connected.wait(10000));
    QVERIFY(connected.at(0).at(0).value<ClientConnectOutcome>().ok);
    QSignalSpy chunks(&session, &ClientSessionService::chunks);
    session.send("hello\n", 0);
    QVERIFY(chunks.wait(10000)); // the echo came back
    QSignalSpy sendingClosed(&session, &ClientSessionService::sendingClosed);
    session.shutdownSocket(SHUT_WR);
    QVERIFY(sendingClosed.wait(10000));
    // SYN, SYN-ACK, ACK, data, its ACK, the echo, its ACK, FIN, and the server's FIN back.
    auto finsSeen = [this] {
        int fins = 0;
        for (const WirePacket& w : page_->timeline().packets())
            fins += (w.decoded.tcpFlags & TcpFin) != 0;
        return fins;
    };
    QTRY_VERIFY_WITH_TIMEOUT(finsSeen() >= 2, 10000);
    QTest::qWait(3 * WirePage::journalPollMs);

    const WireTimeline& t = page_->timeline();
    auto causeOf = [&](auto&& match) -> std::string {
        for (const WireTimeline::Row& row : t.rows())
            if (row.kind == WireTimeline::Row::Packet && match(t.packets()[static_cast<std::size_t>(row.index)]))
                return row.cause >= 0 ? t.calls()[static_cast<std::size_t>(row.cause)].function : std::string("none");
        return "not seen";
    };
    const int client = static_cast<int>(r.bound.port());
    QCOMPARE(causeOf([](const WirePacket& w) { return w.decoded.tcpFlags == TcpSyn; }), std::string("connect"));
    QCOMPARE(causeOf([&](const WirePacket& w) { return w.decoded.dstPort == client && w.decoded.payloadLength == 6; }),
             std::string("send"));
    QCOMPARE(causeOf([&](const WirePacket& w) { return w.decoded.dstPort == client && (w.decoded.tcpFlags & TcpFin); }),
             std::string("shutdown"));

    const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        for (int row = 0; row < static_cast<int>(t.rows().size()); ++row)
            if (t.rows()[static_cast<std::size_t>(row)].kind == WireTimeline::Row::Packet &&
                t.packets()[static_cast<std::size_t>(t.rows()[static_cast<std::size_t>(row)].index)].decoded.payloadLength == 6) {
                page_->ladder()->selectRow(row);
                break;
            }
        page_->ladder()->verticalScrollBar()->setValue(0);
        QTest::qWait(100);
        QVERIFY(window_->grab().save(dir + u"/wire.png"_s));
    }
    session.closeSocket();
    page_->stopCapture();
    QTRY_VERIFY_WITH_TIMEOUT(!page_->isCapturing(), 5000);
    echo.stop();
}

// A UDP datagram to a closed port comes back as ICMP port unreachable. The kernel's filter lets
// every ICMP error through; the page keeps those that quote a watched port and counts the others.
void TestWirePage::onlyTheWatchedPortsUnreachables()
{
    if (!haveCapNetRaw())
        QSKIP("needs CAP_NET_RAW (root) to capture");
    // Two ports nobody listens on: bind and close a UDP socket for each.
    auto closedUdpPort = [] {
        const int s = ::socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        ::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
        ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
        ::close(s);
        return ntohs(a.sin_port);
    };
    const std::uint16_t watched = closedUdpPort(), other = closedUdpPort();
    page_->findChild<QPushButton*>(u"wireClear"_s)->click();
    page_->findChild<QRadioButton*>(u"wireListedPorts"_s)->setChecked(true);
    retype(page_->portsField(), QString::number(watched));
    QSignalSpy started(page_, &WirePage::captureStarted);
    page_->startCapture();
    QVERIFY(started.wait(10000));
    QVERIFY2(started.at(0).at(0).toBool(), qPrintable(page_->status()->text()));
    const int s = ::socket(AF_INET, SOCK_DGRAM, 0);
    for (std::uint16_t port : {other, watched, other}) {
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::sendto(s, "x", 1, 0, reinterpret_cast<sockaddr*>(&to), sizeof to), ssize_t(1));
        QTest::qWait(20); // the kernel rate-limits ICMP errors per destination only past bursts
    }
    ::close(s);
    // The datagram to the watched port and its unreachable; nothing about the other port.
    QTRY_VERIFY_WITH_TIMEOUT(page_->timeline().packets().size() >= 2, 10000);
    QTest::qWait(300);
    page_->stopCapture();
    QTRY_VERIFY_WITH_TIMEOUT(!page_->isCapturing(), 5000);
    int unreachables = 0;
    for (const WirePacket& w : page_->timeline().packets()) {
        const DecodedPacket& d = w.decoded;
        if (d.transport == Transport::Icmp) {
            if (!d.quoted.present)
                continue; // an echo of another test's: not an error about a datagram
            QCOMPARE(d.quoted.dstPort, int(watched));
            ++unreachables;
        } else if (d.transport == Transport::Udp) {
            QCOMPARE(d.dstPort, int(watched));
        }
    }
    QCOMPARE(unreachables, 1);
    QVERIFY2(page_->status()->text().contains(u"ICMP error"_s), qPrintable(page_->status()->text()));
}

QTEST_MAIN(TestWirePage)
#include "tst_wirepage.moc"
