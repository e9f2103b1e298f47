#pragma once
// sockscope-cli order [--bits 16|32] [--json] VALUE...: htonl/htons and the bytes in memory.

#include <QStringList>

namespace sockscope::cli {

int runOrder(const QStringList& arguments);

} // namespace sockscope::cli
