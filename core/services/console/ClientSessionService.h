#pragma once
// One client console session for a Qt front end. Every socket call (getaddrinfo, connect, send,
// recv, shutdown, close) runs on the session's own worker QThread; results come back by signals.
// Received data is read as it arrives when auto-receive is on and delivered in batches at a steady
// rate (never one signal per recv), with a cap per batch that pauses reading until the batch is
// taken: a fast peer is slowed by TCP flow control instead of flooding the GUI. The data path is
// counted, and journalled only for its first calls plus a periodic summary.

#include "ClientSession.h"
#include "SendSequence.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace sockscope {

// TLS over a stream session: what the TLS box asks for.
struct ClientTlsOptions {
    bool enabled = false;
    QString serverName; // SNI and the name checked; empty: the host field (none for unix)
    QString alpn;       // "h2,http/1.1"; empty: none offered
    QString caFile;     // empty: the system store
    bool insecure = false; // go on when the certificate does not verify (the result is still shown)
    QString certFile;   // a client certificate and its key, for servers that ask
    QString keyFile;
};

// UDP: what open() does before (and instead of) connect(), from the broadcast & multicast box.
struct ClientDatagramSetup {
    bool broadcast = false; // SO_BROADCAST before connect(), which refuses a broadcast address without it
    int bindPort = 0;       // bind to this port on the wildcard address first (a group's port); 0: none
    bool connect = true;    // false: no connect(), send() is sendto(the target), recvfrom() takes any sender
};

// A broadcast or multicast option set, a group joined or left, or a plain read: what getsockopt says
// afterwards and the memberships held.
struct ClientDatagramReport {
    QString field;          // "broadcast", "interface", "ttl", "loop", "join", "leave"; empty: a read
    bool ok = true;
    QString errnoSymbol;
    QString message;        // a failure in plain words (or the kernel's adjustment); empty when kept as asked
    bool v6 = false;        // the option names of IPv6 (IPV6_MULTICAST_HOPS …)
    int broadcast = -1;     // read back; -1: unknown
    int ttl = -1;
    int loop = -1;
    QString interface;
    QStringList groups;     // "239.1.2.3", "232.1.2.3 from 192.0.2.1", "ff12::1 on lo"
};

struct ClientConnectRequest {
    ClientTransport transport = ClientTransport::Tcp;
    QString host;     // name or numeric address (tcp, udp)
    int port = 0;
    QString path;     // unix: a path or @name
    int timeoutMs = 5000;
    ClientTlsOptions tls;
    ClientDatagramSetup udp;
};

struct ClientConnectOutcome {
    bool ok = false;
    QString message;  // plain English from core, with the errno symbol
    QString errnoSymbol;
    QString local;    // getsockname()
    QString peer;     // getpeername()
    quint64 socketId = 0;
    // TLS: asked for, and then what the handshake agreed (or, when it failed, what the server sent).
    bool tls = false;
    QString tlsField;       // a refused setting: "alpn", "cafile", "cert", "key", "version"
    TlsSetupError tlsSetup; // that refusal as a key: TlsMessages::setupFailure words it
    QString tlsServerName;  // the name the certificate was checked against
    TlsSummary tlsSummary;
    VerifyFailure tlsVerifyFailure;
    bool broadcastRefused = false; // UDP connect() gave EACCES: a broadcast address with SO_BROADCAST off
};

struct ClientChunk {
    qint64 timeUs = 0;     // wall clock, microseconds since the epoch
    bool outgoing = false;
    QByteArray bytes;
    QString from;          // recvfrom's sender (datagrams)
    QString note;          // "truncated: 1400 bytes", "MSG_OOB", "MSG_PEEK", "sent 3 of 10"
    qint64 unshownBytes = 0; // sent but not carried here (a long repeat's summary): for the totals only
    bool summary = false;    // no bytes of its own: the note says what happened (a repeat's end)
};

struct ClientIoError {
    QString call;          // "send", "recv", "shutdown"…
    QString errnoSymbol;   // "ECONNRESET"
    QString message;       // "recv failed: ECONNRESET — Connection reset by peer"
    bool sigpipe = false;  // the kernel raised SIGPIPE with it (the session caught it)
    bool broadcastRefused = false; // EACCES on UDP: a broadcast destination with SO_BROADCAST off
};

class ClientSessionWorker;

// What the caller's thread and the session's worker share, without a lock.
struct ClientSessionLink {
    std::atomic<bool> busy{false};          // the worker is in (or entering) a call that may block
    std::atomic<bool> cancelConnect{false}; // a connect() waiting in poll() gives up
    std::atomic<unsigned> closesAsked{0};   // close/abort requests made; the worker counts those it ran
    std::atomic<quint64> socketId{0};       // the open socket's registry id (0: none), kept by the worker
    std::atomic<unsigned> stopsAsked{0};    // Stop pressed: a repeat's burst looks at it between messages
};

