#include "ClientSessionService.h"

#include "CallJournal.h"
#include "DatagramOptions.h"
#include "ErrnoInfo.h"
#include "Resolver.h"
#include "SigpipeCatcher.h"
#include "TlsMessages.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QSocketNotifier>
#include <QTimer>

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <mutex>

namespace sockscope {

namespace {

void registerMetaTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<sockscope::ClientConnectRequest>();
        qRegisterMetaType<sockscope::ClientConnectOutcome>();
        qRegisterMetaType<sockscope::ClientChunk>();
        qRegisterMetaType<QList<sockscope::ClientChunk>>();
        qRegisterMetaType<sockscope::ClientIoError>();
        qRegisterMetaType<sockscope::ClientDatagramReport>();
        qRegisterMetaType<sockscope::SendSequence>();
    });
}

qint64 nowUs() { return QDateTime::currentMSecsSinceEpoch() * 1000; }

QString qs(const std::string& s) { return QString::fromStdString(s); }

// "127.0.0.1:7007", "[::1]:7007", "unix:/path", "unix:@name": numeric only, the send path never resolves.
bool parseTarget(const QString& text, SocketAddress& out)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("unix:")))
        return SocketAddress::fromUnixPath(t.mid(5).toStdString(), out);
    const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const int port = t.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return false;
    return SocketAddress::fromNumeric(withoutBrackets(t.left(colon).toStdString()), port, out); // [::1]:7008 too
}

// Why opening the session failed, in the user's words, with the errno symbol and the system's text.
QString openFailure(const ClientCallResult& r, int timeoutMs)
{
    QString what;
    if (r.failedCall == "connect") {
        switch (r.err) {
        case ECONNREFUSED: what = ClientSessionWorker::tr("connection refused: nothing listens there"); break;
        case ETIMEDOUT:
            what = ClientSessionWorker::tr("timed out after %1 ms: no answer to the connection request").arg(timeoutMs);
            break;
        case EHOSTUNREACH: what = ClientSessionWorker::tr("host unreachable"); break;
        case ENETUNREACH: what = ClientSessionWorker::tr("network unreachable"); break;
        case ENOENT: what = ClientSessionWorker::tr("no such socket file"); break;
        case EACCES:
            what = r.broadcastRefused ? ClientSessionService::broadcastRefusedWords()
                                      : ClientSessionWorker::tr("permission denied");
            break;
        case EAGAIN: what = ClientSessionWorker::tr("the listener's backlog is full"); break;
        case EADDRNOTAVAIL: what = ClientSessionWorker::tr("the address is not available"); break;
        case ECONNRESET: what = ClientSessionWorker::tr("the connection was reset"); break;
        case ECANCELED: what = ClientSessionWorker::tr("the connection attempt was abandoned"); break;
        default: what = ClientSessionWorker::tr("the connection failed"); break;
        }
    } else if (r.failedCall == "bind") {
        what = ClientSessionWorker::tr("could not give the datagram socket an address of its own");
    } else {
        what = ClientSessionWorker::tr("%1() failed").arg(qs(r.failedCall));
    }
    return ClientSessionWorker::tr("%1 (%2 — %3)").arg(what, qs(errnoSymbol(r.err)), qs(errnoText(r.err)));
}

// What the peer sees after each way of closing (checked on Linux with two loopback sockets).
QString shutdownExplanation(int how, bool stream)
{
    if (!stream)
        return ClientSessionWorker::tr("a datagram socket has no connection: shutdown only stops this side; the peer "
                                       "sees nothing");
    switch (how) {
    case SHUT_RD:
        return ClientSessionWorker::tr("nothing is sent: the peer is not told and may go on sending. Our recv() first "
                                       "returns what was already queued, then 0 (end-of-file) instead of waiting; on "
                                       "Linux data that arrives later is still handed to recv() (other systems may "
                                       "discard it)");
    case SHUT_WR:
        return ClientSessionWorker::tr("the peer receives a FIN: its recv() returns 0 once it has read everything; it "
                                       "can still send to us");
    default:
        return ClientSessionWorker::tr("the peer receives a FIN and its recv() returns 0; data it sends afterwards is "
                                       "answered with a RST");
    }
}

QString closeExplanation(bool stream)
{
    return stream ? ClientSessionWorker::tr("the peer receives a FIN after the unsent data: its recv() returns 0; if "
                                            "it still sends, it gets a RST and then EPIPE/ECONNRESET")
                  : ClientSessionWorker::tr("nothing reaches the peer: a datagram socket has no connection to end");
}

QString abortExplanation()
{
    return ClientSessionWorker::tr("the peer receives a RST instead of a FIN: unsent data is discarded and its next "
                                   "recv() or send() fails with ECONNRESET");
}

const char* howSymbol(int how) { return how == SHUT_RD ? "SHUT_RD" : how == SHUT_WR ? "SHUT_WR" : "SHUT_RDWR"; }

} // namespace

// ---- the service, on the caller's thread ----

bool ClientSessionService::isValidTarget(const QString& target)
{
    SocketAddress unused;
    return parseTarget(target, unused);
}

