#pragma once
// The thread engine: the chapter's server loop, blocking accept() and a blocking recv()/send() loop,
// with one thread per connection instead of one process. Safe inside the GUI process.
// Stopping: shutdown(SHUT_RDWR) wakes every thread blocked in recv() or accept(); each then closes
// its own socket, so no descriptor is closed under a thread that still uses it.

#include "EchoServer.h"

#include <condition_variable>
#include <list>
#include <mutex>
#include <thread>

namespace sockscope {

class ThreadEchoServer final : public EchoServer {
public:
    explicit ThreadEchoServer(EchoConfig config);
    ~ThreadEchoServer() override;

    EchoStartResult start() override;
    void stop() override;
    std::vector<EchoConnectionInfo> connections() const override;
    bool act(std::uint64_t connection, ConnectionAction action) override;
    EchoTotals totals() const override;

private:
    struct Session;
    void acceptLoop();
    void serve(Session* s);
    void serveDatagrams();
    void reapFinished();

    std::thread acceptor_;
    mutable std::mutex mutex_;   // guards sessions_ and each session's fd use by other threads
    std::condition_variable allDone_;
    std::list<std::unique_ptr<Session>> sessions_;
    std::uint64_t nextId_ = 1;
};

} // namespace sockscope
