#include "ServerConsolePage.h"

#include "AutoReplyEditor.h"
#include "ConsoleTranscript.h"
#include "EchoTlsBox.h"
#include "FieldFeedback.h"
#include "PageHeader.h"
#include "PayloadField.h"
#include "PayloadCodec.h"
#include "PayloadMessages.h"
#include "SavedMessagesPanel.h"
#include "ServerPeerModel.h"
#include "SocketConstants.h"
#include "TlsSummaryView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>


#include <algorithm>

namespace sockscope {

ServerConsolePage::ServerConsolePage(QWidget* parent, std::shared_ptr<MessageLibrary> library)
    : Page(parent), service_(new ServerConsoleService(1, this)), peers_(new ServerPeerModel(this))
{
    setObjectName(QStringLiteral("serverConsolePage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPageHeader(
        title(),
        tr("The server end by hand, to test a client: socket(), bind() and listen(), then accept() each client "
           "(automatically, or one at a time while the others wait in the backlog), read what it sent and type "
           "the reply yourself, or let rules answer. End a client with shutdown(), close() or a RST and see what it "
           "gets. UDP servers can join multicast groups.")));
    layout->addWidget(buildForm());
    layout->addWidget(buildTls());
    auto* splitter = new QSplitter(Qt::Horizontal);
    sideTabs_ = new QTabWidget;
    sideTabs_->setObjectName(QStringLiteral("serverSideTabs"));
    sideTabs_->addTab(buildClients(), tr("Clients"));
    autoReplies_ = new AutoReplyEditor;
    sideTabs_->addTab(autoReplies_, tr("Automatic replies"));
    multicastTab_ = buildMulticast();
    sideTabs_->addTab(multicastTab_, tr("Multicast"));
    // The saved messages the client console shares: sent to the client chosen under Reply, or to all.
    messages_ = new SavedMessagesPanel(library ? std::move(library) : std::make_shared<MessageLibrary>());
    messages_->setContentsMargins(4, 4, 4, 4);
    auto* messagesArea = new QScrollArea; // the panel's buttons never widen the page past a small screen
    messagesArea->setWidget(messages_);
    messagesArea->setWidgetResizable(true);
    messagesArea->setFrameShape(QFrame::NoFrame);
    sideTabs_->addTab(messagesArea, tr("Saved messages"));
    sideTabs_->setTabToolTip(sideTabs_->count() - 1, tr("Messages kept between runs, shared with the client console: "
                                                        "send one or a sequence, once or repeated, to the client(s) "
                                                        "chosen under Reply."));
    splitter->addWidget(sideTabs_);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(buildTranscript(), 1);
    rightLayout->addWidget(buildSend());
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    explanation_ = new QLabel;
    explanation_->setObjectName(QStringLiteral("serverExplanation"));
    explanation_->setWordWrap(true);
    explanation_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(explanation_);

    connect(service_, &ServerConsoleService::started, this, &ServerConsolePage::onStarted);
    connect(service_, &ServerConsoleService::repeatProgress, messages_, &SavedMessagesPanel::showProgress);
    connect(service_, &ServerConsoleService::repeatFinished, messages_, &SavedMessagesPanel::showFinished);
    connect(messages_, &SavedMessagesPanel::sendRequested, this, &ServerConsolePage::sendSequence);
    connect(messages_, &SavedMessagesPanel::stopRequested, service_, &ServerConsoleService::stopRepeating);
    connect(messages_, &SavedMessagesPanel::statusMessage, this, &Page::statusMessage);
    messages_->setCurrentMessageSource([this]() -> std::optional<SavedMessage> {
        const auto mode = static_cast<SendMode>(sendMode_->currentData().toInt());
        const auto ending = static_cast<LineEnding>(lineEnding_->currentData().toInt());
        if (!payloadFromField(sendText_, static_cast<PayloadSyntax>(mode), ending, sendFeedback_))
            return std::nullopt; // the reason is beside the field
        SavedMessage m;
        m.name = sendText_->text().simplified().left(32);
        m.syntax = static_cast<MessageSyntax>(mode);
        m.text = sendText_->text();
        m.lineEnding = mode == SendMode::Text ? ending : LineEnding::None;
        return m;
    });
    connect(service_, &ServerConsoleService::stopped, this, [this] {
        explain(tr("Stopped: every client and the listening socket are closed."));
        updateState();
    });
    connect(service_, &ServerConsoleService::peerJoined, this, [this](const ServerPeerState& p) {
        peers_->update(p);
        if (!selectedPeer())
            selectPeer(p.id); // the first client is the one the send box answers
        updateState();
    });
    connect(service_, &ServerConsoleService::peerLeft, this, [this](quint64 id, const QString& why) {
        const bool wasSelected = selectedPeer() == id;
        if (wasSelected)
            transcript_->note(why);
        peers_->remove(id);
        logBytes_ -= logs_.value(id).bytes;
        logs_.remove(id);
        if (wasSelected)
            showSelected();
        updateState();
    });
    connect(service_, &ServerConsoleService::peersChanged, this, [this](const QList<ServerPeerState>& changed) {
        peers_->update(changed);
    });
    connect(service_, &ServerConsoleService::data, this, &ServerConsolePage::onData);
    connect(service_, &ServerConsoleService::callDone, this, [this](quint64 peer, const QString& summary, bool ok) {
        explain(summary, ok);
        if (peer && peer == selectedPeer() && !ok)
            transcript_->note(summary);
    });
    connect(service_, &ServerConsoleService::countersChanged, this, [this](const ServerCounters& c) {
        pending_->setText(c.pendingConnections < 0
                              ? tr("—")
                              : tr("%n connection(s) wait in the backlog (the listener's Recv-Q)", nullptr,
                                   c.pendingConnections));
        acceptOne_->setEnabled(service_->isListening() && service_->isStream());
        counters_->setText(tr("Accepted %1, refused %2 · in %3 B, out %4 B · automatic replies %5, stopped by the "
                              "rate cap %6 · reads paused %7×")
                               .arg(c.accepted)
                               .arg(c.refused)
                               .arg(c.bytesIn)
                               .arg(c.bytesOut)
                               .arg(c.autoReplies)
                               .arg(c.autoRepliesStopped)
                               .arg(c.readPauses));
    });
    connect(service_, &ServerConsoleService::groupsChanged, this, [this](const QStringList& groups) {
        groups_->clear();
        groups_->addItems(groups);
    });
    connect(service_, &ServerConsoleService::broadcastChanged, this, [this](int value) {
        if (value < 0)
            return;
        const QSignalBlocker quiet(broadcast_); // the read-back, not a new request
        broadcast_->setChecked(value == 1);
    });
    connect(autoReplies_, &AutoReplyEditor::rulesChanged, service_, &ServerConsoleService::setAutoReplies);

    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { startListening(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { startListening(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Period), [this] { stopListening(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { service_->acceptOne(); });
    showExample();
    updateState();
}

QString ServerConsolePage::title() const { return tr("Server console"); }

QString ServerConsolePage::summary() const
{
    return tr("listen, accept and answer clients by hand on TCP, UDP or AF_UNIX; a transcript per client, "
              "automatic replies, shutdown, close and RST per client, multicast groups.");
}

QWidget* ServerConsolePage::firstField() const { return isUnix(transport()) ? path_ : port_; }

QLabel* ServerConsolePage::portMessage() const { return portFeedback_->messageLabel(); }
QLabel* ServerConsolePage::pathMessage() const { return pathFeedback_->messageLabel(); }
QLabel* ServerConsolePage::addressMessage() const { return addressFeedback_->messageLabel(); }

QWidget* ServerConsolePage::buildForm()
{
    auto* group = new QGroupBox(tr("Listen"));
    auto* grid = new QGridLayout(group);
    protocol_ = new QComboBox;
    protocol_->setObjectName(QStringLiteral("serverProtocol"));
    protocol_->addItem(tr("TCP"), int(EchoTransport::Tcp));
    protocol_->addItem(tr("UDP"), int(EchoTransport::Udp));
    protocol_->addItem(tr("Unix stream"), int(EchoTransport::UnixStream));
    protocol_->addItem(tr("Unix datagram"), int(EchoTransport::UnixDgram));
    protocol_->setToolTip(tr("SOCK_STREAM or SOCK_DGRAM, over IPv4/IPv6 (TCP, UDP) or AF_UNIX."));
    address_ = new QLineEdit;
    address_->setObjectName(QStringLiteral("serverAddress"));
    address_->setPlaceholderText(tr("127.0.0.1, 0.0.0.0, ::1 or ::"));
    address_->setToolTip(tr("The numeric address bind() takes: 127.0.0.1 or ::1 for this machine only, 0.0.0.0 or "
                            ":: for every interface (then other machines can connect too)."));
    address_->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    address_->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24); // an IPv6 address and room
    addressFeedback_ = new FieldFeedback(address_);
    v6Only_ = new QCheckBox(tr("IPV6_V6ONLY"));
    v6Only_->setObjectName(QStringLiteral("serverV6Only"));
    v6Only_->setToolTip(tr("For an IPv6 address, set explicitly before bind(): on, IPv6 only; off, dual stack, and "
                           "IPv4 clients arrive as ::ffff:a.b.c.d."));
    port_ = new QLineEdit;
    port_->setObjectName(QStringLiteral("serverPort"));
    port_->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")));
    port_->setToolTip(tr("The port to bind, 0 to 65535; 0 lets the kernel pick a free one."));
    portFeedback_ = new FieldFeedback(port_);
    path_ = new QLineEdit;
    path_->setObjectName(QStringLiteral("serverPath"));
    path_->setPlaceholderText(tr("/tmp/server.sock or @abstract-name"));
    path_->setToolTip(tr("The socket file bind() creates (removed again on Stop), or @name for a Linux abstract "
                         "name that needs no file."));
    path_->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22);
    pathFeedback_ = new FieldFeedback(path_);
    removeStale_ = new QCheckBox(tr("Remove a stale socket file"));
    removeStale_->setObjectName(QStringLiteral("serverRemoveStale"));
    removeStale_->setToolTip(tr("unlink() a socket file left behind by a server that is gone (nothing answers a "
                                "connect to it). Any other file at the path is never touched."));
    backlog_ = new QSpinBox;
    backlog_->setObjectName(QStringLiteral("serverBacklog"));
    backlog_->setRange(0, 65535);
    backlog_->setSpecialValueText(tr("SOMAXCONN"));
    backlog_->setToolTip(tr("listen()'s backlog: how many connections the kernel completes and queues before "
                            "accept() takes them."));
    accept_ = new QComboBox;
    accept_->setObjectName(QStringLiteral("serverAcceptMode"));
    accept_->addItem(tr("Accept automatically"));
    accept_->addItem(tr("Accept by hand"));
    accept_->setToolTip(tr("By hand: connections wait in the backlog (the kernel has done the handshake) until you "
                           "press Accept (Ctrl+Shift+A); the listener's Recv-Q counts them."));
    start_ = new QPushButton(tr("Start"));
    start_->setObjectName(QStringLiteral("serverStart"));
    start_->setToolTip(tr("socket(), setsockopt(SO_REUSEADDR), bind(), listen(), getsockname() (Ctrl+Return)."));
    stop_ = new QPushButton(tr("Stop"));
    stop_->setObjectName(QStringLiteral("serverStop"));
    stop_->setToolTip(tr("close() every client and the listening socket (Ctrl+.)."));
    listenerOptions_ = new QPushButton(tr("Options…"));
    listenerOptions_->setObjectName(QStringLiteral("serverListenerOptions"));
    listenerOptions_->setToolTip(tr("getsockopt/setsockopt on the listening socket, on the socket options page."));
    bound_ = new QLabel(tr("—"));
    bound_->setObjectName(QStringLiteral("serverBound"));
    bound_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pending_ = new QLabel(tr("—"));
    pending_->setObjectName(QStringLiteral("serverPending"));
    pending_->setToolTip(tr("Read with NETLINK_SOCK_DIAG as ss -l does, twice a second while accepting by hand "
                            "(those reads are not journalled)."));
    acceptOne_ = new QPushButton(tr("Accept"));
    acceptOne_->setObjectName(QStringLiteral("serverAcceptOne"));
    acceptOne_->setToolTip(tr("accept4() the oldest waiting connection (Ctrl+Shift+A)."));
    counters_ = new QLabel;
    counters_->setObjectName(QStringLiteral("serverCounters"));
    counters_->setWordWrap(true);

    auto* where = new QHBoxLayout;
    where->addWidget(protocol_, 0, Qt::AlignTop);
    where->addWidget(addressFeedback_->fieldWithMessage(), 0);
    where->addWidget(v6Only_, 0, Qt::AlignTop);
    where->addWidget(portFeedback_->fieldWithMessage(), 0);
    where->addWidget(pathFeedback_->fieldWithMessage(), 3);
    where->addWidget(removeStale_, 0, Qt::AlignTop);
    where->addStretch(1);
    // How it listens and the buttons on a line of their own, so the page fits a small screen.
    auto* how = new QHBoxLayout;
    auto* backlogLabel = new QLabel(tr("&Backlog"));
    backlogLabel->setBuddy(backlog_);
    how->addWidget(backlogLabel);
    how->addWidget(backlog_);
    how->addWidget(accept_);
    how->addStretch(1);
    how->addWidget(start_);
    how->addWidget(stop_);
    how->addWidget(listenerOptions_);
    grid->addLayout(where, 0, 0);
    grid->addLayout(how, 1, 0);
    auto* status = new QHBoxLayout;
    status->addWidget(new QLabel(tr("Bound (getsockname):")));
    status->addWidget(bound_);
    status->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
    status->addWidget(pending_);
    status->addWidget(acceptOne_);
    status->addStretch(1);
    grid->addLayout(status, 2, 0);
    grid->addWidget(counters_, 3, 0);

    connect(protocol_, &QComboBox::currentIndexChanged, this, [this] { updateProtocolFields(); });
    connect(address_, &QLineEdit::textChanged, this, [this] { updateProtocolFields(); });
    connect(start_, &QPushButton::clicked, this, &ServerConsolePage::startListening);
    connect(stop_, &QPushButton::clicked, this, &ServerConsolePage::stopListening);
    connect(acceptOne_, &QPushButton::clicked, service_, &ServerConsoleService::acceptOne);
    connect(accept_, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (service_->isListening())
            service_->setManualAccept(i == 1);
    });
    connect(listenerOptions_, &QPushButton::clicked, this, [this] {
        if (service_->listenerSocketId())
            emit socketOptionsRequested(service_->listenerSocketId());
    });
    for (QLineEdit* e : {address_, port_, path_})
        connect(e, &QLineEdit::returnPressed, this, &ServerConsolePage::startListening);
    return group;
}

QWidget* ServerConsolePage::buildClients()
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    peerView_ = new QTableView;
    peerView_->setObjectName(QStringLiteral("serverPeers"));
    peerView_->setModel(peers_);
    peerView_->setSelectionBehavior(QAbstractItemView::SelectRows);
    peerView_->setSelectionMode(QAbstractItemView::SingleSelection);
    peerView_->verticalHeader()->setVisible(false);
    peerView_->horizontalHeader()->setSectionResizeMode(ServerPeerModel::Address, QHeaderView::Stretch);
    peerView_->horizontalHeader()->setSectionResizeMode(ServerPeerModel::State, QHeaderView::ResizeToContents);
    peerView_->setToolTip(tr("Connected clients (streams) or the datagram peers heard from. Select one to see its "
                             "transcript and to answer it."));
    layout->addWidget(peerView_, 1);
    layout->addWidget(buildPeerTls());
    auto* buttons = new QGridLayout;
    const auto add = [&](const QString& text, const char* name, const QString& tip, int row, int column,
                         std::function<void(quint64)> call) {
        auto* b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, [this, call] { peerCall(call); });
        peerButtons_ << b;
        buttons->addWidget(b, row, column);
        return b;
    };
    add(tr("shutdown(SHUT_RD)"), "serverShutRd", tr("Stop receiving from this client; it is not told."), 0, 0,
        [this](quint64 p) { service_->shutdownPeer(p, shutdownRead()); });
    add(tr("shutdown(SHUT_WR)"), "serverShutWr",
        tr("Half-close: the client gets a FIN and reads end-of-file; it can still send."), 0, 1,
        [this](quint64 p) { service_->shutdownPeer(p, shutdownWrite()); });
    add(tr("shutdown(SHUT_RDWR)"), "serverShutRdwr", tr("Both directions."), 1, 0,
        [this](quint64 p) { service_->shutdownPeer(p, shutdownBoth()); });
    add(tr("close()"), "serverClosePeer", tr("An orderly close: unsent data goes out, then a FIN (Ctrl+Shift+W)."), 1, 1,
        [this](quint64 p) { service_->closePeer(p); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    add(tr("Reset (RST)"), "serverResetPeer",
        tr("SO_LINGER {1, 0} then close(): the client gets a RST and sees ECONNRESET."), 2, 0,
        [this](quint64 p) { service_->resetPeer(p); });
    peerOptions_ = new QPushButton(tr("Options…"));
    peerOptions_->setObjectName(QStringLiteral("serverPeerOptions"));
    peerOptions_->setToolTip(tr("getsockopt/setsockopt on this client's accepted socket, on the socket options page."));
    buttons->addWidget(peerOptions_, 2, 1);
    connect(peerOptions_, &QPushButton::clicked, this, [this] {
        if (const ServerPeerState* p = peers_->peer(selectedPeer()); p && p->socketId)
            emit socketOptionsRequested(p->socketId);
    });
    layout->addLayout(buttons);
    connect(peerView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showSelected();
        updateState();
    });
    return box;
}

QWidget* ServerConsolePage::buildMulticast()
{
    auto* box = new QWidget;
    auto* form = new QFormLayout(box);
    broadcast_ = new QCheckBox(tr("SO_BROADCAST (replies may go to a broadcast address)"));
    broadcast_->setObjectName(QStringLiteral("serverBroadcast"));
    broadcast_->setToolTip(tr("setsockopt(SO_BROADCAST) on the bound UDP socket: without it a reply to a broadcast "
                              "address (10.0.0.255, 255.255.255.255) fails with EACCES. Set at once, or at Start."));
    form->addRow(broadcast_);
    connect(broadcast_, &QCheckBox::toggled, this, [this](bool on) {
        if (service_->isListening() && transport() == EchoTransport::Udp)
            service_->setBroadcast(on);
    });
    group_ = new QLineEdit;
    group_->setObjectName(QStringLiteral("serverGroup"));
    group_->setPlaceholderText(tr("239.1.2.3 or ff12::1"));
    group_->setToolTip(tr("A multicast group: 224.0.0.0/4 for IPv4, ff00::/8 for IPv6, of the socket's family."));
    groupFeedback_ = new FieldFeedback(group_);
    source_ = new QLineEdit;
    source_->setObjectName(QStringLiteral("serverGroupSource"));
    source_->setPlaceholderText(tr("empty: any source"));
    source_->setToolTip(tr("IPv4 only: receive from this source alone (IP_ADD_SOURCE_MEMBERSHIP, 232.0.0.0/8)."));
    interface_ = new QLineEdit;
    interface_->setObjectName(QStringLiteral("serverGroupInterface"));
    interface_->setPlaceholderText(tr("empty: by the route"));
    interface_->setToolTip(tr("The interface to join on, by name (lo) or index."));
    auto* join = new QPushButton(tr("Join"));
    join->setObjectName(QStringLiteral("serverJoin"));
    join->setToolTip(tr("IP_ADD_MEMBERSHIP, IP_ADD_SOURCE_MEMBERSHIP or IPV6_JOIN_GROUP."));
    auto* leave = new QPushButton(tr("Leave"));
    leave->setObjectName(QStringLiteral("serverLeave"));
    leave->setToolTip(tr("IP_DROP_MEMBERSHIP, IP_DROP_SOURCE_MEMBERSHIP or IPV6_LEAVE_GROUP."));
    groups_ = new QListWidget;
    groups_->setObjectName(QStringLiteral("serverGroups"));
    groups_->setToolTip(tr("The groups this socket has joined; pick one to fill in the fields for Leave."));
    form->addRow(tr("&Group"), groupFeedback_->fieldWithMessage());
    form->addRow(tr("&Source"), source_);
    form->addRow(tr("&Interface"), interface_);
    auto* row = new QHBoxLayout;
    row->addWidget(join);
    row->addWidget(leave);
    row->addStretch(1);
    form->addRow(row);
    form->addRow(tr("Joined"), groups_);
    const auto membership = [this](bool joining) {
        if (group_->text().trimmed().isEmpty()) {
            groupFeedback_->setError(tr("Give a multicast group, e.g. 239.1.2.3 or ff12::1."));
            return;
        }
        groupFeedback_->clearError();
        if (joining)
            service_->join(group_->text(), source_->text(), interface_->text());
        else
            service_->leave(group_->text(), source_->text(), interface_->text());
    };
    connect(join, &QPushButton::clicked, this, [membership] { membership(true); });
    connect(leave, &QPushButton::clicked, this, [membership] { membership(false); });
    connect(groups_, &QListWidget::currentTextChanged, this, [this](const QString& text) {
        // "232.1.2.3 from 192.0.2.1 on lo"
        const QStringList w = text.split(QLatin1Char(' '));
        if (w.isEmpty() || w.first().isEmpty())
            return;
        group_->setText(w.first());
        const qsizetype from = w.indexOf(QStringLiteral("from"));
        const qsizetype on = w.indexOf(QStringLiteral("on"));
        source_->setText(from >= 0 && from + 1 < w.size() ? w.at(from + 1) : QString());
        interface_->setText(on >= 0 && on + 1 < w.size() ? w.at(on + 1) : QString());
    });
    return box;
}

QWidget* ServerConsolePage::buildTranscript()
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    transcriptTitle_ = new QLabel;
    transcriptTitle_->setObjectName(QStringLiteral("serverTranscriptTitle"));
    view_ = new QComboBox;
    view_->setObjectName(QStringLiteral("serverView"));
    view_->addItem(tr("Text"), int(ConsoleTranscript::View::Text));
    view_->addItem(tr("Hex"), int(ConsoleTranscript::View::Hex));
    view_->addItem(tr("Text + hex"), int(ConsoleTranscript::View::Both));
    view_->addItem(tr("Hex pages (received)"), int(ConsoleTranscript::View::Pages));
    view_->setToolTip(tr("Show each chunk as text (control bytes as C escapes), as a hex dump, or both."));
    dropped_ = new QLabel;
    dropped_->setObjectName(QStringLiteral("serverDropped"));
    dropped_->setToolTip(tr("Each client's transcript keeps its last %1 KiB; what went before is counted here.")
                             .arg(peerLogBytes / 1024));
    bar->addWidget(transcriptTitle_, 1);
    bar->addWidget(dropped_);
    bar->addWidget(view_);
    layout->addLayout(bar);
    transcript_ = new ConsoleTranscript;
    transcript_->setByteLimit(peerLogBytes);
    layout->addWidget(transcript_, 1);
    connect(view_, &QComboBox::currentIndexChanged, this, [this] {
        transcript_->setView(static_cast<ConsoleTranscript::View>(view_->currentData().toInt()));
    });
    return box;
}

