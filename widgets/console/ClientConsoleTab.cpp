#include "ClientConsoleTab.h"

#include "ConsoleTranscript.h"
#include "CopyButton.h"
#include "FieldFeedback.h"
#include "MulticastBox.h"
#include "PayloadCodec.h"
#include "PayloadField.h"
#include "PayloadMessages.h"
#include "SavedMessagesPanel.h"
#include "SocketConstants.h"
#include "TlsMessages.h"
#include "TlsOptionsBox.h"
#include "TlsSummaryView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace sockscope {

namespace {

constexpr int maxHistory = 50;

// The byte offset core reports, as a character index into the field's text.
} // namespace

ClientConsoleTab::ClientConsoleTab(int number, std::shared_ptr<MessageLibrary> library, QWidget* parent)
    : QWidget(parent), number_(number), service_(new ClientSessionService(number, this))
{
    if (!library)
        library = std::make_shared<MessageLibrary>();
    messages_ = new SavedMessagesPanel(std::move(library));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildConnectRow());
    tls_ = new TlsOptionsBox;
    layout->addWidget(tls_);
    multicast_ = new MulticastBox(service_);
    layout->addWidget(multicast_);
    auto* splitter = new QSplitter(Qt::Vertical);
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    tlsSummary_ = new TlsSummaryView;
    connect(tlsSummary_, &TlsSummaryView::statusMessage, this, &ClientConsoleTab::statusMessage);
    topLayout->addWidget(tlsSummary_);
    topLayout->addWidget(buildReceiveRow());
    transcript_ = new ConsoleTranscript;
    topLayout->addWidget(transcript_, 1);
    topLayout->addWidget(buildTranscriptBar());
    splitter->addWidget(top);
    splitter->addWidget(buildSendPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    // The saved messages beside the transcript and the send box: narrow, and collapsible to nothing.
    sideSplitter_ = new QSplitter(Qt::Horizontal);
    sideSplitter_->setObjectName(QStringLiteral("consoleMessagesSplitter"));
    sideSplitter_->addWidget(splitter);
    // In a scroll area, so the panel's buttons never widen the page past a small screen.
    auto* side = new QScrollArea;
    side->setObjectName(QStringLiteral("consoleMessagesArea"));
    side->setWidget(messages_);
    side->setWidgetResizable(true);
    side->setFrameShape(QFrame::NoFrame);
    side->setMinimumWidth(60);
    sideSplitter_->addWidget(side);
    sideSplitter_->setStretchFactor(0, 3);
    sideSplitter_->setStretchFactor(1, 1);
    sideSplitter_->setSizes({760, 320}); // the panel at its natural width where the screen allows
    sideSplitter_->setCollapsible(0, false);
    layout->addWidget(sideSplitter_, 1);
    layout->addWidget(buildCloseRow());

    connect(service_, &ClientSessionService::connected, this, &ClientConsoleTab::onConnected);
    connect(service_, &ClientSessionService::chunks, transcript_, &ConsoleTranscript::append);
    connect(service_, &ClientSessionService::callDone, this, [this](const QString& s) {
        transcript_->note(s);
        explain(s);
    });
    connect(service_, &ClientSessionService::ioError, this, [this](const ClientIoError& e) {
        transcript_->note(e.message);
        explain(e.message);
        updateState();
    });
    connect(service_, &ClientSessionService::peerClosed, this, [this] {
        const QString s = service_->sendingClosedReason().isEmpty()
                              ? tr("recv() returned 0: the peer closed its side (FIN). We can still send; Close ends ours.")
                              : tr("recv() returned 0: the peer closed its side (FIN). Our side is shut for writing "
                                   "too, so nothing more can pass either way; Close releases the descriptor.");
        transcript_->note(s);
        explain(s);
    });
    connect(service_, &ClientSessionService::sendingClosed, this, [this] {
        updateState();
        explain(service_->sendingClosedReason());
    });
    connect(service_, &ClientSessionService::socketClosed, this, [this] {
        transcript_->note(tr("socket closed"));
        updateState();
        emit titleChanged();
    });
    connect(service_, &ClientSessionService::repeatProgress, messages_, &SavedMessagesPanel::showProgress);
    connect(service_, &ClientSessionService::repeatFinished, messages_, &SavedMessagesPanel::showFinished);
    connect(messages_, &SavedMessagesPanel::sendRequested, this, &ClientConsoleTab::sendSequence);
    connect(messages_, &SavedMessagesPanel::stopRequested, service_, &ClientSessionService::stopRepeating);
    connect(messages_, &SavedMessagesPanel::statusMessage, this, &ClientConsoleTab::statusMessage);
    messages_->setCurrentMessageSource([this] { return fieldAsMessage(); });
    connect(service_, &ClientSessionService::repeatFinished, this, [this](qint64 sent) {
        if (sent > 1)
            emit statusMessage(tr("Sent %n message(s)", nullptr, int(std::min<qint64>(sent, INT_MAX))));
    });
    resetToDefaults();
    updateState();
}

