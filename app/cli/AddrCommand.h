#pragma once
// sockscope-cli addr [--family inet|inet6|auto] [--json] TEXT...: inet_pton, then inet_ntop.

#include <QStringList>

namespace sockscope::cli {

int runAddr(const QStringList& arguments);

} // namespace sockscope::cli
