#include "ResolverMessages.h"

#include "AddressCodec.h"
#include "ErrnoInfo.h"
#include "NameDatabases.h"

#include <netdb.h>
#include <sys/socket.h>

#include <algorithm>

namespace sockscope {

namespace {

QString shown(const std::optional<std::string>& s)
{
    return s ? QStringLiteral("“%1”").arg(QString::fromStdString(*s)) : QStringLiteral("NULL");
}

bool isNumericAddress(const std::string& text)
{
    const std::string host = text.substr(0, text.find('%'));
    return presentationToNetwork(AF_INET, host).ok() || presentationToNetwork(AF_INET6, host).ok();
}

bool isPortNumber(const std::string& text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

QString flagWords(const std::vector<FlagName>& table, int flags)
{
    QStringList words;
    for (const FlagName& f : table) {
        if (flags & f.value) {
            words.append(QStringLiteral("%1 (%2)").arg(QLatin1String(f.cliName), QLatin1String(f.name)));
            flags &= ~f.value;
        }
    }
    if (flags)
        words.append(QStringLiteral("0x%1").arg(static_cast<unsigned>(flags), 0, 16));
    return words.isEmpty() ? QStringLiteral("0") : words.join(QStringLiteral(", "));
}

} // namespace

QString ResolverMessages::familyWords(int family)
{
    switch (family) {
    case AF_UNSPEC: return QStringLiteral("unspec (AF_UNSPEC)");
    case AF_INET: return QStringLiteral("inet (AF_INET)");
    case AF_INET6: return QStringLiteral("inet6 (AF_INET6)");
    case AF_UNIX: return QStringLiteral("unix (AF_UNIX)");
    }
    return QString::fromStdString(familySymbol(family));
}

QString ResolverMessages::socktypeWords(int socktype)
{
    switch (socktype) {
    case 0: return QStringLiteral("any (0)");
    case SOCK_STREAM: return QStringLiteral("stream (SOCK_STREAM)");
    case SOCK_DGRAM: return QStringLiteral("dgram (SOCK_DGRAM)");
    case SOCK_RAW: return QStringLiteral("raw (SOCK_RAW)");
    }
    return QString::fromStdString(socktypeSymbol(socktype));
}

QString ResolverMessages::allowedFlags(const std::vector<FlagName>& table)
{
    QStringList words;
    for (const FlagName& f : table)
        words.append(QLatin1String(f.cliName));
    return words.join(QLatin1Char(','));
}

QString ResolverMessages::allowedFamilies()
{
    return tr("Allowed: inet (AF_INET), inet6 (AF_INET6), unspec (AF_UNSPEC: either).");
}

QString ResolverMessages::allowedSocktypes()
{
    return tr("Allowed: stream (SOCK_STREAM), dgram (SOCK_DGRAM), raw (SOCK_RAW), any (0: one result per type).");
}

QString ResolverMessages::dnsTimeout(const QString& what)
{
    return tr("The DNS server did not answer in time; try again. (Looking up %1; if it keeps happening, check "
              "the network and the name servers in /etc/resolv.conf.)")
        .arg(what);
}

QString ResolverMessages::addrInfoError(int rc, int err, const std::optional<std::string>& node,
                                        const std::optional<std::string>& service, const AddrInfoHints& hints)
{
    const QString n = shown(node);
    const QString s = shown(service);
    switch (rc) {
    case 0:
        return {};
    case EAI_NONAME:
        if (!node && !service)
            return tr("No such host or service: NODE and SERVICE are both NULL; getaddrinfo needs at least one of "
                      "them.");
        if ((hints.flags & AI_NUMERICHOST) && node && !isNumericAddress(*node))
            return tr("No such host: %1 is not a numeric address, and numerichost (AI_NUMERICHOST) forbids looking "
                      "it up as a name. Give an address such as 192.0.2.1 or 2001:db8::1, or leave out numerichost.")
                .arg(n);
        if ((hints.flags & AI_NUMERICSERV) && service && !isPortNumber(*service))
            return tr("No such service: %1 is not a port number, and numericserv (AI_NUMERICSERV) forbids looking "
                      "it up in the services database. Give a number 0-65535, or leave out numericserv.")
                .arg(s);
        if (!node)
            return tr("No such host or service: check NODE %1 and SERVICE %2 (a NULL NODE means the local host, "
                      "or the wildcard address with passive).")
                .arg(n, s);
        return tr("No such host or service: check NODE %1 and SERVICE %2. The name is not in /etc/hosts and DNS "
                  "does not know it.")
            .arg(n, s);
    case EAI_SERVICE:
        if (hints.socktype == SOCK_RAW)
            return tr("Service %1 is not known for SOCK_RAW: a raw socket has no ports. Give no SERVICE with "
                      "socktype raw.")
                .arg(s);
        if (hints.protocol != 0 && hints.socktype == 0)
            return tr("Service %1 is not known for protocol %2: getaddrinfo knows ports for TCP and UDP only.")
                .arg(s, QString::fromStdString(protocolSymbol(hints.protocol)));
        return tr("Service %1 is not known for %2: it is not in the services database for this socket type. "
                  "Give a port number, or check it with 'sockscope-cli service NAME'.")
            .arg(s, hints.socktype == 0 ? tr("any socket type") : QString::fromStdString(socktypeSymbol(hints.socktype)));
    case EAI_AGAIN:
        return dnsTimeout(n);
    case EAI_BADFLAGS:
        if ((hints.flags & AI_CANONNAME) && !node)
            return tr("Bad flags: canonname (AI_CANONNAME) needs a NODE; with a NULL NODE there is no name to make "
                      "canonical.");
        return tr("Bad flags: getaddrinfo does not accept %1 together. Allowed: %2.")
            .arg(flagWords(addrInfoFlags(), hints.flags), allowedFlags(addrInfoFlags()));
    case EAI_FAMILY:
        return tr("getaddrinfo does not support the address family %1. %2")
            .arg(familyWords(hints.family), allowedFamilies());
    case EAI_SOCKTYPE:
        if (hints.protocol != 0 && hints.socktype != 0)
            return tr("The socket type %1 does not go with protocol %2: give "
                      "a matching pair, or protocol 0.")
                .arg(socktypeWords(hints.socktype), QString::fromStdString(protocolSymbol(hints.protocol)));
        return tr("getaddrinfo does not support the socket type %1. %2").arg(socktypeWords(hints.socktype),
                                                                            allowedSocktypes());
    case EAI_SYSTEM:
        return tr("A system error ended the lookup of NODE %1 and SERVICE %2: %3.")
            .arg(n, s, QString::fromStdString(errnoDescription(err)));
#ifdef EAI_ADDRFAMILY
    case EAI_ADDRFAMILY:
        return tr("The host %1 has no address in the family %2. Try family unspec, or the other family.")
            .arg(n, familyWords(hints.family));
#endif
#ifdef EAI_NODATA
    case EAI_NODATA:
        return tr("The host %1 exists, but has no address (no A or AAAA record).").arg(n);
#endif
    case EAI_FAIL:
        return tr("The DNS server failed for %1 with a permanent error; asking again will not help.").arg(n);
    case EAI_MEMORY:
        return tr("Out of memory while looking up %1.").arg(n);
    case EAI_OVERFLOW:
        return tr("A result did not fit its buffer while looking up %1.").arg(n);
    }
    return tr("getaddrinfo failed for NODE %1 and SERVICE %2: %3 (%4).")
        .arg(n, s, QString::fromStdString(gaiText(rc)), QString::fromStdString(gaiSymbol(rc)));
}

QString ResolverMessages::nameInfoError(int rc, int err, const QString& address, int port, int flags)
{
    const QString a = QStringLiteral("“%1”").arg(address);
    switch (rc) {
    case 0:
        return {};
    case EAI_NONAME:
        if (!isNumericAddress(address.toStdString()))
            return tr("%1 is not a numeric IPv4 or IPv6 address: getnameinfo takes an address such as 127.0.0.1 "
                      "or ::1 (with %iface for a link-local one), not a name.")
                .arg(a);
        if (flags & NI_NAMEREQD)
            return tr("No host name is known for %1, and namereqd (NI_NAMEREQD) asks for a name rather than the "
                      "numeric form. Leave out namereqd to get the address back as text.")
                .arg(a);
        return tr("No such host or service for %1 port %2.").arg(a).arg(port);
    case EAI_AGAIN:
        return dnsTimeout(tr("the name of %1").arg(a));
    case EAI_BADFLAGS:
        return tr("Bad flags: getnameinfo does not accept %1. Allowed: %2.")
            .arg(flagWords(nameInfoFlags(), flags), allowedFlags(nameInfoFlags()));
    case EAI_FAMILY:
        return tr("getnameinfo does not support the address family of %1.").arg(a);
    case EAI_FAIL:
        return tr("The DNS server failed for the name of %1 with a permanent error; asking again will not help.")
            .arg(a);
    case EAI_MEMORY:
        return tr("Out of memory while looking up the name of %1.").arg(a);
    case EAI_OVERFLOW:
        return tr("The name of %1 or of port %2 did not fit its buffer (NI_MAXHOST, NI_MAXSERV).").arg(a).arg(port);
    case EAI_SYSTEM:
        return tr("A system error ended the lookup of the name of %1: %2.")
            .arg(a, QString::fromStdString(errnoDescription(err)));
    }
    return tr("getnameinfo failed for %1 port %2: %3 (%4).")
        .arg(a)
        .arg(port)
        .arg(QString::fromStdString(gaiText(rc)), QString::fromStdString(gaiSymbol(rc)));
}

QString ResolverMessages::hostError(int hErrno, int err, const QString& input, bool byAddress, int family)
{
    const QString i = QStringLiteral("“%1”").arg(input);
    const QString fam = QString::fromStdString(familySymbol(family));
    if (hErrno == 0 && err != 0) {
        if (byAddress && err == EINVAL)
            return tr("%1 is not a valid %2 address: gethostbyaddr takes an address such as %3.")
                .arg(i, fam, family == AF_INET6 ? QStringLiteral("::1") : QStringLiteral("127.0.0.1"));
        return tr("The lookup of %1 failed: %2.").arg(i, QString::fromStdString(errnoDescription(err)));
    }
    switch (hErrno) {
    case HOST_NOT_FOUND:
        return byAddress ? tr("No host name is known for the address %1 (not in /etc/hosts, and DNS has no PTR "
                              "record for it).")
                               .arg(i)
                         : tr("No such host: %1 is not in /etc/hosts and DNS does not know it (for %2).").arg(i, fam);
    case TRY_AGAIN:
        return dnsTimeout(i);
    case NO_RECOVERY:
        return tr("The name server failed for %1 with a permanent error; asking again will not help.").arg(i);
    case NO_DATA:
        return tr("The name %1 is valid but has no %2 address (try the other family).").arg(i, fam);
#ifdef NETDB_INTERNAL
    case NETDB_INTERNAL:
        return tr("The lookup of %1 failed inside the C library: %2.")
            .arg(i, QString::fromStdString(errnoDescription(err)));
#endif
    }
    return tr("The lookup of %1 failed: %2 (%3).")
        .arg(i, QString::fromStdString(hErrnoText(hErrno)), QString::fromStdString(hErrnoSymbol(hErrno)));
}

} // namespace sockscope
