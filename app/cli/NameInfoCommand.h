#pragma once
// sockscope-cli nameinfo ADDRESS PORT [--flags numerichost,numericserv,namereqd,nofqdn,dgram] [--json]:
// getnameinfo.

#include <QStringList>

namespace sockscope::cli {

int runNameInfo(const QStringList& arguments);

} // namespace sockscope::cli
