// The socket lab's service: calls made on its worker threads and answered by signals, the table's
// snapshots, a blocking accept reported as waiting and abandoned (-1 EINTR), and the results of calls
// made before a reset dropped.
#include "SocketLabService.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <sys/socket.h>
#include <netinet/in.h>

using namespace sockscope;

// s1: a TCP socket bound to 127.0.0.1 and listening; `finished` has the three results after it.
void listeningS1(SocketLabService& service, QSignalSpy& finished)
{
    LabRequest sock = LabRequest::on(LabCall::Socket);
    sock.domain = AF_INET;
    sock.type = SOCK_STREAM;
    service.perform(sock);
    LabRequest bind = LabRequest::on(LabCall::Bind, "s1");
    bind.address = "127.0.0.1";
    service.perform(bind);
    LabRequest listen = LabRequest::on(LabCall::Listen, "s1");
    listen.backlog = 1;
    service.perform(listen);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 5000);
}

class TestSocketLabService : public QObject {
    Q_OBJECT
private slots:
    void callsAndSnapshots()
    {
        SocketLabService service;
        QSignalSpy finished(&service, &SocketLabService::callFinished);
        QSignalSpy snapshots(&service, &SocketLabService::snapshot);
        LabRequest sock = LabRequest::on(LabCall::Socket);
        sock.domain = AF_INET;
        sock.type = SOCK_DGRAM;
        const quint64 ticket = service.perform(sock);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(finished.front().at(0).value<quint64>(), ticket);
        QCOMPARE(finished.front().at(1).value<LabResult>().created, std::string("s1"));
        // A snapshot follows each call; the table then has the socket.
        QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty()
                                     && snapshots.last().front().value<std::vector<LabSocketRow>>().size() == 1,
                                 5000);
        QCOMPARE(service.steps().size(), std::size_t(1));
    }

    void blockingAcceptAbandoned()
    {
        SocketLabService service;
        QSignalSpy finished(&service, &SocketLabService::callFinished);
        QSignalSpy waiting(&service, &SocketLabService::blockingStarted);
        listeningS1(service, finished);
        const quint64 accept = service.perform(LabRequest::on(LabCall::Accept, "s1"));
        QTRY_COMPARE_WITH_TIMEOUT(waiting.count(), 1, 5000);
        QVERIFY(service.isBlocking());
        // Quick calls still go through while accept waits.
        service.perform(LabRequest::on(LabCall::Getsockname, "s1"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 5000);
        service.abandon();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, 5000);
        QCOMPARE(finished.last().at(0).value<quint64>(), accept);
        const auto r = finished.last().at(1).value<LabResult>();
        QCOMPARE(r.ret, -1L);
        QVERIFY(r.abandoned);
        QVERIFY(!service.isBlocking());
    }

    // Abandon pressed at once, before the blocking thread has even taken the accept from its queue:
    // the service keeps trying until the call is there to interrupt, so it never waits for good.
    void abandonRightAfterAsking()
    {
        SocketLabService service;
        QSignalSpy finished(&service, &SocketLabService::callFinished);
        listeningS1(service, finished);
        for (int round = 1; round <= 20; ++round) {
            service.perform(LabRequest::on(LabCall::Accept, "s1"));
            service.abandon();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3 + round, 10000);
            const auto r = finished.last().at(1).value<LabResult>();
            QCOMPARE(r.err, EINTR);
            QVERIFY(r.abandoned);
        }
    }

    // Two calls that may block, asked at once: the second is refused at once (it would otherwise
    // wait unseen behind the first, with no Abandon for it), and the first can still be abandoned.
    void secondBlockingCallRefused()
    {
        SocketLabService service;
        QSignalSpy finished(&service, &SocketLabService::callFinished);
        listeningS1(service, finished);
        const quint64 first = service.perform(LabRequest::on(LabCall::Accept, "s1"));
        const quint64 second = service.perform(LabRequest::on(LabCall::Accept, "s1"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 5000);
        QCOMPARE(finished.last().at(0).value<quint64>(), second);
        QCOMPARE(finished.last().at(1).value<LabResult>().note, LabNote::RefusedBlockingRunning);
        QVERIFY(service.isBlocking());
        service.abandon();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, 10000);
        QCOMPARE(finished.last().at(0).value<quint64>(), first);
        QVERIFY(finished.last().at(1).value<LabResult>().abandoned);
        QVERIFY(!service.isBlocking());
    }

    void resultsBeforeResetDropped()
    {
        SocketLabService service;
        QSignalSpy finished(&service, &SocketLabService::callFinished);
        LabRequest sock = LabRequest::on(LabCall::Socket);
        sock.domain = AF_INET;
        sock.type = SOCK_STREAM;
        service.perform(sock);
        service.reset(); // before the answer could arrive: it is dropped
        QTest::qWait(300);
        QCOMPARE(finished.count(), 0);
        service.perform(sock);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(finished.front().at(1).value<LabResult>().created, std::string("s1"));
    }

    void destroyedWhileACallWaits()
    {
        auto service = std::make_unique<SocketLabService>();
        QSignalSpy waiting(service.get(), &SocketLabService::blockingStarted);
        LabRequest sock = LabRequest::on(LabCall::Socket);
        sock.domain = AF_INET;
        sock.type = SOCK_STREAM;
        service->perform(sock);
        LabRequest listen = LabRequest::on(LabCall::Listen, "s1");
        listen.backlog = 1;
        service->perform(listen);
        service->perform(LabRequest::on(LabCall::Accept, "s1"));
        QTRY_COMPARE_WITH_TIMEOUT(waiting.count(), 1, 5000);
        QElapsedTimer clock;
        clock.start();
        service.reset(); // abandons the accept and joins the threads
        QVERIFY(clock.elapsed() < 5000);
    }
};

QTEST_MAIN(TestSocketLabService)
#include "tst_socketlabservice.moc"
