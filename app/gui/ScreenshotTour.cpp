#include "ScreenshotTour.h"

#include "AddressPage.h"
#include "ClientConsolePage.h"
#include "ClientConsoleTab.h"
#include "ConsoleTranscript.h"
#include "EchoConnectionModel.h"
#include "EchoLoadPanel.h"
#include "EchoServerPage.h"
#include "EchoServerService.h"
#include "EchoServerTab.h"
#include "EchoTlsBox.h"
#include "JournalDock.h"
#include "JournalModel.h"
#include "LabActionPanel.h"
#include "LabRecipePanel.h"
#include "LookupService.h"
#include "MainWindow.h"
#include "ManualDialog.h"
#include "MulticastBox.h"
#include "MessageLibrary.h"
#include "Page.h"
#include "SavedMessagesPanel.h"
#include "ServerConsolePage.h"
#include "ServerConsoleService.h"
#include "SelfSignedCertificate.h"
#include "ServerPeerModel.h"
#include <QTabWidget>
#include "SocketConstants.h"
#include "SocketLabPage.h"
#include "SocketOptionsPage.h"
#include "SocketTablePage.h"
#include "TlsOptionsBox.h"
#include "WireLadderView.h"
#include "WirePage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLabel>
#include <QPixmap>
#include <QProcess>
#include <QRadioButton>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <vector>