class ClientSessionService : public QObject {
    Q_OBJECT
public:
    static constexpr int batchIntervalMs = 50;
    static constexpr qsizetype batchByteCap = 256 * 1024; // per interval; reading pauses above it
    static constexpr int journalledDataCalls = 16;
    static constexpr int maxRepeat = SendSequence::maxRounds;
    // A repeat shows its first messages in the transcript, then counts the rest into one summary.
    static constexpr int shownRepeatMessages = 16;
    // At 0 ms apart a repeat sends in bursts (this many messages or this long), then lets the
    // event loop in, so Stop, close and received data are not held up.
    static constexpr int burstMessages = 4096;
    static constexpr int burstMs = 5;
    static constexpr int progressIntervalMs = 100; // repeatProgress at most ten times a second
    static constexpr qint64 maxFileBytes = 64ll << 20;

    explicit ClientSessionService(int number, QObject* parent = nullptr);
    ~ClientSessionService() override; // closes the socket and joins the worker

    void connectTo(const sockscope::ClientConnectRequest& request);
    // Auto-receive: recv(size) whenever data is there. Off: only receiveOnce() reads.
    void setAutoReceive(bool on, int size);
    // send() or, with a target ("127.0.0.1:7007", "unix:@name"), sendto(); `repeat` times, `intervalMs` apart.
    void send(const QByteArray& bytes, int flags, const QString& target = {}, int repeat = 1, int intervalMs = 0);
    // Each message of the sequence in order, all of them `rounds` times, `intervalMs` between two messages.
    void sendSequence(const sockscope::SendSequence& sequence, const QString& target = {});
    // A sendto target send() accepts: "127.0.0.1:7008", "[::1]:7008", "unix:/path" or "unix:@name" (no call made).
    static bool isValidTarget(const QString& target);
    void stopRepeating();
    void sendFile(const QString& path, int flags);
    void receiveOnce(int size, int flags);
    void shutdownSocket(int how);
    void closeSocket();
    void abortSocket();
    // UDP broadcast and multicast, on the open socket: each answers with datagramReport.
    void setBroadcast(bool on);
    void setMulticastInterface(const QString& text);
    void setMulticastTtl(int ttl);
    void setMulticastLoop(bool on);
    void joinGroup(const QString& group, const QString& source, const QString& interface);
    void leaveGroup(const QString& group, const QString& source, const QString& interface);
    void readDatagramOptions();
    // The words for EACCES on a UDP send or connect to a broadcast address without SO_BROADCAST.
    static QString broadcastRefusedWords();

    bool isConnected() const { return connected_; }
    quint64 socketId() const { return socketId_; }
    // Why this side can no longer send (our shutdown for writing, or EPIPE); empty while it can.
    QString sendingClosedReason() const { return sendingClosed_; }

signals:
    void connected(const sockscope::ClientConnectOutcome& outcome);
    void chunks(const QList<sockscope::ClientChunk>& batch);
    // A call done on request: "shutdown(fd, SHUT_WR) = 0" and what the peer now sees.
    void callDone(const QString& summary);
    void ioError(const sockscope::ClientIoError& error);
    // The peer closed its side (recv returned 0) or the socket was closed here.
    void peerClosed();
    void socketClosed();
    // A repeat's live count, ten times a second at most, and once at its end.
    void repeatProgress(qint64 sent, qint64 total);
    void repeatFinished(qint64 sent);
    // This side can no longer send: sendingClosedReason() says why.
    void sendingClosed();
    void datagramReport(const sockscope::ClientDatagramReport& report);

private:
    // A blocking call on the worker (a manual recv with MSG_WAITALL, a send to a full peer) returns
    // at once after shutdown(); closing does that first when the worker is busy (SHUT_RDWR), aborting
    // with SHUT_RD, which ends a waiting recv() without sending a FIN before the RST.
    void wakeBlockedCall(int how);
    // Counts a close or abort as asked before queueing it, so the worker skips blocking calls meanwhile.
    void askToClose(bool abortive);

    QThread thread_;
    ClientSessionWorker* worker_;
    std::shared_ptr<ClientSessionLink> link_;
    bool connected_ = false;
    quint64 socketId_ = 0;
    QString sendingClosed_;
};

