#include "ByteOrder.h"

#include "CallJournal.h"
#include "CLiteral.h"

#include <arpa/inet.h>

#include <cstring>

namespace sockscope {

Endianness hostEndianness()
{
    // Look at memory, as the chapter does, rather than trust a macro.
    const std::uint32_t probe = 0x01020304;
    unsigned char first;
    std::memcpy(&first, &probe, 1);
    if (first == 0x04)
        return Endianness::Little;
    if (first == 0x01)
        return Endianness::Big;
    return Endianness::Mixed;
}

const char* endiannessName(Endianness e)
{
    switch (e) {
    case Endianness::Little: return "little-endian";
    case Endianness::Big: return "big-endian";
    case Endianness::Mixed: return "mixed-endian";
    }
    return "";
}

const char* byteOrderFunctionName(ByteOrderFunction f)
{
    switch (f) {
    case ByteOrderFunction::Htonl: return "htonl";
    case ByteOrderFunction::Htons: return "htons";
    case ByteOrderFunction::Ntohl: return "ntohl";
    case ByteOrderFunction::Ntohs: return "ntohs";
    }
    return "";
}

unsigned byteOrderBits(ByteOrderFunction f)
{
    return (f == ByteOrderFunction::Htons || f == ByteOrderFunction::Ntohs) ? 16 : 32;
}

namespace {

std::array<std::uint8_t, 4> memoryBytes(std::uint32_t value, unsigned bits)
{
    std::array<std::uint8_t, 4> out{};
    if (bits == 16) {
        const auto v = static_cast<std::uint16_t>(value);
        std::memcpy(out.data(), &v, sizeof v);
    } else {
        std::memcpy(out.data(), &value, sizeof value);
    }
    return out;
}

} // namespace

std::string ByteOrderResult::inputHex() const { return hexBytes(inputBytes.data(), bits / 8); }
std::string ByteOrderResult::outputHex() const { return hexBytes(outputBytes.data(), bits / 8); }

ByteOrderResult convertByteOrder(ByteOrderFunction function, std::uint32_t value)
{
    ByteOrderResult r;
    r.function = function;
    r.bits = byteOrderBits(function);
    r.input = r.bits == 16 ? static_cast<std::uint16_t>(value) : value;
    const int digits = static_cast<int>(r.bits / 4);
    const std::string arg = hexValue(r.input, digits);

    CallTimer timer;
    switch (function) {
    case ByteOrderFunction::Htonl: r.output = htonl(r.input); break;
    case ByteOrderFunction::Ntohl: r.output = ntohl(r.input); break;
    case ByteOrderFunction::Htons: r.output = htons(static_cast<std::uint16_t>(r.input)); break;
    case ByteOrderFunction::Ntohs: r.output = ntohs(static_cast<std::uint16_t>(r.input)); break;
    }
    const std::string name = byteOrderFunctionName(function);
    const std::string type = r.bits == 16 ? "uint16_t" : "uint32_t";
    const std::string suffix = r.bits == 16 ? "" : "u";
    const std::string result = hexValue(r.output, digits);
    CallJournal::global().record(timer.entry(
        name, arg + suffix, result, 0,
        type + " v = " + name + "(" + arg + suffix + "); /* v == " + result + " */"));

    r.inputBytes = memoryBytes(r.input, r.bits);
    r.outputBytes = memoryBytes(r.output, r.bits);
    return r;
}

} // namespace sockscope
