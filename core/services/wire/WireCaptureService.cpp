#include "WireCaptureService.h"

#include "CallJournal.h"
#include "SocketRegistry.h"

#include <QMetaObject>
#include <QPointer>

#include <sys/socket.h>

#include <netinet/in.h>
#include <pthread.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <mutex>

namespace sockscope {

namespace {

// The BPF filter lets every ICMP error through (it cannot follow the quoted header's variable
// offset cheaply); here one that quotes a datagram of other ports is left out, so the page shows
// only the unreachables that concern the watched sockets. An echo request or reply quotes nothing
// and stays.
bool quotesOtherPorts(const DecodedPacket& d, const std::vector<std::uint16_t>& ports)
{
    if (ports.empty() || !d.quoted.present || d.quoted.srcPort < 0)
        return false;
    auto watched = [&ports](int p) { return std::find(ports.begin(), ports.end(), p) != ports.end(); };
    return !watched(d.quoted.srcPort) && !watched(d.quoted.dstPort);
}

int portOf(const sockaddr_storage& ss)
{
    if (ss.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in*>(&ss)->sin_port);
    if (ss.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6*>(&ss)->sin6_port);
    return 0;
}

} // namespace

WireCaptureService::WireCaptureService(QObject* parent) : QObject(parent)
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<sockscope::WirePacket>();
        qRegisterMetaType<QVector<sockscope::WirePacket>>();
        qRegisterMetaType<sockscope::WireCaptureStats>();
        qRegisterMetaType<sockscope::CaptureOpenResult>();
        qRegisterMetaType<std::vector<sockscope::KernelTcpState>>();
    });
}

WireCaptureService::~WireCaptureService()
{
    if (stop_)
        stop_->store(true);
    if (thread_.joinable())
        thread_.join();
}

std::vector<std::uint16_t> WireCaptureService::ownSocketPorts()
{
    // Looking is not a call the user made: left out of the journal.
    UnjournalledCalls quiet;
    std::vector<std::uint16_t> ports;
    for (const RegisteredSocketInfo& info : SocketRegistry::global().list()) {
        if (info.kind.domain != AF_INET && info.kind.domain != AF_INET6)
            continue;
        SocketRegistry::global().withSocket(info.id, [&](int fd) {
            sockaddr_storage ss{};
            socklen_t len = sizeof ss;
            if (::getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &len) == 0 && portOf(ss) > 0)
                ports.push_back(static_cast<std::uint16_t>(portOf(ss)));
            len = sizeof ss;
            if (::getpeername(fd, reinterpret_cast<sockaddr*>(&ss), &len) == 0 && portOf(ss) > 0)
                ports.push_back(static_cast<std::uint16_t>(portOf(ss)));
        });
    }
    std::sort(ports.begin(), ports.end());
    ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
    if (ports.size() > maxFilterPorts)
        ports.resize(maxFilterPorts);
    return ports;
}

void WireCaptureService::start(bool ownSockets, const std::vector<std::uint16_t>& ports)
{
    stop();
    stop_ = std::make_shared<std::atomic<bool>>(false);
    running_ = true;
    ++generation_;
    thread_ = std::thread(&WireCaptureService::run, this, ownSockets, ports, stop_, generation_);
}

void WireCaptureService::stop()
{
    if (stop_)
        stop_->store(true);
    if (thread_.joinable())
        thread_.join(); // the loop looks at the flag every 100 ms
    stop_.reset();
    running_ = false;
}

