#pragma once
// The hosts, protocols and services databases, as getent shows them:
//   sockscope-cli hosts [--stayopen] [--json]
//   sockscope-cli protocols [--stayopen] [--json]
//   sockscope-cli services [--proto tcp|udp] [--stayopen] [--json]
//   sockscope-cli protocol NAME|NUMBER [--json]
//   sockscope-cli service NAME|PORT [--proto tcp|udp] [--json]

#include <QStringList>

namespace sockscope::cli {

int runHosts(const QStringList& arguments);
int runProtocols(const QStringList& arguments);
int runServices(const QStringList& arguments);
int runProtocol(const QStringList& arguments);
int runService(const QStringList& arguments);

} // namespace sockscope::cli
