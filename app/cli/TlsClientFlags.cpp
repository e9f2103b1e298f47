#include "TlsClientFlags.h"

#include "SocketAddress.h"

namespace sockscope::cli {

std::string TlsClientFlags::serverName(const CommandLine& cl, bool unixTarget, const std::string& host) const
{
    if (cl.isSet(sni))
        return cl.value(sni).toStdString();
    return unixTarget ? std::string() : withoutBrackets(host);
}

std::optional<int> refuseWithoutTls(const CommandLine& cl, std::initializer_list<QCommandLineOption> dependents)
{
    for (const QCommandLineOption& o : dependents)
        if (cl.isSet(o))
            return cl.usageError(QStringLiteral("--%1 goes with --tls.").arg(o.names().constFirst()));
    return std::nullopt;
}

} // namespace sockscope::cli
