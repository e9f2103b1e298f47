#include "DatabaseCommands.h"

#include "CliSupport.h"
#include "CodecMessages.h"
#include "ErrnoInfo.h"
#include "NameDatabases.h"
#include "NumberParser.h"
#include "Resolver.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace sockscope::cli {

namespace {

QJsonArray stringArray(const std::vector<std::string>& words)
{
    QJsonArray out;
    for (const std::string& w : words)
        out.append(QString::fromStdString(w));
    return out;
}

QString joined(const std::vector<std::string>& words, const QString& separator = QStringLiteral(" "))
{
    QStringList out;
    for (const std::string& w : words)
        out.append(QString::fromStdString(w));
    return out.join(separator);
}

QJsonObject hostToJson(const HostEntry& h)
{
    return QJsonObject{{QStringLiteral("name"), QString::fromStdString(h.name)},
                       {QStringLiteral("aliases"), stringArray(h.aliases)},
                       {QStringLiteral("addresses"), stringArray(h.addresses)}};
}

QJsonObject protocolToJson(const ProtocolEntry& p)
{
    return QJsonObject{{QStringLiteral("name"), QString::fromStdString(p.name)},
                       {QStringLiteral("number"), p.number},
                       {QStringLiteral("aliases"), stringArray(p.aliases)}};
}

QJsonObject serviceToJson(const ServiceEntry& s)
{
    return QJsonObject{{QStringLiteral("name"), QString::fromStdString(s.name)},
                       {QStringLiteral("port"), s.port},
                       {QStringLiteral("proto"), QString::fromStdString(s.protocol)},
                       {QStringLiteral("aliases"), stringArray(s.aliases)}};
}

// "0x5000": s_port as the C library stored it (network byte order), read as a number on this host.
QString sPortHex(const ServiceEntry& s)
{
    return QStringLiteral("0x%1").arg(s.portNetwork, 4, 16, QLatin1Char('0'));
}

const QString stayOpenHelp = QStringLiteral(
    "Call set*ent(1) (stayopen) instead of set*ent(0) before the enumeration: the database file stays "
    "open between calls. The entries are the same either way.");

QCommandLineOption stayOpenOption()
{
    return QCommandLineOption(QStringLiteral("stayopen"), stayOpenHelp);
}

QCommandLineOption protoOption(const QString& what)
{
    return QCommandLineOption(QStringLiteral("proto"), what, QStringLiteral("tcp|udp"));
}

// --proto: empty (not given: any protocol), or tcp or udp. std::nullopt for any other word.
std::optional<std::string> parseProto(const CommandLine& cl, const QCommandLineOption& option)
{
    if (!cl.isSet(option))
        return std::string();
    const QString v = cl.value(option);
    if (v == QStringLiteral("tcp") || v == QStringLiteral("udp"))
        return v.toStdString();
    return std::nullopt;
}

int badProto(const CommandLine& cl, const QString& value)
{
    return cl.usageError(QStringLiteral("--proto “%1” is not a protocol of the services database this command "
                                        "knows. Allowed: tcp, udp.")
                             .arg(displayText(value)));
}

int noExtraArguments(const CommandLine& cl)
{
    const QStringList pos = cl.positional();
    if (pos.isEmpty())
        return -1;
    return cl.usageError(QStringLiteral("This command takes no arguments: “%1” is one too many.")
                             .arg(displayText(pos.first())));
}

// A key that looks like a number (a digit first, or a minus sign then a digit) is a number; any other
// key is a name.
bool looksNumeric(const QString& key)
{
    const QString k = key.trimmed();
    return !k.isEmpty() && (k[0].isDigit() || (k.size() > 1 && k[0] == QLatin1Char('-') && k[1].isDigit()));
}

int failure(const CommandLine& cl, const QString& message, const QString& code)
{
    if (cl.json())
        printJson(errorObject(message, code));
    else
        cl.diagnostic(message + QStringLiteral(" [") + code + QLatin1Char(']'));
    return ExitFailure;
}

// What one database dump is: its command, its words, how it enumerates, how an entry is shown.
template <typename Entry>
struct Dump {
    QString name, help, usage;
    std::vector<Entry> (*enumerate)(bool stayOpen);
    QStringList header;
    QJsonObject (*json)(const Entry&);
    QStringList (*row)(const Entry&);
};

// set*ent, get*ent until NULL, end*ent (in core, under one lock), printed as JSON or as a table. The
// services database also takes --proto, to keep the entries of one protocol.
template <typename Entry>
int runDump(const QStringList& arguments, const Dump<Entry>& d)
{
    constexpr bool byProtocol = requires(const Entry& e) { e.protocol; };
    CommandLine cl(d.name, d.help, d.usage);
    const QCommandLineOption stayOpen = stayOpenOption();
    const QCommandLineOption proto = protoOption(QStringLiteral("Only the entries of this protocol: tcp or udp."));
    if constexpr (byProtocol)
        cl.addOption(proto);
    cl.addOption(stayOpen);
    cl.addJsonOption();
    if (const auto exit = cl.parse(arguments))
        return *exit;
    if (const int exit = noExtraArguments(cl); exit >= 0)
        return exit;
    std::string only;
    if constexpr (byProtocol) {
        const std::optional<std::string> p = parseProto(cl, proto);
        if (!p)
            return badProto(cl, cl.value(proto));
        only = *p;
    }

    std::vector<Entry> entries = d.enumerate(cl.isSet(stayOpen));
    if constexpr (byProtocol) {
        if (!only.empty())
            std::erase_if(entries, [&](const Entry& e) { return e.protocol != only; });
    }
    if (cl.json()) {
        QJsonArray out;
        for (const Entry& e : entries)
            out.append(d.json(e));
        printJson(out);
        return ExitSuccess;
    }
    QList<QStringList> rows{d.header};
    for (const Entry& e : entries)
        rows.append(d.row(e));
    printOut(formatTable(rows));
    return ExitSuccess;
}

// A single lookup found nothing: the call's own error when it reported one, else `notFound`.
template <typename Entry>
int lookupFailed(const CommandLine& cl, const DbLookup<Entry>& r, const QString& notFound)
{
    if (r.err != 0)
        return failure(cl,
                       QStringLiteral("%1 failed: %2").arg(QString::fromStdString(r.function),
                                                           QString::fromStdString(errnoDescription(r.err))),
                       QString::fromStdString(errnoSymbol(r.err)));
    return failure(cl, notFound, QStringLiteral("ENOENT"));
}

} // namespace

