#pragma once
// The reactor engine: every socket non-blocking, one event loop per worker thread, each with its own
// poller (epoll or poll, chosen at run time). The listening socket is shared: with epoll each worker
// registers it with EPOLLEXCLUSIVE, so one worker wakes per incoming connection, and accepts in
// batches. Data is echoed straight from a per-worker buffer; only a short send leaves bytes behind,
// and then the connection stops reading until they are sent (backpressure, bounded memory). Under
// TLS each connection has a TlsSession driven one step at a time: the interest on the poller is what
// the last SSL_accept/SSL_read/SSL_write asked for (WANT_READ: readable, WANT_WRITE: writable), and a
// handshake past its deadline is dropped by the periodic sweep.

#include "EchoServer.h"

#include <atomic>
#include <memory>
#include <vector>

namespace sockscope {

class ReactorEchoServer final : public EchoServer {
public:
    explicit ReactorEchoServer(EchoConfig config);
    ~ReactorEchoServer() override;

    EchoStartResult start() override;
    void stop() override;
    std::vector<EchoConnectionInfo> connections() const override;
    bool act(std::uint64_t connection, ConnectionAction action) override;
    EchoTotals totals() const override;

    struct Worker; // one event loop; defined in the .cpp

private:
    std::vector<std::unique_ptr<Worker>> workers_;
    std::atomic<std::size_t> nextWorker_{0}; // round robin for accepted connections
    std::atomic<std::uint64_t> nextConnectionId_{1}; // shared by the workers: ids run 1, 2, 3 …
};

} // namespace sockscope
