// The client console's TLS box and summary, offscreen, against Debian's openssl s_server: the summary
// after a handshake (version, cipher, ALPN, a new session, the chain with its fingerprint, verified),
// plaintext both ways in the transcript, a certificate for another name in core's words (through
// TlsMessages), "insecure" going on with the same words, and bad fields marked beside them.

#include "ClientConsolePage.h"
#include "ClientConsoleTab.h"
#include "ConsoleTranscript.h"
#include "FieldFeedback.h"
#include "MainWindow.h"
#include "PageUnderTest.h"
#include "TlsOptionsBox.h"
#include "TlsSummaryView.h"
#include "TlsTestPki.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace sockscope;
using namespace sockscope::testing;
using namespace Qt::StringLiterals;

class TestConsoleTls : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void summaryAfterTheHandshake();
    void wrongNameInPlainWords();
    void insecureGoesOnAndSaysWhy();
    void badFieldsMarkedBesideThem_data();
    void badFieldsMarkedBesideThem();

private:
    ClientConsoleTab* tab() const { return page_->currentSession(); }
    QString transcript() const { return tab()->transcript()->editor()->toPlainText(); }
    QString explanation() const { return childNamed<QLabel>(tab(), "consoleExplanation")->text(); }
    // Fills the tab for TLS to 127.0.0.1:port with the server name `name`, then Connect; the outcome.
    ClientConnectOutcome connectTls(int port, const QString& name, bool insecure, const QString& alpn = {});
    void disconnect();
    // The fingerprint as the view shows it, from `openssl x509 -fingerprint -sha256`.
    QString fingerprintOf(const QString& certFile);

    TlsTestPki pki_;
    std::unique_ptr<MainWindow> window_;
    ClientConsolePage* page_ = nullptr;
};

void TestConsoleTls::initTestCase()
{
    useTestSettings("tst_consoletls");
    QVERIFY2(pki_.make(), qPrintable(pki_.error));
    page_ = openPage<ClientConsolePage>(window_);
    QVERIFY(page_);
    window_->resize(1100, 900);
}

void TestConsoleTls::cleanupTestCase()
{
    window_.reset();
    QSettings().clear();
}

ClientConnectOutcome TestConsoleTls::connectTls(int port, const QString& name, bool insecure, const QString& alpn)
{
    ClientConsoleTab* t = tab();
    t->setTarget(ClientTransport::Tcp, QStringLiteral("127.0.0.1"), port, {});
    TlsOptionsBox* box = t->tlsBox();
    box->setChecked(true);
    box->serverNameField()->setText(name);
    box->caFileField()->setText(pki_.caCert);
    box->insecureBox()->setChecked(insecure);
    box->alpnField()->setText(alpn);
    QSignalSpy connected(t->service(), &ClientSessionService::connected);
    QTest::mouseClick(t->connectButton(), Qt::LeftButton);
    if (!connected.wait(15000))
        return {};
    return connected.at(0).at(0).value<ClientConnectOutcome>();
}

void TestConsoleTls::disconnect()
{
    if (!tab()->isConnected())
        return;
    QSignalSpy closed(tab()->service(), &ClientSessionService::socketClosed);
    tab()->disconnectSession();
    QVERIFY(closed.wait(10000));
}

QString TestConsoleTls::fingerprintOf(const QString& certFile)
{
    ProcessInput in;
    in.timeoutMs = 30000;
    const ProcessRun r = runProcess(QStringLiteral("openssl"),
                                    {QStringLiteral("x509"), QStringLiteral("-in"), certFile, QStringLiteral("-noout"),
                                     QStringLiteral("-fingerprint"), QStringLiteral("-sha256")},
                                    in);
    const QString out = QString::fromUtf8(r.out).trimmed();
    return out.mid(out.indexOf(QLatin1Char('=')) + 1);
}

void TestConsoleTls::summaryAfterTheHandshake()
{
    SServer server;
    QVERIFY(server.start({QStringLiteral("-cert"), pki_.serverCert, QStringLiteral("-key"), pki_.serverKey,
                          QStringLiteral("-alpn"), QStringLiteral("http/1.1")}));
    const ClientConnectOutcome o = connectTls(server.port, QStringLiteral("localhost"), false,
                                              QStringLiteral("h2, http/1.1"));
    QVERIFY2(o.ok, qPrintable(o.message));
    QVERIFY(tab()->isConnected());

    TlsSummaryView* view = tab()->tlsSummary();
    QVERIFY(view->isVisible());
    const QString params = view->parametersLabel()->text();
    QVERIFY2(params.contains(QStringLiteral("TLSv1.3, cipher TLS_")), qPrintable(params));
    QVERIFY2(params.contains(QStringLiteral("ALPN: http/1.1")), qPrintable(params));
    QVERIFY2(params.contains(QStringLiteral("new session")), qPrintable(params));
    const QString verdict = view->verificationLabel()->text();
    QVERIFY2(verdict.startsWith(QStringLiteral("verified: ")) && verdict.contains(QStringLiteral("localhost")),
             qPrintable(verdict));

    // The chain: the server's certificate first, its fields, and the fingerprint openssl computes.
    QTreeWidget* chain = view->chainTree();
    QVERIFY(chain->topLevelItemCount() >= 1);
    QTreeWidgetItem* leaf = chain->topLevelItem(0);
    QCOMPARE(leaf->text(1), QStringLiteral("CN=localhost"));
    QStringList fields;
    for (int i = 0; i < leaf->childCount(); ++i)
        fields << leaf->child(i)->text(0) + QStringLiteral("=") + leaf->child(i)->text(1);
    const QString all = fields.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Issuer=CN=SockScope Test CA,O=SockScope tests")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Names (SAN)=DNS:localhost, IP:127.0.0.1")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral(" UTC")), qPrintable(all));
    const QString expected = fingerprintOf(pki_.serverCert);
    QCOMPARE(expected.size(), 95);
    QVERIFY2(all.contains(QStringLiteral("SHA-256=") + expected), qPrintable(all + QStringLiteral("\n") + expected));

    // Plaintext both ways: s_server prints what it decrypted, and what it sends shows in the transcript.
    QTest::keyClicks(tab()->sendField(), QStringLiteral("hello over tls"));
    QTest::keyClick(tab()->sendField(), Qt::Key_Return);
    QVERIFY(server.readUntil("hello over tls", 10000).contains("hello over tls"));
    server.process->write("from s_server\n");
    QVERIFY(server.process->waitForBytesWritten(5000));
    QTRY_VERIFY_WITH_TIMEOUT(transcript().contains(QStringLiteral("from s_server")), 10000);
    QVERIFY2(transcript().contains(QStringLiteral("TLS: TLSv1.3")), qPrintable(transcript()));

    if (const QByteArray dir = qgetenv("SOCKSCOPE_TEST_SHOTS"); !dir.isEmpty())
        window_->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/console-tls.png"));
    disconnect();
    QVERIFY(server.readUntil("DONE", 5000).contains("DONE")); // s_server saw our close_notify
}