QWidget* ServerConsolePage::buildSend()
{
    auto* group = new QGroupBox(tr("Reply"));
    auto* column = new QVBoxLayout(group);
    auto* row = new QHBoxLayout;
    sendTo_ = new QComboBox;
    sendTo_->setObjectName(QStringLiteral("serverSendTo"));
    sendTo_->addItem(tr("To the selected client"));
    sendTo_->addItem(tr("To every client"));
    sendTo_->setToolTip(tr("send() (sendto() for datagram peers) to the client selected in the list, or to all."));
    sendMode_ = new QComboBox;
    sendMode_->setObjectName(QStringLiteral("serverSendMode"));
    sendMode_->addItem(tr("Text"), int(SendMode::Text));
    sendMode_->addItem(tr("C escapes"), int(SendMode::Escapes));
    sendMode_->addItem(tr("Hex"), int(SendMode::Hex));
    sendMode_->setToolTip(tr("Text: as typed, plus the line ending. C escapes: \\r \\n \\t \\0 \\\\ \\xHH \\NNN. "
                             "Hex: byte pairs, spaces, commas and 0x allowed."));
    lineEnding_ = new QComboBox;
    lineEnding_->setObjectName(QStringLiteral("serverLineEnding"));
    lineEnding_->addItem(tr("No line ending"), int(LineEnding::None));
    lineEnding_->addItem(tr("LF (\\n)"), int(LineEnding::LF));
    lineEnding_->addItem(tr("CRLF (\\r\\n)"), int(LineEnding::CRLF));
    lineEnding_->setToolTip(tr("Appended to text."));
    sendText_ = new QLineEdit;
    sendText_->setObjectName(QStringLiteral("serverSendText"));
    sendText_->setPlaceholderText(tr("The reply, e.g. HTTP/1.0 200 OK"));
    sendText_->setToolTip(tr("What to send back. Return sends."));
    sendFeedback_ = new FieldFeedback(sendText_);
    send_ = new QPushButton(tr("Send"));
    send_->setObjectName(QStringLiteral("serverSend"));
    send_->setToolTip(tr("send() the bytes to the chosen client(s) (Return in the field)."));
    // The field gets the pane's whole width; how it is read and where it goes sit under it.
    row->addWidget(sendFeedback_->fieldWithMessage(), 1);
    row->addWidget(send_, 0, Qt::AlignTop);
    auto* how = new QHBoxLayout;
    how->addWidget(sendTo_);
    how->addWidget(sendMode_);
    how->addWidget(lineEnding_);
    how->addStretch(1);
    column->addLayout(row);
    column->addLayout(how);
    connect(sendMode_, &QComboBox::currentIndexChanged, this, [this] {
        lineEnding_->setEnabled(sendMode_->currentData().toInt() == int(SendMode::Text));
        sendFeedback_->clearError();
    });
    connect(sendText_, &QLineEdit::returnPressed, this, &ServerConsolePage::sendNow);
    connect(sendText_, &QLineEdit::textEdited, this, [this] { sendFeedback_->clearError(); });
    connect(send_, &QPushButton::clicked, this, &ServerConsolePage::sendNow);
    return group;
}

