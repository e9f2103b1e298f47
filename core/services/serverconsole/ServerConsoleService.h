#pragma once
// One server console session for a Qt front end: a ServerSession driven by its own worker QThread,
// which sleeps in the session's poll() and is woken for each command. Results come back by signals:
// started or failed, peers joined and left, data in batches (one signal per interval at most, never
// one per recv), the calls the user asked for. Reading is bounded: when the batches already sent
// outweigh what the GUI has taken (inFlightCap), read interest is switched off for every peer, the
// bytes wait in the kernel and TCP's flow control slows the senders. Automatic replies run on the
// worker, capped per peer by AutoReplyBudget. With TLS (ServerListenRequest::tls) the worker makes the
// server context first (tlsPrepared), drives each client's handshake in the same loop and drops one
// that fails or stalls with the cause (peerLeft); SIGPIPE is blocked on the worker, as SSL_write
// writes with write().

#include "AutoReplyRules.h"
#include "ClientSessionService.h"
#include "SendSequence.h"
#include "ServerSession.h"
#include "ServerTlsSetup.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>

namespace sockscope {

struct ServerListenRequest {
    ServerConfig config;
    bool manualAccept = false; // connections wait in the backlog until accept() is asked for
    ServerTlsRequest tls;      // streams: TLS on every accepted connection
    int tlsHandshakeTimeoutMs = 10000;
};

struct ServerListenOutcome {
    bool ok = false;
    QString failedCall;   // "bind", "listen", "sockaddr_un", "inet_pton"…
    QString errnoSymbol;  // "EADDRINUSE"
    QString message;      // plain words from core
    QString bound;        // getsockname() after bind
    int v6Only = -1;      // IPV6_V6ONLY as set; -1: not an IPv6 socket
    bool staleSocketFile = false;
    quint64 listenerSocketId = 0;
};

struct ServerPeerState {
    quint64 id = 0;
    quint64 socketId = 0;  // RegisteredSocket id (streams); 0 for datagram peers
    QString address;
    bool canReply = true;
    bool eofSeen = false, readShut = false, writeShut = false;
    bool failed = false;   // recv() failed (ECONNRESET…): nothing more comes from it
    quint64 bytesIn = 0, bytesOut = 0;
    PeerTls tls = PeerTls::None;
    TlsSummary tlsSummary;  // Established: version, cipher, ALPN, the client's certificate if it sent one
};

// One piece of a peer's transcript.
struct ServerChunk {
    quint64 peer = 0;
    ClientChunk chunk;     // outgoing for what we sent; note says "auto-reply (rule 2)"
    bool autoReply = false;
};

struct ServerCounters {
    quint64 accepted = 0, refused = 0, forgotten = 0, truncated = 0;
    quint64 bytesIn = 0, bytesOut = 0;
    quint64 autoReplies = 0;
    quint64 autoRepliesStopped = 0; // over the rate cap: counted, not sent
    quint64 readPauses = 0;         // times reading was paused because the GUI fell behind
    int pendingConnections = -1;    // manual accept: the listener's Recv-Q (sock_diag); -1 unknown
    quint64 tlsHandshakes = 0;      // TLS handshakes finished
    quint64 tlsFailed = 0;          // TLS handshakes that failed or stalled (those clients were dropped)
    QString lastTlsFailure;         // the newest of those: which client, and why
};

class ServerConsoleWorker;
struct ServerConsoleLink;

class ServerConsoleService : public QObject {
    Q_OBJECT
public:
    static constexpr int batchIntervalMs = 50;
    static constexpr qsizetype inFlightCap = 1 << 20;   // bytes sent to the GUI not yet taken
    static constexpr std::size_t recvSize = 64 * 1024;
    static constexpr int readsPerPeerPerTurn = 4;
    static constexpr int datagramsPerTurn = 256;
    static constexpr int acceptsPerTurn = 64;
    static constexpr int journalledDataCalls = 16;
    // A repeat as in the client console: the first messages shown, bursts at 0 ms, a live count.
    static constexpr int shownRepeatMessages = 16;
    static constexpr int burstMessages = 4096;
    static constexpr int burstMs = 5;
    static constexpr int progressIntervalMs = 100;

