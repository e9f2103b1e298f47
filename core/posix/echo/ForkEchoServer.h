#pragma once
// The fork engine: the chapter's structure. The parent accepts and forks; the child closes the
// listener and serves its one client with blocking recv()/send(), then exits. Added robustness:
// MSG_NOSIGNAL, a pause instead of a spin on EMFILE, and every child reaped.
// Children touch no journal, no lock and no Qt (only async-signal-safe work after fork), and the
// parent counts connections only: the bytes are the children's. CLI only, never inside the GUI.

#include "EchoServer.h"

#include <sys/types.h>

#include <set>
#include <thread>

namespace sockscope {

class ForkEchoServer final : public EchoServer {
public:
    explicit ForkEchoServer(EchoConfig config);
    ~ForkEchoServer() override;

    EchoStartResult start() override;
    void stop() override;
    std::vector<EchoConnectionInfo> connections() const override;
    bool act(std::uint64_t connection, ConnectionAction action) override;

private:
    void acceptLoop();
    void reap(bool block);

    std::thread acceptor_;
    std::set<pid_t> children_; // only the acceptor thread touches this until stop() joins it
};

} // namespace sockscope
