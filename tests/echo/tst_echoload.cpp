// The load generator: histogram arithmetic, every mode against the real engines, and that it
// notices a server that corrupts the echo. Runs are short and bounded; no figure is asserted.
#include "EchoClient.h"
#include "EchoLoad.h"
#include "EchoServer.h"
#include "PeerThatLeaves.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace sockscope;
using namespace sockscope::testing;

Q_DECLARE_METATYPE(sockscope::EchoEngine)
Q_DECLARE_METATYPE(sockscope::EchoTransport)
Q_DECLARE_METATYPE(sockscope::EchoLoadConfig::Mode)

class TestEchoLoad : public QObject {
    Q_OBJECT
private slots:
    void histogramPercentiles();
    void histogramLargeValuesWithinPrecision();
    void againstEngines_data();
    void againstEngines();
    void detectsCorruptedEcho();
    void reportsBadTargets();
    void silentServerTimesOutAndCancels();
    void serverThatLeavesCountsErrors_data();
    void serverThatLeavesCountsErrors();
};

void TestEchoLoad::histogramPercentiles()
{
    LatencyHistogram h;
    for (std::uint64_t v = 1; v <= 1000; ++v)
        h.record(v);
    QCOMPARE(h.count(), std::uint64_t(1000));
    QCOMPARE(h.percentile(0.5), std::uint64_t(500));
    QCOMPARE(h.percentile(0.99), std::uint64_t(990));
    QCOMPARE(h.percentile(0.999), std::uint64_t(999));
    QCOMPARE(h.percentile(1.0), std::uint64_t(1000));
    QCOMPARE(h.max(), std::uint64_t(1000));
    LatencyHistogram other;
    other.record(5000);
    h.merge(other);
    QCOMPARE(h.max(), std::uint64_t(5000));
    QCOMPARE(h.percentile(1.0), std::uint64_t(5000));
}

void TestEchoLoad::histogramLargeValuesWithinPrecision()
{
    LatencyHistogram h;
    const std::uint64_t values[] = {2047, 2048, 4097, 123456, 9'999'999, 1ull << 40};
    for (std::uint64_t v : values) {
        LatencyHistogram one;
        one.record(v);
        const std::uint64_t p = one.percentile(0.5);
        QVERIFY2(p >= v && double(p - v) <= double(v) / 1000.0 + 1, std::to_string(v).c_str());
    }
}

void TestEchoLoad::againstEngines_data()
{
    QTest::addColumn<EchoEngine>("engine");
    QTest::addColumn<EchoTransport>("transport");
    QTest::addColumn<EchoLoadConfig::Mode>("mode");
    QTest::addColumn<int>("connections");
    QTest::addColumn<int>("size");
    QTest::newRow("reactor tcp ping-pong") << EchoEngine::Reactor << EchoTransport::Tcp << EchoLoadConfig::Mode::PingPong << 20 << 64;
    QTest::newRow("reactor tcp stream") << EchoEngine::Reactor << EchoTransport::Tcp << EchoLoadConfig::Mode::Stream << 2 << 65536;
    QTest::newRow("thread tcp ping-pong") << EchoEngine::Thread << EchoTransport::Tcp << EchoLoadConfig::Mode::PingPong << 10 << 1000;
    QTest::newRow("reactor udp ping-pong") << EchoEngine::Reactor << EchoTransport::Udp << EchoLoadConfig::Mode::PingPong << 4 << 512;
    QTest::newRow("reactor unix stream") << EchoEngine::Reactor << EchoTransport::UnixStream << EchoLoadConfig::Mode::Stream << 2 << 4096;
    QTest::newRow("fork tcp ping-pong") << EchoEngine::Fork << EchoTransport::Tcp << EchoLoadConfig::Mode::PingPong << 5 << 64;
}

void TestEchoLoad::againstEngines()
{
    QFETCH(EchoEngine, engine);
    QFETCH(EchoTransport, transport);
    QFETCH(EchoLoadConfig::Mode, mode);
    QFETCH(int, connections);
    QFETCH(int, size);
    EchoConfig sc;
    sc.engine = engine;
    sc.transport = transport;
    sc.threads = 1;
    if (transport == EchoTransport::UnixStream)
        sc.path = "@sockscope-load-test-" + std::to_string(getpid());
    auto server = EchoServer::create(sc);
    const auto started = server->start();
    QVERIFY2(started.ok, started.message.c_str());

    EchoLoadConfig lc;
    lc.transport = transport;
    lc.port = started.bound.port();
    lc.path = sc.path;
    lc.host = "127.0.0.1";
    lc.connections = connections;
    lc.size = static_cast<std::size_t>(size);
    lc.seconds = 0.4;
    lc.mode = mode;
    EchoLoad load(lc);
    const EchoLoadResult r = load.run();
    server->stop();
    QVERIFY2(r.ok, r.error.c_str());
    QCOMPARE(r.connected, connections);
    QCOMPARE(r.mismatches, std::uint64_t(0));
    QCOMPARE(r.errors, std::uint64_t(0));
    QVERIFY(r.messages > 0);
    QVERIFY(r.bytesVerified >= r.messages * std::uint64_t(size) - (mode == EchoLoadConfig::Mode::Stream ? size : 0));
    if (mode == EchoLoadConfig::Mode::PingPong) {
        QCOMPARE(r.rtt.count(), r.messages);
        QVERIFY(r.rtt.percentile(0.5) <= r.rtt.percentile(0.99));
        QVERIFY(r.rtt.percentile(0.99) <= r.rtt.max());
    }
    QCOMPARE(load.progress().messages.load(), r.messages);
}

