// sockscope-cli connect --tls and serve echo --tls (path in $SOCKSCOPE_CLI) with Debian's openssl as
// the other side: connect's --json "tls" object against s_server (1.2, 1.3, ALPN, a client
// certificate), its exit 1 and words for a failed verify, a plain-text server and bad files, usage
// errors; serve echo --tls under s_client, 1 MiB by SHA-256 per engine, a plain HTTP client and a
// stall dropped with the cause while the server goes on, 200 failed handshakes at a steady fd count,
// bad certificate files, --self-signed.
#include "ProcessRun.h"
#include "TlsTestPki.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

using namespace Qt::StringLiterals;
using namespace sockscope::testing;

namespace {

struct Server {
    std::unique_ptr<QProcess> process;
    int port = 0;
    QByteArray err; // stderr so far
    void readErr() { err += process->readAllStandardError(); }
    Server() = default;
    Server(Server&&) = default;
    ~Server()
    {
        if (process && process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(10000)) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
    }
};

int fdCount(qint64 pid)
{
    return static_cast<int>(QDir(u"/proc/%1/fd"_s.arg(pid)).entryList(QDir::Files | QDir::System).size());
}

// A raw TCP client that sends `bytes` and waits (bounded) for the server to close on it.
bool sendAndWaitForClose(int port, const QByteArray& bytes)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_port = htons(static_cast<std::uint16_t>(port));
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval tv{10, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    bool closed = false;
    if (::connect(fd, reinterpret_cast<sockaddr*>(&sin), sizeof sin) == 0) {
        if (!bytes.isEmpty())
            (void)::send(fd, bytes.constData(), static_cast<std::size_t>(bytes.size()), MSG_NOSIGNAL);
        char buf[4096];
        for (int i = 0; i < 100; ++i) { // a TLS alert may come first, then the FIN
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n == 0 || (n < 0 && errno == ECONNRESET)) {
                closed = true;
                break;
            }
            if (n < 0)
                break;
        }
    }
    ::close(fd);
    return closed;
}

} // namespace

class TestCliTls : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void connectJson_data();
    void connectJson();
    void connectClientCertificate();
    void connectFails_data();
    void connectFails();
    void connectInsecure();
    void connectPlainTextServer();
    void connectUsage_data();
    void connectUsage();
    void serveRoundTrip_data();
    void serveRoundTrip();
    void serveDropsBadClients_data();
    void serveDropsBadClients();
    void serveBadFiles_data();
    void serveBadFiles();
    void serveSelfSigned();
    void benchTls_data();
    void benchTls();
    void benchTlsFailures_data();
    void benchTlsFailures();

private:
    Server serve(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    ProcessRun connect(const QStringList& args, const QByteArray& input = {});
    ProcessRun bench(const QStringList& args);
    QString cli_;
    TlsTestPki pki_;
};

void TestCliTls::initTestCase()
{
    cli_ = qEnvironmentVariable("SOCKSCOPE_CLI");
    QVERIFY2(QFileInfo(cli_).isExecutable(), "SOCKSCOPE_CLI must name the sockscope-cli executable (ctest sets it)");
    QVERIFY2(!QStandardPaths::findExecutable(u"openssl"_s).isEmpty(), "openssl (Debian's) is the peer of these tests");
    QVERIFY2(pki_.make(), qPrintable(pki_.error));
}

Server TestCliTls::serve(const QStringList& args, const QProcessEnvironment& env)
{
    Server s;
    s.process = std::make_unique<QProcess>();
    s.process->setProcessEnvironment(env);
    s.process->start(cli_, QStringList{u"serve"_s, u"echo"_s, u"--port"_s, u"0"_s} + args);
    if (!s.process->waitForStarted(10000) || !s.process->waitForReadyRead(10000))
        return s;
    const QByteArray line = s.process->readLine().trimmed();
    s.port = line.mid(line.lastIndexOf(':') + 1).toInt();
    return s;
}

ProcessRun TestCliTls::connect(const QStringList& args, const QByteArray& input)
{
    ProcessInput in;
    in.stdinBytes = &input;
    in.timeoutMs = 30000;
    return runProcess(cli_, QStringList{u"connect"_s} + args, in);
}

ProcessRun TestCliTls::bench(const QStringList& args)
{
    ProcessInput in;
    in.timeoutMs = 60000;
    return runProcess(cli_, QStringList{u"bench"_s, u"echo"_s} + args, in);
}

