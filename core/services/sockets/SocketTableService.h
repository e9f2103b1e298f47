#pragma once
// The machine's socket table on a worker thread: list() asks the kernel (sock_diag) there and the
// answer comes back by signal, tagged with the request's number; an answer older than the latest
// request is dropped, never shown. SockScope's own sockets (those in the SocketRegistry) are matched
// to their rows by inode, so a front end can name them and open their options. Refreshes made on a
// timer are left out of the journal (journal = false), as the options page's TCP_INFO reads are.

#include "SocketRegistry.h"
#include "SocketTable.h"

#include <QMetaType>
#include <QObject>
#include <QThread>

#include <map>

namespace sockscope {

struct SocketTableSnapshot {
    SocketTableResult table;
    std::map<std::uint64_t, RegisteredSocketInfo> ours; // by inode
    qint64 durationUs = 0;
};

class SocketTableService : public QObject {
    Q_OBJECT
public:
    explicit SocketTableService(QObject* parent = nullptr);
    ~SocketTableService() override; // joins the thread

    // Returns the request's number; listed() carries it.
    quint64 list(const sockscope::SocketTableQuery& query, bool journal);
    bool isBusy() const { return pending_ > 0; }

signals:
    void listed(quint64 request, const sockscope::SocketTableSnapshot& snapshot);

private:
    QThread thread_;
    QObject* context_; // lives on thread_
    quint64 nextRequest_ = 1;
    quint64 latest_ = 0;
    int pending_ = 0;
};

} // namespace sockscope

Q_DECLARE_METATYPE(sockscope::SocketTableSnapshot)
