#include "EchoMessages.h"

#include "ErrnoInfo.h"
#include "TlsMessages.h"

namespace sockscope {

namespace {

QString arg(const EchoEvent& e, std::size_t i)
{
    return i < e.args.size() ? QString::fromStdString(e.args[i]) : QString();
}

// A count argument for a plural form; 0 when the argument is not a number.
int count(const EchoEvent& e, std::size_t i)
{
    return arg(e, i).toInt();
}

} // namespace

QString EchoMessages::reason(EchoCloseReason reason, const QString& idleMs, const QString& tlsWords)
{
    switch (reason) {
    case EchoCloseReason::None: return {};
    case EchoCloseReason::ClosedByPeer: return tr("closed by peer");
    case EchoCloseReason::ResetByPeer: return tr("reset by peer");
    case EchoCloseReason::RecvFailed: return tr("recv failed");
    case EchoCloseReason::SendFailed: return tr("send failed");
    case EchoCloseReason::IdleTimeout: return tr("idle timeout");
    case EchoCloseReason::IdleFor: return tr("idle for %1 ms").arg(idleMs);
    case EchoCloseReason::ClosedByUser: return tr("closed by the user");
    case EchoCloseReason::ResetByUser: return tr("reset by the user (SO_LINGER {1, 0})");
    case EchoCloseReason::ServerStopping: return tr("server stopping");
    case EchoCloseReason::TlsHandshakeFailed: return tr("TLS handshake failed: %1").arg(tlsWords);
    case EchoCloseReason::TlsClosedByPeer: return tr("closed by peer (close_notify)");
    case EchoCloseReason::TlsClosedWithoutNotify: return tr("closed by peer (TCP FIN without close_notify)");
    case EchoCloseReason::TlsReadFailed: return tr("SSL_read failed: %1").arg(tlsWords);
    case EchoCloseReason::TlsWriteFailed: return tr("SSL_write failed: %1").arg(tlsWords);
    }
    return {};
}

QString EchoMessages::startFailure(const EchoStartResult& r)
{
    const QString a0 = r.problemArgs.empty() ? QString() : QString::fromStdString(r.problemArgs[0]);
    QString words;
    switch (r.problem) {
    case EchoStartProblem::None: return QString::fromStdString(r.message);
    case EchoStartProblem::NoUnixPath: return tr("no path given for the unix socket");
    case EchoStartProblem::UnixPathTooLong:
        return tr("the unix socket path does not fit sun_path (107 bytes at most)");
    case EchoStartProblem::NotNumericAddress: return tr("'%1' is not a numeric IPv4 or IPv6 address").arg(a0);
    case EchoStartProblem::ForkNeedsStream:
        return tr("the fork engine serves stream sockets only (tcp, unix-stream): a datagram socket has no "
                  "connections to hand to a child");
    case EchoStartProblem::ForkOnlyInCli:
        return tr("the fork engine runs only from the command line (sockscope-cli serve echo --engine fork): "
                  "a child forked from the GUI would inherit the whole GUI process");
    case EchoStartProblem::AlreadyRunning: return tr("this server is already running");
    case EchoStartProblem::TlsRefused: return tr("TLS: %1").arg(TlsMessages::setupFailure(r.tlsSetup));
    // The rest name a failed call: the system's errno words follow.
    case EchoStartProblem::SocketFailed: words = tr("could not create the socket"); break;
    case EchoStartProblem::ReusePortFailed: words = tr("could not set SO_REUSEPORT"); break;
    case EchoStartProblem::V6OnlyFailed: words = tr("could not set IPV6_V6ONLY"); break;
    case EchoStartProblem::StaleSocketFile:
        words = tr("'%1' is a stale socket file that no server listens on; remove it, or ask to remove stale "
                   "socket files")
                    .arg(a0);
        break;
    case EchoStartProblem::BindFailed: words = tr("could not bind to %1").arg(a0); break;
    case EchoStartProblem::ListenFailed: words = tr("could not listen"); break;
    case EchoStartProblem::WakePipeFailed: words = tr("could not create the worker wake-up pipe"); break;
    }
    return tr("%1: %2").arg(words, QString::fromStdString(errnoDescription(r.err)));
}

QString EchoMessages::text(const EchoEvent& e)
{
    const auto a = [&e](std::size_t i) { return arg(e, i); };
    switch (e.message) {
    case EchoMessage::ListeningThread:
        return tr("listening on %1 (%2, thread engine: one thread per connection)").arg(a(0), a(1));
    case EchoMessage::ListeningFork:
        return tr("listening on %1 (%2, fork engine: one process per connection)").arg(a(0), a(1));
    case EchoMessage::ListeningReactor:
        return tr("listening on %1 (%2, reactor engine, %3, %n worker(s))", nullptr, count(e, 3))
            .arg(a(0), a(1), a(2));
    case EchoMessage::Connected: return tr("connected from %1").arg(a(0));
    case EchoMessage::ConnectedChild: return tr("connected from %1 (child %2)").arg(a(0), a(1));
    case EchoMessage::Disconnected: {
        QString why = reason(e.reason, a(3), a(4));
        if (e.err != 0)
            why = tr("%1: %2").arg(why, QString::fromStdString(errnoDescription(e.err)));
        return tr("disconnected %1 (%2, %3 bytes in, %4 out)").arg(a(0), why, a(1), a(2));
    }
    case EchoMessage::Refused:
        return tr("refused %1: already %n connection(s) (the maximum)", nullptr, count(e, 1)).arg(a(0));
    case EchoMessage::AcceptRetrying: return tr("accept failed with %1; retrying in 100 ms").arg(a(0));
    case EchoMessage::AcceptPausedFor: return tr("accept failed with %1; accepting paused for %2 ms").arg(a(0), a(1));
    case EchoMessage::AcceptResumed: return tr("accepting again");
    case EchoMessage::AcceptFailed: return tr("accept failed: %1").arg(a(0));
    case EchoMessage::ForkFailed: return tr("fork failed: %1").arg(a(0));
    case EchoMessage::WaitFailed: return tr("%1 wait failed: %2").arg(a(0), a(1));
    case EchoMessage::RecvfromFailed: return tr("recvfrom failed: %1").arg(a(0));
    case EchoMessage::Truncated:
        return tr("a %1-byte datagram was cut to %2 bytes").arg(a(0), a(1));
    case EchoMessage::Stopped:
    case EchoMessage::StoppedFork: {
        const QString totals = tr("stopped: %1, %2 bytes in, %3 bytes out, %4")
                                   .arg(tr("%n connection(s)", nullptr, count(e, 0)), a(1), a(2),
                                        tr("%n error(s)", nullptr, count(e, 3)));
        return e.message == EchoMessage::Stopped
                   ? totals
                   : tr("%1 (bytes are counted by the children, not the parent)").arg(totals);
    }
    }
    return QString::fromStdString(e.text);
}

} // namespace sockscope