void TestCliTls::connectJson_data()
{
    QTest::addColumn<QStringList>("serverArgs");
    QTest::addColumn<QStringList>("clientArgs");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("alpn");
    QTest::newRow("1.2") << QStringList{u"-tls1_2"_s} << QStringList() << u"TLSv1.2"_s << QString();
    QTest::newRow("1.3, ALPN") << QStringList{u"-tls1_3"_s, u"-alpn"_s, u"h2,http/1.1"_s}
                               << QStringList{u"--alpn"_s, u"http/1.1"_s} << u"TLSv1.3"_s << u"http/1.1"_s;
    QTest::newRow("SNI by address") << QStringList() << QStringList{u"--sni"_s, u"127.0.0.1"_s} << u"TLSv1.3"_s
                                    << QString();
}

void TestCliTls::connectJson()
{
    QFETCH(QStringList, serverArgs);
    QFETCH(QStringList, clientArgs);
    QFETCH(QString, version);
    QFETCH(QString, alpn);
    SServer server;
    QVERIFY(server.start(QStringList{u"-cert"_s, pki_.serverCert, u"-key"_s, pki_.serverKey} + serverArgs));
    const ProcessRun r = connect(QStringList{u"--json"_s, u"localhost"_s, QString::number(server.port), u"--tls"_s,
                                             u"--cafile"_s, pki_.caCert}
                                     + clientArgs,
                                 "ping\n");
    QCOMPARE(r.status, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o[u"sent"_s].toInt(), 5);
    const QJsonObject tls = o[u"tls"_s].toObject();
    QCOMPARE(tls[u"version"_s].toString(), version);
    QVERIFY(!tls[u"cipher"_s].toString().isEmpty());
    QCOMPARE(tls[u"alpn"_s].toString(), alpn);
    QCOMPARE(tls.contains(u"alpn"_s), !alpn.isEmpty()); // absent values are omitted
    QCOMPARE(tls[u"verified"_s].toBool(), true);
    QVERIFY(!tls.contains(u"verify_error"_s));
    const QJsonObject peer = tls[u"peer_certificate"_s].toObject();
    QCOMPARE(peer[u"subject"_s].toString(), u"CN=localhost"_s);
    QCOMPARE(peer[u"issuer"_s].toString(), u"CN=SockScope Test CA,O=SockScope tests"_s);
    QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s).match(peer[u"not_after"_s].toString()).hasMatch());
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(peer[u"sha256"_s].toString()).hasMatch());
    // The same fingerprint openssl computes.
    ProcessInput in;
    const ProcessRun fp = runProcess(u"openssl"_s, {u"x509"_s, u"-in"_s, pki_.serverCert, u"-noout"_s, u"-fingerprint"_s,
                                                   u"-sha256"_s}, in);
    QCOMPARE(QString::fromUtf8(fp.out).trimmed().section(u'=', 1).remove(u':').toLower(), peer[u"sha256"_s].toString());
    QVERIFY(server.readUntil("ping").contains("ping"));
}

void TestCliTls::connectClientCertificate()
{
    SServer server;
    QVERIFY(server.start({u"-cert"_s, pki_.serverCert, u"-key"_s, pki_.serverKey, u"-Verify"_s, u"1"_s, u"-CAfile"_s,
                          pki_.caCert, u"-tls1_2"_s}));
    const ProcessRun r = connect({u"127.0.0.1"_s, QString::number(server.port), u"--tls"_s, u"--cafile"_s, pki_.caCert,
                                  u"--cert"_s, pki_.clientCert, u"--key"_s, pki_.clientKey},
                                 "with my certificate\n");
    QCOMPARE(r.status, 0);
    QVERIFY(r.err.contains("verified: yes"));
    QVERIFY(server.readUntil("with my certificate").contains("sockscope-test-client"));
}

