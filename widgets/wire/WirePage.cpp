#include "WirePage.h"

#include "CopyButton.h"
#include "ErrnoInfo.h"
#include "FieldFeedback.h"
#include "NumberParser.h"
#include "PaletteColors.h"
#include "PageHeader.h"
#include "PcapngWriter.h"
#include "WireLadderView.h"
#include "WirePacketText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace sockscope {

namespace {

// The ports field: numbers 1–65535 separated by spaces or commas. An empty optional and `error`
// set when one is not a port.
std::optional<std::vector<std::uint16_t>> parsePorts(const QString& text, QString& error)
{
    std::vector<std::uint16_t> ports;
    const QStringList words = text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    for (const QString& w : words) {
        const ParsedNumber n = parseUnsigned(w.toStdString(), 65535);
        if (!n.ok() || n.value == 0) {
            error = WirePage::tr("“%1” is not a port: give numbers from 1 to 65535, separated by spaces or commas.")
                        .arg(w);
            return std::nullopt;
        }
        const auto port = static_cast<std::uint16_t>(n.value);
        if (std::find(ports.begin(), ports.end(), port) == ports.end())
            ports.push_back(port);
    }
    if (ports.size() > maxFilterPorts) {
        error = WirePage::tr("%n port(s) given: the capture's filter takes at most %1.", nullptr,
                             static_cast<int>(ports.size()))
                    .arg(maxFilterPorts);
        return std::nullopt;
    }
    return ports;
}

} // namespace

