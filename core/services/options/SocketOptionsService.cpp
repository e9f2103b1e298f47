#include "SocketOptionsService.h"

#include "CallJournal.h"

#include "EchoMessages.h"
#include "EchoServer.h"
#include "ErrnoInfo.h"
#include "SocketOptionMessages.h"

#include <QMetaObject>
#include <QTimerEvent>

#include <cerrno>
#include <mutex>

namespace sockscope {

namespace {

void registerMetaTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<sockscope::SocketList>();
        qRegisterMetaType<sockscope::OptionReadings>();
        qRegisterMetaType<sockscope::OptionSetResult>();
        qRegisterMetaType<sockscope::OptionValue>();
        qRegisterMetaType<sockscope::TcpInfo>();
        qRegisterMetaType<sockscope::OptionDemo>();
        qRegisterMetaType<sockscope::OptionDemoResult>();
    });
}

bool sameList(const SocketList& a, const SocketList& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || a[i].label != b[i].label)
            return false;
    return true;
}

OptionDemoResult runDemoNow(OptionDemo demo)
{
    OptionDemoResult r;
    r.demo = demo;
    auto fill = [&r](const DemoOutcome& o, const QString& summary) {
        r.ran = o.ran;
        r.asExpected = o.asExpected;
        r.summary = summary;
    };
    switch (demo) {
    case OptionDemo::RecvTimeout: {
        const RecvTimeoutOutcome o = demoRecvTimeout(500);
        fill(o, SocketOptionMessages::recvTimeout(o));
        break;
    }
    case OptionDemo::LingerReset: {
        const DemoOutcome o = demoLingerReset();
        fill(o, SocketOptionMessages::lingerReset(o));
        break;
    }
    case OptionDemo::ReuseAddress: {
        const ReuseAddressOutcome o = demoReuseAddress();
        fill(o, SocketOptionMessages::reuseAddress(o));
        break;
    }
    case OptionDemo::V6OnlyOn:
    case OptionDemo::V6OnlyOff: {
        const V6OnlyOutcome o = demoV6Only(demo == OptionDemo::V6OnlyOn);
        fill(o, SocketOptionMessages::v6Only(o));
        break;
    }
    case OptionDemo::NoDelay: {
        // Its own echo server on loopback, for as long as the measurement runs.
        EchoConfig config;
        config.threads = 1;
        auto server = EchoServer::create(config);
        const EchoStartResult started = server->start();
        if (!started.ok) {
            r.summary = SocketOptionMessages::tr("The echo server for the measurement did not start: %1.")
                            .arg(EchoMessages::startFailure(started));
            break;
        }
        const NoDelayOutcome o = demoNoDelay("127.0.0.1", started.bound.port(), 200);
        server->stop();
        fill(o, SocketOptionMessages::noDelay(o));
        break;
    }
    }
    return r;
}

} // namespace