QWidget* ClientConsoleTab::buildConnectRow()
{
    auto* box = new QWidget;
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);

    protocol_ = new QComboBox;
    protocol_->setObjectName(QStringLiteral("consoleProtocol"));
    protocol_->addItem(tr("TCP"), int(ClientTransport::Tcp));
    protocol_->addItem(tr("UDP"), int(ClientTransport::Udp));
    protocol_->addItem(tr("Unix stream"), int(ClientTransport::UnixStream));
    protocol_->addItem(tr("Unix datagram"), int(ClientTransport::UnixDgram));
    protocol_->setToolTip(tr("TCP or UDP over IPv4/IPv6, or an AF_UNIX socket (SOCK_STREAM or SOCK_DGRAM)."));

    host_ = new QLineEdit;
    host_->setObjectName(QStringLiteral("consoleHost"));
    host_->setPlaceholderText(tr("127.0.0.1, ::1 or a name"));
    host_->setToolTip(tr("The server's name or address; names are resolved with getaddrinfo off the GUI thread, "
                         "and each address is tried in turn."));
    hostFeedback_ = new FieldFeedback(host_);
    port_ = new QLineEdit;
    port_->setObjectName(QStringLiteral("consolePort"));
    port_->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    port_->setToolTip(tr("The server's port, 1 to 65535."));
    portFeedback_ = new FieldFeedback(port_);
    path_ = new QLineEdit;
    path_->setObjectName(QStringLiteral("consolePath"));
    path_->setPlaceholderText(tr("/tmp/server.sock or @abstract-name"));
    path_->setToolTip(tr("The server's socket file, or @name for a Linux abstract name."));

    timeout_ = new QSpinBox;
    timeout_->setObjectName(QStringLiteral("consoleTimeout"));
    timeout_->setRange(100, 120000);
    timeout_->setSingleStep(500);
    timeout_->setSuffix(tr(" ms"));
    timeout_->setToolTip(tr("How long the non-blocking connect() may wait in poll() for the handshake."));

    connect_ = new QPushButton(tr("Connect"));
    connect_->setObjectName(QStringLiteral("consoleConnect"));
    connect_->setToolTip(tr("socket(), connect() with the timeout, getsockname(), getpeername() (Ctrl+Return)."));
    disconnect_ = new QPushButton(tr("Disconnect"));
    disconnect_->setObjectName(QStringLiteral("consoleDisconnect"));
    disconnect_->setToolTip(tr("close(): an orderly close. While a connect is under way, gives it up."));
    options_ = new QPushButton(tr("Options…"));
    options_->setObjectName(QStringLiteral("consoleOptions"));
    options_->setToolTip(tr("getsockopt/setsockopt on this session's socket, on the socket options page."));

    local_ = new QLabel;
    local_->setObjectName(QStringLiteral("consoleLocal"));
    local_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    peer_ = new QLabel;
    peer_->setObjectName(QStringLiteral("consolePeer"));
    peer_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* copyLocal = new CopyButton([this] { return local_->text(); }, tr("the local address"));
    auto* copyPeer = new CopyButton([this] { return peer_->text(); }, tr("the peer address"));
    connect(copyLocal, &CopyButton::copied, this, &ClientConsoleTab::statusMessage);
    connect(copyPeer, &CopyButton::copied, this, &ClientConsoleTab::statusMessage);

    auto* where = new QHBoxLayout;
    where->addWidget(protocol_);
    where->addWidget(hostFeedback_->fieldWithMessage(), 3);
    where->addWidget(portFeedback_->fieldWithMessage(), 1);
    where->addWidget(path_, 3);
    where->addWidget(new QLabel(tr("Timeout")));
    where->addWidget(timeout_);
    where->addWidget(connect_);
    where->addWidget(disconnect_);
    where->addWidget(options_);
    grid->addLayout(where, 0, 0, 1, 6);

    auto* addresses = new QHBoxLayout;
    addresses->addWidget(new QLabel(tr("Local (getsockname):")));
    addresses->addWidget(local_);
    addresses->addWidget(copyLocal);
    addresses->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
    addresses->addWidget(new QLabel(tr("Peer (getpeername):")));
    addresses->addWidget(peer_);
    addresses->addWidget(copyPeer);
    addresses->addStretch(1);
    grid->addLayout(addresses, 1, 0, 1, 6);

    connect(protocol_, &QComboBox::currentIndexChanged, this, [this] { updateProtocolFields(); });
    connect(connect_, &QPushButton::clicked, this, &ClientConsoleTab::connectSession);
    connect(disconnect_, &QPushButton::clicked, this, &ClientConsoleTab::disconnectSession);
    connect(options_, &QPushButton::clicked, this, [this] {
        if (service_->socketId())
            emit socketOptionsRequested(service_->socketId());
    });
    connect(host_, &QLineEdit::returnPressed, this, &ClientConsoleTab::connectSession);
    connect(port_, &QLineEdit::returnPressed, this, &ClientConsoleTab::connectSession);
    connect(path_, &QLineEdit::returnPressed, this, &ClientConsoleTab::connectSession);
    return box;
}

