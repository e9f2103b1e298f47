#include "ReactorEchoServer.h"
#include "ReactorWorker.h"

#include "CallJournal.h"
#include "ErrnoInfo.h"
#include "SigpipeCatcher.h"
#include "SteadyClock.h"
#include "TlsSession.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <future>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace sockscope {

namespace {

constexpr int acceptBatch = 64;
constexpr int datagramBatch = 32;
constexpr int acceptPauseMs = 100; // after EMFILE/ENFILE: retry this much later, not in a busy loop

} // namespace

ReactorEchoServer::ReactorEchoServer(EchoConfig config) : EchoServer(std::move(config)) {}

ReactorEchoServer::~ReactorEchoServer() { stop(); }

EchoStartResult ReactorEchoServer::start()
{
    if (running_)
        return {};
    EchoStartResult r = openListener(true);
    if (!r.ok)
        return r;
    int threads = config_.threads > 0 ? config_.threads : static_cast<int>(std::thread::hardware_concurrency());
    threads = std::clamp(threads, 1, 64);
    const bool completion = reactorLoop(config_) == PollerKind::IoUring;
    const PollerKind readiness = config_.poller == PollerKind::IoUring ? PollerKind::Epoll : config_.poller;
    running_ = true;
    for (int i = 0; i < threads; ++i) {
        auto w = std::make_unique<Worker>();
        w->server = this;
        w->index = i;
        int pipeFds[2];
        if (pipe2(pipeFds, O_NONBLOCK | O_CLOEXEC) != 0) {
            const int err = errno;
            stop();
            r.ok = false;
            r.err = err;
            r.failedCall = "pipe2";
            r.message = "could not create the worker wake-up pipe: " + errnoDescription(err);
            r.problem = EchoStartProblem::WakePipeFailed;
            return r;
        }
        w->wakeRead.reset(pipeFds[0]);
        w->wakeWrite.reset(pipeFds[1]);
        w->poller = Poller::create(readiness);
        w->buffer.resize(std::max<std::size_t>(config_.bufferSize, 1024));
        w->poller->add(w->wakeRead.get(), Poller::Readable, &w->wakeToken);
        if (!completion) // an io_uring worker accepts through its ring, or adds it on falling back
            w->poller->add(listener_.get(), Poller::Readable, &w->listenerToken, true);
        w->wantsUring = completion;
        workers_.push_back(std::move(w));
    }
    std::vector<std::future<bool>> ringsMade;
    for (auto& w : workers_) {
        if (w->wantsUring)
            ringsMade.push_back(w->uringMade.get_future());
        w->thread = std::thread([worker = w.get()] { worker->run(); });
    }
    bool allRings = completion;
    for (auto& made : ringsMade)
        allRings = made.get() && allRings; // each worker makes its own ring, in its own thread
    const PollerKind used = allRings ? PollerKind::IoUring : readiness;
    events_.push(EchoEvent::Kind::Started, EchoMessage::ListeningReactor,
                 {bound_.text(), transportName(config_.transport), pollerName(used), std::to_string(threads)});
    return r;
}

void ReactorEchoServer::stop()
{
    if (!running_.exchange(false))
        return;
    for (auto& w : workers_) {
        w->stopping = true;
        w->wake();
    }
    for (auto& w : workers_)
        if (w->thread.joinable())
            w->thread.join();
    for (const auto& w : workers_) { // keep their counts once they are gone
        counters_.add(counters_.bytesIn, w->io.bytesIn.load());
        counters_.add(counters_.bytesOut, w->io.bytesOut.load());
        counters_.add(counters_.messagesIn, w->io.messagesIn.load());
        counters_.add(counters_.messagesOut, w->io.messagesOut.load());
    }
    workers_.clear();
    closeListener();
    reportStopped();
}

