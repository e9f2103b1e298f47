// The socket lab's service: calls made on its worker threads and answered by signals, the table's
// snapshots, a blocking accept reported as waiting and abandoned (-1 EINTR), and the results of calls
// made before a reset dropped. A raw ICMP echo round trip on the blocking thread; the words for the
// chapter's new failures (EPERM without CAP_NET_RAW, EACCES outside ping_group_range, AF_UNSPEC).
#include "LabMessages.h"
#include "Privileges.h"
#include "SocketLabService.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <sys/socket.h>
#include <netinet/in.h>

using namespace sockscope;
using namespace Qt::StringLiterals;

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

    // As root: socket(AF_INET, SOCK_RAW, IPPROTO_ICMP), then an echo that waits for its reply on the
    // blocking thread; the detail shows the checksum's steps and the reply with its IP header.
    void rawIcmpEchoRoundTrip()
    {
        if (!testing::haveCapNetRaw())
            QSKIP("raw sockets need CAP_NET_RAW (root)");
        SocketLabService service;
        QSignalSpy finished(&service, &SocketLabService::callFinished);
        QSignalSpy waiting(&service, &SocketLabService::blockingStarted);
        LabRequest sock = LabRequest::on(LabCall::Socket);
        sock.domain = AF_INET;
        sock.type = SOCK_RAW;
        sock.protocol = IPPROTO_ICMP;
        service.perform(sock);
        LabRequest echo = LabRequest::on(LabCall::IcmpEcho, "s1");
        echo.number = 1234;
        echo.number2 = 1;
        echo.data = "abc";
        echo.timeoutMs = 3000;
        service.perform(echo);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(waiting.count(), 1); // it waited on the blocking thread, abandonable
        const auto r = finished.last().at(1).value<LabResult>();
        QVERIFY(r.echo.replied);
        const QString detail = LabMessages::echoDetail(r);
        QVERIFY2(detail.contains(u"one's complement"_s), qPrintable(detail));
        QVERIFY2(detail.contains(u"IP header first"_s), qPrintable(detail));
        QVERIFY2(LabMessages::explanation(r).contains(u"sequence 1"_s), qPrintable(LabMessages::explanation(r)));
    }

    // The words for a missing privilege, whoever runs the test: the capability, how to get it, the way round.
    void privilegeWords_data()
    {
        QTest::addColumn<int>("note");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("EPERM raw")
            << int(LabNote::NeedsCapNetRaw)
            << QStringList{u"EPERM"_s, u"Operation not permitted"_s, u"AF_INET"_s, u"SOCK_RAW"_s, u"IPPROTO_ICMP"_s}
            << QStringList{u"CAP_NET_RAW"_s, u"root"_s, u"setcap cap_net_raw+ep"_s, u"ping socket"_s,
                           u"SOCK_RAW, IPPROTO_ICMP"_s};
        QTest::newRow("EACCES ping")
            << int(LabNote::PingGroupDenied) << QStringList{u"EACCES"_s, u"Permission denied"_s, u"1 0"_s, u"1000"_s}
            << QStringList{u"ping_group_range = 1 0"_s, u"(1000)"_s, u"sysctl -w"_s, u"CAP_NET_RAW"_s};
        QTest::newRow("AF_UNSPEC")
            << int(LabNote::FamilyNotSupported)
            << QStringList{u"EAFNOSUPPORT"_s, u"Address family not supported by protocol"_s, u"AF_UNSPEC"_s,
                           u"SOCK_STREAM"_s, u"0"_s}
            << QStringList{u"getaddrinfo"_s, u"EAFNOSUPPORT"_s};
    }
    void privilegeWords()
    {
        QFETCH(int, note);
        QFETCH(QStringList, args);
        QFETCH(QStringList, words);
        LabResult r;
        r.performed = true;
        r.request.call = LabCall::Socket;
        r.ret = -1;
        r.note = static_cast<LabNote>(note);
        for (const QString& a : args)
            r.noteArgs.push_back(a.toStdString());
        const QString text = LabMessages::explanation(r);
        for (const QString& w : words)
            QVERIFY2(text.contains(w), qPrintable(w + u" missing from: "_s + text));
    }

    void protocolsFromTheDatabase()
    {
        SocketLabService service;
        QSignalSpy read(&service, &SocketLabService::protocolsRead);
        service.readProtocols();
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 5000);
        const QStringList names = read.front().at(0).toStringList();
        const QList<int> numbers = read.front().at(1).value<QList<int>>();
        QCOMPARE(names.size(), numbers.size());
        const qsizetype tcp = names.indexOf(u"tcp"_s);
        QVERIFY(tcp >= 0);
        QCOMPARE(numbers[tcp], 6);
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
