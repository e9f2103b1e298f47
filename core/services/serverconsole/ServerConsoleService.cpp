#include "ServerConsoleService.h"

#include "CallJournal.h"
#include "DatagramOptions.h"
#include "ErrnoInfo.h"
#include "MulticastMembership.h"
#include "SigpipeCatcher.h"
#include "SocketTable.h"
#include "TlsMessages.h"

#include <QDateTime>
#include <QMetaObject>

#include <sys/socket.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <chrono>

namespace sockscope {

namespace {

void registerMetaTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<sockscope::ServerListenRequest>();
        qRegisterMetaType<sockscope::ServerListenOutcome>();
        qRegisterMetaType<sockscope::ServerPeerState>();
        qRegisterMetaType<QList<sockscope::ServerPeerState>>();
        qRegisterMetaType<sockscope::ServerChunk>();
        qRegisterMetaType<QList<sockscope::ServerChunk>>();
        qRegisterMetaType<sockscope::ServerCounters>();
        qRegisterMetaType<sockscope::ServerTlsOutcome>();
        qRegisterMetaType<sockscope::SendSequence>();
    });
}

qint64 wallUs() { return QDateTime::currentMSecsSinceEpoch() * 1000; }

qint64 steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

QString qs(const std::string& s) { return QString::fromStdString(s); }

const char* howSymbol(int how) { return how == SHUT_RD ? "SHUT_RD" : how == SHUT_WR ? "SHUT_WR" : "SHUT_RDWR"; }

QString shutdownWords(int how)
{
    switch (how) {
    case SHUT_RD:
        return ServerConsoleWorker::tr("nothing is sent: the client is not told and may go on sending; our recv() "
                                       "returns 0 from now on");
    case SHUT_WR:
        return ServerConsoleWorker::tr("the client receives a FIN: its recv() returns 0 once it has read everything; "
                                       "it can still send to us");
    default:
        return ServerConsoleWorker::tr("the client receives a FIN and its recv() returns 0; what it sends afterwards "
                                       "is answered with a RST");
    }
}

} // namespace

// ---- the service, on the caller's thread ----

ServerConsoleService::ServerConsoleService(int number, QObject* parent)
    : QObject(parent), link_(std::make_shared<ServerConsoleLink>())
{
    registerMetaTypes();
    worker_ = new ServerConsoleWorker(number, link_);
    thread_.setObjectName(QStringLiteral("server-%1").arg(number));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &ServerConsoleWorker::started, this, [this](const ServerListenOutcome& o) {
        listening_ = o.ok;
        listenerSocketId_ = o.ok ? o.listenerSocketId : 0;
        emit started(o);
    });
    connect(worker_, &ServerConsoleWorker::stopped, this, [this] {
        listening_ = false;
        listenerSocketId_ = 0;
        emit stopped();
    });
    connect(worker_, &ServerConsoleWorker::peerJoined, this, &ServerConsoleService::peerJoined);
    connect(worker_, &ServerConsoleWorker::peerLeft, this, &ServerConsoleService::peerLeft);
    connect(worker_, &ServerConsoleWorker::peersChanged, this, &ServerConsoleService::peersChanged);
    connect(worker_, &ServerConsoleWorker::data, this, [this](const QList<ServerChunk>& batch, qint64 bytes) {
        emit data(batch);
        // Taken: the worker may read again once what is in flight falls under the cap.
        if (link_->inFlight.fetch_sub(bytes) - bytes < inFlightCap / 2 && link_->session)
            link_->session->wake();
    });
    connect(worker_, &ServerConsoleWorker::countersChanged, this, &ServerConsoleService::countersChanged);
    connect(worker_, &ServerConsoleWorker::callDone, this, &ServerConsoleService::callDone);
    connect(worker_, &ServerConsoleWorker::repeatProgress, this, &ServerConsoleService::repeatProgress);
    connect(worker_, &ServerConsoleWorker::repeatFinished, this, &ServerConsoleService::repeatFinished);
    connect(worker_, &ServerConsoleWorker::groupsChanged, this, &ServerConsoleService::groupsChanged);
    connect(worker_, &ServerConsoleWorker::tlsPrepared, this, &ServerConsoleService::tlsPrepared);
    // SSL_write and SSL_shutdown write with write(), not send(MSG_NOSIGNAL): a client gone must not end the process.
    connect(&thread_, &QThread::started, worker_, [] { blockSigpipeInEveryThread(); }, Qt::DirectConnection);
    connect(worker_, &ServerConsoleWorker::broadcastChanged, this, &ServerConsoleService::broadcastChanged);
    thread_.start();
    QMetaObject::invokeMethod(worker_, "run", Qt::QueuedConnection);
}

ServerConsoleService::~ServerConsoleService()
{
    link_->quit.store(true);
    link_->session->wake();
    thread_.quit();
    thread_.wait();
}

void ServerConsoleService::post(std::function<void(ServerConsoleWorker&)> command)
{
    {
        const std::lock_guard<std::mutex> lock(link_->mutex);
        link_->commands.push_back(std::move(command));
    }
    link_->session->wake();
}

