#include "HostCommand.h"

#include "AddressCodec.h"
#include "CliSupport.h"
#include "CLiteral.h"
#include "ErrnoInfo.h"
#include "NameDatabases.h"
#include "Resolver.h"
#include "ResolverMessages.h"

#include <QJsonArray>
#include <QJsonObject>

#include <netdb.h>
#include <sys/socket.h>

namespace sockscope::cli {

namespace {

QJsonArray stringArray(const std::vector<std::string>& words)
{
    QJsonArray out;
    for (const std::string& w : words)
        out.append(QString::fromStdString(w));
    return out;
}

QString joined(const std::vector<std::string>& words, const QString& separator)
{
    QStringList out;
    for (const std::string& w : words)
        out.append(QString::fromStdString(w));
    return out.isEmpty() ? QStringLiteral("-") : out.join(separator);
}

QString ms(std::int64_t us)
{
    return QStringLiteral("%1 ms").arg(static_cast<double>(us) / 1000.0, 0, 'f', 3);
}

const QString obsoleteNote = QStringLiteral(
    "Note: gethostbyname, gethostbyname2 and gethostbyaddr are obsolete (POSIX.1-2008 removed them):\n"
    "  - the plain forms return a pointer to static storage, so they are not thread-safe (glibc's _r\n"
    "    variants, used here unless --stayopen, are a GNU extension);\n"
    "  - they look up one family at a time: IPv4 or IPv6, never both in one call;\n"
    "  - they report failure in h_errno (HOST_NOT_FOUND, TRY_AGAIN, NO_RECOVERY, NO_DATA), not in a\n"
    "    return value or errno.\n"
    "getaddrinfo and getnameinfo replace them: any family, thread-safe, errors as EAI_* return codes.\n");

QString hostText(const DbLookup<HostEntry>& r, const QString& call)
{
    const HostEntry& h = *r.entry;
    QString out = call + QStringLiteral(":\n");
    out += formatTable({{QStringLiteral("  h_name"), QString::fromStdString(h.name)},
                        {QStringLiteral("  h_aliases"), joined(h.aliases, QStringLiteral(" "))},
                        {QStringLiteral("  h_addrtype"), QString::fromStdString(familySymbol(h.addrType))},
                        {QStringLiteral("  h_length"), QString::number(h.length)},
                        {QStringLiteral("  h_addr_list"), joined(h.addresses, QStringLiteral(" "))}});
    return out;
}

// getaddrinfo on the same name and family, the call that replaced gethostbyname2.
QString replacementForName(const std::string& name, int family)
{
    AddrInfoHints hints;
    hints.family = family;
    hints.socktype = SOCK_STREAM;
    const AddrInfoResult r = resolveAddress(name, std::nullopt, hints);
    QString out = QStringLiteral("\nFor comparison, getaddrinfo(%1, NULL, {%2, SOCK_STREAM}), its replacement:\n")
                      .arg(QString::fromStdString(cStringLiteral(name)), QString::fromStdString(familySymbol(family)));
    if (!r.ok())
        return out + QStringLiteral("  %1 (%2) after %3\n")
                         .arg(QString::fromStdString(gaiSymbol(r.rc)), QString::fromStdString(gaiText(r.rc)),
                              ms(r.durationUs));
    QStringList addresses;
    for (const AddrInfoEntry& e : r.entries)
        addresses.append(QString::fromStdString(e.address));
    return out + QStringLiteral("  %1 (%2 addrinfo in %3)\n").arg(addresses.join(QLatin1Char(' '))).arg(r.entries.size())
                     .arg(ms(r.durationUs));
}

// getnameinfo on the same address, the call that replaced gethostbyaddr.
QString replacementForAddress(const std::string& address)
{
    const NameInfoResult r = resolveName(address, 0, NI_NAMEREQD);
    QString out = QStringLiteral("\nFor comparison, getnameinfo(%1, NI_NAMEREQD), its replacement:\n")
                      .arg(QString::fromStdString(address));
    if (!r.ok())
        return out + QStringLiteral("  %1 (%2)\n").arg(QString::fromStdString(gaiSymbol(r.rc)),
                                                      QString::fromStdString(gaiText(r.rc)));
    return out + QStringLiteral("  %1 (in %2)\n").arg(QString::fromStdString(r.host), ms(r.durationUs));
}

} // namespace

int runHost(const QStringList& arguments)
{
    CommandLine cl(
        QStringLiteral("host"),
        QStringLiteral(
            "The legacy host lookups the chapter shows, next to the calls that replaced them: "
            "gethostbyname2 for NAME (compare 'resolve'), gethostbyaddr for --address ADDR (compare "
            "'nameinfo'). The reentrant _r variants run, unless --stayopen asks for the chapter's "
            "sethostent(1) + gethostbyname2 + endhostent.\n"
            "A name that is not in /etc/hosts goes to DNS (nsswitch.conf).\n"
            "Exit status: 0 found, 1 not found (h_errno) or an invalid address, 2 on a usage error."),
        QStringLiteral("NAME [--family inet|inet6] [--stayopen] [--json]\n"
                       "       sockscope-cli host --address ADDR [--family inet|inet6] [--json]"));
    const QCommandLineOption familyOption(
        QStringLiteral("family"),
        QStringLiteral("inet (AF_INET) or inet6 (AF_INET6): one family per call, as these functions work. "
                       "Default: inet for NAME; the family of ADDR for --address."),
        QStringLiteral("inet|inet6"));
    const QCommandLineOption addressOption(
        QStringLiteral("address"), QStringLiteral("Look up the name of this address with gethostbyaddr."),
        QStringLiteral("ADDR"));
    const QCommandLineOption stayOpenOption(
        QStringLiteral("stayopen"),
        QStringLiteral("NAME only: sethostent(1), then the non-reentrant gethostbyname2, then endhostent(), "
                       "under the database lock. The chapter says stayopen makes DNS use TCP; see for "
                       "yourself (e.g. with strace -e trace=socket,connect)."));
    cl.addOption(familyOption);
    cl.addOption(addressOption);
    cl.addOption(stayOpenOption);
    cl.addJsonOption();
    cl.addPositional(QStringLiteral("NAME"), QStringLiteral("A host name, e.g. localhost."), QStringLiteral("[NAME]"));
    if (const auto exit = cl.parse(arguments))
        return *exit;

    const QStringList pos = cl.positional();
    const bool byAddress = cl.isSet(addressOption);
    if (byAddress && !pos.isEmpty())
        return cl.usageError(QStringLiteral("Give a NAME or --address ADDR, not both (“%1” and --address).")
                                 .arg(displayText(pos.first())));
    if (!byAddress && pos.isEmpty())
        return cl.usageError(QStringLiteral("No host given: name one (localhost), or give --address ADDR."));
    if (pos.size() > 1)
        return cl.usageError(QStringLiteral("Give one host: “%1” is one argument too many.").arg(displayText(pos[1])));
    if (byAddress && cl.isSet(stayOpenOption))
        return cl.usageError(QStringLiteral("--stayopen goes with a NAME lookup (gethostbyname2), not --address."));

    const QString input = byAddress ? cl.value(addressOption) : pos.first();
    int family = AF_INET;
    if (cl.isSet(familyOption)) {
        const QString f = cl.value(familyOption);
        if (f == QStringLiteral("inet"))
            family = AF_INET;
        else if (f == QStringLiteral("inet6"))
            family = AF_INET6;
        else
            return cl.usageError(QStringLiteral("--family “%1” is not a family these functions take. Allowed: inet, "
                                                "inet6 (one family per call; getaddrinfo takes unspec).")
                                     .arg(displayText(f)));
    } else if (byAddress && !presentationToNetwork(AF_INET, input.toStdString()).ok() &&
               presentationToNetwork(AF_INET6, input.toStdString()).ok()) {
        family = AF_INET6;
    }

    const std::string key = input.toStdString();
    const DbLookup<HostEntry> r = byAddress               ? hostByAddress(key, family)
                                  : cl.isSet(stayOpenOption) ? hostByNameStayOpen(key, family)
                                                             : hostByName(key, family);
    const QString call =
        QStringLiteral("%1(%2, %3)")
            .arg(QString::fromStdString(r.function),
                 byAddress ? QString::fromStdString(key) : QString::fromStdString(cStringLiteral(key)),
                 QString::fromStdString(familySymbol(family)));

    if (!r.entry) {
        const QString message = ResolverMessages::hostError(r.hErrno, r.err, displayText(input), byAddress, family);
        const QString code = r.hErrno != 0 && r.hErrno != -1 ? QString::fromStdString(hErrnoSymbol(r.hErrno))
                                                             : QString::fromStdString(errnoSymbol(r.err));
        if (cl.json()) {
            printJson(errorObject(message, code));
        } else {
            // No h_errno: the call did not run (an invalid address) or failed with errno.
            const QString prefix = r.hErrno != 0 ? call + QStringLiteral(" found nothing. ") : QString();
            cl.diagnostic(prefix + message + QStringLiteral(" [") + code + QLatin1Char(']'));
        }
        return ExitFailure;
    }
    const HostEntry& h = *r.entry;
    if (cl.json()) {
        printJson(QJsonObject{{QStringLiteral("name"), QString::fromStdString(h.name)},
                              {QStringLiteral("aliases"), stringArray(h.aliases)},
                              {QStringLiteral("addrtype"), QString::fromStdString(familySymbol(h.addrType))},
                              {QStringLiteral("length"), h.length},
                              {QStringLiteral("addresses"), stringArray(h.addresses)}});
        return ExitSuccess;
    }
    QString out = hostText(r, call);
    out += byAddress ? replacementForAddress(key) : replacementForName(key, family);
    out += QLatin1Char('\n') + obsoleteNote;
    printOut(out);
    return ExitSuccess;
}

} // namespace sockscope::cli
