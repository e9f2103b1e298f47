#include "LayoutCommand.h"

#include "CallJournal.h"
#include "CliSupport.h"
#include "CLiteral.h"
#include "CodecMessages.h"
#include "ErrnoInfo.h"
#include "NumberParser.h"
#include "Platform.h"
#include "SockaddrLayout.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cerrno>

namespace sockscope::cli {

namespace {

enum class Kind { In, In6, Un };

std::optional<Kind> parseKind(const QString& text)
{
    if (text == QStringLiteral("in") || text == QStringLiteral("inet"))
        return Kind::In;
    if (text == QStringLiteral("in6") || text == QStringLiteral("inet6"))
        return Kind::In6;
    if (text == QStringLiteral("un") || text == QStringLiteral("unix"))
        return Kind::Un;
    return std::nullopt;
}

// The errno of the last failed call to `function` since `afterSeq`, from the journal; 0 if none.
int journalledErrno(const char* function, std::uint64_t afterSeq)
{
    int err = 0;
    for (const JournalEntry& e : CallJournal::global().since(afterSeq).entries) {
        if (e.function == function && e.err != 0)
            err = e.err;
    }
    return err;
}

QString errorCode(const LayoutResult& r, const QString& port, const QString& flowinfo,
                  std::uint64_t seqBefore)
{
    using E = LayoutResult::Error;
    switch (r.error) {
    case E::None:
        return {};
    case E::BadAddress: // inet_pton returned 0 and set no errno: EINVAL, as in the addr command
    case E::EmptyPath:
    case E::NoAbstract:
        return QStringLiteral("EINVAL");
    case E::BadScope: {
        // if_nametoindex's own errno (glibc: ENODEV), as the journal recorded it.
        const int err = journalledErrno("if_nametoindex", seqBefore);
        return QString::fromStdString(errnoSymbol(err != 0 ? err : ENODEV));
    }
    case E::BadPort:
        return numberErrorCode(parseUnsigned(port.toStdString(), 65535));
    case E::BadFlowinfo:
        return numberErrorCode(parseUnsigned(flowinfo.toStdString(), 0xfffff));
    case E::PathTooLong:
        return QStringLiteral("ENAMETOOLONG");
    }
    return QStringLiteral("EINVAL");
}

QString orderNote(LayoutField::Order order)
{
    switch (order) {
    case LayoutField::Order::Network:
        return QStringLiteral("network");
    case LayoutField::Order::Host:
        return QStringLiteral("host");
    case LayoutField::Order::None:
        break;
    }
    return {};
}

// A long field (sun_path) is mostly zero bytes: the table shows the bytes that socklen covers and
// counts the zero bytes after them.
QString shortHex(const LayoutField& f, std::size_t socklen)
{
    const QString hex = QString::fromStdString(f.hex);
    if (f.size <= 16 || socklen <= f.offset || socklen >= f.offset + f.size)
        return hex;
    const auto used = static_cast<qsizetype>(2 * (socklen - f.offset));
    const QString rest = hex.mid(used);
    if (rest.count(QLatin1Char('0')) != rest.size())
        return hex;
    return hex.left(used) + QStringLiteral(" + %1 zero bytes").arg(rest.size() / 2);
}

QJsonObject layoutToJson(const SockaddrLayout& l)
{
    QJsonArray fields;
    for (const LayoutField& f : l.fields) {
        QJsonObject o{
            {QStringLiteral("name"), QString::fromStdString(f.name)},
            {QStringLiteral("type"), QString::fromStdString(f.ctype)},
            {QStringLiteral("offset"), static_cast<qint64>(f.offset)},
            {QStringLiteral("size"), static_cast<qint64>(f.size)},
            {QStringLiteral("hex"), QString::fromStdString(f.hex)},
            {QStringLiteral("value"), QString::fromStdString(f.value)},
        };
        if (f.order != LayoutField::Order::None)
            o.insert(QStringLiteral("order"), orderNote(f.order));
        fields.append(o);
    }
    return QJsonObject{
        {QStringLiteral("struct"), QString::fromStdString(l.structName)},
        {QStringLiteral("size"), static_cast<qint64>(l.size)},
        {QStringLiteral("socklen"), static_cast<qint64>(l.socklen)},
        {QStringLiteral("hex"), QString::fromStdString(hexBytes(l.bytes.data(), l.bytes.size()))},
        {QStringLiteral("fields"), fields},
    };
}

QString layoutToText(const SockaddrLayout& l)
{
    QString out = QStringLiteral("%1: sizeof %2 bytes, socklen %3 (the length to pass to bind or connect)\n")
                      .arg(QString::fromStdString(l.structName))
                      .arg(l.size)
                      .arg(l.socklen);
    QList<QStringList> rows{{QStringLiteral("offset"), QStringLiteral("size"), QStringLiteral("field"),
                             QStringLiteral("type"), QStringLiteral("bytes (hex)"), QStringLiteral("value")}};
    for (const LayoutField& f : l.fields) {
        QString value = QString::fromStdString(f.value);
        if (f.order != LayoutField::Order::None)
            value += QStringLiteral(" [%1 byte order]").arg(orderNote(f.order));
        rows.append({QString::number(f.offset), QString::number(f.size), QString::fromStdString(f.name),
                     QString::fromStdString(f.ctype), shortHex(f, l.socklen), value});
    }
    out += formatTable(rows);
    if (!platform::hasSaLen)
        out += QStringLiteral(
            "Note: the BSDs and macOS put a one-byte length field (sin_len, sin6_len, sun_len) "
            "before a one-byte family; Linux has no length field.\n");
    return out;
}

} // namespace

int runLayout(const QStringList& arguments)
{
    CommandLine cl(
        QStringLiteral("layout"),
        QStringLiteral(
            "Fills in a socket address structure the way a C program does and shows it field by "
            "field: offset, size, the bytes in memory (hex) and the decoded value.\n"
            "  in   struct sockaddr_in:  ADDRESS is IPv4 text (inet_pton), PORT 0-65535 (default 0)\n"
            "  in6  struct sockaddr_in6: ADDRESS is IPv6 text, optionally with %iface or %N "
            "(sin6_scope_id)\n"
            "  un   struct sockaddr_un:  ADDRESS is a path (at most 107 bytes) or @name for a Linux "
            "abstract name; no PORT\n"
            "Exit status: 0 when the address is valid, 1 when it is not, 2 on a usage error."),
        QStringLiteral("in|in6|un ADDRESS [PORT] [--flowinfo N] [--json]"));
    const QCommandLineOption flowinfoOption(
        QStringLiteral("flowinfo"),
        QStringLiteral("in6 only: sin6_flowinfo, a 20-bit flow label 0-1048575 (0xfffff); default 0."),
        QStringLiteral("N"));
    cl.addOption(flowinfoOption);
    cl.addJsonOption();
    cl.addPositional(QStringLiteral("STRUCT"),
                     QStringLiteral("in (sockaddr_in), in6 (sockaddr_in6) or un (sockaddr_un)."),
                     QStringLiteral("in|in6|un"));
    cl.addPositional(QStringLiteral("ADDRESS"), QStringLiteral("The address, path or @name."));
    cl.addPositional(QStringLiteral("PORT"), QStringLiteral("in and in6: the port, 0-65535 (default 0)."),
                     QStringLiteral("[PORT]"));
    cl.setNegativeNumbersArePositional(true);
    if (const auto exit = cl.parse(arguments))
        return *exit;

    const QStringList pos = cl.positional();
    if (pos.isEmpty())
        return cl.usageError(QStringLiteral("No structure given: name one of in, in6, un."));
    const std::optional<Kind> kind = parseKind(pos[0]);
    if (!kind)
        return cl.usageError(
            QStringLiteral("“%1” is not a structure this command shows. Allowed: in (struct sockaddr_in), "
                           "in6 (struct sockaddr_in6), un (struct sockaddr_un).")
                .arg(displayText(pos[0])));
    if (pos.size() < 2)
        return cl.usageError(
            *kind == Kind::Un
                ? QStringLiteral("No path given: name a path such as /tmp/demo.sock, or @name.")
                : QStringLiteral("No address given: name an address, e.g. %1.")
                      .arg(*kind == Kind::In ? QStringLiteral("127.0.0.1") : QStringLiteral("::1")));
    if (*kind == Kind::Un && pos.size() > 2)
        return cl.usageError(
            QStringLiteral("A unix socket address has no port: “%1” is one argument too many.")
                .arg(displayText(pos[2])));
    if (pos.size() > 3)
        return cl.usageError(
            QStringLiteral("Too many arguments: “%1” follows the port. Give ADDRESS and at most "
                           "one PORT.")
                .arg(displayText(pos[3])));
    if (cl.isSet(flowinfoOption) && *kind != Kind::In6)
        return cl.usageError(QStringLiteral("--flowinfo belongs to struct sockaddr_in6 only (layout in6)."));

    const QString address = pos[1];
    const QString port = pos.size() > 2 ? pos[2] : QStringLiteral("0");
    const QString flowinfo = cl.isSet(flowinfoOption) ? cl.value(flowinfoOption) : QStringLiteral("0");

    const std::uint64_t seqBefore = CallJournal::global().lastSeq();
    LayoutResult r;
    switch (*kind) {
    case Kind::In:
        r = layoutInet(address.toStdString(), port.toStdString());
        break;
    case Kind::In6:
        r = layoutInet6(address.toStdString(), port.toStdString(), flowinfo.toStdString());
        break;
    case Kind::Un:
        r = layoutUnix(address.toStdString());
        break;
    }

    if (!r.ok()) {
        QString message = CodecMessages::layoutError(r, displayText(address), port);
        if (r.error == LayoutResult::Error::PathTooLong) {
            const bool abstract = address.startsWith(QLatin1Char('@'));
            message += QStringLiteral(" This %1 has %2 bytes.")
                           .arg(abstract ? QStringLiteral("name (after the @)") : QStringLiteral("path"))
                           .arg(address.toUtf8().size() - (abstract ? 1 : 0));
        }
        const QString code = errorCode(r, port, flowinfo, seqBefore);
        if (cl.json())
            printJson(errorObject(message, code));
        else
            cl.diagnostic(message + QStringLiteral(" [") + code + QLatin1Char(']'));
        return ExitFailure;
    }
    if (cl.json())
        printJson(layoutToJson(r.layout));
    else
        printOut(layoutToText(r.layout));
    return ExitSuccess;
}

} // namespace sockscope::cli
