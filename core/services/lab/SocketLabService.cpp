#include "SocketLabService.h"

#include "NameDatabases.h"
#include "SocketLab.h"

#include <QMetaObject>
#include <QTimer>
#include <QTimerEvent>

#include <mutex>

namespace sockscope {

namespace {

void registerMetaTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<sockscope::LabRequest>();
        qRegisterMetaType<sockscope::LabResult>();
        qRegisterMetaType<std::vector<sockscope::LabSocketRow>>();
    });
}

} // namespace

SocketLabService::SocketLabService(QObject* parent)
    : QObject(parent), lab_(std::make_shared<SocketLab>())
{
    registerMetaTypes();
    blockingWorker_ = new SocketLabBlockingWorker(lab_);
    callWorker_ = new SocketLabCallWorker(lab_, blockingWorker_);
    callThread_.setObjectName(QStringLiteral("lab-calls"));
    blockingThread_.setObjectName(QStringLiteral("lab-blocking"));
    callWorker_->moveToThread(&callThread_);
    blockingWorker_->moveToThread(&blockingThread_);
    connect(&callThread_, &QThread::finished, callWorker_, &QObject::deleteLater);
    connect(&blockingThread_, &QThread::finished, blockingWorker_, &QObject::deleteLater);

    connect(callWorker_, &SocketLabCallWorker::blockingStarted, this,
            [this](quint64 ticket, quint64 generation, const LabRequest& request) {
                if (generation != generation_)
                    return;
                blocking_ = true;
                emit blockingChanged(true);
                emit blockingStarted(ticket, request);
            });
    auto finished = [this](quint64 ticket, quint64 generation, const LabResult& result) {
        if (generation != generation_)
            return; // a call from before reset(): its sockets are gone
        if (result.blocking && blocking_) {
            blocking_ = false;
            emit blockingChanged(false);
        }
        emit callFinished(ticket, result);
        refresh();
    };
    connect(callWorker_, &SocketLabCallWorker::callFinished, this, finished);
    connect(blockingWorker_, &SocketLabBlockingWorker::callFinished, this, finished);
    connect(callWorker_, &SocketLabCallWorker::snapshot, this,
            [this](quint64 serial, const std::vector<LabSocketRow>& rows) {
                if (serial <= lastSnapshotSerial_)
                    return; // an older one overtaken by a newer
                lastSnapshotSerial_ = serial;
                emit snapshot(rows);
            });
    connect(callWorker_, &SocketLabCallWorker::protocolsRead, this, &SocketLabService::protocolsRead);
    callThread_.start();
    blockingThread_.start();
    QMetaObject::invokeMethod(callWorker_, "takeSnapshot", Qt::QueuedConnection);
}

SocketLabService::~SocketLabService()
{
    // A waiting call holds the blocking thread: interrupt it until the thread has finished.
    blockingThread_.quit();
    while (!blockingThread_.wait(50))
        lab_->abandon(std::chrono::milliseconds(50));
    callThread_.quit();
    callThread_.wait();
    // The workers are gone; the lab (shared with them) closes its sockets with the last reference.
}

quint64 SocketLabService::perform(const LabRequest& request)
{
    const quint64 ticket = nextTicket_++;
    QMetaObject::invokeMethod(callWorker_, "perform", Qt::QueuedConnection, Q_ARG(quint64, ticket),
                              Q_ARG(quint64, generation_), Q_ARG(sockscope::LabRequest, request));
    return ticket;
}

void SocketLabService::abandon() { QMetaObject::invokeMethod(callWorker_, "abandon", Qt::QueuedConnection); }

void SocketLabService::reset()
{
    ++generation_;
    if (blocking_) {
        blocking_ = false;
        emit blockingChanged(false);
    }
    QMetaObject::invokeMethod(callWorker_, "reset", Qt::QueuedConnection);
    refresh();
}

void SocketLabService::readProtocols() { QMetaObject::invokeMethod(callWorker_, "readProtocols", Qt::QueuedConnection); }

void SocketLabService::refresh() { QMetaObject::invokeMethod(callWorker_, "takeSnapshot", Qt::QueuedConnection); }

std::vector<LabResult> SocketLabService::steps() const { return lab_->steps(); }

int SocketLabService::somaxconn() { return SocketLab::somaxconn(); }

SocketLabCallWorker::SocketLabCallWorker(std::shared_ptr<SocketLab> lab, SocketLabBlockingWorker* blocking)
    : lab_(std::move(lab)), blocking_(blocking)
{
}

void SocketLabCallWorker::perform(quint64 ticket, quint64 generation, const LabRequest& request)
{
    if (!timerId_)
        timerId_ = startTimer(SocketLabService::snapshotIntervalMs);
    // One call that may block at a time, counted from the moment it is handed to the blocking thread
    // (not from when the lab starts it): a second one would otherwise block this thread, or run
    // unseen after the first with no Abandon to stop it.
    if (lab_->mayBlock(request)) {
        if (blocking_->hasCallInFlight()) {
            emit callFinished(ticket, generation, SocketLab::refuse(request, LabNote::RefusedBlockingRunning));
            return;
        }
        emit blockingStarted(ticket, generation, request);
        blocking_->callQueued();
        QMetaObject::invokeMethod(blocking_, "perform", Qt::QueuedConnection, Q_ARG(quint64, ticket),
                                  Q_ARG(quint64, generation), Q_ARG(sockscope::LabRequest, request));
        return;
    }
    emit callFinished(ticket, generation, lab_->perform(request));
}

void SocketLabCallWorker::takeSnapshot()
{
    if (!timerId_)
        timerId_ = startTimer(SocketLabService::snapshotIntervalMs);
    emit snapshot(++serial_, lab_->snapshot());
}

void SocketLabCallWorker::abandon() { tryAbandon(250); }

void SocketLabCallWorker::tryAbandon(int triesLeft)
{
    // "Abandon" may be pressed before the blocking thread has taken the call from its queue: then the
    // lab has nothing to interrupt yet, so try again every 20 ms (5 s at most) until the call is
    // interrupted or has finished by itself.
    if (lab_->abandon() || !blocking_->hasCallInFlight() || triesLeft <= 0)
        return;
    QTimer::singleShot(20, this, [this, triesLeft] { tryAbandon(triesLeft - 1); });
}

void SocketLabCallWorker::reset() { lab_->reset(); }

void SocketLabCallWorker::readProtocols()
{
    QStringList names;
    QList<int> numbers;
    for (const ProtocolEntry& e : enumerateProtocols()) {
        names << QString::fromStdString(e.name);
        numbers << e.number;
    }
    emit protocolsRead(names, numbers);
}

void SocketLabCallWorker::timerEvent(QTimerEvent* event)
{
    if (event->timerId() == timerId_)
        takeSnapshot();
}

void SocketLabBlockingWorker::perform(quint64 ticket, quint64 generation, const LabRequest& request)
{
    LabResult result = lab_->perform(request);
    --inFlight_;
    emit callFinished(ticket, generation, result);
}

} // namespace sockscope