void TestCliTls::connectFails_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QStringList>("clientArgs");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("code");
    QTest::newRow("expired") << u"expired"_s << QStringList{u"--cafile"_s, pki_.caCert}
                             << u"certificate verify failed: certificate expired on "_s << u"X509_V_ERR_CERT_HAS_EXPIRED"_s;
    QTest::newRow("wrong name") << u"wrongname"_s << QStringList{u"--cafile"_s, pki_.caCert}
                                << u"certificate verify failed: name mismatch: certificate is for elsewhere.example, not localhost"_s
                                << u"X509_V_ERR_HOSTNAME_MISMATCH"_s;
    QTest::newRow("system CAs") << u"server"_s << QStringList()
                                << u"certificate verify failed: certificate issued by an unknown CA"_s
                                << u"X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY"_s;
    QTest::newRow("missing cafile") << u"server"_s << QStringList{u"--cafile"_s, pki_.path(u"nothing.pem"_s)}
                                    << u"--cafile: "_s << u"EINVAL"_s;
    QTest::newRow("key mismatch") << u"server"_s << QStringList{u"--cert"_s, pki_.clientCert, u"--key"_s, pki_.serverKey}
                                  << u"--key: the key in "_s << u"EINVAL"_s;
    QTest::newRow("bad alpn") << u"server"_s << QStringList{u"--alpn"_s, u"h2,"_s} << u"--alpn: item 2 is empty"_s
                              << u"EINVAL"_s;
}

void TestCliTls::connectFails()
{
    QFETCH(QString, cert);
    QFETCH(QStringList, clientArgs);
    QFETCH(QString, words);
    QFETCH(QString, code);
    SServer server;
    QVERIFY(server.start({u"-cert"_s, pki_.path(cert + u".crt"_s), u"-key"_s, pki_.path(cert + u".key"_s)}));
    const QStringList base{u"localhost"_s, QString::number(server.port), u"--tls"_s};
    const ProcessRun r = connect(base + clientArgs);
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(words.toUtf8()), r.err.constData());
    const ProcessRun j = connect(QStringList{u"--json"_s} + base + clientArgs);
    QCOMPARE(j.status, 1);
    const QJsonObject o = QJsonDocument::fromJson(j.out).object();
    QCOMPARE(o[u"code"_s].toString(), code);
    QVERIFY(o[u"error"_s].toString().contains(words));
}

void TestCliTls::connectInsecure()
{
    SServer server;
    QVERIFY(server.start({u"-cert"_s, pki_.expiredCert, u"-key"_s, pki_.expiredKey}));
    const ProcessRun r = connect({u"--json"_s, u"localhost"_s, QString::number(server.port), u"--tls"_s, u"--insecure"_s,
                                  u"--cafile"_s, pki_.caCert});
    QCOMPARE(r.status, 0);
    const QJsonObject tls = QJsonDocument::fromJson(r.out).object()[u"tls"_s].toObject();
    QCOMPARE(tls[u"verified"_s].toBool(true), false);
    QVERIFY(tls[u"verify_error"_s].toString().startsWith(u"certificate expired on "_s));
}

void TestCliTls::connectPlainTextServer()
{
    // python3 as a plain-text server: a banner, then it closes.
    const int port = freeLoopbackPort();
    QProcess py;
    py.start(u"python3"_s, {u"-c"_s, u"import socket,sys\ns=socket.socket();s.setsockopt(socket.SOL_SOCKET,socket.SO_REUSEADDR,1)\n"
                                     "s.bind(('127.0.0.1',%1));s.listen(1);print('ready',flush=True)\ns.settimeout(20)\n"
                                     "c,_=s.accept();c.sendall(b'SSH-2.0-OpenSSH_9.2\\r\\n');c.settimeout(5)\n"
                                     "try:\n c.recv(4096)\nexcept Exception:\n pass\nc.close()"_s.arg(port)});
    QVERIFY(py.waitForReadyRead(10000));
    const ProcessRun r = connect({u"--json"_s, u"127.0.0.1"_s, QString::number(port), u"--tls"_s});
    py.waitForFinished(10000);
    QCOMPARE(r.status, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(o[u"error"_s].toString().contains(u"not a TLS server"_s), r.out.constData());
    QCOMPARE(o[u"code"_s].toString(), u"SSL_ERROR_SSL"_s);
}

void TestCliTls::connectUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("words");
    QTest::newRow("sni without tls") << QStringList{u"127.0.0.1"_s, u"1"_s, u"--sni"_s, u"x"_s} << u"--sni goes with --tls"_s;
    QTest::newRow("insecure without tls") << QStringList{u"127.0.0.1"_s, u"1"_s, u"--insecure"_s} << u"--insecure goes with --tls"_s;
    QTest::newRow("udp") << QStringList{u"127.0.0.1"_s, u"1"_s, u"--udp"_s, u"--tls"_s} << u"--tls runs over a stream"_s;
    QTest::newRow("cert alone") << QStringList{u"127.0.0.1"_s, u"1"_s, u"--tls"_s, u"--cert"_s, u"a"_s}
                                << u"--cert and --key go together"_s;
}