    explicit ServerConsoleService(int number = 1, QObject* parent = nullptr);
    ~ServerConsoleService() override; // stops the session and joins the worker

    void start(const sockscope::ServerListenRequest& request);
    void stop();
    // Manual accept: accept4() the next waiting connection.
    void acceptOne();
    void setManualAccept(bool manual);
    // peer 0: every peer that can be answered.
    void send(quint64 peer, const QByteArray& bytes);
    // The sequence's messages in order, `rounds` times, `intervalMs` apart, to `peer` (0: every peer
    // that can be answered, each message to each). The server's sends use MSG_DONTWAIT | MSG_NOSIGNAL:
    // the items' own flags are not used here.
    void sendSequence(quint64 peer, const sockscope::SendSequence& sequence);
    void stopRepeating();
    void shutdownPeer(quint64 peer, int how);
    void closePeer(quint64 peer);
    void resetPeer(quint64 peer);
    // UDP: group text, optional source (IPv4 source-specific) and interface.
    void join(const QString& group, const QString& source, const QString& interface);
    void leave(const QString& group, const QString& source, const QString& interface);
    // UDP: SO_BROADCAST on the bound socket, so replies may go to a broadcast address; answered with
    // callDone and broadcastChanged (the value getsockopt reads back).
    void setBroadcast(bool on);
    // Checked rules (AutoReplyRules::setRules); an empty list turns automatic replies off.
    void setAutoReplies(const sockscope::AutoReplyRules& rules);

    bool isListening() const { return listening_; }
    quint64 listenerSocketId() const { return listenerSocketId_; }
    bool isStream() const { return stream_; }

signals:
    void started(const sockscope::ServerListenOutcome& outcome);
    void stopped();
    void peerJoined(const sockscope::ServerPeerState& peer);
    void peerLeft(quint64 peer, const QString& why);
    // Peers whose counts or state changed since the last batch.
    void peersChanged(const QList<sockscope::ServerPeerState>& peers);
    void data(const QList<sockscope::ServerChunk>& batch);
    void countersChanged(const sockscope::ServerCounters& counters);
    // A call the user asked for: "shutdown(5, SHUT_WR) = 0" and what the peer sees, or why it failed.
    void callDone(quint64 peer, const QString& summary, bool ok);
    void groupsChanged(const QStringList& groups);
    // With TLS asked for: the certificate served, or why there is none (then started() reports the failure).
    void tlsPrepared(const sockscope::ServerTlsOutcome& outcome);
    void broadcastChanged(int value);
    // A repeat's live count, ten times a second at most and at its end; then the messages sent.
    void repeatProgress(qint64 sent, qint64 total);
    void repeatFinished(qint64 sent);

private:
    void post(std::function<void(ServerConsoleWorker&)> command);

    QThread thread_;
    ServerConsoleWorker* worker_;
    std::shared_ptr<ServerConsoleLink> link_;
    bool listening_ = false;
    bool stream_ = true;
    quint64 listenerSocketId_ = 0;
};

// What the GUI thread and the worker share.
struct ServerConsoleLink {
    std::mutex mutex;
    std::deque<std::function<void(ServerConsoleWorker&)>> commands;
    std::atomic<bool> quit{false};
    std::atomic<qint64> inFlight{0}; // bytes of batches emitted and not yet delivered on the GUI thread
    std::atomic<unsigned> stopsAsked{0}; // Stop pressed: a repeat's burst looks at it between messages
    ServerSession* session = nullptr; // for wake(), valid while the thread runs
};

class ServerConsoleWorker : public QObject {
    Q_OBJECT
public:
    ServerConsoleWorker(int number, std::shared_ptr<ServerConsoleLink> link);
    ~ServerConsoleWorker() override;

    // The worker's loop: returns when the link says quit.
    Q_INVOKABLE void run();

