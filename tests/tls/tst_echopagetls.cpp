// The echo server page with TLS, offscreen: a self-signed certificate made in the application's data
// directory and used again the next time with the same fingerprint (shown, copyable), TLS served by
// the page's engines (reactor, thread) to a core client that checks that fingerprint and its echo,
// close_notify in the log, bad certificate files marked beside them, and TLS off for datagrams.

#include "ClientConsolePage.h"
#include "ClientConsoleTab.h"
#include "ClientSession.h"
#include "EchoLogModel.h"
#include "EchoServerForm.h"
#include "EchoServerPage.h"
#include "EchoServerTab.h"
#include "EchoTlsBox.h"
#include "FieldFeedback.h"
#include "MainWindow.h"
#include "PageUnderTest.h"
#include "TlsSummaryView.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>

#include <memory>

using namespace sockscope;
using namespace sockscope::testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sockscope::EchoEngine)

namespace {

// Start as a user does; the bound port once it listens (10 s at most), or 0.
int startByClick(EchoServerTab* tab)
{
    QTest::mouseClick(childNamed<QPushButton>(tab, "echoStartButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([tab] { return tab->isRunning(); }, 10000))
        return 0;
    return tab->boundPort();
}

} // namespace

class TestEchoPageTls : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void selfSignedServesTls_data();
    void selfSignedServesTls();
    void badFilesMarkedBesideThem();
    void datagramsHaveNoTls();

private:
    EchoServerTab* tab() const { return page_->currentServer(); }
    QString logText() const
    {
        QStringList lines;
        for (int i = 0; i < tab()->logModel()->rowCount(); ++i)
            lines << tab()->logModel()->text(i);
        return lines.join(QLatin1Char('\n'));
    }
    void stopServer();

    std::unique_ptr<MainWindow> window_;
    EchoServerPage* page_ = nullptr;
    QString firstFingerprint_;
};

void TestEchoPageTls::initTestCase()
{
    useTestSettings("tst_echopagetls");
    QDir(EchoTlsBox::selfSignedDirectory()).removeRecursively(); // a fresh pair: made now, then used again
    page_ = openPage<EchoServerPage>(window_);
    QVERIFY(page_);
    window_->resize(1280, 900);
}

void TestEchoPageTls::cleanupTestCase()
{
    window_.reset();
    QDir(EchoTlsBox::selfSignedDirectory()).removeRecursively();
    QSettings().clear();
}

void TestEchoPageTls::stopServer()
{
    if (!tab()->isRunning())
        return;
    QTest::mouseClick(childNamed<QPushButton>(tab(), "echoStopButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return tab()->state() == EchoServerTab::State::Idle; }, 10000));
}

void TestEchoPageTls::selfSignedServesTls_data()
{
    QTest::addColumn<EchoEngine>("engine");
    QTest::addColumn<bool>("madeNow");
    QTest::newRow("reactor") << EchoEngine::Reactor << true;
    QTest::newRow("thread") << EchoEngine::Thread << false;
}

void TestEchoPageTls::selfSignedServesTls()
{
    QFETCH(EchoEngine, engine);
    QFETCH(bool, madeNow);
    auto* engineCombo = childNamed<QComboBox>(tab(), "echoEngineCombo");
    engineCombo->setCurrentIndex(engineCombo->findData(static_cast<int>(engine)));
    tab()->form()->setTransport(EchoTransport::Tcp);
    tab()->form()->setBindAddress(u"127.0.0.1"_s);
    tab()->form()->setPort(u"0"_s);
    EchoTlsBox* box = tab()->tlsBox();
    box->setChecked(true);
    box->selfSignedButton()->setChecked(true);
    const int port = startByClick(tab());
    QVERIFY2(port > 0, qPrintable(logText()));

    // The certificate: made on the first start, used again on the next, the fingerprint unchanged.
    const QString cert = box->certificateLabel()->text();
    QVERIFY2(cert.contains(madeNow ? u"(made now)"_s : u"(used again)"_s), qPrintable(cert));
    QVERIFY2(cert.contains(EchoTlsBox::selfSignedDirectory()), qPrintable(cert));
    const QString fp = box->fingerprintLabel()->text();
    QVERIFY2(fp.startsWith(u"SHA-256: "_s) && fp.size() == 9 + 95, qPrintable(fp));
    if (madeNow)
        firstFingerprint_ = fp;
    else
        QCOMPARE(fp, firstFingerprint_);
    QVERIFY(box->fingerprintLabel()->isVisible());
    QCOMPARE(box->title(), u"TLS: on"_s); // locked while it runs
    QTest::mouseClick(childNamed<QWidget>(box, "echoTlsCopyFingerprint"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), fp.mid(9));
    QVERIFY2(childNamed<QLabel>(tab(), "echoStatusLabel")->text().contains(u"with TLS"_s),
             qPrintable(childNamed<QLabel>(tab(), "echoStatusLabel")->text()));

    // A client sees that certificate, and its bytes come back through TLS.
    ClientSession client;
    SocketAddress target;
    QVERIFY(SocketAddress::fromNumeric("127.0.0.1", port, target));
    QVERIFY(client.open(ClientTransport::Tcp, target, 5000).ok);
    TlsContextConfig c;
    c.verify = false; // self-signed: checked by its fingerprint below
    const ClientTlsResult t = client.startTls(c, "localhost", 10000);
    QVERIFY2(t.ok, t.message.c_str());
    QVERIFY(!t.summary.peerChain.empty());
    QCOMPARE(QString::fromStdString(t.summary.peerChain.front().sha256).toUpper(),
             fp.mid(9).remove(QLatin1Char(':')));
    timeval tv{5, 0};
    setsockopt(client.fd(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    QCOMPARE(client.send("hello over tls", 0).sent, 14L);
    std::string back;
    for (int i = 0; i < 10 && back.size() < 14; ++i) {
        const ClientRecvResult r = client.receive(64, 0);
        if (r.result <= 0)
            break;
        back += r.bytes;
    }
    QCOMPARE(QString::fromStdString(back), u"hello over tls"_s);
    QVERIFY(client.tlsShutdown().ok);
    client.close();
    QTRY_VERIFY_WITH_TIMEOUT(logText().contains(u"closed by peer (close_notify)"_s), 10000);

    if (const QByteArray dir = qgetenv("SOCKSCOPE_TEST_SHOTS"); !dir.isEmpty() && madeNow)
        window_->grab().save(QString::fromLocal8Bit(dir) + u"/echo-tls.png"_s);

    // "Connect a console": the console turns TLS on and trusts the server's own certificate.
    if (madeNow) {
        QTest::mouseClick(childNamed<QPushButton>(tab(), "echoConsoleButton"), Qt::LeftButton);
        ClientConsolePage* console = window_->findChild<ClientConsolePage*>();
        QVERIFY(console);
        QTRY_VERIFY_WITH_TIMEOUT(console->currentSession()->isConnected(), 10000);
        const QString verdict = console->currentSession()->tlsSummary()->verificationLabel()->text();
        QVERIFY2(verdict.startsWith(u"verified: "_s), qPrintable(verdict));
        console->currentSession()->disconnectSession();
        QTRY_VERIFY_WITH_TIMEOUT(!console->currentSession()->isConnected(), 10000);
        for (int i = 0; i < window_->pageCount(); ++i)
            if (window_->page(i) == page_)
                window_->showPage(i);
    }
    stopServer();
    QVERIFY(box->isChecked()); // TLS stays on for the next start
}

void TestEchoPageTls::badFilesMarkedBesideThem()
{
    EchoTlsBox* box = tab()->tlsBox();
    box->setChecked(true);
    box->filesButton()->setChecked(true);
    box->certFileField()->setText(u"/nonexistent/server.crt"_s);
    box->keyFileField()->clear();
    QTest::mouseClick(childNamed<QPushButton>(tab(), "echoStartButton"), Qt::LeftButton);
    QTest::qWait(200);
    QCOMPARE(tab()->state(), EchoServerTab::State::Idle);
    QVERIFY(box->certFeedback()->messageLabel()->isVisible());
    QVERIFY2(box->certFeedback()->messageLabel()->text().contains(u"there is no file “/nonexistent/server.crt”"_s),
             qPrintable(box->certFeedback()->messageLabel()->text()));
    QVERIFY2(box->keyFeedback()->messageLabel()->text().contains(u"give a PEM file"_s),
             qPrintable(box->keyFeedback()->messageLabel()->text()));

    // Files that exist but hold no certificate: core's words beside the field, the server not started.
    QTemporaryDir dir;
    QFile junk(dir.filePath(u"junk.pem"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a certificate\n");
    junk.close();
    box->certFileField()->setText(junk.fileName());
    box->keyFileField()->setText(junk.fileName());
    QSignalSpy started(tab(), &EchoServerTab::startFinished);
    QTest::mouseClick(childNamed<QPushButton>(tab(), "echoStartButton"), Qt::LeftButton);
    QVERIFY(started.wait(10000));
    QCOMPARE(started.at(0).at(0).toBool(), false);
    QVERIFY2(box->certFeedback()->messageLabel()->text().contains(u"holds no PEM certificate"_s),
             qPrintable(box->certFeedback()->messageLabel()->text()));
    box->selfSignedButton()->setChecked(true);
}

void TestEchoPageTls::datagramsHaveNoTls()
{
    tab()->form()->setTransport(EchoTransport::Udp);
    QVERIFY(!tab()->tlsBox()->isEnabled());
    QCOMPARE(tab()->tlsBox()->title(), u"TLS (streams only)"_s);
    tab()->form()->setTransport(EchoTransport::UnixStream);
    QVERIFY(tab()->tlsBox()->isEnabled());
    tab()->form()->setTransport(EchoTransport::Tcp);
}

QTEST_MAIN(TestEchoPageTls)
#include "tst_echopagetls.moc"
