// The echo server page in a real main window, driven as a user would: Start on port 0, the bound
// port read from the status line, a real client exchanging 1000 bytes, the row with its bytes, a
// reset from the page that the client sees as ECONNRESET, a bad bind address marked next to its
// field, Stop, the keyboard shortcuts, a stale unix socket file offered for removal, two servers in
// two tabs at once, and a bounded log. The snapshots arrive 4 times a second, hence QTRY_* with
// generous timeouts.

#include "ClientConsolePage.h"
#include "ClientConsoleTab.h"
#include "EchoClient.h"
#include "EchoConnectionModel.h"
#include "EchoLogModel.h"
#include "EchoServerForm.h"
#include "EchoServerPage.h"
#include "EchoServerTab.h"
#include "EchoTotalsView.h"
#include "ThroughputPlot.h"
#include "MainWindow.h"
#include "EchoTabUnderTest.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <sys/socket.h>
#include <sys/un.h>

#include <memory>

using namespace sockscope;
using namespace sockscope::testing;

class TestEchoPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void startShowsBoundPort();
    void rowShowsBytes();
    void resetFromThePage();
    void connectAConsoleToTheServer();
    void stopClosesTheServer();
    void badBindAddress();
    void shortcutsStartAndStop();
    void staleSocketFileOffered();
    void twoTabsTwoServers();
    void logIsBounded();
    void inputsRemembered();
    void datagramTotalsHaveNoConnections();
    void plotLabelsFitTheirSpace_data();
    void plotLabelsFitTheirSpace();

private:
    EchoServerTab* tab(int index) const { return page_->server(index); }
    template <typename T>
    static T* child(QWidget* parent, const char* name)
    {
        return childNamed<T>(parent, name);
    }
    static QPushButton* actionButton(EchoServerTab* t, const char* action);
    // Clicks Start on the tab (made current first) and waits until it listens; returns the port
    // read from the status line, or 0.
    int startByClick(int index);
    static int portFromStatus(EchoServerTab* t);
    static UniqueFd connectToPort(int port);

    std::unique_ptr<MainWindow> window_;
    EchoServerPage* page_ = nullptr;
    int port_ = 0;
    UniqueFd client_;
};

void TestEchoPage::initTestCase()
{
    useTestSettings("tst_echopage"); // never the user's own settings
    page_ = openPage<EchoServerPage>(window_);
    QVERIFY(page_);
    QCOMPARE(page_->serverCount(), 1);
}

void TestEchoPage::cleanupTestCase()
{
    client_.reset();
    window_.reset();
    QSettings().clear();
}

QPushButton* TestEchoPage::actionButton(EchoServerTab* t, const char* action)
{
    for (QPushButton* b : t->findChildren<QPushButton*>(QStringLiteral("echoConnectionActionButton")))
        if (b->property("action").toString() == QLatin1String(action))
            return b;
    qFatal("no button for %s", action);
    return nullptr;
}

int TestEchoPage::portFromStatus(EchoServerTab* t)
{
    const QString status = child<QLabel>(t, "echoStatusLabel")->text();
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("[Ll]istening on 127\\.0\\.0\\.1:(\\d+)")).match(status);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

int TestEchoPage::startByClick(int index)
{
    auto* tabs = child<QTabWidget>(page_, "echoServerTabs");
    tabs->setCurrentIndex(index);
    EchoServerTab* t = tab(index);
    return testing::startByClick(t) ? portFromStatus(t) : 0;
}

UniqueFd TestEchoPage::connectToPort(int port)
{
    SocketAddress a;
    if (!SocketAddress::fromNumeric("127.0.0.1", port, a))
        return UniqueFd();
    return connectTo(a);
}

void TestEchoPage::startShowsBoundPort()
{
    EchoServerTab* t = tab(0);
    QVERIFY(!t->isRunning());
    QCOMPARE(child<QLineEdit>(t, "echoPortEdit")->text(), QStringLiteral("0"));
    QCOMPARE(child<QLineEdit>(t, "echoBindEdit")->text(), QStringLiteral("127.0.0.1"));
    port_ = startByClick(0);
    QVERIFY2(port_ > 0, qPrintable(child<QLabel>(t, "echoStatusLabel")->text()));
    QCOMPARE(port_, t->boundPort());
    // The chosen port is also shown beside the port field, and the form is read-only while it runs.
    QVERIFY(child<QLabel>(t, "echoBoundPortLabel")->text().contains(QString::number(port_)));
    QVERIFY(!child<QLineEdit>(t, "echoPortEdit")->isEnabled());
    QVERIFY(!child<QPushButton>(t, "echoStartButton")->isEnabled());
    QVERIFY(child<QPushButton>(t, "echoStopButton")->isEnabled());
    // The tab is named after the address, and the log says where it listens.
    auto* tabs = child<QTabWidget>(page_, "echoServerTabs");
    QVERIFY(tabs->tabText(0).contains(QString::number(port_)));
    QTRY_VERIFY_WITH_TIMEOUT(t->logModel()->rowCount() > 0, 10000);
    QVERIFY(t->logModel()->text(0).contains(QStringLiteral("listening on")));
}

