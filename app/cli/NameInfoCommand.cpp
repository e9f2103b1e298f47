#include "NameInfoCommand.h"

#include "CliSupport.h"
#include "CodecMessages.h"
#include "ErrnoInfo.h"
#include "NumberParser.h"
#include "Resolver.h"
#include "ResolverMessages.h"

#include <QJsonObject>

#include <netdb.h>

namespace sockscope::cli {

int runNameInfo(const QStringList& arguments)
{
    CommandLine cl(
        QStringLiteral("nameinfo"),
        QStringLiteral(
            "Builds the socket address of ADDRESS and PORT (sockaddr_in or sockaddr_in6) and calls getnameinfo "
            "on it: the host name and the service name, or their numeric forms.\n"
            "An address that is not in /etc/hosts goes to DNS (a PTR query) unless --flags numerichost.\n"
            "Exit status: 0 success, 1 the lookup failed (EAI_*) or an input is invalid, 2 on a usage error."),
        QStringLiteral("ADDRESS PORT [--flags numerichost,numericserv,namereqd,nofqdn,dgram] [--json]"));
    const QCommandLineOption flagsOption(
        QStringLiteral("flags"),
        QStringLiteral("getnameinfo's flags, comma-separated: %1.")
            .arg(ResolverMessages::allowedFlags(nameInfoFlags()).replace(QLatin1Char(','), QStringLiteral(", "))),
        QStringLiteral("list"));
    cl.addOption(flagsOption);
    cl.addJsonOption();
    cl.addPositional(QStringLiteral("ADDRESS"),
                     QStringLiteral("An IPv4 or IPv6 address (fe80::1%iface for a link-local one)."));
    cl.addPositional(QStringLiteral("PORT"), QStringLiteral("A port number, 0-65535."));
    cl.setNegativeNumbersArePositional(true);
    if (const auto exit = cl.parse(arguments))
        return *exit;

    const QStringList pos = cl.positional();
    if (pos.isEmpty())
        return cl.usageError(QStringLiteral("No ADDRESS given: name an address, e.g. 127.0.0.1, and a PORT."));
    if (pos.size() < 2)
        return cl.usageError(QStringLiteral("No PORT given: name a port after the address, e.g. 80."));
    if (pos.size() > 2)
        return cl.usageError(QStringLiteral("Too many arguments: “%1” follows ADDRESS and PORT.").arg(displayText(pos[2])));
    int flags = 0;
    if (cl.isSet(flagsOption)) {
        std::string unknown;
        const std::optional<int> f = parseFlags(nameInfoFlags(), cl.value(flagsOption).toStdString(), &unknown);
        if (!f)
            return cl.usageError(QStringLiteral("--flags: “%1” is not a getnameinfo flag. Allowed: %2.")
                                     .arg(displayText(QString::fromStdString(unknown)),
                                          ResolverMessages::allowedFlags(nameInfoFlags())));
        flags = *f;
    }
    const bool json = cl.json();
    auto failed = [&](const QString& message, const QString& code, const QString& detail) {
        if (json)
            printJson(errorObject(message, code));
        else
            cl.diagnostic(message + QStringLiteral(" [") + code + detail + QLatin1Char(']'));
        return ExitFailure;
    };

    const QString address = pos[0];
    const ParsedNumber port = parseUnsigned(pos[1].toStdString(), 65535);
    if (!port.ok())
        return failed(CodecMessages::numberError(port, pos[1], QStringLiteral("Port"), 65535), numberErrorCode(port),
                      {});

    const NameInfoResult r = resolveName(address.toStdString(), static_cast<int>(port.value), flags);
    if (!r.ok()) {
        const QString message =
            ResolverMessages::nameInfoError(r.rc, r.err, displayText(address), static_cast<int>(port.value), flags);
        const QString code = QString::fromStdString(gaiSymbol(r.rc));
        if (json) {
            QJsonObject o = errorObject(message, code);
            if (r.rc == EAI_SYSTEM)
                o.insert(QStringLiteral("errno"), QString::fromStdString(errnoSymbol(r.err)));
            printJson(o);
            return ExitFailure;
        }
        QString detail = QStringLiteral(": %1").arg(QString::fromStdString(gaiText(r.rc)));
        if (r.rc == EAI_SYSTEM)
            detail += QStringLiteral(", errno %1").arg(QString::fromStdString(errnoSymbol(r.err)));
        return failed(message, code, detail);
    }
    if (json) {
        printJson(QJsonObject{{QStringLiteral("host"), QString::fromStdString(r.host)},
                              {QStringLiteral("service"), QString::fromStdString(r.service)}});
        return ExitSuccess;
    }
    printOut(formatTable({{QStringLiteral("host"), QString::fromStdString(r.host)},
                          {QStringLiteral("service"), QString::fromStdString(r.service)}}) +
             QStringLiteral("getnameinfo took %1 ms\n").arg(static_cast<double>(r.durationUs) / 1000.0, 0, 'f', 3));
    return ExitSuccess;
}

} // namespace sockscope::cli
