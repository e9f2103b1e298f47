#pragma once
// The socket options page's worker: every getsockopt/setsockopt runs on a thread of this service,
// through SocketRegistry::withSocket, never on the caller's thread. It lists the live sockets of the
// application (polled), reads all options of one, applies a value (set, then read back), reads the
// defaults of a fresh socket of the same kind, refreshes TCP_INFO, owns scratch sockets, and runs the
// demonstrations on a second thread (they wait on purpose). Results come by signal, tagged with the
// request's number: a result older than the latest request of its kind is dropped, never shown.

#include "SocketOptionDemos.h"
#include "SocketOptions.h"
#include "SocketRegistry.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>

#include <map>
#include <vector>

namespace sockscope {

enum class OptionDemo { RecvTimeout, LingerReset, ReuseAddress, V6OnlyOn, V6OnlyOff, NoDelay };

struct OptionDemoResult {
    OptionDemo demo = OptionDemo::RecvTimeout;
    bool ran = false;
    bool asExpected = false;
    QString summary; // translated
};

using SocketList = std::vector<RegisteredSocketInfo>;
using OptionReadings = std::vector<OptionReading>;

class SocketOptionsWorker;

class SocketOptionsService : public QObject {
    Q_OBJECT
public:
    static constexpr int pollIntervalMs = 500;

    explicit SocketOptionsService(QObject* parent = nullptr);
    ~SocketOptionsService() override; // closes its scratch sockets and joins both threads

    void refreshSockets();
    void readAll(quint64 socketId);
    void apply(quint64 socketId, const QString& option, const sockscope::OptionValue& value);
    void readDefaults(quint64 socketId);
    void refreshTcpInfo(quint64 socketId);
    void createScratch(int domain, int type);
    void closeScratch(quint64 socketId);
    void runDemo(sockscope::OptionDemo demo);

signals:
    // Only when the list changed since the last one (and once at start).
    void socketsChanged(const sockscope::SocketList& sockets);
    // gone: the socket no longer exists (readings empty).
    void optionsRead(quint64 socketId, bool gone, const sockscope::OptionReadings& readings);
    void applied(quint64 socketId, const sockscope::OptionSetResult& result, const QString& message);
    void defaultsRead(quint64 socketId, const sockscope::OptionReadings& readings, const QString& error);
    void tcpInfoRead(quint64 socketId, bool ok, const sockscope::TcpInfo& info);
    void scratchCreated(quint64 socketId);
    void scratchFailed(const QString& message);
    void demoFinished(const sockscope::OptionDemoResult& result);

private:
    friend class SocketOptionsWorker;
    QThread thread_;
    QThread demoThread_;
    SocketOptionsWorker* worker_;  // lives on thread_
    QObject* demoContext_;         // lives on demoThread_
    // The latest request number of each kind; a result carrying an older one is stale.
    quint64 nextRequest_ = 1;
    quint64 latestRead_ = 0, latestDefaults_ = 0, latestTcpInfo_ = 0;
};

// The part that lives on the worker thread: the poll timer and the scratch sockets.
class SocketOptionsWorker : public QObject {
    Q_OBJECT
public:
    explicit SocketOptionsWorker(SocketOptionsService* service) : service_(service) {}
    ~SocketOptionsWorker() override;
    void startPolling();
    void poll(bool force);
    std::map<std::uint64_t, RegisteredSocket> scratch;

protected:
    void timerEvent(QTimerEvent* event) override;

private:
    SocketOptionsService* service_;
    SocketList last_;
    bool sent_ = false;
    int timerId_ = 0;
};

} // namespace sockscope

Q_DECLARE_METATYPE(sockscope::SocketList)
Q_DECLARE_METATYPE(sockscope::OptionReadings)
Q_DECLARE_METATYPE(sockscope::OptionSetResult)
Q_DECLARE_METATYPE(sockscope::OptionValue)
Q_DECLARE_METATYPE(sockscope::TcpInfo)
Q_DECLARE_METATYPE(sockscope::OptionDemo)
Q_DECLARE_METATYPE(sockscope::OptionDemoResult)
