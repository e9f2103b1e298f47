#pragma once
// sockscope-cli wire [--port P]... [--count N] [--seconds S] [--json] [--pcap FILE]: the packets on
// loopback to and from the given ports, decoded one per line (or one JSON object each), with TCP
// sequence numbers relative to each connection's first, optionally saved as pcapng.

#include <QStringList>

namespace sockscope::cli {

int runWire(const QStringList& arguments);

} // namespace sockscope::cli