QWidget* ClientConsoleTab::buildReceiveRow()
{
    auto* box = new QWidget;
    auto* row = new QVBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    view_ = new QComboBox;
    view_->setObjectName(QStringLiteral("consoleView"));
    view_->addItem(tr("Text"), int(ConsoleTranscript::View::Text));
    view_->addItem(tr("Hex"), int(ConsoleTranscript::View::Hex));
    view_->addItem(tr("Text + hex"), int(ConsoleTranscript::View::Both));
    view_->addItem(tr("Hex pages (received)"), int(ConsoleTranscript::View::Pages));
    view_->setToolTip(tr("Show each chunk as text (control bytes as escapes), as a hex dump (offset | hex | ASCII), "
                         "or both; Hex pages shows everything received as one stream, 4 KiB a page."));
    autoReceive_ = new QCheckBox(tr("Auto-receive"));
    autoReceive_->setObjectName(QStringLiteral("consoleAutoReceive"));
    autoReceive_->setToolTip(tr("Call recv() whenever data is there. Off: nothing is read until you press Receive, "
                                "so the kernel's receive buffer fills and TCP's flow control shows."));
    recvSize_ = new QSpinBox;
    recvSize_->setObjectName(QStringLiteral("consoleRecvSize"));
    recvSize_->setRange(1, 1 << 20);
    recvSize_->setSuffix(tr(" bytes"));
    recvSize_->setToolTip(tr("The size passed to recv(): a small size shows short reads and that TCP keeps no "
                             "message boundaries; for a datagram, a smaller size truncates it."));
    auto* flags = new QHBoxLayout;
    for (const FlagName& f : recvFlagTable()) {
        auto* cb = new QCheckBox(QString::fromLatin1(f.name));
        cb->setObjectName(QStringLiteral("consoleRecv_%1").arg(QString::fromLatin1(f.cliName)));
        cb->setProperty("flag", f.value);
        cb->setToolTip(tr("recv() flag %1 for the next Receive.").arg(QString::fromLatin1(f.name)));
        recvFlagBoxes_ << cb;
        flags->addWidget(cb);
    }
    receive_ = new QPushButton(tr("Receive"));
    receive_->setObjectName(QStringLiteral("consoleReceive"));
    receive_->setToolTip(tr("One recv() (recvfrom() for datagrams) with the size and flags chosen. Without "
                            "MSG_DONTWAIT it waits for data; Disconnect wakes it."));
    auto* first = new QHBoxLayout;
    first->addWidget(new QLabel(tr("View")));
    first->addWidget(view_);
    first->addWidget(autoReceive_);
    first->addWidget(new QLabel(tr("recv size")));
    first->addWidget(recvSize_);
    first->addStretch(1);
    flags->insertWidget(0, new QLabel(tr("recv flags")));
    flags->addWidget(receive_);
    flags->addStretch(1);
    row->addLayout(first);
    row->addLayout(flags);

    connect(view_, &QComboBox::currentIndexChanged, this, [this] {
        transcript_->setView(static_cast<ConsoleTranscript::View>(view_->currentData().toInt()));
    });
    connect(autoReceive_, &QCheckBox::toggled, this, [this](bool on) {
        service_->setAutoReceive(on, recvSize_->value());
        updateState();
    });
    connect(recvSize_, &QSpinBox::valueChanged, this,
            [this](int v) { service_->setAutoReceive(autoReceive_->isChecked(), v); });
    connect(receive_, &QPushButton::clicked, this, [this] { service_->receiveOnce(recvSize_->value(), recvFlags()); });
    return box;
}