void TestCliTls::connectUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, words);
    const ProcessRun r = connect(args);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(words.toUtf8()), r.err.constData());
}

void TestCliTls::serveRoundTrip_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<bool>("ourClient");
    QTest::newRow("reactor, s_client") << u"reactor"_s << false;
    QTest::newRow("reactor, connect --tls") << u"reactor"_s << true;
    QTest::newRow("thread, s_client") << u"thread"_s << false;
    QTest::newRow("fork, s_client") << u"fork"_s << false;
    QTest::newRow("thread, connect --tls") << u"thread"_s << true;
    QTest::newRow("fork, connect --tls") << u"fork"_s << true;
}

void TestCliTls::serveRoundTrip()
{
    QFETCH(QString, engine);
    QFETCH(bool, ourClient);
    Server server = serve({u"--engine"_s, engine, u"--tls"_s, u"--cert"_s, pki_.serverCert, u"--key"_s, pki_.serverKey});
    QVERIFY(server.port > 0);
    QByteArray data(1 << 20, Qt::Uninitialized);
    QRandomGenerator gen(7);
    for (qsizetype i = 0; i < data.size(); i += 4)
        *reinterpret_cast<quint32*>(data.data() + i) = gen.generate();
    const QByteArray want = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    if (ourClient) {
        const ProcessRun r = connect({u"127.0.0.1"_s, QString::number(server.port), u"--tls"_s, u"--cafile"_s, pki_.caCert,
                                      u"--sni"_s, u"localhost"_s},
                                     data);
        QCOMPARE(r.status, 0);
        QCOMPARE(QCryptographicHash::hash(r.out, QCryptographicHash::Sha256).toHex(), want.toHex());
        return;
    }
    // s_client: all of it in, stdin kept open until all of it came back (at end of input it would stop).
    QProcess client;
    client.start(u"openssl"_s, {u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(server.port), u"-quiet"_s,
                                u"-CAfile"_s, pki_.caCert, u"-verify_return_error"_s, u"-servername"_s, u"localhost"_s});
    QVERIFY(client.waitForStarted(10000));
    client.write(data);
    QByteArray got;
    // Bounded: 600 turns of at most 100 ms.
    for (int i = 0; i < 600 && got.size() < data.size() && client.state() == QProcess::Running; ++i) {
        client.waitForBytesWritten(10);
        client.waitForReadyRead(100);
        got += client.readAllStandardOutput();
    }
    client.closeWriteChannel();
    client.waitForFinished(10000);
    if (client.state() != QProcess::NotRunning) {
        client.kill();
        client.waitForFinished(5000);
    }
    QCOMPARE(got.size(), data.size());
    QCOMPARE(QCryptographicHash::hash(got, QCryptographicHash::Sha256).toHex(), want.toHex());
}

void TestCliTls::serveDropsBadClients_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("reactor") << u"reactor"_s;
    QTest::newRow("thread") << u"thread"_s;
    QTest::newRow("fork") << u"fork"_s;
}

void TestCliTls::serveDropsBadClients()
{
    QFETCH(QString, engine);
    Server server = serve({u"--engine"_s, engine, u"--tls"_s, u"--cert"_s, pki_.serverCert, u"--key"_s, pki_.serverKey,
                           u"--handshake-timeout"_s, u"1"_s});
    QVERIFY(server.port > 0);
    const qint64 pid = server.process->processId();
    // One good session first, so whatever the first one opens for good (OpenSSL's state) is in the baseline.
    QCOMPARE(connect({u"127.0.0.1"_s, QString::number(server.port), u"--tls"_s, u"--cafile"_s, pki_.caCert}, "a").status, 0);
    const int baseline = fdCount(pid);
    QVERIFY(baseline > 0);

    // Plain HTTP on the TLS port: dropped, with the cause on stderr (the server's log).
    QVERIFY(sendAndWaitForClose(server.port, "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"));
    // A client that sends nothing: dropped after the handshake timeout.
    QVERIFY(sendAndWaitForClose(server.port, {}));
    // 200 failed handshakes (text that is no TLS record), one after the other.
    for (int i = 0; i < 200; ++i)
        QVERIFY2(sendAndWaitForClose(server.port, "hello, not TLS\r\n"), qPrintable(QString::number(i)));
    // The server goes on, and holds no descriptor more than before (bounded wait for the last closes).
    QCOMPARE(connect({u"127.0.0.1"_s, QString::number(server.port), u"--tls"_s, u"--cafile"_s, pki_.caCert}, "b").out,
             QByteArray("b"));
    int now = fdCount(pid);
    for (int i = 0; i < 50 && now != baseline; ++i) {
        QThread::msleep(100);
        now = fdCount(pid);
    }
    QCOMPARE(now, baseline);
    if (engine != u"fork"_s) { // a fork child's stderr is /dev/null: it only counts the error
        server.process->waitForReadyRead(500);
        server.readErr();
        QVERIFY2(server.err.contains("not a TLS client: it spoke plain HTTP to the TLS port"), server.err.constData());
        QVERIFY2(server.err.contains("the TLS handshake timed out after"), server.err.constData());
        QVERIFY2(server.err.contains("not a TLS client: what it sent is not a TLS record"), server.err.constData());
    }
    server.process->terminate();
    QVERIFY(server.process->waitForFinished(10000));
    QCOMPARE(server.process->exitCode(), 0);
    const QByteArray totals = server.process->readAllStandardOutput();
    QVERIFY2(totals.contains("204 connections"), totals.constData());
}

