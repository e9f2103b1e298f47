// The client console page in a real main window against the built-in echo server (started through
// its service, port 0): connect, send text with CRLF and see the echo in the transcript, hex mode
// with a bad character pointed at by position, escapes, a refused connection in plain words,
// Ctrl+T for a second session, and a fast stream that never freezes the GUI.

#include "ClientConsolePage.h"
#include "ClientConsoleTab.h"
#include "ConsoleTranscript.h"
#include "EchoClient.h"
#include "EchoServerService.h"
#include "MainWindow.h"
#include "PageUnderTest.h"
#include "PeerThatLeaves.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <ctime>
#include <memory>

#include <unistd.h>

using namespace sockscope;
using namespace sockscope::testing;

namespace {

// Whether the GUI thread keeps returning to its event loop: a 100 ms timer counts the turns. The bar
// is one turn per second of CPU time the GUI thread used (a tenth of the nominal rate): a frozen loop
// burns CPU without turning, while a machine too busy to run the thread at all lowers both, so load
// alone never fails the test.
class EventLoopProbe {
public:
    explicit EventLoopProbe(QObject* context)
    {
        QObject::connect(&timer_, &QTimer::timeout, context, [this] { ++ticks_; });
        cpuStartMs_ = threadCpuMs();
        timer_.start(100);
    }
    void stop() { timer_.stop(); cpuMs_ = threadCpuMs() - cpuStartMs_; }
    bool turned() const { return ticks_ >= std::max<qint64>(1, cpuMs_ / 1000); }
    QString report() const { return QStringLiteral("%1 ticks for %2 ms of GUI-thread CPU").arg(ticks_).arg(cpuMs_); }

private:
    static qint64 threadCpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
    }
    QTimer timer_;
    int ticks_ = 0;
    qint64 cpuStartMs_ = 0;
    qint64 cpuMs_ = 0;
};

} // namespace

class TestConsolePage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void connectAndEchoText();
    void hexModeBadInputNamesPosition();
    void escapesAndHexSent();
    void refusedInPlainWords();
    void disconnectGivesUpAConnect();
    void badSendtoTargetNamedAtItsField();
    void ctrlTOpensSession();
    void repeatedSendsStayResponsive();
    void endlessStreamNeverFreezes();
    void emptyChunksAreBoundedToo();
    void sendToAPeerThatLeftKeepsTheGuiAlive_data();
    void sendToAPeerThatLeftKeepsTheGuiAlive();
    void ourShutWrDisablesSend();
    void keyboardDisconnectKeepsFocusOnThePage();

private:
    ClientConsoleTab* tab() const { return page_->currentSession(); }
    void connectTab(ClientConsoleTab* t);
    QString transcriptText() const { return tab()->transcript()->editor()->toPlainText(); }
    static QString transcriptOf(ClientConsoleTab* t) { return t->transcript()->editor()->toPlainText(); }

    std::unique_ptr<MainWindow> window_;
    ClientConsolePage* page_ = nullptr;
    std::unique_ptr<EchoServerService> server_;
    int port_ = 0;
};

void TestConsolePage::initTestCase()
{
    useTestSettings("tst_consolepage");

    server_ = std::make_unique<EchoServerService>();
    QSignalSpy started(server_.get(), &EchoServerService::started);
    EchoConfig c;
    c.threads = 1;
    server_->start(c);
    QVERIFY(started.wait(10000));
    const auto r = started.at(0).at(0).value<EchoStartResult>();
    QVERIFY2(r.ok, r.message.c_str());
    port_ = r.bound.port();

    page_ = openPage<ClientConsolePage>(window_);
    QVERIFY(page_);
}

void TestConsolePage::cleanupTestCase()
{
    window_.reset();
    server_.reset();
    QSettings().clear();
}

void TestConsolePage::connectTab(ClientConsoleTab* t)
{
    t->protocolBox()->setCurrentIndex(0);
    t->hostField()->setText(QStringLiteral("127.0.0.1"));
    t->portField()->setText(QString::number(port_));
    QSignalSpy connected(t->service(), &ClientSessionService::connected);
    QTest::mouseClick(t->connectButton(), Qt::LeftButton);
    QVERIFY(connected.wait(10000));
    QVERIFY(t->isConnected());
}