QWidget* ClientConsoleTab::buildTranscriptBar()
{
    // Under the transcript, which these act on (and off the receive row, so the page fits narrow screens).
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    lineLimit_ = new QSpinBox;
    lineLimit_->setObjectName(QStringLiteral("consoleLineLimit"));
    lineLimit_->setRange(100, 1000000);
    lineLimit_->setSingleStep(1000);
    lineLimit_->setSuffix(tr(" lines"));
    lineLimit_->setToolTip(tr("The transcript keeps at most this many lines on screen (and 4 MiB of data for Save)."));
    auto* clear = new QPushButton(tr("Clear"));
    clear->setObjectName(QStringLiteral("consoleClear"));
    auto* save = new QPushButton(tr("Save transcript…"));
    save->setObjectName(QStringLiteral("consoleSaveTranscript"));
    save->setToolTip(tr("Write the whole kept transcript to a file."));
    row->addStretch(1);
    row->addWidget(new QLabel(tr("Keep")));
    row->addWidget(lineLimit_);
    row->addWidget(clear);
    row->addWidget(save);
    connect(lineLimit_, &QSpinBox::valueChanged, this, [this](int v) { transcript_->setLineLimit(v); });
    connect(clear, &QPushButton::clicked, this, [this] { transcript_->clear(); });
    connect(save, &QPushButton::clicked, this, &ClientConsoleTab::saveTranscript);
    return box;
}

QWidget* ClientConsoleTab::buildSendPanel()
{
    auto* group = new QGroupBox(tr("Send"));
    auto* grid = new QGridLayout(group);

    sendMode_ = new QComboBox;
    sendMode_->setObjectName(QStringLiteral("consoleSendMode"));
    sendMode_->addItem(tr("Text"), int(SendMode::Text));
    sendMode_->addItem(tr("C escapes"), int(SendMode::Escapes));
    sendMode_->addItem(tr("Hex"), int(SendMode::Hex));
    sendMode_->setToolTip(tr("Text: as typed, plus the line ending. C escapes: \\r \\n \\t \\0 \\\\ \\xHH \\NNN. "
                             "Hex: byte pairs, spaces, commas and 0x allowed (48 65 6c 6c 6f)."));
    lineEnding_ = new QComboBox;
    lineEnding_->setObjectName(QStringLiteral("consoleLineEnding"));
    lineEnding_->addItem(tr("No line ending"), int(LineEnding::None));
    lineEnding_->addItem(tr("LF (\\n)"), int(LineEnding::LF));
    lineEnding_->addItem(tr("CRLF (\\r\\n)"), int(LineEnding::CRLF));
    lineEnding_->setToolTip(tr("Appended to text; HTTP, SMTP and telnet want CRLF."));

    sendText_ = new QLineEdit;
    sendText_->setObjectName(QStringLiteral("consoleSendText"));
    sendText_->setPlaceholderText(tr("GET / HTTP/1.0"));
    sendText_->setToolTip(tr("What to send. Return sends; Up and Down go through the history."));
    sendText_->installEventFilter(this);
    sendFeedback_ = new FieldFeedback(sendText_);
    send_ = new QPushButton(tr("Send"));
    send_->setObjectName(QStringLiteral("consoleSend"));
    send_->setDefault(false);
    send_->setToolTip(sendToolTip());
    sendFile_ = new QPushButton(tr("Send file…"));
    sendFile_->setObjectName(QStringLiteral("consoleSendFile"));
    sendFile_->setToolTip(sendFileToolTip());
    history_ = new QComboBox;
    history_->setObjectName(QStringLiteral("consoleHistory"));
    history_->setToolTip(tr("What was sent before: pick one to put it back in the field."));
    history_->setPlaceholderText(tr("History"));
    history_->setMinimumContentsLength(12);
    history_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto* flags = new QHBoxLayout;
    flags->addWidget(new QLabel(tr("Flags")));
    for (const FlagName& f : sendFlagTable()) {
        auto* cb = new QCheckBox(QString::fromLatin1(f.name));
        cb->setObjectName(QStringLiteral("consoleSend_%1").arg(QString::fromLatin1(f.cliName)));
        cb->setProperty("flag", f.value);
        cb->setToolTip(tr("send() flag %1.").arg(QString::fromLatin1(f.name)));
        sendFlagBoxes_ << cb;
        flags->addWidget(cb);
    }
    flags->addStretch(1);
    target_ = new QLineEdit;
    target_->setObjectName(QStringLiteral("consoleTarget"));
    target_->setPlaceholderText(tr("sendto target, e.g. 127.0.0.1:7008 (empty: the connected peer)"));
    target_->setToolTip(tr("Datagrams only: sendto() this numeric address instead of the connected peer. Replies "
                           "from it are filtered out by the connected socket."));
    targetFeedback_ = new FieldFeedback(target_);

    auto* line = new QHBoxLayout;
    line->addWidget(sendMode_);
    line->addWidget(lineEnding_);
    line->addWidget(sendFeedback_->fieldWithMessage(), 1);
    line->addWidget(send_, 0, Qt::AlignTop);
    line->addWidget(history_, 0, Qt::AlignTop);
    line->addWidget(sendFile_, 0, Qt::AlignTop);
    grid->addLayout(line, 0, 0);
    grid->addLayout(flags, 1, 0);
    auto* more = new QHBoxLayout;
    more->addWidget(targetFeedback_->fieldWithMessage(), 1);
    grid->addLayout(more, 2, 0);

    connect(sendMode_, &QComboBox::currentIndexChanged, this, [this] {
        lineEnding_->setEnabled(sendMode_->currentData().toInt() == int(SendMode::Text));
        sendFeedback_->clearError();
    });
    connect(sendText_, &QLineEdit::returnPressed, this, &ClientConsoleTab::sendNow);
    connect(sendText_, &QLineEdit::textEdited, this, [this] { sendFeedback_->clearError(); });
    connect(send_, &QPushButton::clicked, this, &ClientConsoleTab::sendNow);
    connect(sendFile_, &QPushButton::clicked, this, &ClientConsoleTab::chooseFile);
    connect(history_, &QComboBox::activated, this, [this](int index) {
        sendText_->setText(history_->itemText(index));
        sendText_->setFocus();
    });
    return group;
}