void ServerConsoleService::start(const ServerListenRequest& request)
{
    stream_ = sockscope::isStream(request.config.transport);
    post([request](ServerConsoleWorker& w) { w.start(request); });
}

void ServerConsoleService::stop() { post([](ServerConsoleWorker& w) { w.stop(true); }); }
void ServerConsoleService::acceptOne() { post([](ServerConsoleWorker& w) { w.acceptOne(); }); }
void ServerConsoleService::setManualAccept(bool manual) { post([manual](ServerConsoleWorker& w) { w.setManualAccept(manual); }); }
void ServerConsoleService::send(quint64 peer, const QByteArray& bytes)
{
    post([peer, bytes](ServerConsoleWorker& w) { w.send(peer, bytes); });
}
void ServerConsoleService::sendSequence(quint64 peer, const SendSequence& sequence)
{
    post([peer, sequence](ServerConsoleWorker& w) { w.sendSequence(peer, sequence); });
}
void ServerConsoleService::stopRepeating()
{
    link_->stopsAsked.fetch_add(1); // seen by a burst between two messages
    post([](ServerConsoleWorker& w) { w.stopRepeating(); });
}
void ServerConsoleService::shutdownPeer(quint64 peer, int how) { post([=](ServerConsoleWorker& w) { w.shutdownPeer(peer, how); }); }
void ServerConsoleService::closePeer(quint64 peer) { post([peer](ServerConsoleWorker& w) { w.closePeer(peer); }); }
void ServerConsoleService::resetPeer(quint64 peer) { post([peer](ServerConsoleWorker& w) { w.resetPeer(peer); }); }
void ServerConsoleService::join(const QString& group, const QString& source, const QString& interface)
{
    post([=](ServerConsoleWorker& w) { w.membership(true, group, source, interface); });
}
void ServerConsoleService::setBroadcast(bool on)
{
    post([on](ServerConsoleWorker& w) { w.setBroadcast(on); });
}

void ServerConsoleService::leave(const QString& group, const QString& source, const QString& interface)
{
    post([=](ServerConsoleWorker& w) { w.membership(false, group, source, interface); });
}
void ServerConsoleService::setAutoReplies(const AutoReplyRules& rules)
{
    post([rules](ServerConsoleWorker& w) { w.setAutoReplies(rules); });
}

// ---- the worker, on the session's thread ----

ServerConsoleWorker::ServerConsoleWorker(int number, std::shared_ptr<ServerConsoleLink> link)
    : number_(number), link_(std::move(link)), session_(std::make_unique<ServerSession>(number))
{
    link_->session = session_.get();
}

ServerConsoleWorker::~ServerConsoleWorker()
{
    session_->stop();
}

void ServerConsoleWorker::run()
{
    while (!link_->quit.load()) {
        const ServerReadiness r = session_->wait(nextTimeoutMs());
        runCommands();
        if (link_->quit.load() || !session_->listening()) {
            flush(true);
            continue;
        }
        if (r.acceptable && !manualAccept_)
            acceptPending();
        for (const std::uint64_t peer : r.handshaking)
            advanceHandshake(peer);
        for (const std::uint64_t peer : r.writable)
            session_->flushTls(peer);
        dropStalledHandshakes();
        for (const std::uint64_t peer : r.readable)
            readPeer(peer);
        if (r.datagramReadable)
            readDatagrams();
        sendDue();
        runRepeat();
        updateReadInterest();
        if (manualAccept_)
            updatePendingConnections();
        flush(false);
    }
    session_->stop();
}

int ServerConsoleWorker::nextTimeoutMs() const
{
    int timeout = -1;
    const qint64 now = steadyMs();
    if (!pending_.isEmpty() || !touched_.isEmpty() || countersDirty_)
        timeout = int(std::max<qint64>(0, lastFlushMs_ + ServerConsoleService::batchIntervalMs - now));
    if (readPaused_)
        timeout = timeout < 0 ? ServerConsoleService::batchIntervalMs : std::min(timeout, ServerConsoleService::batchIntervalMs);
    if (manualAccept_ && session_->listening() && session_->stream())
        timeout = timeout < 0 ? 500 : std::min(timeout, 500);
    for (const Delayed& d : delayed_)
        timeout = timeout < 0 ? int(std::max<qint64>(0, d.dueMs - now)) : std::min<int>(timeout, int(std::max<qint64>(0, d.dueMs - now)));
    if (const int handshake = session_->nextHandshakeDeadlineMs(); handshake >= 0)
        timeout = timeout < 0 ? handshake : std::min(timeout, handshake);
    if (repeat_.active) {
        const int due = int(std::clamp<qint64>(repeat_.nextDueMs - now, 0, SendSequence::maxIntervalMs));
        timeout = timeout < 0 ? due : std::min(timeout, due);
    }
    return timeout;
}