WirePage::WirePage(QWidget* parent)
    : Page(parent),
      service_(new WireCaptureService(this)),
      own_(new QRadioButton(tr("SockScope's &own sockets"))),
      listed_(new QRadioButton(tr("These &ports:"))),
      ports_(new QLineEdit),
      portsFeedback_(new FieldFeedback(ports_)),
      startButton_(new QPushButton(tr("&Start capture"))),
      clearButton_(new QPushButton(tr("C&lear"))),
      pcapButton_(new QPushButton(tr("Export &pcapng…"))),
      imageButton_(new QPushButton(tr("Save &image…"))),
      follow_(new QCheckBox(tr("&Follow the newest"))),
      status_(new QLabel),
      ladder_(new WireLadderView),
      detail_(new QPlainTextEdit),
      journalTimer_(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createPageHeader(
        title(),
        tr("What each call does on the wire. The capture reads every packet on the loopback interface, as "
           "tcpdump -i lo does, through a packet socket (AF_PACKET) with a small BPF program that keeps only "
           "the ports of the sockets you watch. Each packet is drawn as an arrow between its two endpoints, "
           "beside the calls from the journal: connect() and the three-way handshake, send() and a data "
           "segment with its length, shutdown(SHUT_WR) and a FIN, close() with SO_LINGER 0 and a RST, a "
           "sendto() to a closed port and the ICMP error that comes back. Sequence numbers count from each "
           "side's SYN, as Wireshark shows them.")));

    auto* watchBox = new QGroupBox(tr("What to watch"));
    auto* watch = new QHBoxLayout(watchBox);
    auto* group = new QButtonGroup(this);
    group->addButton(own_);
    group->addButton(listed_);
    own_->setChecked(true);
    own_->setObjectName(QStringLiteral("wireOwnSockets"));
    own_->setToolTip(tr("Follow every TCP and UDP socket SockScope holds (the lab's, the consoles', the echo "
                        "servers'): their ports are looked at twice a second and the filter follows."));
    listed_->setObjectName(QStringLiteral("wireListedPorts"));
    listed_->setToolTip(tr("Watch the ports you name, whoever holds them: another program's server, "
                           "a python3 client."));
    ports_->setObjectName(QStringLiteral("wirePorts"));
    ports_->setPlaceholderText(tr("7007, 8080"));
    ports_->setToolTip(tr("TCP and UDP ports, 1–65535, separated by spaces or commas (at most %1). Empty: every "
                          "packet on lo.")
                           .arg(maxFilterPorts));
    ports_->setEnabled(false);
    watch->addWidget(own_);
    watch->addWidget(listed_);
    watch->addWidget(portsFeedback_->fieldWithMessage(), 1);
    layout->addWidget(watchBox);

    auto* actions = new QHBoxLayout;
    startButton_->setObjectName(QStringLiteral("wireStart"));
    startButton_->setToolTip(tr("Start or stop the capture (F9). Opening the packet socket needs CAP_NET_RAW: as "
                                "root it just works; otherwise SockScope's helper sockscope-capture opens it."));
    clearButton_->setObjectName(QStringLiteral("wireClear"));
    clearButton_->setToolTip(tr("Forget the packets and calls shown so far."));
    pcapButton_->setObjectName(QStringLiteral("wireExportPcapng"));
    pcapButton_->setToolTip(tr("Save the packets as a pcapng file, which Wireshark and tcpdump -r open."));
    imageButton_->setObjectName(QStringLiteral("wireSaveImage"));
    imageButton_->setToolTip(tr("Save the diagram as a PNG image or an SVG drawing (at most %n row(s) from the top).", nullptr,
                                WireLadderView::maxImageRows));
    follow_->setObjectName(QStringLiteral("wireFollow"));
    follow_->setChecked(true);
    follow_->setToolTip(tr("Keep the newest packet in view as packets arrive."));
    auto* copy = new CopyButton([this] { return ladderText(); }, tr("the packets and calls"));
    copy->setObjectName(QStringLiteral("wireCopy"));
    connect(copy, &CopyButton::copied, this, &Page::statusMessage);
    actions->addWidget(startButton_);
    actions->addWidget(follow_);
    actions->addStretch();
    actions->addWidget(clearButton_);
    actions->addWidget(pcapButton_);
    actions->addWidget(imageButton_);
    actions->addWidget(copy);
    layout->addLayout(actions);

    status_->setObjectName(QStringLiteral("wireStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(status_);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("wireSplitter"));
    ladder_->setObjectName(QStringLiteral("wireLadder"));
    ladder_->setTimeline(&timeline_);
    ladder_->setToolTip(tr("Click a packet (or use the arrow keys) to see its headers and bytes below."));
    detail_->setObjectName(QStringLiteral("wireDetail"));
    detail_->setReadOnly(true);
    detail_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    detail_->setPlaceholderText(tr("The selected packet's headers and bytes."));
    splitter->addWidget(ladder_);
    splitter->addWidget(detail_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(listed_, &QRadioButton::toggled, ports_, &QWidget::setEnabled);
    connect(ports_, &QLineEdit::textChanged, portsFeedback_, &FieldFeedback::clearError);
    connect(ports_, &QLineEdit::returnPressed, this, &WirePage::startCapture);
    connect(startButton_, &QPushButton::clicked, this, [this] { isCapturing() ? stopCapture() : startCapture(); });
    auto* f9 = new QShortcut(QKeySequence(Qt::Key_F9), this);
    f9->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f9, &QShortcut::activated, startButton_, &QPushButton::click);
    connect(clearButton_, &QPushButton::clicked, this, [this] {
        timeline_.clear();
        failure_.clear();
        detail_->clear();
        ladder_->timelineChanged();
        updateStatus();
        updateButtons();
    });
    connect(pcapButton_, &QPushButton::clicked, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the packets as pcapng"),
                                                          dir + QStringLiteral("/sockscope-wire.pcapng"),
                                                          tr("pcapng files (*.pcapng)"));
        if (!path.isEmpty())
            exportPcapng(path);
    });
    connect(imageButton_, &QPushButton::clicked, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the diagram as an image"),
                                                          dir + QStringLiteral("/sockscope-wire.png"),
                                                          tr("PNG images (*.png);;SVG drawings (*.svg)"));
        if (!path.isEmpty())
            saveImage(path);
    });
    connect(follow_, &QCheckBox::toggled, ladder_, &WireLadderView::setFollow);
    connect(ladder_, &WireLadderView::rowSelected, this, &WirePage::showRow);
    connect(service_, &WireCaptureService::started, this, &WirePage::onStarted);
    connect(service_, &WireCaptureService::packetsArrived, this, &WirePage::onPackets);
    connect(service_, &WireCaptureService::statsChanged, this, &WirePage::onStats);
    connect(service_, &WireCaptureService::kernelStatesSampled, this, [this](const std::vector<KernelTcpState>& states) {
        timeline_.setKernelStates(states);
        ladder_->viewport()->update();
    });
    connect(service_, &WireCaptureService::stopped, this, [this](const QString& reason) {
        capturing_ = false;
        journalTimer_->stop();
        pollJournal();
        if (!reason.isEmpty())
            failure_ = tr("The capture stopped: %1").arg(reason);
        updateStatus();
        updateButtons();
    });
    journalTimer_->setInterval(journalPollMs);
    connect(journalTimer_, &QTimer::timeout, this, &WirePage::pollJournal);

    QWidget* order[] = {own_, listed_, ports_, startButton_, follow_, clearButton_, pcapButton_, imageButton_,
                        copy, ladder_, detail_};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    updateStatus();
    updateButtons();
}

