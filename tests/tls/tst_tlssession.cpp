// TLS in core (ClientSession::startTls over TlsContext/TlsSession) against Debian's openssl s_server:
// TLS 1.2 and 1.3, ALPN, a client certificate s_server requires, close_notify; verification against a
// CA the test makes, failing in the right words for an expired, a wrong-name and a self-signed
// certificate; a plain-text server, a stalled and a cancelled handshake; configuration errors naming
// their field; the self-signed generator; the journal's SSL_* entries; no descriptor leaked.
#include "AlpnList.h"
#include "CallJournal.h"
#include "ClientSession.h"
#include "EchoClient.h"
#include "SelfSignedCertificate.h"
#include "TlsContext.h"
#include "TlsSession.h"
#include "TlsTestPki.h"

#include <QTest>

#include <openssl/ssl.h>

#include <sys/stat.h>

#include <atomic>
#include <thread>

using namespace sockscope;
using namespace sockscope::testing;
using namespace Qt::StringLiterals;

namespace {

SocketAddress loopback(int port)
{
    SocketAddress a;
    SocketAddress::fromNumeric("127.0.0.1", static_cast<std::uint16_t>(port), a);
    return a;
}

std::string s(const QString& q) { return q.toStdString(); }

// A listener the test drives by hand (accepts, or never does).
struct Listener {
    UniqueFd fd;
    SocketAddress address;
    Listener()
    {
        fd.reset(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
        SocketAddress::fromNumeric("127.0.0.1", 0, address);
        bind(fd.get(), address.get(), address.length);
        listen(fd.get(), 64);
        address = localAddressOf(fd.get(), false);
    }
};

bool journalHas(std::uint64_t after, const std::string& function, const std::string& inResultOrCode = {})
{
    const CallJournal::Batch b = CallJournal::global().since(after);
    for (const JournalEntry& e : b.entries)
        if (e.function == function
            && (inResultOrCode.empty() || e.result.find(inResultOrCode) != std::string::npos
                || e.code.find(inResultOrCode) != std::string::npos))
            return true;
    return false;
}

} // namespace

class TestTlsSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void alpnParser_data();
    void alpnParser();
    void handshake_data();
    void handshake();
    void clientCertificateRequired();
    void closeNotifyIsNotFin();
    void verify_data();
    void verify();
    void insecureStillReports();
    void plainTextServer();
    void stalledHandshakeTimesOut();
    void cancelledHandshake();
    void configurationErrors_data();
    void configurationErrors();
    void selfSigned();
    void journalNamesSslErrors();
    void noDescriptorLeaked();

private:
    TlsTestPki pki_;
};

void TestTlsSession::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"openssl"_s).isEmpty(), "openssl (Debian's) is the peer of these tests");
    QVERIFY2(pki_.make(), qPrintable(pki_.error));
}

void TestTlsSession::alpnParser_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("error");
    QTest::newRow("two") << u"h2,http/1.1"_s << QByteArray("\x02h2\x08http/1.1") << QString();
    QTest::newRow("blanks") << u" h2 , http/1.1 "_s << QByteArray("\x02h2\x08http/1.1") << QString();
    QTest::newRow("empty text") << QString() << QByteArray() << QString();
    QTest::newRow("empty item") << u"h2,,x"_s << QByteArray() << u"item 2 is empty"_s;
    QTest::newRow("trailing comma") << u"h2,"_s << QByteArray() << u"item 2 is empty"_s;
    QTest::newRow("too long") << QString(256, u'a') << QByteArray() << u"item 1 is 256 bytes long; a protocol name has 1 to 255 bytes"_s;
    QTest::newRow("255 is fine") << QString(255, u'a') << (QByteArray(1, '\xff') + QByteArray(255, 'a')) << QString();
}

void TestTlsSession::alpnParser()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, wire);
    QFETCH(QString, error);
    const AlpnList l = parseAlpnList(s(text));
    QCOMPARE(QString::fromStdString(l.error).left(error.size()), error);
    QCOMPARE(l.ok(), error.isEmpty());
    QCOMPARE(QByteArray::fromStdString(l.wire), wire);
}

