#pragma once
// sockscope-cli layout in|in6|un ADDRESS [PORT] [--flowinfo N] [--json]: a socket address, field by field.

#include <QStringList>

namespace sockscope::cli {

int runLayout(const QStringList& arguments);

} // namespace sockscope::cli