WirePage::~WirePage() = default;

QString WirePage::title() const { return tr("The wire"); }

QString WirePage::summary() const
{
    return tr("The packets each call puts on loopback, drawn beside the call: handshake, data, FIN, RST, ICMP.");
}

QWidget* WirePage::firstField() const { return own_->isChecked() ? static_cast<QWidget*>(own_) : ports_; }

void WirePage::restoreInputs(const QSettings& settings)
{
    const bool own = settings.value(QStringLiteral("ownSockets"), true).toBool();
    (own ? own_ : listed_)->setChecked(true);
    ports_->setText(settings.value(QStringLiteral("ports")).toString());
    follow_->setChecked(settings.value(QStringLiteral("follow"), true).toBool());
}

void WirePage::saveInputs(QSettings& settings) const
{
    settings.setValue(QStringLiteral("ownSockets"), own_->isChecked());
    settings.setValue(QStringLiteral("ports"), ports_->text());
    settings.setValue(QStringLiteral("follow"), follow_->isChecked());
}

void WirePage::showExample()
{
    listed_->setChecked(true);
    ports_->setText(QStringLiteral("7007"));
}

bool WirePage::isCapturing() const { return capturing_; }

void WirePage::startCapture()
{
    std::vector<std::uint16_t> ports;
    if (listed_->isChecked()) {
        QString error;
        const auto parsed = parsePorts(ports_->text(), error);
        if (!parsed) {
            portsFeedback_->setError(error);
            return;
        }
        ports = *parsed;
    }
    portsFeedback_->clearError();
    failure_.clear();
    stats_ = {};
    journalSeq_ = CallJournal::global().lastSeq();
    capturing_ = true;
    service_->start(own_->isChecked(), ports);
    updateStatus();
    updateButtons();
}

void WirePage::stopCapture()
{
    service_->stop(); // joins within about a tenth of a second; the stopped() signal follows
}

QString WirePage::openFailureText(const CaptureOpenResult& r) const
{
    if (r.failedCall == "helper")
        return tr("The capture helper %1 could not open a packet socket either: it lacks the capability "
                  "CAP_NET_RAW. As root, give it that one capability: setcap cap_net_raw+ep %1")
            .arg(QString::fromStdString(r.helperPath));
    if (r.failedCall == "socket" && (r.err == EPERM || r.err == EACCES))
        return tr("Capturing needs the capability CAP_NET_RAW to open a packet socket (socket(AF_PACKET, …) "
                  "failed with %1), and no capture helper was found. Run SockScope as root, or install it from "
                  "its package, whose helper /usr/libexec/sockscope/sockscope-capture holds that capability.")
            .arg(QString::fromStdString(errnoSymbol(r.err)));
    if (r.failedCall == "if_nametoindex")
        return tr("This machine has no loopback interface named lo, so there is nothing to capture on.");
    if (r.err == ENOSYS)
        return tr("Packet capture is built for Linux only.");
    return tr("The capture could not start: %1() failed: %2")
        .arg(QString::fromStdString(r.failedCall), QString::fromStdString(errnoDescription(r.err)));
}