QWidget* ClientConsoleTab::buildCloseRow()
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    const auto add = [&](const QString& text, const char* name, const QString& tip, auto action) {
        auto* b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, action);
        closeButtons_ << b;
        row->addWidget(b);
    };
    add(tr("shutdown(SHUT_RD)"), "consoleShutRd", tr("Stop receiving; the peer is not told."),
        [this] { service_->shutdownSocket(shutdownRead()); });
    add(tr("shutdown(SHUT_WR)"), "consoleShutWr", tr("Half-close: the peer gets a FIN and reads end-of-file; it can still send."),
        [this] { service_->shutdownSocket(shutdownWrite()); });
    add(tr("shutdown(SHUT_RDWR)"), "consoleShutRdwr", tr("Both directions, whatever other descriptors share the socket."),
        [this] { service_->shutdownSocket(shutdownBoth()); });
    add(tr("close()"), "consoleClose", tr("An orderly close: unsent data goes out, then a FIN."),
        [this] { disconnectSession(); });
    add(tr("Abort (RST)"), "consoleAbort",
        tr("SO_LINGER {1, 0} then close(): unsent data is dropped and the peer gets a RST (ECONNRESET)."),
        [this] { service_->abortSocket(); });
    row->addStretch(1);
    layout->addLayout(row);
    explanation_ = new QLabel;
    explanation_->setObjectName(QStringLiteral("consoleExplanation"));
    explanation_->setWordWrap(true);
    explanation_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(explanation_);
    return box;
}

QString ClientConsoleTab::title() const
{
    if (!service_->isConnected())
        return tr("Session %1").arg(number_);
    return tr("%1 %2").arg(protocol_->currentText(), peerText_);
}

QWidget* ClientConsoleTab::firstField() const
{
    return transport() == ClientTransport::Tcp || transport() == ClientTransport::Udp ? host_ : path_;
}

QLabel* ClientConsoleTab::sendMessage() const { return sendFeedback_->messageLabel(); }

ClientTransport ClientConsoleTab::transport() const
{
    return static_cast<ClientTransport>(protocol_->currentData().toInt());
}

