// The client console's "Broadcast & multicast" box, offscreen, on a real ClientConsoleTab: there for
// UDP and off (with the reason in its tooltip) for TCP and unix; a bad TTL, bind port or group gets
// its message beside the field before any call; in tests/netns/with-multicast-lo.sh (ctest:
// tst_multicastbox_multicast) a joined group shows in the list and its datagram in the transcript; in
// tests/netns/with-broadcast-dummy.sh (ctest: tst_multicastbox_broadcast) a connect to the broadcast
// address is refused, the box offers SO_BROADCAST, and with it the datagram arrives.
#include "BroadcastNamespace.h"
#include "ClientConsoleTab.h"
#include "ConsoleTranscript.h"
#include "FieldFeedback.h"
#include "MulticastBox.h"
#include "SocketAddress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <poll.h>
#include <sys/socket.h>

#include <memory>
#include <string>

using namespace sockscope;

namespace {

bool multicastNamespace() { return qEnvironmentVariableIntValue("SOCKSCOPE_TEST_MULTICAST") == 1; }

// A UDP socket on the wildcard address of `family` at a free port.
struct Socket {
    UniqueFd fd;
    int port = 0;
    explicit Socket(int family)
    {
        fd.reset(::socket(family, SOCK_DGRAM | SOCK_CLOEXEC, 0));
        SocketAddress any;
        SocketAddress::fromNumeric(family == AF_INET6 ? "::" : "0.0.0.0", 0, any);
        ::bind(fd.get(), any.get(), any.length);
        const std::string text = localAddressOf(fd.get(), false).text();
        port = std::stoi(text.substr(text.rfind(':') + 1));
    }
};

// The tab as it looks now, in the temporary directory, for a person to look at.
void grab(QWidget* w, const QString& name)
{
    const QString path = QDir(QDir::tempPath()).filePath(QStringLiteral("tst_multicastbox-%1.png").arg(name));
    QVERIFY(w->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

bool messageShown(FieldFeedback* f, const QString& part)
{
    return f->hasError() && f->messageLabel()->isVisible() && f->messageLabel()->text().contains(part);
}

} // namespace

class TestMulticastBox : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void onlyForUdp();
    void badInputBesideTheField_data();
    void badInputBesideTheField();
    void groupNeedsAMulticastAddress();
    void joinShowsInTheList_data();
    void joinShowsInTheList();
    void broadcastOffered();

private:
    std::unique_ptr<ClientConsoleTab> tab_;
};

void TestMulticastBox::init()
{
    tab_ = std::make_unique<ClientConsoleTab>(1);
    tab_->resize(1200, 800);
    tab_->show();
    QVERIFY(QTest::qWaitForWindowExposed(tab_.get()));
}

void TestMulticastBox::cleanup()
{
    if (tab_ && tab_->isConnected()) {
        QSignalSpy closed(tab_->service(), &ClientSessionService::socketClosed);
        tab_->disconnectSession();
        closed.wait(5000);
    }
    tab_.reset();
}

void TestMulticastBox::onlyForUdp()
{
    MulticastBox* box = tab_->multicastBox();
    tab_->setTarget(ClientTransport::Udp, QStringLiteral("127.0.0.1"), 9, {});
    QVERIFY(box->isVisible());
    QVERIFY(box->header()->isEnabled());
    QTest::mouseClick(box->header(), Qt::LeftButton);
    QVERIFY(box->isOpen());
    QVERIFY(box->ttlField()->isVisible());
    QVERIFY(box->groupField()->isVisible());
    for (ClientTransport t : {ClientTransport::Tcp, ClientTransport::UnixStream, ClientTransport::UnixDgram}) {
        tab_->setTarget(t, QStringLiteral("127.0.0.1"), 9, QStringLiteral("@x"));
        QVERIFY(!box->header()->isEnabled());
        QVERIFY(!box->isOpen());
        QVERIFY(!box->ttlField()->isVisible());
        QVERIFY2(box->header()->toolTip().contains(QLatin1String("UDP")), qPrintable(box->header()->toolTip()));
    }
    tab_->setTarget(ClientTransport::Udp, QStringLiteral("127.0.0.1"), 9, {});
    QVERIFY(box->header()->isEnabled());
}

void TestMulticastBox::badInputBesideTheField_data()
{
    QTest::addColumn<QString>("ttl");
    QTest::addColumn<QString>("bindPort");
    QTest::addColumn<bool>("ttlBad");
    QTest::newRow("ttl 256") << QStringLiteral("256") << QString() << true;
    QTest::newRow("ttl -1") << QStringLiteral("-1") << QString() << true;
    QTest::newRow("ttl words") << QStringLiteral("four") << QString() << true;
    QTest::newRow("bind port 70000") << QString() << QStringLiteral("70000") << false;
    QTest::newRow("bind port 0") << QString() << QStringLiteral("0") << false;
}

void TestMulticastBox::badInputBesideTheField()
{
    QFETCH(QString, ttl);
    QFETCH(QString, bindPort);
    QFETCH(bool, ttlBad);
    MulticastBox* box = tab_->multicastBox();
    tab_->setTarget(ClientTransport::Udp, QStringLiteral("127.0.0.1"), 9, {});
    box->ttlField()->setText(ttl);
    box->bindPortField()->setText(bindPort);
    QSignalSpy connected(tab_->service(), &ClientSessionService::connected);
    tab_->connectSession();
    QVERIFY(box->isOpen()); // opened to show the message
    if (ttlBad)
        QVERIFY2(messageShown(box->ttlFeedback(), QStringLiteral("TTL")), qPrintable(box->ttlFeedback()->messageLabel()->text()));
    else
        QVERIFY2(messageShown(box->bindPortFeedback(), QStringLiteral("Bind port")),
                 qPrintable(box->bindPortFeedback()->messageLabel()->text()));
    QTest::qWait(200);
    QCOMPARE(connected.count(), 0); // nothing was called
    QVERIFY(!tab_->isConnected());

    // "Set" on the open socket checks the field the same way.
    if (ttlBad) {
        box->ttlField()->setText(QStringLiteral("7"));
        box->bindPortField()->clear();
        tab_->connectSession();
        QVERIFY(connected.wait(5000));
        QVERIFY(tab_->isConnected());
        QSignalSpy reports(tab_->service(), &ClientSessionService::datagramReport);
        QTRY_VERIFY_WITH_TIMEOUT(box->readBack()->text().contains(QLatin1String("IP_MULTICAST_TTL 7")), 5000);
        box->ttlField()->setText(ttl);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("consoleSetMulticastTtl")), Qt::LeftButton);
        QVERIFY(messageShown(box->ttlFeedback(), QStringLiteral("TTL")));
        box->ttlField()->setText(QStringLiteral("0"));
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("consoleSetMulticastTtl")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(box->readBack()->text().contains(QLatin1String("IP_MULTICAST_TTL 0")), 5000);
        QVERIFY(!box->ttlFeedback()->hasError());
    }
}