void TestTlsSession::handshake_data()
{
    QTest::addColumn<QStringList>("serverArgs");
    QTest::addColumn<QString>("clientAlpn");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("alpn");
    QTest::newRow("TLS 1.2") << QStringList{u"-tls1_2"_s} << QString() << u"TLSv1.2"_s << QString();
    QTest::newRow("TLS 1.3") << QStringList{u"-tls1_3"_s} << QString() << u"TLSv1.3"_s << QString();
    QTest::newRow("ALPN h2") << QStringList{u"-alpn"_s, u"h2,http/1.1"_s} << u"h2,http/1.1"_s << u"TLSv1.3"_s << u"h2"_s;
    QTest::newRow("ALPN second") << QStringList{u"-alpn"_s, u"h2,http/1.1"_s} << u"http/1.1"_s << u"TLSv1.3"_s
                                 << u"http/1.1"_s;
    QTest::newRow("ALPN over 1.2") << QStringList{u"-tls1_2"_s, u"-alpn"_s, u"x-sockscope"_s} << u"x-sockscope"_s
                                   << u"TLSv1.2"_s << u"x-sockscope"_s;
}

void TestTlsSession::handshake()
{
    QFETCH(QStringList, serverArgs);
    QFETCH(QString, clientAlpn);
    QFETCH(QString, version);
    QFETCH(QString, alpn);
    SServer server;
    QVERIFY(server.start(QStringList{u"-cert"_s, pki_.serverCert, u"-key"_s, pki_.serverKey} + serverArgs));

    ClientSession session;
    QVERIFY(session.open(ClientTransport::Tcp, loopback(server.port), 5000).ok);
    TlsContextConfig c;
    c.caFile = s(pki_.caCert);
    c.alpn = s(clientAlpn);
    const ClientTlsResult t = session.startTls(c, "localhost", 5000);
    QVERIFY2(t.ok, t.message.c_str());
    QCOMPARE(QString::fromStdString(t.summary.version), version);
    QCOMPARE(QString::fromStdString(t.summary.alpn), alpn);
    QVERIFY(!t.summary.cipher.empty());
    QVERIFY(t.summary.verified);
    QVERIFY(t.summary.verifyError.empty());
    QVERIFY(!t.summary.sessionReused);
    QVERIFY(!t.summary.peerChain.empty());
    const CertificateInfo& peer = t.summary.peerChain.front();
    QCOMPARE(QString::fromStdString(peer.subject), u"CN=localhost"_s);
    QCOMPARE(QString::fromStdString(peer.issuer), u"CN=SockScope Test CA,O=SockScope tests"_s);
    QCOMPARE(peer.sha256.size(), std::size_t{64});
    QVERIFY(std::find(peer.subjectAltNames.begin(), peer.subjectAltNames.end(), "IP:127.0.0.1") != peer.subjectAltNames.end());
    QCOMPARE(peer.notAfter.size(), std::size_t{20});

    // Data both ways through the records: ours shows up on s_server's output, its stdin reaches us.
    timeval tv{2, 0};
    setsockopt(session.fd(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    QCOMPARE(session.send("hello over tls\n", 0).sent, 15L);
    QVERIFY(server.readUntil("hello over tls").contains("hello over tls"));
    server.process->write("from s_server\n");
    QVERIFY(server.process->waitForBytesWritten(5000));
    std::string got;
    for (int i = 0; i < 5 && got.find("from s_server\n") == std::string::npos; ++i) {
        const ClientRecvResult r = session.receive(4096, 0);
        if (r.result <= 0 && r.err != EAGAIN)
            break;
        got += r.bytes;
    }
    QCOMPARE(QString::fromStdString(got), u"from s_server\n"_s);
}

void TestTlsSession::clientCertificateRequired()
{
    for (const QString& version : {u"-tls1_2"_s, u"-tls1_3"_s}) {
        SServer server;
        QVERIFY(server.start({u"-cert"_s, pki_.serverCert, u"-key"_s, pki_.serverKey, u"-Verify"_s, u"1"_s,
                              u"-CAfile"_s, pki_.caCert, version}));
        ClientSession session;
        QVERIFY(session.open(ClientTransport::Tcp, loopback(server.port), 5000).ok);
        TlsContextConfig c;
        c.caFile = s(pki_.caCert);
        c.certFile = s(pki_.clientCert);
        c.keyFile = s(pki_.clientKey);
        const ClientTlsResult t = session.startTls(c, "localhost", 5000);
        QVERIFY2(t.ok, t.message.c_str());
        QCOMPARE(session.send("with a certificate\n", 0).sent, 19L);
        const QByteArray seen = server.readUntil("with a certificate");
        QVERIFY2(seen.contains("with a certificate"), seen.constData());
        QVERIFY2(seen.contains("sockscope-test-client"), seen.constData()); // s_server printed our certificate
    }
    // Without one, TLS 1.2 fails in the handshake, with the server's alert in words.
    SServer server;
    QVERIFY(server.start({u"-cert"_s, pki_.serverCert, u"-key"_s, pki_.serverKey, u"-Verify"_s, u"1"_s, u"-CAfile"_s,
                          pki_.caCert, u"-tls1_2"_s}));
    ClientSession session;
    QVERIFY(session.open(ClientTransport::Tcp, loopback(server.port), 5000).ok);
    TlsContextConfig c;
    c.caFile = s(pki_.caCert);
    const ClientTlsResult t = session.startTls(c, "localhost", 5000);
    QVERIFY(!t.ok);
    QVERIFY2(t.message.find("alert") != std::string::npos || t.message.find("certificate") != std::string::npos,
             t.message.c_str());
}

void TestTlsSession::closeNotifyIsNotFin()
{
    SServer server;
    QVERIFY(server.start({u"-cert"_s, pki_.serverCert, u"-key"_s, pki_.serverKey}));
    ClientSession session;
    QVERIFY(session.open(ClientTransport::Tcp, loopback(server.port), 5000).ok);
    TlsContextConfig c;
    c.caFile = s(pki_.caCert);
    QVERIFY(session.startTls(c, "localhost", 5000).ok);
    const std::uint64_t mark = CallJournal::global().lastSeq();
    QVERIFY(session.tlsShutdown().ok);
    QVERIFY(journalHas(mark, "SSL_shutdown", "close_notify"));
    // s_server ends the TLS session on our close_notify while our socket is still open (no FIN yet).
    QVERIFY(server.readUntil("DONE").contains("DONE"));
    QVERIFY(session.isOpen());
    timeval tv{10, 0};
    setsockopt(session.fd(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    const ClientRecvResult r = session.receive(4096, 0);
    QCOMPARE(r.result, 0L);
    QVERIFY2(r.tlsCloseNotify, r.tlsMessage.c_str()); // and it answered with its own close_notify
}

void TestTlsSession::verify_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("useCa");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("code");
    QTest::newRow("good") << u"server"_s << u"server"_s << true << u"localhost"_s << QString() << QString();
    QTest::newRow("good by address") << u"server"_s << u"server"_s << true << u"127.0.0.1"_s << QString() << QString();
    QTest::newRow("expired") << u"expired"_s << u"expired"_s << true << u"localhost"_s
                             << u"certificate verify failed: certificate expired on "_s << u"X509_V_ERR_CERT_HAS_EXPIRED"_s;
    QTest::newRow("wrong name") << u"wrongname"_s << u"wrongname"_s << true << u"localhost"_s
                                << u"certificate verify failed: name mismatch: certificate is for elsewhere.example, not localhost"_s
                                << u"X509_V_ERR_HOSTNAME_MISMATCH"_s;
    QTest::newRow("wrong address") << u"wrongname"_s << u"wrongname"_s << true << u"127.0.0.1"_s
                                   << u"certificate verify failed: name mismatch: certificate is for elsewhere.example, not 127.0.0.1"_s
                                   << u"X509_V_ERR_IP_ADDRESS_MISMATCH"_s;
    QTest::newRow("self-signed") << u"ca"_s << u"ca"_s << false << u"localhost"_s
                                 << u"certificate verify failed: self-signed certificate (CN=SockScope Test CA"_s
                                 << u"X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT"_s;
    QTest::newRow("unknown CA") << u"server"_s << u"server"_s << false << u"localhost"_s
                                << u"certificate verify failed: certificate issued by an unknown CA (CN=SockScope Test CA"_s
                                << u"X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY"_s;
}

void TestTlsSession::verify()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(bool, useCa);
    QFETCH(QString, name);
    QFETCH(QString, words);
    QFETCH(QString, code);
    SServer server;
    QVERIFY(server.start({u"-cert"_s, pki_.path(cert + u".crt"_s), u"-key"_s, pki_.path(key + u".key"_s)}));
    ClientSession session;
    QVERIFY(session.open(ClientTransport::Tcp, loopback(server.port), 5000).ok);
    TlsContextConfig c;
    if (useCa)
        c.caFile = s(pki_.caCert);
    const ClientTlsResult t = session.startTls(c, s(name), 5000);
    if (words.isEmpty()) {
        QVERIFY2(t.ok, t.message.c_str());
        QVERIFY(t.summary.verified);
        return;
    }
    QVERIFY(!t.ok);
    QVERIFY2(QString::fromStdString(t.message).startsWith(words), t.message.c_str());
    QCOMPARE(QString::fromStdString(t.code), code);
    if (cert == u"expired"_s) {
        // The date is the certificate's notAfter: yesterday, as the test made it.
        const QString yesterday = QDateTime::currentDateTimeUtc().addDays(-1).toString(u"yyyy-MM-dd"_s);
        QVERIFY2(QString::fromStdString(t.message).contains(yesterday), t.message.c_str());
    }
}

void TestTlsSession::insecureStillReports()
{
    SServer server;
    QVERIFY(server.start({u"-cert"_s, pki_.expiredCert, u"-key"_s, pki_.expiredKey}));
    ClientSession session;
    QVERIFY(session.open(ClientTransport::Tcp, loopback(server.port), 5000).ok);
    TlsContextConfig c;
    c.caFile = s(pki_.caCert);
    c.verify = false;
    const ClientTlsResult t = session.startTls(c, "localhost", 5000);
    QVERIFY2(t.ok, t.message.c_str());
    QVERIFY(!t.summary.verified);
    QVERIFY2(t.summary.verifyError.rfind("certificate expired on ", 0) == 0, t.summary.verifyError.c_str());
}

void TestTlsSession::plainTextServer()
{
    Listener l;
    std::thread peer([&l] {
        UniqueFd c(::accept4(l.fd.get(), nullptr, nullptr, SOCK_CLOEXEC));
        const std::string banner = "220 smtp.example ESMTP ready\r\n";
        sendAll(c.get(), banner);
        timeval tv{5, 0};
        setsockopt(c.get(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        char buf[4096];
        (void)::recv(c.get(), buf, sizeof buf, 0); // the ClientHello; then close
    });
    ClientSession session;
    QVERIFY(session.open(ClientTransport::Tcp, l.address, 5000).ok);
    const ClientTlsResult t = session.startTls({}, "localhost", 5000);
    peer.join();
    QVERIFY(!t.ok);
    QVERIFY2(t.message.rfind("not a TLS server: what it sent is not a TLS record", 0) == 0, t.message.c_str());
    QCOMPARE(QString::fromStdString(t.code), u"SSL_ERROR_SSL"_s);
    QVERIFY(session.isOpen()); // the TCP connection is the caller's to close
}

void TestTlsSession::stalledHandshakeTimesOut()
{
    Listener l; // completes the TCP handshake in its queue, never accepts, never answers
    ClientSession session;
    QVERIFY(session.open(ClientTransport::Tcp, l.address, 5000).ok);
    const ClientTlsResult t = session.startTls({}, "localhost", 300);
    QVERIFY(!t.ok);
    QCOMPARE(QString::fromStdString(t.code), u"ETIMEDOUT"_s);
    QVERIFY2(t.message.rfind("the TLS handshake timed out after ", 0) == 0, t.message.c_str());
    QVERIFY2(t.message.find("stalled") != std::string::npos, t.message.c_str());
}

void TestTlsSession::cancelledHandshake()
{
    Listener l;
    ClientSession session;
    QVERIFY(session.open(ClientTransport::Tcp, l.address, 5000).ok);
    std::atomic<bool> cancel{false};
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(150));
        cancel = true;
    });
    const ClientTlsResult t = session.startTls({}, "localhost", 60000, &cancel);
    canceller.join();
    QVERIFY(!t.ok);
    QCOMPARE(QString::fromStdString(t.code), u"ECANCELED"_s);
}

void TestTlsSession::configurationErrors_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("cafile");
    QTest::addColumn<QString>("alpn");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");
    QTest::newRow("missing cert") << u"nonexistent.crt"_s << u"server.key"_s << QString() << QString() << u"cert"_s
                                  << u"cannot be opened: ENOENT"_s;
    QTest::newRow("cert is a directory") << u"."_s << u"server.key"_s << QString() << QString() << u"cert"_s
                                         << u"is a directory"_s;
    QTest::newRow("not PEM") << u"server.ext"_s << u"server.key"_s << QString() << QString() << u"cert"_s
                             << u"holds no PEM certificate"_s;
    QTest::newRow("key mismatch") << u"server.crt"_s << u"wrongname.key"_s << QString() << QString() << u"key"_s
                                  << u"does not match the certificate"_s;
    QTest::newRow("missing key") << u"server.crt"_s << u"nonexistent.key"_s << QString() << QString() << u"key"_s
                                 << u"cannot be opened: ENOENT"_s;
    QTest::newRow("bad cafile") << QString() << QString() << u"server.ext"_s << QString() << u"cafile"_s
                                << u"holds no PEM certificate"_s;
    QTest::newRow("bad alpn") << QString() << QString() << QString() << u"h2,,x"_s << u"alpn"_s << u"item 2 is empty"_s;
}

