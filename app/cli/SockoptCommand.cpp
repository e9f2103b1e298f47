#include "SockoptCommand.h"

#include "AddressCodec.h"
#include "CliSupport.h"
#include "ErrnoInfo.h"
#include "Resolver.h"
#include "SocketOptions.h"

#include <QJsonArray>
#include <QJsonObject>

#include <sys/socket.h>

#include <optional>

namespace sockscope::cli {

namespace {

std::optional<int> parseFamily(const QString& text)
{
    if (text == QLatin1String("inet"))
        return AF_INET;
    if (text == QLatin1String("inet6"))
        return AF_INET6;
    if (text == QLatin1String("unix"))
        return AF_UNIX;
    return std::nullopt;
}

std::optional<int> parseSocktype(const QString& text)
{
    if (text == QLatin1String("stream"))
        return SOCK_STREAM;
    if (text == QLatin1String("dgram"))
        return SOCK_DGRAM;
    return std::nullopt;
}

QString kindsText(unsigned bits)
{
    static const struct {
        unsigned bit;
        const char* name;
    } names[] = {{InetStream, "inet/stream"}, {InetDgram, "inet/dgram"},   {Inet6Stream, "inet6/stream"},
                 {Inet6Dgram, "inet6/dgram"}, {UnixStream, "unix/stream"}, {UnixDgram, "unix/dgram"}};
    QStringList out;
    for (const auto& n : names)
        if (bits & n.bit)
            out << QString::fromLatin1(n.name);
    return out.join(QLatin1Char(','));
}

// Values as shared/CLI.md encodes them.
QJsonValue jsonValue(const OptionValue& value)
{
    if (const int* i = std::get_if<int>(&value))
        return *i;
    if (const auto* l = std::get_if<LingerValue>(&value))
        return QJsonObject{{QStringLiteral("onoff"), l->onoff}, {QStringLiteral("linger"), l->seconds}};
    if (const auto* tv = std::get_if<TimevalValue>(&value))
        return QJsonObject{{QStringLiteral("sec"), static_cast<qint64>(tv->sec)},
                           {QStringLiteral("usec"), static_cast<qint64>(tv->usec)}};
    if (const auto* s = std::get_if<std::string>(&value))
        return QString::fromStdString(*s);
    QJsonObject info;
    for (const TcpInfoField& f : std::get<TcpInfo>(value).fields)
        info.insert(QString::fromLatin1(f.name), static_cast<qint64>(f.value));
    return info;
}

int runList(CommandLine& cl, std::optional<SocketKind> kind)
{
    QJsonArray array;
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("LEVEL"), QStringLiteral("NAME"), QStringLiteral("TYPE"),
                        QStringLiteral("ACCESS"), QStringLiteral("MEANING")};
    for (const SocketOptionSpec& spec : socketOptionCatalogue()) {
        if (kind && !optionAppliesTo(spec, *kind))
            continue;
        const QString access = !spec.available() ? QStringLiteral("absent here")
                               : spec.settable   ? QStringLiteral("get/set")
                                                 : QStringLiteral("get only");
        rows << QStringList{QString::fromLatin1(spec.levelSymbol), QString::fromLatin1(spec.nameSymbol),
                            QString::fromLatin1(optionTypeName(spec.type)), access,
                            QString::fromUtf8(spec.meaning)};
        QJsonObject o{{QStringLiteral("level"), QString::fromLatin1(spec.levelSymbol)},
                      {QStringLiteral("name"), QString::fromLatin1(spec.nameSymbol)},
                      {QStringLiteral("type"), QString::fromLatin1(optionTypeName(spec.type))},
                      {QStringLiteral("available"), spec.available()},
                      {QStringLiteral("settable"), spec.settable},
                      {QStringLiteral("applies_to"), QJsonArray::fromStringList(kindsText(spec.appliesTo).split(
                                                         QLatin1Char(',')))},
                      {QStringLiteral("meaning"), QString::fromUtf8(spec.meaning)}};
        if (spec.available())
            o.insert(QStringLiteral("number"), spec.name);
        if (spec.settable && (spec.type == OptionType::Int || spec.type == OptionType::Bool)) {
            o.insert(QStringLiteral("min"), static_cast<qint64>(spec.min));
            o.insert(QStringLiteral("max"), static_cast<qint64>(spec.max));
        }
        array.append(o);
    }
    if (cl.json())
        printJson(array);
    else
        printOut(formatTable(rows));
    return ExitSuccess;
}

int runDefaults(CommandLine& cl, const SocketKind& kind)
{
    int err = 0;
    const std::vector<OptionReading> readings = defaultOptions(kind, &err);
    if (err) {
        const QString message = QStringLiteral("could not create a %1 %2 socket: %3")
                                    .arg(QString::fromStdString(familySymbol(kind.domain)),
                                         QString::fromStdString(socktypeSymbol(kind.type)),
                                         QString::fromStdString(errnoDescription(err)));
        if (cl.json())
            printJson(errorObject(message, QString::fromStdString(errnoSymbol(err))));
        cl.diagnostic(message);
        return ExitFailure;
    }
    QJsonArray array;
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("LEVEL"), QStringLiteral("NAME"), QStringLiteral("VALUE")};
    for (const OptionReading& r : readings) {
        if (!r.ok()) {
            // Listed in the catalogue for this kind, yet refused by this kernel: say so, go on.
            cl.diagnostic(QString::fromStdString(describeProblem(*r.spec, r.problem, r.err, false)));
            continue;
        }
        rows << QStringList{QString::fromLatin1(r.spec->levelSymbol), QString::fromLatin1(r.spec->nameSymbol),
                            QString::fromStdString(formatOptionValue(*r.spec, r.value))};
        array.append(QJsonObject{{QStringLiteral("level"), QString::fromLatin1(r.spec->levelSymbol)},
                                 {QStringLiteral("name"), QString::fromLatin1(r.spec->nameSymbol)},
                                 {QStringLiteral("type"), QString::fromLatin1(optionTypeName(r.spec->type))},
                                 {QStringLiteral("value"), jsonValue(r.value)}});
    }
    if (cl.json())
        printJson(array);
    else
        printOut(formatTable(rows));
    return ExitSuccess;
}

} // namespace

