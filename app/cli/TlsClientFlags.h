#pragma once
// The flags that tune a client's TLS, as connect and bench both take them: --sni, --cafile and
// --insecure, each meaningful only with --tls. One definition, so the two commands' --help, man
// pages and checks cannot drift apart.

#include "CliSupport.h"

#include <QCommandLineOption>

#include <initializer_list>
#include <optional>
#include <string>

namespace sockscope::cli {

struct TlsClientFlags {
    QCommandLineOption sni{QStringLiteral("sni"),
                           QStringLiteral("--tls: the server name sent (SNI) and checked against the certificate "
                                          "(default: HOST)."),
                           QStringLiteral("NAME")};
    QCommandLineOption cafile{QStringLiteral("cafile"),
                              QStringLiteral("--tls: trust the CA certificates in this PEM file instead of the "
                                             "system's (/etc/ssl/certs)."),
                              QStringLiteral("F")};
    QCommandLineOption insecure{QStringLiteral("insecure"),
                                QStringLiteral("--tls: go on when the certificate does not verify (the result is "
                                               "still reported).")};

    // The name sent and checked: --sni, else HOST for a network target; none for a unix socket.
    [[nodiscard]] std::string serverName(const CommandLine& cl, bool unixTarget, const std::string& host) const;
};

// Without --tls, "--NAME goes with --tls." for the first of `dependents` that is set anyway (the
// usage exit status); nothing when none is.
std::optional<int> refuseWithoutTls(const CommandLine& cl, std::initializer_list<QCommandLineOption> dependents);

} // namespace sockscope::cli
