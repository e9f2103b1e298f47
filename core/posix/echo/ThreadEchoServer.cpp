#include "ThreadEchoServer.h"

#include "CallJournal.h"
#include "ErrnoInfo.h"
#include "SigpipeCatcher.h"
#include "SteadyClock.h"
#include "TlsEchoLoop.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sockscope {

struct ThreadEchoServer::Session {
    std::uint64_t id = 0;
    RegisteredSocket fd;
    std::string peer;
    std::int64_t startedUs = 0;
    IoCounters io;           // written by the session's thread only
    std::atomic<bool> finished{false};
    std::atomic<bool> halfClosed{false};
    std::thread thread;
};

ThreadEchoServer::ThreadEchoServer(EchoConfig config) : EchoServer(std::move(config)) {}

ThreadEchoServer::~ThreadEchoServer() { stop(); }

EchoStartResult ThreadEchoServer::start()
{
    if (running_)
        return {};
    EchoStartResult r = openListener(false);
    if (!r.ok)
        return r;
    running_ = true;
    if (isStream(config_.transport))
        acceptor_ = std::thread([this] { acceptLoop(); });
    else
        acceptor_ = std::thread([this] { serveDatagrams(); });
    events_.push(EchoEvent::Kind::Started, EchoMessage::ListeningThread, {bound_.text(), transportName(config_.transport)});
    return r;
}

void ThreadEchoServer::stop()
{
    if (!running_.exchange(false))
        return;
    // Wake the acceptor (blocked in accept or recvfrom) first, so no session starts after the next
    // step; then wake every session (blocked in recv).
    ::shutdown(listener_.get(), SHUT_RDWR);
    if (acceptor_.joinable())
        acceptor_.join();
    std::list<std::unique_ptr<Session>> all;
    {
        std::lock_guard lock(mutex_);
        for (auto& s : sessions_)
            if (!s->finished)
                ::shutdown(s->fd.get(), SHUT_RDWR);
        all.swap(sessions_);
    }
    for (auto& s : all)
        if (s->thread.joinable())
            s->thread.join();
    closeListener();
    reportStopped();
}

