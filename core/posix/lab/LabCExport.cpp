#include "LabCExport.h"

#include "CLiteral.h"
#include "ErrnoInfo.h"
#include "InternetChecksum.h"
#include "PayloadCodec.h"
#include "LabNames.h"
#include "SocketLab.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <set>

namespace sockscope {

namespace {

bool isReceive(LabCall c) { return c == LabCall::Recv || c == LabCall::RecvFrom || c == LabCall::Read; }

// The prelude every exported program shares: includes and the helpers that print the transcript.
const char* const prelude = R"(#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define RETURNS_FD 1
#define RETURNS_OWNER 2

static const char *errname(int e);

/* Prints one call of the transcript, as SockScope's lab records it, and perror's text on failure. */
static long check(long rc, const char *call, const char *sock, const char *newsock, int kind,
                  const char *data, size_t cap)
{
    int e = errno;
    if (rc == -1) {
        char what[64];
        snprintf(what, sizeof what, "%s %s", call, sock);
        errno = e;
        perror(what);
        if (errname(e))
            printf("%s %s = -1 %s\n", call, sock, errname(e));
        else
            printf("%s %s = -1 E%d\n", call, sock, e);
    } else if (kind & RETURNS_FD) {
        printf("%s %s = fd%s%s\n", call, sock, newsock ? " " : "", newsock ? newsock : "");
    } else if ((kind & RETURNS_OWNER) && rc == (long)getpid()) {
        printf("%s %s = self\n", call, sock);
    } else {
        printf("%s %s = %ld", call, sock, rc);
        if (data && rc > 0) {
            size_t n = (size_t)rc < cap ? (size_t)rc : cap, i;
            printf(" \"");
            for (i = 0; i < n; ++i) {
                unsigned char c = (unsigned char)data[i];
                switch (c) {
                case '\n': printf("\\n"); break;
                case '\r': printf("\\r"); break;
                case '\t': printf("\\t"); break;
                case '\0': /* "\\0" then an octal digit would read as one longer escape */
                    printf(i + 1 < n && data[i + 1] >= '0' && data[i + 1] <= '7' ? "\\x00" : "\\0");
                    break;
                case '\\': printf("\\\\"); break;
                default:
                    if (c < 0x20 || c >= 0x7f)
                        printf("\\x%02x", c);
                    else
                        putchar(c);
                }
            }
            printf("\"");
        }
        printf("\n");
    }
    fflush(stdout);
    errno = e;
    return rc;
}

/* Fills in a socket address: numeric IPv4 or IPv6 text and a port, or a unix path ("@name": abstract). */
__attribute__((unused)) static socklen_t make_addr(struct sockaddr_storage *ss, int family, const char *host, int port)
{
    memset(ss, 0, sizeof *ss);
    if (family == AF_INET) {
        struct sockaddr_in *sin = (struct sockaddr_in *)ss;
        sin->sin_family = AF_INET;
        sin->sin_port = htons((unsigned short)port);
        inet_pton(AF_INET, host, &sin->sin_addr);
        return sizeof *sin;
    }
    if (family == AF_INET6) {
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)ss;
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons((unsigned short)port);
        inet_pton(AF_INET6, host, &sin6->sin6_addr);
        return sizeof *sin6;
    } else {
        struct sockaddr_un *sun = (struct sockaddr_un *)ss;
        size_t n = strlen(host);
        sun->sun_family = AF_UNIX;
        if (n > sizeof sun->sun_path - 1)
            n = sizeof sun->sun_path - 1;
        if (host[0] == '@') {
            memcpy(sun->sun_path + 1, host + 1, n - 1);
            return (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n);
        }
        memcpy(sun->sun_path, host, n);
        return (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n + 1);
    }
}

/* The port a socket of this program is bound to (its ports differ from the lab's), else `fallback`. */
__attribute__((unused)) static int local_port(int fd, int fallback)
{
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    if (getsockname(fd, (struct sockaddr *)&ss, &len) != 0)
        return fallback;
    if (ss.ss_family == AF_INET)
        return ntohs(((struct sockaddr_in *)&ss)->sin_port);
    if (ss.ss_family == AF_INET6)
        return ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
    return fallback;
}
)";

// The ICMP helpers, after inet_checksum (checksumFunctionC) in the exported program.
const char* const icmpHelpers = R"(
/* An ICMP echo request in pkt: type (8, or 128 for ICMPv6), code 0, checksum, identifier, sequence,
 * payload. ICMPv6's checksum covers the IPv6 addresses too: the kernel computes it, so it stays 0. */
