// The Server console page offscreen: start listening, a python3 client connects and sends, the
// transcript shows it, a reply typed in the page reaches the client; port 99999 and a bad path are
// reported beside their fields; a thousand clients connected at once leave the GUI responsive (the
// event loop's stall p99 and the memory are printed, not asserted tightly). Grabs are saved for a look.
#include "AutoReplyEditor.h"
#include "ConsoleTranscript.h"
#include "PageUnderTest.h"
#include "ServerConsolePage.h"
#include "ServerPeerModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace sockscope;
using namespace sockscope::testing;

namespace {

const char* clientScript = R"PY(
import socket, sys
h, p = sys.argv[1].rsplit(':', 1)
s = socket.create_connection((h, int(p)), timeout=15)
s.send(sys.argv[2].encode())
want = int(sys.argv[3])
got = b''
try:
    while len(got) < want:
        d = s.recv(4096)
        if not d:
            break
        got += d
except socket.timeout:
    pass
print(got.hex())
)PY";

// Opens `n` connections, each sends one line, then holds them until stdin closes (60 s at most).
const char* crowdScript = R"PY(
import socket, sys, select
h, p = sys.argv[1].rsplit(':', 1)
n = int(sys.argv[2])
socks = []
for i in range(n):
    s = socket.create_connection((h, int(p)), timeout=15)
    s.send(b'hello from client %d\n' % i)
    socks.append(s)
print('connected', flush=True)
select.select([sys.stdin], [], [], 60)
for s in socks:
    s.close()
)PY";

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// The GUI thread's event loop, measured by a 10 ms timer: how late each tick came.
class StallProbe {
public:
    explicit StallProbe(QObject* context)
    {
        QObject::connect(&timer_, &QTimer::timeout, context, [this] {
            const qint64 now = clock_.nsecsElapsed();
            if (last_ >= 0)
                lateMs_.push_back(std::max<qint64>(0, (now - last_) / 1000000 - 10));
            last_ = now;
        });
        clock_.start();
        timer_.start(10);
    }
    void stop() { timer_.stop(); }
    qint64 percentile(double p) const
    {
        if (lateMs_.empty())
            return -1;
        std::vector<qint64> v = lateMs_;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, static_cast<std::size_t>(p * double(v.size())))];
    }
    qint64 worst() const { return lateMs_.empty() ? -1 : *std::max_element(lateMs_.begin(), lateMs_.end()); }
    std::size_t ticks() const { return lateMs_.size(); }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 last_ = -1;
    std::vector<qint64> lateMs_;
};

} // namespace

class TestServerConsolePage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void clientTranscriptAndReply();
    void autoReplyFromThePage();
    void errorsBesideTheFields();
    void manualAcceptShowsTheBacklog();
    void multicastFromThePage();
    void thousandClients();
    void cleanupTestCase();

private:
    QString start();
    void stop();
    void grab(const QString& name);
    std::unique_ptr<MainWindow> window_;
    ServerConsolePage* page_ = nullptr;
    QString python_;
};

void TestServerConsolePage::initTestCase()
{
    useTestSettings("tst_serverconsolepage");
    python_ = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QVERIFY(!python_.isEmpty());
    page_ = openPage<ServerConsolePage>(window_);
    QVERIFY(page_);
    window_->resize(1280, 820);
}

void TestServerConsolePage::cleanupTestCase() { window_.reset(); }

