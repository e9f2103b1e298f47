#pragma once
// Plain-words messages for what the resolver and the legacy host lookups report: every EAI_*
// outcome of getaddrinfo and getnameinfo, and every h_errno of gethostbyname2/gethostbyaddr, in the
// user's terms and naming the input to check. Translated in the GUI; the CLI loads no translator,
// so its messages stay in English.

#include "Resolver.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>

namespace sockscope {

class ResolverMessages {
    Q_DECLARE_TR_FUNCTIONS(ResolverMessages)
public:
    // Why getaddrinfo(node, service, hints) returned `rc` (an EAI_* code); `err` is errno for
    // EAI_SYSTEM. An absent node or service is the C call's NULL.
    static QString addrInfoError(int rc, int err, const std::optional<std::string>& node,
                                 const std::optional<std::string>& service, const AddrInfoHints& hints);
    // Why getnameinfo on `address` and `port` with the NI_* `flags` returned `rc`.
    static QString nameInfoError(int rc, int err, const QString& address, int port, int flags);
    // Why gethostbyname2 (`byAddress` false: `input` is the name) or gethostbyaddr (`input` is the
    // address) found nothing: `hErrno` is h_errno (HOST_NOT_FOUND, TRY_AGAIN, NO_RECOVERY, NO_DATA),
    // `err` errno when h_errno is NETDB_INTERNAL or the address did not parse.
    static QString hostError(int hErrno, int err, const QString& input, bool byAddress, int family);

    // "inet (AF_INET)", "inet6 (AF_INET6)", "unspec (AF_UNSPEC)"; the words the flags, families and
    // socket types have on the command line and in the GUI.
    static QString familyWords(int family);
    static QString socktypeWords(int socktype);
    // "passive (AI_PASSIVE), canonname (AI_CANONNAME), …": every flag of the table, for "Allowed: …".
    static QString allowedFlags(const std::vector<FlagName>& table);
    // The allowed families and socket types of getaddrinfo's hints.
    static QString allowedFamilies();
    static QString allowedSocktypes();

private:
    static QString dnsTimeout(const QString& what);
};

} // namespace sockscope
