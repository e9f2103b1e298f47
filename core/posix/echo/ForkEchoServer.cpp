#include "ForkEchoServer.h"

#include "CallJournal.h"
#include "ErrnoInfo.h"
#include "Platform.h"
#include "TlsEchoLoop.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sockscope {

namespace {

// What the child runs: the chapter's echo loop. After fork() in a threaded process only
// async-signal-safe calls are allowed: recv, send, close and _exit are.
[[noreturn]] void serveChild(int fd, const EchoConfig& config)
{
    const std::size_t bufferSize = config.bufferSize;
    // Default dispositions: the parent's handlers (a CLI's SIGINT handler, a test framework's crash
    // handlers) must not run in the child. The parent blocked the signals a child is sent around
    // fork(), so none arrives before this; then they are unblocked. sigaction and sigprocmask are
    // async-signal-safe.
    struct sigaction dfl{};
    dfl.sa_handler = SIG_DFL;
    for (int sig : {SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
        sigaction(sig, &dfl, nullptr);
    platform::signalWhenForkingThreadEnds(SIGTERM);
    // The child keeps its connection and nothing else. fork() copies every descriptor of the process
    // (close-on-exec is no help without exec): another client's socket, even one in this same
    // process, would stay open in the child after its owner closed it, and that client would never
    // see EOF; a pipe to a terminal or a test runner would stay open after the server process ended.
    const int devNull = ::open("/dev/null", O_RDWR);
    if (devNull >= 0) {
        for (int std : {0, 1, 2})
            ::dup2(devNull, std);
    }
    if (fd != 3) {
        ::dup2(fd, 3);
        fd = 3;
    }
    platform::closeDescriptorsFrom(4);
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    if (config.tls) {
        // TLS is not async-signal-safe: it allocates. It is safe here all the same because glibc's
        // malloc and OpenSSL 3 reset their locks in the child at fork() (pthread_atfork), and no other
        // thread of the parent uses OpenSSL meanwhile (the CLI's main thread waits for signals). The
        // child's journal would be seen by nobody: off.
        UnjournalledCalls quiet;
        const TlsEchoOutcome t =
            serveTlsEcho(fd, config.tls, config.tlsHandshakeTimeoutMs, config.idleTimeoutMs, bufferSize, nullptr);
        ::close(fd);
        _exit(t.error ? 1 : 0);
    }
    char stackBuffer[65536];
    const std::size_t size = bufferSize < sizeof stackBuffer ? bufferSize : sizeof stackBuffer;
    for (;;) {
        const ssize_t n = ::recv(fd, stackBuffer, size, 0);
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        ssize_t off = 0;
        while (off < n) {
            const ssize_t w = ::send(fd, stackBuffer + off, static_cast<std::size_t>(n - off), MSG_NOSIGNAL);
            if (w < 0) {
                if (errno == EINTR)
                    continue;
                ::close(fd);
                _exit(1);
            }
            off += w;
        }
    }
    ::close(fd);
    _exit(0);
}

} // namespace

ForkEchoServer::ForkEchoServer(EchoConfig config) : EchoServer(std::move(config)) {}

ForkEchoServer::~ForkEchoServer() { stop(); }

EchoStartResult ForkEchoServer::start()
{
    if (running_)
        return {};
    if (!isStream(config_.transport)) {
        EchoStartResult r;
        r.failedCall = "fork";
        r.err = EINVAL;
        r.message = "the fork engine serves stream sockets only (tcp, unix-stream): a datagram socket has no "
                    "connections to hand to a child";
        r.problem = EchoStartProblem::ForkNeedsStream;
        return r;
    }
    EchoStartResult r = openListener(false);
    if (!r.ok)
        return r;
    running_ = true;
    acceptor_ = std::thread([this] { acceptLoop(); });
    events_.push(EchoEvent::Kind::Started, EchoMessage::ListeningFork, {bound_.text(), transportName(config_.transport)});
    return r;
}

void ForkEchoServer::reap(bool block)
{
    for (auto it = children_.begin(); it != children_.end();) {
        int status = 0;
        const pid_t pid = ::waitpid(*it, &status, block ? 0 : WNOHANG);
        if (pid == *it || (pid < 0 && errno == ECHILD)) {
            it = children_.erase(it);
            counters_.current.fetch_sub(1, std::memory_order_relaxed);
            if (pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) != 0)
                counters_.add(counters_.errors);
        } else {
            ++it;
        }
    }
}

void ForkEchoServer::acceptLoop()
{
    pthread_setname_np(pthread_self(), "echo-fork");
    while (running_) {
        reap(false);
        // Wait for a connection with a timeout, so exited children are reaped even when idle.
        pollfd p{listener_.get(), POLLIN, 0};
        const int ready = ::poll(&p, 1, 200);
        if (ready <= 0 || !running_)
            continue;
        if (p.revents & (POLLERR | POLLNVAL))
            break;
        sockaddr_storage ss{};
        socklen_t len = sizeof ss;
        CallTimer t;
        const int fd = ::accept4(listener_.get(), reinterpret_cast<sockaddr*>(&ss), &len, SOCK_CLOEXEC);
        if (fd < 0) {
            const int err = errno;
            if (err == EINTR || err == ECONNABORTED || err == EAGAIN)
                continue;
            if (!running_ || err == EINVAL)
                break;
            counters_.add(counters_.errors);
            if (err == EMFILE || err == ENFILE || err == ENOBUFS || err == ENOMEM) {
                counters_.add(counters_.acceptPauses);
                events_.push(EchoEvent::Kind::AcceptPaused, EchoMessage::AcceptRetrying, {errnoDescription(err)}, 0, err);
            } else {
                events_.push(EchoEvent::Kind::Error, EchoMessage::AcceptFailed, {errnoDescription(err)}, 0, err);
            }
            ::poll(nullptr, 0, 100);
            continue;
        }
        UniqueFd conn(fd);
        const SocketAddress peer = SocketAddress::fromStorage(ss, len);
        recordCall(t, "accept", "listenfd, (struct sockaddr *)&ss, &len", fd, 0,
                   "int fd = accept(listenfd, (struct sockaddr *)&ss, &len); /* " + peer.text() + " */");
        if (!admit(peer.text()))
            continue;
        if (config_.tls && config_.transport == EchoTransport::Tcp) {
            // The handshake's flights are several writes: with Nagle each waits for the client's
            // delayed ACK (about 40 ms a handshake).
            const int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        }
        // The signals a child is sent (stop()'s SIGTERM; a terminal's SIGINT, SIGHUP, SIGQUIT reach the
        // whole process group) wait until it has reset the handlers it inherits. Blocking every
        // signal instead cost about 5 % of the connection rate, for no signal that could arrive.
        sigset_t sent, old;
        sigemptyset(&sent);
        for (int sig : {SIGTERM, SIGINT, SIGHUP, SIGQUIT})
            sigaddset(&sent, sig);
        pthread_sigmask(SIG_BLOCK, &sent, &old);
        const pid_t pid = ::fork();
        if (pid == 0)
            serveChild(fd, config_); // the listener is among the descriptors it closes
        pthread_sigmask(SIG_SETMASK, &old, nullptr);
        if (pid < 0) {
            const int err = errno;
            counters_.add(counters_.errors);
            events_.push(EchoEvent::Kind::Error, EchoMessage::ForkFailed, {errnoDescription(err)}, 0, err);
            continue; // `conn` closes the client's socket
        }
        // The parent closes its copy at once (the child holds the connection) and counts it.
        children_.insert(pid);
        counters_.add(counters_.current);
        counters_.add(counters_.total);
        events_.push(EchoEvent::Kind::Connected, EchoMessage::ConnectedChild, {peer.text(), std::to_string(pid)},
                     static_cast<std::uint64_t>(pid));
    }
}

void ForkEchoServer::stop()
{
    if (!running_.exchange(false))
        return;
    if (acceptor_.joinable())
        acceptor_.join();
    // Graceful: ask every child to end, then wait for each.
    for (pid_t pid : children_)
        ::kill(pid, SIGTERM);
    reap(true);
    closeListener();
    reportStopped(true);
}

std::vector<EchoConnectionInfo> ForkEchoServer::connections() const { return {}; }

bool ForkEchoServer::act(std::uint64_t, ConnectionAction) { return false; }

} // namespace sockscope
