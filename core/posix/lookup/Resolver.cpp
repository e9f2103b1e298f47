#include "Resolver.h"

#include "AddressCodec.h"
#include "CallJournal.h"
#include "CLiteral.h"

#include <arpa/inet.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>

namespace sockscope {

const std::vector<FlagName>& addrInfoFlags()
{
    static const std::vector<FlagName> flags = {
        {AI_PASSIVE, "AI_PASSIVE", "passive"},
        {AI_CANONNAME, "AI_CANONNAME", "canonname"},
        {AI_NUMERICHOST, "AI_NUMERICHOST", "numerichost"},
        {AI_NUMERICSERV, "AI_NUMERICSERV", "numericserv"},
        {AI_V4MAPPED, "AI_V4MAPPED", "v4mapped"},
        {AI_ALL, "AI_ALL", "all"},
        {AI_ADDRCONFIG, "AI_ADDRCONFIG", "addrconfig"},
#ifdef AI_IDN
        {AI_IDN, "AI_IDN", "idn"},
#endif
    };
    return flags;
}

const std::vector<FlagName>& nameInfoFlags()
{
    static const std::vector<FlagName> flags = {
        {NI_NUMERICHOST, "NI_NUMERICHOST", "numerichost"},
        {NI_NUMERICSERV, "NI_NUMERICSERV", "numericserv"},
        {NI_NAMEREQD, "NI_NAMEREQD", "namereqd"},
        {NI_NOFQDN, "NI_NOFQDN", "nofqdn"},
        {NI_DGRAM, "NI_DGRAM", "dgram"},
    };
    return flags;
}

std::string flagsText(const std::vector<FlagName>& table, int flags)
{
    std::string out;
    for (const auto& f : table) {
        if (flags & f.value) {
            if (!out.empty())
                out += "|";
            out += f.name;
            flags &= ~f.value;
        }
    }
    if (flags) {
        if (!out.empty())
            out += "|";
        out += hexValue(static_cast<std::uint32_t>(flags), 4);
    }
    return out.empty() ? "0" : out;
}

std::optional<int> parseFlags(const std::vector<FlagName>& table, const std::string& list, std::string* unknown)
{
    int flags = 0;
    std::size_t pos = 0;
    while (pos <= list.size()) {
        const std::size_t comma = list.find(',', pos);
        const std::string word = list.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
        if (!word.empty()) {
            bool found = false;
            for (const auto& f : table) {
                if (word == f.cliName || word == f.name) {
                    flags |= f.value;
                    found = true;
                }
            }
            if (!found) {
                if (unknown)
                    *unknown = word;
                return std::nullopt;
            }
        }
        if (comma == std::string::npos)
            break;
        pos = comma + 1;
    }
    return flags;
}

std::string socktypeSymbol(int socktype)
{
    switch (socktype) {
    case 0: return "0";
    case SOCK_STREAM: return "SOCK_STREAM";
    case SOCK_DGRAM: return "SOCK_DGRAM";
    case SOCK_RAW: return "SOCK_RAW";
    case SOCK_SEQPACKET: return "SOCK_SEQPACKET";
    }
    return std::to_string(socktype);
}

std::string protocolSymbol(int protocol)
{
    switch (protocol) {
    case 0: return "0";
    case IPPROTO_TCP: return "IPPROTO_TCP";
    case IPPROTO_UDP: return "IPPROTO_UDP";
    case IPPROTO_ICMP: return "IPPROTO_ICMP";
    case IPPROTO_ICMPV6: return "IPPROTO_ICMPV6";
    case IPPROTO_RAW: return "IPPROTO_RAW";
#ifdef IPPROTO_SCTP
    case IPPROTO_SCTP: return "IPPROTO_SCTP";
#endif
    }
    return std::to_string(protocol);
}

namespace {

struct GaiName {
    int code;
    const char* name;
};

const std::vector<GaiName>& gaiNames()
{
    static const std::vector<GaiName> names = {
        {EAI_AGAIN, "EAI_AGAIN"},     {EAI_BADFLAGS, "EAI_BADFLAGS"}, {EAI_FAIL, "EAI_FAIL"},
        {EAI_FAMILY, "EAI_FAMILY"},   {EAI_MEMORY, "EAI_MEMORY"},     {EAI_NONAME, "EAI_NONAME"},
        {EAI_SERVICE, "EAI_SERVICE"}, {EAI_SOCKTYPE, "EAI_SOCKTYPE"}, {EAI_SYSTEM, "EAI_SYSTEM"},
        {EAI_OVERFLOW, "EAI_OVERFLOW"},
#ifdef EAI_NODATA
        {EAI_NODATA, "EAI_NODATA"},
#endif
#ifdef EAI_ADDRFAMILY
        {EAI_ADDRFAMILY, "EAI_ADDRFAMILY"},
#endif
#ifdef EAI_INPROGRESS
        {EAI_INPROGRESS, "EAI_INPROGRESS"}, {EAI_CANCELED, "EAI_CANCELED"},
        {EAI_NOTCANCELED, "EAI_NOTCANCELED"}, {EAI_ALLDONE, "EAI_ALLDONE"},
        {EAI_INTR, "EAI_INTR"},
#endif
#ifdef EAI_IDN_ENCODE
        {EAI_IDN_ENCODE, "EAI_IDN_ENCODE"},
#endif
    };
    return names;
}

std::string optionalLiteral(const std::optional<std::string>& s) { return s ? cStringLiteral(*s) : "NULL"; }

std::string familyArg(int family) { return familySymbol(family); }

AddrInfoEntry copyEntry(const addrinfo& ai)
{
    AddrInfoEntry e;
    e.flags = ai.ai_flags;
    e.family = ai.ai_family;
    e.socktype = ai.ai_socktype;
    e.protocol = ai.ai_protocol;
    e.addrlen = ai.ai_addrlen;
    if (ai.ai_addr)
        e.addrHex = hexBytes(ai.ai_addr, ai.ai_addrlen);
    char buf[INET6_ADDRSTRLEN] = {};
    if (ai.ai_family == AF_INET && ai.ai_addr) {
        sockaddr_in sin{};
        std::memcpy(&sin, ai.ai_addr, std::min<std::size_t>(sizeof sin, ai.ai_addrlen));
        e.address = inet_ntop(AF_INET, &sin.sin_addr, buf, sizeof buf) ? buf : "";
        e.port = ntohs(sin.sin_port);
    } else if (ai.ai_family == AF_INET6 && ai.ai_addr) {
        sockaddr_in6 sin6{};
        std::memcpy(&sin6, ai.ai_addr, std::min<std::size_t>(sizeof sin6, ai.ai_addrlen));
        e.address = inet_ntop(AF_INET6, &sin6.sin6_addr, buf, sizeof buf) ? buf : "";
        e.port = ntohs(sin6.sin6_port);
        e.scopeId = sin6.sin6_scope_id;
        e.flowinfo = ntohl(sin6.sin6_flowinfo);
        if (e.scopeId) {
            char ifname[IF_NAMESIZE] = {};
            e.address += "%" + std::string(if_indextoname(e.scopeId, ifname) ? ifname : std::to_string(e.scopeId));
        }
    }
    if (ai.ai_canonname)
        e.canonname = ai.ai_canonname;
    return e;
}

} // namespace

std::string gaiSymbol(int rc)
{
    if (rc == 0)
        return "0";
    for (const auto& n : gaiNames())
        if (n.code == rc)
            return n.name;
    return "EAI_" + std::to_string(rc);
}

std::string gaiText(int rc) { return gai_strerror(rc); }

std::vector<int> gaiCodes()
{
    std::vector<int> out;
    for (const auto& n : gaiNames())
        out.push_back(n.code);
    return out;
}

AddrInfoResult resolveAddress(const std::optional<std::string>& node, const std::optional<std::string>& service,
                              const AddrInfoHints& hints)
{
    AddrInfoResult r;
    addrinfo h{};
    h.ai_flags = hints.flags;
    h.ai_family = hints.family;
    h.ai_socktype = hints.socktype;
    h.ai_protocol = hints.protocol;
    addrinfo* list = nullptr;

    CallTimer t;
    errno = 0;
    r.rc = getaddrinfo(node ? node->c_str() : nullptr, service ? service->c_str() : nullptr, &h, &list);
    r.err = r.rc == EAI_SYSTEM ? errno : 0;
    for (addrinfo* ai = list; ai; ai = ai->ai_next)
        r.entries.push_back(copyEntry(*ai));
    if (list)
        freeaddrinfo(list);
    r.durationUs = t.elapsedUs();

    const std::string args = optionalLiteral(node) + ", " + optionalLiteral(service) + ", &hints, &res";
    std::string result = std::to_string(r.rc);
    if (r.rc != 0)
        result += " (" + gaiSymbol(r.rc) + ": " + gaiText(r.rc) + ")";
    else
        result += " (" + std::to_string(r.entries.size()) + " addrinfo)";
    const std::string code =
        "struct addrinfo hints, *res;\nmemset(&hints, 0, sizeof hints);\nhints.ai_flags = "
        + flagsText(addrInfoFlags(), hints.flags) + ";\nhints.ai_family = " + familyArg(hints.family)
        + ";\nhints.ai_socktype = " + socktypeSymbol(hints.socktype) + ";\nhints.ai_protocol = "
        + protocolSymbol(hints.protocol) + ";\nint rc = getaddrinfo(" + args
        + ");\nif (rc != 0)\n    fprintf(stderr, \"%s\\n\", gai_strerror(rc)); /* not perror: rc is not an errno */\n"
        + "/* … walk res->ai_next … */\nfreeaddrinfo(res);";
    CallJournal::global().record(t.entry("getaddrinfo", args, result, r.err, code));
    return r;
}

NameInfoResult resolveName(const std::string& address, int port, int flags)
{
    NameInfoResult r;
    sockaddr_storage ss{};
    socklen_t len = 0;
    std::string host = address;
    std::string scope;
    if (const auto pct = address.find('%'); pct != std::string::npos) {
        host = address.substr(0, pct);
        scope = address.substr(pct + 1);
    }
    const PtonResult v4 = scope.empty() ? presentationToNetwork(AF_INET, host) : PtonResult{};
    std::string var;
    if (v4.ok()) {
        auto* sin = reinterpret_cast<sockaddr_in*>(&ss);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(static_cast<std::uint16_t>(port));
        std::memcpy(&sin->sin_addr, v4.bytes.data(), 4);
        len = sizeof(sockaddr_in);
        var = "sin";
    } else {
        const PtonResult v6 = presentationToNetwork(AF_INET6, host);
        if (!v6.ok()) {
            r.rc = EAI_NONAME;
            return r;
        }
        auto* sin6 = reinterpret_cast<sockaddr_in6*>(&ss);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(static_cast<std::uint16_t>(port));
        std::memcpy(&sin6->sin6_addr, v6.bytes.data(), 16);
        if (!scope.empty()) {
            unsigned idx = if_nametoindex(scope.c_str());
            if (idx == 0) {
                char* end = nullptr;
                const unsigned long n = std::strtoul(scope.c_str(), &end, 10);
                if (!end || *end || n > 0xffffffffu) {
                    r.rc = EAI_NONAME;
                    return r;
                }
                idx = static_cast<unsigned>(n);
            }
            sin6->sin6_scope_id = idx;
        }
        len = sizeof(sockaddr_in6);
        var = "sin6";
    }
    char hostBuf[NI_MAXHOST] = {};
    char servBuf[NI_MAXSERV] = {};
    CallTimer t;
    errno = 0;
    r.rc = getnameinfo(reinterpret_cast<const sockaddr*>(&ss), len, hostBuf, sizeof hostBuf, servBuf,
                       sizeof servBuf, flags);
    r.err = r.rc == EAI_SYSTEM ? errno : 0;
    if (r.rc == 0) {
        r.host = hostBuf;
        r.service = servBuf;
    }
    r.durationUs = t.elapsedUs();
    const std::string args = "(struct sockaddr *)&" + var + ", sizeof " + var
                             + ", host, sizeof host, serv, sizeof serv, " + flagsText(nameInfoFlags(), flags);
    std::string result = std::to_string(r.rc);
    result += r.rc == 0 ? " (host " + cStringLiteral(r.host) + ", serv " + cStringLiteral(r.service) + ")"
                        : " (" + gaiSymbol(r.rc) + ": " + gaiText(r.rc) + ")";
    CallJournal::global().record(t.entry(
        "getnameinfo", args, result, r.err,
        "/* " + var + " holds " + address + " port " + std::to_string(port)
            + " */\nchar host[NI_MAXHOST], serv[NI_MAXSERV];\nint rc = getnameinfo(" + args + ");"));
    return r;
}

} // namespace sockscope
