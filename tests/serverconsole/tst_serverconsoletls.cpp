// The server console's service with TLS against real clients: `openssl s_client` (TLS 1.2 and 1.3,
// ALPN, a client certificate the server requires and checks against a CA the test makes), python3's
// ssl (close_notify seen as a clean EOF, 100 clients at once answered by "reply to all", a unix stream
// server), the journal (SSL_accept, SSL_shutdown, the first SSL_read calls only), and bad
// clients: plain HTTP to the TLS port and a client that says nothing, each dropped with its reason
// and its descriptor closed (the process's descriptor count back where it was).
#include "CallJournal.h"
#include "ServerConsoleService.h"
#include "TlsTestPki.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sockscope;
using namespace sockscope::testing;
using namespace Qt::StringLiterals;

namespace {

int openDescriptors() { return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::System).size()); }

// waitForFinished() says false for a process that ended already (the QTRY loops ran its events).
bool finished(QProcess& p, int ms) { return p.state() == QProcess::NotRunning || p.waitForFinished(ms); }

QByteArray incoming(const QSignalSpy& spy, quint64 peer = 0)
{
    QByteArray all;
    for (const QList<QVariant>& args : spy)
        for (const ServerChunk& c : args.at(0).value<QList<ServerChunk>>())
            if (!c.chunk.outgoing && (peer == 0 || c.peer == peer))
                all += c.chunk.bytes;
    return all;
}

// The newest state the service reported for `peer`.
ServerPeerState lastState(const QSignalSpy& joined, const QSignalSpy& changed, quint64 peer)
{
    ServerPeerState s;
    for (const QList<QVariant>& args : joined)
        if (args.at(0).value<ServerPeerState>().id == peer)
            s = args.at(0).value<ServerPeerState>();
    for (const QList<QVariant>& args : changed)
        for (const ServerPeerState& p : args.at(0).value<QList<ServerPeerState>>())
            if (p.id == peer)
                s = p;
    return s;
}

int journalCount(std::uint64_t after, const std::string& function)
{
    int n = 0;
    for (const JournalEntry& e : CallJournal::global().since(after).entries)
        n += e.function == function ? 1 : 0;
    return n;
}

QString leftWhy(const QSignalSpy& left, quint64 peer)
{
    for (const QList<QVariant>& args : left)
        if (args.at(0).toULongLong() == peer)
            return args.at(1).toString();
    return {};
}

// Python clients over TLS (no verification: the test checks the server, not its certificate).
//  closenotify PORT: sends "x", reads until the server ends, prints "clean" for a close_notify EOF.
//  many PORT N: N clients at once, each sends "hello i", all wait for "bye", prints how many got it.
//  plain PORT: speaks HTTP to the TLS port, prints what came back (hex) and how it ended.
//  silent PORT SECONDS: connects and says nothing, until the server closes or SECONDS pass.
const char* pythonClients = R"PY(
import socket, ssl, sys, threading, time
mode, port = sys.argv[1], int(sys.argv[2])
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
if mode == 'closenotify':
    s = ctx.wrap_socket(socket.create_connection(('127.0.0.1', port), timeout=20))
    s.sendall(b'x')
    try:
        while True:
            d = s.recv(4096)
            if not d:
                print('clean')
                break
    except ssl.SSLEOFError as e:
        print('no close_notify', e)
    except Exception as e:
        print('error', type(e).__name__, e)
elif mode == 'many':
    n = int(sys.argv[3])
    got = []
    lock = threading.Lock()
    ready = threading.Barrier(n + 1, timeout=60)
    def one(i):
        try:
            s = ctx.wrap_socket(socket.create_connection(('127.0.0.1', port), timeout=60))
            s.sendall(b'hello %d;' % i)
            ready.wait()
            d = b''
            while not d.endswith(b'bye'):
                c = s.recv(4096)
                if not c:
                    break
                d += c
            with lock:
                if d == b'bye':
                    got.append(i)
            s.close()
        except Exception as e:
            print('client', i, type(e).__name__, e, flush=True)
            try:
                ready.abort()
            except Exception:
                pass
    ts = [threading.Thread(target=one, args=(i,)) for i in range(n)]
    for t in ts:
        t.start()
    try:
        ready.wait()
        print('all connected', flush=True)
    except threading.BrokenBarrierError:
        print('not all connected', flush=True)
    for t in ts:
        t.join(90)
    print('got', len(got))
