#include "EchoLoadPanel.h"

#include "AddressCodec.h"
#include "CodecMessages.h"
#include "CopyButton.h"
#include "FieldFeedback.h"
#include "NumberParser.h"
#include "PaletteColors.h"
#include "SocketConstants.h"
#include "ThroughputPlot.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace sockscope {

namespace {

QString key(const QString& prefix, const char* name) { return prefix + QLatin1String("load/") + QLatin1String(name); }

const EchoTransport loadTransports[] = {EchoTransport::Tcp, EchoTransport::Udp, EchoTransport::UnixStream};

// Form rows: 0 transport, 1 host, 2 port, 3 path, then the load's own.
constexpr int hostRow = 1;
constexpr int portRow = 2;
constexpr int pathRow = 3;

} // namespace

EchoLoadPanel::EchoLoadPanel(QWidget* parent)
    : QWidget(parent),
      service_(new EchoLoadService(this)),
      form_(new QFormLayout),
      transportCombo_(new QComboBox),
      hostEdit_(new QLineEdit),
      hostFeedback_(nullptr),
      portEdit_(new QLineEdit),
      portFeedback_(nullptr),
      pathEdit_(new QLineEdit),
      pathFeedback_(nullptr),
      useServerButton_(new QPushButton(tr("Use this tab's ser&ver"))),
      connectionsEdit_(new QLineEdit),
      connectionsFeedback_(nullptr),
      sizeEdit_(new QLineEdit),
      sizeFeedback_(nullptr),
      secondsEdit_(new QLineEdit),
      secondsFeedback_(nullptr),
      modeCombo_(new QComboBox),
      threadsSpin_(new QSpinBox),
      runButton_(new QPushButton(tr("R&un load"))),
      cancelButton_(new QPushButton(tr("Ca&ncel"))),
      progressBar_(new QProgressBar),
      liveLabel_(new QLabel),
      plot_(new ThroughputPlot),
      statusLabel_(new QLabel),
      resultLabel_(new QLabel),
      copyButton_(nullptr)
{
    setObjectName(QStringLiteral("echoLoadPanel"));
    auto* layout = new QVBoxLayout(this);
    const int charWidth = fontMetrics().averageCharWidth();

    auto* settingsBox = new QGroupBox(tr("Load settings"));
    auto* settingsLayout = new QVBoxLayout(settingsBox);
    settingsLayout->addLayout(form_);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this](const QString& label, QWidget* field, QWidget* buddy) {
        form_->addRow(label, field);
        if (auto* l = qobject_cast<QLabel*>(form_->labelForField(field)))
            l->setBuddy(buddy);
    };

    transportCombo_->setObjectName(QStringLiteral("echoLoadTransportCombo"));
    transportCombo_->addItem(tr("TCP"), static_cast<int>(EchoTransport::Tcp));
    transportCombo_->addItem(tr("UDP"), static_cast<int>(EchoTransport::Udp));
    transportCombo_->addItem(tr("Unix stream"), static_cast<int>(EchoTransport::UnixStream));
    transportCombo_->setToolTip(tr("How the load connects: TCP (SOCK_STREAM), UDP (SOCK_DGRAM; a reply not back "
                                   "within a second counts as lost) or a Unix stream socket (AF_UNIX). Unix "
                                   "datagram servers cannot be driven: an unbound client gets no reply."));
    transportCombo_->setMaximumWidth(charWidth * 32);
    addRow(tr("T&ransport:"), transportCombo_, transportCombo_);

    hostEdit_->setObjectName(QStringLiteral("echoLoadHostEdit"));
    hostEdit_->setPlaceholderText(tr("127.0.0.1 or ::1"));
    hostEdit_->setToolTip(tr("The server's address as numeric text (read by inet_pton; no host names). Filled in "
                             "from this tab's server when it starts. Send load only to your own servers."));
    hostEdit_->setClearButtonEnabled(true);
    hostEdit_->setMaximumWidth(charWidth * 34);
    hostFeedback_ = new FieldFeedback(hostEdit_);
    addRow(tr("&Address:"), hostFeedback_->fieldWithMessage(), hostEdit_);

    portEdit_->setObjectName(QStringLiteral("echoLoadPortEdit"));
    portEdit_->setToolTip(tr("The server's port, 1 to 65535, decimal or hex with 0x. Filled in from this tab's "
                             "server when it starts."));
    portEdit_->setMaximumWidth(charWidth * 18);
    portFeedback_ = new FieldFeedback(portEdit_);
    addRow(tr("P&ort:"), portFeedback_->fieldWithMessage(), portEdit_);

    pathEdit_->setObjectName(QStringLiteral("echoLoadPathEdit"));
    pathEdit_->setPlaceholderText(tr("/tmp/sockscope-echo.sock or @name"));
    pathEdit_->setToolTip(tr("The server's AF_UNIX path (at most %1 bytes with the terminating NUL), or @name "
                             "for a Linux abstract name.")
                              .arg(sunPathCapacity()));
    pathEdit_->setClearButtonEnabled(true);
    pathFeedback_ = new FieldFeedback(pathEdit_);
    addRow(tr("&Path:"), pathFeedback_->fieldWithMessage(), pathEdit_);

    useServerButton_->setObjectName(QStringLiteral("echoLoadUseServerButton"));
    useServerButton_->setToolTip(tr("Set the transport, address and port (or path) to where this tab's server "
                                    "listens. Only while it runs."));

    connectionsEdit_->setObjectName(QStringLiteral("echoLoadConnectionsEdit"));
    connectionsEdit_->setToolTip(tr("How many connections (UDP: sockets) send at once, 1 to %1. Each is a file "
                                    "descriptor in this process, and the server needs one per connection too, "
                                    "so the open-file limit (ulimit -n) caps it.")
                                     .arg(QLocale().toString(static_cast<qulonglong>(maxConnections))));
    connectionsEdit_->setMaximumWidth(charWidth * 18);
    connectionsFeedback_ = new FieldFeedback(connectionsEdit_);
    addRow(tr("Conn&ections:"), connectionsFeedback_->fieldWithMessage(), connectionsEdit_);

    sizeEdit_->setObjectName(QStringLiteral("echoLoadSizeEdit"));
    sizeEdit_->setToolTip(tr("Bytes per message, 1 to %1 (16 MiB); UDP at most %2, the largest datagram over "
                             "IPv4. Every echoed byte is compared with what was sent.")
                              .arg(QLocale().toString(static_cast<qulonglong>(maxMessageSize)))
                              .arg(QLocale().toString(static_cast<qulonglong>(maxDatagramSize))));
    sizeEdit_->setMaximumWidth(charWidth * 18);
    sizeFeedback_ = new FieldFeedback(sizeEdit_);
    addRow(tr("Message &size (bytes):"), sizeFeedback_->fieldWithMessage(), sizeEdit_);

    secondsEdit_->setObjectName(QStringLiteral("echoLoadSecondsEdit"));
    secondsEdit_->setToolTip(tr("How long the load runs, 1 to %1 seconds (one hour). Cancel ends it earlier; what "
                                "was measured until then is still reported.")
                                 .arg(maxSeconds));
    secondsEdit_->setMaximumWidth(charWidth * 18);
    secondsFeedback_ = new FieldFeedback(secondsEdit_);
    addRow(tr("&Duration (s):"), secondsFeedback_->fieldWithMessage(), secondsEdit_);

    modeCombo_->setObjectName(QStringLiteral("echoLoadModeCombo"));
    modeCombo_->addItem(tr("Ping-pong"), static_cast<int>(EchoLoadConfig::Mode::PingPong));
    modeCombo_->addItem(tr("Stream"), static_cast<int>(EchoLoadConfig::Mode::Stream));
    modeCombo_->setToolTip(tr("Ping-pong: each connection sends one message and waits for its echo before the "
                              "next; the round-trip times are measured. Stream: each connection keeps sending "
                              "while it reads the echo back, for throughput; streams only (TCP, Unix stream), "
                              "as lost datagrams would stall it."));
    modeCombo_->setMaximumWidth(charWidth * 32);
    addRow(tr("&Mode:"), modeCombo_, modeCombo_);

    threadsSpin_->setObjectName(QStringLiteral("echoLoadThreadsSpin"));
    threadsSpin_->setRange(0, maxThreads);
    threadsSpin_->setSpecialValueText(tr("one per core (%1)").arg(QThread::idealThreadCount()));
    threadsSpin_->setToolTip(tr("The load's threads, each an event loop over its share of the connections. 0: "
                                "one per core (%1 here), at most one per connection. At most %2.")
                                 .arg(QThread::idealThreadCount())
                                 .arg(maxThreads));
    threadsSpin_->setMaximumWidth(charWidth * 24);
    addRow(tr("Load t&hreads:"), threadsSpin_, threadsSpin_);
    layout->addWidget(settingsBox);

    auto* buttons = new QHBoxLayout;
    runButton_->setObjectName(QStringLiteral("echoLoadRunButton"));
    runButton_->setToolTip(tr("Open the connections and send messages for the chosen duration, checking every "
                              "echoed byte. The load runs on threads of its own; the page stays responsive."));
    cancelButton_->setObjectName(QStringLiteral("echoLoadCancelButton"));
    cancelButton_->setToolTip(tr("End the run now; what was measured until then is reported."));
    buttons->addWidget(runButton_);
    buttons->addWidget(cancelButton_);
    buttons->addStretch();
    buttons->addWidget(useServerButton_);
    layout->addLayout(buttons);

    progressBar_->setObjectName(QStringLiteral("echoLoadProgressBar"));
    progressBar_->setAccessibleName(tr("Load progress"));
    progressBar_->setToolTip(tr("Seconds elapsed of the run's duration."));
    progressBar_->setRange(0, 1);
    progressBar_->setValue(0);
    progressBar_->setFormat(QString());
    layout->addWidget(progressBar_);

    // Below the bar: what the run is doing (or did) with the copy button, the running totals while
    // it runs, the result once it has finished, and the plot in the room that is left.
    auto* statusRow = new QHBoxLayout;
    statusLabel_->setObjectName(QStringLiteral("echoLoadStatusLabel"));
    statusLabel_->setWordWrap(true);
    statusLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(statusLabel_, 1);
    copyButton_ = new CopyButton([this] { return resultText(); }, tr("the load test's result"));
    copyButton_->setObjectName(QStringLiteral("echoLoadCopyButton"));
    connect(copyButton_, &CopyButton::copied, this, &EchoLoadPanel::statusMessage);
    statusRow->addWidget(copyButton_, 0, Qt::AlignTop);
    layout->addLayout(statusRow);

    liveLabel_->setObjectName(QStringLiteral("echoLoadLiveLabel"));
    liveLabel_->setWordWrap(true);
    liveLabel_->setToolTip(tr("The load's running totals, 4 updates a second."));
    liveLabel_->hide();
    layout->addWidget(liveLabel_);

    resultLabel_->setObjectName(QStringLiteral("echoLoadResultLabel"));
    resultLabel_->setAccessibleName(tr("Load result"));
    resultLabel_->setWordWrap(true);
    resultLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLabel_->setToolTip(tr("Messages/s and MB/s (MB = 10⁶ bytes) over the measured duration; round-trip "
                                "times of ping-pong messages in microseconds (p99: 99% were faster); bytes "
                                "echoed and found equal to those sent; errors: failed connections, resets, "
                                "corrupted echoes, lost datagrams."));
    QFont bold = resultLabel_->font();
    bold.setBold(true);
    resultLabel_->setFont(bold);
    resultLabel_->hide();
    layout->addWidget(resultLabel_);

    plot_->setObjectName(QStringLiteral("echoLoadThroughputPlot"));
    plot_->setSingleSeries(tr("verified %1"));
    plot_->setAccessibleName(tr("Load throughput plot"));
    plot_->setToolTip(tr("Echoed bytes per second the load received and verified, from its totals 4 times a "
                         "second, over the last %1 seconds.")
                          .arg(ThroughputPlot::windowSeconds));
    layout->addWidget(plot_, 1);

    connect(transportCombo_, &QComboBox::currentIndexChanged, this, &EchoLoadPanel::updateForTransport);
    connect(useServerButton_, &QPushButton::clicked, this, &EchoLoadPanel::applyServerTarget);
    connect(runButton_, &QPushButton::clicked, this, &EchoLoadPanel::run);
    connect(cancelButton_, &QPushButton::clicked, this, &EchoLoadPanel::cancel);
    connect(service_, &EchoLoadService::progress, this, &EchoLoadPanel::onProgress);
    connect(service_, &EchoLoadService::finished, this, &EchoLoadPanel::onFinished);
    const std::pair<QLineEdit*, FieldFeedback*> fields[] = {{hostEdit_, hostFeedback_},
                                                            {portEdit_, portFeedback_},
                                                            {pathEdit_, pathFeedback_},
                                                            {connectionsEdit_, connectionsFeedback_},
                                                            {sizeEdit_, sizeFeedback_},
                                                            {secondsEdit_, secondsFeedback_}};
    for (const auto& [edit, feedback] : fields) {
        connect(edit, &QLineEdit::textEdited, feedback, &FieldFeedback::clearError);
        connect(edit, &QLineEdit::returnPressed, this, &EchoLoadPanel::run);
    }

    QWidget* previous = nullptr;
    for (QWidget* w : fieldsInTabOrder()) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }
    resetToDefaults();
    showIdleStatus();
}