void ServerConsoleWorker::runCommands()
{
    for (;;) {
        std::function<void(ServerConsoleWorker&)> command;
        {
            const std::lock_guard<std::mutex> lock(link_->mutex);
            if (link_->commands.empty())
                return;
            command = std::move(link_->commands.front());
            link_->commands.pop_front();
        }
        command(*this);
    }
}

void ServerConsoleWorker::start(const ServerListenRequest& request)
{
    if (session_->listening())
        stop(true);
    manualAccept_ = request.manualAccept;
    counters_ = ServerCounters{};
    budget_ = AutoReplyBudget();
    delayed_.clear();
    known_.clear();
    failed_.clear();
    dataCalls_ = 0;
    readPaused_ = false;
    ServerConfig config = request.config;
    if (request.tls.enabled && isStream(config.transport)) {
        ServerListenOutcome refused;
        if (!prepareTls(request, config, refused)) {
            emit started(refused);
            return;
        }
    }
    const ServerStartResult r = session_->start(config);
    ServerListenOutcome o;
    o.ok = r.ok;
    o.failedCall = qs(r.failedCall);
    o.errnoSymbol = r.err ? qs(errnoSymbol(r.err)) : QString();
    o.message = qs(r.message);
    o.staleSocketFile = r.staleSocketFile;
    o.v6Only = r.v6Only;
    if (r.ok) {
        o.bound = qs(r.bound.text());
        o.listenerSocketId = session_->listenerSocketId();
        session_->setAcceptInterest(!manualAccept_);
        counters_.pendingConnections = manualAccept_ && session_->stream() ? 0 : -1;
    }
    emit started(o);
    if (r.ok) {
        lastDiagMs_ = 0;
        emitGroups();
        countersDirty_ = true;
    }
}

void ServerConsoleWorker::stop(bool report)
{
    stopRepeating(tr("the server stopped"));
    const bool was = session_->listening();
    flush(true);
    for (const quint64 id : std::as_const(known_))
        emit peerLeft(id, tr("the server stopped"));
    known_.clear();
    session_->stop();
    delayed_.clear();
    if (was && report)
        emit stopped();
}

void ServerConsoleWorker::setManualAccept(bool manual)
{
    manualAccept_ = manual;
    session_->setAcceptInterest(!manual);
    counters_.pendingConnections = manual && session_->stream() ? counters_.pendingConnections : -1;
    countersDirty_ = true;
}

void ServerConsoleWorker::acceptPending()
{
    for (int i = 0; i < ServerConsoleService::acceptsPerTurn; ++i) {
        const ServerAcceptResult a = session_->accept();
        if (!a.ok && a.err == EAGAIN)
            break;
        if (!a.ok) {
            emit callDone(0, qs(a.message), false);
            break;
        }
        if (a.refused) {
            ++counters_.refused;
            countersDirty_ = true;
            continue;
        }
        known_.insert(a.peer);
        ++counters_.accepted;
        countersDirty_ = true;
        emit peerJoined(state(a.peer));
    }
}

void ServerConsoleWorker::acceptOne()
{
    if (!session_->listening() || !session_->stream()) {
        emit callDone(0, tr("accept() needs a listening stream socket: start a TCP or unix stream server first"), false);
        return;
    }
    const ServerAcceptResult a = session_->accept();
    if (!a.ok) {
        emit callDone(0, a.err == EAGAIN ? tr("accept4() = -1 EAGAIN: no connection is waiting in the backlog")
                                         : qs(a.message),
                      false);
        return;
    }
    if (a.refused) {
        ++counters_.refused;
        emit callDone(0, tr("accepted and closed at once: over the limit of peers"), false);
        return;
    }
    known_.insert(a.peer);
    ++counters_.accepted;
    countersDirty_ = true;
    lastDiagMs_ = 0; // the queue changed: read it again now
    emit peerJoined(state(a.peer));
    emit callDone(a.peer, tr("accept4() = a new socket for %1").arg(state(a.peer).address), true);
}

bool ServerConsoleWorker::journalData()
{
    return ++dataCalls_ <= ServerConsoleService::journalledDataCalls;
}

void ServerConsoleWorker::readPeer(quint64 peer)
{
    for (int i = 0; i < ServerConsoleService::readsPerPeerPerTurn; ++i) {
        const ServerRecvResult r = session_->receive(peer, ServerConsoleService::recvSize, journalData());
        if (r.result < 0) {
            if (r.err == EAGAIN || r.err == EWOULDBLOCK)
                return;
            // An error ends what this peer can send: stop polling it (it would stay readable for ever).
            session_->setReadInterest(peer, false);
            failed_.insert(peer);
            ServerChunk c;
            c.peer = peer;
            c.chunk.timeUs = wallUs();
            c.chunk.note = r.tlsMessage.empty() ? tr("recv() failed: %1").arg(qs(errnoDescription(r.err)))
                                                : tr("SSL_read() failed: %1").arg(qs(r.tlsMessage));
            pending_ << c;
            touched(peer);
            return;
        }
        if (r.peerClosed()) {
            ServerChunk c;
            c.peer = peer;
            c.chunk.timeUs = wallUs();
            c.chunk.note = state(peer).tls == PeerTls::None
                               ? tr("recv() = 0: the client closed its sending side (EOF)")
                           : r.closeNotify ? tr("SSL_read() = 0: the client ended TLS with close_notify (EOF)")
                                           : tr("SSL_read() = 0: the client closed the TCP connection without "
                                                "close_notify (EOF; a truncation attack would look the same)");
            pending_ << c;
            touched(peer);
            return;
        }
        received(peer, r);
        if (static_cast<std::size_t>(r.result) < ServerConsoleService::recvSize)
            return; // drained
    }
}

