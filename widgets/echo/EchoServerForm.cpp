#include "EchoServerForm.h"

#include "AddressCodec.h"
#include "CallDebouncer.h"
#include "CodecMessages.h"
#include "EchoServer.h"
#include "FieldFeedback.h"
#include "NumberParser.h"
#include "PaletteColors.h"
#include "SocketConstants.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QThread>

#include <algorithm>
#include <limits>

namespace sockscope {

namespace {

constexpr std::uint64_t maxPort = 65535;
constexpr std::uint64_t maxBacklog = static_cast<std::uint64_t>(std::numeric_limits<int>::max());
constexpr std::uint64_t maxConnectionsLimit = 10'000'000;
constexpr std::uint64_t maxIdleSeconds = 2'000'000;
constexpr int maxThreads = 64; // the reactor's own limit

const EchoTransport transports[] = {EchoTransport::Tcp, EchoTransport::Udp, EchoTransport::UnixStream,
                                    EchoTransport::UnixDgram};

// Where an address can be reached from: loopback only, every interface, or one interface's network.
enum class Exposure { Loopback, Everywhere, Network };

Exposure exposureOf(const PtonResult& r)
{
    const auto& b = r.bytes;
    if (r.family == familyInet()) {
        if (b[0] == 127)
            return Exposure::Loopback;
        return std::all_of(b.begin(), b.begin() + 4, [](std::uint8_t x) { return x == 0; }) ? Exposure::Everywhere
                                                                                               : Exposure::Network;
    }
    const bool zeroPrefix = std::all_of(b.begin(), b.begin() + 10, [](std::uint8_t x) { return x == 0; });
    if (zeroPrefix && b[10] == 0 && b[11] == 0 && b[12] == 0 && b[13] == 0 && b[14] == 0)
        return b[15] == 1 ? Exposure::Loopback : b[15] == 0 ? Exposure::Everywhere : Exposure::Network;
    if (zeroPrefix && b[10] == 0xff && b[11] == 0xff) // ::ffff:a.b.c.d, an IPv4-mapped address
        return b[12] == 127 ? Exposure::Loopback : Exposure::Network;
    return Exposure::Network;
}

QString key(const QString& prefix, const char* name) { return prefix + QLatin1String(name); }

} // namespace

EchoServerForm::EchoServerForm(QWidget* parent)
    : QWidget(parent),
      form_(new QFormLayout(this)),
      transportCombo_(new QComboBox),
      bindEdit_(new QLineEdit),
      bindFeedback_(nullptr),
      exposureLabel_(new QLabel),
      exposureRow_(new QWidget),
      portEdit_(new QLineEdit),
      portFeedback_(nullptr),
      boundPortLabel_(new QLabel),
      pathEdit_(new QLineEdit),
      pathFeedback_(nullptr),
      removeStaleCheck_(new QCheckBox(tr("Re&move a stale socket file"))),
      v6OnlyCombo_(new QComboBox),
      backlogEdit_(new QLineEdit),
      backlogFeedback_(nullptr),
      reuseAddressCheck_(new QCheckBox(tr("SO_REUSE&ADDR"))),
      reusePortCheck_(new QCheckBox(tr("SO_REUSEP&ORT"))),
      engineCombo_(new QComboBox),
      pollerCombo_(new QComboBox),
      threadsSpin_(new QSpinBox),
      maxConnectionsEdit_(new QLineEdit),
      maxConnectionsFeedback_(nullptr),
      idleEdit_(new QLineEdit),
      idleFeedback_(nullptr),
      addressCheck_(new CallDebouncer([this] { checkAddress(); }, this))
{
    form_->setContentsMargins(0, 0, 0, 0);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const int charWidth = fontMetrics().averageCharWidth();

    // Pairs a label's mnemonic with the input inside a field-and-message box.
    const auto addRow = [this](const QString& label, QWidget* field, QWidget* buddy) {
        form_->addRow(label, field);
        if (auto* l = qobject_cast<QLabel*>(form_->labelForField(field)))
            l->setBuddy(buddy);
    };

    transportCombo_->setObjectName(QStringLiteral("echoTransportCombo"));
    transportCombo_->addItem(tr("TCP"), static_cast<int>(EchoTransport::Tcp));
    transportCombo_->addItem(tr("UDP"), static_cast<int>(EchoTransport::Udp));
    transportCombo_->addItem(tr("Unix stream"), static_cast<int>(EchoTransport::UnixStream));
    transportCombo_->addItem(tr("Unix datagram"), static_cast<int>(EchoTransport::UnixDgram));
    transportCombo_->setToolTip(
        tr("The socket's domain and type. TCP: SOCK_STREAM over AF_INET or AF_INET6, a byte stream with "
           "connections. UDP: SOCK_DGRAM, each datagram echoed to its sender. Unix stream and Unix datagram: "
           "AF_UNIX with SOCK_STREAM or SOCK_DGRAM, on this computer only, named by a file-system path or a "
           "Linux abstract name."));
    addRow(tr("&Transport:"), transportCombo_, transportCombo_);
    for (QComboBox* combo : {transportCombo_, v6OnlyCombo_, engineCombo_})
        combo->setMaximumWidth(charWidth * 32);

    bindEdit_->setObjectName(QStringLiteral("echoBindEdit"));
    bindEdit_->setPlaceholderText(tr("127.0.0.1, ::1, 0.0.0.0 or ::"));
    bindEdit_->setToolTip(
        tr("The local address for bind(), as numeric text (read by inet_pton; no host names). 127.0.0.1 or "
           "::1 take connections from this computer only. 0.0.0.0 (INADDR_ANY) or :: (in6addr_any) listen "
           "on every interface, so other machines can connect too."));
    bindEdit_->setClearButtonEnabled(true);
    bindEdit_->setMaximumWidth(charWidth * 34);
    bindFeedback_ = new FieldFeedback(bindEdit_);
    auto* bindBox = new QWidget;
    auto* bindLayout = new QVBoxLayout(bindBox);
    bindLayout->setContentsMargins(0, 0, 0, 0);
    bindLayout->addWidget(bindFeedback_->fieldWithMessage());
    exposureRow_->setObjectName(QStringLiteral("echoExposureWarning"));
    auto* exposureLayout = new QHBoxLayout(exposureRow_);
    exposureLayout->setContentsMargins(0, 0, 0, 0);
    auto* exposureIcon = new QLabel;
    const int iconSize = fontMetrics().height();
    exposureIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    exposureIcon->setAlignment(Qt::AlignTop);
    exposureLayout->addWidget(exposureIcon);
    exposureLabel_->setObjectName(QStringLiteral("echoExposureLabel"));
    exposureLabel_->setWordWrap(true);
    exposureLayout->addWidget(exposureLabel_, 1);
    exposureRow_->hide();
    bindLayout->addWidget(exposureRow_);
    addRow(tr("&Bind address:"), bindBox, bindEdit_);

    portEdit_->setObjectName(QStringLiteral("echoPortEdit"));
    portEdit_->setPlaceholderText(tr("0 = any free port"));
    portEdit_->setToolTip(tr("The local port for bind(), 0 to 65535, decimal or hex with 0x. 0 lets the kernel "
                             "choose a free port; the port it chose (getsockname) is shown after the start. "
                             "Ports below 1024 need privileges."));
    portEdit_->setMaximumWidth(charWidth * 18);
    portFeedback_ = new FieldFeedback(portEdit_);
    auto* portBox = new QWidget;
    auto* portLayout = new QHBoxLayout(portBox);
    portLayout->setContentsMargins(0, 0, 0, 0);
    portLayout->addWidget(portFeedback_->fieldWithMessage(), 1);
    boundPortLabel_->setObjectName(QStringLiteral("echoBoundPortLabel"));
    boundPortLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    boundPortLabel_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    boundPortLabel_->hide();
    portLayout->addWidget(boundPortLabel_, 0, Qt::AlignTop);
    addRow(tr("&Port:"), portBox, portEdit_);

    pathEdit_->setObjectName(QStringLiteral("echoPathEdit"));
    pathEdit_->setPlaceholderText(tr("/tmp/sockscope-echo.sock or @name"));
    pathEdit_->setToolTip(tr("AF_UNIX: a file-system path for sun_path (at most %1 bytes with the terminating "
                             "NUL), or @name for a Linux abstract name: it lives only while the socket is "
                             "open and leaves no file behind.")
                              .arg(sunPathCapacity()));
    pathEdit_->setClearButtonEnabled(true);
    pathFeedback_ = new FieldFeedback(pathEdit_);
    addRow(tr("Pat&h:"), pathFeedback_->fieldWithMessage(), pathEdit_);

    removeStaleCheck_->setObjectName(QStringLiteral("echoRemoveStaleCheck"));
    removeStaleCheck_->setToolTip(
        tr("A server that exits without unlink() leaves its socket file behind, and the next bind() fails "
           "with EADDRINUSE. When checked, a socket file that nobody accepts on (connect() to it is "
           "refused) is removed before binding. The file of a server still running is never touched."));
    form_->addRow(QString(), removeStaleCheck_);

    v6OnlyCombo_->setObjectName(QStringLiteral("echoV6OnlyCombo"));
    v6OnlyCombo_->addItem(tr("System default"), -1);
    v6OnlyCombo_->addItem(tr("On: IPv6 only"), 1);
    v6OnlyCombo_->addItem(tr("Off: dual-stack"), 0);
    v6OnlyCombo_->setToolTip(
        tr("setsockopt(IPPROTO_IPV6, IPV6_V6ONLY) for an IPv6 bind address. On: the socket takes IPv6 "
           "only, and another socket may bind the same port for IPv4. Off: dual-stack: IPv4 clients are "
           "accepted too and appear as ::ffff:a.b.c.d. System default: the option is not set (Linux: "
           "net.ipv6.bindv6only, usually 0, dual-stack). Only for an IPv6 bind address."));
    addRow(tr("IPV6_V6O&NLY:"), v6OnlyCombo_, v6OnlyCombo_);

    const int somaxconn = liveSomaxconn();
    backlogEdit_->setObjectName(QStringLiteral("echoBacklogEdit"));
    backlogEdit_->setPlaceholderText(tr("SOMAXCONN (kernel cap %1)").arg(somaxconn));
    backlogEdit_->setToolTip(
        tr("listen()'s second argument: how many connections the kernel completes and queues before "
           "accept() takes them; clients beyond it wait or are refused. Empty: SOMAXCONN. The kernel caps "
           "any backlog at net.core.somaxconn, which is %1 on this computer (read from "
           "/proc/sys/net/core/somaxconn just now). %2 Streams only: datagram sockets do not listen.")
            .arg(somaxconn)
            .arg(somaxconn == 128 ? tr("That is the chapter's 128.")
                                  : tr("The chapter's 128 was the old Linux limit; this kernel's differs.")));
    backlogEdit_->setMaximumWidth(charWidth * 34);
    backlogFeedback_ = new FieldFeedback(backlogEdit_);
    addRow(tr("Bac&klog:"), backlogFeedback_->fieldWithMessage(), backlogEdit_);

    reuseAddressCheck_->setObjectName(QStringLiteral("echoReuseAddressCheck"));
    reuseAddressCheck_->setToolTip(
        tr("setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(): a restarted server may bind its port "
           "while connections of the previous one are still in TIME_WAIT, instead of failing with "
           "EADDRINUSE for a minute or two. On by default, as in the chapter. It does not let two servers "
           "listen on the same port at once."));
    reusePortCheck_->setObjectName(QStringLiteral("echoReusePortCheck"));
    reusePortCheck_->setToolTip(
        tr("setsockopt(SOL_SOCKET, SO_REUSEPORT, 1) before bind() (Linux 3.9 and later): several sockets "
           "of the same user may bind the same address and port at once, and the kernel spreads new "
           "connections (or datagrams) among them. Try it with two server tabs on the same port."));
    auto* options = new QWidget;
    auto* optionsLayout = new QHBoxLayout(options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(reuseAddressCheck_);
    optionsLayout->addSpacing(charWidth * 2);
    optionsLayout->addWidget(reusePortCheck_);
    optionsLayout->addStretch();
    form_->addRow(tr("Options:"), options);

    engineCombo_->setObjectName(QStringLiteral("echoEngineCombo"));
    engineCombo_->addItem(tr("Reactor"), static_cast<int>(EchoEngine::Reactor));
    engineCombo_->addItem(tr("Thread per connection"), static_cast<int>(EchoEngine::Thread));
    // The chapter's third model, shown so its absence is explained; it cannot be chosen here.
    engineCombo_->addItem(tr("Fork (command line only)"), static_cast<int>(EchoEngine::Fork));
    if (auto* items = qobject_cast<QStandardItemModel*>(engineCombo_->model())) {
        QStandardItem* fork = items->item(engineCombo_->count() - 1);
        fork->setEnabled(false);
        fork->setToolTip(tr("sockscope-cli serve echo --engine fork: one process per connection. Not in the "
                            "GUI: a child forked from it would inherit the whole GUI process."));
    }
    engineCombo_->setToolTip(
        tr("Reactor: non-blocking sockets and one event loop per worker thread; holds thousands of "
           "connections. Thread: the chapter's blocking recv/send loop, one thread per connection. The "
           "chapter's fork engine (one process per connection) runs only from the command line, "
           "sockscope-cli serve echo --engine fork: a child forked from the GUI would inherit the whole GUI."));
    addRow(tr("&Engine:"), engineCombo_, engineCombo_);

    pollerCombo_->setObjectName(QStringLiteral("echoPollerCombo"));
    pollerCombo_->addItem(tr("io_uring"), static_cast<int>(PollerKind::IoUring));
    pollerCombo_->addItem(tr("epoll"), static_cast<int>(PollerKind::Epoll));
    pollerCombo_->addItem(tr("poll"), static_cast<int>(PollerKind::Poll));
    pollerCombo_->setToolTip(tr("How the reactor learns about its sockets. io_uring (Linux 6.0+): the kernel "
                                "completes the receives and sends it was asked for and reports them in batches, "
                                "so one system call stands for many messages; plain streams only, TLS and "
                                "datagrams use epoll. epoll (Linux): the kernel says which sockets are ready and "
                                "the loop calls recv() and send(); the cost follows the sockets that are ready. "
                                "poll(): portable; the cost follows every socket watched. Reactor only."));
    if (!pollerAvailable(PollerKind::IoUring)) {
        if (auto* model = qobject_cast<QStandardItemModel*>(pollerCombo_->model())) {
            QStandardItem* item = model->item(pollerCombo_->findData(static_cast<int>(PollerKind::IoUring)));
            item->setEnabled(false);
            item->setToolTip(tr("Not available here: built without liburing, or this kernel refuses io_uring "
                                "(older than 6.0, kernel.io_uring_disabled, a seccomp filter)."));
        }
    }
    pollerCombo_->setMaximumWidth(charWidth * 18);
    addRow(tr("Po&ller:"), pollerCombo_, pollerCombo_);

    threadsSpin_->setObjectName(QStringLiteral("echoThreadsSpin"));
    threadsSpin_->setRange(0, maxThreads);
    threadsSpin_->setSpecialValueText(tr("one per core (%1)").arg(QThread::idealThreadCount()));
    threadsSpin_->setToolTip(tr("The reactor's worker threads, each with its own event loop. 0: one per core "
                                "(%1 here). At most %2. The thread engine starts one thread per connection "
                                "instead.")
                                 .arg(QThread::idealThreadCount())
                                 .arg(maxThreads));
    threadsSpin_->setMaximumWidth(charWidth * 24);
    addRow(tr("Worker &threads:"), threadsSpin_, threadsSpin_);

    maxConnectionsEdit_->setObjectName(QStringLiteral("echoMaxConnectionsEdit"));
    maxConnectionsEdit_->setToolTip(
        tr("Connections served at once. One more is accepted and closed at once, and counted as refused. "
           "Each connection is a file descriptor, so the process's open-file limit (ulimit -n) caps it too: "
           "past that, accept() fails with EMFILE and the server pauses accepting for a moment."));
    maxConnectionsEdit_->setMaximumWidth(charWidth * 18);
    maxConnectionsFeedback_ = new FieldFeedback(maxConnectionsEdit_);
    addRow(tr("Ma&x connections:"), maxConnectionsFeedback_->fieldWithMessage(), maxConnectionsEdit_);

    idleEdit_->setObjectName(QStringLiteral("echoIdleEdit"));
    idleEdit_->setPlaceholderText(tr("0 = never"));
    idleEdit_->setToolTip(tr("Close a connection after this many seconds without data from the client. "
                             "0: never."));
    idleEdit_->setMaximumWidth(charWidth * 18);
    idleFeedback_ = new FieldFeedback(idleEdit_);
    addRow(tr("I&dle timeout (s):"), idleFeedback_->fieldWithMessage(), idleEdit_);

    connect(transportCombo_, &QComboBox::currentIndexChanged, this, &EchoServerForm::updateForTransport);
    connect(engineCombo_, &QComboBox::currentIndexChanged, this, &EchoServerForm::updateForEngine);
    connect(bindEdit_, &QLineEdit::textEdited, this, [this] {
        bindFeedback_->clearError();
        updateForTransport(); // IPV6_V6ONLY follows the address's family
        addressCheck_->schedule();
    });
    connect(bindEdit_, &QLineEdit::editingFinished, this, [this] {
        if (addressCheck_->isPending())
            addressCheck_->callNow();
    });
    connect(pathEdit_, &QLineEdit::textEdited, pathFeedback_, &FieldFeedback::clearError);
    const std::pair<QLineEdit*, FieldFeedback*> numbers[] = {{portEdit_, portFeedback_},
                                                             {backlogEdit_, backlogFeedback_},
                                                             {maxConnectionsEdit_, maxConnectionsFeedback_},
                                                             {idleEdit_, idleFeedback_}};
    for (const auto& [edit, feedback] : numbers)
        connect(edit, &QLineEdit::textEdited, feedback, &FieldFeedback::clearError);
    for (QLineEdit* edit : {bindEdit_, portEdit_, pathEdit_, backlogEdit_, maxConnectionsEdit_, idleEdit_})
        connect(edit, &QLineEdit::returnPressed, this, &EchoServerForm::submitted);

    QWidget* previous = nullptr;
    for (QWidget* w : fieldsInTabOrder()) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }
    resetToDefaults();
}

QList<QWidget*> EchoServerForm::fieldsInTabOrder() const
{
    return {transportCombo_, bindEdit_,           portEdit_,       pathEdit_,     removeStaleCheck_,
            v6OnlyCombo_,    backlogEdit_,        reuseAddressCheck_, reusePortCheck_, engineCombo_,
            pollerCombo_,    threadsSpin_,        maxConnectionsEdit_, idleEdit_};
}

QWidget* EchoServerForm::firstField() const { return transportCombo_; }

EchoTransport EchoServerForm::transport() const
{
    return static_cast<EchoTransport>(transportCombo_->currentData().toInt());
}

EchoEngine EchoServerForm::engine() const { return static_cast<EchoEngine>(engineCombo_->currentData().toInt()); }

void EchoServerForm::setTransport(EchoTransport t)
{
    const int index = transportCombo_->findData(static_cast<int>(t));
    if (index >= 0)
        transportCombo_->setCurrentIndex(index);
}

void EchoServerForm::setBindAddress(const QString& text)
{
    bindEdit_->setText(text);
    bindFeedback_->clearError();
    updateForTransport();
    addressCheck_->callNow();
}

void EchoServerForm::setPort(const QString& text)
{
    portEdit_->setText(text);
    portFeedback_->clearError();
}

void EchoServerForm::setUnixPath(const QString& path)
{
    pathEdit_->setText(path);
    pathFeedback_->clearError();
}

void EchoServerForm::updateForTransport()
{
    const EchoTransport t = transport();
    const bool local = isUnix(t);
    const bool stream = isStream(t);
    // Rows: 0 transport, 1 bind address, 2 port, 3 path, 4 remove stale, 5 IPV6_V6ONLY, 6 backlog,
    // 7 SO_REUSEADDR and SO_REUSEPORT, then the engine's rows.
    for (int row : {1, 2, 5, 7})
        form_->setRowVisible(row, !local);
    for (int row : {3, 4})
        form_->setRowVisible(row, local);
    // A colon is never part of IPv4 text: enough to tell the family without calling inet_pton.
    const bool ipv6 = bindEdit_->text().contains(QLatin1Char(':'));
    for (QWidget* w : fieldsInTabOrder())
        w->setEnabled(editable_);
    v6OnlyCombo_->setEnabled(editable_ && ipv6);
    backlogEdit_->setEnabled(editable_ && stream);
    updateForEngine();
    emit transportChanged(stream);
}

void EchoServerForm::updateForEngine()
{
    const bool reactor = engine() == EchoEngine::Reactor;
    pollerCombo_->setEnabled(editable_ && reactor);
    threadsSpin_->setEnabled(editable_ && reactor);
}

void EchoServerForm::setEditable(bool editable)
{
    editable_ = editable;
    updateForTransport();
}

void EchoServerForm::showBoundPort(int port)
{
    boundPortLabel_->setVisible(port > 0);
    if (port > 0)
        boundPortLabel_->setText(tr("bound to port %1").arg(port));
}

bool EchoServerForm::checkAddress()
{
    const QString text = bindEdit_->text().trimmed();
    exposureRow_->hide();
    if (text.isEmpty()) {
        bindFeedback_->setError(tr("The bind address is empty.") + QLatin1Char(' ')
                                + CodecMessages::allowedAddressForm(familyInet()) + QLatin1Char(' ')
                                + CodecMessages::allowedAddressForm(familyInet6()));
        return false;
    }
    const PtonResult r = presentationToNetworkAuto(text.toStdString());
    if (!r.ok()) {
        bindFeedback_->setError(
            tr("“%1” is neither a numeric IPv4 nor a numeric IPv6 address (inet_pton returned 0 for both); "
               "bind() needs numbers, not a host name.")
                .arg(text)
            + QLatin1Char(' ') + CodecMessages::allowedAddressForm(familyInet()) + QLatin1Char(' ')
            + CodecMessages::allowedAddressForm(familyInet6()));
        return false;
    }
    bindFeedback_->clearError();
    switch (exposureOf(r)) {
    case Exposure::Loopback: break;
    case Exposure::Everywhere:
        exposureLabel_->setText(tr("%1 listens on every interface: other machines on your networks can reach "
                                   "this echo server. Use 127.0.0.1 or ::1 to keep it on this computer.")
                                    .arg(text));
        exposureRow_->show();
        break;
    case Exposure::Network:
        exposureLabel_->setText(tr("%1 is not a loopback address: other machines on that interface's network "
                                   "can reach this echo server.")
                                    .arg(text));
        exposureRow_->show();
        break;
    }
    return true;
}

bool EchoServerForm::checkUnixPath()
{
    const QString text = pathEdit_->text();
    if (text.isEmpty()) {
        pathFeedback_->setError(tr("The path is empty. Give a file-system path such as /tmp/sockscope-echo.sock, "
                                   "or @name for a Linux abstract name."));
        return false;
    }
    const auto bytes = static_cast<std::size_t>(text.toUtf8().size());
    const std::size_t capacity = sunPathCapacity();
    if (text.startsWith(QLatin1Char('@'))) {
        if (!platformHasAbstractUnixNames()) {
            pathFeedback_->setError(tr("Abstract names (@name) exist only on Linux; give a file-system path."));
            return false;
        }
        // sun_path holds a NUL and then the name.
        if (bytes > capacity) {
            pathFeedback_->setError(tr("The abstract name is %1 bytes long; sun_path holds a NUL and at most %2 "
                                       "bytes of name.")
                                        .arg(bytes - 1)
                                        .arg(capacity - 1));
            return false;
        }
    } else if (bytes + 1 > capacity) {
        pathFeedback_->setError(tr("The path is %1 bytes long; sun_path holds at most %2 bytes and the "
                                   "terminating NUL. Use a shorter path, e.g. in /tmp.")
                                    .arg(bytes)
                                    .arg(capacity - 1));
        return false;
    }
    pathFeedback_->clearError();
    return true;
}

std::optional<EchoConfig> EchoServerForm::validate()
{
    EchoConfig c;
    c.transport = transport();
    c.engine = engine();
    c.poller = static_cast<PollerKind>(pollerCombo_->currentData().toInt());
    c.threads = threadsSpin_->value();
    bool ok = true;
    if (isUnix(c.transport)) {
        ok = checkUnixPath() && ok;
        c.path = pathEdit_->text().toStdString();
        c.removeStaleSocket = removeStaleCheck_->isChecked();
    } else {
        addressCheck_->callNow();
        ok = !bindFeedback_->hasError() && ok;
        c.bindAddress = bindEdit_->text().trimmed().toStdString();
        const auto port = portFeedback_->checkUnsigned(tr("Port"), 0, maxPort, std::uint64_t(0));
        ok = port.has_value() && ok;
        c.port = static_cast<int>(port.value_or(0));
        c.v6Only = bindEdit_->text().contains(QLatin1Char(':')) ? v6OnlyCombo_->currentData().toInt() : -1;
        c.reuseAddress = reuseAddressCheck_->isChecked();
        c.reusePort = reusePortCheck_->isChecked();
    }
    if (isStream(c.transport)) {
        const auto backlog = backlogFeedback_->checkUnsigned(tr("Backlog"), 0, maxBacklog, std::nullopt);
        const bool empty = backlogEdit_->text().trimmed().isEmpty();
        if (empty)
            backlogFeedback_->clearError();
        ok = (empty || backlog.has_value()) && ok;
        c.backlog = empty ? -1 : static_cast<int>(backlog.value_or(0));
    }
    const auto maxConnections =
        maxConnectionsFeedback_->checkUnsigned(tr("Max connections"), 1, maxConnectionsLimit, std::nullopt);
    ok = maxConnections.has_value() && ok;
    c.maxConnections = static_cast<std::size_t>(maxConnections.value_or(1));
    const auto idle = idleFeedback_->checkUnsigned(tr("Idle timeout"), 0, maxIdleSeconds, std::uint64_t(0));
    ok = idle.has_value() && ok;
    c.idleTimeoutMs = static_cast<int>(idle.value_or(0) * 1000);
    if (!ok)
        return std::nullopt;
    return c;
}

void EchoServerForm::resetToDefaults()
{
    const EchoConfig d;
    setTransport(d.transport);
    bindEdit_->setText(QString::fromStdString(d.bindAddress));
    portEdit_->setText(QString::number(d.port));
    pathEdit_->setText(QStringLiteral("/tmp/sockscope-echo.sock"));
    removeStaleCheck_->setChecked(d.removeStaleSocket);
    v6OnlyCombo_->setCurrentIndex(v6OnlyCombo_->findData(d.v6Only));
    backlogEdit_->clear();
    reuseAddressCheck_->setChecked(d.reuseAddress);
    reusePortCheck_->setChecked(d.reusePort);
    engineCombo_->setCurrentIndex(engineCombo_->findData(static_cast<int>(d.engine)));
    setPoller(d.poller);
    threadsSpin_->setValue(d.threads);
    maxConnectionsEdit_->setText(QString::number(d.maxConnections));
    idleEdit_->setText(QString::number(d.idleTimeoutMs / 1000));
    for (FieldFeedback* f : {bindFeedback_, portFeedback_, pathFeedback_, backlogFeedback_, maxConnectionsFeedback_,
                             idleFeedback_})
        f->clearError();
    exposureRow_->hide();
    showBoundPort(0);
    updateForTransport();
}

void EchoServerForm::restore(const QSettings& s, const QString& prefix)
{
    resetToDefaults();
    const QString savedTransport = s.value(key(prefix, "transport")).toString();
    for (EchoTransport t : transports)
        if (savedTransport == QLatin1String(transportName(t)))
            setTransport(t);
    if (s.contains(key(prefix, "bind")))
        bindEdit_->setText(s.value(key(prefix, "bind")).toString());
    if (s.contains(key(prefix, "port")))
        portEdit_->setText(s.value(key(prefix, "port")).toString());
    if (s.contains(key(prefix, "path")))
        pathEdit_->setText(s.value(key(prefix, "path")).toString());
    removeStaleCheck_->setChecked(s.value(key(prefix, "removeStaleSocket"), false).toBool());
    const int v6 = v6OnlyCombo_->findData(s.value(key(prefix, "v6Only"), -1).toInt());
    v6OnlyCombo_->setCurrentIndex(std::max(0, v6));
    backlogEdit_->setText(s.value(key(prefix, "backlog")).toString());
    reuseAddressCheck_->setChecked(s.value(key(prefix, "reuseAddress"), true).toBool());
    reusePortCheck_->setChecked(s.value(key(prefix, "reusePort"), false).toBool());
    if (s.value(key(prefix, "engine")).toString() == QLatin1String(engineName(EchoEngine::Thread)))
        engineCombo_->setCurrentIndex(engineCombo_->findData(static_cast<int>(EchoEngine::Thread)));
    if (s.contains(key(prefix, "poller")))
        setPoller(pollerFromName(s.value(key(prefix, "poller")).toString().toStdString()));
    threadsSpin_->setValue(s.value(key(prefix, "threads"), 0).toInt());
    if (s.contains(key(prefix, "maxConnections")))
        maxConnectionsEdit_->setText(s.value(key(prefix, "maxConnections")).toString());
    if (s.contains(key(prefix, "idleTimeout")))
        idleEdit_->setText(s.value(key(prefix, "idleTimeout")).toString());
    updateForTransport();
    if (!isUnix(transport()))
        addressCheck_->callNow(); // the warning for an address reachable from other machines
}

void EchoServerForm::setPoller(PollerKind kind)
{
    // io_uring where the kernel refuses it: epoll, which the reactor would fall back to anyway.
    if (!pollerAvailable(kind))
        kind = PollerKind::Epoll;
    pollerCombo_->setCurrentIndex(pollerCombo_->findData(static_cast<int>(kind)));
}

void EchoServerForm::save(QSettings& s, const QString& prefix) const
{
    s.setValue(key(prefix, "transport"), QLatin1String(transportName(transport())));
    s.setValue(key(prefix, "bind"), bindEdit_->text());
    s.setValue(key(prefix, "port"), portEdit_->text());
    s.setValue(key(prefix, "path"), pathEdit_->text());
    s.setValue(key(prefix, "removeStaleSocket"), removeStaleCheck_->isChecked());
    s.setValue(key(prefix, "v6Only"), v6OnlyCombo_->currentData().toInt());
    s.setValue(key(prefix, "backlog"), backlogEdit_->text());
    s.setValue(key(prefix, "reuseAddress"), reuseAddressCheck_->isChecked());
    s.setValue(key(prefix, "reusePort"), reusePortCheck_->isChecked());
    s.setValue(key(prefix, "engine"), QLatin1String(engineName(engine())));
    s.setValue(key(prefix, "poller"),
               QLatin1String(pollerName(static_cast<PollerKind>(pollerCombo_->currentData().toInt()))));
    s.setValue(key(prefix, "threads"), threadsSpin_->value());
    s.setValue(key(prefix, "maxConnections"), maxConnectionsEdit_->text());
    s.setValue(key(prefix, "idleTimeout"), idleEdit_->text());
}

} // namespace sockscope