std::vector<EchoConnectionInfo> ReactorEchoServer::connections() const
{
    static const char* const states[] = {"open", "reading paused", "half-closed"};
    std::vector<EchoConnectionInfo> out;
    for (const auto& w : workers_) {
        std::lock_guard lock(w->connsMutex);
        for (const auto& [id, c] : w->conns) {
            EchoConnectionInfo i;
            i.id = id;
            i.fd = c->fd.get();
            i.socketId = c->fd.id();
            i.peer = c->peer;
            i.local = c->local;
            i.startedUs = c->startedUs;
            i.bytesIn = c->bytesIn.load(std::memory_order_relaxed);
            i.bytesOut = c->bytesOut.load(std::memory_order_relaxed);
            i.state = states[std::clamp(c->state.load(std::memory_order_relaxed), 0, 2)];
            out.push_back(std::move(i));
        }
    }
    return out;
}

EchoTotals ReactorEchoServer::totals() const
{
    EchoTotals t = counters_.snapshot();
    for (const auto& w : workers_) {
        t.bytesIn += w->io.bytesIn.load(std::memory_order_relaxed);
        t.bytesOut += w->io.bytesOut.load(std::memory_order_relaxed);
        t.messagesIn += w->io.messagesIn.load(std::memory_order_relaxed);
        t.messagesOut += w->io.messagesOut.load(std::memory_order_relaxed);
    }
    return t;
}

bool ReactorEchoServer::act(std::uint64_t connection, ConnectionAction action)
{
    // The worker that owns the connection performs the action, so it never races the event loop.
    if (!running_)
        return false;
    Worker* owner = nullptr;
    for (auto& worker : workers_) {
        std::lock_guard lock(worker->connsMutex);
        if (worker->conns.count(connection)) {
            owner = worker.get();
            break;
        }
    }
    if (!owner)
        return false;
    Worker& w = *owner;
    {
        std::lock_guard lock(w.commandsMutex);
        w.commands.push_back({connection, action});
    }
    w.wake();
    return true;
}

int ReactorEchoServer::Worker::timeoutMs(std::int64_t now) const
{
    std::int64_t next = -1;
    if (acceptPaused)
        next = acceptResumeUs;
    if (sweeping && (next < 0 || nextSweepUs < next))
        next = nextSweepUs;
    if (next < 0)
        return -1;
    return static_cast<int>(std::max<std::int64_t>(0, (next - now + 999) / 1000));
}

void ReactorEchoServer::Worker::run()
{
    const std::string name = "echo-" + std::to_string(index);
    pthread_setname_np(pthread_self(), name.c_str()); // before the first journalled call
    if (wantsUring) {
        // The ring is made, used and freed in this thread only: io_uring queues work to the threads
        // that touch a ring, which interrupts their blocking calls (a MSG_WAITALL recv in the GUI's
        // or a test's own thread would return short).
        int err = 0;
        std::string call;
        const bool made = uringSetup(err, call);
        if (!made) {
            // Refused (memlock limit, a full system): this worker serves on epoll instead.
            CallTimer t;
            recordCall(t, call, "", -1, err, "/* io_uring refused: this worker uses epoll */");
            poller->add(server->listener_.get(), Poller::Readable, &listenerToken, true);
        }
        uringMade.set_value(made);
        if (made) {
            runUring(); // frees the ring at its end, in this thread
            return;
        }
    }
    // OpenSSL writes with write(), not send(MSG_NOSIGNAL): a TLS peer gone gives EPIPE, not a SIGPIPE
    // that would end the process hosting the server (a test, a library user).
    blockSigpipeInEveryThread();
    const bool stream = isStream(server->config_.transport);
    const int idleMs = server->config_.idleTimeoutMs;
    const int handshakeMs = server->config_.tls ? server->config_.tlsHandshakeTimeoutMs : 0;
    trackIdle = idleMs > 0;
    sweeping = idleMs > 0 || handshakeMs > 0;
    // A stalled handshake is dropped within a tenth of its timeout (at least every 50 ms).
    sweepEveryUs = std::min(idleMs > 0 ? std::min(idleMs, 1000) * 1000LL : 1000000LL,
                            handshakeMs > 0 ? std::max(handshakeMs / 10, 50) * 1000LL : 1000000LL);
    if (sweeping)
        nextSweepUs = steadyUs() + sweepEveryUs;
    std::vector<Poller::Event> ready;
    while (!stopping.load(std::memory_order_relaxed)) {
        const int timeout = (acceptPaused || sweeping) ? timeoutMs(steadyUs()) : -1;
        if (!poller->wait(timeout, ready)) {
            server->counters_.add(server->counters_.errors);
            const int err = errno;
            server->events_.push(EchoEvent::Kind::Error, EchoMessage::WaitFailed,
                                 {pollerName(poller ? (server->config_.poller == PollerKind::Poll ? PollerKind::Poll : PollerKind::Epoll) : PollerKind::IoUring), errnoDescription(err)}, 0, err);
            break;
        }
        for (const Poller::Event& e : ready) {
            if (e.token == &wakeToken) {
                char drain[64];
                while (::read(wakeRead.get(), drain, sizeof drain) > 0) {
                }
                adoptInbox();
                runCommands();
            } else if (e.token == &listenerToken) {
                if (stream)
                    acceptBatchNow();
                else
                    onDatagrams();
            } else {
                auto* c = static_cast<Connection*>(e.token);
                if (c->fd && c->tls) // not closed earlier in this batch
                    onTlsStream(c, e.ready, e.error);
                else if (c->fd)
                    onStream(c, e.ready, e.error);
            }
        }
        endOfBatch();
    }
    closeAll();
    publishBatch();
}