void ServerConsoleWorker::readDatagrams()
{
    for (int i = 0; i < ServerConsoleService::datagramsPerTurn; ++i) {
        const ServerRecvResult r = session_->receiveDatagram(ServerConsoleService::recvSize, journalData());
        if (r.result < 0) {
            if (r.err != EAGAIN && r.err != EWOULDBLOCK)
                emit callDone(0, tr("recvfrom() failed: %1").arg(qs(errnoDescription(r.err))), false);
            return;
        }
        if (r.newPeer) {
            known_.insert(r.peer);
            ++counters_.accepted;
            emit peerJoined(state(r.peer));
        }
        // Peers forgotten to stay under maxPeers leave the list too.
        if (session_->totals().forgotten > counters_.forgotten) {
            counters_.forgotten = session_->totals().forgotten;
            for (auto it = known_.begin(); it != known_.end();) {
                if (!session_->peer(*it)) {
                    emit peerLeft(*it, tr("forgotten: the list keeps the most recent datagram peers"));
                    it = known_.erase(it);
                } else {
                    ++it;
                }
            }
        }
        if (r.truncated)
            ++counters_.truncated;
        received(r.peer, r);
    }
}

void ServerConsoleWorker::received(quint64 peer, const ServerRecvResult& r)
{
    ServerChunk c;
    c.peer = peer;
    c.chunk.timeUs = wallUs();
    c.chunk.bytes = QByteArray(r.bytes.data(), static_cast<qsizetype>(r.bytes.size()));
    if (r.truncated)
        c.chunk.note = tr("truncated: the datagram had %1 bytes").arg(r.result);
    pendingBytes_ += c.chunk.bytes.size();
    countersDirty_ = true;
    touched(peer);
    const QByteArray bytes = c.chunk.bytes;
    pending_ << std::move(c);
    if (rules_.isEmpty())
        return;
    if (const auto a = rules_.answer(bytes)) {
        if (!budget_.take(peer, steadyMs())) {
            counters_.autoRepliesStopped = budget_.stopped();
            return;
        }
        if (a->delayMs > 0)
            delayed_.push_back({steadyMs() + a->delayMs, peer, a->bytes, a->rule});
        else
            sendBytes(peer, a->bytes, true, a->rule);
    }
}

void ServerConsoleWorker::sendDue()
{
    const qint64 now = steadyMs();
    for (auto it = delayed_.begin(); it != delayed_.end();) {
        if (it->dueMs <= now) {
            const Delayed d = *it;
            it = delayed_.erase(it);
            if (session_->peer(d.peer))
                sendBytes(d.peer, d.bytes, true, d.rule);
        } else {
            ++it;
        }
    }
}

void ServerConsoleWorker::sendBytes(quint64 peer, const QByteArray& bytes, bool automatic, int rule, bool journal)
{
    // The user's own sends are journalled; automatic ones are counted like the rest of the data path.
    const ServerSendResult s = session_->send(peer, std::string_view(bytes.constData(), std::size_t(bytes.size())), journal && !automatic);
    ServerChunk c;
    c.peer = peer;
    c.autoReply = automatic;
    c.chunk.timeUs = wallUs();
    c.chunk.outgoing = true;
    if (s.sent < 0) {
        c.chunk.note = s.err == EAGAIN
                           ? tr("send() = -1 EAGAIN: the client's receive window and our send buffer are full; "
                                "nothing was sent")
                           : !s.tlsMessage.empty() ? tr("SSL_write() failed: %1").arg(qs(s.tlsMessage))
                                                   : tr("send() failed: %1").arg(qs(errnoDescription(s.err)));
        if (!automatic)
            emit callDone(peer, c.chunk.note, false);
    } else {
        c.chunk.bytes = bytes.left(s.sent);
        QStringList notes;
        if (automatic) {
            notes << tr("auto-reply (rule %1)").arg(rule + 1);
            ++counters_.autoReplies;
        }
        if (s.sent < bytes.size())
            notes << tr("sent %1 of %2").arg(s.sent).arg(bytes.size());
        if (s.queued > 0)
            notes << tr("%1 bytes wait in the TLS session for the socket to take them").arg(s.queued);
        c.chunk.note = notes.join(QStringLiteral(", "));
    }
    pendingBytes_ += c.chunk.bytes.size();
    pending_ << std::move(c);
    countersDirty_ = true;
    touched(peer);
}