elif mode == 'plain':
    s = socket.create_connection(('127.0.0.1', port), timeout=20)
    s.sendall(b'GET / HTTP/1.0\r\n\r\n')
    got = b''
    end = 'EOF'
    try:
        while True:
            d = s.recv(4096)
            if not d:
                break
            got += d
    except ConnectionResetError:
        end = 'ECONNRESET'
    except socket.timeout:
        end = 'timeout'
    print(got.hex())
    print(end)
elif mode == 'unix':
    raw = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    raw.settimeout(20)
    raw.connect(sys.argv[3])
    s = ctx.wrap_socket(raw)
    s.sendall(b'over a unix socket')
    d = b''
    while True:
        c = s.recv(4096)
        if not c:
            break
        d += c
    print(d.decode())
elif mode == 'silent':
    s = socket.create_connection(('127.0.0.1', port), timeout=float(sys.argv[3]))
    end = 'EOF'
    try:
        while s.recv(4096):
            pass
    except ConnectionResetError:
        end = 'ECONNRESET'
    except socket.timeout:
        end = 'timeout'
    print(end)
)PY";

} // namespace

class TestServerConsoleTls : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void bothWaysWithSClient_data();
    void bothWaysWithSClient();
    void clientCertificateRequired_data();
    void clientCertificateRequired();
    void autoReplyOverTls();
    void journalShowsTheTlsCalls();
    void unixStreamOverTls();
    void closeSendsCloseNotify();
    void plainTextClientDropped();
    void silentClientDroppedAtTheDeadline();
    void hundredClientsAtOnce();
    void setupRefused_data();
    void setupRefused();

private:
    int listen(ServerConsoleService& s, const ServerTlsRequest& tls, int handshakeMs = 10000);
    ServerTlsRequest filesRequest() const;
    std::unique_ptr<QProcess> sClient(int port, const QStringList& extra);
    std::unique_ptr<QProcess> python(const QStringList& args);
    TlsTestPki pki_;
    QString openssl_, python_;
};

void TestServerConsoleTls::initTestCase()
{
    openssl_ = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    python_ = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY2(!openssl_.isEmpty() && !python_.isEmpty(), "openssl s_client and python3 are the clients");
    QVERIFY2(pki_.make(), qPrintable(pki_.error));
}

ServerTlsRequest TestServerConsoleTls::filesRequest() const
{
    ServerTlsRequest t;
    t.enabled = true;
    t.certFile = pki_.serverCert;
    t.keyFile = pki_.serverKey;
    return t;
}

int TestServerConsoleTls::listen(ServerConsoleService& s, const ServerTlsRequest& tls, int handshakeMs)
{
    QSignalSpy started(&s, &ServerConsoleService::started);
    ServerListenRequest r;
    r.config.transport = EchoTransport::Tcp;
    r.config.bindAddress = QStringLiteral("127.0.0.1").toStdString();
    r.config.port = 0;
    r.tls = tls;
    r.tlsHandshakeTimeoutMs = handshakeMs;
    s.start(r);
    if (!started.wait(10000))
        return -1;
    const ServerListenOutcome o = started.first().at(0).value<ServerListenOutcome>();
    if (!o.ok) {
        qWarning("start failed: %s", qPrintable(o.message));
        return -1;
    }
    return o.bound.section(QLatin1Char(':'), -1).toInt();
}

std::unique_ptr<QProcess> TestServerConsoleTls::sClient(int port, const QStringList& extra)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->start(openssl_, QStringList{u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(port), u"-quiet"_s} + extra);
    return p;
}

