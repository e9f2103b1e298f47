#pragma once
// sockscope-cli sockets [--tcp] [--udp] [--unix] [--listening] [--json]: the machine's sockets as the
// kernel lists them through NETLINK_SOCK_DIAG (the chapter's netstat -na; ss -tuxa).

#include <QStringList>

namespace sockscope::cli {

int runSockets(const QStringList& arguments);

} // namespace sockscope::cli
