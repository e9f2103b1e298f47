#include "SockaddrLayout.h"

#include "AddressCodec.h"
#include "CallJournal.h"
#include "CLiteral.h"
#include "NumberParser.h"
#include "Platform.h"

#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <cerrno>
#include <cstring>

namespace sockscope {

namespace {

template <typename Struct>
SockaddrLayout start(const char* name, const Struct& s, std::size_t socklen)
{
    SockaddrLayout l;
    l.structName = name;
    l.size = sizeof s;
    l.socklen = socklen;
    l.bytes.resize(sizeof s);
    std::memcpy(l.bytes.data(), &s, sizeof s);
    return l;
}

void addField(SockaddrLayout& l, std::string name, std::string ctype, std::size_t offset,
              std::size_t size, std::string value, LayoutField::Order order = LayoutField::Order::None)
{
    LayoutField f;
    f.name = std::move(name);
    f.ctype = std::move(ctype);
    f.offset = offset;
    f.size = size;
    f.hex = hexBytes(l.bytes.data() + offset, size);
    f.value = std::move(value);
    f.order = order;
    l.fields.push_back(std::move(f));
}

std::string familyValue(int family) { return familySymbol(family) + " (" + std::to_string(family) + ")"; }

// Adds sa_len (BSD only) and the family field of any socket address.
template <typename Struct, typename FamilyMember>
void addHeader(SockaddrLayout& l, const char* prefix, FamilyMember Struct::*family, int af)
{
#if SOCKSCOPE_HAVE_SA_LEN
    addField(l, std::string(prefix) + "_len", "uint8_t", 0, 1, std::to_string(l.bytes[0]));
#endif
    const Struct probe{};
    const auto off = static_cast<std::size_t>(reinterpret_cast<const char*>(&(probe.*family))
                                              - reinterpret_cast<const char*>(&probe));
    addField(l, std::string(prefix) + "_family", "sa_family_t", off, sizeof(FamilyMember), familyValue(af),
             LayoutField::Order::Host);
}

bool parsePort(const std::string& text, std::uint16_t& port)
{
    const ParsedNumber n = parseUnsigned(text, 65535);
    if (!n.ok())
        return false;
    port = static_cast<std::uint16_t>(n.value);
    return true;
}

} // namespace

LayoutResult layoutInet(const std::string& address, const std::string& port)
{
    LayoutResult r;
    std::uint16_t p = 0;
    if (!parsePort(port, p)) {
        r.error = LayoutResult::Error::BadPort;
        return r;
    }
    const PtonResult a = presentationToNetwork(AF_INET, address);
    if (!a.ok()) {
        r.error = LayoutResult::Error::BadAddress;
        return r;
    }
    sockaddr_in sin{};
    platform::setSaLen(sin, sizeof sin);
    sin.sin_family = AF_INET;
    sin.sin_port = htons(p);
    std::memcpy(&sin.sin_addr, a.bytes.data(), 4);

    SockaddrLayout l = start("struct sockaddr_in", sin, sizeof sin);
    addHeader(l, "sin", &sockaddr_in::sin_family, AF_INET);
    addField(l, "sin_port", "in_port_t", offsetof(sockaddr_in, sin_port), sizeof sin.sin_port,
             std::to_string(p), LayoutField::Order::Network);
    addField(l, "sin_addr", "struct in_addr", offsetof(sockaddr_in, sin_addr), sizeof sin.sin_addr,
             networkToPresentation(AF_INET, &sin.sin_addr, INET_ADDRSTRLEN).text, LayoutField::Order::Network);
    addField(l, "sin_zero", "unsigned char[8]", offsetof(sockaddr_in, sin_zero), sizeof sin.sin_zero,
             "padding, zero");
    r.layout = std::move(l);
    return r;
}

LayoutResult layoutInet6(const std::string& address, const std::string& port, const std::string& flowinfo)
{
    LayoutResult r;
    std::uint16_t p = 0;
    if (!parsePort(port, p)) {
        r.error = LayoutResult::Error::BadPort;
        return r;
    }
    const ParsedNumber flow = parseUnsigned(flowinfo, 0xfffff);
    if (!flow.ok()) {
        r.error = LayoutResult::Error::BadFlowinfo;
        return r;
    }
    std::string host = address;
    std::string scope;
    if (const auto pct = address.find('%'); pct != std::string::npos) {
        host = address.substr(0, pct);
        scope = address.substr(pct + 1);
    }
    const PtonResult a = presentationToNetwork(AF_INET6, host);
    if (!a.ok()) {
        r.error = LayoutResult::Error::BadAddress;
        return r;
    }
    std::uint32_t scopeId = 0;
    std::string scopeText = "0";
    if (!scope.empty() || address.find('%') != std::string::npos) {
        const ParsedNumber n = parseUnsigned(scope, 0xffffffffu);
        if (n.ok()) {
            scopeId = static_cast<std::uint32_t>(n.value);
            scopeText = std::to_string(scopeId);
        } else {
            CallTimer timer;
            errno = 0;
            const unsigned idx = if_nametoindex(scope.c_str());
            const int err = idx == 0 ? errno : 0;
            CallJournal::global().record(timer.entry(
                "if_nametoindex", cStringLiteral(scope), std::to_string(idx), err,
                "unsigned int idx = if_nametoindex(" + cStringLiteral(scope) + "); /* 0: no such interface */"));
            if (idx == 0) {
                r.error = LayoutResult::Error::BadScope;
                return r;
            }
            scopeId = idx;
            scopeText = std::to_string(idx) + " (" + scope + ")";
        }
    }
    sockaddr_in6 sin6{};
    platform::setSaLen(sin6, sizeof sin6);
    sin6.sin6_family = AF_INET6;
    sin6.sin6_port = htons(p);
    sin6.sin6_flowinfo = htonl(static_cast<std::uint32_t>(flow.value));
    std::memcpy(&sin6.sin6_addr, a.bytes.data(), 16);
    sin6.sin6_scope_id = scopeId;

    SockaddrLayout l = start("struct sockaddr_in6", sin6, sizeof sin6);
    addHeader(l, "sin6", &sockaddr_in6::sin6_family, AF_INET6);
    addField(l, "sin6_port", "in_port_t", offsetof(sockaddr_in6, sin6_port), sizeof sin6.sin6_port,
             std::to_string(p), LayoutField::Order::Network);
    addField(l, "sin6_flowinfo", "uint32_t", offsetof(sockaddr_in6, sin6_flowinfo), sizeof sin6.sin6_flowinfo,
             std::to_string(flow.value), LayoutField::Order::Network);
    addField(l, "sin6_addr", "struct in6_addr", offsetof(sockaddr_in6, sin6_addr), sizeof sin6.sin6_addr,
             networkToPresentation(AF_INET6, &sin6.sin6_addr, INET6_ADDRSTRLEN).text, LayoutField::Order::Network);
    addField(l, "sin6_scope_id", "uint32_t", offsetof(sockaddr_in6, sin6_scope_id), sizeof sin6.sin6_scope_id,
             scopeText, LayoutField::Order::Host);
    r.layout = std::move(l);
    return r;
}

LayoutResult layoutUnix(const std::string& path)
{
    LayoutResult r;
    const bool abstract = !path.empty() && path[0] == '@';
    const std::string name = abstract ? path.substr(1) : path;
    if (abstract && !platform::hasAbstractUnixNames) {
        r.error = LayoutResult::Error::NoAbstract;
        return r;
    }
    if (!abstract && path.empty()) {
        r.error = LayoutResult::Error::EmptyPath;
        return r;
    }
    // A path needs room for its NUL; an abstract name has a leading NUL and no terminator.
    const std::size_t maxLen = platform::sunPathCapacity - 1;
    if (name.size() > maxLen || (!abstract && name.find('\0') != std::string::npos)) {
        r.error = LayoutResult::Error::PathTooLong;
        r.limit = maxLen;
        return r;
    }
    sockaddr_un sun{};
    sun.sun_family = AF_UNIX;
    const std::size_t pathOff = offsetof(sockaddr_un, sun_path);
    std::size_t socklen;
    if (abstract) {
        std::memcpy(sun.sun_path + 1, name.data(), name.size());
        socklen = pathOff + 1 + name.size();
    } else {
        std::memcpy(sun.sun_path, name.data(), name.size());
        socklen = pathOff + name.size() + 1;
    }
    platform::setSaLen(sun, socklen);

    SockaddrLayout l = start("struct sockaddr_un", sun, socklen);
    addHeader(l, "sun", &sockaddr_un::sun_family, AF_UNIX);
    addField(l, "sun_path", "char[" + std::to_string(platform::sunPathCapacity) + "]", pathOff,
             sizeof sun.sun_path, abstract ? "@" + name + " (abstract: leading NUL)" : name);
    r.layout = std::move(l);
    return r;
}

SockaddrLayout viewAsSockaddr(const SockaddrLayout& concrete)
{
    sockaddr sa{};
    std::memcpy(&sa, concrete.bytes.data(), std::min(sizeof sa, concrete.bytes.size()));
    SockaddrLayout l = start("struct sockaddr", sa, concrete.socklen);
    const int family = sa.sa_family;
    addHeader(l, "sa", &sockaddr::sa_family, family);
    std::string note = "the first " + std::to_string(sizeof sa.sa_data) + " bytes after the family";
    if (concrete.size > sizeof sa)
        note += "; " + concrete.structName + " is " + std::to_string(concrete.size)
                + " bytes, so struct sockaddr cannot hold it: pass a pointer and the length";
    addField(l, "sa_data", "char[" + std::to_string(sizeof sa.sa_data) + "]", offsetof(sockaddr, sa_data),
             sizeof sa.sa_data, note);
    return l;
}

SockaddrLayout viewAsStorage(const SockaddrLayout& concrete)
{
    sockaddr_storage ss{};
    std::memcpy(&ss, concrete.bytes.data(), std::min(sizeof ss, concrete.bytes.size()));
    SockaddrLayout l = start("struct sockaddr_storage", ss, concrete.socklen);
    addHeader(l, "ss", &sockaddr_storage::ss_family, ss.ss_family);
    const std::size_t rest = offsetof(sockaddr_storage, ss_family) + sizeof ss.ss_family;
    addField(l, "(padding)", "char[" + std::to_string(sizeof ss - rest) + "]", rest, sizeof ss - rest,
             concrete.structName + " fills the first " + std::to_string(concrete.size) + " of "
                 + std::to_string(sizeof ss) + " bytes, aligned to " + std::to_string(alignof(sockaddr_storage)));
    return l;
}

} // namespace sockscope