void TestConsolePage::connectAndEchoText()
{
    connectTab(tab());
    QVERIFY(tab()->findChild<QLabel*>(QStringLiteral("consolePeer"))->text().endsWith(QString::number(port_)));
    tab()->sendModeBox()->setCurrentIndex(0);
    tab()->lineEndingBox()->setCurrentIndex(2); // CRLF
    QTest::keyClicks(tab()->sendField(), QStringLiteral("hello console"));
    QTest::keyClick(tab()->sendField(), Qt::Key_Return);
    QVERIFY(tab()->sendField()->text().isEmpty());
    // Sent, then received: both chunks in the transcript, CRLF visible.
    QTRY_VERIFY_WITH_TIMEOUT(transcriptText().count(QStringLiteral("hello console\\r\\n")) == 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(tab()->transcript()->receivedBytes(), qint64(15), 10000);
    // Up brings the message back from the history.
    QTest::keyClick(tab()->sendField(), Qt::Key_Up);
    QCOMPARE(tab()->sendField()->text(), QStringLiteral("hello console"));
    tab()->sendField()->clear();
}

void TestConsolePage::hexModeBadInputNamesPosition()
{
    tab()->sendModeBox()->setCurrentIndex(2); // hex
    tab()->sendField()->setText(QStringLiteral("48 65 6g"));
    const qint64 before = tab()->transcript()->sentBytes();
    QTest::mouseClick(tab()->sendButton(), Qt::LeftButton);
    const QString message = tab()->sendMessage()->text();
    QVERIFY2(message.contains(QStringLiteral("Position 8")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("“g”")), qPrintable(message));
    QVERIFY(tab()->sendMessage()->isVisible());
    QCOMPARE(tab()->sendField()->selectionStart(), 7); // the bad character is selected
    QCOMPARE(tab()->sendField()->text(), QStringLiteral("48 65 6g")); // kept for fixing
    QTest::qWait(200);
    QCOMPARE(tab()->transcript()->sentBytes(), before); // nothing sent

    tab()->sendField()->setText(QStringLiteral("48 65 6"));
    QTest::mouseClick(tab()->sendButton(), Qt::LeftButton);
    QVERIFY2(tab()->sendMessage()->text().contains(QStringLiteral("odd number")), qPrintable(tab()->sendMessage()->text()));
}

void TestConsolePage::escapesAndHexSent()
{
    tab()->transcript()->clear();
    tab()->viewBox()->setCurrentIndex(2); // text + hex
    tab()->sendModeBox()->setCurrentIndex(2);
    tab()->sendField()->setText(QStringLiteral("0x00, ff 41"));
    QTest::mouseClick(tab()->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab()->transcript()->receivedBytes(), qint64(3), 10000);
    QVERIFY2(transcriptText().contains(QStringLiteral("00000000  00 ff 41")), qPrintable(transcriptText()));
    QVERIFY(transcriptText().contains(QStringLiteral("\\0\\xffA")));

    // Valid UTF-8 that would show as a box (a zero-width space, a private-use character) is shown by
    // its bytes; a printable character as itself.
    tab()->sendField()->setText(QStringLiteral("c3 a9 e2 80 8b ee 80 80 42"));
    QTest::mouseClick(tab()->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab()->transcript()->receivedBytes(), qint64(12), 10000);
    QVERIFY2(transcriptText().contains(QStringLiteral("\u00e9\\xe2\\x80\\x8b\\xee\\x80\\x80B")),
             qPrintable(transcriptText()));

    tab()->sendModeBox()->setCurrentIndex(1); // escapes
    tab()->sendField()->setText(QStringLiteral("a\\tb\\x21"));
    QTest::mouseClick(tab()->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab()->transcript()->receivedBytes(), qint64(16), 10000);
    QVERIFY(transcriptText().contains(QStringLiteral("a\\tb!")));

    tab()->sendField()->setText(QStringLiteral("bad \\q"));
    QTest::mouseClick(tab()->sendButton(), Qt::LeftButton);
    QVERIFY2(tab()->sendMessage()->text().contains(QStringLiteral("Position 5")), qPrintable(tab()->sendMessage()->text()));
    tab()->sendField()->clear();
}

void TestConsolePage::refusedInPlainWords()
{
    ClientConsoleTab* t = page_->addSession();
    // A port that was just free: nothing listens there.
    t->hostField()->setText(QStringLiteral("127.0.0.1"));
    t->portField()->setText(QStringLiteral("1"));
    QSignalSpy connected(t->service(), &ClientSessionService::connected);
    t->connectSession();
    QVERIFY(connected.wait(10000));
    QVERIFY(!t->isConnected());
    const QString explanation = t->findChild<QLabel*>(QStringLiteral("consoleExplanation"))->text();
    QVERIFY2(explanation.contains(QStringLiteral("refused")) && explanation.contains(QStringLiteral("ECONNREFUSED")),
             qPrintable(explanation));
    QVERIFY(t->connectButton()->isEnabled());

    t->portField()->setText(QStringLiteral("70000"));
    t->connectSession();
    QVERIFY(t->findChild<QLabel*>(QStringLiteral("consolePortMessage"))->isVisible());
    page_->closeSession(page_->sessionCount() - 1);
}

// A server that never answers the handshake: Disconnect is there while connecting and gives up at once,
// instead of the user waiting out the timeout.
void TestConsolePage::disconnectGivesUpAConnect()
{
    const SilentListener silent = silentListener();
    ClientConsoleTab* t = page_->addSession();
    t->hostField()->setText(QStringLiteral("127.0.0.1"));
    t->portField()->setText(QString::number(silent.address.port()));
    t->findChild<QSpinBox*>(QStringLiteral("consoleTimeout"))->setValue(60000);
    QSignalSpy connected(t->service(), &ClientSessionService::connected);
    t->connectSession();
    if (connected.wait(300))
        QSKIP("this kernel answered a SYN to a full accept queue");
    auto* disconnect = t->findChild<QPushButton*>(QStringLiteral("consoleDisconnect"));
    QVERIFY(disconnect->isEnabled());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(disconnect, Qt::LeftButton);
    QVERIFY(connected.wait(10000));
    QVERIFY(clock.elapsed() < 10000);
    QVERIFY(!t->isConnected());
    QVERIFY(t->connectButton()->isEnabled());
    page_->closeSession(page_->sessionCount() - 1);
}

// A sendto target that is not an address: said beside the target field, and nothing is sent or lost.
void TestConsolePage::badSendtoTargetNamedAtItsField()
{
    ClientConsoleTab* t = page_->addSession();
    t->protocolBox()->setCurrentIndex(t->protocolBox()->findData(int(ClientTransport::Udp)));
    t->hostField()->setText(QStringLiteral("127.0.0.1"));
    t->portField()->setText(QString::number(port_));
    QSignalSpy connected(t->service(), &ClientSessionService::connected);
    t->connectSession();
    QVERIFY(connected.wait(10000));
    QVERIFY(t->isConnected());
    auto* target = t->findChild<QLineEdit*>(QStringLiteral("consoleTarget"));
    auto* message = t->findChild<QLabel*>(QStringLiteral("consoleTargetMessage"));
    QVERIFY(target && message);
    target->setText(QStringLiteral("not-an-address"));
    t->sendField()->setText(QStringLiteral("ping"));
    t->sendNow();
    QVERIFY(message->isVisible());
    QCOMPARE(t->sendField()->text(), QStringLiteral("ping")); // kept, not sent
    target->setText(QStringLiteral("[::1]:9"));
    QVERIFY(ClientSessionService::isValidTarget(target->text()));
    target->setText(QStringLiteral("127.0.0.1:9"));
    t->sendNow();
    QVERIFY(!message->isVisible());
    QVERIFY(t->sendField()->text().isEmpty());
    page_->closeSession(page_->sessionCount() - 1);
}

void TestConsolePage::ctrlTOpensSession()
{
    const int before = page_->sessionCount();
    tab()->sendField()->setFocus();
    QTest::keyClick(tab()->sendField(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(page_->sessionCount(), before + 1);
    page_->closeSession(page_->sessionCount() - 1);
    QCOMPARE(page_->sessionCount(), before);
}

void TestConsolePage::repeatedSendsStayResponsive()
{
    // 2000 x 1 KiB back to back through the echo server: the transcript gets them in batches and the
    // event loop keeps turning (a 100 ms timer is never late by seconds).
    tab()->transcript()->clear();
    tab()->viewBox()->setCurrentIndex(2);
    tab()->sendModeBox()->setCurrentIndex(0);
    tab()->lineEndingBox()->setCurrentIndex(0);
    tab()->findChild<QSpinBox*>(QStringLiteral("consoleRepeat"))->setValue(2000);
    tab()->sendField()->setText(QString(1024, QLatin1Char('x')));
    EventLoopProbe probe(this);
    tab()->sendNow();
    QTRY_COMPARE_WITH_TIMEOUT(tab()->transcript()->receivedBytes(), qint64(2000 * 1024), 60000);
    probe.stop();
    qInfo().noquote() << probe.report();
    QVERIFY2(probe.turned(), qPrintable(probe.report()));
    QVERIFY(tab()->transcript()->editor()->blockCount() <= 5000);

    // The same bytes as hex pages: 500 pages of 4 KiB, the last one shown, offsets from the start.
    tab()->viewBox()->setCurrentIndex(3);
    ConsoleTranscript* pages = tab()->transcript();
    QCOMPARE(pages->pageCount(), 500);
    QCOMPARE(pages->currentPage(), 499);
    QVERIFY(pages->findChild<QLabel*>(QStringLiteral("consolePageLabel"))->text().contains(QStringLiteral("500 of 500")));
    QTest::mouseClick(pages->findChild<QPushButton*>(QStringLiteral("consolePagePrevious")), Qt::LeftButton);
    QCOMPARE(pages->currentPage(), 498);
    QVERIFY2(pages->editor()->toPlainText().startsWith(QStringLiteral("001f2000  78 78")),
             qPrintable(pages->editor()->toPlainText().left(80)));
    QCOMPARE(pages->editor()->blockCount(), 256 + 1);
    tab()->viewBox()->setCurrentIndex(0);
    tab()->findChild<QSpinBox*>(QStringLiteral("consoleRepeat"))->setValue(1);
    tab()->disconnectSession();
    QTRY_VERIFY_WITH_TIMEOUT(!tab()->isConnected(), 10000);
}

void TestConsolePage::endlessStreamNeverFreezes()
{
    // socat pours /dev/zero into the connection as fast as it can, for a bounded 3 seconds.
    const QString socat = QStandardPaths::findExecutable(QStringLiteral("socat"));
    if (socat.isEmpty())
        QSKIP("socat is needed for the endless stream");
    const QString path = QStringLiteral("/tmp/sockscope-tst-console-%1.sock").arg(getpid());
    ::unlink(path.toLocal8Bit().constData());
    QProcess peer;
    peer.start(socat, {QStringLiteral("-u"), QStringLiteral("/dev/zero"), QStringLiteral("UNIX-LISTEN:%1").arg(path)});
    QVERIFY(peer.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);

    ClientConsoleTab* t = page_->addSession();
    t->protocolBox()->setCurrentIndex(2); // unix stream
    t->pathField()->setText(path);
    t->viewBox()->setCurrentIndex(2);     // text + hex: the heaviest view
    QSignalSpy connected(t->service(), &ClientSessionService::connected);
    t->connectSession();
    QVERIFY(connected.wait(10000));
    QVERIFY(t->isConnected());

    // As above: the event loop keeps turning while the stream pours in.
    EventLoopProbe probe(this);
    QTest::qWait(3000);
    probe.stop();
    QVERIFY(t->transcript()->receivedBytes() > 0);
    qInfo().noquote() << probe.report();
    QVERIFY2(probe.turned(), qPrintable(probe.report()));
    QVERIFY(t->transcript()->editor()->blockCount() <= 5000);
    page_->closeSession(page_->indexOf(t));
    peer.kill();
    peer.waitForFinished(5000);
    ::unlink(path.toLocal8Bit().constData());
}

// 200,000 empty datagrams (or one-byte reads) must not grow the transcript without end: every entry
// counts against the limit, not only its bytes.
void TestConsolePage::emptyChunksAreBoundedToo()
{
    ConsoleTranscript transcript;
    transcript.setView(ConsoleTranscript::View::Pages); // the accounting, without drawing 200,000 lines
    QList<ClientChunk> batch;
    for (int i = 0; i < 1000; ++i) {
        ClientChunk c;
        c.timeUs = i;
        batch << c;
    }
    for (int round = 0; round < 200; ++round)
        transcript.append(batch);
    QVERIFY2(transcript.keptEntries() <= (4 << 20) / 128, qPrintable(QString::number(transcript.keptEntries())));
    QVERIFY(transcript.keptEntries() > 1000);
}

void TestConsolePage::sendToAPeerThatLeftKeepsTheGuiAlive_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("peer closed") << false;
    QTest::newRow("peer reset") << true;
}

// The crash a new user met: Send on a connection whose peer has gone ended the GUI by SIGPIPE. Now the
// page says what happened, SIGPIPE included, and Send is disabled with the reason.
void TestConsolePage::sendToAPeerThatLeftKeepsTheGuiAlive()
{
    QFETCH(bool, reset);
    makeSigpipeFatal(); // so that a SIGPIPE let through would end the test
    UniqueFd listener(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    SocketAddress a;
    SocketAddress::fromNumeric("127.0.0.1", 0, a);
    QCOMPARE(bind(listener.get(), a.get(), a.length), 0);
    QCOMPARE(listen(listener.get(), 1), 0);
    a = localAddressOf(listener.get(), false);

    ClientConsoleTab* t = page_->addSession();
    t->protocolBox()->setCurrentIndex(0);
    t->hostField()->setText(QStringLiteral("127.0.0.1"));
    t->portField()->setText(QString::number(a.port()));
    QSignalSpy connected(t->service(), &ClientSessionService::connected);
    QTest::mouseClick(t->connectButton(), Qt::LeftButton);
    QVERIFY(connected.wait(10000));
    UniqueFd peer(accept(listener.get(), nullptr, nullptr));
    QVERIFY(peer.valid());
    leave(peer, reset ? PeerLeaves::Resets : PeerLeaves::Closes);

    t->sendModeBox()->setCurrentIndex(0);
    auto* explanation = t->findChild<QLabel*>(QStringLiteral("consoleExplanation"));
    for (int i = 0; i < 100 && t->sendButton()->isEnabled(); ++i) {
        t->sendField()->setText(QStringLiteral("ping"));
        QTest::mouseClick(t->sendButton(), Qt::LeftButton);
        QTest::qWait(20);
    }
    QTRY_VERIFY(!t->sendButton()->isEnabled());
    QVERIFY(t->isConnected());
    QVERIFY2(t->sendButton()->toolTip().contains(QStringLiteral("EPIPE")), qPrintable(t->sendButton()->toolTip()));
    QVERIFY2(transcriptOf(t).contains(QStringLiteral("SIGPIPE")), qPrintable(transcriptOf(t)));
    QVERIFY(!explanation->text().isEmpty());
    QVERIFY(sigpipeIsFatalHere());
    t->disconnectSession();
    QTRY_VERIFY(!t->isConnected());
    QVERIFY(t->connectButton()->isEnabled());
    page_->closeSession(page_->indexOf(t));
}

void TestConsolePage::ourShutWrDisablesSend()
{
    ClientConsoleTab* t = page_->addSession();
    connectTab(t);
    QVERIFY(t->sendButton()->isEnabled());
    auto* shutWr = t->findChild<QPushButton*>(QStringLiteral("consoleShutWr"));
    QVERIFY(shutWr);
    QTest::mouseClick(shutWr, Qt::LeftButton);
    QTRY_VERIFY(!t->sendButton()->isEnabled());
    QVERIFY(t->sendButton()->toolTip().contains(QStringLiteral("SHUT_WR")));
    // The echo server answers our FIN with its own: the note must not claim we can still send.
    QTRY_VERIFY_WITH_TIMEOUT(transcriptOf(t).contains(QStringLiteral("recv() returned 0")), 10000);
    QVERIFY(!transcriptOf(t).contains(QStringLiteral("We can still send")));
    t->disconnectSession();
    QTRY_VERIFY(!t->isConnected());
    page_->closeSession(page_->indexOf(t));
}

QTEST_MAIN(TestConsolePage)
#include "tst_consolepage.moc"

// Disconnect pressed from the keyboard disables itself: the focus moves on to the next field of the
// page (not to the sidebar or nowhere), so the user can go on with the keys alone.
void TestConsolePage::keyboardDisconnectKeepsFocusOnThePage()
{
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    ClientConsoleTab* t = page_->addSession();
    connectTab(t);
    auto* disconnect = t->findChild<QPushButton*>(QStringLiteral("consoleDisconnect"));
    QVERIFY(disconnect->isEnabled());
    disconnect->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), disconnect);
    QTest::keyClick(disconnect, Qt::Key_Space);
    QTRY_VERIFY(!t->isConnected());
    QTRY_VERIFY(!disconnect->isEnabled());
    QWidget* now = QApplication::focusWidget();
    QVERIFY2(now && now != disconnect && page_->isAncestorOf(now), now ? now->metaObject()->className() : "nothing");
    page_->closeSession(page_->sessionCount() - 1);
}
