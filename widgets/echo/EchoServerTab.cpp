#include "EchoServerTab.h"

#include "CopyButton.h"
#include "EchoConnectionModel.h"
#include "EchoLoadPanel.h"
#include "EchoLogModel.h"
#include "EchoMessages.h"
#include "EchoServerForm.h"
#include "EchoTlsBox.h"
#include "EchoTotalsView.h"
#include "PaletteColors.h"
#include "ThroughputPlot.h"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace sockscope {

namespace {

QString transportText(EchoTransport t)
{
    switch (t) {
    case EchoTransport::Tcp: return EchoServerTab::tr("TCP");
    case EchoTransport::Udp: return EchoServerTab::tr("UDP");
    case EchoTransport::UnixStream: return EchoServerTab::tr("Unix stream");
    case EchoTransport::UnixDgram: return EchoServerTab::tr("Unix datagram");
    }
    return {};
}

QString engineText(const EchoConfig& c)
{
    if (c.engine == EchoEngine::Thread)
        return EchoServerTab::tr("thread engine, one thread per connection");
    const QString poller = QString::fromLatin1(pollerName(reactorLoop(c)));
    if (c.threads > 0)
        return EchoServerTab::tr("reactor engine on %1, %n worker thread(s)", nullptr, c.threads).arg(poller);
    return EchoServerTab::tr("reactor engine on %1, one worker thread per core").arg(poller);
}

// Start's triangle and Stop's square in the button text's colour, so they read on any palette
// (the style's media icons are dark glyphs that vanish on a dark button); sharp at any scale.
QIcon shapeIcon(const QWidget* button, bool triangle)
{
    const int size = button->fontMetrics().height();
    const qreal ratio = button->devicePixelRatioF();
    QIcon icon;
    for (const auto mode : {QIcon::Normal, QIcon::Disabled}) {
        QPixmap pixmap(QSize(size, size) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(button->palette().color(mode == QIcon::Normal ? QPalette::Active : QPalette::Disabled,
                                           QPalette::ButtonText));
        const qreal m = size * 0.2;
        if (triangle)
            p.drawPolygon(QPolygonF({QPointF(m, m), QPointF(size - m, size / 2.0), QPointF(m, size - m)}));
        else
            p.drawRect(QRectF(m, m, size - 2 * m, size - 2 * m));
        p.end();
        icon.addPixmap(pixmap, mode);
    }
    return icon;
}

void setupTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // One line of text per row, whatever the scale factor; fixed so long tables stay fast.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() * 3 / 2);
    view->horizontalHeader()->setHighlightSections(false);
}

} // namespace