void ClientConsoleTab::updateProtocolFields()
{
    const bool unix = isUnixTransport(transport());
    host_->parentWidget()->setVisible(!unix);
    port_->parentWidget()->setVisible(!unix);
    path_->setVisible(unix);
    target_->parentWidget()->setVisible(!isStreamTransport(transport())); // sendto: datagrams only
    hostFeedback_->clearError();
    portFeedback_->clearError();
    tls_->setAvailable(isStreamTransport(transport()));
    multicast_->setTransport(transport());
}

void ClientConsoleTab::updateState()
{
    const bool on = service_->isConnected();
    for (QWidget* w : std::initializer_list<QWidget*>{protocol_, host_, port_, path_, timeout_})
        w->setEnabled(!on && !connecting_);
    tls_->setEditable(!on && !connecting_);
    connect_->setEnabled(!on && !connecting_);
    disconnect_->setEnabled(on || connecting_); // while connecting: gives up the attempt
    options_->setEnabled(on);
    // Once our side is shut for writing a send can only fail: the buttons say why instead.
    const QString closedWhy = on ? service_->sendingClosedReason() : QString();
    messages_->setCanSend(on && closedWhy.isEmpty(),
                          on ? closedWhy : tr("Connect first: saved messages go to this session's peer."));
    send_->setEnabled(on && closedWhy.isEmpty());
    sendFile_->setEnabled(on && closedWhy.isEmpty());
    send_->setToolTip(closedWhy.isEmpty() ? sendToolTip() : closedWhy);
    sendFile_->setToolTip(closedWhy.isEmpty() ? sendFileToolTip() : closedWhy);
    receive_->setEnabled(on && !autoReceive_->isChecked());
    for (QCheckBox* cb : recvFlagBoxes_)
        cb->setEnabled(!autoReceive_->isChecked());
    for (QPushButton* b : closeButtons_)
        b->setEnabled(on);
    if (!on) {
        local_->setText(tr("—"));
        peer_->setText(tr("—"));
    }
}

void ClientConsoleTab::connectSession()
{
    if (service_->isConnected() || connecting_)
        return;
    ClientConnectRequest r;
    r.transport = transport();
    r.timeoutMs = timeout_->value();
    if (isUnixTransport(r.transport)) {
        r.path = path_->text();
        peerText_ = r.path;
    } else {
        const auto port = portFeedback_->checkUnsigned(tr("Port"), 1, 65535);
        if (host_->text().trimmed().isEmpty())
            hostFeedback_->setError(tr("Give the server's name or address, e.g. 127.0.0.1 or localhost."));
        else
            hostFeedback_->clearError();
        if (!port || hostFeedback_->hasError())
            return;
        r.host = host_->text().trimmed();
        r.port = static_cast<int>(*port);
        peerText_ = QStringLiteral("%1:%2").arg(r.host).arg(r.port);
    }
    const std::optional<ClientTlsOptions> tls = tls_->validate();
    if (!tls)
        return; // the TLS box marks the field
    r.tls = *tls;
    const std::optional<ClientDatagramSetup> udp = multicast_->validate();
    if (!udp)
        return; // the box marks the field
    r.udp = *udp;
    tlsSummary_->clear();
    connecting_ = true;
    updateState();
    explain(tr("Connecting…"));
    service_->setAutoReceive(autoReceive_->isChecked(), recvSize_->value());
    service_->connectTo(r);
}

void ClientConsoleTab::onConnected(const ClientConnectOutcome& o)
{
    connecting_ = false;
    tlsSummary_->showOutcome(o);
    if (!o.tlsField.isEmpty())
        tls_->showSetupError(o.tlsField, TlsMessages::setupFailure(o.tlsSetup));
    if (!o.ok) {
        // Nothing listens at the default 127.0.0.1:7007 until the user starts something there.
        if (o.errnoSymbol == QLatin1String("ECONNREFUSED") || o.errnoSymbol == QLatin1String("ENOENT"))
            explain(tr("%1. Start a server first: on the Echo server page, Start, then Connect a console; or run "
                       "one yourself (sockscope-cli serve --port 7007, nc -l 7007).")
                        .arg(o.message));
        else
            explain(o.message);
        transcript_->note(tr("connect failed: %1").arg(o.message));
        updateState();
        return;
    }
    local_->setText(o.local);
    peer_->setText(o.peer);
    peerText_ = o.peer;
    transcript_->note(tr("connected: %1 → %2").arg(o.local, o.peer));
    if (o.tls)
        transcript_->note(tr("TLS: %1, %2; %3. What follows is the plaintext inside TLS.")
                              .arg(QString::fromStdString(o.tlsSummary.version),
                                   QString::fromStdString(o.tlsSummary.cipher), tlsSummary_->verificationLabel()->text()));
    explain(tr("Connected. What you send goes to %1; what arrives shows above.").arg(o.peer));
    updateState();
    emit titleChanged();
    sendText_->setFocus();
}