ClientSessionService::ClientSessionService(int number, QObject* parent)
    : QObject(parent), link_(std::make_shared<ClientSessionLink>())
{
    registerMetaTypes();
    worker_ = new ClientSessionWorker(number, link_);
    thread_.setObjectName(QStringLiteral("console-%1").arg(number));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &ClientSessionWorker::connected, this, [this](const ClientConnectOutcome& o) {
        connected_ = o.ok;
        socketId_ = o.socketId;
        sendingClosed_.clear();
        emit connected(o);
    });
    connect(worker_, &ClientSessionWorker::chunks, this, &ClientSessionService::chunks);
    connect(worker_, &ClientSessionWorker::callDone, this, &ClientSessionService::callDone);
    connect(worker_, &ClientSessionWorker::ioError, this, &ClientSessionService::ioError);
    connect(worker_, &ClientSessionWorker::peerClosed, this, &ClientSessionService::peerClosed);
    connect(worker_, &ClientSessionWorker::sendingClosed, this, [this](const QString& reason) {
        if (!connected_ || !sendingClosed_.isEmpty())
            return;
        sendingClosed_ = reason;
        emit sendingClosed();
    });
    connect(worker_, &ClientSessionWorker::socketClosed, this, [this] {
        connected_ = false;
        socketId_ = 0;
        sendingClosed_.clear();
        emit socketClosed();
    });
    connect(worker_, &ClientSessionWorker::repeatProgress, this, &ClientSessionService::repeatProgress);
    connect(worker_, &ClientSessionWorker::repeatFinished, this, &ClientSessionService::repeatFinished);
    connect(worker_, &ClientSessionWorker::datagramReport, this, &ClientSessionService::datagramReport);
    // Over TLS, OpenSSL writes with write(): SSL_read may answer the peer (an alert, a key update)
    // on a connection that is gone. Blocked for this thread, whatever host process it is in.
    connect(&thread_, &QThread::started, worker_, [] { blockSigpipeInEveryThread(); }, Qt::DirectConnection);
    thread_.start();
}

ClientSessionService::~ClientSessionService()
{
    link_->closesAsked.fetch_add(1);
    link_->cancelConnect.store(true);
    thread_.quit();
    // A call that was about to block when the close was asked is woken too.
    do
        wakeBlockedCall(SHUT_RDWR);
    while (!thread_.wait(50));
}

void ClientSessionService::wakeBlockedCall(int how)
{
    const quint64 id = link_->socketId.load();
    if (id && link_->busy.load())
        SocketRegistry::global().withSocket(id, [how](int fd) { ::shutdown(fd, how); });
}

void ClientSessionService::askToClose(bool abortive)
{
    link_->closesAsked.fetch_add(1);
    link_->cancelConnect.store(true);
    wakeBlockedCall(abortive ? SHUT_RD : SHUT_RDWR);
}

void ClientSessionService::connectTo(const ClientConnectRequest& request)
{
    wakeBlockedCall(SHUT_RDWR);
    link_->cancelConnect.store(false);
    QMetaObject::invokeMethod(worker_, "connectTo", Qt::QueuedConnection,
                              Q_ARG(sockscope::ClientConnectRequest, request));
}

void ClientSessionService::setAutoReceive(bool on, int size)
{
    QMetaObject::invokeMethod(worker_, "setAutoReceive", Qt::QueuedConnection, Q_ARG(bool, on), Q_ARG(int, size));
}

void ClientSessionService::send(const QByteArray& bytes, int flags, const QString& target, int repeat, int intervalMs)
{
    SendSequence s;
    s.items.push_back({bytes, flags});
    s.rounds = repeat;
    s.intervalMs = intervalMs;
    sendSequence(s, target);
}

void ClientSessionService::sendSequence(const SendSequence& sequence, const QString& target)
{
    ClientSessionWorker* w = worker_;
    QMetaObject::invokeMethod(w, [w, sequence, target] { w->sendSequence(sequence, target); }, Qt::QueuedConnection);
}

void ClientSessionService::stopRepeating()
{
    link_->stopsAsked.fetch_add(1); // seen by a burst between two messages
    QMetaObject::invokeMethod(worker_, "stopRepeating", Qt::QueuedConnection);
}

void ClientSessionService::sendFile(const QString& path, int flags)
{
    QMetaObject::invokeMethod(worker_, "sendFile", Qt::QueuedConnection, Q_ARG(QString, path), Q_ARG(int, flags));
}

void ClientSessionService::receiveOnce(int size, int flags)
{
    QMetaObject::invokeMethod(worker_, "receiveOnce", Qt::QueuedConnection, Q_ARG(int, size), Q_ARG(int, flags));
}

void ClientSessionService::shutdownSocket(int how)
{
    QMetaObject::invokeMethod(worker_, "shutdownSocket", Qt::QueuedConnection, Q_ARG(int, how));
}

void ClientSessionService::closeSocket()
{
    askToClose(false);
    QMetaObject::invokeMethod(worker_, "closeSocket", Qt::QueuedConnection);
}

void ClientSessionService::abortSocket()
{
    askToClose(true);
    QMetaObject::invokeMethod(worker_, "abortSocket", Qt::QueuedConnection);
}

QString ClientSessionService::broadcastRefusedWords()
{
    return tr("the destination is a broadcast address and SO_BROADCAST is off: the kernel refuses to send there "
              "(EACCES) until the socket allows broadcast. Turn SO_BROADCAST on and try again");
}

void ClientSessionService::setBroadcast(bool on)
{
    QMetaObject::invokeMethod(worker_, "setDatagramOption", Qt::QueuedConnection, Q_ARG(QString, QStringLiteral("broadcast")),
                              Q_ARG(QString, on ? QStringLiteral("1") : QStringLiteral("0")));
}

void ClientSessionService::setMulticastInterface(const QString& text)
{
    QMetaObject::invokeMethod(worker_, "setDatagramOption", Qt::QueuedConnection, Q_ARG(QString, QStringLiteral("interface")),
                              Q_ARG(QString, text.trimmed()));
}