    void start(const ServerListenRequest& request);
    void stop(bool report);
    void acceptOne();
    void setManualAccept(bool manual);
    void send(quint64 peer, const QByteArray& bytes);
    void sendSequence(quint64 peer, const SendSequence& sequence);
    void stopRepeating(const QString& why = {});
    void shutdownPeer(quint64 peer, int how);
    void closePeer(quint64 peer);
    void resetPeer(quint64 peer);
    void membership(bool join, const QString& group, const QString& source, const QString& interface);
    void setBroadcast(bool on);
    void setAutoReplies(const AutoReplyRules& rules);

signals:
    void started(const sockscope::ServerListenOutcome& outcome);
    void stopped();
    void peerJoined(const sockscope::ServerPeerState& peer);
    void peerLeft(quint64 peer, const QString& why);
    void peersChanged(const QList<sockscope::ServerPeerState>& peers);
    void data(const QList<sockscope::ServerChunk>& batch, qint64 bytes);
    void countersChanged(const sockscope::ServerCounters& counters);
    void callDone(quint64 peer, const QString& summary, bool ok);
    void groupsChanged(const QStringList& groups);
    void tlsPrepared(const sockscope::ServerTlsOutcome& outcome);
    void broadcastChanged(int value);
    void repeatProgress(qint64 sent, qint64 total);
    void repeatFinished(qint64 sent);

private:
    // The repeat in progress: one message at a time to every target, a short send's tail first.
    struct Repeat {
        bool active = false;
        quint64 peer = 0;               // 0: every peer
        std::vector<QByteArray> items;
        qint64 total = 0, done = 0, sent = 0, hidden = 0;
        int intervalMs = 0;
        qint64 nextDueMs = 0;
        qint64 lastProgressMs = 0;
        unsigned stopBase = 0;
        std::map<quint64, QByteArray> rest;        // per peer: what a full buffer left of the message
        std::map<quint64, qint64> hiddenBytes;     // per peer: sent but not shown
        QSet<quint64> failed;                      // peers whose send failed: left out from then on
    };
    void runRepeat();
    // The tails left by short sends; false while some remain.
    bool sendRepeatRest();
    // One piece of the repeat to one peer: shown for the first messages, counted after.
    void sendRepeatBytes(quint64 peer, const QByteArray& bytes);
    QList<quint64> repeatTargets() const;
    struct Delayed {
        qint64 dueMs;
        quint64 peer;
        QByteArray bytes;
        int rule;
    };
    void runCommands();
    void acceptPending();
    void readPeer(quint64 peer);
    void readDatagrams();
    void received(quint64 peer, const ServerRecvResult& r);
    void sendBytes(quint64 peer, const QByteArray& bytes, bool automatic, int rule, bool journal = true);
    void sendDue();
    void flush(bool force);
    void updateReadInterest();
    void updatePendingConnections();
    void touched(quint64 peer);
    void forget(quint64 peer, const QString& why);
    ServerPeerState state(quint64 peer) const;
    void emitGroups();
    bool prepareTls(const ServerListenRequest& request, ServerConfig& config, ServerListenOutcome& outcome);
    void advanceHandshake(quint64 peer);
    void dropStalledHandshakes();
    void tlsLeft(quint64 peer, const ServerHandshakeResult& h);
    bool journalData();
    int nextTimeoutMs() const;

    int number_;
    std::shared_ptr<ServerConsoleLink> link_;
    std::unique_ptr<ServerSession> session_;
    bool manualAccept_ = false;
    AutoReplyRules rules_;
    AutoReplyBudget budget_;
    std::deque<Delayed> delayed_;
    QList<ServerChunk> pending_;
    qsizetype pendingBytes_ = 0;
    QList<quint64> touched_;
    QSet<quint64> touchedSet_;
    QSet<quint64> failed_;
    QSet<quint64> known_;
    ServerCounters counters_;
    bool countersDirty_ = false;
    bool readPaused_ = false;
    qint64 lastFlushMs_ = 0;
    qint64 lastDiagMs_ = 0;
    int dataCalls_ = 0;
    Repeat repeat_;
};

} // namespace sockscope

Q_DECLARE_METATYPE(sockscope::ServerListenRequest)
Q_DECLARE_METATYPE(sockscope::ServerListenOutcome)
Q_DECLARE_METATYPE(sockscope::ServerPeerState)
Q_DECLARE_METATYPE(sockscope::ServerChunk)
Q_DECLARE_METATYPE(sockscope::ServerCounters)
