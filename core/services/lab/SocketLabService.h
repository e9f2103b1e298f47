#pragma once
// The socket lab for a Qt front end. Every call runs on a worker thread, never on the caller's: quick
// calls and the table's snapshots on "lab-calls", a call that may block (accept, connect, recv, … on a
// blocking socket) on "lab-blocking", so the table stays live and abandon() can interrupt it.
// Results and table snapshots come back by signals; results of calls made before a reset() are dropped.

#include "SocketLabTypes.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace sockscope {

class SocketLab;
class SocketLabCallWorker;
class SocketLabBlockingWorker;

class SocketLabService : public QObject {
    Q_OBJECT
public:
    static constexpr int snapshotIntervalMs = 500;

    explicit SocketLabService(QObject* parent = nullptr);
    ~SocketLabService() override; // abandons a waiting call, joins the workers, closes the sockets

    // Queues the call; callFinished(ticket, …) answers. A call that may block first reports blockingStarted.
    quint64 perform(const LabRequest& request);
    // Interrupts the waiting call (it ends with -1 EINTR, reported by callFinished).
    void abandon();
    // Closes every lab socket and forgets the session.
    void reset();
    // Asks for a snapshot now (also sent every snapshotIntervalMs and after each call).
    void refresh();
    // Reads the protocols database (setprotoent, getprotoent…, endprotoent: journalled) for the
    // socket() form's choices; protocolsRead answers.
    void readProtocols();

    bool isBlocking() const { return blocking_; }
    // The performed calls in order (copied under the lab's lock; no system call).
    std::vector<LabResult> steps() const;
    static int somaxconn();

signals:
    void blockingStarted(quint64 ticket, const sockscope::LabRequest& request);
    void callFinished(quint64 ticket, const sockscope::LabResult& result);
    void snapshot(const std::vector<sockscope::LabSocketRow>& rows);
    void blockingChanged(bool blocking);
    // The database's entries in its order: each name with its number.
    void protocolsRead(const QStringList& names, const QList<int>& numbers);

private:
    std::shared_ptr<SocketLab> lab_;
    QThread callThread_;
    QThread blockingThread_;
    SocketLabCallWorker* callWorker_;
    SocketLabBlockingWorker* blockingWorker_;
    quint64 nextTicket_ = 1;
    quint64 generation_ = 1;
    quint64 lastSnapshotSerial_ = 0;
    bool blocking_ = false;
};

// Quick calls, snapshots, abandon and reset: on "lab-calls".
class SocketLabCallWorker : public QObject {
    Q_OBJECT
public:
    SocketLabCallWorker(std::shared_ptr<SocketLab> lab, SocketLabBlockingWorker* blocking);
public slots:
    void perform(quint64 ticket, quint64 generation, const sockscope::LabRequest& request);
    void takeSnapshot();
    void abandon();
    void reset();
    void readProtocols();
signals:
    void protocolsRead(const QStringList& names, const QList<int>& numbers);
    void blockingStarted(quint64 ticket, quint64 generation, const sockscope::LabRequest& request);
    void callFinished(quint64 ticket, quint64 generation, const sockscope::LabResult& result);
    void snapshot(quint64 serial, const std::vector<sockscope::LabSocketRow>& rows);

protected:
    void timerEvent(QTimerEvent* event) override;

private:
    // One try of abandon(); tries again shortly while the call is still on its way to the blocking thread.
    void tryAbandon(int triesLeft);

    std::shared_ptr<SocketLab> lab_;
    SocketLabBlockingWorker* blocking_;
    int timerId_ = 0;
    quint64 serial_ = 0;
};

// A call that may block: on "lab-blocking".
class SocketLabBlockingWorker : public QObject {
    Q_OBJECT
public:
    explicit SocketLabBlockingWorker(std::shared_ptr<SocketLab> lab) : lab_(std::move(lab)) {}
    // Counts the calls handed to this worker and not yet finished (any thread may ask).
    void callQueued() { ++inFlight_; }
    bool hasCallInFlight() const { return inFlight_.load() > 0; }
public slots:
    void perform(quint64 ticket, quint64 generation, const sockscope::LabRequest& request);
signals:
    void callFinished(quint64 ticket, quint64 generation, const sockscope::LabResult& result);

private:
    std::shared_ptr<SocketLab> lab_;
    std::atomic<int> inFlight_{0};
};

} // namespace sockscope

Q_DECLARE_METATYPE(sockscope::LabRequest)
Q_DECLARE_METATYPE(sockscope::LabResult)
Q_DECLARE_METATYPE(std::vector<sockscope::LabSocketRow>)