void ServerConsoleWorker::send(quint64 peer, const QByteArray& bytes)
{
    if (!session_->listening()) {
        emit callDone(peer, tr("the server is not running"), false);
        return;
    }
    if (peer != 0) {
        const auto p = session_->peer(peer);
        if (!p) {
            emit callDone(peer, tr("that client is gone"), false);
            return;
        }
        if (!p->canReply) {
            emit callDone(peer, tr("this datagram sender has no address to answer (an unnamed unix socket)"), false);
            return;
        }
        sendBytes(peer, bytes, false, -1);
        return;
    }
    int sent = 0;
    for (const ServerPeerInfo& p : session_->peers()) {
        if (!p.canReply || p.writeShut || p.tls == PeerTls::Handshaking || p.tls == PeerTls::Ended)
            continue;
        // A send to a thousand clients is one action: its first calls are journalled, the rest counted.
        sendBytes(p.id, bytes, false, -1, sent < ServerConsoleService::journalledDataCalls);
        ++sent;
    }
    emit callDone(0, tr("sent to %n client(s)", nullptr, sent), sent > 0);
}

void ServerConsoleWorker::sendSequence(quint64 peer, const SendSequence& sequence)
{
    stopRepeating();
    if (!session_->listening()) {
        emit callDone(peer, tr("the server is not running"), false);
        return;
    }
    if (sequence.items.isEmpty())
        return;
    if (peer != 0 && !session_->peer(peer)) {
        emit callDone(peer, tr("that client is gone"), false);
        return;
    }
    repeat_ = Repeat{};
    repeat_.active = true;
    repeat_.peer = peer;
    for (const SendItem& item : sequence.items.first(std::min<qsizetype>(sequence.items.size(), SendSequence::maxItems)))
        repeat_.items.push_back(item.bytes);
    repeat_.total = qint64(repeat_.items.size()) * std::clamp(sequence.rounds, 1, SendSequence::maxRounds);
    repeat_.intervalMs = std::clamp(sequence.intervalMs, 0, SendSequence::maxIntervalMs);
    repeat_.stopBase = link_->stopsAsked.load();
    repeat_.nextDueMs = steadyMs();
    repeat_.lastProgressMs = steadyMs();
    if (repeat_.total > 1)
        emit repeatProgress(0, repeat_.total);
    runRepeat();
}

QList<quint64> ServerConsoleWorker::repeatTargets() const
{
    QList<quint64> out;
    if (repeat_.peer != 0) {
        const auto p = session_->peer(repeat_.peer);
        if (p && p->canReply && !p->writeShut && !repeat_.failed.contains(repeat_.peer))
            out << repeat_.peer;
        return out;
    }
    for (const ServerPeerInfo& p : session_->peers())
        if (p.canReply && !p.writeShut && !repeat_.failed.contains(p.id))
            out << p.id;
    return out;
}

void ServerConsoleWorker::sendRepeatBytes(quint64 peer, const QByteArray& bytes)
{
    const bool shown = repeat_.done < ServerConsoleService::shownRepeatMessages;
    const ServerSendResult s = session_->send(peer, std::string_view(bytes.constData(), std::size_t(bytes.size())), shown);
    if (s.sent < 0 && s.err != EAGAIN) {
        repeat_.failed.insert(peer); // EPIPE, ECONNRESET: this client takes nothing more
        ServerChunk c;
        c.peer = peer;
        c.chunk.timeUs = wallUs();
        c.chunk.outgoing = true;
        c.chunk.note = tr("send() failed: %1; the repeat leaves this client out").arg(qs(errnoDescription(s.err)));
        pending_ << std::move(c);
        touched(peer);
        return;
    }
    const qsizetype sent = std::max<long>(0, s.sent);
    if (sent < bytes.size())
        repeat_.rest[peer] = bytes.mid(sent); // a full buffer: the tail goes before the next message
    if (sent == 0)
        return;
    if (shown) {
        ServerChunk c;
        c.peer = peer;
        c.chunk.timeUs = wallUs();
        c.chunk.outgoing = true;
        c.chunk.bytes = bytes.left(sent);
        pendingBytes_ += c.chunk.bytes.size();
        pending_ << std::move(c);
    } else {
        repeat_.hiddenBytes[peer] += sent;
    }
    countersDirty_ = true;
    touched(peer);
}

bool ServerConsoleWorker::sendRepeatRest()
{
    for (auto it = repeat_.rest.begin(); it != repeat_.rest.end();) {
        const quint64 peer = it->first;
        if (!session_->peer(peer) || repeat_.failed.contains(peer)) {
            it = repeat_.rest.erase(it);
            continue;
        }
        const QByteArray tail = it->second;
        it = repeat_.rest.erase(it);
        sendRepeatBytes(peer, tail); // puts back what still does not fit
    }
    return repeat_.rest.empty();
}

