#pragma once
// sockscope-cli resolve NODE [SERVICE] [--family inet|inet6|unspec] [--socktype stream|dgram|raw|any]
//                       [--protocol N|NAME] [--flags passive,canonname,…] [--json]: getaddrinfo.

#include <QStringList>

namespace sockscope::cli {

int runResolve(const QStringList& arguments);

} // namespace sockscope::cli