__attribute__((unused)) static size_t icmp_echo_request(unsigned char *pkt, int v6, unsigned id, unsigned seq,
                                                        const char *payload, size_t n)
{
    unsigned short sum;
    pkt[0] = v6 ? 128 : 8;
    pkt[1] = 0;
    pkt[2] = pkt[3] = 0;
    pkt[4] = (unsigned char)(id >> 8);
    pkt[5] = (unsigned char)(id & 0xff);
    pkt[6] = (unsigned char)(seq >> 8);
    pkt[7] = (unsigned char)(seq & 0xff);
    memcpy(pkt + 8, payload, n);
    if (!v6) {
        sum = inet_checksum(pkt, 8 + n);
        memcpy(pkt + 2, &sum, 2);
    }
    return 8 + n;
}

/* A 20-byte IPv4 header in front of the len bytes at pkt + 20 (IP_HDRINCL): version 4, IHL 5, total
 * length, identification, DF, TTL 64, protocol ICMP, header checksum, 127.0.0.1 to 127.0.0.1. */
__attribute__((unused)) static size_t ipv4_header(unsigned char *pkt, unsigned id, size_t len)
{
    size_t total = 20 + len;
    unsigned short sum;
    memset(pkt, 0, 20);
    pkt[0] = 0x45;
    pkt[2] = (unsigned char)(total >> 8);
    pkt[3] = (unsigned char)(total & 0xff);
    pkt[4] = (unsigned char)(id >> 8);
    pkt[5] = (unsigned char)(id & 0xff);
    pkt[6] = 0x40;
    pkt[8] = 64;
    pkt[9] = 1;
    pkt[12] = pkt[16] = 127;
    pkt[15] = pkt[19] = 1;
    sum = inet_checksum(pkt, 20);
    memcpy(pkt + 10, &sum, 2);
    return total;
}

/* Waits up to timeout_ms for the echo reply with this sequence (and identifier: a ping socket's
 * kernel matched it already) and returns 1, or 0 without one. A raw IPv4 socket's messages begin
 * with the IP header; it also reads our own request first, on loopback. */
__attribute__((unused)) static int await_echo_reply(int fd, int v6, int ping, unsigned id, unsigned seq, int timeout_ms)
{
    static unsigned char in[65536 + 128];
    struct timespec start, now;
    int reads;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (reads = 0; reads < 64; ++reads) {
        struct pollfd p = {fd, POLLIN, 0};
        long left;
        ssize_t n;
        size_t at = 0;
        clock_gettime(CLOCK_MONOTONIC, &now);
        left = timeout_ms - ((now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000);
        if (left <= 0 || poll(&p, 1, (int)left) <= 0)
            return 0;
        n = recv(fd, in, sizeof in, MSG_DONTWAIT);
        if (n < 0)
            continue;
        if (!v6 && !ping)
            at = (size_t)(in[0] & 0x0f) * 4;
        if ((size_t)n < at + 8)
            continue;
        if (in[at] == (v6 ? 129 : 0) && (unsigned)(in[at + 6] << 8 | in[at + 7]) == seq
            && (ping || (unsigned)(in[at + 4] << 8 | in[at + 5]) == id))
            return 1;
    }
    return 0;
}

/* The transcript's line for an ICMP echo: the sendto's result and whether the reply came. */
__attribute__((unused)) static void echo_check(long rc, const char *sock, int replied)
{
    if (rc == -1) {
        check(rc, "icmp echo", sock, NULL, 0, NULL, 0);
        return;
    }
    printf("icmp echo %s = %ld %s\n", sock, rc, replied ? "reply" : "no reply");
    fflush(stdout);
}
)";

std::string q(const std::string& s) { return cStringLiteral(s); }

std::string domainOfAddress(const LabRequest& r, int socketDomain)
{
    if (!r.address.empty() && (r.address.front() == '/' || r.address.front() == '@' || r.address.front() == '.'))
        return "AF_UNIX";
    if (r.address.find(':') != std::string::npos)
        return "AF_INET6";
    (void)socketDomain;
    return "AF_INET";
}

// "alen = make_addr(&addr, AF_INET, "127.0.0.1", local_port(s1, 41234));"
std::string addressCode(const LabResult& step)
{
    const LabRequest& r = step.request;
    std::string host = r.address;
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    const std::string port = step.addressLab.empty()
        ? std::to_string(r.port)
        : "local_port(" + step.addressLab + ", " + std::to_string(r.port) + ")";
    return "    alen = make_addr(&addr, " + domainOfAddress(r, 0) + ", " + q(host) + ", " + port + ");\n";
}

