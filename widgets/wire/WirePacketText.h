#pragma once
// A captured packet in words, in the user's language: the short label on its ladder arrow
// ("SYN seq 0 win 65495") and the full decode for the detail pane (IP, then TCP with its options,
// UDP or ICMP with the quoted datagram, then the bytes as a hex dump).

#include "WireCaptureService.h"

#include <QString>

namespace sockscope {

QString wireArrowLabel(const WirePacket& packet);
QString wirePacketDetail(const WirePacket& packet);

} // namespace sockscope
