#include "SocketsCommand.h"

#include "AddressCodec.h"
#include "CliSupport.h"
#include "ErrnoInfo.h"
#include "SocketTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sockscope::cli {

int runSockets(const QStringList& arguments)
{
    CommandLine cl(QStringLiteral("sockets"),
                   QStringLiteral("The machine's sockets, as netstat -na lists them: every TCP and UDP socket over "
                                  "IPv4 and IPv6 and every unix socket, with its state, local and peer address, "
                                  "Recv-Q and Send-Q (for a listener: the connections waiting for accept and the "
                                  "backlog), and the owning process where it may be read. The kernel answers "
                                  "through NETLINK_SOCK_DIAG, as it does for ss. Without --tcp, --udp or --unix, "
                                  "all three.\n"
                                  "Exit status: 0 on success, 1 when the kernel could not be asked, 2 on a usage "
                                  "error."),
                   QStringLiteral("[--tcp] [--udp] [--unix] [--listening] [--json]"));
    const QCommandLineOption tcp(QStringLiteral("tcp"), QStringLiteral("TCP sockets."));
    const QCommandLineOption udp(QStringLiteral("udp"), QStringLiteral("UDP sockets."));
    const QCommandLineOption unixOption(QStringLiteral("unix"), QStringLiteral("Unix sockets (stream, datagram, seqpacket)."));
    const QCommandLineOption listening(QStringLiteral("listening"),
                                       QStringLiteral("Only listening sockets, and datagram sockets that are not "
                                                      "connected (what ss -l lists)."));
    for (const auto* o : {&tcp, &udp, &unixOption, &listening})
        cl.addOption(*o);
    cl.addJsonOption();
    if (const auto exit = cl.parse(arguments))
        return *exit;
    if (!cl.positional().isEmpty())
        return cl.usageError(QStringLiteral("sockets takes no arguments (got “%1”); choose with --tcp, --udp, --unix.")
                                 .arg(displayText(cl.positional().first())));

    SocketTableQuery q;
    const bool any = cl.isSet(tcp) || cl.isSet(udp) || cl.isSet(unixOption);
    q.tcp = !any || cl.isSet(tcp);
    q.udp = !any || cl.isSet(udp);
    q.unixSockets = !any || cl.isSet(unixOption);
    q.listeningOnly = cl.isSet(listening);
    const SocketTableResult r = listMachineSockets(q);
    if (!r.ok) {
        const QString message = QStringLiteral("could not ask the kernel for its sockets: %1() failed: %2")
                                    .arg(QString::fromStdString(r.failedCall),
                                         QString::fromStdString(errnoDescription(r.err)));
        if (cl.json())
            printJson(errorObject(message, QString::fromStdString(errnoSymbol(r.err))));
        cl.diagnostic(message);
        return ExitFailure;
    }

    QJsonArray array;
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("PROTO"),  QStringLiteral("STATE"), QStringLiteral("RECV-Q"),
                        QStringLiteral("SEND-Q"), QStringLiteral("LOCAL"), QStringLiteral("PEER"),
                        QStringLiteral("PROCESS")};
    for (const MachineSocket& s : r.sockets) {
        const QString proto = QString::fromStdString(netstatProto(s));
        const QString process = s.pid ? QStringLiteral("%1/%2").arg(s.pid).arg(QString::fromStdString(s.process)) : QString();
        rows << QStringList{proto,
                            QString::fromStdString(s.state),
                            QString::number(s.recvQ),
                            QString::number(s.sendQ),
                            s.local.empty() ? QStringLiteral("*") : QString::fromStdString(s.local),
                            s.peer.empty() ? QStringLiteral("*") : QString::fromStdString(s.peer),
                            process};
        QJsonObject o{{QStringLiteral("proto"), QString::fromStdString(s.proto)},
                      {QStringLiteral("family"), QString::fromStdString(familySymbol(s.family))},
                      {QStringLiteral("state"), QString::fromStdString(s.state)},
                      {QStringLiteral("recv_q"), static_cast<qint64>(s.recvQ)},
                      {QStringLiteral("send_q"), static_cast<qint64>(s.sendQ)},
                      {QStringLiteral("uid"), static_cast<qint64>(s.uid)}};
        if (!s.local.empty())
            o.insert(QStringLiteral("local"), QString::fromStdString(s.local));
        if (!s.peer.empty())
            o.insert(QStringLiteral("peer"), QString::fromStdString(s.peer));
        if (s.inode)
            o.insert(QStringLiteral("inode"), static_cast<qint64>(s.inode));
        if (!s.timer.empty()) {
            o.insert(QStringLiteral("timer"), QString::fromStdString(s.timer));
            o.insert(QStringLiteral("timer_ms"), static_cast<qint64>(s.timerMs));
        }
        if (s.pid) {
            o.insert(QStringLiteral("pid"), s.pid);
            o.insert(QStringLiteral("process"), QString::fromStdString(s.process));
        }
        array.append(o);
    }
    if (cl.json())
        printJson(array);
    else
        printOut(formatTable(rows));
    return ExitSuccess;
}

} // namespace sockscope::cli