void ClientSessionService::setMulticastTtl(int ttl)
{
    QMetaObject::invokeMethod(worker_, "setDatagramOption", Qt::QueuedConnection, Q_ARG(QString, QStringLiteral("ttl")),
                              Q_ARG(QString, QString::number(ttl)));
}

void ClientSessionService::setMulticastLoop(bool on)
{
    QMetaObject::invokeMethod(worker_, "setDatagramOption", Qt::QueuedConnection, Q_ARG(QString, QStringLiteral("loop")),
                              Q_ARG(QString, on ? QStringLiteral("1") : QStringLiteral("0")));
}

void ClientSessionService::readDatagramOptions()
{
    QMetaObject::invokeMethod(worker_, "setDatagramOption", Qt::QueuedConnection, Q_ARG(QString, QString()),
                              Q_ARG(QString, QString()));
}

void ClientSessionService::joinGroup(const QString& group, const QString& source, const QString& interface)
{
    QMetaObject::invokeMethod(worker_, "changeMembership", Qt::QueuedConnection, Q_ARG(bool, true), Q_ARG(QString, group),
                              Q_ARG(QString, source), Q_ARG(QString, interface));
}

void ClientSessionService::leaveGroup(const QString& group, const QString& source, const QString& interface)
{
    QMetaObject::invokeMethod(worker_, "changeMembership", Qt::QueuedConnection, Q_ARG(bool, false), Q_ARG(QString, group),
                              Q_ARG(QString, source), Q_ARG(QString, interface));
}

// ---- the worker, on the session's thread ----

ClientSessionWorker::ClientSessionWorker(int number, std::shared_ptr<ClientSessionLink> link)
    : session_(number), link_(std::move(link))
{
}

bool ClientSessionWorker::beginBlockingCall()
{
    link_->busy.store(true);
    if (closeAsked()) {
        link_->busy.store(false);
        return false;
    }
    return true;
}

ClientSessionWorker::~ClientSessionWorker()
{
    delete notifier_;
    session_.close();
}

bool ClientSessionWorker::journalDataCall()
{
    ++dataCalls_;
    if (repeatJournalLeft_ > 0) { // a send asked for: its first calls are journalled, however late in the connection
        --repeatJournalLeft_;
        return true;
    }
    if (dataCalls_ <= ClientSessionService::journalledDataCalls)
        return true;
    ++unjournalled_;
    return false;
}

void ClientSessionWorker::connectTo(const ClientConnectRequest& request)
{
    stopRepeating();
    stopReading();
    link_->socketId.store(0);
    session_.close();
    pending_.clear();
    pendingBytes_ = 0;
    dataCalls_ = unjournalled_ = 0;

    ClientConnectOutcome outcome;
    std::vector<SocketAddress> targets;
    if (isUnixTransport(request.transport)) {
        SocketAddress a;
        if (!SocketAddress::fromUnixPath(request.path.toStdString(), a)) {
            outcome.errnoSymbol = QStringLiteral("ENAMETOOLONG");
            outcome.message = tr("the path is empty or does not fit sun_path (107 bytes at most)");
            emit connected(outcome);
            return;
        }
        targets.push_back(a);
    } else {
        AddrInfoHints hints;
        hints.socktype = request.transport == ClientTransport::Udp ? SOCK_DGRAM : SOCK_STREAM;
        hints.flags = AI_NUMERICSERV;
        const AddrInfoResult r = resolveAddress(withoutBrackets(request.host.trimmed().toStdString()), std::to_string(request.port), hints);
        if (!r.ok()) {
            outcome.errnoSymbol = qs(gaiSymbol(r.rc));
            outcome.message = tr("cannot resolve “%1”: %2 (%3)")
                                  .arg(request.host, qs(gaiText(r.rc)), outcome.errnoSymbol);
            emit connected(outcome);
            return;
        }
        for (const AddrInfoEntry& e : r.entries) {
            SocketAddress a;
            if (SocketAddress::fromNumeric(e.address, e.port, a))
                targets.push_back(a);
        }
        if (targets.empty()) {
            outcome.errnoSymbol = QStringLiteral("EADDRNOTAVAIL");
            outcome.message = tr("“%1” gave no address a socket can connect to (is the interface after % known?)")
                                  .arg(request.host);
            emit connected(outcome);
            return;
        }
    }
    // Like nc: each address getaddrinfo gave, in its order, until one answers.
    QStringList failures;
    const bool udp = request.transport == ClientTransport::Udp;
    session_.setBroadcastOnOpen(udp && request.udp.broadcast);
    session_.setBindPortOnOpen(udp ? request.udp.bindPort : 0);
    session_.setConnectOnOpen(!udp || request.udp.connect);
    for (const SocketAddress& a : targets) {
        const ClientCallResult r = session_.open(request.transport, a, request.timeoutMs, &link_->cancelConnect);
        if (r.ok) {
            outcome.ok = true;
            break;
        }
        outcome.errnoSymbol = qs(errnoSymbol(r.err));
        outcome.broadcastRefused = outcome.broadcastRefused || r.broadcastRefused;
        failures << QStringLiteral("%1: %2").arg(qs(a.text()), openFailure(r, request.timeoutMs));
        if (r.err == ECANCELED)
            break; // closed while connecting: the other addresses are not tried either
    }
    if (!outcome.ok) {
        outcome.message = failures.join(QLatin1Char('\n'));
        emit connected(outcome);
        return;
    }
    if (request.tls.enabled && !startTls(request, outcome)) {
        emit connected(outcome);
        return;
    }
    outcome.local = qs(session_.localAddress().text());
    outcome.peer = session_.isConnected() ? qs(session_.peerAddress().text())
                                          : tr("none: not connected, sendto %1").arg(qs(session_.target().text()));
    outcome.socketId = session_.registryId();
    link_->socketId.store(outcome.socketId);
    if (!flushTimer_) {
        flushTimer_ = new QTimer(this);
        flushTimer_->setInterval(ClientSessionService::batchIntervalMs);
        connect(flushTimer_, &QTimer::timeout, this, &ClientSessionWorker::flush);
    }
    flushTimer_->start();
    notifier_ = new QSocketNotifier(session_.fd(), QSocketNotifier::Read, this);
    connect(notifier_, &QSocketNotifier::activated, this, &ClientSessionWorker::onReadable);
    updateNotifier();
    emit connected(outcome);
    if (udp) {
        ClientDatagramReport report; // what the new socket starts with
        fillDatagramReport(report);
        emit datagramReport(report);
    }
}