// Before the first run, say what Run load will do: there is a server on this tab or there is not.
void EchoLoadPanel::showIdleStatus()
{
    if (result_ || isRunning())
        return;
    if (server_)
        setStatus(tr("No load run yet. Press Run load to load this tab's server."), false);
    else
        setStatus(tr("No load run yet. Start the server (or give another server's address), then press Run load."),
                  false);
}

EchoLoadPanel::~EchoLoadPanel() = default;

QList<QWidget*> EchoLoadPanel::fieldsInTabOrder() const
{
    return {transportCombo_, hostEdit_,    portEdit_,   pathEdit_,     connectionsEdit_, sizeEdit_,       secondsEdit_,
            modeCombo_,      threadsSpin_, runButton_,  cancelButton_, useServerButton_, copyButton_};
}

QWidget* EchoLoadPanel::firstField() const { return transportCombo_; }

bool EchoLoadPanel::isRunning() const { return service_->isRunning(); }

EchoTransport EchoLoadPanel::transport() const
{
    return static_cast<EchoTransport>(transportCombo_->currentData().toInt());
}

void EchoLoadPanel::updateForTransport()
{
    const EchoTransport t = transport();
    const bool local = isUnix(t);
    form_->setRowVisible(hostRow, !local);
    form_->setRowVisible(portRow, !local);
    form_->setRowVisible(pathRow, local);
    // Stream mode needs a stream: over UDP a lost datagram would stall the connection.
    if (auto* items = qobject_cast<QStandardItemModel*>(modeCombo_->model())) {
        const int stream = modeCombo_->findData(static_cast<int>(EchoLoadConfig::Mode::Stream));
        if (QStandardItem* item = items->item(stream))
            item->setEnabled(isStream(t));
    }
    if (!isStream(t))
        modeCombo_->setCurrentIndex(modeCombo_->findData(static_cast<int>(EchoLoadConfig::Mode::PingPong)));
    updateButtons();
}