void ServerConsoleWorker::runRepeat()
{
    if (!repeat_.active)
        return;
    if (link_->stopsAsked.load() != repeat_.stopBase || !session_->listening()) {
        stopRepeating();
        return;
    }
    const qint64 now = steadyMs();
    if (now < repeat_.nextDueMs)
        return;
    const bool burst = repeat_.intervalMs == 0;
    const qint64 burstEnd = now + ServerConsoleService::burstMs;
    bool waiting = false;
    for (int n = 0; n < ServerConsoleService::burstMessages; ++n) {
        if (link_->stopsAsked.load() != repeat_.stopBase) {
            stopRepeating();
            return;
        }
        const bool owed = !repeat_.rest.empty();
        if (!sendRepeatRest()) {
            waiting = true; // a client's buffer is full: its tail first, in a moment
            break;
        }
        if (owed)
            ++repeat_.sent; // the message whose tail just went is now whole at every client
        if (repeat_.done >= repeat_.total)
            break;
        if (n > 0 && (!burst || steadyMs() >= burstEnd))
            break;
        const QList<quint64> targets = repeatTargets();
        if (targets.isEmpty()) {
            stopRepeating(repeat_.peer ? tr("the client is gone or cannot take more") : tr("no client left to send to"));
            return;
        }
        const QByteArray& bytes = repeat_.items[std::size_t(repeat_.done % qint64(repeat_.items.size()))];
        for (const quint64 peer : targets)
            sendRepeatBytes(peer, bytes);
        ++repeat_.done;
        if (repeat_.rest.empty())
            ++repeat_.sent;
        if (!burst)
            break;
    }
    if (repeat_.done >= repeat_.total && repeat_.rest.empty()) {
        stopRepeating();
        return;
    }
    repeat_.nextDueMs = steadyMs() + (waiting ? 2 : repeat_.intervalMs);
    if (steadyMs() - repeat_.lastProgressMs >= ServerConsoleService::progressIntervalMs) {
        repeat_.lastProgressMs = steadyMs();
        emit repeatProgress(repeat_.sent, repeat_.total);
    }
}

void ServerConsoleWorker::stopRepeating(const QString& why)
{
    if (!repeat_.active)
        return;
    repeat_.active = false;
    qint64 hiddenBytes = 0;
    for (const auto& [peer, bytes] : repeat_.hiddenBytes) {
        hiddenBytes += bytes;
        if (!session_->peer(peer))
            continue;
        ServerChunk c;
        c.peer = peer;
        c.chunk.timeUs = wallUs();
        c.chunk.outgoing = true;
        c.chunk.summary = true;
        c.chunk.unshownBytes = bytes;
        c.chunk.note = tr("… %L1 more bytes sent by the repeat, not shown").arg(bytes);
        pending_ << std::move(c);
        touched(peer);
    }
    if (hiddenBytes > 0) {
        // The journal, like the transcript, has the first sends and then one line for the rest.
        CallTimer t;
        CallJournal::global().record(t.entry("send", "cfd, buf, len, MSG_DONTWAIT | MSG_NOSIGNAL",
                                             "(" + std::to_string(hiddenBytes) + " more bytes of this repeat, counted only)",
                                             0,
                                             "/* a repeat of " + std::to_string(repeat_.total) + " messages: "
                                                 + std::to_string(repeat_.sent) + " sent, the first "
                                                 + std::to_string(ServerConsoleService::shownRepeatMessages)
                                                 + " journalled as they went */"));
    }
    if (repeat_.sent < repeat_.total)
        emit callDone(repeat_.peer, why.isEmpty() ? tr("repeat stopped after %L1 of %L2 messages").arg(repeat_.sent).arg(repeat_.total)
                                                  : tr("repeat ended after %L1 of %L2 messages: %3").arg(repeat_.sent).arg(repeat_.total).arg(why),
                      why.isEmpty());
    flush(true);
    if (repeat_.total > 1)
        emit repeatProgress(repeat_.sent, repeat_.total);
    emit repeatFinished(repeat_.sent);
    repeat_ = Repeat{};
}

void ServerConsoleWorker::shutdownPeer(quint64 peer, int how)
{
    const ServerCallResult r = session_->shutdownPeer(peer, how);
    const QString call = QStringLiteral("shutdown(cfd, %1)").arg(QLatin1String(howSymbol(how)));
    if (!r.ok) {
        emit callDone(peer, tr("%1 = -1: %2").arg(call, qs(r.message)), false);
        return;
    }
    ServerChunk c;
    c.peer = peer;
    c.chunk.timeUs = wallUs();
    c.chunk.note = tr("%1 = 0: %2").arg(call, shutdownWords(how));
    emit callDone(peer, c.chunk.note, true);
    pending_ << c;
    touched(peer);
}

void ServerConsoleWorker::closePeer(quint64 peer)
{
    const bool stream = session_->stream();
    const ServerCallResult r = session_->closePeer(peer);
    if (!r.ok) {
        emit callDone(peer, tr("close(cfd) = -1: %1").arg(qs(r.message)), false);
        return;
    }
    const QString words = stream ? tr("close(cfd) = 0: the client receives a FIN after the unsent data; its recv() "
                                      "returns 0")
                                 : tr("forgotten: a datagram peer has no connection to close");
    emit callDone(peer, words, true);
    forget(peer, words);
}

