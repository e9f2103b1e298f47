#pragma once
// sockscope-cli sockopt list|defaults [--family inet|inet6|unix] [--socktype stream|dgram] [--json]:
// the socket option catalogue, and every option's value on a fresh socket of one kind.

#include <QStringList>

namespace sockscope::cli {

int runSockopt(const QStringList& arguments);

} // namespace sockscope::cli