EchoTransport ServerConsolePage::transport() const
{
    return static_cast<EchoTransport>(protocol_->currentData().toInt());
}

void ServerConsolePage::updateProtocolFields()
{
    const bool unixSocket = isUnix(transport());
    address_->parentWidget()->setVisible(!unixSocket);
    port_->parentWidget()->setVisible(!unixSocket);
    v6Only_->setVisible(!unixSocket);
    v6Only_->setEnabled(address_->text().contains(QLatin1Char(':')));
    path_->parentWidget()->setVisible(unixSocket);
    removeStale_->setVisible(unixSocket);
    backlog_->setEnabled(isStream(transport()));
    accept_->setEnabled(isStream(transport()));
    sideTabs_->setTabVisible(sideTabs_->indexOf(multicastTab_), transport() == EchoTransport::Udp);
    tls_->setAvailable(isStream(transport()));
}

void ServerConsolePage::updateState()
{
    const bool on = service_->isListening();
    for (QWidget* w : std::initializer_list<QWidget*>{protocol_, address_, v6Only_, port_, path_, removeStale_, backlog_})
        w->setEnabled(!on && !starting_);
    tls_->setEditable(!on && !starting_);
    if (!on && !starting_)
        updateProtocolFields();
    start_->setEnabled(!on && !starting_);
    stop_->setEnabled(on);
    listenerOptions_->setEnabled(on);
    acceptOne_->setEnabled(on && service_->isStream());
    const ServerPeerState* p = peers_->peer(selectedPeer());
    const bool streamPeer = p && p->socketId != 0;
    for (QPushButton* b : peerButtons_)
        b->setEnabled(p && (streamPeer || b->objectName() == QLatin1String("serverClosePeer")));
    peerOptions_->setEnabled(streamPeer);
    send_->setEnabled(on && peers_->rowCount() > 0);
    messages_->setCanSend(on && peers_->rowCount() > 0,
                          on ? tr("No client yet: saved messages go to the clients in the list.")
                             : tr("Start the server first: saved messages go to its clients."));
    if (!on) {
        bound_->setText(tr("—"));
        pending_->setText(tr("—"));
    }
}