std::string callArgs(const char* call, const std::string& sock, const std::string& newsock, const char* kind,
                     const std::string& data = "NULL", const std::string& cap = "0")
{
    return std::string("    check(rc, ") + q(call) + ", " + q(sock) + ", " + (newsock.empty() ? "NULL" : q(newsock))
        + ", " + kind + ", " + data + ", " + cap + ");\n";
}

} // namespace

std::string labTranscriptLine(const LabResult& step)
{
    if (!step.performed || step.abandoned)
        return {};
    const std::string sock = step.request.target.empty() ? "-" : step.request.target;
    std::string line = labCallName(step.request.call) + " " + sock + " = ";
    if (step.ret == -1) {
        line += "-1 " + errnoSymbol(step.err);
    } else if (labCallReturnsFd(step.request.call)) {
        line += "fd";
        if (!step.created.empty())
            line += " " + step.created;
    } else if (step.request.call == LabCall::IcmpEcho) {
        line += std::to_string(step.ret) + (step.echo.replied ? " reply" : " no reply");
    } else if (step.request.call == LabCall::FcntlGetown && step.ret == static_cast<long>(getpid())) {
        line += "self";
    } else {
        line += std::to_string(step.ret);
        if (isReceive(step.request.call) && step.ret > 0 && !step.received.empty()) // empty: MSG_TRUNC discarded them
            line += " \"" + formatEscapes(step.received) + "\"";
    }
    return line;
}

std::string labTranscript(const std::vector<LabResult>& steps)
{
    std::string out;
    for (const auto& s : steps) {
        const std::string line = labTranscriptLine(s);
        if (!line.empty())
            out += line + "\n";
    }
    return out;
}

namespace {

// The word as the shell reads it: bare when it is made of safe characters, in single quotes otherwise.
std::string shellWord(const std::string& word)
{
    const bool plain = !word.empty() && word.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                                "0123456789-_.+/") == std::string::npos;
    if (plain)
        return word;
    std::string quoted = "'";
    for (const char ch : word)
        quoted += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
    return quoted + "'";
}

} // namespace

std::string labBuildCommand(const std::string& fileName)
{
    // Built where it was saved: the command names the file, not its directory.
    const std::size_t slash = fileName.rfind('/');
    std::string file = slash == std::string::npos ? fileName : fileName.substr(slash + 1);
    if (file.empty())
        file = "lab.c";
    std::string program = file;
    const std::size_t dot = program.rfind('.');
    if (dot != std::string::npos && dot > 0)
        program.erase(dot);
    if (program == file)
        program += ".out";
    return "cc -Wall -Werror -o " + shellWord(program) + " " + shellWord(file) + " && " + shellWord("./" + program);
}

