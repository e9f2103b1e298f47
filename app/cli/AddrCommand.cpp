#include "AddrCommand.h"

#include "AddressCodec.h"
#include "CliSupport.h"
#include "CodecMessages.h"
#include "ErrnoInfo.h"

#include <QJsonArray>
#include <QJsonObject>

#include <arpa/inet.h>
#include <sys/socket.h>

#include <optional>

namespace sockscope::cli {

namespace {

struct Outcome {
    QString input;
    bool ok = false;
    QString family; // AF_INET, AF_INET6
    QString hex;
    QString ntop;
    QString error; // plain words
    QString code;  // errno symbol
};

// The family --family names; std::nullopt for "auto" (inet, then inet6).
struct FamilyChoice {
    bool valid = false;
    std::optional<int> family;
};

FamilyChoice parseFamily(const QString& text)
{
    if (text == QStringLiteral("auto"))
        return {true, std::nullopt};
    if (text == QStringLiteral("inet"))
        return {true, AF_INET};
    if (text == QStringLiteral("inet6"))
        return {true, AF_INET6};
    // Not address families of inet_pton: accepted so that the user sees it fail with EAFNOSUPPORT.
    if (text == QStringLiteral("unix"))
        return {true, AF_UNIX};
    if (text == QStringLiteral("unspec"))
        return {true, AF_UNSPEC};
    return {};
}

QString autoError(const QString& shown)
{
    const QString allowed = CodecMessages::allowedAddressForm(AF_INET) + QLatin1Char(' ') +
                            CodecMessages::allowedAddressForm(AF_INET6);
    if (shown.isEmpty())
        return QStringLiteral("The address is empty. ") + allowed;
    return QStringLiteral("“%1” is neither a valid IPv4 nor a valid IPv6 address (inet_pton returned 0 "
                          "for AF_INET and for AF_INET6). ")
               .arg(shown) +
           allowed;
}

Outcome convert(const QString& input, std::optional<int> family)
{
    Outcome o;
    o.input = input;
    const std::string text = input.toStdString();
    const PtonResult r = family ? presentationToNetwork(*family, text) : presentationToNetworkAuto(text);
    const QString shown = displayText(input);
    if (!r.ok()) {
        o.error = family ? CodecMessages::ptonError(r, shown) : autoError(shown);
        if (r.rc == 0 && input.contains(QLatin1Char('%')))
            o.error += QStringLiteral(" inet_pton takes no %zone suffix: a scoped address such as "
                                      "fe80::1%lo is for getaddrinfo or sin6_scope_id (see 'layout in6').");
        // inet_pton sets no errno when it returns 0 (not an address of this family); EINVAL is the
        // conventional errno symbol for an invalid argument. On -1 it is the real errno (EAFNOSUPPORT).
        o.code = r.rc < 0 ? QString::fromStdString(errnoSymbol(r.err)) : QStringLiteral("EINVAL");
        return o;
    }
    const NtopResult n = networkToPresentation(r.family, r.bytes.data(), INET6_ADDRSTRLEN);
    if (!n.ok) {
        o.error = CodecMessages::ntopError(n);
        o.code = QString::fromStdString(errnoSymbol(n.err));
        return o;
    }
    o.ok = true;
    o.family = QString::fromStdString(familySymbol(r.family));
    o.hex = QString::fromStdString(r.hex());
    o.ntop = QString::fromStdString(n.text);
    return o;
}

} // namespace

int runAddr(const QStringList& arguments)
{
    CommandLine cl(
        QStringLiteral("addr"),
        QStringLiteral("Converts each TEXT with inet_pton to the address in network byte order, prints its "
                       "bytes in hex and converts them back with inet_ntop to the canonical text.\n"
                       "Exit status: 0 when every TEXT is a valid address, 1 when any is not, 2 on a usage "
                       "error."),
        QStringLiteral("[--family inet|inet6|auto] [--json] TEXT..."));
    const QCommandLineOption familyOption(
        QStringLiteral("family"),
        QStringLiteral("Address family: inet (AF_INET), inet6 (AF_INET6) or auto (try inet, then inet6; "
                       "the default). unix and unspec are accepted to show inet_pton failing with "
                       "EAFNOSUPPORT."),
        QStringLiteral("family"), QStringLiteral("auto"));
    cl.addOption(familyOption);
    cl.addJsonOption();
    cl.addPositional(QStringLiteral("TEXT"),
                     QStringLiteral("An address as text, e.g. 192.0.2.1 or 2001:db8::1."),
                     QStringLiteral("TEXT..."));
    if (const auto exit = cl.parse(arguments))
        return *exit;

    const QString familyText = cl.value(familyOption);
    const FamilyChoice family = parseFamily(familyText);
    if (!family.valid)
        return cl.usageError(
            QStringLiteral("--family “%1” is not a family this command knows. Allowed: inet, "
                           "inet6, auto (unix and unspec to see EAFNOSUPPORT).")
                .arg(displayText(familyText)));
    const QStringList inputs = cl.positional();
    if (inputs.isEmpty())
        return cl.usageError(QStringLiteral("No address given: name at least one TEXT, e.g. 127.0.0.1."));

    QList<Outcome> outcomes;
    bool allOk = true;
    for (const QString& input : inputs) {
        outcomes.append(convert(input, family.family));
        allOk = allOk && outcomes.back().ok;
    }

    if (cl.json()) {
        QJsonArray out;
        for (const Outcome& o : outcomes) {
            QJsonObject obj;
            if (o.ok) {
                obj = QJsonObject{{QStringLiteral("family"), o.family},
                                  {QStringLiteral("hex"), o.hex},
                                  {QStringLiteral("ntop"), o.ntop}};
            } else {
                obj = errorObject(o.error, o.code);
            }
            obj.insert(QStringLiteral("input"), o.input);
            out.append(obj);
        }
        printJson(out);
        return allOk ? ExitSuccess : ExitFailure;
    }

    // One line per valid input on stdout, in columns; the plain words for an invalid one on stderr,
    // in the order of the inputs.
    QList<QStringList> rows;
    for (const Outcome& o : outcomes) {
        if (o.ok)
            rows.append({displayText(o.input), o.family, o.hex, o.ntop});
    }
    const QStringList lines = formatTable(rows).split(QLatin1Char('\n'));
    qsizetype next = 0;
    for (const Outcome& o : outcomes) {
        if (o.ok)
            printOut(lines[next++] + QLatin1Char('\n'));
        else if (o.error.contains(o.code))
            cl.diagnostic(o.error);
        else
            cl.diagnostic(o.error + QStringLiteral(" [") + o.code + QLatin1Char(']'));
    }
    return allOk ? ExitSuccess : ExitFailure;
}

} // namespace sockscope::cli