void ClientSessionWorker::fillDatagramReport(ClientDatagramReport& report)
{
    report.v6 = session_.target().family() == AF_INET6;
    if (!session_.isOpen() || session_.transport() != ClientTransport::Udp)
        return;
    const DatagramOptionState s = readDatagramOptions(session_.fd(), session_.kind());
    report.broadcast = s.broadcast;
    report.ttl = s.ttl;
    report.loop = s.loop;
    report.interface = qs(s.interface);
    for (const MulticastGroup& g : session_.groups())
        report.groups << qs(g.text());
}

void ClientSessionWorker::setDatagramOption(const QString& field, const QString& value)
{
    ClientDatagramReport report;
    report.field = field;
    const auto fail = [&](int err, const QString& message) {
        report.ok = false;
        report.errnoSymbol = qs(errnoSymbol(err));
        report.message = message;
    };
    if (!session_.isOpen() || session_.transport() != ClientTransport::Udp) {
        fail(session_.isOpen() ? EOPNOTSUPP : EBADF,
             session_.isOpen() ? tr("broadcast and multicast options are for a UDP session")
                               : tr("connect the UDP session first: these options are set on its socket"));
        emit datagramReport(report);
        return;
    }
    DatagramOptionResult r;
    r.ok = true;
    const int fd = session_.fd();
    if (field == QLatin1String("broadcast"))
        r = setBroadcastOption(fd, session_.kind(), value == QLatin1String("1"));
    else if (field == QLatin1String("ttl"))
        r = setMulticastTtl(fd, session_.kind(), value.toInt());
    else if (field == QLatin1String("loop"))
        r = setMulticastLoop(fd, session_.kind(), value == QLatin1String("1"));
    else if (field == QLatin1String("interface"))
        r = setMulticastInterface(fd, session_.kind(), value.toStdString());
    if (!r.ok)
        fail(r.err, qs(r.message));
    else if (!r.message.empty())
        report.message = qs(r.message); // kept, but not as asked
    fillDatagramReport(report);
    emit datagramReport(report);
}

void ClientSessionWorker::changeMembership(bool join, const QString& group, const QString& source,
                                           const QString& interface)
{
    ClientDatagramReport report;
    report.field = join ? QStringLiteral("join") : QStringLiteral("leave");
    MulticastGroup g;
    std::string error;
    ClientCallResult r;
    if (!session_.isOpen()) {
        r = ClientCallResult{false, EBADF, "setsockopt", {}};
        report.message = tr("connect the UDP session first: groups are joined on its socket");
    } else if (!parseMulticastGroup(group.trimmed().toStdString(), source.trimmed().toStdString(),
                                    interface.trimmed().toStdString(), g, error)) {
        r = ClientCallResult{false, EINVAL, "setsockopt", error};
        report.message = qs(error);
    } else {
        r = join ? session_.join(g) : session_.leave(g);
        report.message = qs(r.message);
    }
    report.ok = r.ok;
    if (!r.ok)
        report.errnoSymbol = qs(errnoSymbol(r.err));
    fillDatagramReport(report);
    emit datagramReport(report);
}

bool ClientSessionWorker::startTls(const ClientConnectRequest& request, ClientConnectOutcome& outcome)
{
    const ClientTlsOptions& o = request.tls;
    outcome.tls = true;
    const auto fail = [&](const QString& symbol, const QString& message) {
        outcome.ok = false;
        outcome.errnoSymbol = symbol;
        outcome.message = message;
        session_.close();
        return false;
    };
    if (!isStreamTransport(request.transport))
        return fail(QStringLiteral("EINVAL"), tr("TLS runs over a stream (TCP or Unix stream), not over datagrams"));
    TlsContextConfig c;
    c.alpn = o.alpn.toStdString();
    c.verify = !o.insecure;
    c.caFile = o.caFile.toStdString();
    c.certFile = o.certFile.toStdString();
    c.keyFile = o.keyFile.toStdString();
    const QString name = !o.serverName.trimmed().isEmpty() ? o.serverName.trimmed()
                         : isUnixTransport(request.transport) ? QString()
                                                               : qs(withoutBrackets(request.host.trimmed().toStdString()));
    outcome.tlsServerName = name;
    const ClientTlsResult t = session_.startTls(c, name.toStdString(), request.timeoutMs, &link_->cancelConnect);
    outcome.tlsSummary = t.summary;
    outcome.tlsVerifyFailure = t.verifyFailure;
    if (!t.ok) {
        outcome.tlsField = qs(t.setupField);
        outcome.tlsSetup = t.setup;
        return fail(qs(t.code), t.setupField.empty()
                                    ? TlsMessages::handshakeFailure(qs(t.code), qs(t.message), t.summary,
                                                                    t.verifyFailure, name)
                                    : tr("the TLS settings were refused: %1").arg(TlsMessages::setupFailure(t.setup)));
    }
    // SSL_read and SSL_write then say WANT_READ/WANT_WRITE instead of waiting inside a record.
    session_.setBlocking(false);
    return true;
}

