#pragma once
// The legacy host lookups, next to their replacements:
//   sockscope-cli host NAME [--family inet|inet6] [--stayopen] [--json]     gethostbyname2
//   sockscope-cli host --address ADDR [--family inet|inet6] [--json]        gethostbyaddr

#include <QStringList>

namespace sockscope::cli {

int runHost(const QStringList& arguments);

} // namespace sockscope::cli
