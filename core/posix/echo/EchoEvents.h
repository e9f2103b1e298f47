#pragma once
// The server log: accepts, closes, refusals, errors and pauses, in a bounded buffer that any thread
// writes and the front end drains. Per-message I/O never comes here; it is counted.
//
// An event is a key with its arguments, so each front end words it in its own language: the English
// text (for the CLI, which is never translated) is made here by echoEventEnglish(); the GUI translates
// the key in core/services/echo/EchoMessages.

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace sockscope {

// What happened. The arguments, in order, are listed beside each key.
enum class EchoMessage {
    ListeningThread,  // address, transport
    ListeningFork,    // address, transport
    ListeningReactor, // address, transport, poller, workers
    Connected,        // peer
    ConnectedChild,   // peer, child pid
    Disconnected,     // peer, bytes in, bytes out, idle limit in ms (for CloseReason::IdleFor), TLS words
                      // (for the Tls* reasons: OpenSSL's cause, in English); reason, err
    Refused,          // peer, maximum connections
    AcceptRetrying,   // errno text (retried after 100 ms)
    AcceptPausedFor,  // errno text, pause in ms
    AcceptResumed,    // (none)
    AcceptFailed,     // errno text
    ForkFailed,       // errno text
    WaitFailed,       // poller name, errno text
    RecvfromFailed,   // errno text
    Truncated,        // datagram length, buffer size
    Stopped,          // connections, bytes in, bytes out, errors
    StoppedFork,      // as Stopped (the children count the bytes, not the parent)
};

// Why a connection ended (EchoMessage::Disconnected).
enum class EchoCloseReason {
    None, ClosedByPeer, ResetByPeer, RecvFailed, SendFailed, IdleTimeout, IdleFor, ClosedByUser, ResetByUser,
    ServerStopping,
    TlsHandshakeFailed,     // "TLS handshake failed: <cause>"
    TlsClosedByPeer,        // the client's close_notify, then ours
    TlsClosedWithoutNotify, // the client's FIN with no close_notify first
    TlsReadFailed,          // "SSL_read failed: <cause>"
    TlsWriteFailed,         // "SSL_write failed: <cause>"
};

struct EchoEvent {
    enum class Kind { Started, Connected, Disconnected, Refused, Error, AcceptPaused, AcceptResumed, Truncated, Stopped };
    Kind kind = Kind::Started;
    std::int64_t timeUs = 0;     // wall clock
    std::uint64_t connection = 0;
    EchoMessage message = EchoMessage::ListeningThread;
    std::vector<std::string> args;
    EchoCloseReason reason = EchoCloseReason::None;
    int err = 0;
    std::string text;            // in English: "connected from 127.0.0.1:54321"
};

// The reason in English, as the close() comment in the journal and the English log say it.
std::string echoCloseReasonEnglish(EchoCloseReason reason, const std::string& idleMs = {},
                                   const std::string& tlsWords = {});
// The event in English (errno text included for a Disconnected with an error).
std::string echoEventEnglish(const EchoEvent& e);

class EchoEventLog {
public:
    explicit EchoEventLog(std::size_t capacity = 2000) : capacity_(capacity) {}
    void push(EchoEvent::Kind kind, EchoMessage message, std::vector<std::string> args, std::uint64_t connection = 0,
              int err = 0, EchoCloseReason reason = EchoCloseReason::None);
    // Everything since the last drain, and how many were dropped for lack of room.
    std::vector<EchoEvent> drain(std::uint64_t* dropped = nullptr);

private:
    std::mutex mutex_;
    std::deque<EchoEvent> events_;
    std::size_t capacity_;
    std::uint64_t dropped_ = 0;
};

} // namespace sockscope