void ClientSessionWorker::updateNotifier()
{
    if (notifier_)
        notifier_->setEnabled(autoReceive_ && session_.isOpen() && pendingBytes_ < ClientSessionService::batchByteCap);
}

void ClientSessionWorker::stopReading()
{
    delete notifier_;
    notifier_ = nullptr;
}

void ClientSessionWorker::setAutoReceive(bool on, int size)
{
    autoReceive_ = on;
    recvSize_ = std::max(1, size);
    updateNotifier();
}

ClientChunk ClientSessionWorker::receivedChunk(const ClientRecvResult& r) const
{
    ClientChunk c;
    c.timeUs = nowUs();
    c.bytes = QByteArray(r.bytes.data(), static_cast<qsizetype>(r.bytes.size()));
    if (!isStreamTransport(session_.transport()))
        c.from = qs(r.from.text()); // recvfrom's sender, per datagram
    return c;
}

void ClientSessionWorker::addChunk(ClientChunk chunk)
{
    pendingBytes_ += chunk.bytes.size();
    pending_.push_back(std::move(chunk));
}

void ClientSessionWorker::onReadable()
{
    // Under TLS what OpenSSL decrypted and we did not take yet (SSL_pending) is invisible to poll():
    // read on while it holds some, up to the batch cap (flush() comes back for the rest).
    for (int turn = 0; turn < 64 && session_.isOpen(); ++turn) {
        if (!readOnce() || session_.tlsPending() == 0 || pendingBytes_ >= ClientSessionService::batchByteCap)
            break;
    }
}

bool ClientSessionWorker::readOnce()
{
    const ClientRecvResult r = session_.receive(static_cast<std::size_t>(recvSize_), MSG_DONTWAIT, journalDataCall());
    if (r.result < 0) {
        if (r.err == EAGAIN || r.err == EWOULDBLOCK)
            return false;
        const bool stream = isStreamTransport(session_.transport());
        // A stream's error ends it; a datagram socket's (ECONNREFUSED from an ICMP message) is about
        // one datagram, and the next may arrive fine.
        if (stream)
            stopReading();
        if (session_.tlsActive())
            reportTlsError("SSL_read", r.tlsMessage);
        else
            reportError(stream ? "recv" : "recvfrom", r.err);
        return false;
    }
    if (r.result == 0 && isStreamTransport(session_.transport())) {
        stopReading(); // a readable socket at EOF stays readable: stop asking
        flush();
        if (session_.tlsActive())
            emit callDone(r.tlsCloseNotify ? tr("SSL_read() = 0: the peer ended TLS with close_notify")
                                           : tr("SSL_read() failed at the end of the stream: the peer closed the TCP "
                                                "connection without close_notify, so a cut-off cannot be told from "
                                                "the real end of its data"));
        emit peerClosed();
        return false;
    }
    ClientChunk c = receivedChunk(r);
    if (r.truncated)
        c.note = tr("truncated");
    addChunk(std::move(c));
    updateNotifier();
    return true;
}

void ClientSessionWorker::flush()
{
    if (unjournalled_ > 0 && (!summaryClock_.isValid() || summaryClock_.elapsed() >= summaryIntervalMs)) {
        summaryClock_.start();
        // The data path is counted, not journalled: one line now and then says how much went by.
        CallTimer t;
        CallJournal::global().record(t.entry("recv", std::to_string(session_.fd()) + ", buf, "
                                                         + std::to_string(recvSize_) + ", MSG_DONTWAIT",
                                             "(" + std::to_string(unjournalled_) + " more calls, counted only)", 0,
                                             "/* the data path: " + std::to_string(dataCalls_)
                                                 + " send/recv calls so far, journalled only at first */"));
        unjournalled_ = 0;
    }
    if (pending_.isEmpty())
        return;
    QList<ClientChunk> batch;
    batch.swap(pending_);
    pendingBytes_ = 0;
    emit chunks(batch);
    updateNotifier();
    // Reading paused at the cap with decrypted bytes still inside OpenSSL: no readiness will come for them.
    if (notifier_ && notifier_->isEnabled() && session_.tlsPending() > 0)
        QMetaObject::invokeMethod(this, &ClientSessionWorker::onReadable, Qt::QueuedConnection);
}

void ClientSessionWorker::reportError(const char* call, int err, bool sigpipe)
{
    flush();
    ClientIoError e;
    e.call = QString::fromLatin1(call);
    e.errnoSymbol = qs(errnoSymbol(err));
    e.message = tr("%1 failed: %2").arg(e.call, qs(errnoDescription(err)));
    e.sigpipe = sigpipe;
    // EACCES on UDP is the broadcast refusal when SO_BROADCAST is off: say so, and the box offers to turn it on.
    e.broadcastRefused = err == EACCES && session_.isOpen() && session_.transport() == ClientTransport::Udp
                         && broadcastIsOff(session_.fd());
    if (e.broadcastRefused)
        e.message = tr("%1 failed: %2").arg(e.call, ClientSessionService::broadcastRefusedWords());
    if (sigpipe)
        e.message += tr(". The kernel also raised SIGPIPE, which ends a program that does not ignore it; SockScope "
                        "caught it. MSG_NOSIGNAL avoids it.");
    emit ioError(e);
}

