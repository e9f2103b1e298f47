#pragma once
// The hosts, protocols and services databases (/etc/hosts, /etc/protocols, /etc/services and
// whatever nsswitch.conf adds). The get*ent family keeps hidden state and is not thread-safe:
// one process-wide lock is held across each whole set*ent → get*ent… → end*ent sequence, and every
// result is deep-copied before the lock is released. Single lookups use the reentrant _r variants
// where the C library has them (glibc does); the journal names the variant that ran.

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace sockscope {

struct HostEntry {
    std::string name;
    std::vector<std::string> aliases;
    int addrType = 0;                    // AF_INET or AF_INET6
    int length = 0;                      // bytes per address
    std::vector<std::string> addresses;  // inet_ntop text, in h_addr_list order
};

struct ProtocolEntry {
    std::string name;
    std::vector<std::string> aliases;
    int number = 0;
};

struct ServiceEntry {
    std::string name;
    std::vector<std::string> aliases;
    int port = 0;                 // host byte order
    std::uint16_t portNetwork = 0; // s_port exactly as the C library returned it (network order)
    std::string protocol;         // "tcp", "udp", …
};

// The lock every user of the non-reentrant database functions must hold (sockscope's own code
// takes it for you; it is public so tests can prove the point).
std::mutex& nameDatabaseLock();

// Whole-database enumerations: set*ent(stayOpen), get*ent until NULL, end*ent.
std::vector<HostEntry> enumerateHosts(bool stayOpen = false);
std::vector<ProtocolEntry> enumerateProtocols(bool stayOpen = false);
std::vector<ServiceEntry> enumerateServices(bool stayOpen = false);

// A lookup's outcome: the entry, or why there is none.
template <typename Entry>
struct DbLookup {
    std::optional<Entry> entry;
    int err = 0;       // errno from a failed _r call (ERANGE is retried internally)
    int hErrno = 0;    // h_errno for the host lookups (HOST_NOT_FOUND, TRY_AGAIN, NO_RECOVERY, NO_DATA)
    std::string function; // the function that ran: "getprotobyname_r", "gethostbyname2_r", …
};

DbLookup<ProtocolEntry> protocolByName(const std::string& name);
DbLookup<ProtocolEntry> protocolByNumber(int number);
// `proto` may be empty (any protocol), as getservbyname's NULL.
DbLookup<ServiceEntry> serviceByName(const std::string& name, const std::string& proto);
// `port` in host order; converted with htons() for the call, as the API demands.
DbLookup<ServiceEntry> serviceByPort(int port, const std::string& proto);

// The legacy host lookups the chapter shows, next to getaddrinfo.
DbLookup<HostEntry> hostByName(const std::string& name, int family);
// `address` is presentation text of the given family.
DbLookup<HostEntry> hostByAddress(const std::string& address, int family);
// The chapter's "stay open" variant: under the database lock, sethostent(1), then gethostbyname2
// (the non-reentrant one, since the stay-open state belongs to it, not to the _r variant), the
// result copied, then endhostent(). All three calls are journalled. The chapter says stayopen makes
// DNS queries use TCP; that is for the caller to observe (glibc 2.36 keeps using UDP).
DbLookup<HostEntry> hostByNameStayOpen(const std::string& name, int family);

// "HOST_NOT_FOUND", "TRY_AGAIN", "NO_RECOVERY", "NO_DATA" and hstrerror's text.
std::string hErrnoSymbol(int hErrno);
std::string hErrnoText(int hErrno);

} // namespace sockscope