void WirePage::onStarted(const CaptureOpenResult& result)
{
    if (!result.ok) {
        capturing_ = false;
        failure_ = openFailureText(result);
    } else {
        journalTimer_->start();
    }
    updateStatus();
    updateButtons();
    emit captureStarted(result.ok);
}

void WirePage::onPackets(const QVector<WirePacket>& packets)
{
    // Calls first, so a packet finds the call before it.
    const auto batch = CallJournal::global().since(journalSeq_);
    journalSeq_ = batch.lastSeq;
    timeline_.addCalls(batch.entries);
    timeline_.addPackets(packets);
    ladder_->timelineChanged();
    updateStatus();
    updateButtons();
}

void WirePage::onStats(const WireCaptureStats& stats)
{
    stats_ = stats;
    updateStatus();
}

void WirePage::pollJournal()
{
    const auto batch = CallJournal::global().since(journalSeq_);
    journalSeq_ = batch.lastSeq;
    const std::size_t before = timeline_.calls().size();
    timeline_.addCalls(batch.entries);
    if (timeline_.calls().size() != before)
        ladder_->timelineChanged();
}

void WirePage::showRecorded(const QVector<WirePacket>& packets, const std::vector<JournalEntry>& calls)
{
    timeline_.clear();
    failure_.clear();
    timeline_.addCalls(calls);
    timeline_.addPackets(packets);
    timeline_.inferTcpStates();
    ladder_->timelineChanged();
    updateStatus();
    updateButtons();
}

void WirePage::showRow(int row)
{
    const auto& rows = timeline_.rows();
    if (row < 0 || row >= static_cast<int>(rows.size()))
        return;
    const WireTimeline::Row& r = rows[static_cast<std::size_t>(row)];
    if (r.kind == WireTimeline::Row::Packet) {
        QString text = wirePacketDetail(timeline_.packets()[static_cast<std::size_t>(r.index)]);
        if (r.cause >= 0) {
            const JournalEntry& e = timeline_.calls()[static_cast<std::size_t>(r.cause)];
            text = tr("Most likely sent because of: %1(%2) = %3")
                       .arg(QString::fromStdString(e.function), QString::fromStdString(e.args),
                            QString::fromStdString(e.result)) +
                   QStringLiteral("\n\n") + text;
        }
        detail_->setPlainText(text);
    } else {
        const JournalEntry& e = timeline_.calls()[static_cast<std::size_t>(r.index)];
        QString text = tr("%1(%2) = %3").arg(QString::fromStdString(e.function), QString::fromStdString(e.args),
                                             QString::fromStdString(e.result));
        if (e.err)
            text += tr("\nerrno %1: %2")
                        .arg(QString::fromStdString(errnoSymbol(e.err)), QString::fromStdString(errnoDescription(e.err)));
        text += tr("\nthread %1, %2 µs\n\n").arg(QString::fromStdString(e.thread)).arg(e.durationUs) +
                QString::fromStdString(e.code);
        detail_->setPlainText(text);
    }
}