namespace sockscope {

namespace {

// Lets timers (the journal drain, layouts, painting) run for a while.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Waits (at most `limitMs`) until the lookups the pages started on the worker pool have answered.
// The examples look up only localhost, /etc/services and /etc/protocols, never DNS: this is quick.
void settleLookups(const MainWindow& window, int limitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (window.lookupService()->pendingCount() > 0 && clock.elapsed() < limitMs)
        settle(50);
}

bool save(MainWindow& window, const QDir& dir, const QString& name)
{
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    const bool ok = window.grab().save(path);
    QTextStream(stderr) << (ok ? "wrote " : "could not write ") << path << '\n';
    return ok;
}

// A tiny echo client for the echo server's screenshot, run as a separate python3 process (the GUI
// itself makes no socket calls): four connections exchanging 512 to 2048 bytes at a varying rate.
const char* const echoClientScript = R"(
import math, socket, sys, time
port, seconds = int(sys.argv[1]), float(sys.argv[2])
conns = [socket.create_connection(("127.0.0.1", port)) for _ in range(4)]
end = time.monotonic() + seconds
while time.monotonic() < end:
    for i, s in enumerate(conns):
        data = bytes(512 * (i + 1))
        s.sendall(data)
        got = 0
        while got < len(data):
            chunk = s.recv(65536)
            if not chunk:
                sys.exit(0)
            got += len(chunk)
    time.sleep(0.002 + 0.0015 * (1 + math.sin(time.monotonic() * 0.8)))
)";

// Runs `run` and waits until `signal` of `sender` fires or `limitMs` passes; false on the timeout.
template <typename Sender, typename Signal, typename Run>
bool runAndWait(Sender* sender, Signal signal, Run run, int limitMs)
{
    QEventLoop loop;
    bool fired = false;
    const auto connection = QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
    run();
    if (!fired)
        loop.exec();
    QObject::disconnect(connection);
    return fired;
}

bool tourSocketOptions(MainWindow& window, EchoServerPage& echo, const QDir& dir, quint64 socketId)
{
    SocketOptionsPage* options = nullptr;
    for (int i = 0; i < window.pageCount(); ++i)
        if (auto* p = qobject_cast<SocketOptionsPage*>(window.page(i)))
            options = p;
    if (!options || !socketId)
        return true;
    runAndWait(options, &SocketOptionsPage::optionsShown, [&] { window.showSocketOptions(socketId); }, 5000);
    if (QTableWidget* table = options->table()) {
        const int row = options->rowOf(QStringLiteral("SO_RCVBUF"));
        table->item(row, SocketOptionsPage::ValueColumn)->setText(QStringLiteral("65536"));
        runAndWait(options, &SocketOptionsPage::applyFinished, [options] { options->apply(); }, 5000);
        table->selectRow(row);
    }
    runAndWait(options, &SocketOptionsPage::demoShown, [options] { options->runDemo(OptionDemo::LingerReset); }, 10000);
    runAndWait(options, &SocketOptionsPage::demoShown, [options] { options->runDemo(OptionDemo::ReuseAddress); }, 10000);
    settle(1500); // TCP_INFO refreshes once a second
    const bool saved = save(window, dir, options->pageId());
    for (int i = 0; i < window.pageCount(); ++i)
        if (window.page(i) == &echo)
            window.showPage(i);
    return saved;
}

// The machine's socket table with SockScope's own sockets only: the lab's, the console's, the echo
// server's listener and its connections, each named by its owner.
bool tourSockets(MainWindow& window, EchoServerPage& echo, const QDir& dir)
{
    SocketTablePage* sockets = nullptr;
    int index = -1;
    for (int i = 0; i < window.pageCount(); ++i)
        if (auto* p = qobject_cast<SocketTablePage*>(window.page(i)))
            sockets = p, index = i;
    if (!sockets)
        return true;
    auto* ours = sockets->findChild<QCheckBox*>(QStringLiteral("socketsOursOnly"));
    runAndWait(sockets, &SocketTablePage::refreshed, [&] { window.showPage(index); }, 5000);
    if (ours)
        runAndWait(sockets, &SocketTablePage::refreshed, [ours] { ours->setChecked(true); }, 5000);
    sockets->table()->selectRow(0);
    settle(200);
    const bool saved = save(window, dir, sockets->pageId());
    if (ours)
        ours->setChecked(false);
    for (int i = 0; i < window.pageCount(); ++i)
        if (window.page(i) == &echo)
            window.showPage(i);
    return saved;
}

// The echo server page with a TCP server on 127.0.0.1 (port 0) and a client talking to it, so the
// table, totals and plot show data. Without python3 or socat the page is shown with an empty table.
bool tourEchoServer(MainWindow& window, EchoServerPage& page, const QDir& dir)
{
    page.showExample();
    EchoServerTab* tab = page.currentServer();
    runAndWait(tab, &EchoServerTab::startFinished, [tab] { tab->start(); }, 5000);
    QProcess client;
    if (tab->isRunning()) {
        const QString port = QString::number(tab->boundPort());
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        const QString socat = QStandardPaths::findExecutable(QStringLiteral("socat"));
        if (!python.isEmpty())
            client.start(python, {QStringLiteral("-c"), QString::fromUtf8(echoClientScript), port, QStringLiteral("30")});
        else if (!socat.isEmpty())
            // One process that only sends: the server echoes until the unread echo fills the buffers,
            // then pauses reading (backpressure), which the table shows as the connection's state.
            client.start(socat, {QStringLiteral("-u"), QStringLiteral("OPEN:/dev/zero"),
                                 QStringLiteral("TCP:127.0.0.1:") + port});
        else
            QTextStream(stderr) << "neither python3 nor socat found: the echo server's table stays empty\n";
        settle(15000); // some seconds of throughput for the plot
        if (tab->connectionView()->model()->rowCount() > 0)
            tab->connectionView()->selectRow(0); // the per-connection actions enabled
        settle(300);
    } else {
        const auto* status = tab->findChild<QLabel*>(QStringLiteral("echoStatusLabel"));
        QTextStream(stderr) << "the echo server did not start: " << (status ? status->text() : QString()) << '\n';
    }
    bool saved = save(window, dir, page.pageId());
    // The socket options page on one of the server's connections: live TCP_INFO, a value set and read
    // back, the comparison with a fresh socket, and a demonstration's result in words.
    if (tab->isRunning() && tab->connectionModel()->rowCount() > 0)
        saved = tourSocketOptions(window, page, dir, tab->connectionModel()->connection(0).socketId) && saved;
    // The load test beside the same server: a short run from the form, with its plot and result.
    if (tab->isRunning()) {
        EchoLoadPanel* load = tab->loadPanel();
        tab->showLoadPanel(true);
        load->setConnections(QStringLiteral("50"));
        load->setMessageSize(QStringLiteral("64"));
        load->setSeconds(QStringLiteral("6"));
        load->setMode(EchoLoadConfig::Mode::PingPong);
        runAndWait(load, &EchoLoadPanel::runFinished, [load] { load->run(); }, 20000);
        settle(500);
        saved = save(window, dir, QStringLiteral("echo-load")) && saved;
        tab->showLoadPanel(false);
    }
    if (tab->isRunning())
        saved = tourSockets(window, page, dir) && saved;
    if (tab->isRunning())
        runAndWait(tab, &EchoServerTab::stopFinished, [tab] { tab->stop(); }, 5000);
    if (client.state() != QProcess::NotRunning) {
        client.kill();
        client.waitForFinished(2000);
    }
    return saved;
}

// An ICMP echo on a raw socket, its checksum's steps and the decoded reply in the detail. Raw sockets
// need CAP_NET_RAW: without it the tour says so and leaves this screenshot out.
bool tourIcmpEcho(MainWindow& window, SocketLabPage& page, const QDir& dir)
{
    if (auto* reset = page.findChild<QPushButton*>(QStringLiteral("labResetButton")))
        reset->click();
    settle(300);
    LabActionPanel* actions = page.actions();
    actions->domainCombo()->setCurrentIndex(actions->domainCombo()->findText(QStringLiteral("AF_INET")));
    actions->typeCombo()->setCurrentIndex(actions->typeCombo()->findText(QStringLiteral("SOCK_RAW")));
    actions->protocolCombo()->setCurrentIndex(actions->protocolCombo()->findText(QStringLiteral("IPPROTO_ICMP")));
    LabResult made;
    const auto keep = QObject::connect(&page, &SocketLabPage::callFinished, &page, [&made](const LabResult& r) { made = r; });
    runAndWait(&page, &SocketLabPage::callFinished, [actions] { actions->trigger(LabCall::Socket); }, 5000);
    if (made.created.empty()) {
        QObject::disconnect(keep);
        QTextStream(stderr) << "socket lab: no raw socket (CAP_NET_RAW is needed), so no ICMP echo screenshot\n";
        return true;
    }
    settle(700); // the snapshot selects the new socket
    page.selectSocket(made.created);
    actions->showEchoTab();
    runAndWait(&page, &SocketLabPage::callFinished, [actions] { actions->trigger(LabCall::IcmpEcho); }, 5000);
    QObject::disconnect(keep);
    // The detail gets the room: the table has one row, the results two.
    if (auto* split = page.findChild<QSplitter*>(QStringLiteral("labSplitter")))
        split->setSizes({80, 200, 700});
    if (auto* split = page.findChild<QSplitter*>(QStringLiteral("labResultSplitter")))
        split->setSizes({70, 700});
    settle(700);
    return made.echo.replied && save(window, dir, QStringLiteral("socket-lab-icmp-echo"));
}

// The socket lab with the server recipe partly done (socket, bind, listen, accept, recv) and the client
// recipe's socket connected to it, its line received: the table shows a listener and both ends.
bool tourSocketLab(MainWindow& window, SocketLabPage& page, const QDir& dir)
{
    page.showExample();
    LabRecipePanel* recipes = page.recipes();
    const auto step = [&](const char* recipe, int index) {
        recipes->selectRecipe(recipe);
        settle(100);
        const bool ran = runAndWait(&page, &SocketLabPage::callFinished, [&] { recipes->runStep(index); }, 5000);
        if (!ran)
            QTextStream(stderr) << "socket lab: step " << index + 1 << " of " << recipe << " did not run\n";
        settle(200); // the table's snapshot after the call, which enables the next step
        return ran;
    };
    bool ok = step("tcp-server", 0) && step("tcp-server", 1) && step("tcp-server", 2);
    ok = ok && step("tcp-client", 0) && step("tcp-client", 1) && step("tcp-client", 2);
    ok = ok && step("tcp-server", 3) && step("tcp-server", 4);
    recipes->selectRecipe("tcp-server");
    page.selectSocket("s3");
    settle(700);
    ok = save(window, dir, page.pageId()) && ok;
    return tourIcmpEcho(window, page, dir) && ok;
}

// The saved messages beside a connected session: a few messages (kept in memory only, so the tour
// leaves the user's library alone), two of them sent as a sequence 500 times, and the count at its end.
bool tourSavedMessages(MainWindow& window, ClientConsoleTab& tab, const QDir& dir)
{
    SavedMessagesPanel* panel = tab.messagesPanel();
    const std::shared_ptr<MessageLibrary> library = panel->library();
    library->setFilePath(QString());
    const auto add = [&](const char* name, MessageSyntax syntax, const char* text, LineEnding ending, QStringList flags = {}) {
        SavedMessage m;
        m.name = QString::fromUtf8(name);
        m.syntax = syntax;
        m.text = QString::fromUtf8(text);
        m.lineEnding = ending;
        m.flags = flags;
        library->add(m);
    };
    add("HTTP HEAD", MessageSyntax::Text, "HEAD / HTTP/1.0", LineEnding::CRLF);
    add("Redis PING", MessageSyntax::Escapes, "*1\\r\\n$4\\r\\nPING\\r\\n", LineEnding::None);
    add("DNS header", MessageSyntax::Hex, "12 34 01 00 00 01 00 00 00 00 00 00", LineEnding::None);
    add("SMTP QUIT", MessageSyntax::Text, "QUIT", LineEnding::CRLF, {QStringLiteral("MSG_NOSIGNAL")});
    add("urgent byte", MessageSyntax::Hex, "21", LineEnding::None, {QStringLiteral("MSG_OOB")});
    panel->selectRows({0, 3});
    panel->roundsBox()->setValue(500);
    runAndWait(tab.service(), &ClientSessionService::repeatFinished, [panel] { panel->sendSelected(); }, 10000);
    settle(400);
    const bool saved = save(window, dir, QStringLiteral("client-console-messages"));
    panel->roundsBox()->setValue(1);
    return saved;
}

// The client console in a live session with an echo server of its own (port 0, on its service's
// thread): a line of text with CRLF and a few bytes in hex, shown as text and hex.
bool tourClientConsole(MainWindow& window, ClientConsolePage& page, const QDir& dir)
{
    page.showExample();
    ClientConsoleTab* tab = page.currentSession();
    EchoServerService server;
    EchoConfig config;
    config.threads = 1;
    int port = 0;
    QObject::connect(&server, &EchoServerService::started, &server,
                     [&port](const EchoStartResult& r) { port = r.ok ? r.bound.port() : 0; });
    runAndWait(&server, &EchoServerService::started, [&] { server.start(config); }, 5000);
    bool saved = true;
    if (port == 0) {
        QTextStream(stderr) << "the console's echo server did not start\n";
    } else {
        tab->portField()->setText(QString::number(port));
        runAndWait(tab->service(), &ClientSessionService::connected, [tab] { tab->connectSession(); }, 5000);
        tab->viewBox()->setCurrentIndex(2); // text + hex
        tab->sendField()->setText(QStringLiteral("Hello, echo server!"));
        tab->sendNow();
        settle(200);
        tab->sendModeBox()->setCurrentIndex(2); // hex
        tab->sendField()->setText(QStringLiteral("0x00 01 7f ff 0d 0a"));
        tab->sendNow();
        settle(200);
        tab->sendModeBox()->setCurrentIndex(1); // C escapes, ready for the next line
        tab->sendField()->setText(QStringLiteral("GET / HTTP/1.0\\r\\n\\r\\n"));
        settle(300);
        saved = save(window, dir, page.pageId());
        saved = tourSavedMessages(window, *tab, dir) && saved;
        tab->disconnectSession();
        settle(200);
    }
    runAndWait(&server, &EchoServerService::stopped, [&] { server.stop(); }, 5000);
    return saved;
}

// The client console over UDP to a UDP echo server of its own with the broadcast & multicast box open:
// SO_BROADCAST on, TTL 4, loop off, the interface lo, each read back. Only setsockopt and loopback
// traffic: no group is joined here (a join would announce itself on the machine's network).
bool tourClientConsoleMulticast(MainWindow& window, ClientConsolePage& page, const QDir& dir)
{
    ClientConsoleTab* tab = page.currentSession();
    EchoServerService server;
    EchoConfig config;
    config.transport = EchoTransport::Udp;
    config.threads = 1;
    int port = 0;
    QObject::connect(&server, &EchoServerService::started, &server,
                     [&port](const EchoStartResult& r) { port = r.ok ? r.bound.port() : 0; });
    runAndWait(&server, &EchoServerService::started, [&] { server.start(config); }, 5000);
    bool saved = true;
    if (port == 0) {
        QTextStream(stderr) << "the console's UDP echo server did not start\n";
    } else {
        tab->transcript()->clear();
        tab->setTarget(ClientTransport::Udp, QStringLiteral("127.0.0.1"), port, {});
        MulticastBox* box = tab->multicastBox();
        box->setOpen(true);
        box->broadcastBox()->setChecked(true);
        box->ttlField()->setText(QStringLiteral("4"));
        box->loopBox()->setChecked(false);
        box->interfaceField()->setText(QStringLiteral("lo"));
        runAndWait(tab->service(), &ClientSessionService::connected, [tab] { tab->connectSession(); }, 5000);
        settle(400); // the fields filled in before are set on the new socket and read back
        tab->viewBox()->setCurrentIndex(0);
        tab->sendModeBox()->setCurrentIndex(0);
        tab->sendField()->setText(QStringLiteral("Hello over UDP"));
        tab->sendNow();
        box->groupField()->setText(QStringLiteral("239.1.2.3"));
        settle(400);
        saved = save(window, dir, page.pageId() + QStringLiteral("-udp"));
        tab->disconnectSession();
        settle(200);
        box->resetToDefaults();
        tab->setTarget(ClientTransport::Tcp, QStringLiteral("127.0.0.1"), 7007, {});
    }
    runAndWait(&server, &EchoServerService::stopped, [&] { server.stop(); }, 5000);
    return saved;
}

// Two python3 clients of the server console, each a line of its own, then waiting for the reply
// until their stdin closes (20 s at most).
const char* const serverClientScript = R"(
import select, socket, sys
h, p = sys.argv[1].rsplit(':', 1)
s = socket.create_connection((h, int(p)), timeout=10)
s.send(sys.argv[2].encode())
select.select([sys.stdin], [], [], 20)
s.close()
)";