void ServerConsoleWorker::resetPeer(quint64 peer)
{
    const ServerCallResult r = session_->resetPeer(peer);
    if (!r.ok) {
        emit callDone(peer, tr("setsockopt(SO_LINGER {1, 0}), close(cfd) failed: %1").arg(qs(r.message)), false);
        return;
    }
    const QString words = tr("setsockopt(cfd, SOL_SOCKET, SO_LINGER, {1, 0}), close(cfd) = 0: the client receives a "
                             "RST; its next recv() or send() fails with ECONNRESET");
    emit callDone(peer, words, true);
    forget(peer, words);
}

void ServerConsoleWorker::forget(quint64 peer, const QString& why)
{
    flush(true); // what it sent before comes first
    known_.remove(peer);
    failed_.remove(peer);
    budget_.forget(peer);
    touchedSet_.remove(peer);
    touched_.removeAll(peer);
    emit peerLeft(peer, why);
}

void ServerConsoleWorker::membership(bool join, const QString& group, const QString& source, const QString& interface)
{
    MulticastGroup g;
    std::string error;
    if (!parseMulticastGroup(group.trimmed().toStdString(), source.trimmed().toStdString(),
                             interface.trimmed().toStdString(), g, error)) {
        emit callDone(0, qs(error), false);
        return;
    }
    const ServerCallResult r = join ? session_->join(g) : session_->leave(g);
    const QString what = qs(g.text());
    if (!r.ok)
        emit callDone(0, r.message.empty() ? qs(multicastErrorWords(r.err, join)) : qs(r.message), false);
    else
        emit callDone(0, join ? tr("joined %1").arg(what) : tr("left %1").arg(what), true);
    emitGroups();
}

void ServerConsoleWorker::setBroadcast(bool on)
{
    if (!session_ || !session_->listening() || session_->config().transport != EchoTransport::Udp) {
        emit callDone(0, tr("SO_BROADCAST is for a bound UDP socket: start the UDP server first"), false);
        return;
    }
    const SocketKind kind{session_->boundAddress().family(), SOCK_DGRAM, 0};
    const DatagramOptionResult r = setBroadcastOption(session_->listenerFd(), kind, on);
    if (!r.ok)
        emit callDone(0, tr("setsockopt(SO_BROADCAST) failed: %1").arg(qs(r.message)), false);
    else
        emit callDone(0, on ? tr("setsockopt(fd, SOL_SOCKET, SO_BROADCAST, 1) = 0; getsockopt reads %1: replies may "
                                 "now go to a broadcast address")
                                  .arg(qs(r.kept))
                            : tr("setsockopt(fd, SOL_SOCKET, SO_BROADCAST, 0) = 0; getsockopt reads %1: a reply to a "
                                 "broadcast address fails with EACCES")
                                  .arg(qs(r.kept)),
                      true);
    emit broadcastChanged(r.kept == "1" ? 1 : r.kept == "0" ? 0 : -1);
}

void ServerConsoleWorker::emitGroups()
{
    QStringList groups;
    for (const MulticastGroup& g : session_->groups())
        groups << qs(g.text());
    emit groupsChanged(groups);
}

void ServerConsoleWorker::setAutoReplies(const AutoReplyRules& rules)
{
    rules_ = rules;
}

void ServerConsoleWorker::touched(quint64 peer)
{
    if (!touchedSet_.contains(peer)) {
        touchedSet_.insert(peer);
        touched_ << peer;
    }
}

ServerPeerState ServerConsoleWorker::state(quint64 peer) const
{
    ServerPeerState s;
    s.id = peer;
    const auto p = session_->peer(peer);
    if (!p)
        return s;
    s.socketId = p->socketId;
    s.address = qs(p->address.text());
    if (s.address.isEmpty())
        s.address = tr("(unnamed)");
    s.canReply = p->canReply;
    s.eofSeen = p->eofSeen;
    s.readShut = p->readShut;
    s.writeShut = p->writeShut;
    s.failed = failed_.contains(peer);
    s.bytesIn = p->bytesIn;
    s.bytesOut = p->bytesOut;
    s.tls = p->tls;
    s.tlsSummary = p->tlsSummary;
    return s;
}

void ServerConsoleWorker::updateReadInterest()
{
    // Batches the GUI has not taken yet, and the one being gathered: above the cap, nothing is read.
    const qint64 behind = link_->inFlight.load() + pendingBytes_;
    const bool pause = behind >= ServerConsoleService::inFlightCap;
    const bool resume = behind < ServerConsoleService::inFlightCap / 2;
    if (pause == readPaused_ || (!pause && !resume))
        return;
    readPaused_ = pause;
    if (pause)
        ++counters_.readPauses;
    countersDirty_ = true;
    if (session_->stream())
        for (const ServerPeerInfo& p : session_->peers())
            session_->setReadInterest(p.id, !pause && !failed_.contains(p.id));
    else
        session_->setReadInterest(0, !pause);
}

