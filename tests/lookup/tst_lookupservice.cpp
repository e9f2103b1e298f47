// The lookup service: results by signal, cancel drops a late result, the pool stays bounded, and
// the service can go away while a lookup is still blocked. The DNS cases run only under
// tests/netns/with-test-dns.sh (ctest runs this binary both ways).
#include "LookupService.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <netdb.h>
#include <sys/socket.h>

using namespace sockscope;

class TestLookupService : public QObject {
    Q_OBJECT
private slots:
    void resolvesFromFiles();
    void databasesBySignal();
    void manyRequestsBoundedPool();
    void dnsAnswers_data();
    void dnsAnswers();
    void cancelDropsLateResult();
    void destroyWhileBlocked();

private:
    static bool haveTestDns() { return qEnvironmentVariableIsSet("SOCKSCOPE_TEST_DNS"); }
};

void TestLookupService::resolvesFromFiles()
{
    LookupService service;
    QSignalSpy spy(&service, &LookupService::addressResolved);
    AddrInfoHints hints;
    hints.family = AF_INET;
    hints.socktype = SOCK_STREAM;
    const auto id = service.resolveAddress(std::string("localhost"), std::string("80"), hints);
    QVERIFY(service.isPending(id));
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toULongLong(), id);
    const auto r = spy.at(0).at(1).value<AddrInfoResult>();
    QVERIFY(r.ok());
    QCOMPARE(r.entries.front().address, std::string("127.0.0.1"));
    QCOMPARE(r.entries.front().port, 80);
    QVERIFY(!service.isPending(id));
}

void TestLookupService::databasesBySignal()
{
    LookupService service;
    QSignalSpy protocols(&service, &LookupService::protocolsListed);
    QSignalSpy services(&service, &LookupService::servicesListed);
    QSignalSpy one(&service, &LookupService::serviceFound);
    service.listProtocols(false);
    service.listServices(true);
    service.serviceByPort(80, "tcp");
    QTRY_COMPARE(protocols.count(), 1);
    QTRY_COMPARE(services.count(), 1);
    QTRY_COMPARE(one.count(), 1);
    QVERIFY(!protocols.at(0).at(1).value<ProtocolList>().empty());
    QVERIFY(services.at(0).at(1).value<ServiceList>().size() > 10);
    QCOMPARE(one.at(0).at(1).value<ServiceLookup>().entry->name, std::string("http"));
}

void TestLookupService::manyRequestsBoundedPool()
{
    LookupService service(nullptr, 2);
    QSignalSpy spy(&service, &LookupService::nameResolved);
    for (int i = 0; i < 40; ++i)
        service.resolveName("127.0.0.1", 1000 + i, NI_NUMERICHOST | NI_NUMERICSERV);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 40, 30000);
    QSet<QString> ports;
    for (const auto& args : spy)
        ports.insert(QString::fromStdString(args.at(1).value<NameInfoResult>().service));
    QCOMPARE(ports.size(), 40);
    QCOMPARE(service.pendingCount(), 0);
}

void TestLookupService::dnsAnswers_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("flags");
    QTest::addColumn<int>("rc");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("canonname");
    QTest::newRow("A record") << "ok.sockscope.test" << 0 << 0 << "192.0.2.10" << "";
    QTest::newRow("CNAME with canonname") << "alias.sockscope.test" << int(AI_CANONNAME) << 0 << "192.0.2.10"
                                          << "ok.sockscope.test";
    QTest::newRow("NXDOMAIN") << "nx.sockscope.test" << 0 << int(EAI_NONAME) << "" << "";
    QTest::newRow("dropped query") << "x.drop.sockscope.test" << 0 << int(EAI_AGAIN) << "" << "";
}

void TestLookupService::dnsAnswers()
{
    if (!haveTestDns())
        QSKIP("needs the test DNS server: ctest runs this as tst_lookupservice_dns");
    QFETCH(QString, node);
    QFETCH(int, flags);
    QFETCH(int, rc);
    QFETCH(QString, first);
    QFETCH(QString, canonname);
    LookupService service;
    QSignalSpy spy(&service, &LookupService::addressResolved);
    AddrInfoHints hints;
    hints.family = AF_INET;
    hints.socktype = SOCK_STREAM;
    hints.flags = flags;
    service.resolveAddress(node.toStdString(), std::nullopt, hints);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
    const auto r = spy.at(0).at(1).value<AddrInfoResult>();
    QCOMPARE(r.rc, rc);
    if (rc == 0) {
        QCOMPARE(QString::fromStdString(r.entries.front().address), first);
        if (!canonname.isEmpty())
            QCOMPARE(QString::fromStdString(r.entries.front().canonname.value_or("")), canonname);
    }
}

void TestLookupService::cancelDropsLateResult()
{
    if (!haveTestDns())
        QSKIP("needs the test DNS server: ctest runs this as tst_lookupservice_dns");
    LookupService service;
    QSignalSpy resolved(&service, &LookupService::addressResolved);
    QSignalSpy discarded(&service, &LookupService::discarded);
    AddrInfoHints hints;
    hints.family = AF_INET;
    const auto slow = service.resolveAddress(std::string("slow.drop.sockscope.test"), std::nullopt, hints);
    QVERIFY(service.cancel(slow));
    QVERIFY(!service.isPending(slow));
    QVERIFY(!service.cancel(12345)); // not a running request
    // The event loop keeps running while the lookup is blocked (this QTRY spins it).
    QTRY_COMPARE_WITH_TIMEOUT(discarded.count(), 1, 20000);
    QCOMPARE(discarded.at(0).at(0).toULongLong(), slow);
    QVERIFY(discarded.at(0).at(1).toLongLong() >= 500'000); // it really waited for the dropped query
    QCOMPARE(resolved.count(), 0);
}

void TestLookupService::destroyWhileBlocked()
{
    if (!haveTestDns())
        QSKIP("needs the test DNS server: ctest runs this as tst_lookupservice_dns");
    QElapsedTimer timer;
    {
        LookupService service;
        AddrInfoHints hints;
        service.resolveAddress(std::string("gone.drop.sockscope.test"), std::nullopt, hints);
        QTest::qWait(50); // let the worker start and block
        timer.start();
    }
    // The destructor must not wait for the blocked getaddrinfo (about 1 s per family here).
    QVERIFY2(timer.elapsed() < 900, qPrintable(QString::number(timer.elapsed())));
    QTest::qWait(2500); // the parked worker finishes and posts nowhere
}

QTEST_GUILESS_MAIN(TestLookupService)
#include "tst_lookupservice.moc"
