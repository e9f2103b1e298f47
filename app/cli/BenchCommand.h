#pragma once
#include <QStringList>

namespace sockscope::cli {
// sockscope-cli bench echo HOST PORT --conns C --size BYTES --seconds T --mode pingpong|stream …
int runBench(const QStringList& arguments);
} // namespace sockscope::cli