void TestEchoPage::rowShowsBytes()
{
    QVERIFY(port_ > 0);
    client_ = connectToPort(port_);
    QVERIFY(client_);
    const std::string payload = pattern(1000);
    QVERIFY(sendAll(client_.get(), payload));
    QCOMPARE(receiveExactly(client_.get(), payload.size()), payload);

    EchoServerTab* t = tab(0);
    EchoConnectionModel* model = t->connectionModel();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1 && model->connection(0).bytesIn == 1000
                                 && model->connection(0).bytesOut == 1000,
                             15000);
    // What the user reads: the table's text through the sorting proxy, and the totals.
    QTableView* view = t->connectionView();
    const QString thousand = QLocale().toString(1000);
    QCOMPARE(view->model()->index(0, EchoConnectionModel::BytesInColumn).data().toString(), thousand);
    QCOMPARE(view->model()->index(0, EchoConnectionModel::BytesOutColumn).data().toString(), thousand);
    QVERIFY(view->model()->index(0, EchoConnectionModel::LocalColumn).data().toString().endsWith(
        QStringLiteral(":%1").arg(port_)));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(t, "echoTotalBytesIn")->text().startsWith(thousand), 10000);
    QVERIFY(child<QLabel>(t, "echoTotalBytesOut")->text().startsWith(thousand));
    QCOMPARE(child<QLabel>(t, "echoTotalCurrent")->text(), QStringLiteral("1"));
    QTRY_VERIFY_WITH_TIMEOUT(([t] {
                                 for (int r = 0; r < t->logModel()->rowCount(); ++r)
                                     if (t->logModel()->text(r).startsWith(QStringLiteral("connected from")))
                                         return true;
                                 return false;
                             }()),
                             10000);
}

void TestEchoPage::resetFromThePage()
{
    EchoServerTab* t = tab(0);
    QTableView* view = t->connectionView();
    QPushButton* reset = actionButton(t, "echoResetAction");
    QVERIFY(!reset->isEnabled()); // nothing selected yet
    QVERIFY(!reset->toolTip().isEmpty());
    view->selectRow(0);
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);

    // The server closed with SO_LINGER {1, 0}: an RST, so the client's recv fails with ECONNRESET.
    char ch;
    ssize_t n;
    do
        n = ::recv(client_.get(), &ch, 1, 0);
    while (n < 0 && errno == EINTR);
    const int err = errno;
    QCOMPARE(n, ssize_t(-1));
    QCOMPARE(err, ECONNRESET);
    client_.reset();
    QTRY_COMPARE_WITH_TIMEOUT(t->connectionModel()->rowCount(), 0, 10000);
    QVERIFY(!reset->isEnabled());
}

// "Connect a console" opens the client console on a session connected to this server, which echoes.
void TestEchoPage::connectAConsoleToTheServer()
{
    EchoServerTab* t = tab(0);
    auto* button = child<QPushButton>(t, "echoConsoleButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto* console = qobject_cast<ClientConsolePage*>(window_->page(window_->currentPageIndex()));
    QVERIFY2(console, "the client console did not open");
    ClientConsoleTab* session = console->currentSession();
    QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 10000);
    QCOMPARE(session->portField()->text(), QString::number(port_));
    QTRY_COMPARE_WITH_TIMEOUT(t->connectionModel()->rowCount(), 1, 10000);
    console->closeSession(console->indexOf(session));
    QTRY_COMPARE_WITH_TIMEOUT(t->connectionModel()->rowCount(), 0, 10000);
    for (int i = 0; i < window_->pageCount(); ++i)
        if (window_->page(i) == page_)
            window_->showPage(i);
}

