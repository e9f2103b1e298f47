// The load generator as a Qt service: progress while it runs, the result at the end, cancel.
#include "EchoLoadService.h"
#include "EchoServer.h"

#include <QSignalSpy>
#include <QTest>

using namespace sockscope;

class TestEchoLoadService : public QObject {
    Q_OBJECT
private slots:
    void runsAndReports();
    void cancelEndsEarly();
};

void TestEchoLoadService::runsAndReports()
{
    auto server = EchoServer::create(EchoConfig{});
    const auto r = server->start();
    QVERIFY(r.ok);
    EchoLoadService service;
    QSignalSpy progress(&service, &EchoLoadService::progress);
    QSignalSpy finished(&service, &EchoLoadService::finished);
    EchoLoadConfig c;
    c.port = r.bound.port();
    c.connections = 4;
    c.seconds = 1.0;
    QVERIFY(service.start(c));
    QVERIFY(!service.start(c)); // one run at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(progress.count() >= 2);
    const auto result = finished.at(0).at(0).value<EchoLoadResult>();
    QVERIFY(result.ok);
    QCOMPARE(result.errors, std::uint64_t(0));
    QVERIFY(result.messages > 0);
    QCOMPARE(progress.last().at(0).value<EchoLoadProgressSample>().messages, result.messages);
    QVERIFY(!service.isRunning());
    server->stop();
}

void TestEchoLoadService::cancelEndsEarly()
{
    auto server = EchoServer::create(EchoConfig{});
    const auto r = server->start();
    QVERIFY(r.ok);
    EchoLoadService service;
    QSignalSpy finished(&service, &EchoLoadService::finished);
    EchoLoadConfig c;
    c.port = r.bound.port();
    c.seconds = 60;
    QVERIFY(service.start(c));
    QTest::qWait(300);
    QElapsedTimer t;
    t.start();
    service.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY2(t.elapsed() < 5000, "cancel takes effect within the run's 50 ms poll, with a wide margin");
    QVERIFY(finished.at(0).at(0).value<EchoLoadResult>().seconds < 30);
    server->stop();
}

QTEST_GUILESS_MAIN(TestEchoLoadService)
#include "tst_echoloadservice.moc"
