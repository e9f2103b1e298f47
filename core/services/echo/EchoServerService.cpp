#include "EchoServerService.h"

#include "SelfSignedCertificate.h"
#include "SteadyClock.h"

#include <QDir>
#include <QMetaObject>
#include <QTimerEvent>

#include <unistd.h>

#include <cerrno>
#include <mutex>

namespace sockscope {

namespace {

void registerMetaTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<sockscope::EchoConfig>();
        qRegisterMetaType<sockscope::EchoTlsRequest>();
        qRegisterMetaType<sockscope::EchoTlsOutcome>();
        qRegisterMetaType<sockscope::EchoStartResult>();
        qRegisterMetaType<sockscope::EchoTotals>();
        qRegisterMetaType<sockscope::EchoSnapshot>();
        qRegisterMetaType<sockscope::ConnectionAction>();
    });
}

} // namespace

EchoServerService::EchoServerService(QObject* parent) : QObject(parent), worker_(new EchoServerWorker)
{
    registerMetaTypes();
    thread_.setObjectName(QStringLiteral("echo-service"));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &EchoServerWorker::started, this, [this](const EchoStartResult& r) {
        running_ = r.ok;
        emit started(r);
    });
    connect(worker_, &EchoServerWorker::stopped, this, [this](const EchoTotals& t) {
        running_ = false;
        emit stopped(t);
    });
    connect(worker_, &EchoServerWorker::snapshot, this, &EchoServerService::snapshot);
    connect(worker_, &EchoServerWorker::tlsPrepared, this, &EchoServerService::tlsPrepared);
    thread_.start();
}

EchoServerService::~EchoServerService()
{
    // The worker's destructor (run by deleteLater on its own thread) stops the server.
    thread_.quit();
    thread_.wait();
}

void EchoServerService::start(const EchoConfig& config, const EchoTlsRequest& tls)
{
    if (config.engine == EchoEngine::Fork) {
        EchoStartResult r;
        r.err = EINVAL;
        r.failedCall = "fork";
        r.message = "the fork engine runs only from the command line (sockscope-cli serve echo --engine fork): "
                    "a child forked from the GUI would inherit the whole GUI process";
        r.problem = EchoStartProblem::ForkOnlyInCli;
        emit started(r);
        return;
    }
    QMetaObject::invokeMethod(worker_, "start", Qt::QueuedConnection, Q_ARG(sockscope::EchoConfig, config),
                              Q_ARG(sockscope::EchoTlsRequest, tls));
}

void EchoServerService::stop() { QMetaObject::invokeMethod(worker_, "stop", Qt::QueuedConnection); }

void EchoServerService::act(quint64 connection, ConnectionAction action)
{
    QMetaObject::invokeMethod(worker_, "act", Qt::QueuedConnection, Q_ARG(quint64, connection),
                              Q_ARG(sockscope::ConnectionAction, action));
}

EchoServerWorker::~EchoServerWorker()
{
    if (server_)
        server_->stop();
}

std::shared_ptr<TlsContext> EchoServerWorker::prepareTls(const EchoTlsRequest& tls, EchoTlsOutcome& outcome)
{
    return prepareServerTls(tls, outcome);
}

void EchoServerWorker::start(const EchoConfig& requested, const EchoTlsRequest& tls)
{
    if (server_ && server_->running()) {
        EchoStartResult r;
        r.err = EALREADY;
        r.failedCall = "start";
        r.message = "this server is already running";
        r.problem = EchoStartProblem::AlreadyRunning;
        emit started(r);
        return;
    }
    EchoConfig config = requested;
    if (tls.enabled) {
        EchoTlsOutcome outcome;
        config.tls = prepareTls(tls, outcome);
        emit tlsPrepared(outcome);
        if (!config.tls) {
            EchoStartResult r;
            r.err = EINVAL;
            r.message = "TLS: " + outcome.message.toStdString();
            if (outcome.setup.problem != TlsSetupProblem::None) {
                r.problem = EchoStartProblem::TlsRefused;
                r.tlsSetup = outcome.setup;
            }
            emit started(r);
            return;
        }
    }
    server_ = EchoServer::create(config);
    const EchoStartResult r = server_->start();
    if (!r.ok)
        server_.reset();
    else if (!timerId_)
        timerId_ = startTimer(EchoServerService::snapshotIntervalMs);
    emit started(r);
    if (r.ok)
        publish();
}

void EchoServerWorker::stop()
{
    if (!server_)
        return;
    server_->stop();
    publish(); // the last events: disconnections and the totals line
    const EchoTotals t = server_->totals();
    server_.reset();
    if (timerId_) {
        killTimer(timerId_);
        timerId_ = 0;
    }
    emit stopped(t);
}

void EchoServerWorker::act(quint64 connection, ConnectionAction action)
{
    if (server_)
        server_->act(connection, action);
}

void EchoServerWorker::timerEvent(QTimerEvent* event)
{
    if (event->timerId() == timerId_)
        publish();
}

void EchoServerWorker::publish()
{
    if (!server_)
        return;
    EchoSnapshot s;
    s.totals = server_->totals();
    s.connections = server_->connections();
    s.connectionCount = s.connections.size();
    if (s.connections.size() > EchoServerService::maxRows)
        s.connections.resize(EchoServerService::maxRows);
    s.events = server_->events().drain(&s.droppedEvents);
    s.nowUs = steadyUs();
    emit snapshot(s);
}

} // namespace sockscope
