#include "LookupService.h"

#include <QMetaObject>
#include <QThreadPool>

#include <chrono>
#include <mutex>

namespace sockscope {

// The destructor clears `target` under the same lock a worker holds while posting its result, so a
// post never races the service's destruction.
struct LookupServiceLink {
    std::mutex mutex;
    LookupService* target = nullptr;
};

namespace {

// A pool still blocked in getaddrinfo when its service goes away cannot be joined without freezing
// the caller; it is parked here (still reachable) and its threads end when their calls return.
std::vector<QThreadPool*>& parkedPools()
{
    static std::vector<QThreadPool*> pools;
    return pools;
}
std::mutex parkedPoolsMutex;

void registerMetaTypes()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<sockscope::AddrInfoResult>();
        qRegisterMetaType<sockscope::NameInfoResult>();
        qRegisterMetaType<sockscope::HostList>();
        qRegisterMetaType<sockscope::ProtocolList>();
        qRegisterMetaType<sockscope::ServiceList>();
        qRegisterMetaType<sockscope::HostLookup>();
        qRegisterMetaType<sockscope::ProtocolLookup>();
        qRegisterMetaType<sockscope::ServiceLookup>();
    });
}

qint64 microsecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

LookupService::LookupService(QObject* parent, int maxThreads)
    : QObject(parent), pool_(new QThreadPool), link_(std::make_shared<LookupServiceLink>())
{
    registerMetaTypes();
    pool_->setMaxThreadCount(std::max(1, maxThreads));
    pool_->setObjectName(QStringLiteral("lookup"));
    link_->target = this;
}

LookupService::~LookupService()
{
    {
        std::lock_guard lock(link_->mutex);
        link_->target = nullptr;
    }
    pool_->clear(); // lookups not started yet never will be
    if (pool_->waitForDone(100)) {
        delete pool_;
    } else {
        std::lock_guard lock(parkedPoolsMutex);
        parkedPools().push_back(pool_);
    }
}

LookupService::RequestId LookupService::submit(std::function<Deliver()> work)
{
    const RequestId id = nextId_++;
    pending_.insert(id);
    std::shared_ptr<LookupServiceLink> link = link_;
    pool_->start([id, link, work = std::move(work)] {
        const auto start = std::chrono::steady_clock::now();
        Deliver deliver = work();
        const qint64 duration = microsecondsSince(start);
        std::lock_guard lock(link->mutex);
        if (LookupService* target = link->target)
            QMetaObject::invokeMethod(
                target, [target, id, duration, deliver = std::move(deliver)] { target->finish(id, duration, deliver); },
                Qt::QueuedConnection);
    });
    return id;
}

template <typename Call, typename Signal>
LookupService::RequestId LookupService::run(Call call, Signal signal)
{
    return submit([call = std::move(call), signal]() -> Deliver {
        auto result = std::make_shared<decltype(call())>(call());
        return [result, signal](LookupService* self, RequestId id, qint64 durationUs) {
            signal(self, id, *result, durationUs);
        };
    });
}

void LookupService::finish(RequestId id, qint64 durationUs, const Deliver& deliver)
{
    pending_.remove(id);
    if (cancelled_.remove(id)) {
        emit discarded(id, durationUs);
        return;
    }
    deliver(this, id, durationUs);
}

bool LookupService::cancel(RequestId id)
{
    if (!pending_.contains(id))
        return false;
    cancelled_.insert(id);
    return true;
}

bool LookupService::isPending(RequestId id) const { return pending_.contains(id) && !cancelled_.contains(id); }

int LookupService::pendingCount() const { return static_cast<int>(pending_.size() - cancelled_.size()); }

LookupService::RequestId LookupService::resolveAddress(std::optional<std::string> node,
                                                       std::optional<std::string> service, AddrInfoHints hints)
{
    return run([node = std::move(node), service = std::move(service), hints] {
                   return sockscope::resolveAddress(node, service, hints);
               },
               [](LookupService* self, RequestId id, const AddrInfoResult& r, qint64) {
                   emit self->addressResolved(id, r);
               });
}

LookupService::RequestId LookupService::resolveName(std::string address, int port, int flags)
{
    return run([address = std::move(address), port, flags] { return sockscope::resolveName(address, port, flags); },
               [](LookupService* self, RequestId id, const NameInfoResult& r, qint64) {
                   emit self->nameResolved(id, r);
               });
}

LookupService::RequestId LookupService::listHosts(bool stayOpen)
{
    return run([stayOpen] { return enumerateHosts(stayOpen); },
               [](LookupService* self, RequestId id, const HostList& r, qint64 us) { emit self->hostsListed(id, r, us); });
}

LookupService::RequestId LookupService::listProtocols(bool stayOpen)
{
    return run([stayOpen] { return enumerateProtocols(stayOpen); },
               [](LookupService* self, RequestId id, const ProtocolList& r, qint64 us) {
                   emit self->protocolsListed(id, r, us);
               });
}

LookupService::RequestId LookupService::listServices(bool stayOpen)
{
    return run([stayOpen] { return enumerateServices(stayOpen); },
               [](LookupService* self, RequestId id, const ServiceList& r, qint64 us) {
                   emit self->servicesListed(id, r, us);
               });
}

namespace {
void emitProtocol(LookupService* self, LookupService::RequestId id, const ProtocolLookup& r, qint64 us)
{
    emit self->protocolFound(id, r, us);
}
void emitService(LookupService* self, LookupService::RequestId id, const ServiceLookup& r, qint64 us)
{
    emit self->serviceFound(id, r, us);
}
void emitHost(LookupService* self, LookupService::RequestId id, const HostLookup& r, qint64 us)
{
    emit self->hostFound(id, r, us);
}
} // namespace

LookupService::RequestId LookupService::protocolByName(std::string name)
{
    return run([name = std::move(name)] { return sockscope::protocolByName(name); }, emitProtocol);
}

LookupService::RequestId LookupService::protocolByNumber(int number)
{
    return run([number] { return sockscope::protocolByNumber(number); }, emitProtocol);
}

LookupService::RequestId LookupService::serviceByName(std::string name, std::string proto)
{
    return run([name = std::move(name), proto = std::move(proto)] { return sockscope::serviceByName(name, proto); },
               emitService);
}

LookupService::RequestId LookupService::serviceByPort(int port, std::string proto)
{
    return run([port, proto = std::move(proto)] { return sockscope::serviceByPort(port, proto); }, emitService);
}

LookupService::RequestId LookupService::hostByName(std::string name, int family)
{
    return run([name = std::move(name), family] { return sockscope::hostByName(name, family); }, emitHost);
}

LookupService::RequestId LookupService::hostByAddress(std::string address, int family)
{
    return run([address = std::move(address), family] { return sockscope::hostByAddress(address, family); }, emitHost);
}

} // namespace sockscope
