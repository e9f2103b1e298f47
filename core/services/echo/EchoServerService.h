#pragma once
// One echo server for a Qt front end. The engine's setup and teardown (socket, bind, listen, and on
// stop the joining of its threads) run on a worker QThread of this service, never on the caller's
// thread; what the server does is reported by signals: a snapshot of totals, connections and new
// log events at a steady rate, never one signal per connection or message.

#include "EchoServer.h"
#include "ServerTlsSetup.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>

#include <memory>
#include <vector>

namespace sockscope {

struct EchoSnapshot {
    EchoTotals totals;
    std::vector<EchoConnectionInfo> connections; // at most EchoServerService::maxRows
    std::size_t connectionCount = 0;              // all of them, even when the list is cut
    std::vector<EchoEvent> events;                // new since the previous snapshot
    std::uint64_t droppedEvents = 0;
    std::int64_t nowUs = 0;                       // steady clock, to age connections
};

// TLS on the echo server, as the page asks for it (ServerTlsSetup.h; no client certificate asked for).
struct EchoTlsRequest : ServerTlsRequest {};
struct EchoTlsOutcome : ServerTlsOutcome {};

class EchoServerWorker;

class EchoServerService : public QObject {
    Q_OBJECT
public:
    static constexpr std::size_t maxRows = 2000;
    static constexpr int snapshotIntervalMs = 250;

    explicit EchoServerService(QObject* parent = nullptr);
    ~EchoServerService() override; // stops the server and joins the worker thread

    // The fork engine is refused here: a GUI process must not fork children that inherit it.
    // With `tls` enabled the worker makes the server context first (and the self-signed pair), and
    // reports it by tlsPrepared before started.
    void start(const EchoConfig& config, const sockscope::EchoTlsRequest& tls = {});
    void stop();
    void act(quint64 connection, sockscope::ConnectionAction action);
    bool isRunning() const { return running_; }

signals:
    void tlsPrepared(const sockscope::EchoTlsOutcome& outcome);
    void started(const sockscope::EchoStartResult& result);
    void stopped(const sockscope::EchoTotals& totals);
    void snapshot(const sockscope::EchoSnapshot& snapshot);

private:
    QThread thread_;
    EchoServerWorker* worker_; // lives on thread_
    bool running_ = false;
};

// The part that lives on the worker thread.
class EchoServerWorker : public QObject {
    Q_OBJECT
public:
    ~EchoServerWorker() override;
public slots:
    void start(const sockscope::EchoConfig& config, const sockscope::EchoTlsRequest& tls);
    void stop();
    void act(quint64 connection, sockscope::ConnectionAction action);
signals:
    void tlsPrepared(const sockscope::EchoTlsOutcome& outcome);
    void started(const sockscope::EchoStartResult& result);
    void stopped(const sockscope::EchoTotals& totals);
    void snapshot(const sockscope::EchoSnapshot& snapshot);

private:
    // The server context for `tls`, or null with `outcome` saying why.
    std::shared_ptr<TlsContext> prepareTls(const EchoTlsRequest& tls, EchoTlsOutcome& outcome);
    void publish();
    std::unique_ptr<EchoServer> server_;
    int timerId_ = 0;
protected:
    void timerEvent(QTimerEvent* event) override;
};

} // namespace sockscope

Q_DECLARE_METATYPE(sockscope::EchoConfig)
Q_DECLARE_METATYPE(sockscope::EchoTlsRequest)
Q_DECLARE_METATYPE(sockscope::EchoTlsOutcome)
Q_DECLARE_METATYPE(sockscope::EchoStartResult)
Q_DECLARE_METATYPE(sockscope::EchoTotals)
Q_DECLARE_METATYPE(sockscope::EchoSnapshot)
Q_DECLARE_METATYPE(sockscope::ConnectionAction)