void WirePage::updateStatus()
{
    if (!failure_.isEmpty()) {
        QPalette pal = palette();
        pal.setColor(QPalette::WindowText, errorTextColor(palette()));
        status_->setPalette(pal);
        status_->setText(failure_);
        return;
    }
    status_->setPalette(palette());
    const int packets = static_cast<int>(timeline_.packets().size());
    const int calls = static_cast<int>(timeline_.calls().size());
    QString text;
    if (capturing_) {
        QStringList ports;
        for (const std::uint16_t p : stats_.ports)
            ports << QString::number(p);
        const QString which = own_->isChecked()
                                  ? (ports.isEmpty() ? tr("SockScope holds no TCP or UDP socket yet; ICMP only")
                                                     : tr("SockScope's sockets: ports %1").arg(ports.join(QStringLiteral(", "))))
                                  : (ports.isEmpty() ? tr("every packet") : tr("ports %1").arg(ports.join(QStringLiteral(", "))));
        text = tr("Capturing on lo (%1).").arg(which) + QLatin1Char(' ');
    }
    text += tr("%n packet(s)", nullptr, packets) + QStringLiteral(", ") + tr("%n call(s)", nullptr, calls);
    if (stats_.sampledOut)
        text += QStringLiteral("; ") + tr("%n packet(s) over %1 a second not shown (counted only)", nullptr,
                                          static_cast<int>(stats_.sampledOut))
                                           .arg(WireCaptureService::maxPacketsPerSecond);
    if (stats_.kernelDrops)
        text += QStringLiteral("; ") + tr("%n dropped by the kernel (its buffer was full)", nullptr,
                                          static_cast<int>(stats_.kernelDrops));
    if (stats_.otherIcmp)
        text += QStringLiteral("; ") + tr("%n ICMP error(s) about other ports left out", nullptr,
                                          static_cast<int>(stats_.otherIcmp));
    if (timeline_.droppedPackets())
        text += QStringLiteral("; ") + tr("the oldest %n packet(s) forgotten (at most %1 are kept)", nullptr,
                                          static_cast<int>(timeline_.droppedPackets()))
                                           .arg(WireTimeline::maxPackets);
    status_->setText(text + QLatin1Char('.'));
}

void WirePage::updateButtons()
{
    startButton_->setText(capturing_ ? tr("&Stop capture") : tr("&Start capture"));
    const bool any = !timeline_.packets().empty();
    pcapButton_->setEnabled(any);
    imageButton_->setEnabled(!timeline_.rows().empty());
    clearButton_->setEnabled(!timeline_.rows().empty());
    own_->setEnabled(!capturing_);
    listed_->setEnabled(!capturing_);
    ports_->setEnabled(!capturing_ && listed_->isChecked());
}

bool WirePage::exportPcapng(const QString& path)
{
    std::vector<CapturedPacket> packets;
    packets.reserve(timeline_.packets().size());
    for (const WirePacket& w : timeline_.packets())
        packets.push_back(w.captured);
    PcapngFile file;
    bool ok = file.open(path.toStdString());
    for (std::size_t i = 0; ok && i < packets.size(); ++i)
        ok = file.write(packets[i]);
    const int err = errno;
    ok = file.close() && ok;
    if (!ok) {
        failure_ = tr("Could not write %1: %2").arg(path, QString::fromStdString(errnoDescription(err)));
        updateStatus();
        return false;
    }
    emit statusMessage(tr("Saved %n packet(s) to %1", nullptr, static_cast<int>(packets.size())).arg(path));
    return true;
}

bool WirePage::saveImage(const QString& path)
{
    const int rows = std::min<int>(static_cast<int>(timeline_.rows().size()), WireLadderView::maxImageRows);
    const bool svg = path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive);
    if (svg ? !ladder_->renderSvg(path, 0, rows) : !ladder_->renderImage(0, rows).save(path, "PNG")) {
        failure_ = tr("Could not save the image to %1.").arg(path);
        updateStatus();
        return false;
    }
    emit statusMessage(tr("Saved the diagram to %1").arg(path));
    return true;
}

QString WirePage::ladderText() const
{
    QStringList lines;
    const auto& rows = timeline_.rows();
    const std::int64_t origin = rows.empty() ? 0 : rows.front().timeUs;
    for (const WireTimeline::Row& r : rows) {
        const QString t = QStringLiteral("+%1 ms").arg(static_cast<double>(r.timeUs - origin) / 1000.0, 0, 'f', 3);
        if (r.kind == WireTimeline::Row::Call) {
            const JournalEntry& e = timeline_.calls()[static_cast<std::size_t>(r.index)];
            lines << QStringLiteral("%1  %2(%3) = %4")
                         .arg(t, QString::fromStdString(e.function), QString::fromStdString(e.args),
                              QString::fromStdString(e.result));
        } else {
            const WirePacket& w = timeline_.packets()[static_cast<std::size_t>(r.index)];
            QString from, to;
            WireTimeline::endpointsOf(w, from, to);
            lines << QStringLiteral("%1      %2 > %3  %4").arg(t, from, to, wireArrowLabel(w));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sockscope
