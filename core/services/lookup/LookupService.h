#pragma once
// Name-database and resolver calls on a bounded pool of worker threads, reported by signals.
// A running getaddrinfo cannot be interrupted: cancel() only marks the request, and its result is
// discarded (reported by `discarded`) when it arrives. Every lookup reports how long it took.

#include "NameDatabases.h"
#include "Resolver.h"

#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThreadPool;

namespace sockscope {

struct LookupServiceLink;

using HostList = std::vector<HostEntry>;
using ProtocolList = std::vector<ProtocolEntry>;
using ServiceList = std::vector<ServiceEntry>;
using HostLookup = DbLookup<HostEntry>;
using ProtocolLookup = DbLookup<ProtocolEntry>;
using ServiceLookup = DbLookup<ServiceEntry>;

class LookupService : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultThreads = 4;

    explicit LookupService(QObject* parent = nullptr, int maxThreads = defaultThreads);
    ~LookupService() override;

    using RequestId = quint64;

    RequestId resolveAddress(std::optional<std::string> node, std::optional<std::string> service,
                             AddrInfoHints hints);
    RequestId resolveName(std::string address, int port, int flags);
    RequestId listHosts(bool stayOpen);
    RequestId listProtocols(bool stayOpen);
    RequestId listServices(bool stayOpen);
    RequestId protocolByName(std::string name);
    RequestId protocolByNumber(int number);
    RequestId serviceByName(std::string name, std::string proto);
    RequestId serviceByPort(int port, std::string proto);
    RequestId hostByName(std::string name, int family);
    RequestId hostByAddress(std::string address, int family);

    // The result of `id` will be dropped when it arrives; returns false if it is not running.
    bool cancel(RequestId id);
    bool isPending(RequestId id) const;
    int pendingCount() const;

signals:
    void addressResolved(quint64 id, const sockscope::AddrInfoResult& result);
    void nameResolved(quint64 id, const sockscope::NameInfoResult& result);
    void hostsListed(quint64 id, const sockscope::HostList& hosts, qint64 durationUs);
    void protocolsListed(quint64 id, const sockscope::ProtocolList& protocols, qint64 durationUs);
    void servicesListed(quint64 id, const sockscope::ServiceList& services, qint64 durationUs);
    void hostFound(quint64 id, const sockscope::HostLookup& result, qint64 durationUs);
    void protocolFound(quint64 id, const sockscope::ProtocolLookup& result, qint64 durationUs);
    void serviceFound(quint64 id, const sockscope::ServiceLookup& result, qint64 durationUs);
    // A cancelled request finished after `durationUs`; its result was thrown away.
    void discarded(quint64 id, qint64 durationUs);

private:
    // The emitter a worker hands back: it runs on this object's thread with the request id and the
    // call's duration, unless the request was cancelled.
    using Deliver = std::function<void(LookupService*, RequestId, qint64)>;
    // Runs `work` on the pool.
    RequestId submit(std::function<Deliver()> work);
    // Wraps a call and the signal that reports its result.
    template <typename Call, typename Signal>
    RequestId run(Call call, Signal signal);
    void finish(RequestId id, qint64 durationUs, const Deliver& deliver);

    QThreadPool* pool_;
    std::shared_ptr<LookupServiceLink> link_; // lets workers post only while this object exists
    QSet<RequestId> pending_;
    QSet<RequestId> cancelled_;
    RequestId nextId_ = 1;
};

} // namespace sockscope

Q_DECLARE_METATYPE(sockscope::AddrInfoResult)
Q_DECLARE_METATYPE(sockscope::NameInfoResult)
Q_DECLARE_METATYPE(sockscope::HostList)
Q_DECLARE_METATYPE(sockscope::ProtocolList)
Q_DECLARE_METATYPE(sockscope::ServiceList)
Q_DECLARE_METATYPE(sockscope::HostLookup)
Q_DECLARE_METATYPE(sockscope::ProtocolLookup)
Q_DECLARE_METATYPE(sockscope::ServiceLookup)