void TestEchoPage::stopClosesTheServer()
{
    EchoServerTab* t = tab(0);
    QTest::mouseClick(child<QPushButton>(t, "echoStopButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(t->state() == EchoServerTab::State::Idle, 10000);
    QVERIFY(child<QLabel>(t, "echoStatusLabel")->text().contains(QStringLiteral("Stopped")));
    QCOMPARE(child<QLabel>(t, "echoTotalTotal")->text(), QStringLiteral("2")); // the client and the console
    QVERIFY(child<QLineEdit>(t, "echoPortEdit")->isEnabled());
    QVERIFY(child<QPushButton>(t, "echoStartButton")->isEnabled());
    QVERIFY(!connectToPort(port_)); // nobody listens any more
    QVERIFY(!child<QPushButton>(t, "echoConsoleButton")->isEnabled()); // nothing to connect a console to
}

void TestEchoPage::badBindAddress()
{
    EchoServerTab* t = tab(0);
    auto* bind = child<QLineEdit>(t, "echoBindEdit");
    auto* message = child<QLabel>(t, "echoBindEditMessage");
    retype(bind, QStringLiteral("127.0.0.256"));
    QTest::mouseClick(child<QPushButton>(t, "echoStartButton"), Qt::LeftButton);
    // The message is next to the field, in core's words, and the server does not start.
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("127.0.0.256")), qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("inet_pton")));
    QCOMPARE(t->state(), EchoServerTab::State::Idle);
    QTest::qWait(2 * EchoServerService::snapshotIntervalMs);
    QCOMPARE(t->state(), EchoServerTab::State::Idle);
    QVERIFY(child<QLabel>(t, "echoStatusLabel")->text().contains(QStringLiteral("Not started")));

    // A host name is not a numeric address either; a bad port is marked beside the port.
    retype(bind, QStringLiteral("localhost"));
    retype(child<QLineEdit>(t, "echoPortEdit"), QStringLiteral("70000"));
    QTest::mouseClick(child<QPushButton>(t, "echoStartButton"), Qt::LeftButton);
    QVERIFY(message->isVisible());
    QVERIFY(child<QLabel>(t, "echoPortEditMessage")->isVisible());
    QVERIFY(child<QLabel>(t, "echoPortEditMessage")->text().contains(QStringLiteral("70000")));
    QCOMPARE(t->state(), EchoServerTab::State::Idle);

    // Corrected, the marks go away as the user types.
    retype(bind, QStringLiteral("127.0.0.1"));
    retype(child<QLineEdit>(t, "echoPortEdit"), QStringLiteral("0"));
    QVERIFY(!message->isVisible());
    QVERIFY(!child<QLabel>(t, "echoPortEditMessage")->isVisible());

    // A wildcard address is allowed, with a warning that other machines can reach the server.
    retype(bind, QStringLiteral("0.0.0.0"));
    QTest::keyClick(bind, Qt::Key_Tab);
    QTRY_VERIFY(child<QWidget>(t, "echoExposureWarning")->isVisible());
    retype(bind, QStringLiteral("127.0.0.1"));
    QTest::keyClick(bind, Qt::Key_Tab);
    QTRY_VERIFY(!child<QWidget>(t, "echoExposureWarning")->isVisible());
}