void ReactorEchoServer::Worker::publishBatch()
{
    if (batch.messagesIn | batch.messagesOut) {
        bumpSingleWriter(io.bytesIn, batch.bytesIn);
        bumpSingleWriter(io.bytesOut, batch.bytesOut);
        bumpSingleWriter(io.messagesIn, batch.messagesIn);
        bumpSingleWriter(io.messagesOut, batch.messagesOut);
        batch = {};
    }
}

void ReactorEchoServer::Worker::endOfBatch()
{
    closedThisBatch.clear(); // no event of this batch points at them any more
    publishBatch();
    if (!acceptPaused && !sweeping)
        return;
    const std::int64_t now = steadyUs();
    if (acceptPaused && now >= acceptResumeUs) {
        acceptPaused = false;
        if (uring)
            uringResumeAccepting();
        else
            poller->add(server->listener_.get(), Poller::Readable, &listenerToken, true);
        server->events_.push(EchoEvent::Kind::AcceptResumed, EchoMessage::AcceptResumed, {});
    }
    if (sweeping && now >= nextSweepUs) {
        sweepIdle(now);
        nextSweepUs = now + sweepEveryUs;
    }
}

void ReactorEchoServer::Worker::pauseAccepting(int err)
{
    // Out of descriptors: stop watching the listener for a while instead of spinning on it (the
    // io_uring loop has cancelled its accept already).
    if (!uring)
        poller->remove(server->listener_.get());
    acceptPaused = true;
    acceptResumeUs = steadyUs() + acceptPauseMs * 1000LL;
    server->counters_.add(server->counters_.acceptPauses);
    server->counters_.add(server->counters_.errors);
    server->events_.push(EchoEvent::Kind::AcceptPaused, EchoMessage::AcceptPausedFor,
                         {errnoDescription(err), std::to_string(acceptPauseMs)}, 0, err);
}