void ServerConsolePage::clearErrors()
{
    addressFeedback_->clearError();
    portFeedback_->clearError();
    pathFeedback_->clearError();
}

void ServerConsolePage::startListening()
{
    if (service_->isListening() || starting_)
        return;
    clearErrors();
    ServerListenRequest r;
    r.config.transport = transport();
    r.manualAccept = accept_->currentIndex() == 1 && isStream(transport());
    r.config.backlog = backlog_->value() == 0 ? -1 : backlog_->value();
    if (isUnix(transport())) {
        if (path_->text().trimmed().isEmpty()) {
            pathFeedback_->setError(tr("Give a socket file path such as /tmp/server.sock, or @name for an abstract "
                                       "name."));
            return;
        }
        r.config.path = path_->text().trimmed().toStdString();
        r.config.removeStaleSocket = removeStale_->isChecked();
    } else {
        const auto port = portFeedback_->checkUnsigned(tr("Port"), 0, 65535, 0);
        if (address_->text().trimmed().isEmpty())
            addressFeedback_->setError(tr("Give a numeric address to bind: 127.0.0.1, ::1, 0.0.0.0 or ::."));
        if (!port || addressFeedback_->hasError())
            return;
        r.config.port = static_cast<int>(*port);
        r.config.bindAddress = address_->text().trimmed().toStdString();
        r.config.v6Only = v6Only_->isChecked();
    }
    if (isStream(transport())) {
        const std::optional<EchoTlsRequest> tls = tls_->validate();
        if (!tls)
            return; // marked beside its field
        r.tls = *tls;
    }
    starting_ = true;
    peers_->clear();
    logs_.clear();
    logBytes_ = 0;
    transcript_->clear();
    counters_->clear();
    explain(tr("Starting…"));
    updateState();
    service_->start(r);
}

