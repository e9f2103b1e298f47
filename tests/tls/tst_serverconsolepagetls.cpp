// The server console page with TLS, offscreen: the TLS box's fields checked before anything starts (a
// missing certificate file and an empty CA file named beside their fields, a bad ALPN list), a refusal
// from core (a key that is not the certificate's) beside the key field, then the self-signed
// certificate served to a python3 ssl client: its bytes in the transcript, the peer list and the
// selected client's TLS session showing the version, cipher and ALPN; then a client certificate the
// server requires (openssl s_client -cert), its subject in the chain and "verified".
#include "ConsoleTranscript.h"
#include "EchoTlsBox.h"
#include "FieldFeedback.h"
#include "PageUnderTest.h"
#include "ServerConsolePage.h"
#include "ServerPeerModel.h"
#include "TlsSummaryView.h"
#include "TlsTestPki.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace sockscope;
using namespace sockscope::testing;
using namespace Qt::StringLiterals;

namespace {

const char* tlsClient = R"PY(
import socket, ssl, sys
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
ctx.set_alpn_protocols(['h2'])
s = ctx.wrap_socket(socket.create_connection(('127.0.0.1', int(sys.argv[1])), timeout=20))
s.sendall(b'hello over tls\n')
d = b''
try:
    while True:
        c = s.recv(4096)
        if not c:
            break
        d += c
except Exception as e:
    print('error', type(e).__name__, e)
print(d.decode(errors='replace').strip())
)PY";

} // namespace

class TestServerConsolePageTls : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void fieldsCheckedBeforeStart();
    void keyMismatchBesideTheKey();
    void selfSignedServesAClient();
    void clientCertificateShown();

private:
    void startByClick() { QTest::mouseClick(page_->startButton(), Qt::LeftButton); }
    std::unique_ptr<MainWindow> window_;
    ServerConsolePage* page_ = nullptr;
    TlsTestPki pki_;
};

void TestServerConsolePageTls::initTestCase()
{
    useTestSettings("tst_serverconsolepagetls");
    QDir(EchoTlsBox::selfSignedDirectory()).removeRecursively();
    QVERIFY2(pki_.make(), qPrintable(pki_.error));
    page_ = openPage<ServerConsolePage>(window_);
    QVERIFY(page_);
    window_->resize(1280, 900);
    page_->protocolBox()->setCurrentIndex(0);
    page_->addressField()->setText(u"127.0.0.1"_s);
    page_->portField()->setText(u"0"_s);
}

void TestServerConsolePageTls::cleanupTestCase()
{
    window_.reset();
    QDir(EchoTlsBox::selfSignedDirectory()).removeRecursively();
    QSettings().clear();
}

void TestServerConsolePageTls::fieldsCheckedBeforeStart()
{
    EchoTlsBox* box = page_->tlsBox();
    box->setChecked(true);
    box->filesButton()->setChecked(true);
    box->certFileField()->setText(u"/nonexistent/server.crt"_s);
    box->keyFileField()->setText(pki_.serverKey);
    box->clientCertificateBox()->setChecked(true);
    box->caFileField()->clear();
    box->alpnField()->setText(u"h2,,http/1.1"_s);
    QSignalSpy started(page_->service(), &ServerConsoleService::started);
    startByClick();
    QTest::qWait(200);
    QVERIFY(started.isEmpty()); // nothing asked of core
    QVERIFY(!page_->service()->isListening());
    const QString cert = box->certFeedback()->messageLabel()->text();
    QVERIFY(box->certFeedback()->messageLabel()->isVisible());
    QVERIFY2(cert.contains(u"Certificate: there is no file “/nonexistent/server.crt”"_s), qPrintable(cert));
    QVERIFY2(!box->keyFeedback()->hasError(), qPrintable(box->keyFeedback()->messageLabel()->text()));
    QVERIFY2(box->caFeedback()->messageLabel()->text().contains(u"CA file: give the PEM file"_s),
             qPrintable(box->caFeedback()->messageLabel()->text()));
    QVERIFY2(box->alpnFeedback()->messageLabel()->text().contains(u"Item 2 is empty"_s),
             qPrintable(box->alpnFeedback()->messageLabel()->text()));
    // Fixed, the marks go.
    box->clientCertificateBox()->setChecked(false);
    QVERIFY(!box->caFeedback()->hasError());
}

void TestServerConsolePageTls::keyMismatchBesideTheKey()
{
    EchoTlsBox* box = page_->tlsBox();
    box->setChecked(true);
    box->filesButton()->setChecked(true);
    box->certFileField()->setText(pki_.serverCert);
    box->keyFileField()->setText(pki_.wrongNameKey);
    box->alpnField()->clear();
    QSignalSpy started(page_->service(), &ServerConsoleService::started);
    startByClick();
    QVERIFY(started.wait(10000));
    QVERIFY(!started.first().at(0).value<ServerListenOutcome>().ok);
    QVERIFY(!page_->service()->isListening());
    const QString key = box->keyFeedback()->messageLabel()->text();
    QVERIFY2(key.contains(u"does not match"_s) && key.contains(u"wrongname.key"_s), qPrintable(key));
    QVERIFY(!page_->portMessage()->isVisible()); // not the port's fault
    QVERIFY(page_->startButton()->isEnabled());
}