void TestServerConsolePage::grab(const QString& name)
{
    const QString path = QDir(QDir::tempPath()).filePath(QStringLiteral("tst_serverconsolepage-%1.png").arg(name));
    QVERIFY(window_->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QString TestServerConsolePage::start()
{
    retype(page_->portField(), QStringLiteral("0"));
    page_->startButton()->click();
    if (!QTest::qWaitFor([this] { return page_->service()->isListening(); }, 10000))
        return {};
    const QString bound = page_->boundLabel()->text();
    return bound.section(QLatin1Char(' '), 0, 0);
}

void TestServerConsolePage::stop()
{
    page_->stopButton()->click();
    QTRY_VERIFY(!page_->service()->isListening());
    QTRY_VERIFY(page_->startButton()->isEnabled());
}

void TestServerConsolePage::clientTranscriptAndReply()
{
    const QString addr = start();
    QVERIFY2(addr.startsWith(QLatin1String("127.0.0.1:")), qPrintable(addr));
    QProcess client;
    client.start(python_, {QStringLiteral("-c"), QString::fromLatin1(clientScript), addr,
                           QStringLiteral("hello from python\n"), QStringLiteral("7")});
    QVERIFY(client.waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(page_->peerModel()->rowCount(), 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(page_->transcript()->editor()->toPlainText().contains(QLatin1String("hello from python")),
                             15000);
    QCOMPARE(page_->selectedPeer(), page_->peerModel()->peerAt(0)->id);
    page_->sendModeBox()->setCurrentIndex(1); // C escapes
    retype(page_->sendField(), QStringLiteral("thanks\\n"));
    QTest::keyClick(page_->sendField(), Qt::Key_Return);
    QVERIFY(client.state() == QProcess::NotRunning || client.waitForFinished(15000));
    QCOMPARE(QByteArray::fromHex(client.readAllStandardOutput().trimmed()), QByteArray("thanks\n"));
    QTRY_VERIFY(page_->transcript()->editor()->toPlainText().contains(QLatin1String("thanks")));
    QTRY_VERIFY(page_->peerModel()->peerAt(0)->eofSeen); // the client exited: its FIN
    QTRY_VERIFY(page_->peerModel()->data(page_->peerModel()->index(0, ServerPeerModel::State), Qt::DisplayRole)
                    .toString()
                    .contains(QLatin1String("EOF")));
    grab(QStringLiteral("client"));
    // A bad escape is pointed at beside the send field; nothing is sent.
    retype(page_->sendField(), QStringLiteral("bad\\q"));
    QTest::keyClick(page_->sendField(), Qt::Key_Return);
    QTRY_VERIFY(page_->sendField()->parentWidget()->findChild<QLabel*>()->isVisible());
    page_->sendModeBox()->setCurrentIndex(0);
    stop();
    QCOMPARE(page_->peerModel()->rowCount(), 0);
}

void TestServerConsolePage::autoReplyFromThePage()
{
    AutoReplyEditor* editor = page_->autoReplyEditor();
    editor->setRules({{AutoReplyRule::Match::Regex, QStringLiteral("^PING (\\w+"), AutoReplyRule::Reply::Escapes,
                       QStringLiteral("PONG \\1\\r\\n"), 0, true}});
    QVERIFY(editor->messageLabel()->isVisibleTo(editor));
    QVERIFY2(editor->messageLabel()->text().contains(QLatin1String("Position 11")), qPrintable(editor->messageLabel()->text()));
    editor->table()->item(0, AutoReplyEditor::Pattern)->setText(QStringLiteral("^PING (\\w+)"));
    QVERIFY(!editor->messageLabel()->isVisibleTo(editor));
    const QString addr = start();
    QProcess client;
    client.start(python_, {QStringLiteral("-c"), QString::fromLatin1(clientScript), addr, QStringLiteral("PING abc\n"),
                           QStringLiteral("10")});
    QVERIFY(client.waitForStarted(10000));
    QVERIFY(client.waitForFinished(20000));
    QCOMPARE(QByteArray::fromHex(client.readAllStandardOutput().trimmed()), QByteArray("PONG abc\r\n"));
    QTRY_VERIFY(page_->transcript()->editor()->toPlainText().contains(QLatin1String("auto-reply (rule 1)")));
    editor->setRules({});
    stop();
}

void TestServerConsolePage::errorsBesideTheFields()
{
    retype(page_->portField(), QStringLiteral("99999"));
    page_->startButton()->click();
    QVERIFY(page_->portMessage()->isVisible());
    QVERIFY2(page_->portMessage()->text().contains(QLatin1String("65535")), qPrintable(page_->portMessage()->text()));
    QVERIFY(!page_->service()->isListening());
    grab(QStringLiteral("port-error"));
    retype(page_->addressField(), QStringLiteral("not-an-address"));
    retype(page_->portField(), QStringLiteral("0"));
    page_->startButton()->click();
    QTRY_VERIFY(page_->addressMessage()->isVisible());
    QVERIFY2(page_->addressMessage()->text().contains(QLatin1String("not-an-address")),
             qPrintable(page_->addressMessage()->text()));
    retype(page_->addressField(), QStringLiteral("127.0.0.1"));
    page_->protocolBox()->setCurrentIndex(2); // unix stream
    retype(page_->pathField(), QStringLiteral("/nonexistent-dir/server.sock"));
    page_->startButton()->click();
    QTRY_VERIFY(page_->pathMessage()->isVisible());
    QVERIFY2(page_->pathMessage()->text().contains(QLatin1String("ENOENT")), qPrintable(page_->pathMessage()->text()));
    QVERIFY(!page_->service()->isListening());
    grab(QStringLiteral("path-error"));
    page_->protocolBox()->setCurrentIndex(0);
}

void TestServerConsolePage::manualAcceptShowsTheBacklog()
{
    page_->acceptBox()->setCurrentIndex(1); // by hand
    const QString addr = start();
    QVERIFY(!addr.isEmpty());
    QProcess client;
    client.start(python_, {QStringLiteral("-c"), QString::fromLatin1(clientScript), addr, QStringLiteral("knock\n"),
                           QStringLiteral("3")});
    QVERIFY(client.waitForStarted(10000));
    // The kernel has completed the handshake; the connection waits in the listener's Recv-Q.
    QTRY_VERIFY_WITH_TIMEOUT(page_->pendingLabel()->text().startsWith(QLatin1String("1 ")), 15000);
    QCOMPARE(page_->peerModel()->rowCount(), 0);
    grab(QStringLiteral("waiting"));
    page_->acceptButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(page_->peerModel()->rowCount(), 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(page_->pendingLabel()->text().startsWith(QLatin1String("0 ")), 15000);
    QTRY_VERIFY(page_->transcript()->editor()->toPlainText().contains(QLatin1String("knock")));
    page_->sendModeBox()->setCurrentIndex(0);
    retype(page_->sendField(), QStringLiteral("in"));
    QTest::keyClick(page_->sendField(), Qt::Key_Return);
    QVERIFY(client.state() == QProcess::NotRunning || client.waitForFinished(15000));
    QCOMPARE(QByteArray::fromHex(client.readAllStandardOutput().trimmed()), QByteArray("in\r\n"));
    page_->acceptBox()->setCurrentIndex(0);
    stop();
}

void TestServerConsolePage::multicastFromThePage()
{
    if (!qEnvironmentVariableIsSet("SOCKSCOPE_TEST_MULTICAST"))
        QSKIP("needs a loopback that carries multicast: tests/netns/with-multicast-lo.sh (tst_serverconsolepage_multicast)");
    page_->protocolBox()->setCurrentIndex(1); // UDP
    retype(page_->addressField(), QStringLiteral("0.0.0.0"));
    const QString addr = start();
    QVERIFY(!addr.isEmpty());
    const QString port = addr.section(QLatin1Char(':'), -1);
    retype(childNamed<QLineEdit>(page_, "serverGroup"), QStringLiteral("239.1.2.3"));
    childNamed<QPushButton>(page_, "serverJoin")->click();
    QTRY_COMPARE(page_->groupList()->count(), 1);
    QVERIFY(page_->groupList()->item(0)->text().startsWith(QLatin1String("239.1.2.3")));
    // SO_BROADCAST on the bound socket from its check box, read back by getsockopt.
    QSignalSpy broadcast(page_->service(), &ServerConsoleService::broadcastChanged);
    page_->broadcastBox()->click();
    QTRY_COMPARE(broadcast.size(), 1);
    QCOMPARE(broadcast.at(0).at(0).toInt(), 1);
    QVERIFY(page_->broadcastBox()->isChecked());
    for (auto* tabs : page_->findChildren<QTabWidget*>())
        if (tabs->indexOf(page_->broadcastBox()->parentWidget()) >= 0)
            tabs->setCurrentWidget(page_->broadcastBox()->parentWidget());
    grab(QStringLiteral("multicast-tab"));
    const char* sender = R"PY(
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 1)
s.sendto(b'to the group\n', ('239.1.2.3', int(sys.argv[1])))
)PY";
    QProcess p;
    p.start(python_, {QStringLiteral("-c"), QString::fromLatin1(sender), port});
    QVERIFY(p.waitForFinished(15000));
    QTRY_COMPARE_WITH_TIMEOUT(page_->peerModel()->rowCount(), 1, 15000);
    QTRY_VERIFY(page_->transcript()->editor()->toPlainText().contains(QLatin1String("to the group")));
    grab(QStringLiteral("multicast"));
    page_->groupList()->setCurrentRow(0); // fills in the fields for Leave
    childNamed<QPushButton>(page_, "serverLeave")->click();
    QTRY_COMPARE(page_->groupList()->count(), 0);
    stop();
    retype(page_->addressField(), QStringLiteral("127.0.0.1"));
    page_->protocolBox()->setCurrentIndex(0);
}

void TestServerConsolePage::thousandClients()
{
    constexpr int clients = 1000;
    const QString addr = start();
    QVERIFY(!addr.isEmpty());
    const qint64 rssBefore = rssKiB();
    StallProbe probe(this);
    QElapsedTimer clock;
    clock.start();
    QProcess crowd;
    crowd.start(python_, {QStringLiteral("-c"), QString::fromLatin1(crowdScript), addr, QString::number(clients)});
    QVERIFY(crowd.waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(page_->peerModel()->rowCount(), clients, 90000);
    const qint64 joinedMs = clock.elapsed();
    // Their lines arrive too, and the send box answers them all.
    QTRY_VERIFY_WITH_TIMEOUT(page_->peerModel()->peerAt(clients - 1)->bytesIn > 0, 30000);
    QComboBox* to = childNamed<QComboBox>(page_, "serverSendTo");
    to->setCurrentIndex(1);
    retype(page_->sendField(), QStringLiteral("hello everyone"));
    QTest::keyClick(page_->sendField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(page_->peerModel()->peerAt(clients - 1)->bytesOut > 0, 30000);
    to->setCurrentIndex(0);
    // Selecting another client shows its transcript.
    page_->selectPeer(page_->peerModel()->peerAt(clients / 2)->id);
    QTRY_VERIFY(page_->transcript()->editor()->toPlainText().contains(QStringLiteral("client %1").arg(clients / 2)));
    QTest::qWait(500);
    probe.stop();
    const qint64 rssAfter = rssKiB();
    grab(QStringLiteral("thousand"));
    qInfo("%d clients: all in the list after %lld ms; GUI event-loop lateness over %zu ticks of a 10 ms timer: p50 "
          "%lld ms, p99 %lld ms, worst %lld ms; RSS %lld KiB before, %lld KiB after (+%lld KiB)",
          clients, joinedMs, probe.ticks(), probe.percentile(0.5), probe.percentile(0.99), probe.worst(), rssBefore,
          rssAfter, rssAfter - rssBefore);
    QVERIFY(probe.ticks() > 10); // the loop kept turning; the figures above are for reading, not a bound
    crowd.closeWriteChannel();
    QVERIFY(crowd.state() == QProcess::NotRunning || crowd.waitForFinished(30000));
    stop();
}

QTEST_MAIN(TestServerConsolePage)
#include "tst_serverconsolepage.moc"