void EchoLoadPanel::updateButtons()
{
    const bool running = isRunning();
    for (QWidget* w : {static_cast<QWidget*>(transportCombo_), static_cast<QWidget*>(hostEdit_),
                       static_cast<QWidget*>(portEdit_), static_cast<QWidget*>(pathEdit_),
                       static_cast<QWidget*>(connectionsEdit_), static_cast<QWidget*>(sizeEdit_),
                       static_cast<QWidget*>(secondsEdit_), static_cast<QWidget*>(modeCombo_),
                       static_cast<QWidget*>(threadsSpin_)})
        w->setEnabled(!running);
    useServerButton_->setEnabled(!running && server_.has_value());
    runButton_->setEnabled(!running);
    cancelButton_->setEnabled(running);
    copyButton_->setEnabled(result_.has_value() && !running);
}

void EchoLoadPanel::setServerTarget(EchoTransport transport, const QString& bindAddress, int port, const QString& path)
{
    if (transport == EchoTransport::UnixDgram) { // the load cannot drive it
        clearServerTarget();
        return;
    }
    ServerTarget t;
    t.transport = transport;
    // A server on every interface is reached through loopback, the same family.
    const QString address = bindAddress.trimmed();
    if (address == QLatin1String("0.0.0.0") || address.isEmpty())
        t.host = QStringLiteral("127.0.0.1");
    else if (address == QLatin1String("::") || address == QLatin1String("::0"))
        t.host = QStringLiteral("::1");
    else
        t.host = address;
    t.port = port;
    t.path = path;
    server_ = t;
    if (!isRunning())
        applyServerTarget();
    updateButtons();
    showIdleStatus();
}