std::string labSessionAsC(const std::vector<LabResult>& steps, const std::string& fileName)
{
    std::set<std::string> sockets;
    std::set<int> errnos;
    for (const auto& s : steps) {
        if (!s.created.empty())
            sockets.insert(s.created);
        if (!s.request.target.empty())
            sockets.insert(s.request.target);
        if (s.err)
            errnos.insert(s.err);
    }
    errnos.insert(EINTR);
    errnos.insert(EAGAIN);

    // A file name cannot end the comment early: "*/" in it is broken up.
    std::string build = labBuildCommand(fileName);
    for (std::size_t at = build.find("*/"); at != std::string::npos; at = build.find("*/", at))
        build.replace(at, 2, "* /");
    std::string c = "/* The socket lab's session, exported by SockScope: the same calls in the same order.\n"
                    " * Build: " + build + "\n"
                    " * stdout: one line per call, comparable with the lab's transcript; stderr: perror's text\n"
                    " * for each failure (the program goes on, as the lab did). */\n";
    c += prelude;
    c += "\n";
    c += checksumFunctionC();
    c += icmpHelpers;
    c += "\n/* The errno values of this session (and EINTR, EAGAIN) by name. */\nstatic const char *errname(int e)\n{\n"
         "    switch (e) {\n";
    for (const int e : errnos) {
        const std::string sym = errnoSymbol(e);
        if (sym.rfind("E", 0) == 0 && sym.find_first_of("0123456789") == std::string::npos)
            c += "    case " + sym + ": return \"" + sym + "\";\n";
    }
    c += "    }\n    return NULL;\n}\n\nint main(void)\n{\n";
    if (!sockets.empty()) {
        c += "    int";
        bool first = true;
        for (const auto& s : sockets) {
            c += (first ? " " : ", ") + s + " = -1";
            first = false;
        }
        c += ";\n";
    }
    c += "    long rc = 0;\n    int ival = 0;\n    static char buf[65536];\n    struct sockaddr_storage addr, from;\n"
         "    socklen_t alen = 0, fromlen = 0;\n    struct stat st;\n    struct protoent *pe = NULL;\n"
         "    struct linger lg;\n    static unsigned char pkt[65536];\n    size_t pkt_len = 0;\n\n"
         "    /* A write to a reset connection must fail with EPIPE here, as in the lab, not end the program. */\n"
         "    signal(SIGPIPE, SIG_IGN);\n\n";

    for (const auto& step : steps) {
        if (!step.performed)
            continue;
        const LabRequest& r = step.request;
        const std::string& t = r.target;
        c += "    /* step " + std::to_string(step.step) + " in the lab: " + cCommentText(step.callText) + " = "
            + std::to_string(step.ret)
            + (step.err ? " " + errnoSymbol(step.err) : std::string()) + " */\n";
        if (step.abandoned) {
            c += "    /* abandoned in the lab while it blocked (the kernel answered -1 EINTR): not made here */\n\n";
            continue;
        }
        const std::string name = labCallName(r.call);
        const std::string created = step.created;
        const std::string dataLit = q(r.data);
        const std::string len = std::to_string(r.data.size());
        const std::string size = std::to_string(std::min<std::size_t>(r.size, 65536));
        const std::string flags = labMsgFlagsText(r.flags);
        const std::string number = std::to_string(r.number);
        switch (r.call) {
        case LabCall::Socket: {
            std::string type = labTypeName(r.type);
            if (r.nonblock)
                type += "|SOCK_NONBLOCK";
            if (r.cloexec)
                type += "|SOCK_CLOEXEC";
            // By name, as the chapter writes it: the protocols database gives the number.
            std::string protocol = labProtocolName(r.protocol);
            if (!r.protocolName.empty()) {
                c += "    pe = getprotobyname(" + q(r.protocolName) + ");\n";
                protocol = "pe ? pe->p_proto : " + std::to_string(r.protocol);
            } else if (!step.protocolLookup.empty()) {
                protocol += " /* " + cCommentText(step.protocolLookup) + " */";
            }
            const std::string call = "socket(" + labDomainName(r.domain) + ", " + type + ", " + protocol + ")";
            c += created.empty() ? "    rc = " + call + ";\n" : "    rc = " + created + " = " + call + ";\n";
            c += callArgs("socket", "-", created, "RETURNS_FD");
            break;
        }
        case LabCall::Bind:
        case LabCall::Connect:
            c += addressCode(step);
            c += "    rc = " + name + "(" + t + ", (struct sockaddr *)&addr, alen);\n" + callArgs(name.c_str(), t, "", "0");
            break;
        case LabCall::Listen:
            c += "    rc = listen(" + t + ", " + std::to_string(r.backlog) + ");\n" + callArgs("listen", t, "", "0");
            break;
        case LabCall::Accept:
            c += "    fromlen = sizeof from;\n    rc = " + (created.empty() ? std::string() : created + " = ") + "accept(" + t
                + ", (struct sockaddr *)&from, &fromlen);\n" + callArgs("accept", t, created, "RETURNS_FD");
            break;
        case LabCall::Send:
            if (r.repeat > 1) // back to back, as the lab made them: the total, or -1 at the first failure
                c += "    for (ival = 0, rc = 0; ival < " + std::to_string(r.repeat) + "; ++ival) {\n        long n = send(" + t
                    + ", " + dataLit + ", " + len + ", " + flags + ");\n        if (n == -1) {\n            rc = -1;\n"
                    + "            break;\n        }\n        rc += n;\n    }\n" + callArgs("send", t, "", "0");
            else
                c += "    rc = send(" + t + ", " + dataLit + ", " + len + ", " + flags + ");\n" + callArgs("send", t, "", "0");
            break;
        case LabCall::Write:
            c += "    rc = write(" + t + ", " + dataLit + ", " + len + ");\n" + callArgs("write", t, "", "0");
            break;
        case LabCall::SendTo:
            c += addressCode(step);
            c += "    rc = sendto(" + t + ", " + dataLit + ", " + len + ", " + flags + ", (struct sockaddr *)&addr, alen);\n"
                + callArgs("sendto", t, "", "0");
            break;
        case LabCall::Recv:
            // MSG_TRUNC on a stream: the lab saw a count and no bytes, so the program prints no bytes either.
            c += "    rc = recv(" + t + ", buf, " + size + ", " + flags + ");\n"
                + callArgs("recv", t, "", "0", step.ret > 0 && step.received.empty() ? "0" : "buf", size);
            break;
        case LabCall::Read:
            c += "    rc = read(" + t + ", buf, " + size + ");\n" + callArgs("read", t, "", "0", "buf", size);
            break;
        case LabCall::RecvFrom:
            c += "    fromlen = sizeof from;\n    rc = recvfrom(" + t + ", buf, " + size + ", " + flags
                + ", (struct sockaddr *)&from, &fromlen);\n"
                + callArgs("recvfrom", t, "", "0", step.ret > 0 && step.received.empty() ? "0" : "buf", size);
            break;
        case LabCall::Shutdown:
            c += "    rc = shutdown(" + t + ", " + labShutdownName(r.how) + ");\n" + callArgs("shutdown", t, "", "0");
            break;
        case LabCall::Close:
            c += "    rc = close(" + t + ");\n" + callArgs("close", t, "", "0");
            break;
        case LabCall::Dup:
            c += "    rc = " + (created.empty() ? std::string() : created + " = ") + "dup(" + t + ");\n"
                + callArgs("dup", t, created, "RETURNS_FD");
            break;
        case LabCall::Dup2: {
            // Onto another lab socket: that socket's descriptor in this program, not the lab's number.
            const std::string newfd = step.detail.empty() ? number : step.detail;
            c += "    rc = " + (created.empty() ? std::string() : created + " = ") + "dup2(" + t + ", " + newfd + ");\n"
                + callArgs("dup2", t, created, "RETURNS_FD");
            break;
        }
        case LabCall::FcntlDupfd:
            c += "    rc = " + (created.empty() ? std::string() : created + " = ") + "fcntl(" + t + ", F_DUPFD, " + number
                + ");\n" + callArgs(name.c_str(), t, created, "RETURNS_FD");
            break;
        case LabCall::FcntlGetfl:
        case LabCall::FcntlGetfd:
        case LabCall::FcntlGetown: {
            const char* cmd = r.call == LabCall::FcntlGetfl ? "F_GETFL" : r.call == LabCall::FcntlGetfd ? "F_GETFD" : "F_GETOWN";
            c += "    rc = fcntl(" + t + ", " + cmd + ");\n"
                + callArgs(name.c_str(), t, "", r.call == LabCall::FcntlGetown ? "RETURNS_OWNER" : "0");
            break;
        }
        case LabCall::FcntlSetfl:
            c += "    ival = fcntl(" + t + ", F_GETFL);\n    rc = fcntl(" + t + ", F_SETFL, "
                + (r.enable ? "ival | O_NONBLOCK" : "ival & ~O_NONBLOCK") + ");\n" + callArgs(name.c_str(), t, "", "0");
            break;
        case LabCall::FcntlSetfd:
            c += "    rc = fcntl(" + t + ", F_SETFD, " + (r.enable ? "FD_CLOEXEC" : "0") + ");\n" + callArgs(name.c_str(), t, "", "0");
            break;
        case LabCall::FcntlSetown: {
            const std::string owner = r.number == static_cast<long>(getpid()) ? "getpid()" : number;
            c += "    rc = fcntl(" + t + ", F_SETOWN, " + owner + ");\n" + callArgs(name.c_str(), t, "", "0");
            break;
        }
        case LabCall::Fstat:
            c += "    rc = fstat(" + t + ", &st);\n" + callArgs("fstat", t, "", "0")
                + "    if (rc == 0)\n        fprintf(stderr, \"  S_ISSOCK(st.st_mode) = %d\\n\", S_ISSOCK(st.st_mode));\n";
            break;
        case LabCall::Lseek:
            c += "    rc = (long)lseek(" + t + ", " + number + ", " + labWhenceName(static_cast<int>(r.number2)) + ");\n"
                + callArgs("lseek", t, "", "0");
            break;
        case LabCall::Fchdir:
            c += "    rc = fchdir(" + t + ");\n" + callArgs("fchdir", t, "", "0");
            break;
        case LabCall::Fchmod: {
            char mode[24];
            std::snprintf(mode, sizeof mode, "0%lo", static_cast<unsigned long>(r.number));
            c += "    rc = fchmod(" + t + ", " + mode + ");\n" + callArgs("fchmod", t, "", "0");
            break;
        }
        case LabCall::Fchown:
            c += "    rc = fchown(" + t + ", (uid_t)" + number + ", (gid_t)" + std::to_string(r.number2) + ");\n"
                + callArgs("fchown", t, "", "0");
            break;
        case LabCall::Fsync:
            c += "    rc = fsync(" + t + ");\n" + callArgs("fsync", t, "", "0");
            break;
        case LabCall::Fdatasync:
            c += "    rc = fdatasync(" + t + ");\n" + callArgs("fdatasync", t, "", "0");
            break;
        case LabCall::Ftruncate:
            c += "    rc = ftruncate(" + t + ", " + number + ");\n" + callArgs("ftruncate", t, "", "0");
            break;
        case LabCall::IoctlFionread:
        case LabCall::IoctlSiocatmark: {
            const bool fionread = r.call == LabCall::IoctlFionread;
            c += "    rc = ioctl(" + t + (fionread ? ", FIONREAD, &ival);\n" : ", SIOCATMARK, &ival);\n")
                + callArgs(name.c_str(), t, "", "0") + "    if (rc == 0)\n        fprintf(stderr, \"  "
                + (fionread ? "bytes waiting" : "at the mark") + ": %d\\n\", ival);\n";
            break;
        }
        case LabCall::Setsockopt: {
            const LabSocketOption* o = labSocketOption(r.level, r.option);
            const std::string level = o ? o->levelName : std::to_string(r.level);
            const std::string opt = o ? o->name : std::to_string(r.option);
            if (o && o->linger)
                c += "    lg.l_onoff = " + number + ";\n    lg.l_linger = " + std::to_string(r.number2) + ";\n    rc = setsockopt("
                    + t + ", " + level + ", " + opt + ", &lg, sizeof lg);\n";
            else
                c += "    ival = " + number + ";\n    rc = setsockopt(" + t + ", " + level + ", " + opt + ", &ival, sizeof ival);\n";
            c += callArgs("setsockopt", t, "", "0");
            break;
        }
        case LabCall::IcmpEcho: {
            const std::string v6 = step.echo.v6 ? "1" : "0";
            const std::string seq = std::to_string(r.number2);
            c += "    pkt_len = icmp_echo_request(pkt, " + v6 + ", " + number + ", " + seq + ", " + dataLit + ", " + len + ");\n";
            c += std::string("    alen = make_addr(&addr, ") + (step.echo.v6 ? "AF_INET6, \"::1\"" : "AF_INET, \"127.0.0.1\"")
                + ", 0);\n";
            c += "    rc = sendto(" + t + ", pkt, pkt_len, 0, (struct sockaddr *)&addr, alen);\n";
            c += "    echo_check(rc, " + q(t) + ", rc == -1 ? 0 : await_echo_reply(" + t + ", " + v6 + ", "
                + (step.echo.ping ? "1" : "0") + ", " + number + ", " + seq + ", "
                + std::to_string(effectiveEchoTimeout(r.timeoutMs)) + "));\n";
            break;
        }
        case LabCall::SendIpPacket:
            c += "    pkt_len = icmp_echo_request(pkt + 20, 0, " + number + ", " + std::to_string(r.number2) + ", " + dataLit + ", "
                + len + ");\n    pkt_len = ipv4_header(pkt, " + number + ", pkt_len);\n"
                + "    alen = make_addr(&addr, AF_INET, \"127.0.0.1\", 0);\n"
                + "    rc = sendto(" + t + ", pkt, pkt_len, 0, (struct sockaddr *)&addr, alen);\n"
                + callArgs("send IPv4 packet", t, "", "0");
            break;
        case LabCall::Getsockname:
        case LabCall::Getpeername:
            c += "    alen = sizeof addr;\n    rc = " + name + "(" + t + ", (struct sockaddr *)&addr, &alen);\n"
                + callArgs(name.c_str(), t, "", "0");
            break;
        }
        c += "\n";
    }
    c += "    (void)rc;\n    (void)ival;\n    (void)buf;\n    (void)alen;\n    (void)fromlen;\n    (void)addr;\n"
         "    (void)from;\n    (void)st;\n    (void)pe;\n    (void)lg;\n    (void)pkt;\n    (void)pkt_len;\n";
    for (const auto& s : sockets)
        c += "    (void)" + s + ";\n";
    c += "    return 0;\n}\n";
    return c;
}

} // namespace sockscope