void TestCliTls::serveBadFiles_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::newRow("missing cert") << QStringList{u"--cert"_s, pki_.path(u"none.crt"_s), u"--key"_s, pki_.serverKey} << 1
                                  << u"--cert: “%1” cannot be opened: ENOENT"_s.arg(pki_.path(u"none.crt"_s));
    QTest::newRow("key mismatch") << QStringList{u"--cert"_s, pki_.serverCert, u"--key"_s, pki_.clientKey} << 1
                                  << u"--key: the key in “%1” does not match the certificate"_s.arg(pki_.clientKey);
    QTest::newRow("key is a certificate") << QStringList{u"--cert"_s, pki_.serverCert, u"--key"_s, pki_.serverCert} << 1
                                          << u"--key: “%1” holds no PEM private key"_s.arg(pki_.serverCert);
    QTest::newRow("no certificate") << QStringList() << 2 << u"--tls takes --cert F --key F, or --self-signed"_s;
    QTest::newRow("both") << QStringList{u"--self-signed"_s, u"--cert"_s, pki_.serverCert} << 2
                          << u"--tls takes --cert F --key F, or --self-signed"_s;
    QTest::newRow("udp") << QStringList{u"--udp"_s, u"--self-signed"_s} << 2 << u"--tls runs over a stream"_s;
    QTest::newRow("bad timeout") << QStringList{u"--self-signed"_s, u"--handshake-timeout"_s, u"0"_s} << 1
                                 << u"is too small"_s;
}

void TestCliTls::serveBadFiles()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, words);
    ProcessInput in;
    QTemporaryDir home;
    in.env.insert(u"XDG_DATA_HOME"_s, home.path());
    const ProcessRun r = runProcess(cli_, QStringList{u"serve"_s, u"echo"_s, u"--tls"_s} + args, in);
    QCOMPARE(r.status, status);
    QVERIFY(r.out.isEmpty()); // never the listening line
    QVERIFY2(QString::fromUtf8(r.err).contains(words), r.err.constData());
}

void TestCliTls::serveSelfSigned()
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, home.path());
    QString fingerprint;
    QString certPath;
    for (const char* expect : {"made now", "reused"}) {
        Server server = serve({u"--tls"_s, u"--self-signed"_s}, env);
        QVERIFY(server.port > 0);
        for (int i = 0; i < 50 && !server.err.contains("sha256"); ++i) {
            server.process->waitForReadyRead(100);
            server.readErr();
        }
        const QRegularExpressionMatch m =
            QRegularExpression(u"TLS: self-signed certificate (\\S+) \\((made now|reused)\\), valid until .*, sha256 ([0-9a-f]{64})"_s)
                .match(QString::fromUtf8(server.err));
        QVERIFY2(m.hasMatch(), server.err.constData());
        QCOMPARE(m.captured(2), QString::fromLatin1(expect));
        QVERIFY(m.captured(1).startsWith(home.path()));
        if (fingerprint.isEmpty()) {
            fingerprint = m.captured(3);
            certPath = m.captured(1);
        }
        QCOMPARE(m.captured(3), fingerprint);
        // A client that trusts it sees that certificate, for localhost.
        const ProcessRun r = connect({u"--json"_s, u"127.0.0.1"_s, QString::number(server.port), u"--tls"_s, u"--sni"_s,
                                      u"localhost"_s, u"--cafile"_s, certPath},
                                     "x");
        QCOMPARE(r.status, 0);
        const QJsonObject tls = QJsonDocument::fromJson(r.out).object()[u"tls"_s].toObject();
        QCOMPARE(tls[u"verified"_s].toBool(), true);
        QCOMPARE(tls[u"peer_certificate"_s].toObject()[u"sha256"_s].toString(), fingerprint);
    }
}


