#include "ResolveCommand.h"

#include "AddressCodec.h"
#include "CliSupport.h"
#include "CodecMessages.h"
#include "ErrnoInfo.h"
#include "NameDatabases.h"
#include "NumberParser.h"
#include "Resolver.h"
#include "ResolverMessages.h"

#include <QJsonArray>
#include <QJsonObject>

#include <netdb.h>
#include <sys/socket.h>

namespace sockscope::cli {

namespace {

std::optional<int> parseFamily(const QString& text)
{
    if (text == QStringLiteral("unspec"))
        return AF_UNSPEC;
    if (text == QStringLiteral("inet"))
        return AF_INET;
    if (text == QStringLiteral("inet6"))
        return AF_INET6;
    // Not a family of getaddrinfo: accepted so that the user sees it fail with EAI_FAMILY.
    if (text == QStringLiteral("unix"))
        return AF_UNIX;
    return std::nullopt;
}

std::optional<int> parseSocktype(const QString& text)
{
    if (text == QStringLiteral("any"))
        return 0;
    if (text == QStringLiteral("stream"))
        return SOCK_STREAM;
    if (text == QStringLiteral("dgram"))
        return SOCK_DGRAM;
    if (text == QStringLiteral("raw"))
        return SOCK_RAW;
    return std::nullopt;
}

QString ms(std::int64_t us)
{
    return QStringLiteral("%1 ms").arg(static_cast<double>(us) / 1000.0, 0, 'f', 3);
}

} // namespace

int runResolve(const QStringList& arguments)
{
    CommandLine cl(
        QStringLiteral("resolve"),
        QStringLiteral(
            "Calls getaddrinfo(NODE, SERVICE, &hints, &res) and prints the addrinfo list in its order: "
            "family, socket type, protocol, address, port (host order) and the canonical name.\n"
            "NODE '-' is NULL (with --flags passive: the wildcard address; without: loopback). SERVICE may "
            "be left out (NULL): a port name from the services database or a number.\n"
            "A name that is not in /etc/hosts goes to DNS (nsswitch.conf), which may take seconds.\n"
            "Exit status: 0 success, 1 the lookup failed (EAI_*) or an input is invalid, 2 on a usage error."),
        QStringLiteral("NODE [SERVICE] [--family inet|inet6|unspec] [--socktype stream|dgram|raw|any] "
                       "[--protocol N|NAME] [--flags passive,canonname,…] [--json]"));
    const QCommandLineOption familyOption(
        QStringLiteral("family"),
        QStringLiteral("hints.ai_family: inet (AF_INET), inet6 (AF_INET6) or unspec (AF_UNSPEC, either; the "
                       "default). unix is accepted to see EAI_FAMILY."),
        QStringLiteral("family"), QStringLiteral("unspec"));
    const QCommandLineOption socktypeOption(
        QStringLiteral("socktype"),
        QStringLiteral("hints.ai_socktype: stream (SOCK_STREAM), dgram (SOCK_DGRAM), raw (SOCK_RAW) or any (0, "
                       "the default: one result per type)."),
        QStringLiteral("type"), QStringLiteral("any"));
    const QCommandLineOption protocolOption(
        QStringLiteral("protocol"),
        QStringLiteral("hints.ai_protocol: a number 0-255 or a name from the protocols database (tcp, udp). "
                       "Default 0: any."),
        QStringLiteral("N|NAME"));
    const QCommandLineOption flagsOption(
        QStringLiteral("flags"),
        QStringLiteral("hints.ai_flags, comma-separated: %1.")
            .arg(ResolverMessages::allowedFlags(addrInfoFlags()).replace(QLatin1Char(','), QStringLiteral(", "))),
        QStringLiteral("list"));
    cl.addOption(familyOption);
    cl.addOption(socktypeOption);
    cl.addOption(protocolOption);
    cl.addOption(flagsOption);
    cl.addJsonOption();
    cl.addPositional(QStringLiteral("NODE"), QStringLiteral("A host name or numeric address; '-' for NULL."));
    cl.addPositional(QStringLiteral("SERVICE"),
                     QStringLiteral("A service name or port number; leave out (or '-') for NULL."),
                     QStringLiteral("[SERVICE]"));
    if (const auto exit = cl.parse(arguments))
        return *exit;

    const QStringList pos = cl.positional();
    if (pos.isEmpty())
        return cl.usageError(QStringLiteral("No NODE given: name a host (localhost), an address (127.0.0.1), or '-' "
                                            "for NULL."));
    if (pos.size() > 2)
        return cl.usageError(QStringLiteral("Too many arguments: “%1” follows NODE and SERVICE.").arg(displayText(pos[2])));

    AddrInfoHints hints;
    const QString familyText = cl.value(familyOption);
    const std::optional<int> family = parseFamily(familyText);
    if (!family)
        return cl.usageError(QStringLiteral("--family “%1” is not a family getaddrinfo takes. Allowed: inet, inet6, "
                                            "unspec (unix to see EAI_FAMILY).")
                                 .arg(displayText(familyText)));
    hints.family = *family;
    const QString socktypeText = cl.value(socktypeOption);
    const std::optional<int> socktype = parseSocktype(socktypeText);
    if (!socktype)
        return cl.usageError(
            QStringLiteral("--socktype “%1” is not a socket type. Allowed: stream, dgram, raw, any.")
                .arg(displayText(socktypeText)));
    hints.socktype = *socktype;
    if (cl.isSet(flagsOption)) {
        std::string unknown;
        const std::optional<int> flags = parseFlags(addrInfoFlags(), cl.value(flagsOption).toStdString(), &unknown);
        if (!flags)
            return cl.usageError(QStringLiteral("--flags: “%1” is not a getaddrinfo flag. Allowed: %2.")
                                     .arg(displayText(QString::fromStdString(unknown)),
                                          ResolverMessages::allowedFlags(addrInfoFlags())));
        hints.flags = *flags;
    }
    const bool json = cl.json();
    auto invalid = [&](const QString& message, const QString& code) {
        if (json)
            printJson(errorObject(message, code));
        else
            cl.diagnostic(message + QStringLiteral(" [") + code + QLatin1Char(']'));
        return ExitFailure;
    };
    if (cl.isSet(protocolOption)) {
        const QString text = cl.value(protocolOption).trimmed();
        if (!text.isEmpty() && (text[0].isDigit() || text[0] == QLatin1Char('-'))) {
            const ParsedNumber n = parseUnsigned(text.toStdString(), 255);
            if (!n.ok())
                return invalid(CodecMessages::numberError(n, text, QStringLiteral("--protocol"), 255) +
                                   QStringLiteral(" Or give a name from the protocols database (tcp, udp)."),
                               numberErrorCode(n));
            hints.protocol = static_cast<int>(n.value);
        } else {
            const DbLookup<ProtocolEntry> p = protocolByName(text.toStdString());
            if (!p.entry)
                return invalid(QStringLiteral("--protocol “%1” is neither a number nor a name in the protocols "
                                              "database (/etc/protocols). Give a number 0-255 or a name such as "
                                              "tcp or udp.")
                                   .arg(displayText(text)),
                               QStringLiteral("ENOENT"));
            hints.protocol = p.entry->number;
        }
    }

    std::optional<std::string> node;
    if (pos[0] != QStringLiteral("-"))
        node = pos[0].toStdString();
    std::optional<std::string> service;
    if (pos.size() > 1 && pos[1] != QStringLiteral("-"))
        service = pos[1].toStdString();

    const AddrInfoResult r = resolveAddress(node, service, hints);
    if (!r.ok()) {
        const QString message = ResolverMessages::addrInfoError(r.rc, r.err, node, service, hints);
        const QString code = QString::fromStdString(gaiSymbol(r.rc));
        if (json) {
            QJsonObject o = errorObject(message, code);
            if (r.rc == EAI_SYSTEM)
                o.insert(QStringLiteral("errno"), QString::fromStdString(errnoSymbol(r.err)));
            printJson(o);
        } else {
            QString detail = QStringLiteral(" [%1: %2, after %3").arg(code, QString::fromStdString(gaiText(r.rc)),
                                                                       ms(r.durationUs));
            if (r.rc == EAI_SYSTEM)
                detail += QStringLiteral(", errno %1").arg(QString::fromStdString(errnoSymbol(r.err)));
            cl.diagnostic(message + detail + QLatin1Char(']'));
        }
        return ExitFailure;
    }

    if (json) {
        QJsonArray out;
        for (const AddrInfoEntry& e : r.entries) {
            QJsonObject o{{QStringLiteral("family"), QString::fromStdString(familySymbol(e.family))},
                          {QStringLiteral("socktype"), QString::fromStdString(socktypeSymbol(e.socktype))},
                          {QStringLiteral("protocol"), e.protocol},
                          {QStringLiteral("address"), QString::fromStdString(e.address)},
                          {QStringLiteral("port"), e.port}};
            if (e.canonname)
                o.insert(QStringLiteral("canonname"), QString::fromStdString(*e.canonname));
            out.append(o);
        }
        printJson(out);
        return ExitSuccess;
    }
    QList<QStringList> rows;
    for (const AddrInfoEntry& e : r.entries) {
        QStringList row{QString::fromStdString(familySymbol(e.family)), QString::fromStdString(socktypeSymbol(e.socktype)),
                        QString::number(e.protocol), QString::fromStdString(e.address), QString::number(e.port)};
        if (e.canonname)
            row.append(QStringLiteral("canonname %1").arg(QString::fromStdString(*e.canonname)));
        rows.append(row);
    }
    printOut(formatTable(rows) + QStringLiteral("getaddrinfo returned %1 addrinfo in %2\n")
                                     .arg(r.entries.size())
                                     .arg(ms(r.durationUs)));
    return ExitSuccess;
}

} // namespace sockscope::cli
