#include "SocketTableService.h"

#include "CallJournal.h"

#include <QMetaObject>

#include <sys/stat.h>

#include <chrono>
#include <mutex>
#include <optional>

namespace sockscope {

namespace {

SocketTableSnapshot takeSnapshot(const SocketTableQuery& query, bool journal)
{
    std::optional<UnjournalledCalls> quiet;
    if (!journal)
        quiet.emplace();
    const auto start = std::chrono::steady_clock::now();
    SocketTableSnapshot s;
    s.table = listMachineSockets(query);
    // fstat on our own descriptors gives the inodes sock_diag reports (st_ino of a socket).
    for (const RegisteredSocketInfo& info : SocketRegistry::global().list()) {
        SocketRegistry::global().withSocket(info.id, [&](int fd) {
            struct stat st {};
            if (::fstat(fd, &st) == 0)
                s.ours[static_cast<std::uint64_t>(st.st_ino)] = info;
        });
    }
    s.durationUs = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count();
    return s;
}

} // namespace

SocketTableService::SocketTableService(QObject* parent) : QObject(parent), context_(new QObject)
{
    static std::once_flag once;
    std::call_once(once, [] { qRegisterMetaType<sockscope::SocketTableSnapshot>(); });
    thread_.setObjectName(QStringLiteral("socket-table"));
    context_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, context_, &QObject::deleteLater);
    thread_.start();
}

SocketTableService::~SocketTableService()
{
    thread_.quit();
    thread_.wait();
}

quint64 SocketTableService::list(const SocketTableQuery& query, bool journal)
{
    const quint64 request = latest_ = nextRequest_++;
    ++pending_;
    QMetaObject::invokeMethod(
        context_,
        [this, query, journal, request] {
            const SocketTableSnapshot snapshot = takeSnapshot(query, journal);
            QMetaObject::invokeMethod(
                this,
                [this, request, snapshot] {
                    --pending_;
                    if (request == latest_) // a newer request's answer is on its way: drop this one
                        emit listed(request, snapshot);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return request;
}

} // namespace sockscope
