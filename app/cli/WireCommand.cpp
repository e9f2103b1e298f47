#include "WireCommand.h"

#include "CliSupport.h"
#include "ErrnoInfo.h"
#include "LoopbackCapture.h"
#include "PacketDecoder.h"
#include "PcapngWriter.h"
#include "RelativeSequence.h"

#include <QJsonDocument>

#include <signal.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

namespace sockscope::cli {

namespace {

constexpr std::uint64_t maxCount = 100'000'000;
constexpr std::uint64_t maxSeconds = 7 * 24 * 3600;
constexpr int pollMs = 100; // how long one read waits, so signals and --seconds are noticed promptly

// "12:34:56.123456", local time, as tcpdump prints it.
QString clockText(std::int64_t timeUs)
{
    const std::time_t sec = static_cast<std::time_t>(timeUs / 1000000);
    std::tm tm{};
    localtime_r(&sec, &tm);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d:%02d:%02d.%06d", tm.tm_hour, tm.tm_min, tm.tm_sec,
                  static_cast<int>(timeUs % 1000000));
    return QString::fromLatin1(buf);
}

QString endpoint(const DecodedPacket& p, bool source)
{
    return QString::fromStdString(endpointText(source ? p.src : p.dst, p.family, source ? p.srcPort : p.dstPort));
}

QJsonObject packetJson(const CapturedPacket& c, const DecodedPacket& p, const RelativeSequence::Relative& rel)
{
    QJsonObject o{{QStringLiteral("time_us"), static_cast<qint64>(c.timeUs)},
                  {QStringLiteral("src"), endpoint(p, true)},
                  {QStringLiteral("dst"), endpoint(p, false)},
                  {QStringLiteral("proto"), QString::fromStdString(transportName(p))},
                  {QStringLiteral("len"), static_cast<qint64>(p.payloadLength)},
                  {QStringLiteral("wire_len"), static_cast<qint64>(c.wireLength)}};
    if (p.ttl >= 0)
        o.insert(QStringLiteral("ttl"), p.ttl);
    if (p.transport == Transport::Tcp) {
        o.insert(QStringLiteral("flags"), QString::fromStdString(tcpFlagsText(p.tcpFlags)));
        o.insert(QStringLiteral("seq"), static_cast<qint64>(rel.seq));
        if (rel.ackKnown)
            o.insert(QStringLiteral("ack"), static_cast<qint64>(rel.ack));
        o.insert(QStringLiteral("win"), static_cast<qint64>(p.window));
        if (!p.options.text.empty())
            o.insert(QStringLiteral("options"), QString::fromStdString(p.options.text));
    }
    if (p.icmpType >= 0) {
        o.insert(QStringLiteral("icmp_type"), p.icmpType);
        o.insert(QStringLiteral("icmp_code"), p.icmpCode);
        o.insert(QStringLiteral("icmp"), QString::fromStdString(icmpDescription(p.family, p.icmpType, p.icmpCode)));
        if (p.quoted.present) {
            QJsonObject q{{QStringLiteral("src"), QString::fromStdString(endpointText(p.quoted.src, p.quoted.family,
                                                                                     p.quoted.srcPort))},
                          {QStringLiteral("dst"), QString::fromStdString(endpointText(p.quoted.dst, p.quoted.family,
                                                                                     p.quoted.dstPort))},
                          {QStringLiteral("protocol"), p.quoted.protocol}};
            o.insert(QStringLiteral("quoted"), q);
        }
    }
    if (p.truncated)
        o.insert(QStringLiteral("truncated"), true);
    if (!p.problem.empty())
        o.insert(QStringLiteral("problem"), QString::fromStdString(p.problem));
    return o;
}

// tcpdump's shape: "12:34:56.123456 127.0.0.1:40000 > 127.0.0.1:7007 tcp SYN seq 0 win 65495 [mss …] len 0"
QString packetLine(const CapturedPacket& c, const DecodedPacket& p, const RelativeSequence::Relative& rel)
{
    QString line = clockText(c.timeUs) + QLatin1Char(' ') + endpoint(p, true) + QStringLiteral(" > ") +
                   endpoint(p, false) + QLatin1Char(' ') + QString::fromStdString(transportName(p));
    if (p.transport == Transport::Tcp) {
        line += QLatin1Char(' ') + QString::fromStdString(tcpFlagsText(p.tcpFlags)) +
                QStringLiteral(" seq %1").arg(rel.seq);
        if (rel.ackKnown)
            line += QStringLiteral(" ack %1").arg(rel.ack);
        line += QStringLiteral(" win %1").arg(p.window);
        if (!p.options.text.empty())
            line += QStringLiteral(" [%1]").arg(QString::fromStdString(p.options.text));
    }
    if (p.icmpType >= 0) {
        line += QLatin1Char(' ') + QString::fromStdString(icmpDescription(p.family, p.icmpType, p.icmpCode));
        if (p.quoted.present)
            line += QStringLiteral(" (for %1 > %2)")
                        .arg(QString::fromStdString(endpointText(p.quoted.src, p.quoted.family, p.quoted.srcPort)),
                             QString::fromStdString(endpointText(p.quoted.dst, p.quoted.family, p.quoted.dstPort)));
    }
    line += QStringLiteral(" len %1").arg(p.payloadLength);
    if (p.truncated)
        line += QStringLiteral(" (cut)");
    if (!p.problem.empty())
        line += QStringLiteral(" [%1]").arg(QString::fromStdString(p.problem));
    return line + QLatin1Char('\n');
}

} // namespace

