// The socket options service: scratch sockets appear in the live list, options are read and set
// (with read-back) on its worker thread, defaults come from a fresh socket, stale reads are dropped,
// a closed socket is reported as gone, and a demonstration reports in words.
#include "SocketOptionMessages.h"
#include "SocketOptionsService.h"

#include <QSignalSpy>
#include <QTest>

#include <sys/socket.h>

using namespace sockscope;

class TestSocketOptionsService : public QObject {
    Q_OBJECT
private slots:
    void meaningsMatchCore();
    void scratchReadApplyClose();
    void staleReadsAreDropped();
    void demoReportsInWords();
};

void TestSocketOptionsService::meaningsMatchCore()
{
    const QStringList translatable = SocketOptionMessages::sourceMeanings();
    const auto catalogue = socketOptionCatalogue();
    QCOMPARE(translatable.size(), qsizetype(catalogue.size()));
    for (std::size_t i = 0; i < catalogue.size(); ++i)
        QCOMPARE(translatable.at(qsizetype(i)), QString::fromUtf8(catalogue[i].meaning));
}

void TestSocketOptionsService::scratchReadApplyClose()
{
    SocketOptionsService service;
    QSignalSpy created(&service, &SocketOptionsService::scratchCreated);
    QSignalSpy lists(&service, &SocketOptionsService::socketsChanged);
    QSignalSpy reads(&service, &SocketOptionsService::optionsRead);
    QSignalSpy applies(&service, &SocketOptionsService::applied);
    QSignalSpy defaults(&service, &SocketOptionsService::defaultsRead);
    QSignalSpy infos(&service, &SocketOptionsService::tcpInfoRead);

    service.createScratch(AF_INET, SOCK_STREAM);
    QTRY_COMPARE(created.count(), 1);
    const quint64 id = created.at(0).at(0).toULongLong();
    QVERIFY(id != 0);
    QTRY_VERIFY(([&] {
        for (const auto& args : lists)
            for (const auto& info : args.at(0).value<SocketList>())
                if (info.id == id && info.owner == SocketOwner::Scratch)
                    return true;
        return false;
    }()));

    service.readAll(id);
    QTRY_COMPARE(reads.count(), 1);
    QCOMPARE(reads.at(0).at(0).toULongLong(), id);
    QCOMPARE(reads.at(0).at(1).toBool(), false);
    const auto readings = reads.at(0).at(2).value<OptionReadings>();
    QVERIFY(readings.size() > 20);

    service.apply(id, QStringLiteral("TCP_NODELAY"), OptionValue(1));
    QTRY_COMPARE(applies.count(), 1);
    const auto nodelay = applies.at(0).at(1).value<OptionSetResult>();
    QVERIFY(nodelay.keptAsRequested());
    QVERIFY(applies.at(0).at(2).toString().contains(QLatin1String("TCP_NODELAY")));

    service.apply(id, QStringLiteral("SO_RCVBUF"), OptionValue(65536));
    QTRY_COMPARE(applies.count(), 2);
    QVERIFY2(applies.at(1).at(2).toString().contains(QLatin1String("doubles")),
             qPrintable(applies.at(1).at(2).toString()));

    service.apply(id, QStringLiteral("IP_TTL"), OptionValue(0));
    QTRY_COMPARE(applies.count(), 3);
    QVERIFY(applies.at(2).at(2).toString().contains(QLatin1String("Allowed: 1 to 255")));

    service.readDefaults(id);
    QTRY_COMPARE(defaults.count(), 1);
    QCOMPARE(defaults.at(0).at(1).value<OptionReadings>().size(), readings.size());

    service.refreshTcpInfo(id);
    QTRY_COMPARE(infos.count(), 1);
    QVERIFY(infos.at(0).at(1).toBool());
    QCOMPARE(std::string(tcpStateName(infos.at(0).at(2).value<TcpInfo>().state)), std::string("CLOSE"));

    service.closeScratch(id);
    QTRY_VERIFY(!SocketRegistry::global().find(id));
    service.readAll(id);
    QTRY_COMPARE(reads.count(), 2);
    QCOMPARE(reads.at(1).at(1).toBool(), true); // gone
}

void TestSocketOptionsService::staleReadsAreDropped()
{
    SocketOptionsService service;
    QSignalSpy created(&service, &SocketOptionsService::scratchCreated);
    QSignalSpy reads(&service, &SocketOptionsService::optionsRead);
    service.createScratch(AF_INET6, SOCK_DGRAM);
    service.createScratch(AF_UNIX, SOCK_STREAM);
    QTRY_COMPARE(created.count(), 2);
    const quint64 first = created.at(0).at(0).toULongLong();
    const quint64 second = created.at(1).at(0).toULongLong();
    service.readAll(first);
    service.readAll(second); // the user picked another socket before the first answer came
    QTRY_COMPARE(reads.count(), 1);
    QTest::qWait(200);
    QCOMPARE(reads.count(), 1);
    QCOMPARE(reads.at(0).at(0).toULongLong(), second);
}

void TestSocketOptionsService::demoReportsInWords()
{
    SocketOptionsService service;
    QSignalSpy done(&service, &SocketOptionsService::demoFinished);
    service.runDemo(OptionDemo::LingerReset);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    const auto r = done.at(0).at(0).value<OptionDemoResult>();
    QVERIFY(r.ran);
    QVERIFY(r.asExpected);
    QVERIFY2(r.summary.contains(QLatin1String("ECONNRESET")), qPrintable(r.summary));
}

QTEST_GUILESS_MAIN(TestSocketOptionsService)
#include "tst_socketoptionsservice.moc"