void TestMulticastBox::groupNeedsAMulticastAddress()
{
    // Core's check refuses these before any setsockopt: safe on any machine.
    MulticastBox* box = tab_->multicastBox();
    tab_->setTarget(ClientTransport::Udp, QStringLiteral("127.0.0.1"), 9, {});
    box->setOpen(true);
    QVERIFY(!box->joinButton()->isEnabled()); // a group is joined on the open socket
    QVERIFY2(box->joinButton()->toolTip().contains(QLatin1String("Connect")), qPrintable(box->joinButton()->toolTip()));
    QSignalSpy connected(tab_->service(), &ClientSessionService::connected);
    tab_->connectSession();
    QVERIFY(connected.wait(5000));
    QTest::mouseClick(box->joinButton(), Qt::LeftButton);
    QVERIFY(messageShown(box->groupFeedback(), QStringLiteral("Group")));
    box->groupField()->setText(QStringLiteral("10.1.2.3"));
    QTest::mouseClick(box->joinButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(messageShown(box->groupFeedback(), QStringLiteral("not a multicast address")), 5000);
    box->ttlField()->setText(QStringLiteral("300"));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("consoleSetMulticastTtl")), Qt::LeftButton);
    grab(tab_.get(), QStringLiteral("errors"));
    box->ttlField()->clear();
    box->groupField()->setText(QStringLiteral("ff12::1"));
    QTest::mouseClick(box->joinButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(messageShown(box->groupFeedback(), QStringLiteral("IPv4 socket joins IPv4 groups")), 5000);
    QCOMPARE(box->groupList()->count(), 0);
}

void TestMulticastBox::joinShowsInTheList_data()
{
    QTest::addColumn<QString>("group");
    QTest::newRow("ipv4") << QStringLiteral("239.1.2.3");
    QTest::newRow("ipv6") << QStringLiteral("ff12::1234");
}