int runWire(const QStringList& arguments)
{
    CommandLine cl(
        QStringLiteral("wire"),
        QStringLiteral(
            "Captures the packets on the loopback interface (lo) to and from the given ports, as tcpdump -i lo "
            "does, and prints each one as it arrives: time, source > destination, protocol, TCP flags, sequence "
            "and acknowledgement numbers relative to the connection's first (the SYN is 0), window, options, "
            "payload length; ICMP errors with the datagram they quote. ICMP and ICMPv6 packets are always "
            "shown. Without --port, every packet on lo. Prints 'capturing on lo' on stderr once the capture "
            "runs, so a script can start its traffic after that line. Runs until --count packets, --seconds, "
            "or SIGINT/SIGTERM. A packet socket needs CAP_NET_RAW: as root it just works; otherwise the "
            "capture helper sockscope-capture (installed with that capability) opens it.\n"
            "Exit status: 0 on success (stopped by --count, --seconds or a signal), 1 when the capture could "
            "not start or --pcap could not be written, 2 on a usage error."),
        QStringLiteral("[--port P]... [--count N] [--seconds S] [--pcap FILE] [--json]"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("A TCP or UDP port to watch, 1-65535 (repeatable, at most %1).")
                                            .arg(maxFilterPorts),
                                        QStringLiteral("P"));
    const QCommandLineOption countOption(QStringLiteral("count"),
                                         QStringLiteral("Stop after N packets (1-%1).").arg(maxCount),
                                         QStringLiteral("N"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Stop after S seconds (1-%1).").arg(maxSeconds),
                                           QStringLiteral("S"));
    const QCommandLineOption pcapOption(QStringLiteral("pcap"),
                                        QStringLiteral("Also write the packets to FILE as pcapng (Wireshark and "
                                                       "tcpdump -r read it)."),
                                        QStringLiteral("FILE"));
    for (const auto* o : {&portOption, &countOption, &secondsOption, &pcapOption})
        cl.addOption(*o);
    cl.addJsonOption();
    if (const auto exit = cl.parse(arguments))
        return *exit;
    if (!cl.positional().isEmpty())
        return cl.usageError(QStringLiteral("wire takes no arguments (got “%1”); name ports with --port.")
                                 .arg(displayText(cl.positional().first())));

    std::vector<std::uint16_t> ports;
    for (const QString& text : cl.values(portOption)) {
        const ParsedNumber n = parseUnsigned(text.toStdString(), 65535);
        if (!n.ok() || n.value == 0)
            return cl.usageError(QStringLiteral("--port “%1” is not a port: give a number from 1 to 65535.")
                                     .arg(displayText(text)));
        const auto port = static_cast<std::uint16_t>(n.value);
        if (std::find(ports.begin(), ports.end(), port) == ports.end())
            ports.push_back(port);
    }
    if (ports.size() > maxFilterPorts)
        return cl.usageError(QStringLiteral("%1 ports given: the filter takes at most %2.")
                                 .arg(ports.size())
                                 .arg(maxFilterPorts));
    std::uint64_t count = 0, seconds = 0;
    if (cl.isSet(countOption)) {
        const ParsedNumber n = parseUnsigned(cl.value(countOption).toStdString(), maxCount);
        if (!n.ok() || n.value == 0)
            return cl.usageError(QStringLiteral("--count “%1” is not a packet count: give a number from 1 to %2.")
                                     .arg(displayText(cl.value(countOption)))
                                     .arg(maxCount));
        count = n.value;
    }
    if (cl.isSet(secondsOption)) {
        const ParsedNumber n = parseUnsigned(cl.value(secondsOption).toStdString(), maxSeconds);
        if (!n.ok() || n.value == 0)
            return cl.usageError(QStringLiteral("--seconds “%1” is not a duration: give whole seconds from 1 to %2.")
                                     .arg(displayText(cl.value(secondsOption)))
                                     .arg(maxSeconds));
        seconds = n.value;
    }
    const bool json = cl.json();
    auto fail = [&](const QString& message, int err) {
        if (json)
            printJson(errorObject(message, QString::fromStdString(errnoSymbol(err))));
        cl.diagnostic(message);
        return int(ExitFailure);
    };

    // Signals are taken synchronously between reads, so a stop always ends the JSON array properly.
    const sigset_t stopSet = stopSignals();
    pthread_sigmask(SIG_BLOCK, &stopSet, nullptr);

    PcapngFile pcap;
    if (cl.isSet(pcapOption) && !pcap.open(cl.value(pcapOption).toStdString()))
        return fail(QStringLiteral("cannot write --pcap “%1”: %2")
                        .arg(displayText(cl.value(pcapOption)), QString::fromStdString(errnoDescription(errno))),
                    errno);

    LoopbackCapture capture;
    const CaptureOpenResult opened = capture.open(ports);
    if (!opened.ok) {
        QString message = QStringLiteral("cannot capture on lo: %1() failed: %2")
                              .arg(QString::fromStdString(opened.failedCall),
                                   QString::fromStdString(errnoDescription(opened.err)));
        if (!opened.explanation.empty())
            message += QStringLiteral("; ") + QString::fromStdString(opened.explanation);
        return fail(message, opened.err);
    }
    cl.diagnostic(QStringLiteral("capturing on lo%1%2")
                      .arg(ports.empty() ? QStringLiteral(" (every packet)")
                                         : QStringLiteral(" (port%1 %2)")
                                               .arg(ports.size() > 1 ? QStringLiteral("s") : QString())
                                               .arg([&] {
                                                   QStringList l;
                                                   for (auto p : ports)
                                                       l << QString::number(p);
                                                   return l.join(QLatin1Char(' '));
                                               }()),
                           opened.viaHelper ? QStringLiteral(", through ") + QString::fromStdString(opened.helperPath)
                                            : QString()));

    // The JSON array is written as packets arrive, one object per line, so a long capture neither
    // waits nor holds every packet in memory.
    if (json)
        printOut(QStringLiteral("["));
    RelativeSequence relative;
    std::uint64_t shown = 0;
    bool pcapFailed = false;
    int pcapErr = 0;
    int stoppedBy = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    std::vector<CapturedPacket> batch;
    while ((count == 0 || shown < count) && stoppedBy == 0) {
        if (seconds && std::chrono::steady_clock::now() >= deadline)
            break;
        batch.clear();
        const int n = capture.read(batch, pollMs);
        if (n < 0) {
            const int err = errno;
            if (json)
                printOut(QStringLiteral("]\n"));
            cl.diagnostic(QStringLiteral("reading the capture failed: %1")
                              .arg(QString::fromStdString(errnoDescription(err))));
            return ExitFailure;
        }
        for (const CapturedPacket& c : batch) {
            if (count && shown >= count)
                break;
            const DecodedPacket p = decodeIpPacket(c.bytes.data(), c.bytes.size());
            const RelativeSequence::Relative rel =
                p.transport == Transport::Tcp ? relative.apply(p) : RelativeSequence::Relative{};
            if (json)
                printOut((shown ? QStringLiteral(",\n") : QStringLiteral("\n")) +
                         QString::fromUtf8(QJsonDocument(packetJson(c, p, rel)).toJson(QJsonDocument::Compact)));
            else
                printOut(packetLine(c, p, rel));
            if (pcap.isOpen() && !pcapFailed && !pcap.write(c)) {
                pcapFailed = true;
                pcapErr = errno;
                cl.diagnostic(QStringLiteral("writing --pcap “%1” failed: %2; the capture goes on without it")
                                  .arg(displayText(cl.value(pcapOption)),
                                       QString::fromStdString(errnoDescription(pcapErr))));
            }
            ++shown;
        }
        timespec now{0, 0};
        const int sig = sigtimedwait(&stopSet, nullptr, &now);
        if (sig == SIGINT || sig == SIGTERM)
            stoppedBy = sig;
    }
    const CaptureStats stats = capture.stats();
    capture.close();
    if (json)
        printOut(QStringLiteral("%1]\n").arg(shown ? QStringLiteral("\n") : QString()));
    if (pcap.isOpen() && !pcap.close() && !pcapFailed) {
        pcapFailed = true;
        pcapErr = errno;
    }
    cl.diagnostic(QStringLiteral("%1 packet%2 captured, %3 dropped by the kernel%4")
                      .arg(shown)
                      .arg(shown == 1 ? QString() : QStringLiteral("s"))
                      .arg(stats.kernelDrops)
                      .arg(stoppedBy ? QStringLiteral(" (SIG%1)").arg(QString::fromLatin1(sigabbrev_np(stoppedBy)))
                                     : QString()));
    if (pcapFailed)
        return ExitFailure;
    return ExitSuccess;
}

} // namespace sockscope::cli
