#pragma once
// The wire view's capture on a thread of its own: packets on lo to and from the ports asked for, or
// to and from SockScope's own sockets (the SocketRegistry's, looked at twice a second, the filter
// replaced when their ports change). Packets reach the front end in batches, at most every 50 ms;
// beyond maxPacketsPerSecond the rest are counted, not delivered (a flood is sampled, so the GUI
// never stalls). Each delivered packet keeps its first keptBytes bytes for display and pcapng.
// The TCP states each packet moves come with it; the kernel's word on the same connections follows
// by kernelStatesSampled() after packets that changed a state, and every second while one lives on.

#include "KernelTcpStates.h"
#include "LoopbackCapture.h"
#include "PacketDecoder.h"
#include "RelativeSequence.h"
#include "TcpStateTracker.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QVector>

#include <atomic>
#include <cstdint>
#include <memory>
#include <thread>
#include <vector>

namespace sockscope {

struct WirePacket {
    std::uint64_t number = 0;        // 1, 2, … in capture order (gaps where packets were sampled out)
    CapturedPacket captured;         // bytes cut at keptBytes; wireLength as on the wire
    DecodedPacket decoded;
    RelativeSequence::Relative relative;
    std::vector<TcpStateChange> states; // the TCP states this packet moved, as the packets tell it
};

struct WireCaptureStats {
    std::uint64_t received = 0;     // read from the packet socket
    std::uint64_t delivered = 0;    // passed to the front end
    std::uint64_t sampledOut = 0;   // read but not delivered: over the rate
    std::uint64_t kernelDrops = 0;  // the kernel's count: the socket's buffer was full
    std::uint64_t otherIcmp = 0;    // ICMP errors about datagrams of ports not watched: left out
    std::vector<std::uint16_t> ports; // the filter's ports now
};

class WireCaptureService : public QObject {
    Q_OBJECT
public:
    static constexpr int batchIntervalMs = 50;
    static constexpr std::uint64_t maxPacketsPerSecond = 4000;
    static constexpr std::size_t keptBytes = 4096;

    explicit WireCaptureService(QObject* parent = nullptr);
    ~WireCaptureService() override; // stops and joins

    // ownSockets: follow the SocketRegistry's TCP and UDP sockets; otherwise `ports` (empty: every
    // packet on lo). The result arrives by started(); a second start() restarts.
    void start(bool ownSockets, const std::vector<std::uint16_t>& ports);
    void stop();
    bool isRunning() const { return running_; }

    // The ports of SockScope's own TCP and UDP sockets, local and peer (for the filter and the page).
    static std::vector<std::uint16_t> ownSocketPorts();

signals:
    void started(const sockscope::CaptureOpenResult& result);
    void packetsArrived(const QVector<sockscope::WirePacket>& packets);
    void statsChanged(const sockscope::WireCaptureStats& stats);
    void kernelStatesSampled(const std::vector<sockscope::KernelTcpState>& states);
    void stopped(const QString& reason); // empty when asked to; otherwise why the capture ended

private:
    void run(bool ownSockets, std::vector<std::uint16_t> ports, std::shared_ptr<std::atomic<bool>> stop,
             std::uint64_t generation);

    std::thread thread_;
    std::shared_ptr<std::atomic<bool>> stop_;
    bool running_ = false;
    std::uint64_t generation_ = 0; // which run's results are current (touched on the service's thread only)
};

} // namespace sockscope

Q_DECLARE_METATYPE(sockscope::WirePacket)
Q_DECLARE_METATYPE(sockscope::WireCaptureStats)
Q_DECLARE_METATYPE(sockscope::CaptureOpenResult)
Q_DECLARE_METATYPE(std::vector<sockscope::KernelTcpState>)