class ClientSessionWorker : public QObject {
    Q_OBJECT
public:
    ClientSessionWorker(int number, std::shared_ptr<ClientSessionLink> link);
    ~ClientSessionWorker() override;
public slots:
    void connectTo(const sockscope::ClientConnectRequest& request);
    void setAutoReceive(bool on, int size);
    void sendSequence(const sockscope::SendSequence& sequence, const QString& target);
    void stopRepeating();
    void sendFile(const QString& path, int flags);
    void receiveOnce(int size, int flags);
    void shutdownSocket(int how);
    void closeSocket();
    void abortSocket();
    void setDatagramOption(const QString& field, const QString& value);
    void changeMembership(bool join, const QString& group, const QString& source, const QString& interface);
signals:
    void connected(const sockscope::ClientConnectOutcome& outcome);
    void chunks(const QList<sockscope::ClientChunk>& batch);
    void callDone(const QString& summary);
    void ioError(const sockscope::ClientIoError& error);
    void peerClosed();
    void socketClosed();
    void repeatProgress(qint64 sent, qint64 total);
    void repeatFinished(qint64 sent);
    void sendingClosed(const QString& reason);
    void datagramReport(const sockscope::ClientDatagramReport& report);

private:
    // getsockopt of the four options and the groups held, into `report`.
    void fillDatagramReport(ClientDatagramReport& report);
    // TLS over the new connection (request.tls): false, with `outcome` saying why, when it failed.
    bool startTls(const ClientConnectRequest& request, ClientConnectOutcome& outcome);
    void onReadable();
    // One recv (SSL_read under TLS); false when reading stops here (nothing more, an error, the end).
    bool readOnce();
    // Reads what is waiting (auto-receive on) between the pieces of a long send.
    void drainReadable();
    static constexpr std::size_t sendPiece = 64 * 1024;
    void flush();
    // A repeat's next message (T > 0) or burst of messages (T = 0).
    void sendBurst();
    // One message of the repeat; false when an error ends the repeat.
    bool sendRepeatMessage();
    // A stream socket with room for more (never blocks): a full one is waited for in the event loop.
    bool writable() const;
    bool sendAll(const std::string& bytes, int flags, const SocketAddress* to, qsizetype& sentOut);
    // What recv/recvfrom returned, as a transcript chunk stamped now.
    ClientChunk receivedChunk(const ClientRecvResult& r) const;
    void addChunk(ClientChunk chunk);
    void reportError(const char* call, int err, bool sigpipe = false);
    // SSL_read/SSL_write failed: OpenSSL's words instead of an errno.
    void reportTlsError(const char* call, const std::string& words);
    void stopReading();
    void updateNotifier();
    bool journalDataCall();
    void closeNow(bool abortive);
    // Marks the worker busy, then looks for a close asked meanwhile. Either the caller sees busy and
    // shuts the socket down (the call then returns at once), or this sees the close and the call is
    // skipped: a close is never lost behind a call that waits. False: skip the call.
    bool beginBlockingCall();
    void endBlockingCall() { link_->busy.store(false); }
    // A close or abort is queued behind the running call (which its shutdown() may have ended).
    bool closeAsked() const { return link_->closesAsked.load() != closesRun_; }

    ClientSession session_;
    std::shared_ptr<ClientSessionLink> link_;
    unsigned closesRun_ = 0; // close/abort requests handled, against link_->closesAsked
    QSocketNotifier* notifier_ = nullptr;
    QTimer* flushTimer_ = nullptr;
    QTimer* repeatTimer_ = nullptr;
    bool autoReceive_ = true;
    int recvSize_ = 4096;
    QList<ClientChunk> pending_;
    qsizetype pendingBytes_ = 0;
    int dataCalls_ = 0;            // data-path calls since connect
    int unjournalled_ = 0;         // counted since the last summary
    QElapsedTimer summaryClock_;   // one summary line a second at most
    static constexpr int summaryIntervalMs = 1000;
    // The repeat in progress.
    struct RepeatItem {
        std::string bytes;
        int flags = 0;
    };
    std::vector<RepeatItem> repeatItems_;
    bool repeating_ = false;
    bool repeatHasTarget_ = false;
    SocketAddress repeatTarget_;
    int repeatIntervalMs_ = 0;
    qint64 repeatTotal_ = 0;   // messages asked for
    qint64 repeatDone_ = 0;    // messages tried
    qint64 repeatSent_ = 0;    // messages that went (all or part of their bytes)
    qint64 repeatHidden_ = 0;  // sent but not shown in the transcript
    qint64 repeatHiddenBytes_ = 0;
    int repeatJournalLeft_ = 0;   // the repeat's first sends are journalled, the rest counted
    unsigned repeatStopBase_ = 0; // link_->stopsAsked when the repeat began
    QElapsedTimer progressClock_;
};

} // namespace sockscope

Q_DECLARE_METATYPE(sockscope::ClientConnectRequest)
Q_DECLARE_METATYPE(sockscope::ClientConnectOutcome)
Q_DECLARE_METATYPE(sockscope::ClientChunk)
Q_DECLARE_METATYPE(sockscope::ClientIoError)
Q_DECLARE_METATYPE(sockscope::ClientDatagramReport)
