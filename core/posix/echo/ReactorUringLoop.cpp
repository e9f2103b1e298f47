// The reactor's completion loop: plain stream connections on io_uring (Linux 6.0+, liburing).
// Where epoll says "ready" and the loop then calls recv() and send() for each message, here the kernel
// is asked once per connection for every message to come (a multishot recv that picks its buffer
// from a ring this worker provides), and each echo is a send of that same buffer: one
// io_uring_enter per batch stands for the epoll_wait, recv and send calls of the readiness loop.
// One operation is in flight per connection: recv, the send of what it got, then the next recv, so
// echoes leave in order and a peer that does not read is not read either (backpressure, bounded
// memory, as in the readiness loop).
// The one place liburing is included; everything else about a connection is the readiness loop's.

#include "ReactorWorker.h"

#include "CallJournal.h"
#include "ErrnoInfo.h"
#include "SigpipeCatcher.h"
#include "SocketAddress.h"
#include "SteadyClock.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <unordered_map>

#if SOCKSCOPE_HAVE_LIBURING
#include <liburing.h>
#include <sys/mman.h>
#endif

namespace sockscope {

#if SOCKSCOPE_HAVE_LIBURING

namespace {

// What a completion is for, in its user_data: the operation, a buffer id and the connection's id.
enum Op : std::uint64_t { AcceptOp = 1, ReceiveOp = 2, SendOp = 3, WakeOp = 4, CancelOp = 5 };
constexpr std::uint64_t idMask = (std::uint64_t{1} << 40) - 1;
constexpr std::uint16_t bufferGroup = 1;
constexpr std::uint16_t heldMarker = 0xffff; // a send from Connection::held, not from a ring buffer
constexpr unsigned ringEntries = 1024;
constexpr unsigned completionEntries = 16384;
// 8 MiB of buffers a worker at most, touched only as used (a 64 B ping-pong touches one page of each).
// 32 KiB each keeps a 64 KiB stream at two completions a message; 256 of them serve C=1000 ping-pong,
// where a buffer is held only from its recv to its send's completion.
constexpr unsigned bufferCount = 256; // a power of two, as the buffer ring needs
constexpr std::size_t maxBufferBytes = 32u << 10;

std::uint64_t tag(Op op, std::uint64_t id, std::uint16_t buffer = 0)
{
    return (std::uint64_t{op} << 56) | (std::uint64_t{buffer} << 40) | (id & idMask);
}

} // namespace

struct UringLoop {
    io_uring ring{};
    bool ringUp = false;
    io_uring_buf_ring* bufferRing = nullptr;
    std::size_t bufferRingBytes = 0;
    char* buffers = nullptr;
    std::size_t bufferBytes = 0; // each
    unsigned freeBuffers = 0;
    bool acceptArmed = false;
    std::vector<std::uint64_t> starving; // connections whose recv found the ring empty
    // The unsent rest of connections closed while its send was in flight, until that send's completion.
    std::unordered_map<std::uint64_t, std::vector<char>> orphans;

    ~UringLoop()
    {
        if (ringUp)
            io_uring_queue_exit(&ring); // cancels what is still in flight before the memory goes
        if (bufferRing)
            munmap(bufferRing, bufferRingBytes);
        if (buffers)
            munmap(buffers, bufferBytes * bufferCount);
    }