void TestTlsSession::configurationErrors()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, cafile);
    QFETCH(QString, alpn);
    QFETCH(QString, field);
    QFETCH(QString, words);
    TlsContextConfig c;
    c.certFile = cert.isEmpty() ? std::string() : s(pki_.path(cert));
    c.keyFile = key.isEmpty() ? std::string() : s(pki_.path(key));
    c.caFile = cafile.isEmpty() ? std::string() : s(pki_.path(cafile));
    c.alpn = s(alpn);
    TlsSetupError e;
    QVERIFY(!TlsContext::create(c, e));
    QCOMPARE(QString::fromStdString(e.field), field);
    QVERIFY2(QString::fromStdString(e.message).contains(words), e.message.c_str());
    // A server needs both: the same checks, and the min/max order.
    c = {};
    c.role = TlsRole::Server;
    QVERIFY(!TlsContext::create(c, e));
    QCOMPARE(QString::fromStdString(e.field), u"cert"_s);
    c.minVersion = TLS1_3_VERSION;
    c.maxVersion = TLS1_2_VERSION;
    QVERIFY(!TlsContext::create(c, e));
    QCOMPARE(QString::fromStdString(e.field), u"version"_s);
}

void TestTlsSession::selfSigned()
{
    QTemporaryDir dir;
    const std::string where = s(dir.filePath(u"data"_s));
    const SelfSignedCertificate made = ensureSelfSignedCertificate(where, "localhost");
    QVERIFY2(made.ok, made.message.c_str());
    QVERIFY(!made.reused);
    QCOMPARE(made.sha256.size(), std::size_t{64});
    struct stat st{};
    QCOMPARE(::stat(made.keyPath.c_str(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u); // the key is its owner's only
    const SelfSignedCertificate again = ensureSelfSignedCertificate(where, "localhost");
    QVERIFY(again.ok && again.reused);
    QCOMPARE(again.sha256, made.sha256);
    QVERIFY(!makeSelfSignedCertificate(where, "bad host!").ok);
    QVERIFY(QString::fromStdString(makeSelfSignedCertificate(where, "bad host!").message).contains(u"not usable"_s));

    // It serves (s_server), and a client that trusts it sees the same fingerprint, for both names.
    SServer server;
    QVERIFY(server.start({u"-cert"_s, QString::fromStdString(made.certPath), u"-key"_s, QString::fromStdString(made.keyPath)}));
    for (const char* name : {"localhost", "127.0.0.1"}) {
        ClientSession session;
        QVERIFY(session.open(ClientTransport::Tcp, loopback(server.port), 5000).ok);
        TlsContextConfig c;
        c.caFile = made.certPath;
        const ClientTlsResult t = session.startTls(c, name, 5000);
        QVERIFY2(t.ok, t.message.c_str());
        QCOMPARE(t.summary.peerChain.front().sha256, made.sha256);
    }
}

void TestTlsSession::journalNamesSslErrors()
{
    SServer server;
    QVERIFY(server.start({u"-cert"_s, pki_.serverCert, u"-key"_s, pki_.serverKey}));
    const std::uint64_t mark = CallJournal::global().lastSeq();
    ClientSession session;
    QVERIFY(session.open(ClientTransport::Tcp, loopback(server.port), 5000).ok);
    TlsContextConfig c;
    c.caFile = s(pki_.caCert);
    QVERIFY(session.startTls(c, "localhost", 5000).ok);
    for (const char* f : {"SSL_CTX_new", "SSL_CTX_load_verify_locations", "SSL_new", "SSL_set_fd",
                          "SSL_set_tlsext_host_name", "SSL_set1_host"})
        QVERIFY2(journalHas(mark, f), f);
    // Non-blocking: the first SSL_connect cannot finish, SSL_get_error says why, by name.
    QVERIFY(journalHas(mark, "SSL_connect", "1: the handshake is done"));
    session.send("x", 0);
    QVERIFY(journalHas(mark, "SSL_write"));

    // One step on a non-blocking socket whose server has not answered yet: SSL_connect returns -1 and
    // SSL_get_error says SSL_ERROR_WANT_READ, by name, for a poller to wait on.
    Listener silent;
    ClientSession waiting;
    QVERIFY(waiting.open(ClientTransport::Tcp, silent.address, 5000).ok);
    QVERIFY(waiting.setBlocking(false).ok);
    TlsSetupError e;
    const std::shared_ptr<TlsContext> ctx = TlsContext::create(c, e);
    QVERIFY(ctx);
    TlsSession step(ctx, waiting.fd(), "localhost");
    const std::uint64_t stepMark = CallJournal::global().lastSeq();
    const TlsResult r = step.handshakeStep();
    QCOMPARE(r.status, TlsStatus::WantRead);
    QCOMPARE(r.sslError, SSL_ERROR_WANT_READ);
    QVERIFY(journalHas(stepMark, "SSL_connect", "-1"));
    QVERIFY(journalHas(stepMark, "SSL_get_error", "SSL_ERROR_WANT_READ"));

    // A failure carries the error queue's text.
    Listener l;
    std::thread peer([&l] {
        UniqueFd a(::accept4(l.fd.get(), nullptr, nullptr, SOCK_CLOEXEC));
        sendAll(a.get(), "HTTP/1.1 400 Bad Request\r\n\r\n");
    });
    ClientSession plain;
    QVERIFY(plain.open(ClientTransport::Tcp, l.address, 5000).ok);
    QVERIFY(!plain.startTls({}, "localhost", 5000).ok);
    peer.join();
    QVERIFY(journalHas(mark, "SSL_get_error", "error queue: error:0A00010B:SSL routines::wrong version number"));
}

void TestTlsSession::noDescriptorLeaked()
{
    SServer server;
    QVERIFY(server.start({u"-cert"_s, pki_.wrongNameCert, u"-key"_s, pki_.wrongNameKey}));
    const int before = openFdCount();
    for (int i = 0; i < 10; ++i) {
        ClientSession session;
        QVERIFY(session.open(ClientTransport::Tcp, loopback(server.port), 5000).ok);
        TlsContextConfig c;
        c.caFile = s(pki_.caCert);
        QVERIFY(!session.startTls(c, "localhost", 5000).ok); // wrong name
        Listener l;
        ClientSession stalled;
        QVERIFY(stalled.open(ClientTransport::Tcp, l.address, 5000).ok);
        QVERIFY(!stalled.startTls(c, "localhost", 50).ok); // timed out
        TlsSetupError e;
        TlsContextConfig bad;
        bad.certFile = s(pki_.serverCert);
        bad.keyFile = s(pki_.wrongNameKey);
        QVERIFY(!TlsContext::create(bad, e)); // key mismatch
    }
    QCOMPARE(openFdCount(), before);
}

QTEST_APPLESS_MAIN(TestTlsSession)
#include "tst_tlssession.moc"