EchoServerTab::EchoServerTab(int number, QWidget* parent)
    : QWidget(parent),
      number_(number),
      service_(new EchoServerService(this)),
      form_(new EchoServerForm),
      tlsBox_(new EchoTlsBox),
      loadPanel_(new EchoLoadPanel),
      sideTabs_(new QTabWidget),
      startButton_(new QPushButton(tr("&Start"))),
      stopButton_(new QPushButton(tr("St&op"))),
      statusLabel_(new QLabel),
      copyButton_(nullptr),
      retryButton_(new QPushButton(tr("&Remove the stale file and retry"))),
      totals_(new EchoTotalsView),
      plot_(new ThroughputPlot),
      connections_(new EchoConnectionModel(this)),
      connectionProxy_(new QSortFilterProxyModel(this)),
      connectionView_(new QTableView),
      connectionCountLabel_(new QLabel),
      shutdownAction_(new QAction(tr("Shut down &writing"), this)),
      closeAction_(new QAction(tr("&Close"), this)),
      resetAction_(new QAction(tr("Rese&t"), this)),
      optionsAction_(new QAction(tr("O&ptions…"), this)),
      listenerOptionsButton_(new QPushButton(tr("&Listener options…"))),
      log_(new EchoLogModel(this)),
      logView_(new QTableView)
{
    setObjectName(QStringLiteral("echoServerTab"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createStatusRow());
    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("echoTabSplitter"));
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    split->addWidget(createFormColumn());

    auto* monitor = new QWidget;
    auto* monitorLayout = new QVBoxLayout(monitor);
    monitorLayout->setContentsMargins(0, 0, 0, 0);

    auto* parts = new QSplitter(Qt::Vertical);
    parts->setObjectName(QStringLiteral("echoMonitorSplitter"));
    parts->setChildrenCollapsible(false);
    auto* totalsBox = new QGroupBox(tr("Totals"));
    auto* totalsLayout = new QVBoxLayout(totalsBox);
    totalsLayout->addWidget(totals_);
    parts->addWidget(totalsBox);
    parts->addWidget(createConnectionsBox());
    parts->addWidget(createLogBox());
    parts->setStretchFactor(0, 0);
    parts->setStretchFactor(1, 3);
    parts->setStretchFactor(2, 2);
    monitorLayout->addWidget(parts, 1);
    split->addWidget(monitor);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);

    connect(service_, &EchoServerService::started, this, &EchoServerTab::onStarted);
    connect(service_, &EchoServerService::tlsPrepared, tlsBox_, &EchoTlsBox::showOutcome);
    connect(service_, &EchoServerService::stopped, this, &EchoServerTab::onStopped);
    connect(service_, &EchoServerService::snapshot, this, &EchoServerTab::onSnapshot);
    connect(form_, &EchoServerForm::submitted, this, &EchoServerTab::start);

    // Keyboard: the form, Start, Stop, the status's copy button, the table and its actions, the log.
    QWidget* previous = nullptr;
    QList<QWidget*> order = form_->fieldsInTabOrder();
    order << startButton_ << stopButton_;
    order << loadPanel_->fieldsInTabOrder();
    order << copyButton_ << consoleButton_ << retryButton_ << connectionView_;
    for (QWidget* w : findChildren<QWidget*>(QStringLiteral("echoConnectionActionButton")))
        order << w;
    order << logView_ << findChild<QWidget*>(QStringLiteral("echoClearLogButton"));
    for (QWidget* w : order) {
        if (previous && w)
            setTabOrder(previous, w);
        if (w)
            previous = w;
    }
    setState(State::Idle);
    setStatus(tr("Not running. Choose the settings and press Start (Ctrl+Return)."), false);
}

void EchoServerTab::showLoadPanel(bool show) { sideTabs_->setCurrentIndex(show ? 1 : 0); }

EchoServerTab::~EchoServerTab() = default; // the service stops the server and joins its thread

