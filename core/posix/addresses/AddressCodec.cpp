#include "AddressCodec.h"

#include "CallJournal.h"
#include "CLiteral.h"
#include "ErrnoInfo.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>

namespace sockscope {

std::string familySymbol(int family)
{
    switch (family) {
    case AF_INET: return "AF_INET";
    case AF_INET6: return "AF_INET6";
    case AF_UNIX: return "AF_UNIX";
    case AF_UNSPEC: return "AF_UNSPEC";
    }
    return std::to_string(family);
}

namespace {

const char* addrType(int family) { return family == AF_INET6 ? "struct in6_addr" : "struct in_addr"; }
const char* addrVar(int family) { return family == AF_INET6 ? "addr6" : "addr"; }

} // namespace

std::string PtonResult::hex() const { return hexBytes(bytes.data(), size); }

PtonResult presentationToNetwork(int family, const std::string& text)
{
    PtonResult r;
    r.family = family;
    unsigned char buf[sizeof(in6_addr)] = {};
    const std::string fam = familySymbol(family);
    const std::string literal = cStringLiteral(text);
    const std::string var = addrVar(family);

    CallTimer timer;
    errno = 0;
    r.rc = inet_pton(family, text.c_str(), buf);
    r.err = r.rc < 0 ? errno : 0;
    CallJournal::global().record(timer.entry(
        "inet_pton", fam + ", " + literal + ", &" + var, std::to_string(r.rc), r.err,
        std::string(addrType(family)) + " " + var + ";\nint rc = inet_pton(" + fam + ", " + literal
            + ", &" + var + "); /* 1 ok, 0 not an address, -1 errno */"));
    if (r.rc == 1) {
        r.size = family == AF_INET6 ? 16 : 4;
        std::memcpy(r.bytes.data(), buf, r.size);
    }
    return r;
}

PtonResult presentationToNetworkAuto(const std::string& text)
{
    PtonResult v4 = presentationToNetwork(AF_INET, text);
    if (v4.ok())
        return v4;
    return presentationToNetwork(AF_INET6, text);
}

NtopResult networkToPresentation(int family, const void* bytes, std::size_t bufSize)
{
    NtopResult r;
    std::string buf(bufSize > 0 ? bufSize : 1, '\0');
    const std::string fam = familySymbol(family);
    const std::size_t addrSize = family == AF_INET6 ? 16 : 4;
    const std::string var = addrVar(family);

    CallTimer timer;
    errno = 0;
    const char* p = inet_ntop(family, bytes, buf.data(), static_cast<socklen_t>(bufSize));
    r.err = p ? 0 : errno;
    r.ok = p != nullptr;
    if (r.ok)
        r.text = p;
    CallJournal::global().record(timer.entry(
        "inet_ntop", fam + ", &" + var + ", buf, " + std::to_string(bufSize),
        r.ok ? cStringLiteral(r.text) : "NULL", r.err,
        "/* " + var + " holds " + hexBytes(bytes, addrSize) + " */\nchar buf["
            + std::to_string(bufSize) + "];\nconst char *s = inet_ntop(" + fam + ", &" + var + ", buf, sizeof buf);"));
    return r;
}

LegacyParse legacyParse(const std::string& text)
{
    LegacyParse r;
    const std::string literal = cStringLiteral(text);
    {
        in_addr a{};
        CallTimer timer;
        r.atonRc = inet_aton(text.c_str(), &a);
        CallJournal::global().record(timer.entry(
            "inet_aton", literal + ", &addr", std::to_string(r.atonRc), 0,
            "struct in_addr addr;\nint ok = inet_aton(" + literal + ", &addr); /* 1 ok, 0 invalid; errno unused */"));
        if (r.atonRc)
            r.atonAddr = a.s_addr;
    }
    {
        CallTimer timer;
        const in_addr_t v = inet_addr(text.c_str());
        r.inetAddr = v;
        r.inetAddrIsNone = v == INADDR_NONE;
        CallJournal::global().record(timer.entry(
            "inet_addr", literal, hexValue(ntohl(v), 8) + " (network order " + hexBytes(&v, 4) + ")", 0,
            "in_addr_t a = inet_addr(" + literal + "); /* INADDR_NONE (0xffffffff) on error */"));
    }
    if (r.atonRc) {
        in_addr a{};
        a.s_addr = r.atonAddr;
        CallTimer timer;
        const char* s = inet_ntoa(a); // static buffer: copied at once
        r.ntoaText = s ? s : "";
        CallJournal::global().record(timer.entry(
            "inet_ntoa", "addr", cStringLiteral(r.ntoaText), 0,
            "char *s = inet_ntoa(addr); /* a static buffer, overwritten by the next call */"));
    }
    const PtonResult p = presentationToNetwork(AF_INET, text);
    if (p.ok()) {
        const NtopResult n = networkToPresentation(AF_INET, p.bytes.data(), INET_ADDRSTRLEN);
        if (n.ok)
            r.ptonText = n.text;
    }
    return r;
}

} // namespace sockscope