void ReactorEchoServer::Worker::acceptBatchNow()
{
    EchoCounters& k = server->counters_;
    const bool tcp = server->config_.transport == EchoTransport::Tcp;
    for (int i = 0; i < acceptBatch; ++i) {
        sockaddr_storage ss{};
        socklen_t len = sizeof ss;
        CallTimer t;
        const int fd = accept4(server->listener_.get(), reinterpret_cast<sockaddr*>(&ss), &len,
                               SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            const int err = errno;
            if (err == EAGAIN || err == EWOULDBLOCK)
                return;
            if (err == EINTR || err == ECONNABORTED || err == EPROTO)
                continue;
            if (err == EMFILE || err == ENFILE || err == ENOBUFS || err == ENOMEM) {
                recordCall(t, "accept4", "listenfd, (struct sockaddr *)&ss, &len, SOCK_NONBLOCK | SOCK_CLOEXEC", -1,
                           err, "int fd = accept4(listenfd, (struct sockaddr *)&ss, &len, SOCK_NONBLOCK | SOCK_CLOEXEC);");
                pauseAccepting(err);
                return;
            }
            k.add(k.errors);
            server->events_.push(EchoEvent::Kind::Error, EchoMessage::AcceptFailed, {errnoDescription(err)}, 0, err);
            return;
        }
        UniqueFd owned(fd);
        const std::string peerText = SocketAddress::fromStorage(ss, len).text();
        recordCall(t, "accept4", "listenfd, (struct sockaddr *)&ss, &len, SOCK_NONBLOCK | SOCK_CLOEXEC", fd, 0,
                   "int fd = accept4(listenfd, (struct sockaddr *)&ss, &len, SOCK_NONBLOCK | SOCK_CLOEXEC); /* "
                       + peerText + " */");
        if (!server->admit(peerText))
            continue; // `owned` closes it
        if (tcp) {
            const int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one); // echo latency, as the reference does
        }
        k.add(k.current); // counted at once, so the limit holds while a hand-off is under way
        k.add(k.total);
        const auto& workers = server->workers_;
        Worker& target = *workers[server->nextWorker_.fetch_add(1, std::memory_order_relaxed) % workers.size()];
        if (&target == this) {
            adopt(std::move(owned), peerText);
        } else {
            {
                std::lock_guard lock(target.commandsMutex);
                target.inbox.emplace_back(std::move(owned), peerText);
            }
            target.wake();
        }
    }
}

void ReactorEchoServer::Worker::adopt(UniqueFd fd, const std::string& peer)
{
    auto c = std::make_unique<Connection>();
    c->id = server->nextConnectionId_.fetch_add(1, std::memory_order_relaxed); // 1, 2, 3 … for the user
    c->peer = peer;
    c->local = server->bound_.text();
    c->startedUs = c->lastActiveUs = steadyUs();
    const int domain = server->bound_.family();
    c->fd = RegisteredSocket(std::move(fd), SocketKind{domain, SOCK_STREAM, 0}, SocketOwner::EchoConnection,
                             "#" + std::to_string(c->id) + " \u2190 " + peer, server->socketGroup_);
    Connection* raw = c.get();
    if (server->config_.tls) {
        // The client speaks first (ClientHello): wait until readable, then SSL_accept one step at a time.
        raw->tls = std::make_unique<TlsSession>(server->config_.tls, raw->fd.get());
        raw->handshaking = true;
        raw->handshakeDeadlineUs = raw->startedUs + server->config_.tlsHandshakeTimeoutMs * 1000LL;
    }
    if (!uring && !poller->add(raw->fd.get(), Poller::Readable, raw)) {
        server->counters_.add(server->counters_.errors);
        server->counters_.current.fetch_sub(1, std::memory_order_relaxed);
        return;
    }
    {
        std::lock_guard lock(connsMutex);
        conns.emplace(raw->id, std::move(c));
    }
    if (uring)
        uringArmReceive(raw);
    server->events_.push(EchoEvent::Kind::Connected, EchoMessage::Connected, {peer}, raw->id);
}

void ReactorEchoServer::Worker::adoptInbox()
{
    std::vector<std::pair<UniqueFd, std::string>> arrived;
    {
        std::lock_guard lock(commandsMutex);
        arrived.swap(inbox);
    }
    for (auto& [fd, peer] : arrived)
        adopt(std::move(fd), peer);
}