QWidget* EchoServerTab::createFormColumn()
{
    auto* column = new QWidget;
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* box = new QGroupBox(tr("Server settings"));
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(form_);
    boxLayout->addWidget(tlsBox_);
    connect(form_, &EchoServerForm::transportChanged, tlsBox_, &EchoTlsBox::setAvailable);
    connect(tlsBox_, &EchoTlsBox::statusMessage, this, &EchoServerTab::statusMessage);

    auto* buttons = new QHBoxLayout;
    startButton_->setObjectName(QStringLiteral("echoStartButton"));
    startButton_->setIcon(shapeIcon(startButton_, true));
    startButton_->setToolTip(tr("Create the socket, set its options, bind, listen (streams) and start serving "
                                "(Ctrl+Return). The calls appear in the journal."));
    stopButton_->setObjectName(QStringLiteral("echoStopButton"));
    stopButton_->setIcon(shapeIcon(stopButton_, false));
    stopButton_->setToolTip(tr("Stop accepting, close every connection and the listening socket, and end the "
                               "server's threads; within a second (Ctrl+.)."));
    listenerOptionsButton_->setObjectName(QStringLiteral("echoListenerOptionsButton"));
    listenerOptionsButton_->setToolTip(tr("Open the socket options page on the listening socket: read its options, "
                                          "change them and see what the kernel kept."));
    listenerOptionsButton_->setEnabled(false);
    connect(listenerOptionsButton_, &QPushButton::clicked, this, [this] {
        if (listenerSocketId_)
            emit socketOptionsRequested(listenerSocketId_);
    });
    buttons->addWidget(startButton_);
    buttons->addWidget(stopButton_);
    buttons->addStretch();
    buttons->addWidget(listenerOptionsButton_);
    // Start and Stop above the settings: on a short screen they stay in view, the form scrolls.
    layout->addLayout(buttons);
    layout->addWidget(box);
    // The plot fills the room the settings leave: the connections and the log need the other column.
    auto* plotBox = new QGroupBox(tr("Throughput"));
    auto* plotLayout = new QVBoxLayout(plotBox);
    plotLayout->addWidget(plot_);
    layout->addWidget(plotBox, 1);
    connect(startButton_, &QPushButton::clicked, this, &EchoServerTab::start);
    connect(stopButton_, &QPushButton::clicked, this, &EchoServerTab::stop);

    // The server and the load generator share the column, one tab each: the monitor on the right
    // shows the server's side of a load run (its connections, totals and log) beside it.
    sideTabs_->setObjectName(QStringLiteral("echoSideTabs"));
    sideTabs_->setDocumentMode(true);
    const int serverIndex = sideTabs_->addTab(column, tr("Server"));
    sideTabs_->setTabToolTip(serverIndex, tr("This server's settings, Start and Stop, and its throughput."));
    const int loadIndex = sideTabs_->addTab(loadPanel_, tr("Load test"));
    sideTabs_->setTabToolTip(loadIndex, tr("Drive this server (or another echo server) with a bounded load "
                                           "and measure it: messages/s, MB/s, round-trip times."));
    connect(loadPanel_, &EchoLoadPanel::statusMessage, this, &EchoServerTab::statusMessage);
    return sideTabs_;
}

QWidget* EchoServerTab::createStatusRow()
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    statusLabel_->setObjectName(QStringLiteral("echoStatusLabel"));
    statusLabel_->setAccessibleName(tr("Server status"));
    statusLabel_->setWordWrap(true);
    statusLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusLabel_->setToolTip(tr("Where the server listens (the address getsockname() reported after bind), or why "
                                "it could not start."));
    QFont bold = statusLabel_->font();
    bold.setBold(true);
    statusLabel_->setFont(bold);
    layout->addWidget(statusLabel_, 1);
    copyButton_ = new CopyButton([this] { return boundText_; }, tr("the server's address"));
    copyButton_->setObjectName(QStringLiteral("echoCopyAddressButton"));
    connect(copyButton_, &CopyButton::copied, this, &EchoServerTab::statusMessage);
    layout->addWidget(copyButton_, 0, Qt::AlignTop);
    consoleButton_ = new QPushButton(tr("Connect &a console"));
    consoleButton_->setObjectName(QStringLiteral("echoConsoleButton"));
    consoleButton_->setToolTip(tr("Open the client console on a new session connected to this server, to send it "
                                  "messages by hand."));
    connect(consoleButton_, &QPushButton::clicked, this, [this] { emit consoleRequested(consoleTarget()); });
    layout->addWidget(consoleButton_, 0, Qt::AlignTop);
    retryButton_->setObjectName(QStringLiteral("echoRetryRemoveStaleButton"));
    retryButton_->setToolTip(tr("Start again, removing the socket file first. It is removed only if no server "
                                "accepts on it (connect() to it is refused)."));
    retryButton_->hide();
    connect(retryButton_, &QPushButton::clicked, this, [this] {
        EchoConfig c = lastConfig_;
        c.removeStaleSocket = true;
        startWith(c);
    });
    layout->addWidget(retryButton_, 0, Qt::AlignTop);
    return row;
}