void ServerConsolePage::onStarted(const ServerListenOutcome& o)
{
    starting_ = false;
    if (!o.ok && o.failedCall == QLatin1String("SSL_CTX")) {
        explain(o.message, false); // the TLS box marks its field (tlsPrepared)
        updateState();
        return;
    }
    if (!o.ok) {
        // Beside the field the failure is about.
        FieldFeedback* field = portFeedback_;
        if (isUnix(transport()))
            field = pathFeedback_;
        else if (o.failedCall == QLatin1String("inet_pton") || o.errnoSymbol == QLatin1String("EADDRNOTAVAIL"))
            field = addressFeedback_;
        QString message = o.message;
        if (o.staleSocketFile)
            message += tr(" Tick “Remove a stale socket file” to unlink it first.");
        field->setError(message);
        explain(message, false);
        updateState();
        return;
    }
    clearErrors();
    QString bound = o.bound;
    if (o.v6Only >= 0)
        bound += o.v6Only ? tr(" (IPV6_V6ONLY 1: IPv6 only)") : tr(" (IPV6_V6ONLY 0: dual stack)");
    bound_->setText(bound);
    if (transport() == EchoTransport::Udp && broadcast_->isChecked())
        service_->setBroadcast(true); // ticked before Start: set on the new socket
    explain(isStream(transport()) ? tr("Listening on %1: clients that connect appear in the list.").arg(o.bound)
                                  : tr("Bound to %1: each sender appears in the list with its first datagram.")
                                        .arg(o.bound));
    updateState();
}