bool ReactorEchoServer::Worker::flush(Connection* c)
{
    while (c->pendingOff < c->pending.size()) {
        const ssize_t n = ::send(c->fd.get(), c->pending.data() + c->pendingOff, c->pending.size() - c->pendingOff,
                                 MSG_NOSIGNAL);
        if (n > 0) {
            c->pendingOff += static_cast<std::size_t>(n);
            bumpSingleWriter(c->bytesOut, static_cast<std::uint64_t>(n));
            batch.bytesOut += static_cast<std::uint64_t>(n);
            ++batch.messagesOut;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true; // still owed; stay on Writable
        const int err = errno;
        closeConnection(c, EchoCloseReason::SendFailed, err);
        return false;
    }
    c->pending.clear();
    c->pendingOff = 0;
    // Reading again also finds a pending EOF: what was owed has gone out before the close.
    c->state.store(0, std::memory_order_relaxed);
    watch(c, Poller::Readable); // drained: read again
    return true;
}

void ReactorEchoServer::Worker::watch(Connection* c, std::uint32_t interest)
{
    // Under TLS every echoed record ends by asking for Readable again: one epoll_ctl per message unless
    // the interest it already has is left alone.
    if (interest == c->interest)
        return;
    c->interest = interest;
    poller->modify(c->fd.get(), interest, c);
}

void ReactorEchoServer::Worker::onStream(Connection* c, std::uint32_t ready, bool error)
{
    if (!c->pending.empty()) {
        if (ready & Poller::Writable || error)
            flush(c);
        return;
    }
    if (!(ready & Poller::Readable) && !error)
        return;
    // A few reads per wake-up when the buffer comes back full (streaming), one otherwise (ping-pong).
    for (int round = 0; round < 4; ++round) {
        const ssize_t n = ::recv(c->fd.get(), buffer.data(), buffer.size(), 0);
        if (n > 0) {
            const auto got = static_cast<std::size_t>(n);
            bumpSingleWriter(c->bytesIn, got);
            batch.bytesIn += got;
            ++batch.messagesIn;
            if (trackIdle)
                c->lastActiveUs = steadyUs();
            std::size_t off = 0;
            while (off < got) {
                const ssize_t w = ::send(c->fd.get(), buffer.data() + off, got - off, MSG_NOSIGNAL);
                if (w > 0) {
                    off += static_cast<std::size_t>(w);
                    continue;
                }
                if (w < 0 && errno == EINTR)
                    continue;
                if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                    break;
                const int err = errno;
                closeConnection(c, EchoCloseReason::SendFailed, err);
                return;
            }
            if (off > 0) {
                bumpSingleWriter(c->bytesOut, off);
                batch.bytesOut += off;
                ++batch.messagesOut;
            }
            if (off < got) {
                // The peer is not reading its echo: keep the rest and stop reading until it is sent.
                c->pending.assign(buffer.data() + off, got - off);
                c->pendingOff = 0;
                c->state.store(1, std::memory_order_relaxed);
                watch(c, Poller::Writable);
                return;
            }
            if (got < buffer.size())
                return;
            continue;
        }
        if (n == 0) {
            closeConnection(c, EchoCloseReason::ClosedByPeer);
            return;
        }
        const int err = errno;
        if (err == EINTR)
            continue;
        if (err == EAGAIN || err == EWOULDBLOCK)
            return;
        closeConnection(c, err == ECONNRESET ? EchoCloseReason::ResetByPeer : EchoCloseReason::RecvFailed, err);
        return;
    }
}

void ReactorEchoServer::Worker::onDatagrams()
{
    EchoCounters& k = server->counters_;
    const int fd = server->listener_.get();
    for (int i = 0; i < datagramBatch; ++i) {
        sockaddr_storage ss{};
        socklen_t len = sizeof ss;
        // MSG_TRUNC makes recvfrom return the datagram's real length even when it did not fit.
        const ssize_t n = ::recvfrom(fd, buffer.data(), buffer.size(), MSG_TRUNC, reinterpret_cast<sockaddr*>(&ss), &len);
        if (n < 0) {
            const int err = errno;
            if (err == EINTR)
                continue;
            if (err != EAGAIN && err != EWOULDBLOCK) {
                k.add(k.errors);
                server->events_.push(EchoEvent::Kind::Error, EchoMessage::RecvfromFailed, {errnoDescription(err)}, 0, err);
            }
            return;
        }
        server->echoDatagram(fd, buffer.data(), buffer.size(), static_cast<std::size_t>(n), ss, len);
    }
}

void ReactorEchoServer::Worker::closeConnection(Connection* c, EchoCloseReason why, int err, const std::string& tlsWords)
{
    const std::uint64_t id = c->id;
    const std::string idleMs = why == EchoCloseReason::IdleFor ? std::to_string(server->config_.idleTimeoutMs) : "";
    std::vector<std::string> args{c->peer, std::to_string(c->bytesIn.load()), std::to_string(c->bytesOut.load()), idleMs,
                                  tlsWords};
    if (uring)
        uringForget(c);
    else
        poller->remove(c->fd.get());
    CallTimer t;
    const int fd = c->fd.get();
    std::unique_ptr<Connection> doomed;
    {
        std::lock_guard lock(connsMutex);
        auto it = conns.find(id);
        doomed = std::move(it->second);
        conns.erase(it);
    }
    // Close the descriptor now, but keep the object until the end of the event batch: a command or an
    // idle sweep may close a connection that still has an event later in the same batch.
    doomed->tls.reset(); // SSL_free while the descriptor number is still ours
    doomed->fd.reset();
    closedThisBatch.push_back(std::move(doomed));
    recordCall(t, "close", std::to_string(fd), 0, 0, "close(fd); /* " + echoCloseReasonEnglish(why, idleMs, tlsWords) + " */");
    EchoCounters& k = server->counters_;
    k.current.fetch_sub(1, std::memory_order_relaxed);
    if (err && err != ECONNRESET && err != EPIPE)
        k.add(k.errors);
    server->events_.push(err && err != ECONNRESET && err != EPIPE ? EchoEvent::Kind::Error : EchoEvent::Kind::Disconnected,
                         EchoMessage::Disconnected, std::move(args), id, err, why);
}

void ReactorEchoServer::Worker::runCommands()
{
    std::vector<Command> todo;
    {
        std::lock_guard lock(commandsMutex);
        todo.swap(commands);
    }
    for (const Command& cmd : todo) {
        Connection* c = nullptr;
        {
            std::lock_guard lock(connsMutex);
            const auto it = conns.find(cmd.connection);
            if (it != conns.end())
                c = it->second.get();
        }
        if (!c)
            continue;
        const std::string fd = std::to_string(c->fd.get());
        switch (cmd.action) {
        case ConnectionAction::ShutdownWrite: {
            CallTimer t;
            const int rc = ::shutdown(c->fd.get(), SHUT_WR);
            const int err = rc < 0 ? errno : 0;
            recordCall(t, "shutdown", fd + ", SHUT_WR", rc, err,
                       "shutdown(" + fd + ", SHUT_WR); /* the peer reads EOF; it may still send */");
            c->state.store(2, std::memory_order_relaxed);
            break;
        }
        case ConnectionAction::Close:
            closeConnection(c, EchoCloseReason::ClosedByUser);
            break;
        case ConnectionAction::Reset: {
            const linger lg{1, 0};
            CallTimer t;
            const int rc = setsockopt(c->fd.get(), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
            recordCall(t, "setsockopt", fd + ", SOL_SOCKET, SO_LINGER, &lg, sizeof lg", rc, rc < 0 ? errno : 0,
                       "struct linger lg = {1, 0}; /* close() now sends RST */\nsetsockopt(" + fd
                           + ", SOL_SOCKET, SO_LINGER, &lg, sizeof lg);");
            closeConnection(c, EchoCloseReason::ResetByUser);
            break;
        }
        }
    }
}

void ReactorEchoServer::Worker::sweepIdle(std::int64_t now)
{
    const int idleMs = server->config_.idleTimeoutMs;
    const std::int64_t limit = idleMs * 1000LL;
    std::vector<Connection*> idle, stalled;
    for (auto& [id, c] : conns) {
        if (c->handshaking && now >= c->handshakeDeadlineUs)
            stalled.push_back(c.get());
        else if (idleMs > 0 && now - c->lastActiveUs > limit)
            idle.push_back(c.get());
    }
    for (Connection* c : idle)
        closeConnection(c, EchoCloseReason::IdleFor);
    for (Connection* c : stalled)
        closeConnection(c, EchoCloseReason::TlsHandshakeFailed, ETIMEDOUT,
                        "the TLS handshake timed out after " + std::to_string((now - c->startedUs) / 1000)
                            + " ms: the client stalled");
}

void ReactorEchoServer::Worker::watchFor(Connection* c, const TlsResult& r)
{
    watch(c, r.status == TlsStatus::WantWrite ? Poller::Writable : Poller::Readable);
}

bool ReactorEchoServer::Worker::flushTls(Connection* c)
{
    // Bounded: each SSL_write takes at least one byte or returns WANT_*.
    while (c->pendingOff < c->pending.size()) {
        const TlsResult w = c->tls->write(c->pending.data() + c->pendingOff, c->pending.size() - c->pendingOff, false);
        if (w.ok()) {
            const auto n = static_cast<std::size_t>(w.rc);
            c->pendingOff += n;
            bumpSingleWriter(c->bytesOut, n);
            batch.bytesOut += n;
            ++batch.messagesOut;
            continue;
        }
        if (w.wouldBlock()) {
            watchFor(c, w); // still owed: SSL_write is called again with the same bytes
            return true;
        }
        closeConnection(c, EchoCloseReason::TlsWriteFailed, w.err ? w.err : EPROTO, w.message);
        return false;
    }
    c->pending.clear();
    c->pendingOff = 0;
    c->state.store(0, std::memory_order_relaxed);
    watch(c, Poller::Readable);
    return true;
}

void ReactorEchoServer::Worker::onTlsStream(Connection* c, std::uint32_t ready, bool error)
{
    (void)ready;
    (void)error; // under TLS what the socket is ready for matters less than what OpenSSL last asked for
    if (c->handshaking) {
        const TlsResult h = c->tls->handshakeStep();
        if (h.wouldBlock()) {
            watchFor(c, h);
            return;
        }
        if (!h.ok()) {
            closeConnection(c, EchoCloseReason::TlsHandshakeFailed, h.err ? h.err : EPROTO, h.message);
            return;
        }
        c->handshaking = false;
        watch(c, Poller::Readable);
    }
    if (!c->pending.empty()) {
        flushTls(c);
        return;
    }
    // Until OpenSSL wants more from the socket (bounded: a few records per wake-up, then the others'
    // turn; level-triggered readiness brings us back for the rest).
    for (int round = 0; round < 16; ++round) {
        const TlsResult r = c->tls->read(buffer.data(), buffer.size(), false);
        if (r.wouldBlock()) {
            watchFor(c, r);
            return;
        }
        if (r.status == TlsStatus::Closed) {
            if (r.closeNotify)
                c->tls->shutdown(); // ours in answer, before the FIN
            closeConnection(c, r.closeNotify ? EchoCloseReason::TlsClosedByPeer : EchoCloseReason::TlsClosedWithoutNotify);
            return;
        }
        if (!r.ok()) {
            closeConnection(c, EchoCloseReason::TlsReadFailed, r.err ? r.err : EPROTO, r.message);
            return;
        }
        const auto got = static_cast<std::size_t>(r.rc);
        bumpSingleWriter(c->bytesIn, got);
        batch.bytesIn += got;
        ++batch.messagesIn;
        if (trackIdle)
            c->lastActiveUs = steadyUs();
        c->pending.assign(buffer.data(), got);
        c->pendingOff = 0;
        if (!flushTls(c))
            return;
        if (!c->pending.empty()) {
            c->state.store(1, std::memory_order_relaxed); // the peer is not reading its echo
            return;
        }
    }
}

void ReactorEchoServer::Worker::closeAll()
{
    adoptInbox(); // connections handed over just before the stop are closed like the others
    std::vector<Connection*> all;
    for (auto& [id, c] : conns)
        all.push_back(c.get());
    for (Connection* c : all)
        closeConnection(c, EchoCloseReason::ServerStopping);
}

} // namespace sockscope