SocketOptionsService::SocketOptionsService(QObject* parent)
    : QObject(parent), worker_(new SocketOptionsWorker(this)), demoContext_(new QObject)
{
    registerMetaTypes();
    thread_.setObjectName(QStringLiteral("sockopt-service"));
    demoThread_.setObjectName(QStringLiteral("sockopt-demos"));
    worker_->moveToThread(&thread_);
    demoContext_->moveToThread(&demoThread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(&demoThread_, &QThread::finished, demoContext_, &QObject::deleteLater);
    thread_.start();
    demoThread_.start();
    QMetaObject::invokeMethod(worker_, [w = worker_] { w->startPolling(); }, Qt::QueuedConnection);
}

SocketOptionsService::~SocketOptionsService()
{
    thread_.quit();
    demoThread_.quit();
    thread_.wait();
    demoThread_.wait();
}

void SocketOptionsService::refreshSockets()
{
    QMetaObject::invokeMethod(worker_, [w = worker_] { w->poll(true); }, Qt::QueuedConnection);
}

void SocketOptionsService::readAll(quint64 socketId)
{
    const quint64 request = latestRead_ = nextRequest_++;
    QMetaObject::invokeMethod(
        worker_,
        [this, socketId, request] {
            const auto readings = readAllOptions(SocketRegistry::global(), socketId);
            QMetaObject::invokeMethod(
                this,
                [this, socketId, request, readings] {
                    if (request == latestRead_)
                        emit optionsRead(socketId, !readings, readings ? *readings : OptionReadings{});
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SocketOptionsService::apply(quint64 socketId, const QString& option, const OptionValue& value)
{
    const std::string name = option.toStdString();
    QMetaObject::invokeMethod(
        worker_,
        [this, socketId, name, value] {
            const SocketOptionSpec* spec = findSocketOption(name);
            if (!spec)
                return;
            const OptionSetResult result = setOption(SocketRegistry::global(), socketId, *spec, value);
            const QString message = SocketOptionMessages::setOutcome(result);
            // Applies are never dropped: each answers one deliberate edit.
            QMetaObject::invokeMethod(
                this, [this, socketId, result, message] { emit applied(socketId, result, message); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SocketOptionsService::readDefaults(quint64 socketId)
{
    const quint64 request = latestDefaults_ = nextRequest_++;
    QMetaObject::invokeMethod(
        worker_,
        [this, socketId, request] {
            OptionReadings readings;
            QString error;
            if (const auto info = SocketRegistry::global().find(socketId)) {
                int err = 0;
                readings = defaultOptions(info->kind, &err);
                if (err)
                    error = SocketOptionMessages::tr("A fresh socket of the same kind could not be created: %1.")
                                .arg(QString::fromStdString(errnoSymbol(err)));
            } else {
                error = SocketOptionMessages::tr("The socket has been closed.");
            }
            QMetaObject::invokeMethod(
                this,
                [this, socketId, request, readings, error] {
                    if (request == latestDefaults_)
                        emit defaultsRead(socketId, readings, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SocketOptionsService::refreshTcpInfo(quint64 socketId)
{
    const quint64 request = latestTcpInfo_ = nextRequest_++;
    QMetaObject::invokeMethod(
        worker_,
        [this, socketId, request] {
            const SocketOptionSpec* spec = findSocketOption("TCP_INFO");
            OptionReading r;
            if (spec && spec->available()) {
                const UnjournalledCalls quiet; // once a second: the page says the refreshes are not journalled
                r = getOption(SocketRegistry::global(), socketId, *spec);
            }
            const bool ok = spec && r.ok();
            const TcpInfo info = ok ? std::get<TcpInfo>(r.value) : TcpInfo{};
            QMetaObject::invokeMethod(
                this,
                [this, socketId, request, ok, info] {
                    if (request == latestTcpInfo_)
                        emit tcpInfoRead(socketId, ok, info);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SocketOptionsService::createScratch(int domain, int type)
{
    QMetaObject::invokeMethod(
        worker_,
        [this, w = worker_, domain, type] {
            const SocketKind kind{domain, type, 0};
            int err = 0;
            RegisteredSocket s = openScratchSocket(kind, {}, &err);
            if (!s) {
                const QString message = SocketOptionMessages::tr("The scratch socket could not be created: %1.")
                                            .arg(QString::fromStdString(errnoDescription(err)));
                QMetaObject::invokeMethod(this, [this, message] { emit scratchFailed(message); }, Qt::QueuedConnection);
                return;
            }
            s.setLabel("scratch socket fd " + std::to_string(s.get()));
            const std::uint64_t id = s.id();
            w->scratch.emplace(id, std::move(s));
            w->poll(true);
            QMetaObject::invokeMethod(this, [this, id] { emit scratchCreated(id); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SocketOptionsService::closeScratch(quint64 socketId)
{
    QMetaObject::invokeMethod(
        worker_,
        [w = worker_, socketId] {
            const auto it = w->scratch.find(socketId);
            if (it == w->scratch.end())
                return;
            closeScratchSocket(it->second);
            w->scratch.erase(it);
            w->poll(true);
        },
        Qt::QueuedConnection);
}

void SocketOptionsService::runDemo(OptionDemo demo)
{
    QMetaObject::invokeMethod(
        demoContext_,
        [this, demo] {
            const OptionDemoResult r = runDemoNow(demo);
            QMetaObject::invokeMethod(this, [this, r] { emit demoFinished(r); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

SocketOptionsWorker::~SocketOptionsWorker()
{
    for (auto& [id, socket] : scratch)
        closeScratchSocket(socket); // on the worker thread
}

void SocketOptionsWorker::startPolling()
{
    timerId_ = startTimer(SocketOptionsService::pollIntervalMs);
    poll(true);
}

void SocketOptionsWorker::poll(bool force)
{
    SocketList now = SocketRegistry::global().list();
    if (sent_ && !force && sameList(now, last_))
        return;
    sent_ = true;
    last_ = now;
    SocketOptionsService* service = service_;
    QMetaObject::invokeMethod(service, [service, now] { emit service->socketsChanged(now); }, Qt::QueuedConnection);
}

void SocketOptionsWorker::timerEvent(QTimerEvent* event)
{
    if (event->timerId() == timerId_)
        poll(false);
}

} // namespace sockscope