void ClientConsoleTab::disconnectSession() { service_->closeSocket(); }

void ClientConsoleTab::explain(const QString& text) { explanation_->setText(text); }

int ClientConsoleTab::sendFlags() const
{
    int flags = 0;
    for (QCheckBox* cb : sendFlagBoxes_)
        if (cb->isChecked())
            flags |= cb->property("flag").toInt();
    return flags;
}

int ClientConsoleTab::recvFlags() const
{
    int flags = 0;
    for (QCheckBox* cb : recvFlagBoxes_)
        if (cb->isChecked())
            flags |= cb->property("flag").toInt();
    return flags;
}

QString ClientConsoleTab::sendToolTip() const
{
    return tr("send() the bytes above (Return in the field); sendto() when a target is given.");
}

QString ClientConsoleTab::sendFileToolTip() const
{
    return tr("Send a file's bytes (64 MiB at most; datagrams in 8 KiB pieces).");
}

bool ClientConsoleTab::sendTarget(QString& target)
{
    target.clear();
    if (!isStreamTransport(transport()) && !target_->text().trimmed().isEmpty())
        target = target_->text().trimmed();
    if (!target.isEmpty() && !ClientSessionService::isValidTarget(target)) {
        targetFeedback_->setError(tr("Give a numeric address and port (127.0.0.1:7008 or [::1]:7008), unix:PATH or "
                                     "unix:@name; empty sends to the connected peer."));
        target_->setFocus();
        return false; // nothing sent: the message stays in its field
    }
    targetFeedback_->clearError();
    return true;
}

void ClientConsoleTab::sendNow()
{
    if (!service_->isConnected() || !service_->sendingClosedReason().isEmpty() || messages_->isRepeating())
        return;
    const QString text = sendText_->text();
    const auto mode = static_cast<SendMode>(sendMode_->currentData().toInt());
    const std::optional<std::string> parsed =
        payloadFromField(sendText_, static_cast<PayloadSyntax>(mode),
                         static_cast<LineEnding>(lineEnding_->currentData().toInt()), sendFeedback_);
    if (!parsed)
        return;
    const std::string& bytes = *parsed;
    QString target;
    if (!sendTarget(target))
        return;
    sendFeedback_->clearError();
    // One repeat control for the console: the saved messages' N and T apply to the field too.
    service_->send(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())), sendFlags(), target,
                   messages_->rounds(), messages_->intervalMs());
    remember(text);
    sendText_->clear();
}

void ClientConsoleTab::sendSequence(const SendSequence& sequence)
{
    if (!service_->isConnected() || !service_->sendingClosedReason().isEmpty())
        return;
    QString target;
    if (sendTarget(target))
        service_->sendSequence(sequence, target);
}

std::optional<SavedMessage> ClientConsoleTab::fieldAsMessage()
{
    const auto mode = static_cast<SendMode>(sendMode_->currentData().toInt());
    const auto ending = static_cast<LineEnding>(lineEnding_->currentData().toInt());
    // Parsed first, so a bad escape is shown beside the field rather than saved.
    if (!payloadFromField(sendText_, static_cast<PayloadSyntax>(mode), ending, sendFeedback_))
        return std::nullopt;
    SavedMessage m;
    const QString text = sendText_->text();
    m.name = text.simplified().left(32);
    m.syntax = static_cast<MessageSyntax>(mode);
    m.text = text;
    m.lineEnding = mode == SendMode::Text ? ending : LineEnding::None;
    m.flags = MessageLibrary::flagNames(sendFlags());
    return m;
}

void ClientConsoleTab::remember(const QString& text)
{
    if (text.isEmpty())
        return;
    const int existing = history_->findText(text);
    if (existing >= 0)
        history_->removeItem(existing);
    history_->insertItem(0, text);
    while (history_->count() > maxHistory)
        history_->removeItem(history_->count() - 1);
    history_->setCurrentIndex(-1);
    historyIndex_ = -1;
}

bool ClientConsoleTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == sendText_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && history_->count() > 0) {
            historyIndex_ += key->key() == Qt::Key_Up ? 1 : -1;
            historyIndex_ = std::clamp(historyIndex_, -1, history_->count() - 1);
            sendText_->setText(historyIndex_ < 0 ? QString() : history_->itemText(historyIndex_));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ClientConsoleTab::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Send file"));
    if (!path.isEmpty())
        service_->sendFile(path, sendFlags());
}