void ClientSessionWorker::reportTlsError(const char* call, const std::string& words)
{
    flush();
    ClientIoError e;
    e.call = QString::fromLatin1(call);
    e.errnoSymbol = QStringLiteral("EPROTO");
    e.message = tr("%1 failed: %2").arg(e.call, qs(words));
    emit ioError(e);
}

bool ClientSessionWorker::sendAll(const std::string& bytes, int flags, const SocketAddress* to, qsizetype& sentOut)
{
    sentOut = 0;
    const bool stream = isStreamTransport(session_.transport());
    const bool tls = session_.tlsActive();
    if (tls && bytes.empty())
        return true; // SSL_write of nothing sends no record (and OpenSSL calls it an error)
    if (!beginBlockingCall())
        return false; // a close is queued: it comes next
    std::size_t off = 0;
    bool ok = true;
    do {
        // A stream goes in pieces, with what arrived read in between: a peer that echoes (and stops
        // reading while its replies pile up) would otherwise block a long send for good.
        const std::size_t n = stream ? std::min(sendPiece, bytes.size() - off) : bytes.size();
        // The whole message as it is (a repeat's 64 bytes are not copied for each send).
        const ClientSendResult r = off == 0 && n == bytes.size()
                                       ? session_.send(bytes, flags, to, journalDataCall())
                                       : session_.send(bytes.substr(off, n), flags, to, journalDataCall());
        if (r.sent < 0 && tls && r.err == EAGAIN) {
            // Non-blocking under TLS: wait as a blocking send() would, in slices so a close gets in,
            // reading meanwhile (a peer that echoes may wait for us to take its replies).
            drainReadable();
            pollfd p{session_.fd(), POLLOUT, 0};
            ::poll(&p, 1, 100);
            if (closeAsked())
                break;
            continue;
        }
        if (r.sent < 0 && tls) {
            if (!closeAsked())
                reportTlsError("SSL_write", r.tlsMessage);
            ok = false;
            break;
        }
        if (r.sent < 0) {
            if (!closeAsked()) { // else the close's shutdown() ended it: not an error to report
                reportError(to ? "sendto" : "send", r.err, r.sigpipe);
                if (r.err == EPIPE)
                    emit sendingClosed(tr("send() failed with EPIPE: this connection can no longer send (it was "
                                          "shut down for writing or reset). Disconnect, then connect again."));
            }
            ok = false;
            break;
        }
        off += static_cast<std::size_t>(r.sent);
        if (closeAsked())
            break;
        if (stream && off < bytes.size())
            drainReadable();
        // A datagram goes whole or not at all; MSG_DONTWAIT may stop a stream short: say so, do not loop.
    } while (stream && off < bytes.size() && !(flags & MSG_DONTWAIT));
    endBlockingCall();
    sentOut = static_cast<qsizetype>(off);
    return ok;
}

void ClientSessionWorker::drainReadable()
{
    for (int i = 0; i < 256 && autoReceive_ && notifier_ && session_.isOpen(); ++i) {
        pollfd p{session_.fd(), POLLIN, 0};
        if (session_.tlsPending() == 0 && ::poll(&p, 1, 0) != 1)
            break;
        onReadable();
        if (pendingBytes_ >= ClientSessionService::batchByteCap)
            flush();
    }
}

void ClientSessionWorker::sendSequence(const SendSequence& sequence, const QString& target)
{
    if (!session_.isOpen()) {
        reportError("send", EBADF);
        return;
    }
    stopRepeating();
    if (sequence.items.isEmpty())
        return;
    repeatHasTarget_ = !target.trimmed().isEmpty();
    if (repeatHasTarget_ && !parseTarget(target, repeatTarget_)) {
        ClientIoError e;
        e.call = QStringLiteral("sendto");
        e.errnoSymbol = QStringLiteral("EINVAL");
        e.message = tr("the target “%1” is not a numeric address:port or unix:path").arg(target);
        emit ioError(e);
        return;
    }
    repeatItems_.clear();
    for (const SendItem& item : sequence.items.first(std::min<qsizetype>(sequence.items.size(), SendSequence::maxItems)))
        repeatItems_.push_back({std::string(item.bytes.constData(), static_cast<std::size_t>(item.bytes.size())), item.flags});
    repeatTotal_ = qint64(repeatItems_.size()) * std::clamp(sequence.rounds, 1, SendSequence::maxRounds);
    repeatIntervalMs_ = std::clamp(sequence.intervalMs, 0, SendSequence::maxIntervalMs);
    repeatDone_ = repeatSent_ = repeatHidden_ = repeatHiddenBytes_ = 0;
    repeatStopBase_ = link_->stopsAsked.load();
    repeatJournalLeft_ = ClientSessionService::journalledDataCalls;
    repeating_ = true;
    if (!repeatTimer_) {
        repeatTimer_ = new QTimer(this);
        connect(repeatTimer_, &QTimer::timeout, this, &ClientSessionWorker::sendBurst);
    }
    if (repeatTotal_ > 1)
        emit repeatProgress(0, repeatTotal_);
    progressClock_.start();
    repeatTimer_->setInterval(repeatIntervalMs_);
    repeatTimer_->start();
    sendBurst(); // the first message now, the next ones from the timer
}

bool ClientSessionWorker::writable() const
{
    if (!isStreamTransport(session_.transport()) || session_.tlsActive())
        return true; // a datagram waits only briefly for room; TLS waits in sendAll, where a close gets in
    pollfd p{session_.fd(), POLLOUT, 0};
    return ::poll(&p, 1, 0) == 1 && (p.revents & (POLLOUT | POLLERR | POLLHUP));
}