void EchoLoadPanel::clearServerTarget()
{
    server_.reset();
    updateButtons();
    showIdleStatus();
}

void EchoLoadPanel::applyServerTarget()
{
    if (!server_ || isRunning())
        return;
    transportCombo_->setCurrentIndex(transportCombo_->findData(static_cast<int>(server_->transport)));
    if (isUnix(server_->transport)) {
        pathEdit_->setText(server_->path);
    } else {
        hostEdit_->setText(server_->host);
        portEdit_->setText(QString::number(server_->port));
    }
    for (FieldFeedback* f : {hostFeedback_, portFeedback_, pathFeedback_})
        f->clearError();
    updateForTransport();
}

bool EchoLoadPanel::checkHost()
{
    const QString text = hostEdit_->text().trimmed();
    const QString allowed = CodecMessages::allowedAddressForm(familyInet()) + QLatin1Char(' ')
                            + CodecMessages::allowedAddressForm(familyInet6());
    if (text.isEmpty()) {
        hostFeedback_->setError(tr("The server's address is empty.") + QLatin1Char(' ') + allowed);
        return false;
    }
    if (!presentationToNetworkAuto(text.toStdString()).ok()) {
        hostFeedback_->setError(tr("“%1” is neither a numeric IPv4 nor a numeric IPv6 address (inet_pton returned 0 "
                                   "for both); the load connects to numbers, not to a host name.")
                                    .arg(text)
                                + QLatin1Char(' ') + allowed);
        return false;
    }
    hostFeedback_->clearError();
    return true;
}