std::unique_ptr<QProcess> TestServerConsoleTls::python(const QStringList& args)
{
    auto p = std::make_unique<QProcess>();
    p->start(python_, QStringList{u"-c"_s, QString::fromUtf8(pythonClients)} + args);
    return p;
}

void TestServerConsoleTls::bothWaysWithSClient_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("alpn");
    QTest::newRow("TLS 1.2") << QStringList{u"-tls1_2"_s} << u"TLSv1.2"_s << QString();
    QTest::newRow("TLS 1.3") << QStringList{u"-tls1_3"_s} << u"TLSv1.3"_s << QString();
    QTest::newRow("TLS 1.3, ALPN h2") << QStringList{u"-tls1_3"_s, u"-alpn"_s, u"spdy/1,h2"_s} << u"TLSv1.3"_s << u"h2"_s;
    QTest::newRow("TLS 1.2, ALPN http/1.1") << QStringList{u"-tls1_2"_s, u"-alpn"_s, u"http/1.1"_s} << u"TLSv1.2"_s
                                            << u"http/1.1"_s;
}

void TestServerConsoleTls::bothWaysWithSClient()
{
    QFETCH(QStringList, options);
    QFETCH(QString, version);
    QFETCH(QString, alpn);
    ServerConsoleService s;
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    QSignalSpy changed(&s, &ServerConsoleService::peersChanged);
    QSignalSpy data(&s, &ServerConsoleService::data);
    QSignalSpy prepared(&s, &ServerConsoleService::tlsPrepared);
    ServerTlsRequest tls = filesRequest();
    tls.alpn = u"h2,http/1.1"_s;
    const int port = listen(s, tls);
    QVERIFY(port > 0);
    QCOMPARE(prepared.size(), 1);
    const ServerTlsOutcome served = prepared.first().at(0).value<ServerTlsOutcome>();
    QVERIFY(served.ok);
    QCOMPARE(served.sha256.size(), 64);

    auto c = sClient(port, options + QStringList{u"-CAfile"_s, pki_.caCert});
    QVERIFY(c->waitForStarted(10000));
    c->write("hello from s_client\n");
    QTRY_VERIFY_WITH_TIMEOUT(incoming(data).contains("hello from s_client\n"), 15000);
    const quint64 peer = joined.first().at(0).value<ServerPeerState>().id;
    QTRY_COMPARE_WITH_TIMEOUT(lastState(joined, changed, peer).tls, PeerTls::Established, 5000);
    const ServerPeerState st = lastState(joined, changed, peer);
    QCOMPARE(QString::fromStdString(st.tlsSummary.version), version);
    QCOMPARE(QString::fromStdString(st.tlsSummary.alpn), alpn);
    QVERIFY(!st.tlsSummary.cipher.empty());
    QVERIFY(st.tlsSummary.peerChain.empty()); // no client certificate asked for

    s.send(peer, "reply from the server\n");
    s.closePeer(peer); // close_notify, then the FIN: s_client ends
    QVERIFY(finished(*c, 15000));
    QVERIFY2(c->readAllStandardOutput().contains("reply from the server\n"), c->readAllStandardError().constData());
}

void TestServerConsoleTls::clientCertificateRequired_data()
{
    QTest::addColumn<bool>("sendsCertificate");
    QTest::newRow("with a certificate the CA signed") << true;
    QTest::newRow("without a certificate") << false;
}