void ClientConsoleTab::saveTranscript()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save transcript"), tr("transcript.txt"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(transcript_->fullText().toUtf8()) < 0 || !f.commit()) {
        explain(tr("Could not save the transcript to %1: %2").arg(path, f.errorString()));
        return;
    }
    emit statusMessage(tr("Transcript saved to %1").arg(path));
}

void ClientConsoleTab::restore(const QSettings& settings, const QString& prefix)
{
    const auto value = [&](const char* key, const QVariant& fallback) {
        return settings.value(prefix + QLatin1String(key), fallback);
    };
    protocol_->setCurrentIndex(std::clamp(value("protocol", 0).toInt(), 0, protocol_->count() - 1));
    host_->setText(value("host", host_->text()).toString());
    port_->setText(value("port", port_->text()).toString());
    path_->setText(value("path", path_->text()).toString());
    timeout_->setValue(value("timeoutMs", timeout_->value()).toInt());
    sendMode_->setCurrentIndex(std::clamp(value("sendMode", 0).toInt(), 0, sendMode_->count() - 1));
    lineEnding_->setCurrentIndex(std::clamp(value("lineEnding", 2).toInt(), 0, lineEnding_->count() - 1));
    view_->setCurrentIndex(std::clamp(value("view", 0).toInt(), 0, view_->count() - 1));
    recvSize_->setValue(value("recvSize", recvSize_->value()).toInt());
    lineLimit_->setValue(value("lineLimit", lineLimit_->value()).toInt());
    autoReceive_->setChecked(value("autoReceive", true).toBool());
    tls_->restore(settings, prefix + QStringLiteral("tls/"));
    multicast_->restore(settings, prefix + QStringLiteral("multicast/"));
    messages_->restore(settings, prefix + QStringLiteral("messages/"));
    if (const QByteArray side = value("messagesSplitter", QByteArray()).toByteArray(); !side.isEmpty())
        sideSplitter_->restoreState(side);
    const QStringList history = value("history", QStringList()).toStringList();
    history_->clear();
    history_->addItems(history.mid(0, maxHistory));
    history_->setCurrentIndex(-1);
}

void ClientConsoleTab::save(QSettings& settings, const QString& prefix) const
{
    const auto set = [&](const char* key, const QVariant& v) { settings.setValue(prefix + QLatin1String(key), v); };
    set("protocol", protocol_->currentIndex());
    set("host", host_->text());
    set("port", port_->text());
    set("path", path_->text());
    set("timeoutMs", timeout_->value());
    set("sendMode", sendMode_->currentIndex());
    set("lineEnding", lineEnding_->currentIndex());
    set("view", view_->currentIndex());
    set("recvSize", recvSize_->value());
    set("lineLimit", lineLimit_->value());
    set("autoReceive", autoReceive_->isChecked());
    tls_->save(settings, prefix + QStringLiteral("tls/"));
    multicast_->save(settings, prefix + QStringLiteral("multicast/"));
    messages_->save(settings, prefix + QStringLiteral("messages/"));
    set("messagesSplitter", sideSplitter_->saveState());
    QStringList history;
    for (int i = 0; i < history_->count(); ++i)
        history << history_->itemText(i);
    set("history", history);
}

void ClientConsoleTab::setTarget(ClientTransport transport, const QString& host, int port, const QString& path)
{
    protocol_->setCurrentIndex(std::max(0, protocol_->findData(int(transport))));
    if (isUnixTransport(transport)) {
        path_->setText(path);
    } else {
        host_->setText(host);
        port_->setText(QString::number(port));
    }
    updateProtocolFields();
}

void ClientConsoleTab::resetToDefaults()
{
    protocol_->setCurrentIndex(0);
    host_->setText(QStringLiteral("127.0.0.1"));
    port_->setText(QStringLiteral("7007"));
    path_->setText(QStringLiteral("@sockscope-echo"));
    timeout_->setValue(5000);
    sendMode_->setCurrentIndex(0);
    lineEnding_->setCurrentIndex(2);
    view_->setCurrentIndex(0);
    recvSize_->setValue(4096);
    lineLimit_->setValue(5000);
    autoReceive_->setChecked(true);
    tls_->resetToDefaults();
    multicast_->resetToDefaults();
    updateProtocolFields();
}

} // namespace sockscope