// The server console with two clients: the second selected, its line and the typed reply in its
// transcript, shown as text and hex.
bool tourServerConsole(MainWindow& window, ServerConsolePage& page, const QDir& dir)
{
    page.showExample();
    page.portField()->setText(QStringLiteral("0"));
    runAndWait(page.service(), &ServerConsoleService::started, [&page] { page.startListening(); }, 5000);
    const QString addr = page.boundLabel()->text().section(QLatin1Char(' '), 0, 0);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    std::vector<std::unique_ptr<QProcess>> clients;
    if (!page.service()->isListening() || python.isEmpty()) {
        QTextStream(stderr) << "the server console did not start, or there is no python3: its list stays empty\n";
    } else {
        for (const char* line : {"HELO client.example\r\n", "GET /status HTTP/1.0\r\n\r\n"}) {
            auto p = std::make_unique<QProcess>();
            p->start(python, {QStringLiteral("-c"), QString::fromLatin1(serverClientScript), addr, QString::fromLatin1(line)});
            p->waitForStarted(5000);
            clients.push_back(std::move(p));
            settle(300);
        }
        QElapsedTimer clock;
        clock.start();
        while (page.peerModel()->rowCount() < 2 && clock.elapsed() < 5000)
            settle(50);
        settle(200);
        if (const ServerPeerState* second = page.peerModel()->peerAt(1))
            page.selectPeer(second->id);
        page.sendModeBox()->setCurrentIndex(1); // C escapes
        page.sendField()->setText(QStringLiteral("HTTP/1.0 200 OK\\r\\nContent-Length: 3\\r\\n\\r\\nok\\n"));
        page.sendNow();
        settle(300);
        if (auto* view = page.findChild<QComboBox*>(QStringLiteral("serverView")))
            view->setCurrentIndex(2); // text + hex
        page.sendField()->setText(QStringLiteral("250 Hello\\r\\n"));
        settle(300);
    }
    bool saved = save(window, dir, page.pageId());
    // The same saved messages (the client console's tour added them) in the server console's side tab.
    page.sideTabs()->setCurrentIndex(page.sideTabs()->count() - 1); // Saved messages
    page.messagesPanel()->selectRows({0});
    settle(300);
    saved = save(window, dir, QStringLiteral("server-console-messages")) && saved;
    page.sideTabs()->setCurrentIndex(0);
    for (auto& p : clients) {
        p->closeWriteChannel();
        p->waitForFinished(5000);
    }
    runAndWait(page.service(), &ServerConsoleService::stopped, [&page] { page.stopListening(); }, 5000);
    if (auto* view = page.findChild<QComboBox*>(QStringLiteral("serverView")))
        view->setCurrentIndex(0);
    return saved;
}