void ServerConsolePage::stopListening() { service_->stop(); }

void ServerConsolePage::keep(PeerLog& log, const ClientChunk& chunk)
{
    log.chunks << chunk;
    const qsizetype cost = chunk.bytes.size() + 128;
    log.bytes += cost;
    logBytes_ += cost;
    // Bounded per client, and all of them together: a flooding client or a thousand quiet ones.
    const qsizetype cap = std::clamp<qsizetype>(allLogsBytes / std::max<qsizetype>(1, logs_.size()), 16 * 1024,
                                                peerLogBytes);
    while (log.bytes > cap && log.chunks.size() > 1) {
        const qsizetype c = log.chunks.first().bytes.size() + 128;
        log.droppedBytes += log.chunks.first().bytes.size();
        ++log.droppedChunks;
        log.bytes -= c;
        logBytes_ -= c;
        log.chunks.removeFirst();
    }
}

void ServerConsolePage::onData(const QList<ServerChunk>& batch)
{
    const quint64 selected = selectedPeer();
    QList<ClientChunk> visible;
    for (const ServerChunk& c : batch) {
        const bool isNote = c.chunk.bytes.isEmpty() && !c.chunk.note.isEmpty() && !c.chunk.outgoing;
        if (!logs_.contains(c.peer) && !peers_->peer(c.peer))
            continue; // a client already gone
        keep(logs_[c.peer], c.chunk);
        if (c.peer != selected)
            continue;
        if (isNote) {
            transcript_->append(visible);
            visible.clear();
            transcript_->note(c.chunk.note);
        } else {
            visible << c.chunk;
        }
    }
    if (!visible.isEmpty())
        transcript_->append(visible);
    updateDropped();
}