void TestServerConsoleTls::clientCertificateRequired()
{
    QFETCH(bool, sendsCertificate);
    ServerConsoleService s;
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    QSignalSpy changed(&s, &ServerConsoleService::peersChanged);
    QSignalSpy left(&s, &ServerConsoleService::peerLeft);
    QSignalSpy data(&s, &ServerConsoleService::data);
    ServerTlsRequest tls = filesRequest();
    tls.requireClientCert = true;
    tls.caFile = pki_.caCert;
    const int port = listen(s, tls);
    QVERIFY(port > 0);
    QStringList options{u"-tls1_3"_s, u"-CAfile"_s, pki_.caCert};
    if (sendsCertificate)
        options << u"-cert"_s << pki_.clientCert << u"-key"_s << pki_.clientKey;
    auto c = sClient(port, options);
    QVERIFY(c->waitForStarted(10000));
    c->write("with my certificate\n");
    QTRY_VERIFY_WITH_TIMEOUT(!joined.isEmpty(), 10000);
    const quint64 peer = joined.first().at(0).value<ServerPeerState>().id;
    if (sendsCertificate) {
        QTRY_VERIFY_WITH_TIMEOUT(incoming(data).contains("with my certificate\n"), 15000);
        const ServerPeerState st = lastState(joined, changed, peer);
        QCOMPARE(st.tls, PeerTls::Established);
        QVERIFY(!st.tlsSummary.peerChain.empty());
        QVERIFY2(QString::fromStdString(st.tlsSummary.peerChain.front().subject).contains(u"CN=sockscope-test-client"_s),
                 st.tlsSummary.peerChain.front().subject.c_str());
        QVERIFY(st.tlsSummary.verified);
        s.closePeer(peer);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(!leftWhy(left, peer).isEmpty(), 15000);
        QVERIFY2(leftWhy(left, peer).contains(u"sent no certificate"_s), qPrintable(leftWhy(left, peer)));
        QVERIFY(incoming(data).isEmpty());
    }
    QVERIFY(finished(*c, 15000));
}

void TestServerConsoleTls::autoReplyOverTls()
{
    ServerConsoleService s;
    AutoReplyRules rules;
    QVERIFY(rules.setRules({{AutoReplyRule::Match::Regex, u"^PING (\\w+)"_s, AutoReplyRule::Reply::Escapes,
                             u"PONG \\1\\n"_s, 0, true}}));
    s.setAutoReplies(rules);
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    QSignalSpy data(&s, &ServerConsoleService::data);
    const int port = listen(s, filesRequest());
    QVERIFY(port > 0);
    auto c = sClient(port, {u"-CAfile"_s, pki_.caCert});
    QVERIFY(c->waitForStarted(10000));
    c->write("PING tls\n");
    QTRY_VERIFY_WITH_TIMEOUT(incoming(data).contains("PING tls"), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!c->peek(64).isEmpty() || c->waitForReadyRead(200), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(c->peek(64).contains("PONG tls\n"), 10000);
    s.closePeer(joined.first().at(0).value<ServerPeerState>().id);
    QVERIFY(finished(*c, 15000));
}

void TestServerConsoleTls::journalShowsTheTlsCalls()
{
    // The handshake and close are journalled; of the data path only the first calls (journalledDataCalls).
    const std::uint64_t mark = CallJournal::global().lastSeq();
    ServerConsoleService s;
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    QSignalSpy data(&s, &ServerConsoleService::data);
    const int port = listen(s, filesRequest());
    QVERIFY(port > 0);
    auto c = sClient(port, {u"-CAfile"_s, pki_.caCert});
    QVERIFY(c->waitForStarted(10000));
    constexpr int lines = 40;
    QByteArray expected;
    for (int i = 0; i < lines; ++i) {
        const QByteArray line = "line " + QByteArray::number(i) + "\n";
        expected += line;
        c->write(line);
        c->waitForBytesWritten(1000);
        QTest::qWait(5); // separate records, mostly
    }
    QTRY_COMPARE_WITH_TIMEOUT(incoming(data), expected, 15000);
    const quint64 peer = joined.first().at(0).value<ServerPeerState>().id;
    s.send(peer, "typed by the user\n");
    s.closePeer(peer);
    QVERIFY(finished(*c, 15000));
    QTRY_VERIFY(journalCount(mark, "SSL_shutdown") == 1);
    QVERIFY(journalCount(mark, "SSL_accept") >= 1);
    QCOMPARE(journalCount(mark, "SSL_write"), 1); // the user's send
    const int reads = journalCount(mark, "SSL_read");
    QVERIFY2(reads >= 1 && reads <= ServerConsoleService::journalledDataCalls, QByteArray::number(reads).constData());
    QVERIFY(journalCount(mark, "SSL_free") >= 1);
}

void TestServerConsoleTls::unixStreamOverTls()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"tls.sock"_s);
    ServerConsoleService s;
    QSignalSpy started(&s, &ServerConsoleService::started);
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    QSignalSpy changed(&s, &ServerConsoleService::peersChanged);
    QSignalSpy data(&s, &ServerConsoleService::data);
    ServerListenRequest r;
    r.config.transport = EchoTransport::UnixStream;
    r.config.path = path.toStdString();
    r.tls = filesRequest();
    s.start(r);
    QVERIFY(started.wait(10000));
    QVERIFY2(started.first().at(0).value<ServerListenOutcome>().ok,
             qPrintable(started.first().at(0).value<ServerListenOutcome>().message));
    auto c = python({u"unix"_s, u"0"_s, path});
    QTRY_VERIFY2_WITH_TIMEOUT(incoming(data).contains("over a unix socket"),
                              QByteArray(c->readAllStandardError() + c->readAllStandardOutput()).constData(), 15000);
    const quint64 peer = joined.first().at(0).value<ServerPeerState>().id;
    QCOMPARE(lastState(joined, changed, peer).tls, PeerTls::Established);
    s.send(peer, "and back");
    s.closePeer(peer);
    QVERIFY(finished(*c, 15000));
    QCOMPARE(c->readAllStandardOutput().trimmed(), QByteArray("and back"));
}