void TestCliTls::benchTls_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("key"); // the measure that mode reports
    QTest::newRow("pingpong, reactor") << u"reactor"_s << QStringList{u"--conns"_s, u"4"_s} << u"p50_us"_s;
    QTest::newRow("stream 4 MiB, thread") << u"thread"_s
                                          << QStringList{u"--mode"_s, u"stream"_s, u"--size"_s, u"65536"_s,
                                                         u"--bytes"_s, u"4194304"_s}
                                          << u"MB_per_s"_s;
    QTest::newRow("handshakes, fork") << u"fork"_s << QStringList{u"--mode"_s, u"handshakes"_s}
                                      << u"handshakes_per_s"_s;
}

// A smoke test: a short run against serve echo --tls, verified with the tests' CA, no errors.
void TestCliTls::benchTls()
{
    QFETCH(QString, engine);
    QFETCH(QStringList, args);
    QFETCH(QString, key);
    Server s = serve({u"--engine"_s, engine, u"--tls"_s, u"--cert"_s, pki_.serverCert, u"--key"_s, pki_.serverKey});
    QVERIFY(s.port > 0);
    const ProcessRun r = bench(QStringList{u"127.0.0.1"_s, QString::number(s.port), u"--tls"_s, u"--cafile"_s,
                                           pki_.caCert, u"--sni"_s, u"localhost"_s, u"--seconds"_s, u"1"_s,
                                           u"--json"_s}
                               + args);
    QVERIFY2(r.status == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"errors"_s).toInt(-1), 0);
    QVERIFY(o.value(u"handshakes"_s).toInt() >= 1);
    QVERIFY2(o.value(key).toDouble() > 0, r.out.constData());
    const QJsonObject tls = o.value(u"tls"_s).toObject();
    QCOMPARE(tls.value(u"version"_s).toString(), u"TLSv1.3"_s);
    QVERIFY(tls.value(u"verified"_s).toBool());
    if (key == u"MB_per_s"_s)
        QCOMPARE(o.value(u"bytes_verified"_s).toInteger(), qint64(4194304));
}

void TestCliTls::benchTlsFailures_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::newRow("--sni without --tls") << QStringList{u"--sni"_s, u"x"_s} << 2 << u"--sni goes with --tls"_s;
    QTest::newRow("--tls over udp") << QStringList{u"--tls"_s, u"--udp"_s} << 2 << u"not udp"_s;
    QTest::newRow("handshakes without --tls") << QStringList{u"--mode"_s, u"handshakes"_s} << 2
                                              << u"Allowed: pingpong, stream."_s;
    QTest::newRow("--bytes without stream") << QStringList{u"--tls"_s, u"--bytes"_s, u"10"_s} << 2
                                            << u"--bytes goes with --mode stream"_s;
    QTest::newRow("too many connections") << QStringList{u"--tls"_s, u"--conns"_s, u"300"_s} << 1
                                          << u"Allowed: 1 to 256"_s;
    QTest::newRow("not verified") << QStringList{u"--tls"_s} << 1 << u"certificate verify failed"_s;
    QTest::newRow("a plain server") << QStringList{u"--tls"_s, u"--insecure"_s, u"plain"_s} << 1
                                    << u"TLS handshake with 127.0.0.1"_s;
}

void TestCliTls::benchTlsFailures()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, words);
    const bool plain = args.removeAll(u"plain"_s) > 0;
    Server s = plain ? serve({}) : serve({u"--tls"_s, u"--cert"_s, pki_.serverCert, u"--key"_s, pki_.serverKey});
    QVERIFY(s.port > 0);
    const ProcessRun r = bench(QStringList{u"127.0.0.1"_s, QString::number(s.port), u"--seconds"_s, u"1"_s} + args);
    QCOMPARE(r.status, status);
    QVERIFY2(QString::fromUtf8(r.err).contains(words), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliTls)
#include "tst_cli_tls.moc"