void ServerConsolePage::showSelected()
{
    transcript_->clear();
    const quint64 id = selectedPeer();
    const ServerPeerState* p = peers_->peer(id);
    transcriptTitle_->setText(p ? tr("Client %1 — %2").arg(id).arg(p->address) : tr("No client selected"));
    if (p) {
        QList<ClientChunk> run;
        for (const ClientChunk& c : logs_.value(id).chunks) {
            if (c.bytes.isEmpty() && !c.note.isEmpty() && !c.outgoing) {
                transcript_->append(run);
                run.clear();
                transcript_->note(c.note);
            } else {
                run << c;
            }
        }
        if (!run.isEmpty())
            transcript_->append(run);
    }
    updateDropped();
    showPeerTls();
}

void ServerConsolePage::updateDropped()
{
    const PeerLog log = logs_.value(selectedPeer());
    dropped_->setText(log.droppedChunks ? tr("%n earlier chunk(s) dropped (%1 bytes)", nullptr, int(log.droppedChunks))
                                              .arg(log.droppedBytes)
                                        : QString());
}

quint64 ServerConsolePage::selectedPeer() const
{
    const ServerPeerState* p = peers_->peerAt(peerView_->currentIndex().row());
    return p ? p->id : 0;
}

void ServerConsolePage::selectPeer(quint64 id)
{
    const int row = peers_->rowOf(id);
    if (row >= 0)
        peerView_->setCurrentIndex(peers_->index(row, 0));
}

void ServerConsolePage::peerCall(const std::function<void(quint64)>& call)
{
    if (const quint64 id = selectedPeer())
        call(id);
}

bool ServerConsolePage::replyTarget(quint64& peer)
{
    const bool all = sendTo_->currentIndex() == 1;
    peer = all ? 0 : selectedPeer();
    if (!all && !peer) {
        sendFeedback_->setError(tr("Select a client in the list first, or choose “To every client”."));
        return false;
    }
    return true;
}

void ServerConsolePage::sendNow()
{
    if (!service_->isListening() || messages_->isRepeating())
        return;
    quint64 peer = 0;
    if (!replyTarget(peer))
        return;
    const auto mode = static_cast<SendMode>(sendMode_->currentData().toInt());
    const std::optional<std::string> parsed =
        payloadFromField(sendText_, static_cast<PayloadSyntax>(mode),
                         static_cast<LineEnding>(lineEnding_->currentData().toInt()), sendFeedback_);
    if (!parsed)
        return;
    const std::string& bytes = *parsed;
    sendFeedback_->clearError();
    const QByteArray reply(bytes.data(), static_cast<qsizetype>(bytes.size()));
    if (messages_->rounds() > 1) {
        // One repeat control for the console: the saved messages' N and T apply to the reply field too.
        SendSequence seq;
        seq.items.push_back({reply, 0});
        seq.rounds = messages_->rounds();
        seq.intervalMs = messages_->intervalMs();
        service_->sendSequence(peer, seq);
    } else {
        service_->send(peer, reply);
    }
    sendText_->clear();
}

void ServerConsolePage::sendSequence(const SendSequence& sequence)
{
    if (!service_->isListening())
        return;
    quint64 peer = 0;
    if (!replyTarget(peer)) {
        explain(tr("Select a client in the Clients list first, or choose “To every client” under Reply."), false);
        return;
    }
    service_->sendSequence(peer, sequence);
}

void ServerConsolePage::explain(const QString& text, bool ok)
{
    explanation_->setText(ok ? text : tr("Failed: %1").arg(text));
}

void ServerConsolePage::restoreInputs(const QSettings& settings)
{
    protocol_->setCurrentIndex(std::clamp(settings.value(QStringLiteral("protocol"), 0).toInt(), 0, 3));
    address_->setText(settings.value(QStringLiteral("address"), address_->text()).toString());
    port_->setText(settings.value(QStringLiteral("port"), port_->text()).toString());
    path_->setText(settings.value(QStringLiteral("path"), path_->text()).toString());
    v6Only_->setChecked(settings.value(QStringLiteral("v6Only"), true).toBool());
    removeStale_->setChecked(settings.value(QStringLiteral("removeStale"), false).toBool());
    backlog_->setValue(settings.value(QStringLiteral("backlog"), 0).toInt());
    accept_->setCurrentIndex(std::clamp(settings.value(QStringLiteral("acceptMode"), 0).toInt(), 0, 1));
    sendMode_->setCurrentIndex(std::clamp(settings.value(QStringLiteral("sendMode"), 0).toInt(), 0, 2));
    lineEnding_->setCurrentIndex(std::clamp(settings.value(QStringLiteral("lineEnding"), 2).toInt(), 0, 2));
    sendTo_->setCurrentIndex(std::clamp(settings.value(QStringLiteral("sendTo"), 0).toInt(), 0, 1));
    view_->setCurrentIndex(std::clamp(settings.value(QStringLiteral("view"), 0).toInt(), 0, view_->count() - 1));
    group_->setText(settings.value(QStringLiteral("group"), group_->text()).toString());
    source_->setText(settings.value(QStringLiteral("groupSource")).toString());
    interface_->setText(settings.value(QStringLiteral("groupInterface")).toString());
    const QVariantList rules = settings.value(QStringLiteral("autoReplies")).toList();
    QList<AutoReplyRule> list;
    for (const QVariant& r : rules)
        list << AutoReplyEditor::fromStrings(r.toStringList());
    autoReplies_->setRules(list);
    tls_->restore(settings, QString());
    messages_->restore(settings, QStringLiteral("messages/"));
    updateProtocolFields();
}