bool EchoLoadPanel::checkPath()
{
    const QString text = pathEdit_->text();
    if (text.isEmpty()) {
        pathFeedback_->setError(tr("The path is empty. Give the server's socket file, or @name for an abstract "
                                   "name."));
        return false;
    }
    // sun_path holds the path and its NUL (an abstract name: a NUL and then the name).
    const auto bytes = static_cast<std::size_t>(text.toUtf8().size());
    if (bytes + 1 > sunPathCapacity()) {
        pathFeedback_->setError(tr("The path is %1 bytes long; sun_path holds at most %2 bytes and the terminating "
                                   "NUL.")
                                    .arg(bytes)
                                    .arg(sunPathCapacity() - 1));
        return false;
    }
    pathFeedback_->clearError();
    return true;
}

std::optional<EchoLoadConfig> EchoLoadPanel::validate()
{
    EchoLoadConfig c;
    c.transport = transport();
    bool ok = true;
    if (isUnix(c.transport)) {
        ok = checkPath() && ok;
        c.path = pathEdit_->text().toStdString();
    } else {
        ok = checkHost() && ok;
        c.host = hostEdit_->text().trimmed().toStdString();
        const auto port = portFeedback_->checkUnsigned(tr("Port"), 1, 65535);
        ok = port.has_value() && ok;
        c.port = static_cast<int>(port.value_or(0));
    }
    const auto connections = connectionsFeedback_->checkUnsigned(tr("Connections"), 1, maxConnections);
    ok = connections.has_value() && ok;
    const bool udp = c.transport == EchoTransport::Udp;
    const auto size = sizeFeedback_->checkUnsigned(tr("Message size"), 1, udp ? maxDatagramSize : maxMessageSize);
    if (udp && !size && parseUnsigned(sizeEdit_->text().toStdString(), maxMessageSize).ok())
        sizeFeedback_->setError(tr("A UDP datagram carries at most %1 bytes over IPv4; “%2” is too large for one "
                                   "echo.")
                                    .arg(QLocale().toString(static_cast<qulonglong>(maxDatagramSize)),
                                         sizeEdit_->text().trimmed()));
    ok = size.has_value() && ok;
    const auto seconds = secondsFeedback_->checkUnsigned(tr("Duration"), 1, maxSeconds);
    ok = seconds.has_value() && ok;
    if (!ok)
        return std::nullopt;
    c.connections = static_cast<int>(*connections);
    c.size = static_cast<std::size_t>(*size);
    c.seconds = static_cast<double>(*seconds);
    c.mode = static_cast<EchoLoadConfig::Mode>(modeCombo_->currentData().toInt());
    c.threads = threadsSpin_->value();
    return c;
}