bool ClientSessionWorker::sendRepeatMessage()
{
    const RepeatItem& item = repeatItems_[static_cast<std::size_t>(repeatDone_ % qint64(repeatItems_.size()))];
    qsizetype sent = 0;
    const bool ok = sendAll(item.bytes, item.flags, repeatHasTarget_ ? &repeatTarget_ : nullptr, sent);
    ++repeatDone_;
    if (sent > 0 || item.bytes.empty()) {
        ++repeatSent_;
        if (repeatSent_ <= ClientSessionService::shownRepeatMessages
            || static_cast<std::size_t>(sent) < item.bytes.size()) {
            ClientChunk c;
            c.timeUs = nowUs();
            c.outgoing = true;
            c.bytes = QByteArray(item.bytes.data(), sent);
            if (repeatHasTarget_)
                c.from = qs(repeatTarget_.text());
            if (static_cast<std::size_t>(sent) < item.bytes.size())
                c.note = tr("sent %1 of %2").arg(sent).arg(item.bytes.size());
            addChunk(std::move(c));
        } else {
            // Counted only: 100,000 messages would bury the transcript (and the GUI) otherwise.
            ++repeatHidden_;
            repeatHiddenBytes_ += sent;
        }
    }
    return ok;
}

void ClientSessionWorker::sendBurst()
{
    if (!repeating_)
        return;
    const bool burst = repeatIntervalMs_ == 0;
    bool waiting = false;
    QElapsedTimer clock;
    clock.start();
    for (int n = 0; repeatDone_ < repeatTotal_; ++n) {
        if (!session_.isOpen() || closeAsked() || link_->stopsAsked.load() != repeatStopBase_) {
            stopRepeating();
            return;
        }
        if (n > 0 && (!burst || n >= ClientSessionService::burstMessages || clock.elapsed() >= ClientSessionService::burstMs))
            break;
        if (!writable()) {
            waiting = true; // the peer is not reading: look again soon, with the event loop running meanwhile
            break;
        }
        if (!sendRepeatMessage()) {
            stopRepeating();
            return;
        }
    }
    if (repeatDone_ >= repeatTotal_) {
        stopRepeating();
        return;
    }
    // A full socket is looked at again every 2 ms; otherwise the next message waits its interval.
    const int next = waiting ? std::min(2, std::max(1, repeatIntervalMs_)) : repeatIntervalMs_;
    if (repeatTimer_->interval() != next)
        repeatTimer_->setInterval(next);
    if (progressClock_.elapsed() >= ClientSessionService::progressIntervalMs) {
        progressClock_.start();
        emit repeatProgress(repeatSent_, repeatTotal_);
    }
}

void ClientSessionWorker::stopRepeating()
{
    if (repeatTimer_)
        repeatTimer_->stop();
    if (!repeating_)
        return;
    repeating_ = false;
    repeatJournalLeft_ = 0;
    if (repeatHidden_ > 0 || repeatDone_ < repeatTotal_) {
        ClientChunk c;
        c.timeUs = nowUs();
        c.outgoing = true;
        c.unshownBytes = repeatHiddenBytes_;
        c.summary = true;
        QStringList notes;
        if (repeatHidden_ > 0)
            notes << tr("… %L1 more sent (%L2 bytes), not shown").arg(repeatHidden_).arg(repeatHiddenBytes_);
        if (repeatDone_ < repeatTotal_)
            notes << tr("repeat stopped after %L1 of %L2 messages").arg(repeatSent_).arg(repeatTotal_);
        c.note = notes.join(QStringLiteral("; "));
        addChunk(std::move(c));
    }
    if (repeatHidden_ > 0 && session_.isOpen()) {
        // The journal, like the transcript, has the first sends and then one line for the rest.
        CallTimer t;
        const RepeatItem& first = repeatItems_.front();
        CallJournal::global().record(t.entry(repeatHasTarget_ ? "sendto" : "send",
                                             std::to_string(session_.fd()) + ", buf, "
                                                 + std::to_string(first.bytes.size()) + ", "
                                                 + flagsText(sendFlagTable(), first.flags),
                                             "(" + std::to_string(repeatHidden_) + " more sends of this repeat, "
                                                 + std::to_string(repeatHiddenBytes_) + " bytes, counted only)",
                                             0,
                                             "/* a repeat of " + std::to_string(repeatTotal_) + " messages: "
                                                 + std::to_string(repeatSent_) + " sent, the first "
                                                 + std::to_string(ClientSessionService::shownRepeatMessages)
                                                 + " shown and journalled as they went */"));
    }
    flush();
    if (repeatTotal_ > 1)
        emit repeatProgress(repeatSent_, repeatTotal_);
    emit repeatFinished(repeatSent_);
    repeatDone_ = repeatTotal_ = 0;
}