QWidget* EchoServerTab::createConnectionsBox()
{
    auto* box = new QGroupBox(tr("Connections"));
    auto* layout = new QVBoxLayout(box);
    connectionProxy_->setSourceModel(connections_);
    connectionProxy_->setSortRole(EchoConnectionModel::SortRole);
    connectionView_->setObjectName(QStringLiteral("echoConnectionTable"));
    connectionView_->setAccessibleName(tr("Connections"));
    connectionView_->setModel(connectionProxy_);
    setupTable(connectionView_);
    connectionView_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connectionView_->setSortingEnabled(true);
    connectionView_->sortByColumn(EchoConnectionModel::IdColumn, Qt::AscendingOrder);
    connectionView_->setToolTip(tr("The server's connections, 4 updates a second. Select one or more for the "
                                   "actions below, or right-click them."));
    QHeaderView* header = connectionView_->horizontalHeader();
    const int charWidth = fontMetrics().averageCharWidth();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(EchoConnectionModel::IdColumn, charWidth * 7);
    header->resizeSection(EchoConnectionModel::PeerColumn, charWidth * 19);
    header->resizeSection(EchoConnectionModel::LocalColumn, charWidth * 19);
    header->resizeSection(EchoConnectionModel::AgeColumn, charWidth * 9);
    header->resizeSection(EchoConnectionModel::BytesInColumn, charWidth * 13);
    header->resizeSection(EchoConnectionModel::BytesOutColumn, charWidth * 13);
    header->setStretchLastSection(true);
    connectionView_->setMinimumHeight(fontMetrics().height() * 5);
    // The splitter shares out the room; the view's own 192-pixel wish would make the page scroll.
    connectionView_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    layout->addWidget(connectionView_, 1);

    shutdownAction_->setObjectName(QStringLiteral("echoShutdownAction"));
    shutdownAction_->setToolTip(
        tr("shutdown(fd, SHUT_WR): the server sends FIN after the echo it still owes. The client reads EOF "
           "(recv returns 0) but may still send; the server keeps reading until the client closes too."));
    closeAction_->setObjectName(QStringLiteral("echoCloseAction"));
    closeAction_->setToolTip(tr("close(fd): an orderly close. The client reads what was already sent, then EOF; "
                                "if it sends again, it gets a reset (ECONNRESET, or EPIPE on a later send)."));
    resetAction_->setObjectName(QStringLiteral("echoResetAction"));
    resetAction_->setToolTip(tr("setsockopt(SO_LINGER, {l_onoff = 1, l_linger = 0}) and close(fd): an abortive "
                                "close. The kernel sends RST instead of FIN and drops unsent data; the client's "
                                "next recv or send fails with ECONNRESET."));
    optionsAction_->setObjectName(QStringLiteral("echoOptionsAction"));
    optionsAction_->setToolTip(tr("Open the socket options page on the selected connection: getsockopt and "
                                  "setsockopt on it while it serves, and its TCP_INFO."));
    auto* buttons = new QHBoxLayout;
    for (QAction* a : {shutdownAction_, closeAction_, resetAction_, optionsAction_}) {
        a->setStatusTip(a->toolTip());
        connectionView_->addAction(a);
        auto* b = new QPushButton(a->text());
        b->setObjectName(QStringLiteral("echoConnectionActionButton"));
        b->setAccessibleName(a->text().remove(QLatin1Char('&')));
        b->setProperty("action", a->objectName());
        b->setToolTip(a->toolTip());
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        connect(a, &QAction::changed, b, [a, b] { b->setEnabled(a->isEnabled()); });
        buttons->addWidget(b);
    }
    connectionView_->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(shutdownAction_, &QAction::triggered, this, [this] { act(ConnectionAction::ShutdownWrite); });
    connect(closeAction_, &QAction::triggered, this, [this] { act(ConnectionAction::Close); });
    connect(resetAction_, &QAction::triggered, this, [this] { act(ConnectionAction::Reset); });
    connect(optionsAction_, &QAction::triggered, this, [this] {
        const QModelIndexList rows = connectionView_->selectionModel()->selectedRows(EchoConnectionModel::IdColumn);
        if (rows.isEmpty())
            return;
        const int row = connectionProxy_->mapToSource(rows.first()).row();
        if (const quint64 id = connections_->connection(row).socketId)
            emit socketOptionsRequested(id);
    });
    connectionCountLabel_->setObjectName(QStringLiteral("echoConnectionCountLabel"));
    connectionCountLabel_->setWordWrap(true);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(connectionCountLabel_); // its own line: the column stays narrow enough for small screens
    connect(connectionView_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EchoServerTab::updateActions);
    connect(connectionProxy_, &QAbstractItemModel::rowsRemoved, this, &EchoServerTab::updateActions);
    return box;
}