    io_uring_sqe* sqe()
    {
        io_uring_sqe* s = io_uring_get_sqe(&ring);
        if (!s) { // the submission queue is full: hand it to the kernel and take a fresh entry
            io_uring_submit(&ring);
            s = io_uring_get_sqe(&ring);
        }
        return s;
    }
    char* buffer(std::uint16_t id) { return buffers + static_cast<std::size_t>(id) * bufferBytes; }
};

ReactorEchoServer::Worker::Worker() = default;
ReactorEchoServer::Worker::~Worker() = default;

bool ReactorEchoServer::Worker::uringSetup(int& err, std::string& call)
{
    auto u = std::make_unique<UringLoop>();
    io_uring_params p{};
    // One thread (this one) submits, and completions run when it waits: the cheapest mode.
    p.flags = IORING_SETUP_CQSIZE | IORING_SETUP_SINGLE_ISSUER | IORING_SETUP_DEFER_TASKRUN;
    p.cq_entries = completionEntries;
    CallTimer setupTimer;
    int rc = io_uring_queue_init_params(ringEntries, &u->ring, &p);
    if (rc == -EINVAL) { // a kernel before 6.1: without the newer flags
        p = {};
        p.flags = IORING_SETUP_CQSIZE;
        p.cq_entries = completionEntries;
        rc = io_uring_queue_init_params(ringEntries, &u->ring, &p);
    }
    if (rc < 0) {
        err = -rc;
        call = "io_uring_setup";
        return false;
    }
    u->ringUp = true;
    recordCall(setupTimer, "io_uring_setup", std::to_string(ringEntries) + ", &params", u->ring.ring_fd, 0,
               "struct io_uring ring;\nstruct io_uring_params params = { .flags = IORING_SETUP_CQSIZE | "
               "IORING_SETUP_SINGLE_ISSUER | IORING_SETUP_DEFER_TASKRUN, .cq_entries = "
                   + std::to_string(completionEntries) + " };\nio_uring_queue_init_params(" + std::to_string(ringEntries)
                   + ", &ring, &params); /* the worker's ring: submissions in, completions out */");
    u->bufferBytes = std::clamp<std::size_t>(server->config_.bufferSize, 4096, maxBufferBytes);
    u->bufferRingBytes = bufferCount * sizeof(io_uring_buf);
    void* ringMem = mmap(nullptr, u->bufferRingBytes, PROT_READ | PROT_WRITE, MAP_ANONYMOUS | MAP_PRIVATE, -1, 0);
    void* bufMem = mmap(nullptr, u->bufferBytes * bufferCount, PROT_READ | PROT_WRITE, MAP_ANONYMOUS | MAP_PRIVATE, -1, 0);
    if (ringMem == MAP_FAILED || bufMem == MAP_FAILED) {
        err = errno;
        call = "mmap";
        if (ringMem != MAP_FAILED)
            munmap(ringMem, u->bufferRingBytes);
        if (bufMem != MAP_FAILED)
            munmap(bufMem, u->bufferBytes * bufferCount);
        return false;
    }
    u->bufferRing = static_cast<io_uring_buf_ring*>(ringMem);
    u->buffers = static_cast<char*>(bufMem);
    io_uring_buf_ring_init(u->bufferRing);
    io_uring_buf_reg reg{};
    reg.ring_addr = reinterpret_cast<std::uintptr_t>(u->bufferRing);
    reg.ring_entries = bufferCount;
    reg.bgid = bufferGroup;
    CallTimer registerTimer;
    rc = io_uring_register_buf_ring(&u->ring, &reg, 0);
    if (rc < 0) {
        err = -rc;
        call = "io_uring_register_buf_ring";
        return false;
    }
    recordCall(registerTimer, "io_uring_register_buf_ring", "&ring, &reg, 0", 0, 0,
               "struct io_uring_buf_reg reg = { .ring_addr = (unsigned long)br, .ring_entries = "
                   + std::to_string(bufferCount) + ", .bgid = " + std::to_string(bufferGroup)
                   + " };\nio_uring_register_buf_ring(&ring, &reg, 0); /* " + std::to_string(bufferCount) + " buffers of "
                   + std::to_string(u->bufferBytes) + " bytes: each recv takes one, the echo's send gives it back */");
    for (unsigned i = 0; i < bufferCount; ++i)
        io_uring_buf_ring_add(u->bufferRing, u->buffer(static_cast<std::uint16_t>(i)),
                              static_cast<unsigned>(u->bufferBytes), static_cast<unsigned short>(i),
                              io_uring_buf_ring_mask(bufferCount), static_cast<int>(i));
    io_uring_buf_ring_advance(u->bufferRing, bufferCount);
    u->freeBuffers = bufferCount;
    uring = std::move(u);
    return true;
}

void ReactorEchoServer::Worker::uringGiveBack(std::uint16_t bufferId)
{
    UringLoop& u = *uring;
    io_uring_buf_ring_add(u.bufferRing, u.buffer(bufferId), static_cast<unsigned>(u.bufferBytes), bufferId,
                          io_uring_buf_ring_mask(bufferCount), 0);
    io_uring_buf_ring_advance(u.bufferRing, 1);
    ++u.freeBuffers;
}

void ReactorEchoServer::Worker::uringResumeAccepting()
{
    if (!uring->acceptArmed)
        uringArmAccept();
}

void ReactorEchoServer::Worker::uringArmAccept()
{
    io_uring_sqe* s = uring->sqe();
    io_uring_prep_multishot_accept(s, server->listener_.get(), nullptr, nullptr, SOCK_CLOEXEC);
    io_uring_sqe_set_data64(s, tag(AcceptOp, 0));
    uring->acceptArmed = true;
}

void ReactorEchoServer::Worker::uringArmReceive(Connection* c)
{
    io_uring_sqe* s = uring->sqe();
    io_uring_prep_recv(s, c->fd.get(), nullptr, 0, 0);
    s->flags |= IOSQE_BUFFER_SELECT;
    s->buf_group = bufferGroup;
    // After a short read the next bytes are awaited (a ping-pong's reply): io_uring arms its poll at
    // once instead of trying first. After a full buffer more is likely there already (a stream).
    if (!c->lastReadFull)
        s->ioprio |= IORING_RECVSEND_POLL_FIRST;
    io_uring_sqe_set_data64(s, tag(ReceiveOp, c->id));
    c->receiving = true;
    c->waitingForBuffers = false;
}

void ReactorEchoServer::Worker::uringSendFromRing(Connection* c, std::uint16_t bufferId, std::uint32_t length)
{
    io_uring_sqe* s = uring->sqe();
    io_uring_prep_send(s, c->fd.get(), uring->buffer(bufferId), length, MSG_NOSIGNAL | MSG_DONTWAIT);
    io_uring_sqe_set_data64(s, tag(SendOp, c->id, bufferId));
    c->sending = true;
    c->ringSendLength = length;
}

void ReactorEchoServer::Worker::uringSendHeld(Connection* c)
{
    io_uring_sqe* s = uring->sqe();
    io_uring_prep_send(s, c->fd.get(), c->held.data() + c->heldOff, c->held.size() - c->heldOff, MSG_NOSIGNAL);
    io_uring_sqe_set_data64(s, tag(SendOp, c->id, heldMarker));
    c->sending = true;
}

void ReactorEchoServer::Worker::uringForget(Connection* c)
{
    // Everything in flight on the descriptor is cancelled before it is closed: a recv or send still
    // holds the socket open (no FIN) until it ends. Their completions come later and find no
    // connection; a ring buffer goes back then, and `held` is kept until its send has ended.
    io_uring_sqe* s = uring->sqe();
    io_uring_prep_cancel_fd(s, c->fd.get(), IORING_ASYNC_CANCEL_ALL);
    io_uring_sqe_set_data64(s, tag(CancelOp, 0));
    io_uring_submit(&uring->ring);
    if (c->sending && !c->held.empty())
        uring->orphans.emplace(c->id, std::move(c->held));
}

void ReactorEchoServer::Worker::uringOnAccept(int res, bool more)
{
    EchoCounters& k = server->counters_;
    if (!more)
        uring->acceptArmed = false;
    if (res < 0) {
        const int err = -res;
        if (err == EMFILE || err == ENFILE || err == ENOBUFS || err == ENOMEM) {
            CallTimer t;
            recordCall(t, "accept", "listenfd (io_uring multishot accept)", -1, err,
                       "io_uring_prep_multishot_accept(sqe, listenfd, NULL, NULL, SOCK_CLOEXEC); /* completion: -"
                           + errnoSymbol(err) + " */");
            if (uring->acceptArmed) { // stop the accepts for the pause, as the readiness loop does
                io_uring_sqe* s = uring->sqe();
                io_uring_prep_cancel64(s, tag(AcceptOp, 0), 0);
                io_uring_sqe_set_data64(s, tag(CancelOp, 0));
            }
            pauseAccepting(err);
            return;
        }
        if (err != ECANCELED && err != EINTR && err != ECONNABORTED && err != EPROTO && err != EAGAIN) {
            k.add(k.errors);
            server->events_.push(EchoEvent::Kind::Error, EchoMessage::AcceptFailed, {errnoDescription(err)}, 0, err);
        }
        if (!uring->acceptArmed && !acceptPaused && err != ECANCELED)
            uringArmAccept();
        return;
    }
    UniqueFd owned(res);
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    getpeername(res, reinterpret_cast<sockaddr*>(&ss), &len);
    const std::string peerText = SocketAddress::fromStorage(ss, len).text();
    CallTimer t;
    recordCall(t, "accept", "listenfd (io_uring multishot accept)", res, 0,
               "io_uring_prep_multishot_accept(sqe, listenfd, NULL, NULL, SOCK_CLOEXEC); /* completion: fd "
                   + std::to_string(res) + ", " + peerText + " */");
    if (!uring->acceptArmed && !acceptPaused)
        uringArmAccept();
    if (!server->admit(peerText))
        return; // `owned` closes it
    if (server->config_.transport == EchoTransport::Tcp) {
        const int one = 1;
        setsockopt(res, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    k.add(k.current);
    k.add(k.total);
    adopt(std::move(owned), peerText);
}

void ReactorEchoServer::Worker::uringOnReceive(std::uint64_t id, int res, std::uint32_t flags)
{
    const bool hasBuffer = flags & IORING_CQE_F_BUFFER;
    const auto bufferId = static_cast<std::uint16_t>(flags >> IORING_CQE_BUFFER_SHIFT);
    if (hasBuffer)
        --uring->freeBuffers;
    const auto it = conns.find(id);
    Connection* c = it == conns.end() ? nullptr : it->second.get();
    if (!c || !c->fd) { // closed already: only the buffer matters
        if (hasBuffer)
            uringGiveBack(bufferId);
        return;
    }
    c->receiving = false;
    if (res > 0 && hasBuffer) {
        const auto got = static_cast<std::uint32_t>(res);
        c->lastReadFull = got == uring->bufferBytes;
        bumpSingleWriter(c->bytesIn, got);
        batch.bytesIn += got;
        ++batch.messagesIn;
        if (trackIdle)
            c->lastActiveUs = steadyUs();
        uringSendFromRing(c, bufferId, got);
        return;
    }
    if (hasBuffer)
        uringGiveBack(bufferId);
    if (res == 0) { // nothing is owed: the last echo was sent before this recv was asked for
        closeConnection(c, EchoCloseReason::ClosedByPeer);
        return;
    }
    const int err = -res;
    if (err == ENOBUFS) {
        c->waitingForBuffers = true;
        uring->starving.push_back(id);
        return;
    }
    if (err == EINTR || err == EAGAIN || err == ECANCELED) {
        uringArmReceive(c);
        return;
    }
    closeConnection(c, err == ECONNRESET ? EchoCloseReason::ResetByPeer : EchoCloseReason::RecvFailed, err);
}

void ReactorEchoServer::Worker::uringOnSent(std::uint64_t id, std::uint16_t bufferId, int res)
{
    const bool fromRing = bufferId != heldMarker;
    const auto it = conns.find(id);
    Connection* c = it == conns.end() ? nullptr : it->second.get();
    if (!c || !c->fd || !c->sending) { // its connection was closed while the send was in flight
        if (fromRing)
            uringGiveBack(bufferId);
        else
            uring->orphans.erase(id);
        return;
    }
    c->sending = false;
    const int err = res < 0 ? -res : 0;
    if (res < 0 && err != EAGAIN && err != EINTR) {
        if (fromRing)
            uringGiveBack(bufferId);
        closeConnection(c, EchoCloseReason::SendFailed, err);
        return;
    }
    const auto n = static_cast<std::uint32_t>(std::max(res, 0));
    if (n > 0) {
        bumpSingleWriter(c->bytesOut, n);
        batch.bytesOut += n;
        ++batch.messagesOut;
    }
    if (fromRing) {
        const std::uint32_t length = c->ringSendLength;
        if (n < length) {
            // The peer is not reading its echo as fast: keep the rest and stop reading until it is sent.
            const char* rest = uring->buffer(bufferId) + n;
            c->held.assign(rest, rest + (length - n));
            c->heldOff = 0;
            uringGiveBack(bufferId);
            c->state.store(1, std::memory_order_relaxed);
            uringSendHeld(c);
            return;
        }
        uringGiveBack(bufferId);
    } else {
        c->heldOff += n;
        if (c->heldOff < c->held.size()) {
            uringSendHeld(c);
            return;
        }
        c->held.clear();
        c->heldOff = 0;
        c->state.store(0, std::memory_order_relaxed);
    }
    uringArmReceive(c); // sent: read again
}

void ReactorEchoServer::Worker::runUring()
{
    blockSigpipeInEveryThread();
    UringLoop& u = *uring;
    EchoCounters& k = server->counters_;
    const int idleMs = server->config_.idleTimeoutMs;
    trackIdle = idleMs > 0;
    sweeping = idleMs > 0;
    sweepEveryUs = std::min(idleMs, 1000) * 1000LL;
    if (sweeping)
        nextSweepUs = steadyUs() + sweepEveryUs;
    int rc = 0;
    {
        io_uring_sqe* s = u.sqe();
        io_uring_prep_poll_multishot(s, wakeRead.get(), POLLIN);
        io_uring_sqe_set_data64(s, tag(WakeOp, 0));
    }
    uringArmAccept();
    while (!stopping.load(std::memory_order_relaxed)) {
        io_uring_cqe* first = nullptr;
        const int timeout = (acceptPaused || sweeping) ? timeoutMs(steadyUs()) : -1;
        if (timeout >= 0) {
            __kernel_timespec ts{};
            ts.tv_sec = timeout / 1000;
            ts.tv_nsec = (timeout % 1000) * 1000000LL;
            rc = io_uring_submit_and_wait_timeout(&u.ring, &first, 1, &ts, nullptr);
        } else {
            rc = io_uring_submit_and_wait(&u.ring, 1);
        }
        if (rc < 0 && rc != -ETIME && rc != -EINTR && rc != -EAGAIN && rc != -EBUSY) {
            k.add(k.errors);
            server->events_.push(EchoEvent::Kind::Error, EchoMessage::WaitFailed, {"io_uring", errnoDescription(-rc)}, 0,
                                 -rc);
            break;
        }
        io_uring_cqe* cqe = nullptr;
        unsigned head = 0, seen = 0;
        io_uring_for_each_cqe(&u.ring, head, cqe)
        {
            ++seen;
            const std::uint64_t data = cqe->user_data;
            const std::uint64_t id = data & idMask;
            switch (static_cast<Op>(data >> 56)) {
            case AcceptOp:
                uringOnAccept(cqe->res, cqe->flags & IORING_CQE_F_MORE);
                break;
            case ReceiveOp:
                uringOnReceive(id, cqe->res, cqe->flags);
                break;
            case SendOp:
                uringOnSent(id, static_cast<std::uint16_t>(data >> 40), cqe->res);
                break;
            case WakeOp: {
                char drain[64];
                while (::read(wakeRead.get(), drain, sizeof drain) > 0) {
                }
                if (!(cqe->flags & IORING_CQE_F_MORE)) {
                    io_uring_sqe* s = u.sqe();
                    io_uring_prep_poll_multishot(s, wakeRead.get(), POLLIN);
                    io_uring_sqe_set_data64(s, tag(WakeOp, 0));
                }
                adoptInbox();
                runCommands();
                break;
            }
            case CancelOp:
                break;
            }
        }
        io_uring_cq_advance(&u.ring, seen);
        // Connections the empty ring stopped, as buffers came back (a few at a time, so they share).
        while (!u.starving.empty() && u.freeBuffers > bufferCount / 8) {
            const std::uint64_t id = u.starving.back();
            u.starving.pop_back();
            const auto it = conns.find(id);
            if (it != conns.end() && it->second->fd && it->second->waitingForBuffers && !it->second->receiving)
                uringArmReceive(it->second.get());
        }
        endOfBatch();
    }
    closeAll();
    io_uring_submit(&u.ring);
    publishBatch();
    uring.reset(); // io_uring_queue_exit in the ring's own thread, never the one that started the server
}

#else // no liburing at build time: the readiness loop serves every connection

struct UringLoop {};
ReactorEchoServer::Worker::Worker() = default;
ReactorEchoServer::Worker::~Worker() = default;
bool ReactorEchoServer::Worker::uringSetup(int& err, std::string& call)
{
    err = ENOSYS;
    call = "io_uring_setup";
    return false;
}
void ReactorEchoServer::Worker::runUring() {}
void ReactorEchoServer::Worker::uringArmReceive(Connection*) {}
void ReactorEchoServer::Worker::uringForget(Connection*) {}
void ReactorEchoServer::Worker::uringResumeAccepting() {}

#endif

} // namespace sockscope