void EchoLoadPanel::run()
{
    if (isRunning())
        return;
    const std::optional<EchoLoadConfig> config = validate();
    if (!config) {
        setStatus(tr("Not started: correct the marked fields first."), true);
        return;
    }
    if (!service_->start(*config))
        return;
    running_ = *config;
    previousMessages_ = 0;
    previousElapsed_ = 0;
    result_.reset();
    resultLabel_->clear();
    resultLabel_->hide();
    liveLabel_->show();
    plot_->clear();
    plot_->addTotals(0, 0, 0);
    const int seconds = static_cast<int>(config->seconds);
    progressBar_->setRange(0, seconds * 10);
    progressBar_->setValue(0);
    progressBar_->setFormat(tr("0 of %n second(s)", nullptr, seconds));
    liveLabel_->setText(tr("Connecting…"));
    setStatus(tr("Running: %n connection(s) for %1 s…", nullptr, config->connections).arg(seconds), false);
    updateButtons();
    // The focused Run button is now disabled: Cancel takes the focus so Space still answers.
    if (runButton_->hasFocus() || hostEdit_->hasFocus() || connectionsEdit_->hasFocus() || sizeEdit_->hasFocus()
        || secondsEdit_->hasFocus() || portEdit_->hasFocus() || pathEdit_->hasFocus())
        cancelButton_->setFocus(Qt::OtherFocusReason);
}

void EchoLoadPanel::cancel()
{
    if (!isRunning())
        return;
    setStatus(tr("Cancelling…"), false);
    service_->cancel();
}