void ServerConsolePage::saveInputs(QSettings& settings) const
{
    settings.setValue(QStringLiteral("protocol"), protocol_->currentIndex());
    settings.setValue(QStringLiteral("address"), address_->text());
    settings.setValue(QStringLiteral("port"), port_->text());
    settings.setValue(QStringLiteral("path"), path_->text());
    settings.setValue(QStringLiteral("v6Only"), v6Only_->isChecked());
    settings.setValue(QStringLiteral("removeStale"), removeStale_->isChecked());
    settings.setValue(QStringLiteral("backlog"), backlog_->value());
    settings.setValue(QStringLiteral("acceptMode"), accept_->currentIndex());
    settings.setValue(QStringLiteral("sendMode"), sendMode_->currentIndex());
    settings.setValue(QStringLiteral("lineEnding"), lineEnding_->currentIndex());
    settings.setValue(QStringLiteral("sendTo"), sendTo_->currentIndex());
    settings.setValue(QStringLiteral("view"), view_->currentIndex());
    settings.setValue(QStringLiteral("group"), group_->text());
    settings.setValue(QStringLiteral("groupSource"), source_->text());
    settings.setValue(QStringLiteral("groupInterface"), interface_->text());
    QVariantList rules;
    for (const AutoReplyRule& r : autoReplies_->rules())
        rules << QVariant(AutoReplyEditor::toStrings(r));
    settings.setValue(QStringLiteral("autoReplies"), rules);
    tls_->save(settings, QString());
    messages_->save(settings, QStringLiteral("messages/"));
}

void ServerConsolePage::showExample()
{
    protocol_->setCurrentIndex(0);
    address_->setText(QStringLiteral("127.0.0.1"));
    port_->setText(QStringLiteral("7070"));
    path_->setText(QStringLiteral("@sockscope-server"));
    v6Only_->setChecked(true);
    backlog_->setValue(0);
    accept_->setCurrentIndex(0);
    tls_->resetToDefaults();
    sendMode_->setCurrentIndex(0);
    lineEnding_->setCurrentIndex(2);
    group_->setText(QStringLiteral("239.1.2.3"));
    autoReplies_->setRules({{AutoReplyRule::Match::Regex, QStringLiteral("^PING (\\w+)"), AutoReplyRule::Reply::Escapes,
                             QStringLiteral("PONG \\1\\r\\n"), 0, false}});
    updateProtocolFields();
}

QWidget* ServerConsolePage::buildTls()
{
    tls_ = new EchoTlsBox;
    tls_->addPeerOptions(QStringLiteral("serverTls"));
    tlsCounters_ = new QLabel;
    tlsCounters_->setObjectName(QStringLiteral("serverTlsCounters"));
    tlsCounters_->setWordWrap(true);
    tlsCounters_->hide();
    static_cast<QVBoxLayout*>(tls_->layout())->addWidget(tlsCounters_);
    connect(service_, &ServerConsoleService::tlsPrepared, tls_, &EchoTlsBox::showOutcome);
    connect(tls_, &EchoTlsBox::statusMessage, this, &Page::statusMessage);
    connect(service_, &ServerConsoleService::countersChanged, this, [this](const ServerCounters& c) {
        tlsCounters_->setVisible(tls_->isOn() && service_->isStream());
        QString text = tr("TLS handshakes finished %1, failed or stalled %2 (those clients were dropped and their "
                          "sockets closed)")
                           .arg(c.tlsHandshakes)
                           .arg(c.tlsFailed);
        if (!c.lastTlsFailure.isEmpty())
            text += QLatin1Char('\n') + tr("Last: %1").arg(c.lastTlsFailure);
        tlsCounters_->setText(text);
    });
    return tls_;
}

QWidget* ServerConsolePage::buildPeerTls()
{
    peerTls_ = new TlsSummaryView;
    peerTls_->setObjectName(QStringLiteral("serverPeerTls"));
    peerTls_->setTitle(tr("Selected client's TLS session"));
    peerTls_->hide();
    connect(peerTls_, &TlsSummaryView::statusMessage, this, &Page::statusMessage);
    // Once the model has the new state: the selected client's handshake may just have finished.
    connect(peers_, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const int row = peers_->rowOf(selectedPeer());
        if (row >= from.row() && row <= to.row())
            showPeerTls();
    });
    return peerTls_;
}

void ServerConsolePage::showPeerTls()
{
    const ServerPeerState* p = peers_->peer(selectedPeer());
    if (!p || p->tls != PeerTls::Established) {
        peerTls_->clear();
        peerTls_->hide();
        return;
    }
    // The view speaks of a peer's certificate as a client sees a server's: the same fields.
    ClientConnectOutcome o;
    o.ok = true;
    o.tls = true;
    o.tlsSummary = p->tlsSummary;
    peerTls_->showOutcome(o);
    const bool certificate = !p->tlsSummary.peerChain.empty();
    if (!certificate) {
        peerTls_->verificationLabel()->setPalette(palette());
        peerTls_->verificationLabel()->setText(tr("No client certificate: the client sent none."));
    }
    // Without a certificate there is no chain to list and no fingerprint to copy.
    peerTls_->chainTree()->setVisible(certificate);
    if (auto* copy = peerTls_->findChild<QWidget*>(QStringLiteral("consoleTlsCopyFingerprint")))
        copy->setVisible(certificate);
    peerTls_->show();
}

} // namespace sockscope
