#pragma once
// Captured packets as a pcapng file that Wireshark and tcpdump open: a section header, one interface
// (lo, link type LINKTYPE_RAW: each packet starts with its IP header; microsecond timestamps) and an
// enhanced packet block per packet. Written in the machine's byte order, which pcapng allows: the
// section header's byte-order magic tells the reader.

#include "LoopbackCapture.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sockscope {

// The whole file's bytes, for a packet list already in memory (the GUI's export).
std::vector<std::uint8_t> pcapngBytes(const std::vector<CapturedPacket>& packets);

// A file written as packets arrive (the CLI's --pcap). Every call reports failure through errno.
class PcapngFile {
public:
    PcapngFile() = default;
    ~PcapngFile();
    PcapngFile(const PcapngFile&) = delete;
    PcapngFile& operator=(const PcapngFile&) = delete;

    bool open(const std::string& path);  // creates or truncates, and writes the headers
    bool write(const CapturedPacket& packet);
    bool close();
    bool isOpen() const { return fd_ >= 0; }

private:
    int fd_ = -1;
};

// The section header and interface description blocks; then one block per packet.
std::vector<std::uint8_t> pcapngHeader();
std::vector<std::uint8_t> pcapngPacketBlock(const CapturedPacket& packet);

} // namespace sockscope
