// The echo server as a Qt service: start and stop on its worker thread, snapshots by signal with
// totals, connections and log events, actions on a connection, and the fork engine refused.
#include "EchoClient.h"
#include "EchoServerService.h"

#include <QSignalSpy>
#include <QTest>

using namespace sockscope;
using namespace sockscope::testing;

class TestEchoService : public QObject {
    Q_OBJECT
private slots:
    void startServeStop();
    void forkRefusedInProcess();
    void bindErrorReported();
    void resetFromTheService();
};

void TestEchoService::startServeStop()
{
    EchoServerService service;
    QSignalSpy started(&service, &EchoServerService::started);
    QSignalSpy snapshots(&service, &EchoServerService::snapshot);
    QSignalSpy stopped(&service, &EchoServerService::stopped);
    EchoConfig c;
    c.threads = 1;
    service.start(c);
    QTRY_COMPARE(started.count(), 1);
    const auto r = started.at(0).at(0).value<EchoStartResult>();
    QVERIFY2(r.ok, r.message.c_str());
    QVERIFY(service.isRunning());

    UniqueFd fd = connectTo(r.bound);
    QVERIFY(sendAll(fd.get(), "hello"));
    QCOMPARE(receiveExactly(fd.get(), 5), std::string("hello"));
    // A snapshot shows the connection, its bytes, and a "connected from" event.
    bool sawConnection = false;
    bool sawEvent = false;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 for (const auto& args : snapshots) {
                                     const auto s = args.at(0).value<EchoSnapshot>();
                                     for (const auto& i : s.connections)
                                         sawConnection |= i.bytesIn == 5 && i.bytesOut == 5;
                                     for (const auto& e : s.events)
                                         sawEvent |= e.kind == EchoEvent::Kind::Connected;
                                 }
                                 return sawConnection && sawEvent;
                             }()),
                             10000);
    service.stop();
    QTRY_COMPARE(stopped.count(), 1);
    const auto totals = stopped.at(0).at(0).value<EchoTotals>();
    QCOMPARE(totals.total, std::uint64_t(1));
    QCOMPARE(totals.bytesIn, std::uint64_t(5));
    QVERIFY(!service.isRunning());
}

void TestEchoService::forkRefusedInProcess()
{
    EchoServerService service;
    QSignalSpy started(&service, &EchoServerService::started);
    EchoConfig c;
    c.engine = EchoEngine::Fork;
    service.start(c);
    QTRY_COMPARE(started.count(), 1);
    const auto r = started.at(0).at(0).value<EchoStartResult>();
    QVERIFY(!r.ok);
    QVERIFY(r.message.find("command line") != std::string::npos);
}

void TestEchoService::bindErrorReported()
{
    EchoServerService first;
    QSignalSpy s1(&first, &EchoServerService::started);
    EchoConfig c;
    first.start(c);
    QTRY_COMPARE(s1.count(), 1);
    const auto r1 = s1.at(0).at(0).value<EchoStartResult>();
    QVERIFY(r1.ok);
    EchoServerService second;
    QSignalSpy s2(&second, &EchoServerService::started);
    c.port = r1.bound.port();
    c.reuseAddress = false;
    second.start(c);
    QTRY_COMPARE(s2.count(), 1);
    const auto r2 = s2.at(0).at(0).value<EchoStartResult>();
    QVERIFY(!r2.ok);
    QCOMPARE(r2.err, EADDRINUSE);
    QVERIFY(!second.isRunning());
}

void TestEchoService::resetFromTheService()
{
    EchoServerService service;
    QSignalSpy started(&service, &EchoServerService::started);
    QSignalSpy snapshots(&service, &EchoServerService::snapshot);
    EchoConfig c;
    c.engine = EchoEngine::Thread;
    service.start(c);
    QTRY_COMPARE(started.count(), 1);
    const auto r = started.at(0).at(0).value<EchoStartResult>();
    UniqueFd fd = connectTo(r.bound);
    quint64 id = 0;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 for (const auto& args : snapshots)
                                     for (const auto& i : args.at(0).value<EchoSnapshot>().connections)
                                         id = i.id;
                                 return id != 0;
                             }()),
                             10000);
    service.act(id, ConnectionAction::Reset);
    char ch;
    ssize_t n;
    do
        n = ::recv(fd.get(), &ch, 1, 0);
    while (n < 0 && errno == EINTR);
    QCOMPARE(n, ssize_t(-1));
    QCOMPARE(errno, ECONNRESET);
}

QTEST_GUILESS_MAIN(TestEchoService)
#include "tst_echoservice.moc"