// A python3 TLS client of the server console (ALPN h2, no check of the server's certificate): a line,
// then waiting until its stdin closes (20 s at most).
const char* const serverTlsClientScript = R"(
import select, socket, ssl, sys
h, p = sys.argv[1].rsplit(':', 1)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
ctx.set_alpn_protocols(['h2', 'http/1.1'])
s = ctx.wrap_socket(socket.create_connection((h, int(p)), timeout=10))
s.send(sys.argv[2].encode())
select.select([sys.stdin], [], [], 20)
s.close()
)";

// The server console over TLS: the TLS box on (a self-signed pair made in a temporary directory, given
// as files), a python3 TLS client selected, its session (TLS 1.3, cipher, ALPN h2) under the list.
bool tourServerConsoleTls(MainWindow& window, ServerConsolePage& page, const QDir& dir)
{
    QTemporaryDir certDir;
    const SelfSignedCertificate pair = ensureSelfSignedCertificate(certDir.path().toStdString(), "localhost");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!pair.ok || python.isEmpty()) {
        QTextStream(stderr) << "no certificate for the server console's TLS, or no python3\n";
        return true;
    }
    page.showExample();
    page.portField()->setText(QStringLiteral("0"));
    EchoTlsBox* box = page.tlsBox();
    box->setChecked(true);
    box->filesButton()->setChecked(true);
    box->certFileField()->setText(QString::fromStdString(pair.certPath));
    box->keyFileField()->setText(QString::fromStdString(pair.keyPath));
    box->alpnField()->setText(QStringLiteral("h2,http/1.1"));
    runAndWait(page.service(), &ServerConsoleService::started, [&page] { page.startListening(); }, 10000);
    const QString addr = page.boundLabel()->text().section(QLatin1Char(' '), 0, 0);
    QProcess client;
    if (page.service()->isListening()) {
        client.start(python, {QStringLiteral("-c"), QString::fromLatin1(serverTlsClientScript), addr,
                              QStringLiteral("GET /status HTTP/1.1\r\nHost: localhost\r\n\r\n")});
        client.waitForStarted(5000);
        QElapsedTimer clock;
        clock.start();
        while ((page.peerModel()->rowCount() < 1 || page.peerModel()->peerAt(0)->tls != PeerTls::Established)
               && clock.elapsed() < 5000)
            settle(50);
        if (const ServerPeerState* first = page.peerModel()->peerAt(0))
            page.selectPeer(first->id);
        page.sendModeBox()->setCurrentIndex(1); // C escapes
        page.sendField()->setText(QStringLiteral("HTTP/1.1 200 OK\\r\\nContent-Length: 3\\r\\n\\r\\nok\\n"));
        page.sendNow();
        settle(400);
    }
    const bool saved = save(window, dir, page.pageId() + QStringLiteral("-tls"));
    client.closeWriteChannel();
    client.waitForFinished(5000);
    runAndWait(page.service(), &ServerConsoleService::stopped, [&page] { page.stopListening(); }, 5000);
    box->resetToDefaults();
    return saved;
}