// ----------------------------------------------------------------------------------------- dumps

int runHosts(const QStringList& arguments)
{
    static const Dump<HostEntry> hosts{
        QStringLiteral("hosts"),
        QStringLiteral("Lists the hosts database (/etc/hosts, and whatever else nsswitch.conf enumerates) in its "
                       "own order, as 'getent hosts' does: sethostent, gethostent until NULL, endhostent, under one "
                       "lock.\n"
                       "Exit status: 0 success, 2 on a usage error."),
        QStringLiteral("[--stayopen] [--json]"),
        enumerateHosts,
        {QStringLiteral("name"), QStringLiteral("addresses"), QStringLiteral("aliases")},
        hostToJson,
        [](const HostEntry& h) {
            return QStringList{QString::fromStdString(h.name), joined(h.addresses, QStringLiteral(",")),
                               joined(h.aliases)};
        }};
    return runDump(arguments, hosts);
}

int runProtocols(const QStringList& arguments)
{
    static const Dump<ProtocolEntry> protocols{
        QStringLiteral("protocols"),
        QStringLiteral("Lists the protocols database (/etc/protocols) in its own order, as 'getent protocols' does: "
                       "setprotoent, getprotoent until NULL, endprotoent, under one lock.\n"
                       "Exit status: 0 success, 2 on a usage error."),
        QStringLiteral("[--stayopen] [--json]"),
        enumerateProtocols,
        {QStringLiteral("name"), QStringLiteral("number"), QStringLiteral("aliases")},
        protocolToJson,
        [](const ProtocolEntry& p) {
            return QStringList{QString::fromStdString(p.name), QString::number(p.number), joined(p.aliases)};
        }};
    return runDump(arguments, protocols);
}

int runServices(const QStringList& arguments)
{
    static const Dump<ServiceEntry> services{
        QStringLiteral("services"),
        QStringLiteral("Lists the services database (/etc/services) in its own order, as 'getent services' does: "
                       "setservent, getservent until NULL, endservent, under one lock. Ports are shown in host "
                       "byte order.\n"
                       "Exit status: 0 success, 2 on a usage error."),
        QStringLiteral("[--proto tcp|udp] [--stayopen] [--json]"),
        enumerateServices,
        {QStringLiteral("name"), QStringLiteral("port/proto"), QStringLiteral("aliases")},
        serviceToJson,
        [](const ServiceEntry& s) {
            return QStringList{QString::fromStdString(s.name),
                               QStringLiteral("%1/%2").arg(s.port).arg(QString::fromStdString(s.protocol)),
                               joined(s.aliases)};
        }};
    return runDump(arguments, services);
}

// --------------------------------------------------------------------------------- single lookups

