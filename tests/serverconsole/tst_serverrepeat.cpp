// The server console's repeat against python3 clients that count what arrives: 100,000 × 64 bytes to
// the selected client arrive whole; a sequence of three messages to every client arrives in order at
// each; Stop midway stops, with the count reported matching what the client got (to the message).
#include "ServerConsoleService.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sockscope;

namespace {

// Connects, reads until the server closes (60 s at most), writes what came to a file, prints the count.
const char* clientScript = R"PY(
import socket, sys, time
h, p = sys.argv[1].rsplit(':', 1)
s = socket.create_connection((h, int(p)), timeout=30)
out = open(sys.argv[2], 'wb'); total = 0; deadline = time.time() + 60
while time.time() < deadline:
    b = s.recv(1 << 16)
    if not b: break
    total += len(b); out.write(b)
out.close()
print(total, flush=True)
)PY";

class Client {
public:
    explicit Client(const QString& addr)
    {
        path_ = dir_.filePath(QStringLiteral("got"));
        process_.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(clientScript), addr, path_});
    }
    ~Client()
    {
        if (process_.state() != QProcess::NotRunning) {
            process_.kill();
            process_.waitForFinished(5000);
        }
    }
    qint64 total()
    {
        return process_.waitForFinished(60000) ? process_.readAll().trimmed().toLongLong() : -1;
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

QString listen(ServerConsoleService& s)
{
    QSignalSpy started(&s, &ServerConsoleService::started);
    ServerListenRequest r;
    r.config.bindAddress = "127.0.0.1";
    s.start(r);
    if (!started.wait(10000))
        return {};
    const auto o = started.at(0).at(0).value<ServerListenOutcome>();
    return o.ok ? o.bound : QString();
}

QList<quint64> joinedIds(const QSignalSpy& joined)
{
    QList<quint64> ids;
    for (const QList<QVariant>& args : joined)
        ids << args.at(0).value<ServerPeerState>().id;
    return ids;
}

} // namespace

class TestServerRepeat : public QObject {
    Q_OBJECT
private slots:
    void hundredThousandToTheSelected();
    void sequenceToEveryClient();
    void stopMidway();
};

void TestServerRepeat::hundredThousandToTheSelected()
{
    ServerConsoleService s;
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    const QString addr = listen(s);
    QVERIFY(!addr.isEmpty());
    Client client(addr);
    QVERIFY(joined.wait(10000));
    const quint64 id = joinedIds(joined).first();
    QSignalSpy data(&s, &ServerConsoleService::data);
    QSignalSpy finished(&s, &ServerConsoleService::repeatFinished);
    SendSequence seq;
    seq.items = {{QByteArray(64, 'x'), 0}};
    seq.rounds = 100000;
    s.sendSequence(id, seq);
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.at(0).at(0).toLongLong(), 100000);
    // The transcript: the first messages and one summary, not 100,000 chunks.
    int outgoing = 0;
    for (const QList<QVariant>& args : data)
        for (const ServerChunk& c : args.at(0).value<QList<ServerChunk>>())
            outgoing += c.chunk.outgoing && !c.chunk.summary;
    QVERIFY2(outgoing <= ServerConsoleService::shownRepeatMessages + 4, qPrintable(QString::number(outgoing)));
    s.closePeer(id);
    QCOMPARE(client.total(), 6400000);
}

void TestServerRepeat::sequenceToEveryClient()
{
    ServerConsoleService s;
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    const QString addr = listen(s);
    QVERIFY(!addr.isEmpty());
    Client a(addr);
    Client b(addr);
    QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 2, 10000);
    QSignalSpy finished(&s, &ServerConsoleService::repeatFinished);
    SendSequence seq;
    seq.items = {{QByteArray("one;"), 0}, {QByteArray("two,two;"), 0}, {QByteArray("3;"), 0}};
    seq.rounds = 5000;
    s.sendSequence(0, seq);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toLongLong(), 15000);
    for (const quint64 id : joinedIds(joined))
        s.closePeer(id);
    const QByteArray want = QByteArray("one;two,two;3;").repeated(5000);
    QCOMPARE(a.total(), want.size());
    QCOMPARE(b.total(), want.size());
    QCOMPARE(a.bytes(), want);
    QCOMPARE(b.bytes(), want);
}

void TestServerRepeat::stopMidway()
{
    ServerConsoleService s;
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    const QString addr = listen(s);
    QVERIFY(!addr.isEmpty());
    Client client(addr);
    QVERIFY(joined.wait(10000));
    const quint64 id = joinedIds(joined).first();
    QSignalSpy progress(&s, &ServerConsoleService::repeatProgress);
    QSignalSpy finished(&s, &ServerConsoleService::repeatFinished);
    SendSequence seq;
    seq.items = {{QByteArray(64, 'y'), 0}};
    seq.rounds = SendSequence::maxRounds;
    s.sendSequence(id, seq);
    QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 2 && progress.last().at(0).toLongLong() > 0, 20000);
    s.stopRepeating();
    QVERIFY(finished.wait(20000));
    const qint64 sent = finished.at(0).at(0).toLongLong();
    QVERIFY2(sent > 0 && sent < SendSequence::maxRounds, qPrintable(QString::number(sent)));
    s.closePeer(id);
    // A message cut short by a full buffer when Stop came is not counted: at most its part more.
    const qint64 got = client.total();
    QVERIFY2(got >= sent * 64 && got < (sent + 1) * 64, qPrintable(QStringLiteral("%1 bytes for %2 messages").arg(got).arg(sent)));
}

QTEST_GUILESS_MAIN(TestServerRepeat)
#include "tst_serverrepeat.moc"