void TestServerConsoleTls::closeSendsCloseNotify()
{
    ServerConsoleService s;
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    QSignalSpy data(&s, &ServerConsoleService::data);
    const int port = listen(s, filesRequest());
    QVERIFY(port > 0);
    auto c = python({u"closenotify"_s, QString::number(port)});
    QTRY_VERIFY_WITH_TIMEOUT(incoming(data).contains("x"), 15000);
    s.closePeer(joined.first().at(0).value<ServerPeerState>().id);
    QVERIFY(finished(*c, 15000));
    const QByteArray out = c->readAllStandardOutput();
    QVERIFY2(out.startsWith("clean"), out.constData());
}

void TestServerConsoleTls::plainTextClientDropped()
{
    const int before = openDescriptors();
    {
        ServerConsoleService s;
        QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
        QSignalSpy left(&s, &ServerConsoleService::peerLeft);
        QSignalSpy counters(&s, &ServerConsoleService::countersChanged);
        const int port = listen(s, filesRequest());
        QVERIFY(port > 0);
        const int listening = openDescriptors();
        auto c = python({u"plain"_s, QString::number(port)});
        QVERIFY(finished(*c, 20000));
        // Nothing comes back (the first line is empty): the server never answers plain text.
        const QList<QByteArray> lines = c->readAllStandardOutput().split('\n');
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines.at(0), QByteArray());
        QVERIFY2(lines.at(1) == "EOF" || lines.at(1) == "ECONNRESET", lines.at(1).constData());
        QTRY_VERIFY_WITH_TIMEOUT(!joined.isEmpty(), 5000);
        const quint64 peer = joined.first().at(0).value<ServerPeerState>().id;
        QTRY_VERIFY_WITH_TIMEOUT(!leftWhy(left, peer).isEmpty(), 10000);
        QVERIFY2(leftWhy(left, peer).contains(u"plain HTTP"_s), qPrintable(leftWhy(left, peer)));
        QTRY_COMPARE_WITH_TIMEOUT(openDescriptors(), listening, 5000);
        QTRY_VERIFY(!counters.isEmpty() && counters.last().at(0).value<ServerCounters>().tlsFailed == 1);
        s.stop();
    }
    QTRY_COMPARE_WITH_TIMEOUT(openDescriptors(), before, 5000);
}