void ClientSessionWorker::sendFile(const QString& path, int flags)
{
    if (!session_.isOpen()) {
        reportError("send", EBADF);
        return;
    }
    // Only a regular file: a device (/dev/zero) never ends and a FIFO without a writer blocks open().
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        ClientIoError e;
        e.call = QStringLiteral("open");
        e.message = tr("“%1” is not a regular file: the console sends the bytes of a file, not of a device, "
                       "a pipe or a directory")
                        .arg(path);
        emit ioError(e);
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ClientIoError e;
        e.call = QStringLiteral("open");
        e.message = tr("cannot read “%1”: %2").arg(path, f.errorString());
        emit ioError(e);
        return;
    }
    if (f.size() > ClientSessionService::maxFileBytes) {
        ClientIoError e;
        e.call = QStringLiteral("open");
        e.errnoSymbol = QStringLiteral("EFBIG");
        e.message = tr("“%1” is larger than %2 MiB, the most the console sends")
                        .arg(path)
                        .arg(ClientSessionService::maxFileBytes >> 20);
        emit ioError(e);
        return;
    }
    const QByteArray data = f.readAll();
    const bool stream = isStreamTransport(session_.transport());
    // A stream takes the file whole; datagrams go in pieces of at most 8 KiB, one per send.
    const qsizetype piece = stream ? data.size() : 8192;
    qsizetype total = 0;
    for (qsizetype off = 0; off < data.size() || (off == 0 && data.isEmpty()); off += piece) {
        qsizetype sent = 0;
        const bool ok = sendAll(std::string(data.constData() + off, static_cast<std::size_t>(std::min(piece, data.size() - off))),
                                flags, nullptr, sent);
        total += sent;
        if (!ok || data.isEmpty())
            break;
    }
    ClientChunk c;
    c.timeUs = nowUs();
    c.outgoing = true;
    c.bytes = data.left(std::min<qsizetype>(total, 64 * 1024));
    c.note = tr("file %1: %2 bytes sent").arg(path).arg(total);
    addChunk(std::move(c));
    flush();
}

void ClientSessionWorker::receiveOnce(int size, int flags)
{
    if (!session_.isOpen()) {
        reportError("recv", EBADF);
        return;
    }
    if (!beginBlockingCall())
        return; // a close is queued: it comes next
    ClientRecvResult r;
    if (session_.tlsActive()) {
        // The socket is non-blocking under TLS: wait for a record as recv() would, in slices so a close gets in.
        for (;;) {
            pollfd p{session_.fd(), POLLIN, 0};
            if (session_.tlsPending() == 0 && ::poll(&p, 1, 100) == 0) {
                if (closeAsked())
                    break;
                continue;
            }
            r = session_.receive(static_cast<std::size_t>(std::max(1, size)), 0, true);
            if (!(r.result < 0 && r.err == EAGAIN) || closeAsked())
                break;
        }
    } else {
        r = session_.receive(static_cast<std::size_t>(std::max(1, size)), flags, true);
    }
    endBlockingCall();
    if (closeAsked() && r.result <= 0)
        return; // woken by the close's shutdown(): the close reports itself
    if (r.result < 0 && session_.tlsActive()) {
        reportTlsError("SSL_read", r.tlsMessage);
        return;
    }
    if (r.result < 0) {
        reportError(isStreamTransport(session_.transport()) ? "recv" : "recvfrom", r.err);
        return;
    }
    if (r.result == 0 && r.bytes.empty() && isStreamTransport(session_.transport()) && !(flags & MSG_OOB)) {
        flush();
        emit callDone(tr("recv() = 0: the peer has closed its sending side"));
        emit peerClosed();
        return;
    }
    ClientChunk c = receivedChunk(r);
    QStringList notes;
    if (flags)
        notes << qs(flagsText(recvFlagTable(), flags));
    if (r.truncated || static_cast<std::size_t>(r.result) > r.bytes.size())
        notes << (r.discarded ? tr("MSG_TRUNC on a stream: the kernel discarded %1 bytes without copying them")
                              : tr("truncated: the datagram had %1 bytes"))
                     .arg(r.result);
    c.note = notes.join(QStringLiteral(", "));
    addChunk(std::move(c));
    flush();
}

void ClientSessionWorker::shutdownSocket(int how)
{
    if (!session_.isOpen()) {
        reportError("shutdown", EBADF);
        return;
    }
    const ClientCallResult r = session_.shutdown(how);
    if (!r.ok) {
        reportError("shutdown", r.err);
        return;
    }
    emit callDone(tr("shutdown(fd, %1) = 0: %2")
                      .arg(QLatin1String(howSymbol(how)),
                           shutdownExplanation(how, isStreamTransport(session_.transport()))));
    if (how != SHUT_RD)
        emit sendingClosed(tr("Our side is shut down for writing (shutdown %1): send() would now fail with EPIPE "
                              "and raise SIGPIPE. Disconnect, then connect again to send more; the socket lab lets "
                              "you make that failing call on purpose.")
                               .arg(QLatin1String(howSymbol(how))));
}

void ClientSessionWorker::closeNow(bool abortive)
{
    ++closesRun_;
    link_->socketId.store(0);
    stopRepeating();
    flush();
    stopReading();
    if (!session_.isOpen())
        return;
    const bool stream = isStreamTransport(session_.transport());
    if (abortive) {
        const ClientCallResult r = session_.abort();
        emit callDone(r.ok ? tr("setsockopt(SO_LINGER {1, 0}), close(fd): %1")
                                 .arg(stream ? abortExplanation() : closeExplanation(false))
                           : qs(r.message));
    } else {
        // TLS's own end of data first, so the peer can tell the end from a cut-off.
        if (session_.tlsActive() && session_.tlsShutdown().ok)
            emit callDone(tr("SSL_shutdown(ssl): close_notify sent, TLS's end of data"));
        session_.close();
        emit callDone(tr("close(fd) = 0: %1").arg(closeExplanation(stream)));
    }
    emit socketClosed();
}

void ClientSessionWorker::closeSocket() { closeNow(false); }
void ClientSessionWorker::abortSocket() { closeNow(true); }

} // namespace sockscope
