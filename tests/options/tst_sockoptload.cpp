// Option calls on an echo server's connections while it serves a load and connections come and go:
// every call runs under the registry's guard, so none may race the engine's close (run under TSan).
#include "EchoLoad.h"
#include "EchoServer.h"
#include "SocketOptions.h"

#include <QTest>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace sockscope;

Q_DECLARE_METATYPE(sockscope::EchoEngine)

class TestSockoptLoad : public QObject {
    Q_OBJECT
private slots:
    void setOptionsUnderLoad_data();
    void setOptionsUnderLoad();
};

void TestSockoptLoad::setOptionsUnderLoad_data()
{
    QTest::addColumn<EchoEngine>("engine");
    QTest::newRow("reactor") << EchoEngine::Reactor;
    QTest::newRow("thread") << EchoEngine::Thread;
}

void TestSockoptLoad::setOptionsUnderLoad()
{
    QFETCH(EchoEngine, engine);
    EchoConfig sc;
    sc.engine = engine;
    sc.threads = 2;
    auto server = EchoServer::create(sc);
    const EchoStartResult started = server->start();
    QVERIFY2(started.ok, started.message.c_str());
    QVERIFY(server->listenerSocketId() != 0);
    const auto listener = SocketRegistry::global().find(server->listenerSocketId());
    QVERIFY(listener.has_value());
    QCOMPARE(listener->owner, SocketOwner::EchoListener);
    QCOMPARE(listener->label, started.bound.text());

    EchoLoadConfig lc;
    lc.port = started.bound.port();
    lc.connections = 4;
    lc.seconds = 0.8;
    lc.size = 256;
    std::atomic<bool> loadDone{false};
    EchoLoadResult loadResult;
    std::thread loader([&] {
        loadResult = EchoLoad(lc).run();
        loadDone = true;
    });

    // Connections that open, echo one byte and close, over and over (bounded).
    std::atomic<int> churned{0};
    std::thread churn([&] {
        for (int i = 0; i < 300 && !loadDone; ++i) {
            UniqueFd fd(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
            if (::connect(fd.get(), started.bound.get(), started.bound.length) != 0)
                continue;
            const char c = 'x';
            char back = 0;
            if (send(fd.get(), &c, 1, MSG_NOSIGNAL) == 1) {
                pollfd p{fd.get(), POLLIN, 0};
                if (poll(&p, 1, 2000) == 1 && recv(fd.get(), &back, 1, 0) == 1)
                    ++churned;
            }
        }
    });

    const SocketOptionSpec& rcvbuf = *findSocketOption("SO_RCVBUF");
    const SocketOptionSpec& nodelay = *findSocketOption("TCP_NODELAY");
    int calls = 0;
    int sawConnections = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!loadDone && std::chrono::steady_clock::now() < deadline) {
        for (const RegisteredSocketInfo& info : SocketRegistry::global().list()) {
            if (info.group != server->socketGroup() || info.owner != SocketOwner::EchoConnection)
                continue;
            ++sawConnections;
            const OptionSetResult a = setOption(SocketRegistry::global(), info.id, rcvbuf, OptionValue(32768 + calls % 4096));
            const OptionSetResult b = setOption(SocketRegistry::global(), info.id, nodelay, OptionValue(calls % 2));
            // Either the call ran on the live socket, or the socket was gone before it started.
            QVERIFY2(a.applied() || a.problem == OptionProblem::SocketGone, a.message.c_str());
            QVERIFY2(b.applied() || b.problem == OptionProblem::SocketGone, b.message.c_str());
            ++calls;
        }
        // The connection table names each connection's registry id.
        for (const EchoConnectionInfo& c : server->connections())
            QVERIFY(c.socketId != 0);
    }
    loader.join();
    churn.join();
    server->stop();
    QVERIFY2(loadResult.ok, loadResult.error.c_str());
    QCOMPARE(loadResult.mismatches, std::uint64_t(0));
    QCOMPARE(loadResult.errors, std::uint64_t(0));
    QVERIFY(sawConnections > 0);
    QVERIFY(churned > 0);
    qInfo("%d option calls on live connections, %d short connections", calls * 2, churned.load());
    // Stopped: none of its sockets is listed any more.
    for (const RegisteredSocketInfo& info : SocketRegistry::global().list())
        QVERIFY(info.group != server->socketGroup());
}

QTEST_APPLESS_MAIN(TestSockoptLoad)
#include "tst_sockoptload.moc"