void TestServerConsoleTls::silentClientDroppedAtTheDeadline()
{
    ServerConsoleService s;
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    QSignalSpy left(&s, &ServerConsoleService::peerLeft);
    const int port = listen(s, filesRequest(), 1000);
    QVERIFY(port > 0);
    const int listening = openDescriptors();
    QElapsedTimer clock;
    clock.start();
    auto c = python({u"silent"_s, QString::number(port), u"30"_s});
    QTRY_VERIFY_WITH_TIMEOUT(!joined.isEmpty(), 10000);
    const quint64 peer = joined.first().at(0).value<ServerPeerState>().id;
    QTRY_VERIFY_WITH_TIMEOUT(!leftWhy(left, peer).isEmpty(), 15000);
    QVERIFY2(leftWhy(left, peer).contains(u"did not finish within 1000 ms"_s), qPrintable(leftWhy(left, peer)));
    QVERIFY(clock.elapsed() >= 900); // not before the deadline (wide margins above it)
    QVERIFY(finished(*c, 15000));
    QCOMPARE(c->readAllStandardOutput().trimmed(), QByteArray("EOF")); // closed, not left hanging
    QTRY_COMPARE_WITH_TIMEOUT(openDescriptors(), listening, 5000);
}

void TestServerConsoleTls::hundredClientsAtOnce()
{
    constexpr int clients = 100;
    ServerConsoleService s;
    QSignalSpy joined(&s, &ServerConsoleService::peerJoined);
    QSignalSpy data(&s, &ServerConsoleService::data);
    QSignalSpy counters(&s, &ServerConsoleService::countersChanged);
    const int port = listen(s, filesRequest());
    QVERIFY(port > 0);
    const int listening = openDescriptors();
    QElapsedTimer clock;
    clock.start();
    auto c = python({u"many"_s, QString::number(port), QString::number(clients)});
    QTRY_VERIFY_WITH_TIMEOUT(incoming(data).count(';') == clients, 60000);
    const auto last = [&] { return counters.isEmpty() ? ServerCounters{} : counters.last().at(0).value<ServerCounters>(); };
    QTRY_COMPARE_WITH_TIMEOUT(last().tlsHandshakes, quint64(clients), 10000);
    QCOMPARE(last().tlsFailed, quint64(0));
    const qint64 handshakesMs = clock.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(c->peek(4096).contains("all connected"), 30000);
    s.send(0, "bye"); // reply to all, over TLS
    QVERIFY(finished(*c, 90000));
    const QByteArray out = c->readAllStandardOutput();
    QVERIFY2(out.contains(QByteArray(QByteArray("got ") + QByteArray::number(clients))), out.constData());
    qInfo("%d TLS clients: handshakes and first bytes in %lld ms; answered by one send to all in %lld ms in all", clients,
          handshakesMs, clock.elapsed());
    s.stop();
    QTRY_COMPARE_WITH_TIMEOUT(openDescriptors(), listening - 1, 10000); // the listener closed too
}

void TestServerConsoleTls::setupRefused_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("field");
    QTest::newRow("missing certificate") << u"/nonexistent/server.crt"_s << QString() << u"cert"_s;
    QTest::newRow("key of another certificate") << QString() << u"wrongname"_s << u"key"_s;
}

void TestServerConsoleTls::setupRefused()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, field);
    ServerConsoleService s;
    QSignalSpy started(&s, &ServerConsoleService::started);
    QSignalSpy prepared(&s, &ServerConsoleService::tlsPrepared);
    ServerTlsRequest tls = filesRequest();
    if (!cert.isEmpty())
        tls.certFile = cert;
    if (key == u"wrongname"_s)
        tls.keyFile = pki_.wrongNameKey;
    ServerListenRequest r;
    r.tls = tls;
    s.start(r);
    QVERIFY(started.wait(10000));
    QVERIFY(!started.first().at(0).value<ServerListenOutcome>().ok);
    QCOMPARE(prepared.size(), 1);
    const ServerTlsOutcome o = prepared.first().at(0).value<ServerTlsOutcome>();
    QVERIFY(!o.ok);
    QCOMPARE(o.field, field);
    QVERIFY2(!o.message.isEmpty(), qPrintable(o.message));
    QVERIFY(!s.isListening());
}

QTEST_GUILESS_MAIN(TestServerConsoleTls)
#include "tst_serverconsoletls.moc"
