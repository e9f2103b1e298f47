// TLS set-up refusals as keys: each refusal TlsContext::create and the self-signed certificate give
// (a missing file, a directory, a file that holds no PEM certificate or key, a key of another
// certificate, a CA file that is not PEM, a bad host name, a directory that cannot be made) carries
// the right problem and arguments, core's English message is unchanged for the CLI, and the words
// TlsMessages gives name the file, with OpenSSL's own text on a line of its own; the echo server's start
// failure says the same.
#include "EchoMessages.h"
#include "SelfSignedCertificate.h"
#include "ServerTlsSetup.h"
#include "TlsContext.h"
#include "TlsMessages.h"
#include "TlsTestPki.h"

#include <QFile>
#include <QTest>

using namespace sockscope;
using namespace sockscope::testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sockscope::TlsSetupProblem)

class TestTlsSetupWords : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void refusals_data();
    void refusals();
    void selfSignedRefusals_data();
    void selfSignedRefusals();
    void serverSetupKeepsTheKey();
    void echoStartFailureSaysIt();

private:
    TlsTestPki pki_;
    QString junk_;
};

void TestTlsSetupWords::initTestCase()
{
    QVERIFY2(pki_.make(), qPrintable(pki_.error));
    junk_ = pki_.path(u"junk.pem"_s);
    QFile f(junk_);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a PEM file\n");
}

void TestTlsSetupWords::refusals_data()
{
    QTest::addColumn<bool>("server");
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<TlsSetupProblem>("problem");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("named");   // the file the words name
    QTest::addColumn<QString>("words");   // what they say of it
    QTest::addColumn<bool>("detailLine"); // the system's or OpenSSL's text follows
    const QString missing = u"/nonexistent/server.crt"_s;
    QTest::newRow("missing certificate") << true << missing << pki_.serverKey << QString() << TlsSetupProblem::FileMissing
                                         << u"cert"_s << missing << u"there is no file"_s << true;
    QTest::newRow("certificate is a directory") << true << u"/tmp"_s << pki_.serverKey << QString()
                                                << TlsSetupProblem::FileIsDirectory << u"cert"_s << u"/tmp"_s
                                                << u"is a directory"_s << false;
    QTest::newRow("certificate not PEM") << true << junk_ << pki_.serverKey << QString()
                                         << TlsSetupProblem::NotPemCertificate << u"cert"_s << junk_
                                         << u"holds no PEM certificate"_s << true;
    QTest::newRow("key not PEM") << true << pki_.serverCert << junk_ << QString() << TlsSetupProblem::NotPemKey
                                 << u"key"_s << junk_ << u"holds no PEM private key"_s << true;
    QTest::newRow("key of another certificate") << true << pki_.serverCert << pki_.wrongNameKey << QString()
                                                << TlsSetupProblem::KeyMismatch << u"key"_s << pki_.wrongNameKey
                                                << u"does not match the certificate"_s << true;
    QTest::newRow("CA file not PEM") << false << QString() << QString() << junk_ << TlsSetupProblem::NotPemCa
                                     << u"cafile"_s << junk_ << u"holds no PEM certificate"_s << true;
    QTest::newRow("server without a pair") << true << QString() << QString() << QString()
                                           << TlsSetupProblem::ServerNeedsPair << u"cert"_s << QString()
                                           << u"needs a certificate and its key"_s << false;
}

void TestTlsSetupWords::refusals()
{
    QFETCH(bool, server);
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, ca);
    QFETCH(TlsSetupProblem, problem);
    QFETCH(QString, field);
    QFETCH(QString, named);
    QFETCH(QString, words);
    QFETCH(bool, detailLine);
    TlsContextConfig c;
    c.role = server ? TlsRole::Server : TlsRole::Client;
    c.verify = !server;
    c.certFile = cert.toStdString();
    c.keyFile = key.toStdString();
    c.caFile = ca.toStdString();
    TlsSetupError e;
    QVERIFY(!TlsContext::create(c, e));
    QCOMPARE(e.problem, problem);
    QCOMPARE(QString::fromStdString(e.field), field);
    if (!named.isEmpty()) {
        QVERIFY(!e.args.empty());
        QCOMPARE(QString::fromStdString(e.args.front()), named);
        // Core's English, as the CLI prints it, still names the file too.
        QVERIFY2(QString::fromStdString(e.message).contains(named), e.message.c_str());
    }
    const QString text = TlsMessages::setupFailure(e);
    QVERIFY2(text.contains(words), qPrintable(text));
    if (!named.isEmpty())
        QVERIFY2(text.contains(u"“"_s + named + u"”"_s), qPrintable(text));
    QCOMPARE(text.contains(QLatin1Char('\n')), detailLine);
    if (detailLine)
        QCOMPARE(text.section(QLatin1Char('\n'), 1), QString::fromStdString(e.detail));
    if (problem == TlsSetupProblem::KeyMismatch)
        QVERIFY2(text.contains(pki_.serverCert), qPrintable(text)); // both files named
}