void WireCaptureService::run(bool ownSockets, std::vector<std::uint16_t> ports,
                             std::shared_ptr<std::atomic<bool>> stopFlag, std::uint64_t generation)
{
    pthread_setname_np(pthread_self(), "wire-capture");
    using Clock = std::chrono::steady_clock;
    // A filter with port 0 only lets ICMP through: nothing of ours is open yet.
    auto filterPorts = [](std::vector<std::uint16_t> p) {
        if (p.empty())
            p.push_back(0);
        return p;
    };
    if (ownSockets)
        ports = ownSocketPorts();
    LoopbackCapture capture;
    const CaptureOpenResult opened = capture.open(ownSockets ? filterPorts(ports) : ports, LoopbackCapture::defaultSnapLength);
    QPointer<WireCaptureService> self(this);
    // Everything reaches the service on its own thread, and only while this run is the current one
    // (a restart's old run may still have posts on the way).
    auto post = [self, generation](auto fn) {
        QMetaObject::invokeMethod(
            self.data(), [self, fn, generation] { if (self && self->generation_ == generation) fn(*self); },
            Qt::QueuedConnection);
    };
    post([opened](WireCaptureService& s) { emit s.started(opened); });
    if (!opened.ok) {
        post([](WireCaptureService& s) { s.running_ = false; });
        return;
    }

    RelativeSequence relative;
    TcpStateTracker tcpStates;
    // The connections whose states changed lately, newest last, for the kernel's word on them.
    constexpr std::size_t maxSampled = 64;
    std::vector<std::pair<std::string, std::string>> sampled;
    bool changedSinceSample = false;
    auto lastSample = Clock::now();
    auto lastChange = Clock::now() - std::chrono::hours(1);
    WireCaptureStats stats;
    stats.ports = ports;
    QVector<WirePacket> batch;
    std::vector<CapturedPacket> read;
    auto lastFlush = Clock::now();
    auto lastLook = Clock::now();
    auto windowStart = Clock::now();
    std::uint64_t inWindow = 0;
    QString endReason;
    while (!stopFlag->load()) {
        read.clear();
        if (capture.read(read, 50) < 0) {
            endReason = QString::fromStdString(std::string("reading the capture failed: ") + std::strerror(errno));
            break;
        }
        const auto now = Clock::now();
        if (now - windowStart >= std::chrono::seconds(1)) {
            windowStart = now;
            inWindow = 0;
        }
        for (CapturedPacket& c : read) {
            ++stats.received;
            WirePacket w;
            w.number = stats.received;
            w.decoded = decodeIpPacket(c.bytes.data(), c.bytes.size());
            // Relative numbers follow every TCP packet, delivered or not, so they stay right.
            if (w.decoded.transport == Transport::Tcp) {
                w.relative = relative.apply(w.decoded);
                w.states = tcpStates.observe(w.decoded);
                for (const TcpStateChange& change : w.states) {
                    changedSinceSample = true;
                    lastChange = now;
                    std::pair<std::string, std::string> key{std::min(change.endpoint, change.peer),
                                                            std::max(change.endpoint, change.peer)};
                    auto it = std::find(sampled.begin(), sampled.end(), key);
                    if (it != sampled.end())
                        sampled.erase(it);
                    sampled.push_back(std::move(key));
                    if (sampled.size() > maxSampled)
                        sampled.erase(sampled.begin());
                }
            }
            if ((w.decoded.transport == Transport::Icmp || w.decoded.transport == Transport::Icmpv6)
                && quotesOtherPorts(w.decoded, ports)) {
                ++stats.otherIcmp;
                continue;
            }
            if (inWindow >= maxPacketsPerSecond) {
                ++stats.sampledOut;
                continue;
            }
            ++inWindow;
            if (c.bytes.size() > keptBytes)
                c.bytes.resize(keptBytes);
            w.captured = std::move(c);
            batch.push_back(std::move(w));
        }
        if (ownSockets && now - lastLook >= std::chrono::milliseconds(500)) {
            lastLook = now;
            std::vector<std::uint16_t> fresh = ownSocketPorts();
            if (fresh != ports) {
                UnjournalledCalls quiet; // a refresh, not the user's call
                ports = fresh;
                capture.setPorts(filterPorts(ports));
                stats.ports = ports;
            }
        }
        if (now - lastFlush >= std::chrono::milliseconds(batchIntervalMs)) {
            lastFlush = now;
            stats.delivered += static_cast<std::uint64_t>(batch.size());
            stats.kernelDrops = capture.stats().kernelDrops;
            if (!batch.isEmpty()) {
                QVector<WirePacket> out;
                out.swap(batch);
                post([out](WireCaptureService& s) { emit s.packetsArrived(out); });
            }
            post([stats](WireCaptureService& s) { emit s.statsChanged(stats); });
        }
        // The kernel's states: soon after a change (the close has settled by then), then each second
        // for as long as a TIME_WAIT may last (60 s on Linux), so its timer is seen running down.
        const bool recent = now - lastChange < std::chrono::seconds(65);
        if (!sampled.empty() && ((changedSinceSample && now - lastSample >= std::chrono::milliseconds(100))
                                 || (recent && now - lastSample >= std::chrono::seconds(1)))) {
            lastSample = now;
            changedSinceSample = false;
            std::vector<KernelTcpState> kernel;
            if (sampleKernelTcpStates(sampled, kernel))
                post([kernel](WireCaptureService& s) { emit s.kernelStatesSampled(kernel); });
        }
    }
    stats.delivered += static_cast<std::uint64_t>(batch.size());
    stats.kernelDrops = capture.stats().kernelDrops;
    if (!batch.isEmpty())
        post([batch](WireCaptureService& s) { emit s.packetsArrived(batch); });
    capture.close();
    post([stats, endReason](WireCaptureService& s) {
        emit s.statsChanged(stats);
        s.running_ = false;
        emit s.stopped(endReason);
    });
}

} // namespace sockscope
