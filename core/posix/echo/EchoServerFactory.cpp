#include "EchoServer.h"
#include "ForkEchoServer.h"
#include "ReactorEchoServer.h"
#include "ThreadEchoServer.h"

namespace sockscope {

std::unique_ptr<EchoServer> EchoServer::create(const EchoConfig& config)
{
    switch (config.engine) {
    case EchoEngine::Reactor: return std::make_unique<ReactorEchoServer>(config);
    case EchoEngine::Thread: return std::make_unique<ThreadEchoServer>(config);
    case EchoEngine::Fork: return std::make_unique<ForkEchoServer>(config);
    }
    return nullptr;
}

} // namespace sockscope