void TestEchoPage::shortcutsStartAndStop()
{
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    EchoServerTab* t = tab(0);
    // From a field that has no Return action of its own: the page's shortcut starts the server.
    auto* transport = child<QComboBox>(t, "echoTransportCombo");
    transport->setFocus();
    QTest::keyClick(transport, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(t->isRunning(), 10000);
    const int p = portFromStatus(t);
    QVERIFY(p > 0);
    UniqueFd fd = connectToPort(p);
    QVERIFY(fd);
    QVERIFY(sendAll(fd.get(), "hello"));
    QCOMPARE(receiveExactly(fd.get(), 5), std::string("hello"));
    t->connectionView()->setFocus();
    QTest::keyClick(t->connectionView(), Qt::Key_Period, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(t->state() == EchoServerTab::State::Idle, 10000);
    // Stopping closed the connection: the client reads EOF.
    bool eof = false;
    receiveUntilEof(fd.get(), &eof);
    QVERIFY(eof);
}

void TestEchoPage::staleSocketFileOffered()
{
    // A socket file left behind by a server that died: bound, never unlinked, closed.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("stale.sock"));
    {
        SocketAddress a;
        QVERIFY(SocketAddress::fromUnixPath(path.toStdString(), a));
        UniqueFd fd(::socket(AF_UNIX, SOCK_STREAM, 0));
        QVERIFY(fd);
        QCOMPARE(::bind(fd.get(), a.get(), a.length), 0);
    }
    EchoServerTab* t = tab(0);
    auto* transport = child<QComboBox>(t, "echoTransportCombo");
    transport->setCurrentIndex(transport->findData(static_cast<int>(EchoTransport::UnixStream)));
    QVERIFY(child<QLineEdit>(t, "echoPathEdit")->isVisibleTo(t));
    QVERIFY(!child<QLineEdit>(t, "echoBindEdit")->isVisibleTo(t));
    retype(child<QLineEdit>(t, "echoPathEdit"), path);
    QTest::mouseClick(child<QPushButton>(t, "echoStartButton"), Qt::LeftButton);
    auto* retry = child<QPushButton>(t, "echoRetryRemoveStaleButton");
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
    QCOMPARE(t->state(), EchoServerTab::State::Idle);
    QVERIFY(child<QLabel>(t, "echoStatusLabel")->text().contains(QStringLiteral("stale")));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(t->isRunning(), 10000);
    QVERIFY(!retry->isVisible());
    QCOMPARE(t->boundText(), QStringLiteral("unix:") + path);
    SocketAddress a;
    QVERIFY(SocketAddress::fromUnixPath(path.toStdString(), a));
    UniqueFd fd = connectTo(a);
    QVERIFY(fd);
    QVERIFY(sendAll(fd.get(), "unix"));
    QCOMPARE(receiveExactly(fd.get(), 4), std::string("unix"));
    fd.reset();
    QTest::mouseClick(child<QPushButton>(t, "echoStopButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(t->state() == EchoServerTab::State::Idle, 10000);
    transport->setCurrentIndex(transport->findData(static_cast<int>(EchoTransport::Tcp)));
}

void TestEchoPage::twoTabsTwoServers()
{
    QTest::mouseClick(child<QToolButton>(page_, "echoNewServerButton"), Qt::LeftButton);
    QCOMPARE(page_->serverCount(), 2);
    const int first = startByClick(0);
    const int second = startByClick(1);
    QVERIFY(first > 0);
    QVERIFY(second > 0);
    QVERIFY(first != second);
    QVERIFY(tab(0)->isRunning() && tab(1)->isRunning());

    UniqueFd a = connectToPort(first);
    UniqueFd b = connectToPort(second);
    QVERIFY(a && b);
    QCOMPARE(exchange(a.get(), pattern(3000, 1)), pattern(3000, 1));
    QCOMPARE(exchange(b.get(), pattern(5000, 2)), pattern(5000, 2));
    QTRY_VERIFY_WITH_TIMEOUT(tab(0)->connectionModel()->rowCount() == 1
                                 && tab(0)->connectionModel()->connection(0).bytesIn == 3000,
                             15000);
    QTRY_VERIFY_WITH_TIMEOUT(tab(1)->connectionModel()->rowCount() == 1
                                 && tab(1)->connectionModel()->connection(0).bytesIn == 5000,
                             15000);

    // Closing a tab stops its server; the other keeps serving.
    auto* tabs = child<QTabWidget>(page_, "echoServerTabs");
    QWidget* closeButton = tabs->tabBar()->tabButton(1, QTabBar::RightSide);
    QVERIFY(closeButton);
    QTest::mouseClick(closeButton, Qt::LeftButton);
    QCOMPARE(page_->serverCount(), 1);
    bool eof = false;
    receiveUntilEof(b.get(), &eof);
    QVERIFY(eof);
    QTRY_VERIFY_WITH_TIMEOUT(!connectToPort(second), 10000);
    QCOMPARE(exchange(a.get(), std::string("still here")), std::string("still here"));
    a.reset();
    QTest::mouseClick(child<QPushButton>(tab(0), "echoStopButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tab(0)->state() == EchoServerTab::State::Idle, 10000);
}

void TestEchoPage::logIsBounded()
{
    EchoLogModel log;
    QCOMPARE(log.capacity(), std::size_t(2000));
    std::vector<EchoEvent> events(1500);
    for (std::size_t i = 0; i < events.size(); ++i) {
        events[i].kind = i % 100 == 0 ? EchoEvent::Kind::Error : EchoEvent::Kind::Connected;
        events[i].message = EchoMessage::Connected;
        events[i].args = {"peer " + std::to_string(i)};
    }
    log.append(events, 0);
    log.append(events, 7);
    QCOMPARE(log.rowCount(), 2000);
    QCOMPARE(log.text(1999), QStringLiteral("connected from peer 1499"));
    QCOMPARE(log.trimmed(), std::uint64_t(1001)); // 3001 lines (one says 7 were dropped) into 2000
    // Errors are marked.
    bool markedError = false;
    for (int r = 0; r < log.rowCount(); ++r)
        markedError |= log.index(r, EchoLogModel::TextColumn).data(Qt::BackgroundRole).isValid()
                       && log.text(r).endsWith(QStringLiteral("00"));
    QVERIFY(markedError);
    log.clear();
    QCOMPARE(log.rowCount(), 0);
}

void TestEchoPage::datagramTotalsHaveNoConnections()
{
    // UDP and unix datagram servers have no connections: a dash that says why, not a misleading 0.
    EchoTotalsView view;
    EchoTotals t;
    t.messagesIn = 7;
    view.setDatagram(true);
    view.setTotals(t);
    QCOMPARE(child<QLabel>(&view, "echoTotalCurrent")->text(), QStringLiteral("—"));
    QCOMPARE(child<QLabel>(&view, "echoTotalTotal")->text(), QStringLiteral("—"));
    QCOMPARE(child<QLabel>(&view, "echoTotalMessagesIn")->text(), QStringLiteral("7"));
    QVERIFY(child<QLabel>(&view, "echoTotalCurrent")->toolTip().contains(QStringLiteral("no connections")));
    view.setDatagram(false);
    QCOMPARE(child<QLabel>(&view, "echoTotalCurrent")->text(), QStringLiteral("0"));
    QVERIFY(!child<QLabel>(&view, "echoTotalCurrent")->toolTip().contains(QStringLiteral("no connections")));
}

void TestEchoPage::inputsRemembered()
{
    EchoServerTab* t = tab(0);
    retype(child<QLineEdit>(t, "echoBindEdit"), QStringLiteral("::1"));
    retype(child<QLineEdit>(t, "echoMaxConnectionsEdit"), QStringLiteral("321"));
    QTest::mouseClick(child<QToolButton>(page_, "echoNewServerButton"), Qt::LeftButton);
    window_->saveSettings();
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("pages/echo-server/servers")).toInt(), 2);
    QCOMPARE(settings.value(QStringLiteral("pages/echo-server/server1/bind")).toString(), QStringLiteral("::1"));
    QCOMPARE(settings.value(QStringLiteral("pages/echo-server/server1/maxConnections")).toString(),
             QStringLiteral("321"));

    // A new window reads them back: two tabs, the first with its address.
    MainWindow second;
    EchoServerPage* page = nullptr;
    for (int i = 0; i < second.pageCount(); ++i)
        if (auto* p = qobject_cast<EchoServerPage*>(second.page(i)))
            page = p;
    QVERIFY(page);
    QCOMPARE(page->serverCount(), 2);
    QCOMPARE(child<QLineEdit>(page->server(0), "echoBindEdit")->text(), QStringLiteral("::1"));
    QCOMPARE(child<QLineEdit>(page->server(0), "echoMaxConnectionsEdit")->text(), QStringLiteral("321"));
    QVERIFY(child<QComboBox>(page->server(0), "echoV6OnlyCombo")->isEnabled()); // an IPv6 address
}

void TestEchoPage::plotLabelsFitTheirSpace_data()
{
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("plotHeight");
    QTest::addColumn<int>("stride");
    // Lines of 17 px: a label takes about 20.
    QTest::newRow("tall: every step") << 5 << 200 << 1;
    QTest::newRow("35 px, five steps: zero and top") << 5 << 35 << 5;
    QTest::newRow("four steps, three fit") << 4 << 70 << 2;
    QTest::newRow("four steps, all fit") << 4 << 110 << 1;
}

// Six labels in 35 px overlapped; now only as many as have a line and a little air each.
void TestEchoPage::plotLabelsFitTheirSpace()
{
    QFETCH(int, steps);
    QFETCH(int, plotHeight);
    QFETCH(int, stride);
    QCOMPARE(ThroughputPlot::labelStride(steps, plotHeight, 17), stride);
    const int labels = steps / stride + 1;
    QVERIFY(labels * 17 <= plotHeight + 17);
}

QTEST_MAIN(TestEchoPage)
#include "tst_echopage.moc"