void TestEchoLoad::detectsCorruptedEcho()
{
    // A server that flips one bit of everything it echoes.
    UniqueFd listener(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    SocketAddress any;
    SocketAddress::fromNumeric("127.0.0.1", 0, any);
    QCOMPARE(bind(listener.get(), any.get(), any.length), 0);
    QCOMPARE(listen(listener.get(), 4), 0);
    const SocketAddress bound = localAddressOf(listener.get(), false);
    std::thread bad([&] {
        UniqueFd c(accept(listener.get(), nullptr, nullptr));
        char buf[4096];
        for (;;) {
            const ssize_t n = recv(c.get(), buf, sizeof buf, 0);
            if (n <= 0)
                break;
            buf[0] ^= 1;
            sendAll(c.get(), std::string(buf, static_cast<std::size_t>(n)));
        }
    });
    EchoLoadConfig lc;
    lc.port = bound.port();
    lc.connections = 1;
    lc.seconds = 0.3;
    const EchoLoadResult r = EchoLoad(lc).run();
    bad.join();
    QVERIFY(r.ok);
    QVERIFY(r.mismatches >= 1);
    QVERIFY(r.errors >= 1);
}

void TestEchoLoad::reportsBadTargets()
{
    EchoLoadConfig lc;
    lc.host = "not-numeric";
    QVERIFY(!EchoLoad(lc).run().ok);
    lc.host = "127.0.0.1";
    lc.port = 1; // nothing listens on port 1 here
    const EchoLoadResult r = EchoLoad(lc).run();
    QVERIFY(!r.ok);
    QVERIFY(r.error.find("no connection") != std::string::npos);
    QCOMPARE(r.err, ECONNREFUSED);
    lc.transport = EchoTransport::Udp;
    lc.mode = EchoLoadConfig::Mode::Stream;
    QVERIFY(!EchoLoad(lc).run().ok);
}


// A listener that never accepts, its queue full: SYNs go unanswered, as from a silent host. The
// handshakes give up at the connect deadline, and a cancel ends the connect phase at once.
void TestEchoLoad::silentServerTimesOutAndCancels()
{
    const SilentListener silent = silentListener();
    EchoLoadConfig lc;
    lc.port = silent.address.port();
    lc.connections = 20;
    lc.connectTimeoutMs = 300;
    auto t0 = std::chrono::steady_clock::now();
    const EchoLoadResult timedOut = EchoLoad(lc).run();
    if (timedOut.ok)
        QSKIP("this kernel answered a SYN to a full accept queue");
    QCOMPARE(timedOut.err, ETIMEDOUT);
    // 300 ms for all 20, not 20 kernel timeouts; the bound is wide for a loaded machine.
    QVERIFY(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(20));

    lc.connectTimeoutMs = 120000;
    std::atomic<bool> cancel{false};
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    t0 = std::chrono::steady_clock::now();
    const EchoLoadResult cancelled = EchoLoad(lc).run(&cancel);
    canceller.join();
    QVERIFY(!cancelled.ok);
    QCOMPARE(cancelled.err, ECANCELED);
    QVERIFY(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(20));
}

void TestEchoLoad::serverThatLeavesCountsErrors_data()
{
    QTest::addColumn<bool>("reset");
    QTest::addColumn<EchoLoadConfig::Mode>("mode");
    for (bool reset : {false, true}) {
        QTest::addRow("%s, ping-pong", reset ? "resets" : "closes") << reset << EchoLoadConfig::Mode::PingPong;
        QTest::addRow("%s, stream", reset ? "resets" : "closes") << reset << EchoLoadConfig::Mode::Stream;
    }
}

// A server that takes each connection, reads a little and leaves (FIN or RST): the load generator's
// writes meet EPIPE/ECONNRESET, count them as errors and end; SIGPIPE never ends the process.
void TestEchoLoad::serverThatLeavesCountsErrors()
{
    QFETCH(bool, reset);
    QFETCH(EchoLoadConfig::Mode, mode);
    makeSigpipeFatal(); // so that a SIGPIPE let through would end the test
    UniqueFd listener(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    SocketAddress a;
    SocketAddress::fromNumeric("127.0.0.1", 0, a);
    QCOMPARE(bind(listener.get(), a.get(), a.length), 0);
    QCOMPARE(listen(listener.get(), 64), 0);
    a = localAddressOf(listener.get(), false);
    std::atomic<bool> stop{false};
    std::thread server([&] {
        while (!stop) {
            pollfd p{listener.get(), POLLIN, 0};
            if (poll(&p, 1, 50) != 1)
                continue;
            UniqueFd c(accept(listener.get(), nullptr, nullptr));
            char buf[16];
            pollfd r{c.get(), POLLIN, 0};
            if (poll(&r, 1, 1000) == 1)
                (void)::recv(c.get(), buf, sizeof buf, 0);
            leave(c, reset ? PeerLeaves::Resets : PeerLeaves::Closes);
        }
    });
    EchoLoadConfig lc;
    lc.port = a.port();
    lc.connections = 4;
    lc.seconds = 0.5;
    lc.mode = mode;
    lc.size = mode == EchoLoadConfig::Mode::Stream ? 65536 : 64;
    const EchoLoadResult r = EchoLoad(lc).run();
    stop = true;
    server.join();
    QVERIFY2(r.errors > 0 || !r.ok, r.error.c_str());
    QVERIFY(sigpipeIsFatalHere());
}

QTEST_APPLESS_MAIN(TestEchoLoad)
#include "tst_echoload.moc"
