#include "EchoEvents.h"

#include "ErrnoInfo.h"

namespace sockscope {

namespace {

const std::string& arg(const EchoEvent& e, std::size_t i)
{
    static const std::string none;
    return i < e.args.size() ? e.args[i] : none;
}

} // namespace

std::string echoCloseReasonEnglish(EchoCloseReason reason, const std::string& idleMs, const std::string& tlsWords)
{
    switch (reason) {
    case EchoCloseReason::None: return {};
    case EchoCloseReason::ClosedByPeer: return "closed by peer";
    case EchoCloseReason::ResetByPeer: return "reset by peer";
    case EchoCloseReason::RecvFailed: return "recv failed";
    case EchoCloseReason::SendFailed: return "send failed";
    case EchoCloseReason::IdleTimeout: return "idle timeout";
    case EchoCloseReason::IdleFor: return "idle for " + idleMs + " ms";
    case EchoCloseReason::ClosedByUser: return "closed by the user";
    case EchoCloseReason::ResetByUser: return "reset by the user (SO_LINGER {1, 0})";
    case EchoCloseReason::ServerStopping: return "server stopping";
    case EchoCloseReason::TlsHandshakeFailed: return "TLS handshake failed: " + tlsWords;
    case EchoCloseReason::TlsClosedByPeer: return "closed by peer (close_notify)";
    case EchoCloseReason::TlsClosedWithoutNotify: return "closed by peer (TCP FIN without close_notify)";
    case EchoCloseReason::TlsReadFailed: return "SSL_read failed: " + tlsWords;
    case EchoCloseReason::TlsWriteFailed: return "SSL_write failed: " + tlsWords;
    }
    return {};
}

std::string echoEventEnglish(const EchoEvent& e)
{
    const auto a = [&e](std::size_t i) -> const std::string& { return arg(e, i); };
    switch (e.message) {
    case EchoMessage::ListeningThread:
        return "listening on " + a(0) + " (" + a(1) + ", thread engine: one thread per connection)";
    case EchoMessage::ListeningFork:
        return "listening on " + a(0) + " (" + a(1) + ", fork engine: one process per connection)";
    case EchoMessage::ListeningReactor:
        return "listening on " + a(0) + " (" + a(1) + ", reactor engine, " + a(2) + ", " + a(3)
               + (a(3) == "1" ? " worker)" : " workers)");
    case EchoMessage::Connected: return "connected from " + a(0);
    case EchoMessage::ConnectedChild: return "connected from " + a(0) + " (child " + a(1) + ")";
    case EchoMessage::Disconnected:
        return "disconnected " + a(0) + " (" + echoCloseReasonEnglish(e.reason, a(3), a(4))
               + (e.err ? ": " + errnoDescription(e.err) : std::string()) + ", " + a(1) + " bytes in, " + a(2)
               + " out)";
    case EchoMessage::Refused: return "refused " + a(0) + ": already " + a(1) + (a(1) == "1" ? " connection" : " connections")
                                                   + " (the maximum)";
    case EchoMessage::AcceptRetrying: return "accept failed with " + a(0) + "; retrying in 100 ms";
    case EchoMessage::AcceptPausedFor:
        return "accept failed with " + a(0) + "; accepting paused for " + a(1) + " ms";
    case EchoMessage::AcceptResumed: return "accepting again";
    case EchoMessage::AcceptFailed: return "accept failed: " + a(0);
    case EchoMessage::ForkFailed: return "fork failed: " + a(0);
    case EchoMessage::WaitFailed: return a(0) + " wait failed: " + a(1);
    case EchoMessage::RecvfromFailed: return "recvfrom failed: " + a(0);
    case EchoMessage::Truncated: return "a " + a(0) + "-byte datagram was cut to " + a(1) + " bytes";
    case EchoMessage::Stopped:
    case EchoMessage::StoppedFork:
        return "stopped: " + a(0) + (a(0) == "1" ? " connection, " : " connections, ") + a(1) + " bytes in, " + a(2)
               + " bytes out, " + a(3) + (a(3) == "1" ? " error" : " errors")
               + (e.message == EchoMessage::StoppedFork ? " (bytes are counted by the children, not the parent)"
                                                         : "");
    }
    return {};
}

} // namespace sockscope
