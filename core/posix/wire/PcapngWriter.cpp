#include "PcapngWriter.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sockscope {

namespace {

void put32(std::vector<std::uint8_t>& out, std::uint32_t v)
{
    const auto at = out.size();
    out.resize(at + 4);
    std::memcpy(out.data() + at, &v, 4);
}
void put16(std::vector<std::uint8_t>& out, std::uint16_t v)
{
    const auto at = out.size();
    out.resize(at + 2);
    std::memcpy(out.data() + at, &v, 2);
}
void pad4(std::vector<std::uint8_t>& out)
{
    while (out.size() % 4)
        out.push_back(0);
}
// A block's total length sits at its start and again at its end.
void closeBlock(std::vector<std::uint8_t>& out, std::size_t start)
{
    const auto total = static_cast<std::uint32_t>(out.size() - start + 4);
    std::memcpy(out.data() + start + 4, &total, 4);
    put32(out, total);
}

constexpr std::uint32_t linktypeRaw = 101;

bool writeAll(int fd, const std::vector<std::uint8_t>& bytes)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

std::vector<std::uint8_t> pcapngHeader()
{
    std::vector<std::uint8_t> out;
    // Section header block.
    std::size_t start = out.size();
    put32(out, 0x0a0d0d0a);
    put32(out, 0);
    put32(out, 0x1a2b3c4d); // byte-order magic
    put16(out, 1);
    put16(out, 0);          // version 1.0
    put32(out, 0xffffffff);
    put32(out, 0xffffffff); // section length: not given
    closeBlock(out, start);
    // Interface description block: lo, raw IP, microseconds (the default if_tsresol).
    start = out.size();
    put32(out, 1);
    put32(out, 0);
    put16(out, static_cast<std::uint16_t>(linktypeRaw));
    put16(out, 0);
    put32(out, LoopbackCapture::defaultSnapLength);
    put16(out, 2); // if_name
    put16(out, 2);
    out.push_back('l');
    out.push_back('o');
    pad4(out);
    put16(out, 0); // opt_endofopt
    put16(out, 0);
    closeBlock(out, start);
    return out;
}

std::vector<std::uint8_t> pcapngPacketBlock(const CapturedPacket& packet)
{
    std::vector<std::uint8_t> out;
    const std::size_t start = 0;
    put32(out, 6);
    put32(out, 0);
    put32(out, 0); // interface 0
    const auto t = static_cast<std::uint64_t>(packet.timeUs);
    put32(out, static_cast<std::uint32_t>(t >> 32));
    put32(out, static_cast<std::uint32_t>(t));
    put32(out, static_cast<std::uint32_t>(packet.bytes.size()));
    put32(out, packet.wireLength);
    out.insert(out.end(), packet.bytes.begin(), packet.bytes.end());
    pad4(out);
    closeBlock(out, start);
    return out;
}

std::vector<std::uint8_t> pcapngBytes(const std::vector<CapturedPacket>& packets)
{
    std::vector<std::uint8_t> out = pcapngHeader();
    for (const CapturedPacket& p : packets) {
        const auto block = pcapngPacketBlock(p);
        out.insert(out.end(), block.begin(), block.end());
    }
    return out;
}

PcapngFile::~PcapngFile() { close(); }

bool PcapngFile::open(const std::string& path)
{
    close();
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd_ < 0)
        return false;
    return writeAll(fd_, pcapngHeader());
}

bool PcapngFile::write(const CapturedPacket& packet)
{
    if (fd_ < 0) {
        errno = EBADF;
        return false;
    }
    return writeAll(fd_, pcapngPacketBlock(packet));
}

bool PcapngFile::close()
{
    if (fd_ < 0)
        return true;
    const int rc = ::close(fd_);
    fd_ = -1;
    return rc == 0;
}

} // namespace sockscope