void ServerConsoleWorker::updatePendingConnections()
{
    if (!session_->stream() || !session_->listening())
        return;
    const qint64 now = steadyMs();
    if (lastDiagMs_ && now - lastDiagMs_ < 500)
        return;
    lastDiagMs_ = now;
    struct stat st{};
    if (::fstat(session_->listenerFd(), &st) != 0)
        return;
    SocketTableQuery q;
    const bool unixSocket = isUnix(session_->config().transport);
    q.tcp = !unixSocket;
    q.udp = false;
    q.unixSockets = unixSocket;
    q.listeningOnly = true;
    q.processes = false;
    // Read twice a second while connections may wait: one journal row each time would bury the user's calls.
    const UnjournalledCalls quiet;
    const SocketTableResult t = listMachineSockets(q);
    int pending = -1;
    for (const MachineSocket& s : t.sockets)
        if (s.inode == st.st_ino)
            pending = static_cast<int>(s.recvQ);
    if (pending != counters_.pendingConnections) {
        counters_.pendingConnections = pending;
        countersDirty_ = true;
    }
}

void ServerConsoleWorker::flush(bool force)
{
    const qint64 now = steadyMs();
    if (!force && now - lastFlushMs_ < ServerConsoleService::batchIntervalMs)
        return;
    if (pending_.isEmpty() && touched_.isEmpty() && !countersDirty_)
        return;
    lastFlushMs_ = now;
    if (!touched_.isEmpty()) {
        QList<ServerPeerState> changed;
        changed.reserve(touched_.size());
        for (const quint64 id : std::as_const(touched_))
            if (known_.contains(id))
                changed << state(id);
        touched_.clear();
        touchedSet_.clear();
        if (!changed.isEmpty())
            emit peersChanged(changed);
    }
    if (!pending_.isEmpty()) {
        QList<ServerChunk> batch;
        batch.swap(pending_);
        link_->inFlight.fetch_add(pendingBytes_);
        emit data(batch, pendingBytes_);
        pendingBytes_ = 0;
    }
    if (countersDirty_) {
        const ServerTotals& t = session_->totals();
        counters_.bytesIn = t.bytesIn;
        counters_.bytesOut = t.bytesOut;
        counters_.truncated = t.truncated;
        counters_.autoRepliesStopped = budget_.stopped();
        countersDirty_ = false;
        emit countersChanged(counters_);
    }
}

bool ServerConsoleWorker::prepareTls(const ServerListenRequest& request, ServerConfig& config,
                                     ServerListenOutcome& refused)
{
    ServerTlsOutcome tls;
    config.tls = prepareServerTls(request.tls, tls);
    config.tlsHandshakeTimeoutMs = request.tlsHandshakeTimeoutMs;
    emit tlsPrepared(tls);
    if (config.tls)
        return true;
    refused.ok = false;
    refused.failedCall = QStringLiteral("SSL_CTX");
    refused.errnoSymbol = QStringLiteral("EINVAL");
    refused.message = tr("TLS: %1").arg(TlsMessages::setupFailure(tls.setup.problem == TlsSetupProblem::None
                                                                      ? TlsSetupError{{}, tls.message.toStdString(), {}, {}, {}}
                                                                      : tls.setup));
    return false;
}

void ServerConsoleWorker::advanceHandshake(quint64 peer)
{
    const ServerHandshakeResult h = session_->continueHandshake(peer);
    if (h.outcome == ServerHandshakeResult::Pending)
        return;
    if (h.outcome == ServerHandshakeResult::Failed) {
        tlsLeft(peer, h);
        return;
    }
    ++counters_.tlsHandshakes;
    countersDirty_ = true;
    const ServerPeerState st = state(peer);
    ServerChunk c;
    c.peer = peer;
    c.chunk.timeUs = wallUs();
    const TlsSummary& t = st.tlsSummary;
    QString words = tr("SSL_accept() = 1: the TLS handshake is done: %1, %2")
                        .arg(qs(t.version), qs(t.cipher));
    if (!t.alpn.empty())
        words += tr(", ALPN %1").arg(qs(t.alpn));
    if (!t.peerChain.empty())
        words += tr(", client certificate %1").arg(qs(t.peerChain.front().subject));
    c.chunk.note = words;
    pending_ << c;
    touched(peer);
}

void ServerConsoleWorker::dropStalledHandshakes()
{
    for (const auto& [peer, h] : session_->dropStalledHandshakes())
        tlsLeft(peer, h);
}

void ServerConsoleWorker::tlsLeft(quint64 peer, const ServerHandshakeResult& h)
{
    ++counters_.tlsFailed;
    countersDirty_ = true;
    const QString why = h.err == ETIMEDOUT
                            ? tr("dropped: the TLS handshake did not finish within %1 ms (the client stalled, or it "
                                 "is not a TLS client and waits for the server to speak first); its socket is closed")
                                  .arg(session_->config().tlsHandshakeTimeoutMs)
                            : tr("dropped: the TLS handshake failed: %1; its socket is closed").arg(qs(h.message));
    counters_.lastTlsFailure = tr("client %1: %2").arg(peer).arg(why);
    if (known_.contains(peer))
        forget(peer, why);
}

} // namespace sockscope