void TestConsoleTls::wrongNameInPlainWords()
{
    SServer server;
    QVERIFY(server.start({QStringLiteral("-cert"), pki_.wrongNameCert, QStringLiteral("-key"), pki_.wrongNameKey}));
    const ClientConnectOutcome o = connectTls(server.port, QStringLiteral("localhost"), false);
    QVERIFY(!o.ok);
    QVERIFY(!tab()->isConnected());
    QCOMPARE(o.errnoSymbol, QStringLiteral("X509_V_ERR_HOSTNAME_MISMATCH"));
    const QString words = QStringLiteral("name mismatch: certificate is for elsewhere.example, not localhost");
    QVERIFY2(explanation().contains(QStringLiteral("certificate verify failed: ") + words), qPrintable(explanation()));
    QVERIFY2(transcript().contains(words), qPrintable(transcript()));
    // What the server sent stays on view, with the same words.
    TlsSummaryView* view = tab()->tlsSummary();
    QVERIFY(view->isVisible());
    QCOMPARE(view->chainTree()->topLevelItem(0)->text(1), QStringLiteral("CN=elsewhere.example"));
    QVERIFY2(view->verificationLabel()->text().contains(words), qPrintable(view->verificationLabel()->text()));
    QVERIFY(view->verificationLabel()->text().contains(QStringLiteral("X509_V_ERR_HOSTNAME_MISMATCH")));
    if (const QByteArray dir = qgetenv("SOCKSCOPE_TEST_SHOTS"); !dir.isEmpty())
        window_->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/console-tls-wrongname.png"));
}

void TestConsoleTls::insecureGoesOnAndSaysWhy()
{
    SServer server;
    QVERIFY(server.start({QStringLiteral("-cert"), pki_.wrongNameCert, QStringLiteral("-key"), pki_.wrongNameKey}));
    const ClientConnectOutcome o = connectTls(server.port, QStringLiteral("localhost"), true);
    QVERIFY2(o.ok, qPrintable(o.message));
    const QString verdict = tab()->tlsSummary()->verificationLabel()->text();
    QVERIFY2(verdict.startsWith(QStringLiteral("not verified: name mismatch")), qPrintable(verdict));
    QVERIFY2(verdict.contains(QStringLiteral("insecure")), qPrintable(verdict));
    disconnect();
    tab()->tlsBox()->insecureBox()->setChecked(false);
}

void TestConsoleTls::badFieldsMarkedBesideThem_data()
{
    QTest::addColumn<QString>("alpn");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");
    QTest::newRow("empty ALPN item") << u"h2,,http/1.1"_s << QString() << u"consoleTlsAlpn"_s
                                     << u"ALPN: Item 2 is empty"_s;
    QTest::newRow("ALPN name too long") << QString(300, QLatin1Char('x')) << QString() << u"consoleTlsAlpn"_s
                                        << u"Item 1 is 300 bytes long; a protocol name has 1 to 255 bytes"_s;
    QTest::newRow("missing CA file") << QString() << u"/nonexistent/ca.pem"_s << u"consoleTlsCaFile"_s
                                     << u"CA file: there is no file “/nonexistent/ca.pem”"_s;
    QTest::newRow("CA file is a directory") << QString() << u"/tmp"_s << u"consoleTlsCaFile"_s
                                            << u"“/tmp” is a directory"_s;
}

void TestConsoleTls::badFieldsMarkedBesideThem()
{
    QFETCH(QString, alpn);
    QFETCH(QString, caFile);
    QFETCH(QString, field);
    QFETCH(QString, words);
    ClientConsoleTab* t = tab();
    t->setTarget(ClientTransport::Tcp, QStringLiteral("127.0.0.1"), 9, {});
    TlsOptionsBox* box = t->tlsBox();
    box->setChecked(true);
    box->alpnField()->setText(alpn);
    box->caFileField()->setText(caFile);
    QSignalSpy connected(t->service(), &ClientSessionService::connected);
    QTest::mouseClick(t->connectButton(), Qt::LeftButton);
    auto* edit = childNamed<QLineEdit>(box, field.toLatin1().constData());
    const QLabel* message = box->feedbackFor(edit)->messageLabel();
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(words), qPrintable(message->text()));
    QTest::qWait(200);
    QCOMPARE(connected.count(), 0); // no call made
    QVERIFY(t->connectButton()->isEnabled());
}

QTEST_MAIN(TestConsoleTls)
#include "tst_consoletls.moc"