void ThreadEchoServer::reapFinished()
{
    std::list<std::unique_ptr<Session>> done;
    {
        std::lock_guard lock(mutex_);
        for (auto it = sessions_.begin(); it != sessions_.end();) {
            if ((*it)->finished) {
                done.push_back(std::move(*it));
                it = sessions_.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (auto& s : done)
        if (s->thread.joinable())
            s->thread.join();
}

void ThreadEchoServer::acceptLoop()
{
    pthread_setname_np(pthread_self(), "echo-accept");
    const bool tcp = config_.transport == EchoTransport::Tcp;
    int backoffMs = 0;
    while (running_) {
        if (backoffMs) {
            // Out of descriptors: wait, then try again (no busy loop). poll() on nothing is a sleep
            // that stop() cannot cut short, so keep it brief.
            ::poll(nullptr, 0, backoffMs);
            backoffMs = 0;
        }
        reapFinished();
        sockaddr_storage ss{};
        socklen_t len = sizeof ss;
        CallTimer t;
        const int fd = ::accept4(listener_.get(), reinterpret_cast<sockaddr*>(&ss), &len, SOCK_CLOEXEC);
        if (fd < 0) {
            const int err = errno;
            if (!running_)
                break;
            if (err == EINTR || err == ECONNABORTED)
                continue;
            counters_.add(counters_.errors);
            if (err == EMFILE || err == ENFILE || err == ENOBUFS || err == ENOMEM) {
                counters_.add(counters_.acceptPauses);
                events_.push(EchoEvent::Kind::AcceptPaused, EchoMessage::AcceptRetrying, {errnoDescription(err)}, 0, err);
                backoffMs = 100;
                continue;
            }
            if (err == EINVAL) // the listener was shut down
                break;
            events_.push(EchoEvent::Kind::Error, EchoMessage::AcceptFailed, {errnoDescription(err)}, 0, err);
            backoffMs = 100;
            continue;
        }
        UniqueFd owned(fd);
        const SocketAddress peer = SocketAddress::fromStorage(ss, len);
        recordCall(t, "accept4", "listenfd, (struct sockaddr *)&ss, &len, SOCK_CLOEXEC", fd, 0,
                   "int fd = accept(listenfd, (struct sockaddr *)&ss, &len); /* " + peer.text() + " */");
        if (!admit(peer.text()))
            continue;
        if (tcp) {
            const int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        }
        if (config_.idleTimeoutMs > 0) {
            timeval tv{config_.idleTimeoutMs / 1000, (config_.idleTimeoutMs % 1000) * 1000};
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv); // recv gives EAGAIN when idle
        }
        auto s = std::make_unique<Session>();
        s->id = nextId_++;
        s->fd = RegisteredSocket(std::move(owned), SocketKind{bound_.family(), SOCK_STREAM, 0},
                                 SocketOwner::EchoConnection,
                                 "#" + std::to_string(s->id) + " \u2190 " + peer.text(), socketGroup_);
        s->peer = peer.text();
        s->startedUs = steadyUs();
        Session* raw = s.get();
        counters_.add(counters_.current);
        counters_.add(counters_.total);
        events_.push(EchoEvent::Kind::Connected, EchoMessage::Connected, {raw->peer}, raw->id);
        std::lock_guard lock(mutex_);
        sessions_.push_back(std::move(s));
        raw->thread = std::thread([this, raw] { serve(raw); });
    }
}

void ThreadEchoServer::serve(Session* s)
{
    pthread_setname_np(pthread_self(), "echo-conn");
    // OpenSSL writes with write(), not send(MSG_NOSIGNAL): a TLS peer gone must not end the process
    // that hosts the server (a test, a library user) by SIGPIPE. The write sees EPIPE instead.
    blockSigpipeInEveryThread();
    std::vector<char> buf(config_.bufferSize);
    EchoCloseReason why = EchoCloseReason::ClosedByPeer;
    int failure = 0;
    bool tlsError = false;
    std::string tlsWords;
    if (config_.tls) {
        const TlsEchoOutcome t = serveTlsEcho(s->fd.get(), config_.tls, config_.tlsHandshakeTimeoutMs,
                                              config_.idleTimeoutMs, config_.bufferSize, &s->io);
        why = t.reason;
        tlsWords = t.words;
        failure = t.failure;
        tlsError = t.error;
    }
    for (; !config_.tls;) {
        // The chapter's loop: recv, then send it all back.
        const ssize_t n = ::recv(s->fd.get(), buf.data(), buf.size(), 0);
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            failure = errno;
            why = failure == EAGAIN || failure == EWOULDBLOCK ? EchoCloseReason::IdleTimeout : EchoCloseReason::RecvFailed;
            if (failure == EAGAIN || failure == EWOULDBLOCK)
                failure = 0;
            break;
        }
        bumpSingleWriter(s->io.bytesIn, static_cast<std::uint64_t>(n));
        bumpSingleWriter(s->io.messagesIn);
        std::size_t off = 0;
        while (off < static_cast<std::size_t>(n)) {
            const ssize_t w = ::send(s->fd.get(), buf.data() + off, static_cast<std::size_t>(n) - off, MSG_NOSIGNAL);
            if (w < 0) {
                if (errno == EINTR)
                    continue;
                failure = errno;
                why = EchoCloseReason::SendFailed;
                break;
            }
            off += static_cast<std::size_t>(w);
        }
        bumpSingleWriter(s->io.bytesOut, off);
        bumpSingleWriter(s->io.messagesOut);
        if (failure)
            break;
    }
    if (!running_)
        why = EchoCloseReason::ServerStopping;
    std::vector<std::string> args{s->peer, std::to_string(s->io.bytesIn.load()), std::to_string(s->io.bytesOut.load()),
                                  std::string(), tlsWords};
    {
        // Close under the lock so act() never uses a descriptor number that is already gone.
        std::lock_guard lock(mutex_);
        CallTimer t;
        const int fd = s->fd.get();
        s->fd.reset();
        recordCall(t, "close", std::to_string(fd), 0, 0, "close(fd); /* " + echoCloseReasonEnglish(why, {}, tlsWords) + " */");
        // Fold this session's counts into the server's before it stops being listed.
        counters_.add(counters_.bytesIn, s->io.bytesIn.load());
        counters_.add(counters_.bytesOut, s->io.bytesOut.load());
        counters_.add(counters_.messagesIn, s->io.messagesIn.load());
        counters_.add(counters_.messagesOut, s->io.messagesOut.load());
        s->finished = true;
    }
    counters_.current.fetch_sub(1, std::memory_order_relaxed);
    const bool isError = tlsError || (failure && failure != ECONNRESET && failure != EPIPE);
    if (isError)
        counters_.add(counters_.errors);
    events_.push(isError ? EchoEvent::Kind::Error : EchoEvent::Kind::Disconnected, EchoMessage::Disconnected,
                 std::move(args), s->id, failure, why);
}

void ThreadEchoServer::serveDatagrams()
{
    pthread_setname_np(pthread_self(), "echo-dgram");
    std::vector<char> buf(config_.bufferSize);
    while (running_) {
        sockaddr_storage ss{};
        socklen_t len = sizeof ss;
        const ssize_t n = ::recvfrom(listener_.get(), buf.data(), buf.size(), MSG_TRUNC,
                                     reinterpret_cast<sockaddr*>(&ss), &len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (!running_)
                break;
            counters_.add(counters_.errors);
            continue;
        }
        if (!running_)
            break; // shutdown() wakes recvfrom with a 0-byte return
        echoDatagram(listener_.get(), buf.data(), buf.size(), static_cast<std::size_t>(n), ss, len);
    }
}

std::vector<EchoConnectionInfo> ThreadEchoServer::connections() const
{
    std::vector<EchoConnectionInfo> out;
    std::lock_guard lock(mutex_);
    for (const auto& s : sessions_) {
        if (s->finished)
            continue;
        EchoConnectionInfo i;
        i.id = s->id;
        i.fd = s->fd.get();
        i.socketId = s->fd.id();
        i.peer = s->peer;
        i.local = bound_.text();
        i.startedUs = s->startedUs;
        i.bytesIn = s->io.bytesIn.load(std::memory_order_relaxed);
        i.bytesOut = s->io.bytesOut.load(std::memory_order_relaxed);
        i.state = s->halfClosed ? "half-closed" : "open";
        out.push_back(std::move(i));
    }
    return out;
}

EchoTotals ThreadEchoServer::totals() const
{
    std::lock_guard lock(mutex_);
    EchoTotals t = counters_.snapshot(); // finished sessions, folded in under this lock
    for (const auto& s : sessions_) {
        if (s->finished)
            continue;
        t.bytesIn += s->io.bytesIn.load(std::memory_order_relaxed);
        t.bytesOut += s->io.bytesOut.load(std::memory_order_relaxed);
        t.messagesIn += s->io.messagesIn.load(std::memory_order_relaxed);
        t.messagesOut += s->io.messagesOut.load(std::memory_order_relaxed);
    }
    return t;
}

bool ThreadEchoServer::act(std::uint64_t connection, ConnectionAction action)
{
    // The session's thread is blocked in recv(), so its calls cannot be queued to it; they run here,
    // under the lock that keeps the descriptor from being closed (and its number reused) meanwhile.
    std::lock_guard lock(mutex_);
    for (auto& s : sessions_) {
        if (s->id != connection || s->finished)
            continue;
        const int fd = s->fd.get();
        const std::string fdText = std::to_string(fd);
        CallTimer t;
        if (action == ConnectionAction::ShutdownWrite) {
            const int rc = ::shutdown(fd, SHUT_WR);
            recordCall(t, "shutdown", fdText + ", SHUT_WR", rc, rc < 0 ? errno : 0, "shutdown(" + fdText + ", SHUT_WR);");
            s->halfClosed = true;
            return rc == 0;
        }
        if (action == ConnectionAction::Reset) {
            const linger lg{1, 0};
            const int rc = setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
            recordCall(t, "setsockopt", fdText + ", SOL_SOCKET, SO_LINGER, &lg, sizeof lg", rc, rc < 0 ? errno : 0,
                       "struct linger lg = {1, 0}; /* close() now sends RST */\nsetsockopt(" + fdText
                           + ", SOL_SOCKET, SO_LINGER, &lg, sizeof lg);");
        }
        // Wake the session's thread, which then closes the socket. Close: SHUT_RDWR wakes it in recv()
        // and in a send() to a peer that does not read (the FIN goes out now). Reset: SHUT_RD only,
        // since a FIN would reach the peer before the RST that close() sends with linger {1, 0}; a
        // thread blocked in send() then sees the reset when the peer next reads or the send fails.
        const bool reset = action == ConnectionAction::Reset;
        const std::string how = reset ? "SHUT_RD" : "SHUT_RDWR";
        CallTimer st;
        const int rc = ::shutdown(fd, reset ? SHUT_RD : SHUT_RDWR);
        recordCall(st, "shutdown", fdText + ", " + how, rc, rc < 0 ? errno : 0,
                   "shutdown(" + fdText + ", " + how + "); /* wakes the session's thread, which then closes */");
        return true;
    }
    return false;
}

} // namespace sockscope