void TestServerConsolePageTls::selfSignedServesAClient()
{
    EchoTlsBox* box = page_->tlsBox();
    box->setChecked(true);
    box->selfSignedButton()->setChecked(true);
    box->clientCertificateBox()->setChecked(false);
    box->alpnField()->setText(u"h2,http/1.1"_s);
    QSignalSpy started(page_->service(), &ServerConsoleService::started);
    startByClick();
    QVERIFY(started.wait(10000));
    const ServerListenOutcome o = started.first().at(0).value<ServerListenOutcome>();
    QVERIFY2(o.ok, qPrintable(o.message));
    QTRY_VERIFY(box->fingerprintLabel()->isVisible());
    QVERIFY(box->fingerprintLabel()->text().startsWith(u"SHA-256: "_s));
    QVERIFY(!box->isCheckable()); // locked while it runs
    const int port = o.bound.section(QLatin1Char(':'), -1).toInt();

    QProcess client;
    client.start(u"python3"_s, {u"-c"_s, QString::fromUtf8(tlsClient), QString::number(port)});
    QTRY_COMPARE_WITH_TIMEOUT(page_->peerModel()->rowCount(), 1, 10000);
    page_->selectPeer(page_->peerModel()->peerAt(0)->id);
    QTRY_VERIFY_WITH_TIMEOUT(page_->transcript()->editor()->toPlainText().contains(u"hello over tls"_s), 10000);
    const QString state = page_->peerModel()->index(0, ServerPeerModel::State).data().toString();
    QVERIFY2(state.contains(u"TLSv1.3"_s) && state.contains(u"ALPN h2"_s), qPrintable(state));
    QTRY_VERIFY(page_->peerTlsView()->isVisible());
    QVERIFY2(page_->peerTlsView()->parametersLabel()->text().contains(u"ALPN: h2"_s),
             qPrintable(page_->peerTlsView()->parametersLabel()->text()));
    QVERIFY2(page_->peerTlsView()->verificationLabel()->text().contains(u"sent none"_s),
             qPrintable(page_->peerTlsView()->verificationLabel()->text()));

    page_->sendField()->setText(u"hello back"_s);
    QTest::mouseClick(page_->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page_->transcript()->editor()->toPlainText().contains(u"hello back"_s), 10000);
    QTest::mouseClick(page_->findChild<QPushButton*>(u"serverClosePeer"_s), Qt::LeftButton);
    QVERIFY(client.state() == QProcess::NotRunning || client.waitForFinished(15000));
    const QByteArray out = client.readAllStandardOutput();
    QVERIFY2(out.trimmed() == "hello back", out.constData()); // a clean close_notify, no error
    QTest::mouseClick(page_->stopButton(), Qt::LeftButton);
    QTRY_VERIFY(!page_->service()->isListening());
    QVERIFY(box->isCheckable());
}

void TestServerConsolePageTls::clientCertificateShown()
{
    EchoTlsBox* box = page_->tlsBox();
    box->setChecked(true);
    box->filesButton()->setChecked(true);
    box->certFileField()->setText(pki_.serverCert);
    box->keyFileField()->setText(pki_.serverKey);
    box->clientCertificateBox()->setChecked(true);
    box->caFileField()->setText(pki_.caCert);
    box->alpnField()->clear();
    QSignalSpy started(page_->service(), &ServerConsoleService::started);
    startByClick();
    QVERIFY(started.wait(10000));
    const ServerListenOutcome o = started.first().at(0).value<ServerListenOutcome>();
    QVERIFY2(o.ok, qPrintable(o.message));
    const int port = o.bound.section(QLatin1Char(':'), -1).toInt();
    QProcess client;
    client.start(u"openssl"_s, {u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(port), u"-quiet"_s, u"-CAfile"_s,
                                pki_.caCert, u"-cert"_s, pki_.clientCert, u"-key"_s, pki_.clientKey});
    QVERIFY(client.waitForStarted(10000));
    client.write("with a certificate\n");
    QTRY_COMPARE_WITH_TIMEOUT(page_->peerModel()->rowCount(), 1, 10000);
    page_->selectPeer(page_->peerModel()->peerAt(0)->id);
    QTRY_VERIFY_WITH_TIMEOUT(page_->transcript()->editor()->toPlainText().contains(u"with a certificate"_s), 10000);
    const QString state = page_->peerModel()->index(0, ServerPeerModel::State).data().toString();
    QVERIFY2(state.contains(u"client certificate"_s), qPrintable(state));
    QTRY_VERIFY(page_->peerTlsView()->isVisible());
    QTreeWidget* chain = page_->peerTlsView()->chainTree();
    QVERIFY(chain->isVisible());
    QVERIFY(chain->topLevelItemCount() >= 1);
    QVERIFY2(chain->topLevelItem(0)->text(1).contains(u"CN=sockscope-test-client"_s),
             qPrintable(chain->topLevelItem(0)->text(1)));
    QVERIFY2(page_->peerTlsView()->verificationLabel()->text().startsWith(u"verified"_s),
             qPrintable(page_->peerTlsView()->verificationLabel()->text()));
    QTest::mouseClick(page_->findChild<QPushButton*>(u"serverClosePeer"_s), Qt::LeftButton);
    QVERIFY(client.state() == QProcess::NotRunning || client.waitForFinished(15000));
    QTest::mouseClick(page_->stopButton(), Qt::LeftButton);
    QTRY_VERIFY(!page_->service()->isListening());
}

QTEST_MAIN(TestServerConsolePageTls)
#include "tst_serverconsolepagetls.moc"
