#pragma once
// What a console's repeat sends: messages in order, all of them `rounds` times, `intervalMs` between
// two messages. The consoles' services run it on their worker threads.

#include <QByteArray>
#include <QList>
#include <QMetaType>

namespace sockscope {

struct SendItem {
    QByteArray bytes;
    int flags = 0; // MSG_* for send()
};

struct SendSequence {
    static constexpr int maxRounds = 1000000;
    static constexpr int maxIntervalMs = 3600000;
    static constexpr int maxItems = 1000;
    QList<SendItem> items;
    int rounds = 1;
    int intervalMs = 0;
    // Messages in all: items × rounds (1,000,000,000 at most).
    qint64 total() const { return qint64(items.size()) * rounds; }
};

} // namespace sockscope

Q_DECLARE_METATYPE(sockscope::SendSequence)