void TestMulticastBox::joinShowsInTheList()
{
    if (!multicastNamespace())
        QSKIP("needs a loopback that carries multicast: tests/netns/with-multicast-lo.sh (tst_multicastbox_multicast)");
    QFETCH(QString, group);
    const bool v6 = group.contains(QLatin1Char(':'));
    Socket sender(v6 ? AF_INET6 : AF_INET);
    const int port = sender.port == 65535 ? 65534 : sender.port + 1;
    MulticastBox* box = tab_->multicastBox();
    tab_->setTarget(ClientTransport::Udp, group, port, {});
    box->setOpen(true);
    box->bindPortField()->setText(QString::number(port));
    box->connectBox()->setChecked(false);
    QSignalSpy connected(tab_->service(), &ClientSessionService::connected);
    tab_->connectSession();
    QVERIFY(connected.wait(5000));
    QVERIFY2(tab_->isConnected(), qPrintable(connected.at(0).at(0).value<ClientConnectOutcome>().message));
    box->groupField()->setText(group);
    QTest::mouseClick(box->joinButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(box->groupList()->count(), 1, 5000);
    QCOMPARE(box->groupList()->item(0)->text(), group);
    QVERIFY(!box->groupFeedback()->hasError());

    SocketAddress to;
    QVERIFY(SocketAddress::fromNumeric(group.toStdString(), port, to));
    QCOMPARE(::sendto(sender.fd.get(), "to the group", 12, 0, to.get(), to.length), 12);
    QTRY_VERIFY_WITH_TIMEOUT(tab_->transcript()->fullText().contains(QLatin1String("to the group")), 5000);
    grab(tab_.get(), QStringLiteral("joined-") + QLatin1String(QTest::currentDataTag()));

    box->groupList()->setCurrentRow(0); // fills the fields for Leave
    QTest::mouseClick(box->leaveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(box->groupList()->count(), 0, 5000);
}

void TestMulticastBox::broadcastOffered()
{
    if (!sockscope::testing::inBroadcastNamespace())
        QSKIP("runs in tests/netns/with-broadcast-dummy.sh (tst_multicastbox_broadcast)");
    Socket receiver(AF_INET);
    MulticastBox* box = tab_->multicastBox();
    tab_->setTarget(ClientTransport::Udp, QStringLiteral("10.77.0.255"), receiver.port, {});
    QSignalSpy connected(tab_->service(), &ClientSessionService::connected);
    tab_->connectSession();
    QVERIFY(connected.wait(5000));
    QVERIFY(!tab_->isConnected());
    QVERIFY2(connected.at(0).at(0).value<ClientConnectOutcome>().broadcastRefused,
             qPrintable(connected.at(0).at(0).value<ClientConnectOutcome>().message));
    QVERIFY(box->broadcastOffer()->isVisible());
    auto* explanation = tab_->findChild<QLabel*>(QStringLiteral("consoleExplanation"));
    QVERIFY2(explanation->text().contains(QLatin1String("SO_BROADCAST is off")), qPrintable(explanation->text()));
    grab(tab_.get(), QStringLiteral("broadcast-offer"));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("consoleBroadcastTurnOn")), Qt::LeftButton);
    QVERIFY(box->broadcastBox()->isChecked());
    QVERIFY(!box->broadcastOffer()->isVisible());
    tab_->connectSession();
    QVERIFY(connected.wait(5000));
    QVERIFY(tab_->isConnected());
    QTRY_VERIFY_WITH_TIMEOUT(box->readBack()->text().contains(QLatin1String("SO_BROADCAST 1")), 5000);
    tab_->sendField()->setText(QStringLiteral("to everyone"));
    tab_->sendNow();
    pollfd p{receiver.fd.get(), POLLIN, 0};
    QTRY_VERIFY_WITH_TIMEOUT(::poll(&p, 1, 0) == 1, 5000);

    char buf[64];
    QCOMPARE(::recv(receiver.fd.get(), buf, sizeof buf, MSG_DONTWAIT), ssize_t(13)); // "to everyone\r\n"

    // Linux checks SO_BROADCAST when it looks the route up: a connected socket did so at connect(), so
    // turning it off now changes nothing. Unconnected, every sendto() looks it up and is refused.
    QSignalSpy closed(tab_->service(), &ClientSessionService::socketClosed);
    tab_->disconnectSession();
    QVERIFY(closed.wait(5000));
    box->broadcastBox()->setChecked(false);
    box->connectBox()->setChecked(false);
    tab_->connectSession();
    QVERIFY(connected.wait(5000));
    QVERIFY(tab_->isConnected());
    QTRY_VERIFY_WITH_TIMEOUT(box->readBack()->text().contains(QLatin1String("SO_BROADCAST 0")), 5000);
    tab_->sendField()->setText(QStringLiteral("again"));
    tab_->sendNow();
    QTRY_VERIFY_WITH_TIMEOUT(box->broadcastOffer()->isVisible(), 5000);
    QVERIFY2(explanation->text().contains(QLatin1String("SO_BROADCAST is off")), qPrintable(explanation->text()));
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("consoleBroadcastTurnOn")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(box->readBack()->text().contains(QLatin1String("SO_BROADCAST 1")), 5000);
    tab_->sendField()->setText(QStringLiteral("now on"));
    tab_->sendNow();
    QTRY_VERIFY_WITH_TIMEOUT(::poll(&p, 1, 0) == 1, 5000);
    QCOMPARE(::recv(receiver.fd.get(), buf, sizeof buf, MSG_DONTWAIT), ssize_t(8)); // "now on\r\n"
}

QTEST_MAIN(TestMulticastBox)
#include "tst_multicastbox.moc"