// The client console over TLS to a TLS echo server of its own (self-signed, made in a temporary
// directory, trusted as the CA file): the TLS box, the summary with the chain, plaintext in the transcript.
bool tourClientConsoleTls(MainWindow& window, ClientConsolePage& page, const QDir& dir)
{
    ClientConsoleTab* tab = page.currentSession();
    QTemporaryDir certDir;
    EchoServerService server;
    EchoConfig config;
    config.threads = 1;
    EchoTlsRequest tls;
    tls.enabled = true;
    tls.selfSigned = true;
    tls.directory = certDir.path();
    int port = 0;
    QString certPath;
    QObject::connect(&server, &EchoServerService::tlsPrepared, &server,
                     [&certPath](const EchoTlsOutcome& o) { certPath = o.ok ? o.certPath : QString(); });
    QObject::connect(&server, &EchoServerService::started, &server,
                     [&port](const EchoStartResult& r) { port = r.ok ? r.bound.port() : 0; });
    runAndWait(&server, &EchoServerService::started, [&] { server.start(config, tls); }, 10000);
    bool saved = true;
    if (port == 0 || certPath.isEmpty()) {
        QTextStream(stderr) << "the console's TLS echo server did not start\n";
    } else {
        tab->transcript()->clear();
        tab->setTarget(ClientTransport::Tcp, QStringLiteral("127.0.0.1"), port, {});
        TlsOptionsBox* box = tab->tlsBox();
        box->setChecked(true);
        box->serverNameField()->setText(QStringLiteral("localhost"));
        box->alpnField()->setText(QStringLiteral("h2,http/1.1"));
        box->caFileField()->setText(certPath);
        runAndWait(tab->service(), &ClientSessionService::connected, [tab] { tab->connectSession(); }, 10000);
        tab->viewBox()->setCurrentIndex(0); // text
        tab->sendModeBox()->setCurrentIndex(0);
        tab->sendField()->setText(QStringLiteral("Hello through TLS!"));
        tab->sendNow();
        settle(400);
        saved = save(window, dir, page.pageId() + QStringLiteral("-tls"));
        tab->disconnectSession();
        settle(200);
        box->resetToDefaults(); // the next tour steps speak plain TCP
    }
    runAndWait(&server, &EchoServerService::stopped, [&] { server.stop(); }, 5000);
    return saved;
}