QWidget* EchoServerTab::createLogBox()
{
    auto* box = new QGroupBox(tr("Server log"));
    auto* layout = new QVBoxLayout(box);
    logView_->setObjectName(QStringLiteral("echoLogView"));
    logView_->setAccessibleName(tr("Server log"));
    logView_->setModel(log_);
    setupTable(logView_);
    logView_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    logView_->horizontalHeader()->resizeSection(
        EchoLogModel::TimeColumn, logView_->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.0000")) * 5 / 4);
    logView_->horizontalHeader()->setStretchLastSection(true);
    logView_->setMinimumHeight(fontMetrics().height() * 4);
    logView_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    logView_->setToolTip(tr("Connections, disconnections, refusals, accept pauses and errors (marked), the "
                            "last %1 lines. Single messages are counted in the totals, not logged.")
                             .arg(EchoLogModel::defaultCapacity));
    layout->addWidget(logView_, 1);
    auto* row = new QHBoxLayout;
    auto* clear = new QPushButton(tr("C&lear log"));
    clear->setObjectName(QStringLiteral("echoClearLogButton"));
    clear->setToolTip(tr("Remove every line from this server's log (the totals stay)."));
    connect(clear, &QPushButton::clicked, log_, &EchoLogModel::clear);
    row->addWidget(clear);
    row->addStretch();
    layout->addLayout(row);
    return box;
}

QString EchoServerTab::title() const
{
    switch (state_) {
    case State::Running: {
        // "TCP 127.0.0.1:40123", "Unix stream /tmp/echo.sock" (the "unix:" of the address is the transport's).
        QString where = boundText_;
        if (where.startsWith(QLatin1String("unix:")))
            where.remove(0, 5);
        return tr("%1 %2").arg(transportText(lastConfig_.transport), where);
    }
    case State::Starting: return tr("Server %1 (starting…)").arg(number_);
    case State::Stopping: return tr("Server %1 (stopping…)").arg(number_);
    case State::Idle: break;
    }
    return tr("Server %1").arg(number_);
}

void EchoServerTab::setState(State state)
{
    // A focused input that is about to be disabled would hand the focus to the next one in the
    // chain, and the page's scroll area would jump to wherever that is: keep it here instead.
    QWidget* focus = QApplication::focusWidget();
    const bool hadFocus = focus && isAncestorOf(focus);
    if (hadFocus)
        setFocus(Qt::OtherFocusReason);
    state_ = state;
    form_->setEditable(state == State::Idle);
    tlsBox_->setEditable(state == State::Idle);
    startButton_->setEnabled(state == State::Idle);
    stopButton_->setEnabled(state == State::Running);
    copyButton_->setEnabled(state == State::Running);
    consoleButton_->setEnabled(state == State::Running);
    if (state != State::Idle)
        retryButton_->hide();
    updateActions();
    if (hadFocus && QApplication::focusWidget() == this) {
        if (state == State::Running)
            stopButton_->setFocus(Qt::OtherFocusReason);
        else if (state == State::Idle)
            startButton_->setFocus(Qt::OtherFocusReason);
    }
    emit titleChanged();
}

void EchoServerTab::setStatus(const QString& text, bool isError)
{
    QPalette p;
    if (isError)
        p.setColor(QPalette::WindowText, errorTextColor(palette()));
    statusLabel_->setPalette(p);
    statusLabel_->setText(text);
}

void EchoServerTab::updateActions()
{
    const bool any = state_ == State::Running && connectionView_->selectionModel()->hasSelection();
    for (QAction* a : {shutdownAction_, closeAction_, resetAction_})
        a->setEnabled(any);
    // Options… is about one socket: exactly one connection selected.
    optionsAction_->setEnabled(any && connectionView_->selectionModel()->selectedRows().size() == 1);
    listenerOptionsButton_->setEnabled(state_ == State::Running && listenerSocketId_ != 0);
}

void EchoServerTab::start()
{
    if (state_ != State::Idle)
        return;
    const std::optional<EchoConfig> config = form_->validate();
    const std::optional<EchoTlsRequest> tls = tlsBox_->validate();
    if (!config || !tls) {
        setStatus(tr("Not started: correct the marked settings first."), true);
        return;
    }
    lastTls_ = *tls;
    startWith(*config);
}

void EchoServerTab::startWith(const EchoConfig& config)
{
    if (state_ != State::Idle)
        return;
    lastConfig_ = config;
    totals_->clear();
    totals_->setDatagram(!isStream(config.transport));
    plot_->clear();
    connections_->clear();
    connectionCountLabel_->clear();
    form_->showBoundPort(0);
    setState(State::Starting);
    setStatus(tr("Starting…"), false);
    service_->start(config, lastTls_);
}

void EchoServerTab::stop()
{
    if (state_ != State::Running)
        return;
    setState(State::Stopping);
    setStatus(tr("Stopping: closing every connection…"), false);
    service_->stop();
}

void EchoServerTab::closeDown()
{
    closePending_ = true;
    switch (state_) {
    case State::Idle: deleteLater(); return;
    case State::Running: stop(); break;
    case State::Starting:
    case State::Stopping: break; // onStarted or onStopped finishes the job
    }
    // Should the worker never answer, the destructor still stops the server (it waits for it).
    QTimer::singleShot(5000, this, &QObject::deleteLater);
}

void EchoServerTab::onStarted(const EchoStartResult& r)
{
    if (!r.ok) {
        setState(State::Idle);
        const QString message = EchoMessages::startFailure(r);
        setStatus(r.failedCall.empty() ? tr("Could not start: %1.").arg(message)
                                       : tr("Could not start: %1 (%2 failed).")
                                             .arg(message, QString::fromStdString(r.failedCall)),
                  true);
        log_->appendNote(tr("could not start: %1").arg(message), true);
        retryButton_->setVisible(r.staleSocketFile);
        emit startFinished(false);
        if (closePending_)
            deleteLater();
        return;
    }
    boundText_ = QString::fromStdString(r.bound.text());
    boundPort_ = r.bound.port();
    listenerSocketId_ = r.listenerSocketId;
    setState(State::Running);
    form_->showBoundPort(boundPort_);
    loadPanel_->setServerTarget(lastConfig_.transport, QString::fromStdString(lastConfig_.bindAddress), boundPort_,
                                QString::fromStdString(lastConfig_.path));
    setStatus((lastTls_.enabled ? tr("Listening on %1 (%2 with TLS, %3)") : tr("Listening on %1 (%2, %3)"))
                  .arg(boundText_, transportText(lastConfig_.transport), engineText(lastConfig_)),
              false);
    emit statusMessage(tr("Echo server listening on %1").arg(boundText_));
    emit startFinished(true);
    if (closePending_)
        stop();
}

ConsoleTarget EchoServerTab::consoleTarget() const
{
    ConsoleTarget t;
    t.proto = QString::fromLatin1(transportName(lastConfig_.transport));
    // A server on every interface is reached through loopback, in the same family.
    const QString address = QString::fromStdString(lastConfig_.bindAddress).trimmed();
    if (address.isEmpty() || address == QLatin1String("0.0.0.0"))
        t.host = QStringLiteral("127.0.0.1");
    else if (address == QLatin1String("::") || address == QLatin1String("::0"))
        t.host = QStringLiteral("::1");
    else
        t.host = address;
    t.port = boundPort_;
    t.path = QString::fromStdString(lastConfig_.path);
    if (lastTls_.enabled) {
        t.tls = true;
        if (lastTls_.selfSigned) {
            // Its own certificate as the CA: a self-signed one then verifies, for localhost.
            t.serverName = QStringLiteral("localhost");
            t.caFile = tlsBox_->servedCertificate();
        }
    }
    return t;
}

void EchoServerTab::onStopped(const EchoTotals& t)
{
    totals_->setTotals(t);
    connections_->clear();
    connectionCountLabel_->clear();
    const QString where = boundText_;
    boundText_.clear();
    boundPort_ = 0;
    listenerSocketId_ = 0;
    form_->showBoundPort(0);
    loadPanel_->clearServerTarget();
    setState(State::Idle);
    setStatus(tr("Stopped; it listened on %1 and served %n connection(s).", nullptr,
                 static_cast<int>(std::min<std::uint64_t>(t.total, 1u << 30)))
                  .arg(where),
              false);
    emit stopFinished();
    if (closePending_)
        deleteLater();
}

void EchoServerTab::onSnapshot(const EchoSnapshot& s)
{
    if (state_ != State::Running && state_ != State::Stopping)
        return;
    totals_->setTotals(s.totals);
    plot_->addTotals(s.nowUs, s.totals.bytesIn, s.totals.bytesOut);
    connections_->update(s.connections, s.nowUs);
    const QLocale locale;
    QString count = tr("%n connection(s)", nullptr, static_cast<int>(std::min<std::size_t>(s.connectionCount, 1u << 30)));
    if (s.connectionCount > s.connections.size())
        count += QLatin1Char(' ')
                 + tr("(the table shows %1 of them: at most %2 rows are listed)")
                       .arg(locale.toString(static_cast<qulonglong>(s.connections.size())),
                            locale.toString(static_cast<qulonglong>(EchoServerService::maxRows)));
    connectionCountLabel_->setText(count);

    if (!s.events.empty() || s.droppedEvents > 0) {
        QScrollBar* bar = logView_->verticalScrollBar();
        const bool atBottom = bar->value() >= bar->maximum() - 2;
        log_->append(s.events, s.droppedEvents);
        if (atBottom)
            logView_->scrollToBottom();
    }
}

void EchoServerTab::act(ConnectionAction action)
{
    if (state_ != State::Running)
        return;
    const QModelIndexList rows = connectionView_->selectionModel()->selectedRows(EchoConnectionModel::IdColumn);
    QStringList ids;
    for (const QModelIndex& index : rows) {
        const auto id = connectionProxy_->data(index, EchoConnectionModel::IdRole).value<quint64>();
        service_->act(id, action);
        ids << QString::number(id);
    }
    if (ids.isEmpty())
        return;
    QString what;
    switch (action) {
    case ConnectionAction::ShutdownWrite: what = tr("shutdown(SHUT_WR)"); break;
    case ConnectionAction::Close: what = tr("close"); break;
    case ConnectionAction::Reset: what = tr("reset (SO_LINGER {1, 0}, close)"); break;
    }
    const QString text = tr("%1 on connection %2", nullptr, static_cast<int>(ids.size()))
                             .arg(what, ids.join(QStringLiteral(", ")));
    log_->appendNote(text, false);
    emit statusMessage(text);
}

} // namespace sockscope