void EchoLoadPanel::onProgress(const EchoLoadProgressSample& s)
{
    const QLocale locale;
    const int tenths = static_cast<int>(std::lround(s.elapsedSeconds * 10));
    progressBar_->setValue(std::min(tenths, progressBar_->maximum()));
    progressBar_->setFormat(tr("%1 of %n second(s)", nullptr, static_cast<int>(running_.seconds))
                                .arg(locale.toString(s.elapsedSeconds, 'f', 1)));
    plot_->addTotals(static_cast<std::int64_t>(s.elapsedSeconds * 1e6), s.bytes, 0);
    const double interval = s.elapsedSeconds - previousElapsed_;
    const double rate = interval > 0 && s.messages >= previousMessages_
                            ? static_cast<double>(s.messages - previousMessages_) / interval
                            : 0.0;
    previousMessages_ = s.messages;
    previousElapsed_ = s.elapsedSeconds;
    liveLabel_->setText(tr("%1 messages/s now, %n connected, %2 error(s)", nullptr, s.connected)
                            .arg(locale.toString(rate, 'f', 0), locale.toString(static_cast<qulonglong>(s.errors))));
}

void EchoLoadPanel::onFinished(const EchoLoadResult& r)
{
    if (!r.ok) {
        result_.reset();
        resultLabel_->clear();
        liveLabel_->hide();
        progressBar_->setValue(0);
        progressBar_->setFormat(QString());
        setStatus(tr("The load could not run: %1.").arg(QString::fromStdString(r.error)), true);
        updateButtons();
        emit runFinished(false);
        return;
    }
    result_ = r;
    const bool cancelled = r.seconds + 0.2 < running_.seconds;
    if (!cancelled)
        progressBar_->setValue(progressBar_->maximum());
    resultLabel_->setText(resultText());
    resultLabel_->show();
    liveLabel_->hide();
    const QLocale locale;
    QString status = cancelled ? tr("Cancelled after %1 s.").arg(locale.toString(r.seconds, 'f', 2))
                               : tr("Finished after %1 s.").arg(locale.toString(r.seconds, 'f', 2));
    if (r.connected < running_.connections)
        status += QLatin1Char(' ') + tr("Only %1 of %n connection(s) could be made.", nullptr, running_.connections)
                                         .arg(r.connected);
    if (r.errors > 0)
        status += QLatin1Char(' ') + tr("%n error(s): failed connections, resets, corrupted echoes or lost datagrams.",
                                        nullptr, static_cast<int>(std::min<std::uint64_t>(r.errors, 1u << 30)));
    else if (!r.error.empty())
        status += QLatin1Char(' ') + QString::fromStdString(r.error);
    setStatus(status, r.errors > 0 || r.connected < running_.connections);
    updateButtons();
    emit statusMessage(tr("Load test: %1 messages/s, %2 MB/s")
                           .arg(locale.toString(r.messagesPerSecond, 'f', 0),
                                locale.toString(r.megabytesPerSecond, 'f', 2)));
    emit runFinished(r.errors == 0);
}

QString EchoLoadPanel::resultText() const
{
    if (!result_)
        return {};
    const EchoLoadResult& r = *result_;
    const QLocale locale;
    const auto number = [&locale](std::uint64_t n) { return locale.toString(static_cast<qulonglong>(n)); };
    const bool pingpong = running_.mode == EchoLoadConfig::Mode::PingPong;
    QStringList lines;
    lines << tr("%1 messages/s, %2 MB/s over %3 s")
                 .arg(locale.toString(r.messagesPerSecond, 'f', 0), locale.toString(r.megabytesPerSecond, 'f', 2),
                      locale.toString(r.seconds, 'f', 2));
    lines << tr("%n connection(s), %1-byte messages, %2", nullptr, r.connected)
                 .arg(number(running_.size), pingpong ? tr("ping-pong") : tr("stream"));
    if (pingpong)
        lines << tr("Round trip: p50 %1 µs, p99 %2 µs, p99.9 %3 µs, max %4 µs")
                     .arg(number(r.rtt.percentile(0.5)), number(r.rtt.percentile(0.99)),
                          number(r.rtt.percentile(0.999)), number(r.rtt.max()));
    else
        lines << tr("Round trip: not measured in stream mode");
    lines << tr("%1 messages, %2 bytes verified, %3 error(s), %4 mismatched byte(s)")
                 .arg(number(r.messages), number(r.bytesVerified), number(r.errors), number(r.mismatches));
    return lines.join(QLatin1Char('\n'));
}