// The wire page capturing SockScope's own sockets while the client console talks to an echo server
// and closes: the handshake, the data and its echo, the close with each side's TCP states, and the
// kernel's TIME_WAIT in the header. Without CAP_NET_RAW the page is shown saying why it cannot capture.
bool tourWire(MainWindow& window, WirePage& wire, ClientConsolePage& console, const QDir& dir)
{
    EchoServerService server;
    EchoConfig config;
    config.threads = 1;
    int port = 0;
    QObject::connect(&server, &EchoServerService::started, &server,
                     [&port](const EchoStartResult& r) { port = r.ok ? r.bound.port() : 0; });
    runAndWait(&server, &EchoServerService::started, [&] { server.start(config); }, 5000);
    for (int i = 0; i < window.pageCount(); ++i)
        if (window.page(i) == &wire)
            window.showPage(i);
    wire.ownSocketsChoice()->setChecked(true);
    bool capturing = false;
    QObject::connect(&wire, &WirePage::captureStarted, &wire, [&capturing](bool ok) { capturing = ok; });
    runAndWait(&wire, &WirePage::captureStarted, [&] { wire.startCapture(); }, 5000);
    if (capturing && port != 0) {
        settle(600); // the capture's filter picks up the server's port
        ClientConsoleTab* tab = console.currentSession();
        tab->portField()->setText(QString::number(port));
        runAndWait(tab->service(), &ClientSessionService::connected, [tab] { tab->connectSession(); }, 5000);
        tab->sendModeBox()->setCurrentIndex(0);
        tab->sendField()->setText(QStringLiteral("hello"));
        tab->sendNow();
        settle(300);
        tab->disconnectSession();
        settle(1500); // the kernel's states are asked once the close has settled
        wire.stopCapture();
        settle(200);
        // Select the client's FIN, so the detail pane shows the states it moved.
        const auto& rows = wire.timeline().rows();
        for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
            if (rows[static_cast<std::size_t>(r)].kind != WireTimeline::Row::Packet)
                continue;
            const WirePacket& p = wire.timeline().packets()[static_cast<std::size_t>(rows[static_cast<std::size_t>(r)].index)];
            if ((p.decoded.tcpFlags & TcpFin) && p.decoded.dstPort == port) {
                wire.ladder()->selectRow(r);
                break;
            }
        }
    }
    settle(300);
    const bool saved = save(window, dir, wire.pageId());
    runAndWait(&server, &EchoServerService::stopped, [&] { server.stop(); }, 5000);
    return saved;
}

} // namespace