void TestTlsSetupWords::selfSignedRefusals_data()
{
    QTest::addColumn<QString>("directory");
    QTest::addColumn<QString>("host");
    QTest::addColumn<TlsSetupProblem>("problem");
    QTest::addColumn<QString>("words");
    QTest::newRow("bad host name") << pki_.path(u"self"_s) << u"no spaces allowed"_s << TlsSetupProblem::BadHostName
                                   << u"the host name “no spaces allowed” cannot go in a certificate"_s;
    QTest::newRow("directory not made") << u"/proc/sockscope-cannot-be-here"_s << u"localhost"_s
                                        << TlsSetupProblem::DirectoryNotCreated
                                        << u"the directory “/proc/sockscope-cannot-be-here”"_s;
    QTest::newRow("no directory") << QString() << u"localhost"_s << TlsSetupProblem::NoDirectory
                                  << u"no application data directory"_s;
}

void TestTlsSetupWords::selfSignedRefusals()
{
    QFETCH(QString, directory);
    QFETCH(QString, host);
    QFETCH(TlsSetupProblem, problem);
    QFETCH(QString, words);
    const SelfSignedCertificate made = ensureSelfSignedCertificate(directory.toStdString(), host.toStdString());
    QVERIFY(!made.ok);
    QCOMPARE(made.error.problem, problem);
    QCOMPARE(made.error.message, made.message);
    QCOMPARE(made.error.field, std::string("selfsigned"));
    const QString text = TlsMessages::setupFailure(made.error);
    QVERIFY2(text.contains(words), qPrintable(text));
}

void TestTlsSetupWords::serverSetupKeepsTheKey()
{
    // Through the set-up the echo page and the server console share: the key reaches the Qt layer.
    ServerTlsRequest r;
    r.enabled = true;
    r.certFile = pki_.serverCert;
    r.keyFile = pki_.wrongNameKey;
    ServerTlsOutcome o;
    QVERIFY(!prepareServerTls(r, o));
    QCOMPARE(o.field, u"key"_s);
    QCOMPARE(o.setup.problem, TlsSetupProblem::KeyMismatch);
    QVERIFY(TlsMessages::setupFailure(o.setup).contains(pki_.wrongNameKey));

    r.keyFile = pki_.serverKey;
    r.requireClientCert = true;
    o = ServerTlsOutcome{};
    QVERIFY(!prepareServerTls(r, o));
    QCOMPARE(o.field, u"cafile"_s);
    QCOMPARE(o.setup.problem, TlsSetupProblem::CaFileRequired);

    r.caFile = pki_.caCert;
    r.alpn = u"h2,"_s;
    o = ServerTlsOutcome{};
    QVERIFY(!prepareServerTls(r, o));
    QCOMPARE(o.field, u"alpn"_s);
    QCOMPARE(o.setup.problem, TlsSetupProblem::AlpnList);
    QVERIFY2(TlsMessages::setupFailure(o.setup).contains(u"Item 2 is empty"_s), qPrintable(TlsMessages::setupFailure(o.setup)));

    r.alpn = u"h2"_s;
    o = ServerTlsOutcome{};
    QVERIFY(prepareServerTls(r, o));
    QVERIFY(o.ok);
}

void TestTlsSetupWords::echoStartFailureSaysIt()
{
    // The echo server that did not start for its TLS: the same words on its page as beside the field.
    TlsContextConfig c;
    c.role = TlsRole::Server;
    c.verify = false;
    c.certFile = pki_.serverCert.toStdString();
    c.keyFile = junk_.toStdString();
    EchoStartResult r;
    QVERIFY(!TlsContext::create(c, r.tlsSetup));
    r.problem = EchoStartProblem::TlsRefused;
    r.message = "TLS: " + r.tlsSetup.message;
    const QString text = EchoMessages::startFailure(r);
    QVERIFY2(text.startsWith(u"TLS: “"_s + junk_ + u"” holds no PEM private key"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestTlsSetupWords)
#include "tst_tlssetupwords.moc"
