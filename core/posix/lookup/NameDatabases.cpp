#include "NameDatabases.h"

#include "AddressCodec.h"
#include "CallJournal.h"
#include "CLiteral.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>

namespace sockscope {

std::mutex& nameDatabaseLock()
{
    static std::mutex lock;
    return lock;
}

namespace {

void journal(const CallTimer& timer, std::string function, std::string args, std::string result,
             std::string code, int err = 0)
{
    CallJournal::global().record(timer.entry(std::move(function), std::move(args), std::move(result), err,
                                             std::move(code)));
}

std::vector<std::string> copyList(char** list)
{
    std::vector<std::string> out;
    for (; list && *list; ++list)
        out.emplace_back(*list);
    return out;
}

// Address text for the copies; not journalled, since the enumeration entry stands for the loop.
std::string addressText(int family, const void* bytes)
{
    char buf[INET6_ADDRSTRLEN] = {};
    return inet_ntop(family, bytes, buf, sizeof buf) ? std::string(buf) : std::string();
}

HostEntry copyHost(const hostent& h)
{
    HostEntry e;
    e.name = h.h_name ? h.h_name : "";
    e.aliases = copyList(h.h_aliases);
    e.addrType = h.h_addrtype;
    e.length = h.h_length;
    for (char** a = h.h_addr_list; a && *a; ++a)
        e.addresses.push_back(addressText(h.h_addrtype, *a));
    return e;
}

ProtocolEntry copyProtocol(const protoent& p)
{
    return {p.p_name ? p.p_name : "", copyList(p.p_aliases), p.p_proto};
}

ServiceEntry copyService(const servent& s)
{
    ServiceEntry e;
    e.name = s.s_name ? s.s_name : "";
    e.aliases = copyList(s.s_aliases);
    e.portNetwork = static_cast<std::uint16_t>(s.s_port);
    e.port = ntohs(static_cast<std::uint16_t>(s.s_port));
    e.protocol = s.s_proto ? s.s_proto : "";
    return e;
}

const char* stayOpenText(bool stayOpen) { return stayOpen ? "1" : "0"; }

// One enumeration: set*ent, get*ent until NULL, end*ent, under the database lock.
template <typename Entry, typename Raw>
std::vector<Entry> enumerate(bool stayOpen, const char* db, const char* rawType, void (*set)(int),
                             Raw* (*get)(), void (*end)(), Entry (*copy)(const Raw&))
{
    std::vector<Entry> out;
    std::lock_guard lock(nameDatabaseLock());
    const std::string setName = std::string("set") + db + "ent";
    const std::string getName = std::string("get") + db + "ent";
    const std::string endName = std::string("end") + db + "ent";
    {
        CallTimer t;
        set(stayOpen ? 1 : 0);
        journal(t, setName, stayOpenText(stayOpen), "(void)", setName + "(" + stayOpenText(stayOpen) + ");");
    }
    {
        CallTimer t;
        while (Raw* raw = get())
            out.push_back(copy(*raw));
        journal(t, getName, "", std::to_string(out.size()) + " \u00d7 struct " + rawType + " *, NULL", // symbols, no words to translate
                std::string("struct ") + rawType + " *e;\nwhile ((e = " + getName + "()) != NULL) {\n"
                    + "    /* one entry per call; the pointer is only valid until the next call */\n}");
    }
    {
        CallTimer t;
        end();
        journal(t, endName, "", "(void)", endName + "();");
    }
    return out;
}

// Calls a glibc _r lookup with a buffer that grows on ERANGE. `call(buf, len)` returns the
// function's status; the buffer stays alive until `use` has copied the result.
template <typename Call>
int withGrowingBuffer(Call call)
{
    std::vector<char> buf(1024);
    for (;;) {
        const int rc = call(buf.data(), buf.size());
        if (rc != ERANGE || buf.size() >= (1u << 20))
            return rc;
        buf.resize(buf.size() * 4);
    }
}

std::string protoArg(const std::string& proto) { return proto.empty() ? "NULL" : cStringLiteral(proto); }

} // namespace

std::vector<HostEntry> enumerateHosts(bool stayOpen)
{
    return enumerate<HostEntry, hostent>(stayOpen, "host", "hostent", sethostent, gethostent, endhostent,
                                         copyHost);
}

std::vector<ProtocolEntry> enumerateProtocols(bool stayOpen)
{
    return enumerate<ProtocolEntry, protoent>(stayOpen, "proto", "protoent", setprotoent, getprotoent,
                                              endprotoent, copyProtocol);
}

std::vector<ServiceEntry> enumerateServices(bool stayOpen)
{
    return enumerate<ServiceEntry, servent>(stayOpen, "serv", "servent", setservent, getservent, endservent,
                                            copyService);
}

#if defined(__GLIBC__)
// glibc has reentrant variants of every single lookup: no lock needed, and the journal says _r.

DbLookup<ProtocolEntry> protocolByName(const std::string& name)
{
    DbLookup<ProtocolEntry> r;
    r.function = "getprotobyname_r";
    CallTimer t;
    const int rc = withGrowingBuffer([&](char* buf, std::size_t len) {
        protoent pe{};
        protoent* res = nullptr;
        const int status = getprotobyname_r(name.c_str(), &pe, buf, len, &res);
        if (status == 0 && res)
            r.entry = copyProtocol(*res);
        return status;
    });
    r.err = rc;
    journal(t, r.function, cStringLiteral(name) + ", &pe, buf, sizeof buf, &res",
            std::to_string(rc) + (r.entry ? "" : ", res == NULL"),
            "struct protoent pe, *res;\nchar buf[1024];\nint rc = getprotobyname_r(" + cStringLiteral(name)
                + ", &pe, buf, sizeof buf, &res); /* res == NULL: not found */",
            rc);
    return r;
}

DbLookup<ProtocolEntry> protocolByNumber(int number)
{
    DbLookup<ProtocolEntry> r;
    r.function = "getprotobynumber_r";
    CallTimer t;
    const int rc = withGrowingBuffer([&](char* buf, std::size_t len) {
        protoent pe{};
        protoent* res = nullptr;
        const int status = getprotobynumber_r(number, &pe, buf, len, &res);
        if (status == 0 && res)
            r.entry = copyProtocol(*res);
        return status;
    });
    r.err = rc;
    journal(t, r.function, std::to_string(number) + ", &pe, buf, sizeof buf, &res",
            std::to_string(rc) + (r.entry ? "" : ", res == NULL"),
            "struct protoent pe, *res;\nchar buf[1024];\nint rc = getprotobynumber_r(" + std::to_string(number)
                + ", &pe, buf, sizeof buf, &res);",
            rc);
    return r;
}

DbLookup<ServiceEntry> serviceByName(const std::string& name, const std::string& proto)
{
    DbLookup<ServiceEntry> r;
    r.function = "getservbyname_r";
    CallTimer t;
    const int rc = withGrowingBuffer([&](char* buf, std::size_t len) {
        servent se{};
        servent* res = nullptr;
        const int status = getservbyname_r(name.c_str(), proto.empty() ? nullptr : proto.c_str(), &se, buf,
                                           len, &res);
        if (status == 0 && res)
            r.entry = copyService(*res);
        return status;
    });
    r.err = rc;
    const std::string args = cStringLiteral(name) + ", " + protoArg(proto) + ", &se, buf, sizeof buf, &res";
    journal(t, r.function, args,
            std::to_string(rc) + (r.entry ? ", s_port == htons(" + std::to_string(r.entry->port) + ")" : ", res == NULL"),
            "struct servent se, *res;\nchar buf[1024];\nint rc = getservbyname_r(" + args
                + ");\n/* res->s_port is in network byte order: ntohs(res->s_port) */",
            rc);
    return r;
}

DbLookup<ServiceEntry> serviceByPort(int port, const std::string& proto)
{
    DbLookup<ServiceEntry> r;
    r.function = "getservbyport_r";
    CallTimer t;
    const int netPort = htons(static_cast<std::uint16_t>(port));
    const int rc = withGrowingBuffer([&](char* buf, std::size_t len) {
        servent se{};
        servent* res = nullptr;
        const int status = getservbyport_r(netPort, proto.empty() ? nullptr : proto.c_str(), &se, buf, len, &res);
        if (status == 0 && res)
            r.entry = copyService(*res);
        return status;
    });
    r.err = rc;
    const std::string args = "htons(" + std::to_string(port) + "), " + protoArg(proto) + ", &se, buf, sizeof buf, &res";
    journal(t, r.function, args, std::to_string(rc) + (r.entry ? "" : ", res == NULL"),
            "struct servent se, *res;\nchar buf[1024];\n/* the port goes in network byte order */\nint rc = getservbyport_r("
                + args + ");",
            rc);
    return r;
}

DbLookup<HostEntry> hostByName(const std::string& name, int family)
{
    DbLookup<HostEntry> r;
    r.function = "gethostbyname2_r";
    CallTimer t;
    const int rc = withGrowingBuffer([&](char* buf, std::size_t len) {
        hostent he{};
        hostent* res = nullptr;
        int herr = 0;
        const int status = gethostbyname2_r(name.c_str(), family, &he, buf, len, &res, &herr);
        r.hErrno = res ? 0 : herr;
        if (status == 0 && res)
            r.entry = copyHost(*res);
        return status;
    });
    r.err = r.entry ? 0 : rc;
    const std::string args = cStringLiteral(name) + ", " + familySymbol(family) + ", &he, buf, sizeof buf, &res, &herr";
    journal(t, r.function, args,
            std::to_string(rc) + (r.entry ? "" : ", res == NULL, herr == " + hErrnoSymbol(r.hErrno)),
            "struct hostent he, *res;\nchar buf[8192];\nint herr;\nint rc = gethostbyname2_r(" + args
                + ");\n/* on failure the reason is in herr (h_errno style), not errno */",
            r.err);
    return r;
}

DbLookup<HostEntry> hostByAddress(const std::string& address, int family)
{
    DbLookup<HostEntry> r;
    r.function = "gethostbyaddr_r";
    const PtonResult p = presentationToNetwork(family, address);
    if (!p.ok()) {
        r.err = p.rc < 0 ? p.err : EINVAL;
        return r;
    }
    CallTimer t;
    const int rc = withGrowingBuffer([&](char* buf, std::size_t len) {
        hostent he{};
        hostent* res = nullptr;
        int herr = 0;
        const int status = gethostbyaddr_r(p.bytes.data(), static_cast<socklen_t>(p.size), family, &he, buf, len,
                                           &res, &herr);
        r.hErrno = res ? 0 : herr;
        if (status == 0 && res)
            r.entry = copyHost(*res);
        return status;
    });
    r.err = r.entry ? 0 : rc;
    const std::string var = family == AF_INET6 ? "addr6" : "addr";
    const std::string args = "&" + var + ", sizeof " + var + ", " + familySymbol(family)
                             + ", &he, buf, sizeof buf, &res, &herr";
    journal(t, r.function, args,
            std::to_string(rc) + (r.entry ? "" : ", res == NULL, herr == " + hErrnoSymbol(r.hErrno)),
            "/* " + var + " holds " + p.hex() + " (" + address + ") */\nstruct hostent he, *res;\nchar buf[8192];\nint herr;\nint rc = gethostbyaddr_r("
                + args + ");",
            r.err);
    return r;
}

#else
// Without reentrant variants (the BSDs, macOS) the classic functions run under the database lock.

namespace {
template <typename Entry, typename Raw, typename Call, typename Copy>
DbLookup<Entry> lockedLookup(const char* function, const std::string& args, Call call, Copy copy)
{
    DbLookup<Entry> r;
    r.function = function;
    std::lock_guard lock(nameDatabaseLock());
    CallTimer t;
    h_errno = 0;
    Raw* raw = call();
    if (raw)
        r.entry = copy(*raw);
    else
        r.hErrno = h_errno;
    journal(t, function, args, raw ? "pointer" : "NULL", std::string("p = ") + function + "(" + args + ");");
    return r;
}
} // namespace

DbLookup<ProtocolEntry> protocolByName(const std::string& name)
{
    return lockedLookup<ProtocolEntry, protoent>("getprotobyname", cStringLiteral(name),
                                                 [&] { return getprotobyname(name.c_str()); }, copyProtocol);
}
DbLookup<ProtocolEntry> protocolByNumber(int number)
{
    return lockedLookup<ProtocolEntry, protoent>("getprotobynumber", std::to_string(number),
                                                 [&] { return getprotobynumber(number); }, copyProtocol);
}
DbLookup<ServiceEntry> serviceByName(const std::string& name, const std::string& proto)
{
    return lockedLookup<ServiceEntry, servent>(
        "getservbyname", cStringLiteral(name) + ", " + protoArg(proto),
        [&] { return getservbyname(name.c_str(), proto.empty() ? nullptr : proto.c_str()); }, copyService);
}
DbLookup<ServiceEntry> serviceByPort(int port, const std::string& proto)
{
    return lockedLookup<ServiceEntry, servent>(
        "getservbyport", "htons(" + std::to_string(port) + "), " + protoArg(proto),
        [&] { return getservbyport(htons(static_cast<std::uint16_t>(port)), proto.empty() ? nullptr : proto.c_str()); },
        copyService);
}
DbLookup<HostEntry> hostByName(const std::string& name, int family)
{
    return lockedLookup<HostEntry, hostent>("gethostbyname2", cStringLiteral(name) + ", " + familySymbol(family),
                                            [&] { return gethostbyname2(name.c_str(), family); }, copyHost);
}
DbLookup<HostEntry> hostByAddress(const std::string& address, int family)
{
    const PtonResult p = presentationToNetwork(family, address);
    if (!p.ok()) {
        DbLookup<HostEntry> r;
        r.function = "gethostbyaddr";
        r.err = EINVAL;
        return r;
    }
    return lockedLookup<HostEntry, hostent>(
        "gethostbyaddr", "&addr, sizeof addr, " + familySymbol(family),
        [&] { return gethostbyaddr(p.bytes.data(), static_cast<socklen_t>(p.size), family); }, copyHost);
}
#endif

DbLookup<HostEntry> hostByNameStayOpen(const std::string& name, int family)
{
    DbLookup<HostEntry> r;
    r.function = "gethostbyname2";
    std::lock_guard lock(nameDatabaseLock());
    {
        CallTimer t;
        sethostent(1);
        journal(t, "sethostent", "1", "(void)",
                "sethostent(1); /* stayopen: keep the hosts database open between calls */");
    }
    {
        CallTimer t;
        h_errno = 0;
        const hostent* h = gethostbyname2(name.c_str(), family);
        const int herr = h ? 0 : h_errno;
        const int err = herr == NETDB_INTERNAL ? errno : 0;
        if (h)
            r.entry = copyHost(*h);
        r.hErrno = herr;
        r.err = err;
        const std::string args = cStringLiteral(name) + ", " + familySymbol(family);
        journal(t, r.function, args, h ? "pointer to static storage" : "NULL, h_errno == " + hErrnoSymbol(herr),
                "struct hostent *h = gethostbyname2(" + args
                    + ");\n/* not thread-safe: h points into static storage, overwritten by the next call;"
                      " on failure the reason is in h_errno */",
                err);
    }
    {
        CallTimer t;
        endhostent();
        journal(t, "endhostent", "", "(void)", "endhostent();");
    }
    return r;
}

std::string hErrnoSymbol(int hErrno)
{
    switch (hErrno) {
    case 0: return "0";
    case HOST_NOT_FOUND: return "HOST_NOT_FOUND";
    case TRY_AGAIN: return "TRY_AGAIN";
    case NO_RECOVERY: return "NO_RECOVERY";
    case NO_DATA: return "NO_DATA";
#ifdef NETDB_INTERNAL
    case NETDB_INTERNAL: return "NETDB_INTERNAL";
#endif
    }
    return std::to_string(hErrno);
}

std::string hErrnoText(int hErrno)
{
    return hstrerror(hErrno);
}

} // namespace sockscope