int runScreenshotTour(MainWindow& window, const QString& directory)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        QTextStream(stderr) << "cannot create " << directory << '\n';
        return 1;
    }
    // For checking small screens: SOCKSCOPE_SHOT_SIZE=1366x704 sets the window's size, and
    // SOCKSCOPE_SHOT_JOURNAL=1 keeps the journal docked in every shot.
    QSize size(1280, 800);
    const QStringList wanted = qEnvironmentVariable("SOCKSCOPE_SHOT_SIZE").split(QLatin1Char('x'));
    if (wanted.size() == 2 && wanted[0].toInt() > 0 && wanted[1].toInt() > 0)
        size = QSize(wanted[0].toInt(), wanted[1].toInt());
    const bool keepJournal = qEnvironmentVariableIntValue("SOCKSCOPE_SHOT_JOURNAL") == 1;
    window.resize(size);
    window.show();
    settle(300);
    window.fitJournalToWindow();
    settle(100);

    bool ok = true;
    window.journalDock()->setVisible(keepJournal);
    for (int i = 0; i < window.pageCount(); ++i) {
        window.showPage(i);
        window.page(i)->showExample();
        settleLookups(window, 5000);
        settle(300);
        ok = save(window, dir, window.page(i)->pageId()) && ok;
    }

    // The journal: the address page's calls, with one failure (EAFNOSUPPORT) among them.
    for (int i = 0; i < window.pageCount(); ++i) {
        if (auto* addresses = qobject_cast<AddressPage*>(window.page(i))) {
            window.showPage(i);
            addresses->convert(familyUnix(), QStringLiteral("127.0.0.1"));
            addresses->convert(familyInet6(), QStringLiteral("2001:db8::1"));
        }
    }
    window.journalDock()->show();
    window.resizeDocks({window.journalDock()}, {window.height() / 2}, Qt::Vertical);
    settle(400);
    if (auto* table = window.journalDock()->findChild<QTableView*>(QStringLiteral("journalTable"))) {
        const int rows = table->model()->rowCount();
        // Select the last calls (the IPv6 conversion) so the C code pane has something to show.
        for (int row = std::max(0, rows - 2); row < rows; ++row)
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->scrollToBottom();
    }
    settle(200);
    ok = save(window, dir, QStringLiteral("journal")) && ok;

    window.journalDock()->setVisible(keepJournal);
    if (keepJournal)
        window.fitJournalToWindow();
    // The manual (F1), as a window of its own.
    window.showManual();
    settle(300);
    if (auto* manual = window.findChild<ManualDialog*>()) {
        const QString path = dir.filePath(QStringLiteral("manual.png"));
        const bool saved = manual->grab().save(path);
        QTextStream(stderr) << (saved ? "wrote " : "could not write ") << path << '\n';
        ok = saved && ok;
        // And its end: the keys and the command line.
        if (auto* text = manual->findChild<QTextBrowser*>()) {
            text->verticalScrollBar()->setValue(text->verticalScrollBar()->maximum());
            settle(100);
            ok = manual->grab().save(dir.filePath(QStringLiteral("manual-keys.png"))) && ok;
        }
        manual->close();
    }
    for (int i = 0; i < window.pageCount(); ++i) {
        if (auto* lab = qobject_cast<SocketLabPage*>(window.page(i))) {
            window.showPage(i);
            ok = tourSocketLab(window, *lab, dir) && ok;
        }
        if (auto* console = qobject_cast<ClientConsolePage*>(window.page(i))) {
            window.showPage(i);
            ok = tourClientConsole(window, *console, dir) && ok;
            ok = tourClientConsoleTls(window, *console, dir) && ok;
            ok = tourClientConsoleMulticast(window, *console, dir) && ok;
        }
        if (auto* server = qobject_cast<ServerConsolePage*>(window.page(i))) {
            window.showPage(i);
            ok = tourServerConsole(window, *server, dir) && ok;
            ok = tourServerConsoleTls(window, *server, dir) && ok;
        }
    }
    WirePage* wire = nullptr;
    ClientConsolePage* console = nullptr;
    for (int i = 0; i < window.pageCount(); ++i) {
        wire = wire ? wire : qobject_cast<WirePage*>(window.page(i));
        console = console ? console : qobject_cast<ClientConsolePage*>(window.page(i));
    }
    if (wire && console)
        ok = tourWire(window, *wire, *console, dir) && ok;
    for (int i = 0; i < window.pageCount(); ++i) {
        if (auto* echo = qobject_cast<EchoServerPage*>(window.page(i))) {
            window.showPage(i);
            ok = tourEchoServer(window, *echo, dir) && ok;
        }
    }
    return ok ? 0 : 1;
}

} // namespace sockscope