int runProtocol(const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("protocol"),
                   QStringLiteral("Looks up one entry of the protocols database: by name or alias with "
                                  "getprotobyname, by number (0-255) with getprotobynumber (the reentrant _r "
                                  "variants where the C library has them).\n"
                                  "Exit status: 0 found, 1 not found or an invalid number, 2 on a usage error."),
                   QStringLiteral("NAME|NUMBER [--json]"));
    cl.addJsonOption();
    cl.addPositional(QStringLiteral("KEY"), QStringLiteral("A protocol name or alias (tcp, UDP), or a number (6)."),
                     QStringLiteral("NAME|NUMBER"));
    cl.setNegativeNumbersArePositional(true);
    if (const auto exit = cl.parse(arguments))
        return *exit;
    const QStringList pos = cl.positional();
    if (pos.isEmpty())
        return cl.usageError(QStringLiteral("No protocol given: name one (tcp) or give its number (6)."));
    if (pos.size() > 1)
        return cl.usageError(
            QStringLiteral("Give one protocol: “%1” is one argument too many.").arg(displayText(pos[1])));

    const QString key = pos[0];
    DbLookup<ProtocolEntry> r;
    QString notFound;
    if (looksNumeric(key)) {
        const ParsedNumber n = parseUnsigned(key.toStdString(), 255);
        if (!n.ok())
            return failure(cl,
                           CodecMessages::numberError(n, key, QStringLiteral("Protocol number"), 255) +
                               QStringLiteral(" IP protocol numbers are 8 bits."),
                           numberErrorCode(n));
        r = protocolByNumber(static_cast<int>(n.value));
        notFound = QStringLiteral("No protocol has the number %1 in the protocols database (/etc/protocols).")
                       .arg(n.value);
    } else {
        r = protocolByName(key.toStdString());
        notFound = QStringLiteral("No protocol is named “%1” in the protocols database (/etc/protocols); names "
                                  "are case-sensitive, aliases count. 'sockscope-cli protocols' lists them.")
                       .arg(displayText(key));
    }
    if (!r.entry)
        return lookupFailed(cl, r, notFound);
    const ProtocolEntry& p = *r.entry;
    if (cl.json()) {
        printJson(protocolToJson(p));
        return ExitSuccess;
    }
    QString number = QString::number(p.number);
    const std::string symbol = protocolSymbol(p.number);
    if (symbol != std::to_string(p.number))
        number += QStringLiteral(" (%1)").arg(QString::fromStdString(symbol));
    printOut(formatTable({{QStringLiteral("name"), QString::fromStdString(p.name)},
                          {QStringLiteral("number"), number},
                          {QStringLiteral("aliases"), p.aliases.empty() ? QStringLiteral("-") : joined(p.aliases)},
                          {QStringLiteral("from"), QString::fromStdString(r.function)}}));
    return ExitSuccess;
}

int runService(const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("service"),
                   QStringLiteral("Looks up one entry of the services database: by name or alias with "
                                  "getservbyname, by port (0-65535) with getservbyport, which takes the port in "
                                  "network byte order (htons). Without --proto the first entry of any protocol "
                                  "answers (the C call's NULL).\n"
                                  "Exit status: 0 found, 1 not found or an invalid port, 2 on a usage error."),
                   QStringLiteral("NAME|PORT [--proto tcp|udp] [--json]"));
    const QCommandLineOption proto = protoOption(QStringLiteral("The protocol: tcp or udp (default: any)."));
    cl.addOption(proto);
    cl.addJsonOption();
    cl.addPositional(QStringLiteral("KEY"), QStringLiteral("A service name or alias (http, www), or a port (80)."),
                     QStringLiteral("NAME|PORT"));
    cl.setNegativeNumbersArePositional(true);
    if (const auto exit = cl.parse(arguments))
        return *exit;
    const QStringList pos = cl.positional();
    if (pos.isEmpty())
        return cl.usageError(QStringLiteral("No service given: name one (http) or give its port (80)."));
    if (pos.size() > 1)
        return cl.usageError(
            QStringLiteral("Give one service: “%1” is one argument too many.").arg(displayText(pos[1])));
    const std::optional<std::string> protocol = parseProto(cl, proto);
    if (!protocol)
        return badProto(cl, cl.value(proto));

    const QString key = pos[0];
    const QString forProto = protocol->empty() ? QString()
                                               : QStringLiteral(" for %1").arg(QString::fromStdString(*protocol));
    DbLookup<ServiceEntry> r;
    QString notFound;
    if (looksNumeric(key)) {
        const ParsedNumber n = parseUnsigned(key.toStdString(), 65535);
        if (!n.ok())
            return failure(cl, CodecMessages::numberError(n, key, QStringLiteral("Port"), 65535), numberErrorCode(n));
        r = serviceByPort(static_cast<int>(n.value), *protocol);
        notFound = QStringLiteral("No service has the port %1%2 in the services database (/etc/services).")
                       .arg(n.value)
                       .arg(forProto);
    } else {
        r = serviceByName(key.toStdString(), *protocol);
        notFound = QStringLiteral("No service is named “%1”%2 in the services database (/etc/services); names are "
                                  "case-sensitive, aliases count. 'sockscope-cli services' lists them.")
                       .arg(displayText(key), forProto);
    }
    if (!r.entry)
        return lookupFailed(cl, r, notFound);
    const ServiceEntry& s = *r.entry;
    if (cl.json()) {
        printJson(serviceToJson(s));
        return ExitSuccess;
    }
    printOut(formatTable(
        {{QStringLiteral("name"), QString::fromStdString(s.name)},
         {QStringLiteral("port"),
          QStringLiteral("%1 (s_port %2 in network byte order)").arg(s.port).arg(sPortHex(s))},
         {QStringLiteral("proto"), QString::fromStdString(s.protocol)},
         {QStringLiteral("aliases"), s.aliases.empty() ? QStringLiteral("-") : joined(s.aliases)},
         {QStringLiteral("from"), QString::fromStdString(r.function)}}));
    return ExitSuccess;
}

} // namespace sockscope::cli
