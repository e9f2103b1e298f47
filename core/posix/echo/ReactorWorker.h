#pragma once
// The reactor's private parts, shared by its two loops: the readiness loop (ReactorEchoServer.cpp,
// epoll or poll) and the completion loop (ReactorUringLoop.cpp, io_uring). Not for other engines.

#include "ReactorEchoServer.h"

#include "EchoStats.h"
#include "Poller.h"
#include "SocketRegistry.h"
#include "TlsSession.h"
#include "UniqueFd.h"

#include <atomic>
#include <cstdint>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sockscope {

struct Command {
    std::uint64_t connection;
    ConnectionAction action;
};

struct UringLoop; // io_uring's ring and buffers, defined where liburing is included

struct Connection {
    RegisteredSocket fd;
    std::uint64_t id = 0;
    std::string peer;
    std::string local;
    std::int64_t startedUs = 0;
    std::int64_t lastActiveUs = 0;
    std::atomic<std::uint64_t> bytesIn{0};
    std::atomic<std::uint64_t> bytesOut{0};
    std::string pending;      // echo bytes a short send left behind
    std::size_t pendingOff = 0;
    std::unique_ptr<TlsSession> tls; // --tls: the session over fd, freed before fd is closed
    bool handshaking = false;        // SSL_accept not done yet: WANT_READ/WANT_WRITE pick the interest
    std::int64_t handshakeDeadlineUs = 0;
    std::uint32_t interest = Poller::Readable; // what the poller watches this connection for
    std::atomic<int> state{0}; // 0 open, 1 reading paused, 2 half-closed

    // The completion loop (io_uring) only. One operation at a time per connection, as in the readiness
    // loop: a recv, then the send of what it got, then the next recv. The send goes from the ring's
    // buffer and must not wait (MSG_DONTWAIT); what a full socket leaves is copied to `held`, the
    // buffer goes back, and a send that may wait takes `held` (the ring is never hoarded by a peer
    // that does not read).
    bool receiving = false;         // a recv is in flight
    bool sending = false;           // a send is in flight: from the ring's buffer, or from `held`
    bool waitingForBuffers = false; // the buffer ring ran dry (ENOBUFS): re-armed when buffers come back
    std::vector<char> held;         // the echo's unsent rest (a vector: its bytes stay put when it moves)
    std::size_t heldOff = 0;
    std::uint32_t ringSendLength = 0; // what the send from the ring's buffer asked for
    bool lastReadFull = false;        // the last recv filled its buffer: more is probably waiting
};

struct ReactorEchoServer::Worker {
    ReactorEchoServer* server = nullptr;
    int index = 0;
    std::unique_ptr<Poller> poller;
    UniqueFd wakeRead, wakeWrite;
    std::vector<char> buffer;
    std::thread thread;
    std::atomic<bool> stopping{false};
    IoCounters io; // bytes and messages: written by this worker only, once per batch of events
    struct {
        std::uint64_t bytesIn = 0, bytesOut = 0, messagesIn = 0, messagesOut = 0;
    } batch; // this batch's counts, added to `io` after it (one store each, not one per message)
    bool trackIdle = false; // an idle timeout is set: stamp lastActiveUs on each read
    bool sweeping = false;  // an idle or a handshake timeout is set: sweep the connections now and then
    std::int64_t sweepEveryUs = 0;

    mutable std::mutex connsMutex; // guards the map's shape (insert/erase) against snapshots
    std::unordered_map<std::uint64_t, std::unique_ptr<Connection>> conns;

    std::vector<std::unique_ptr<Connection>> closedThisBatch; // freed once the batch's events are handled

    std::mutex commandsMutex;
    std::vector<Command> commands;
    // Connections another worker accepted for this one (round robin keeps the loops evenly loaded;
    // one shared listener would otherwise hand most of a burst to whichever loop woke first).
    std::vector<std::pair<UniqueFd, std::string>> inbox; // guarded by commandsMutex

    bool acceptPaused = false;
    std::int64_t acceptResumeUs = 0;
    std::int64_t nextSweepUs = 0;

    // Tokens that are not connections.
    char listenerToken = 0;
    char wakeToken = 0;

    void run();
    void wake() const
    {
        const char c = 1;
        [[maybe_unused]] const ssize_t n = ::write(wakeWrite.get(), &c, 1);
    }
    int timeoutMs(std::int64_t now) const;
    void acceptBatchNow();
    void adopt(UniqueFd fd, const std::string& peer);
    void adoptInbox();
    void pauseAccepting(int err);
    void onStream(Connection* c, std::uint32_t ready, bool error);
    void onTlsStream(Connection* c, std::uint32_t ready, bool error);
    bool flushTls(Connection* c); // false: connection closed
    void watchFor(Connection* c, const TlsResult& r); // the interest a WANT_READ/WANT_WRITE asks for
    bool flush(Connection* c); // false: connection closed
    void watch(Connection* c, std::uint32_t interest); // epoll_ctl only when the interest changes
    void onDatagrams();
    void closeConnection(Connection* c, EchoCloseReason why, int err = 0, const std::string& tlsWords = {});
    void runCommands();
    void sweepIdle(std::int64_t now);
    void closeAll();
    void publishBatch();
    void endOfBatch(); // either loop, after its events: free what closed, publish, resume accepting, sweep

    // The completion loop (ReactorUringLoop.cpp): plain streams on io_uring, chosen by PollerKind::IoUring.
    std::unique_ptr<UringLoop> uring;
    bool wantsUring = false;          // plain streams on io_uring: the thread makes its ring first
    std::promise<bool> uringMade;     // … and says whether it could
    Worker();
    ~Worker(); // both where UringLoop is complete
    bool uringSetup(int& err, std::string& call); // the ring and its buffers; false: use the readiness loop
    void runUring();
    void uringArmAccept();
    void uringResumeAccepting(); // after an EMFILE pause
    void uringArmReceive(Connection* c);
    void uringSendFromRing(Connection* c, std::uint16_t bufferId, std::uint32_t length);
    void uringSendHeld(Connection* c);
    void uringForget(Connection* c); // cancels what is in flight on c before its descriptor is closed
    void uringOnAccept(int res, bool more);
    void uringOnReceive(std::uint64_t id, int res, std::uint32_t flags);
    void uringOnSent(std::uint64_t id, std::uint16_t bufferId, int res);
    void uringGiveBack(std::uint16_t bufferId);
};

} // namespace sockscope
