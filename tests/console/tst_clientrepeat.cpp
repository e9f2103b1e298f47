// The client console's repeat, against a python3 peer that counts what arrives: 100,000 × 64 bytes
// back to back arrive whole; Stop midway stops, and the count the service reports is what the peer
// got; a sequence of three messages arrives in order, at 0 ms and at a few ms apart; the transcript
// and the journal get the first messages and one summary, not one entry per message.
#include "CallJournal.h"
#include "ClientSessionService.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sockscope;

namespace {

// Listens on 127.0.0.1 (TCP) or reads datagrams (UDP), prints its port, writes every byte it gets to
// a file and, at EOF (TCP) or after a quiet second (UDP), prints the count. Bounded: 60 s at most.
const char* sinkScript = R"PY(
import socket, sys, time
proto, path = sys.argv[1], sys.argv[2]
deadline = time.time() + 60
out = open(path, 'wb')
total = 0
if proto == 'tcp':
    s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(1)
    print(s.getsockname()[1], flush=True)
    s.settimeout(30); c, _ = s.accept(); c.settimeout(30)
    while time.time() < deadline:
        b = c.recv(1 << 16)
        if not b: break
        total += len(b); out.write(b)
else:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(('127.0.0.1', 0))
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 24)
    print(s.getsockname()[1], flush=True)
    s.settimeout(30)
    while time.time() < deadline:
        try: b = s.recv(65536)
        except socket.timeout: break
        total += len(b); out.write(b); s.settimeout(1)
out.close()
print(total, flush=True)
)PY";

class Sink {
public:
    explicit Sink(const QString& proto)
    {
        path_ = dir_.filePath(QStringLiteral("got"));
        process_.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(sinkScript), proto, path_});
    }
    ~Sink()
    {
        if (process_.state() != QProcess::NotRunning) {
            process_.kill();
            process_.waitForFinished(5000);
        }
    }
    int port()
    {
        if (!process_.waitForReadyRead(10000))
            return 0;
        return process_.readLine().trimmed().toInt();
    }
    // What the sink counted, once it has seen the end.
    qint64 total()
    {
        if (!process_.waitForFinished(60000))
            return -1;
        return process_.readAll().trimmed().toLongLong();
    }
    QByteArray bytes() const
    {
        QFile f(path_);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QTemporaryDir dir_;
    QString path_;
    QProcess process_;
};

bool connectTo(ClientSessionService& s, ClientTransport t, int port)
{
    QSignalSpy connected(&s, &ClientSessionService::connected);
    ClientConnectRequest r;
    r.transport = t;
    r.host = QStringLiteral("127.0.0.1");
    r.port = port;
    s.connectTo(r);
    return connected.wait(10000) && connected.at(0).at(0).value<ClientConnectOutcome>().ok;
}

qint64 outgoingChunks(const QSignalSpy& spy)
{
    qint64 n = 0;
    for (const QList<QVariant>& args : spy)
        for (const ClientChunk& c : args.at(0).value<QList<ClientChunk>>())
            n += c.outgoing && !c.summary;
    return n;
}

} // namespace

class TestClientRepeat : public QObject {
    Q_OBJECT
private slots:
    void hundredThousandArriveWhole();
    void stopMidway();
    void sequenceInOrder_data();
    void sequenceInOrder();
    void udpDatagramsCounted();
};

void TestClientRepeat::hundredThousandArriveWhole()
{
    Sink sink(QStringLiteral("tcp"));
    const int port = sink.port();
    QVERIFY(port > 0);
    ClientSessionService s(1);
    QVERIFY(connectTo(s, ClientTransport::Tcp, port));
    QSignalSpy chunks(&s, &ClientSessionService::chunks);
    QSignalSpy progress(&s, &ClientSessionService::repeatProgress);
    QSignalSpy finished(&s, &ClientSessionService::repeatFinished);
    const std::uint64_t journalBefore = CallJournal::global().lastSeq();
    s.send(QByteArray(64, 'x'), 0, {}, 100000, 0);
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.at(0).at(0).toLongLong(), 100000);
    // The live count: at its end the whole, and never more often than ten a second (plus start and end).
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 100000);
    QCOMPARE(progress.last().at(1).toLongLong(), 100000);
    // The first messages shown, then one summary; the journal likewise.
    QCOMPARE(outgoingChunks(chunks), qint64(ClientSessionService::shownRepeatMessages));
    QVERIFY(CallJournal::global().lastSeq() - journalBefore < 100);
    s.closeSocket();
    QCOMPARE(sink.total(), 6400000);
}

void TestClientRepeat::stopMidway()
{
    Sink sink(QStringLiteral("tcp"));
    const int port = sink.port();
    QVERIFY(port > 0);
    ClientSessionService s(1);
    QVERIFY(connectTo(s, ClientTransport::Tcp, port));
    QSignalSpy progress(&s, &ClientSessionService::repeatProgress);
    QSignalSpy finished(&s, &ClientSessionService::repeatFinished);
    s.send(QByteArray(64, 'y'), 0, {}, ClientSessionService::maxRepeat, 0);
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 2 && progress.last().at(0).toLongLong() > 0, 20000);
    s.stopRepeating();
    QVERIFY(finished.wait(20000));
    const qint64 sent = finished.at(0).at(0).toLongLong();
    QVERIFY2(sent > 0 && sent < ClientSessionService::maxRepeat, qPrintable(QString::number(sent)));
    s.closeSocket();
    QCOMPARE(sink.total(), sent * 64);
}

void TestClientRepeat::sequenceInOrder_data()
{
    QTest::addColumn<int>("rounds");
    QTest::addColumn<int>("intervalMs");
    QTest::newRow("back to back") << 20000 << 0;
    QTest::newRow("5 ms apart") << 10 << 5;
}

void TestClientRepeat::sequenceInOrder()
{
    QFETCH(int, rounds);
    QFETCH(int, intervalMs);
    Sink sink(QStringLiteral("tcp"));
    const int port = sink.port();
    QVERIFY(port > 0);
    ClientSessionService s(1);
    QVERIFY(connectTo(s, ClientTransport::Tcp, port));
    QSignalSpy finished(&s, &ClientSessionService::repeatFinished);
    SendSequence seq;
    seq.items = {{QByteArray("one;"), 0}, {QByteArray("two,two;"), 0}, {QByteArray("3;"), 0}};
    seq.rounds = rounds;
    seq.intervalMs = intervalMs;
    s.sendSequence(seq);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toLongLong(), 3ll * rounds);
    s.closeSocket();
    QCOMPARE(sink.total(), 14ll * rounds);
    QCOMPARE(sink.bytes(), QByteArray("one;two,two;3;").repeated(rounds));
}

void TestClientRepeat::udpDatagramsCounted()
{
    Sink sink(QStringLiteral("udp"));
    const int port = sink.port();
    QVERIFY(port > 0);
    ClientSessionService s(1);
    QVERIFY(connectTo(s, ClientTransport::Udp, port));
    QSignalSpy finished(&s, &ClientSessionService::repeatFinished);
    // Few enough for the sink's 16 MiB buffer: loopback drops nothing then.
    s.send(QByteArray(64, 'u'), 0, {}, 2000, 0);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toLongLong(), 2000);
    QCOMPARE(sink.total(), 2000 * 64);
}

QTEST_GUILESS_MAIN(TestClientRepeat)
#include "tst_clientrepeat.moc"