void EchoLoadPanel::setStatus(const QString& text, bool isError)
{
    QPalette p;
    if (isError)
        p.setColor(QPalette::WindowText, errorTextColor(palette()));
    statusLabel_->setPalette(p);
    statusLabel_->setText(text);
}

void EchoLoadPanel::resetToDefaults()
{
    const EchoLoadConfig d;
    transportCombo_->setCurrentIndex(transportCombo_->findData(static_cast<int>(d.transport)));
    hostEdit_->setText(QString::fromStdString(d.host));
    portEdit_->clear();
    pathEdit_->setText(QStringLiteral("/tmp/sockscope-echo.sock"));
    connectionsEdit_->setText(QStringLiteral("10"));
    sizeEdit_->setText(QString::number(d.size));
    secondsEdit_->setText(QStringLiteral("5"));
    modeCombo_->setCurrentIndex(modeCombo_->findData(static_cast<int>(d.mode)));
    threadsSpin_->setValue(d.threads);
    for (FieldFeedback* f :
         {hostFeedback_, portFeedback_, pathFeedback_, connectionsFeedback_, sizeFeedback_, secondsFeedback_})
        f->clearError();
    updateForTransport();
    if (server_)
        applyServerTarget(); // the target follows this tab's running server
}

void EchoLoadPanel::restore(const QSettings& s, const QString& prefix)
{
    resetToDefaults();
    const QString savedTransport = s.value(key(prefix, "transport")).toString();
    for (EchoTransport t : loadTransports)
        if (savedTransport == QLatin1String(transportName(t)))
            transportCombo_->setCurrentIndex(transportCombo_->findData(static_cast<int>(t)));
    const std::pair<const char*, QLineEdit*> texts[] = {{"host", hostEdit_},           {"port", portEdit_},
                                                        {"path", pathEdit_},           {"connections", connectionsEdit_},
                                                        {"size", sizeEdit_},           {"seconds", secondsEdit_}};
    for (const auto& [name, edit] : texts)
        if (s.contains(key(prefix, name)))
            edit->setText(s.value(key(prefix, name)).toString());
    if (s.value(key(prefix, "mode")).toString() == QLatin1String("stream"))
        modeCombo_->setCurrentIndex(modeCombo_->findData(static_cast<int>(EchoLoadConfig::Mode::Stream)));
    threadsSpin_->setValue(s.value(key(prefix, "threads"), 0).toInt());
    updateForTransport();
    if (server_)
        applyServerTarget();
}

void EchoLoadPanel::save(QSettings& s, const QString& prefix) const
{
    s.setValue(key(prefix, "transport"), QLatin1String(transportName(transport())));
    s.setValue(key(prefix, "host"), hostEdit_->text());
    s.setValue(key(prefix, "port"), portEdit_->text());
    s.setValue(key(prefix, "path"), pathEdit_->text());
    s.setValue(key(prefix, "connections"), connectionsEdit_->text());
    s.setValue(key(prefix, "size"), sizeEdit_->text());
    s.setValue(key(prefix, "seconds"), secondsEdit_->text());
    const bool stream = modeCombo_->currentData().toInt() == static_cast<int>(EchoLoadConfig::Mode::Stream);
    s.setValue(key(prefix, "mode"), stream ? QStringLiteral("stream") : QStringLiteral("pingpong"));
    s.setValue(key(prefix, "threads"), threadsSpin_->value());
}

void EchoLoadPanel::setConnections(const QString& text) { connectionsEdit_->setText(text); }
void EchoLoadPanel::setMessageSize(const QString& text) { sizeEdit_->setText(text); }
void EchoLoadPanel::setSeconds(const QString& text) { secondsEdit_->setText(text); }
void EchoLoadPanel::setMode(EchoLoadConfig::Mode mode)
{
    modeCombo_->setCurrentIndex(modeCombo_->findData(static_cast<int>(mode)));
}

} // namespace sockscope