int runSockopt(const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("sockopt"),
                   QStringLiteral("Socket options. list: the catalogue (level, name, value type, whether it can be "
                                  "set, what it means), only the options of one kind of socket when --family and "
                                  "--socktype are given. defaults: every option's value on a fresh socket of the "
                                  "kind --family and --socktype name (options that do not apply are left out).\n"
                                  "Exit status: 0 on success, 1 when the socket could not be created, 2 on a usage "
                                  "error."),
                   QStringLiteral("list|defaults [--family inet|inet6|unix] [--socktype stream|dgram] [--json]"));
    const QCommandLineOption family(QStringLiteral("family"),
                                    QStringLiteral("The socket's family: inet (AF_INET), inet6 (AF_INET6) or unix "
                                                   "(AF_UNIX)."),
                                    QStringLiteral("family"));
    const QCommandLineOption socktype(QStringLiteral("socktype"),
                                      QStringLiteral("The socket's type: stream (SOCK_STREAM) or dgram (SOCK_DGRAM)."),
                                      QStringLiteral("socktype"));
    cl.addOption(family);
    cl.addOption(socktype);
    cl.addJsonOption();
    cl.addPositional(QStringLiteral("ACTION"), QStringLiteral("list or defaults."));
    if (const auto exit = cl.parse(arguments))
        return *exit;

    const QStringList pos = cl.positional();
    if (pos.size() != 1 || (pos.first() != QLatin1String("list") && pos.first() != QLatin1String("defaults")))
        return cl.usageError(QStringLiteral("Name one action: sockopt list or sockopt defaults."));
    const bool defaults = pos.first() == QLatin1String("defaults");

    std::optional<SocketKind> kind;
    if (cl.isSet(family) || cl.isSet(socktype) || defaults) {
        if (!cl.isSet(family) || !cl.isSet(socktype))
            return cl.usageError(QStringLiteral("Give both --family and --socktype."));
        const auto f = parseFamily(cl.value(family));
        if (!f)
            return cl.usageError(QStringLiteral("--family “%1” is not known here. Allowed: inet, inet6, unix.")
                                     .arg(displayText(cl.value(family))));
        const auto t = parseSocktype(cl.value(socktype));
        if (!t)
            return cl.usageError(QStringLiteral("--socktype “%1” is not known here. Allowed: stream, dgram.")
                                     .arg(displayText(cl.value(socktype))));
        kind = SocketKind{*f, *t, 0};
    }
    return defaults ? runDefaults(cl, *kind) : runList(cl, kind);
}

} // namespace sockscope::cli
