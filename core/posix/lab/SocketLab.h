#pragma once
// The socket lab: the sockets a user creates by hand and every call of the chapter on them, one at a
// time, for real. Each call is journalled with its C code and kept as a step of the lab's session
// (for the C export). The table of sockets is read by snapshot(): poll(), F_GETFL, TCP_INFO, and for a
// closed TCP socket the kernel's connection table, since the connection outlives the descriptor.
//
// Thread-safe: a call that may block (accept, connect, recv, … without O_NONBLOCK or MSG_DONTWAIT)
// runs on the caller's thread without holding the lab's lock, so other calls and snapshots go on
// meanwhile, and abandon() interrupts it from another thread (the call returns -1 EINTR).
// At most one blocking call runs at a time.

#include "InterruptibleCall.h"
#include "SocketAddress.h"
#include "SocketLabTypes.h"
#include "SocketRegistry.h"

#include <chrono>
#include <memory>
#include <mutex>
#include <vector>

namespace sockscope {

// A request's echo timeout with 0 meaning the default.
inline int effectiveEchoTimeout(int timeoutMs) { return timeoutMs > 0 ? timeoutMs : 1000; }

class SocketLab {
public:
    static constexpr std::size_t maxReceiveSize = 65536;
    static constexpr std::size_t maxSendSize = 65536;
    // The ICMP echo waits this long for its reply at most (0 in a request: defaultEchoTimeoutMs).
    static constexpr int maxEchoTimeoutMs = 10000;
    static constexpr int defaultEchoTimeoutMs = 1000;
    // Messages read while waiting for the reply (our own request comes back first on a raw socket).
    static constexpr int maxEchoReads = 64;
    // A send repeated back to back, at most this many times.
    static constexpr int maxRepeat = 100;

    explicit SocketLab(SocketRegistry& registry = SocketRegistry::global());
    ~SocketLab(); // closes every socket still open (not journalled: nobody asked for these calls)
    SocketLab(const SocketLab&) = delete;
    SocketLab& operator=(const SocketLab&) = delete;

    // True when the request could block: a blocking call on a socket without O_NONBLOCK.
    bool mayBlock(const LabRequest& request) const;

    // Makes the call (or refuses it: result.performed == false, with the reason in result.note).
    LabResult perform(const LabRequest& request);
    // A refusal without a call, as perform() gives one (for callers that refuse before asking the lab).
    static LabResult refuse(const LabRequest& request, LabNote note, std::vector<std::string> args = {});

    // Interrupts the blocking call that perform() is running on another thread. False when none runs.
    bool abandon(std::chrono::milliseconds limit = std::chrono::milliseconds(5000));
    bool blockingCallRunning() const;

    // The table, with live state.
    std::vector<LabSocketRow> snapshot();
    // The performed calls in the order they finished, failures and abandoned calls included.
    std::vector<LabResult> steps() const;

    // Closes every socket and forgets the session.
    void reset();

    // The kernel's SOMAXCONN (net.core.somaxconn), which caps listen()'s backlog.
    static int somaxconn();

private:
    struct Socket {
        std::string id;
        RegisteredSocket fd;
        int fdNumber = -1;
        SocketKind kind;
        std::string aliasOf;
        SocketAddress local, peer; // remembered: after close they find the connection in /proc
        bool open = true;
        bool busy = false;
        int pendingError = 0;
        // Its last call was a connect that returned EINPROGRESS: SO_ERROR is how the handshake's
        // outcome is learnt, so the snapshot reads it. Other errors stay for the next call to return.
        bool connectPending = false;
    };

    Socket* findLocked(const std::string& id);
    Socket& addLocked(int fd, SocketKind kind, std::string aliasOf, std::string& newId);
    void refreshAddressesLocked(Socket& s);
    void relabelLocked(Socket& s);
    std::string labBoundTo(const SocketAddress& address);
    // poll and recvfrom, each journalled, until the echo reply to `result`'s request arrives, the
    // timeout passes, maxEchoReads messages were read, or the wait is abandoned.
    void awaitEchoReply(int fd, LabResult& result, std::string& received);

    SocketRegistry& registry_;
    mutable std::mutex mutex_;
    std::vector<std::unique_ptr<Socket>> sockets_;
    std::vector<LabResult> steps_;
    int nextId_ = 1;
    std::uint64_t group_;
    bool blockingRunning_ = false;
    InterruptibleCall interrupter_;
};

} // namespace sockscope
