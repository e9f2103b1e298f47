#include "SocketOptions.h"

#include "AddressCodec.h"
#include "CLiteral.h"
#include "CallJournal.h"
#include "ErrnoInfo.h"
#include "Resolver.h"
#include "SocketOptionPlatform.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace sockscope {

namespace {

std::string callArgs(int fd, const SocketOptionSpec& spec, const char* rest)
{
    return std::to_string(fd) + ", " + spec.levelSymbol + ", " + spec.nameSymbol + ", " + rest;
}

bool isBufferSize(const SocketOptionSpec& spec)
{
    return spec.level == SOL_SOCKET && (spec.name == SO_RCVBUF || spec.name == SO_SNDBUF);
}

std::int64_t readSysctl(const char* path)
{
    std::ifstream in(path);
    std::int64_t v = -1;
    in >> v;
    return in ? v : -1;
}

bool plainName(const std::string& s)
{
    for (const unsigned char c : s)
        if (!std::isalnum(c) && c != '_' && c != '-')
            return false;
    return true;
}

bool typeMatches(OptionType type, const OptionValue& value)
{
    switch (type) {
    case OptionType::Int:
    case OptionType::Bool: return std::holds_alternative<int>(value);
    case OptionType::Linger: return std::holds_alternative<LingerValue>(value);
    case OptionType::Timeval: return std::holds_alternative<TimevalValue>(value);
    case OptionType::String: return std::holds_alternative<std::string>(value);
    case OptionType::TcpInfo: return std::holds_alternative<TcpInfo>(value);
    }
    return false;
}

OptionAdjustment classify(const SocketOptionSpec& spec, const SocketKind& kind, const OptionValue& requested,
                          const OptionValue& kept)
{
    if (kept == requested)
        return OptionAdjustment::None;
    if (isBufferSize(spec) && platform::doublesSocketBuffers) {
        const int asked = std::get<int>(requested);
        const int got = std::get<int>(kept);
        return static_cast<std::int64_t>(got) == 2 * static_cast<std::int64_t>(asked) ? OptionAdjustment::Doubled
                                                                                     : OptionAdjustment::Limited;
    }
    if (spec.type == OptionType::Timeval)
        return OptionAdjustment::RoundedToTick;
    if (spec.level == IPPROTO_IP && spec.name == IP_TOS && kind.type == SOCK_STREAM
        && (std::get<int>(requested) & ~3) == (std::get<int>(kept) & ~3))
        return OptionAdjustment::EcnBitsKept;
    if (spec.level == IPPROTO_TCP && spec.name == platform::tcpQuickAck)
        return OptionAdjustment::NotSticky;
    return OptionAdjustment::Other;
}

} // namespace

std::string allowedValues(const SocketOptionSpec& spec)
{
    switch (spec.type) {
    case OptionType::Bool: return "Allowed: 0 (off) or 1 (on).";
    case OptionType::Int:
        return "Allowed: " + std::to_string(spec.min) + " to " + std::to_string(spec.max) + ".";
    case OptionType::Linger:
        return "Allowed: {onoff, seconds} with onoff 0 or 1 and seconds 0 to " + std::to_string(spec.max) + ".";
    case OptionType::Timeval:
        return "Allowed: {seconds, microseconds} with seconds 0 to " + std::to_string(spec.max)
               + " and microseconds 0 to 999999.";
    case OptionType::String:
        return "Allowed: a name of 1 to " + std::to_string(spec.max) + " letters, digits, '_' or '-'.";
    case OptionType::TcpInfo: return "It can only be read.";
    }
    return {};
}

OptionProblem validateOptionValue(const SocketOptionSpec& spec, const SocketKind& kind, const OptionValue& value)
{
    if (!spec.available())
        return OptionProblem::NotOnPlatform;
    if (!spec.settable)
        return OptionProblem::GetOnly;
    if (!optionAppliesTo(spec, kind))
        return OptionProblem::NotForSocket;
    if (!typeMatches(spec.type, value))
        return OptionProblem::WrongType;
    switch (spec.type) {
    case OptionType::Int:
    case OptionType::Bool: {
        const int v = std::get<int>(value);
        return v < spec.min || v > spec.max ? OptionProblem::OutOfRange : OptionProblem::None;
    }
    case OptionType::Linger: {
        const auto& l = std::get<LingerValue>(value);
        return l.onoff < 0 || l.onoff > 1 || l.seconds < spec.min || l.seconds > spec.max ? OptionProblem::OutOfRange
                                                                                         : OptionProblem::None;
    }
    case OptionType::Timeval: {
        const auto& t = std::get<TimevalValue>(value);
        return t.sec < spec.min || t.sec > spec.max || t.usec < 0 || t.usec > 999999 ? OptionProblem::OutOfRange
                                                                                     : OptionProblem::None;
    }
    case OptionType::String: {
        const auto& s = std::get<std::string>(value);
        return s.empty() || static_cast<std::int64_t>(s.size()) > spec.max || !plainName(s) ? OptionProblem::BadName
                                                                                           : OptionProblem::None;
    }
    case OptionType::TcpInfo: return OptionProblem::GetOnly;
    }
    return OptionProblem::None;
}

OptionReading getOption(int fd, const SocketOptionSpec& spec)
{
    OptionReading r;
    r.spec = &spec;
    if (!spec.available()) {
        r.problem = OptionProblem::NotOnPlatform;
        return r;
    }
    CallTimer t;
    int rc = -1;
    int err = 0;
    std::string args;
    std::string code;
    switch (spec.type) {
    case OptionType::Int:
    case OptionType::Bool: {
        int v = 0;
        socklen_t len = sizeof v;
        rc = getsockopt(fd, spec.level, spec.name, &v, &len);
        err = rc < 0 ? errno : 0;
        r.value = v;
        args = callArgs(fd, spec, "&v, &len");
        code = std::string("int v;\nsocklen_t len = sizeof v;\ngetsockopt(fd, ") + spec.levelSymbol + ", "
               + spec.nameSymbol + ", &v, &len);" + (rc == 0 ? " /* v == " + std::to_string(v) + " */" : "");
        break;
    }
    case OptionType::Linger: {
        linger lg{};
        socklen_t len = sizeof lg;
        rc = getsockopt(fd, spec.level, spec.name, &lg, &len);
        err = rc < 0 ? errno : 0;
        r.value = LingerValue{lg.l_onoff, lg.l_linger};
        args = callArgs(fd, spec, "&lg, &len");
        code = std::string("struct linger lg;\nsocklen_t len = sizeof lg;\ngetsockopt(fd, ") + spec.levelSymbol
               + ", " + spec.nameSymbol + ", &lg, &len);"
               + (rc == 0 ? " /* lg == " + optionValueCLiteral(r.value) + " */" : "");
        break;
    }
    case OptionType::Timeval: {
        timeval tv{};
        socklen_t len = sizeof tv;
        rc = getsockopt(fd, spec.level, spec.name, &tv, &len);
        err = rc < 0 ? errno : 0;
        r.value = TimevalValue{tv.tv_sec, tv.tv_usec};
        args = callArgs(fd, spec, "&tv, &len");
        code = std::string("struct timeval tv;\nsocklen_t len = sizeof tv;\ngetsockopt(fd, ") + spec.levelSymbol
               + ", " + spec.nameSymbol + ", &tv, &len);"
               + (rc == 0 ? " /* tv == " + optionValueCLiteral(r.value) + " */" : "");
        break;
    }
    case OptionType::String: {
        char name[64] = {};
        socklen_t len = sizeof name - 1;
        rc = getsockopt(fd, spec.level, spec.name, name, &len);
        err = rc < 0 ? errno : 0;
        r.value = std::string(name, strnlen(name, len));
        args = callArgs(fd, spec, "name, &len");
        code = std::string("char name[64];\nsocklen_t len = sizeof name;\ngetsockopt(fd, ") + spec.levelSymbol
               + ", " + spec.nameSymbol + ", name, &len);"
               + (rc == 0 ? " /* " + cStringLiteral(std::get<std::string>(r.value)) + " */" : "");
        break;
    }
    case OptionType::TcpInfo: {
        std::vector<unsigned char> buffer(tcpInfoBufferSize() ? tcpInfoBufferSize() : 1);
        socklen_t len = static_cast<socklen_t>(buffer.size());
        rc = getsockopt(fd, spec.level, spec.name, buffer.data(), &len);
        err = rc < 0 ? errno : 0;
        if (rc == 0)
            r.value = decodeTcpInfo(buffer.data(), len);
        args = callArgs(fd, spec, "&ti, &len");
        code = std::string("struct tcp_info ti;\nsocklen_t len = sizeof ti;\ngetsockopt(fd, ") + spec.levelSymbol
               + ", " + spec.nameSymbol + ", &ti, &len);"
               + (rc == 0 ? std::string(" /* tcpi_state == ") + tcpStateName(std::get<TcpInfo>(r.value).state)
                                + " */"
                          : "");
        break;
    }
    }
    recordCall(t, "getsockopt", args, rc, err, code);
    if (rc < 0) {
        r.problem = OptionProblem::Kernel;
        r.err = err;
    }
    return r;
}

OptionSetResult setOption(int fd, const SocketKind& kind, const SocketOptionSpec& spec, const OptionValue& value)
{
    OptionSetResult r;
    r.spec = &spec;
    r.requested = value;
    r.problem = validateOptionValue(spec, kind, value);
    if (r.problem != OptionProblem::None) {
        r.message = describeProblem(spec, r.problem, 0, true);
        return r;
    }
    CallTimer t;
    int rc = -1;
    std::string args;
    std::string code;
    switch (spec.type) {
    case OptionType::Int:
    case OptionType::Bool: {
        const int v = std::get<int>(value);
        rc = setsockopt(fd, spec.level, spec.name, &v, sizeof v);
        args = callArgs(fd, spec, "&v, sizeof v");
        code = "int v = " + std::to_string(v) + ";\nsetsockopt(fd, " + spec.levelSymbol + ", " + spec.nameSymbol
               + ", &v, sizeof v);";
        break;
    }
    case OptionType::Linger: {
        const auto& l = std::get<LingerValue>(value);
        const linger lg{l.onoff, l.seconds};
        rc = setsockopt(fd, spec.level, spec.name, &lg, sizeof lg);
        args = callArgs(fd, spec, "&lg, sizeof lg");
        code = "struct linger lg = " + optionValueCLiteral(value) + ";\nsetsockopt(fd, " + spec.levelSymbol + ", "
               + spec.nameSymbol + ", &lg, sizeof lg);";
        break;
    }
    case OptionType::Timeval: {
        const auto& tv = std::get<TimevalValue>(value);
        timeval v{};
        v.tv_sec = static_cast<time_t>(tv.sec);
        v.tv_usec = static_cast<suseconds_t>(tv.usec);
        rc = setsockopt(fd, spec.level, spec.name, &v, sizeof v);
        args = callArgs(fd, spec, "&tv, sizeof tv");
        code = "struct timeval tv = " + optionValueCLiteral(value) + ";\nsetsockopt(fd, " + spec.levelSymbol + ", "
               + spec.nameSymbol + ", &tv, sizeof tv);";
        break;
    }
    case OptionType::String: {
        const auto& s = std::get<std::string>(value);
        rc = setsockopt(fd, spec.level, spec.name, s.c_str(), static_cast<socklen_t>(s.size()));
        args = callArgs(fd, spec, "name, strlen(name)");
        code = "const char name[] = " + cStringLiteral(s) + ";\nsetsockopt(fd, " + spec.levelSymbol + ", "
               + spec.nameSymbol + ", name, strlen(name));";
        break;
    }
    case OptionType::TcpInfo: break; // refused by validation
    }
    const int err = rc < 0 ? errno : 0;
    recordCall(t, "setsockopt", args, rc, err, code);
    if (rc < 0) {
        r.problem = OptionProblem::Kernel;
        r.err = err;
        r.message = describeProblem(spec, r.problem, err, true);
    }
    // Always read back: after a failed set too, so the caller sees the value that stands.
    OptionReading back = getOption(fd, spec);
    if (back.ok())
        r.kept = back.value;
    if (r.applied() && r.kept) {
        r.adjustment = classify(spec, kind, value, *r.kept);
        if (r.adjustment != OptionAdjustment::None)
            r.message = describeAdjustment(spec, r.adjustment, value, *r.kept);
    }
    return r;
}

std::vector<OptionReading> readAllOptions(int fd, const SocketKind& kind)
{
    std::vector<OptionReading> out;
    for (const SocketOptionSpec& spec : socketOptionCatalogue())
        if (spec.available() && optionAppliesTo(spec, kind))
            out.push_back(getOption(fd, spec));
    return out;
}

std::vector<OptionReading> defaultOptions(const SocketKind& kind, int* err)
{
    CallTimer t;
    UniqueFd fd(socket(kind.domain, kind.type | SOCK_CLOEXEC, kind.protocol));
    const int e = fd ? 0 : errno;
    const std::string args = familySymbol(kind.domain) + ", " + socktypeSymbol(kind.type) + " | SOCK_CLOEXEC, "
                             + std::to_string(kind.protocol);
    recordCall(t, "socket", args, fd.get(), e, "int fd = socket(" + args + "); /* a fresh socket, for its defaults */");
    if (err)
        *err = e;
    if (!fd)
        return {};
    auto out = readAllOptions(fd.get(), kind);
    CallTimer ct;
    const int number = fd.get();
    fd.reset();
    recordCall(ct, "close", std::to_string(number), 0, 0, "close(fd);");
    return out;
}

RegisteredSocket openScratchSocket(const SocketKind& kind, const std::string& label, int* err)
{
    CallTimer t;
    UniqueFd fd(socket(kind.domain, kind.type | SOCK_CLOEXEC, kind.protocol));
    const int e = fd ? 0 : errno;
    const std::string args = familySymbol(kind.domain) + ", " + socktypeSymbol(kind.type) + " | SOCK_CLOEXEC, "
                             + std::to_string(kind.protocol);
    recordCall(t, "socket", args, fd.get(), e, "int fd = socket(" + args + "); /* a scratch socket */");
    if (err)
        *err = e;
    if (!fd)
        return {};
    return RegisteredSocket(std::move(fd), kind, SocketOwner::Scratch, label);
}

void closeScratchSocket(RegisteredSocket& socket)
{
    if (!socket)
        return;
    CallTimer t;
    const int number = socket.get();
    socket.reset();
    recordCall(t, "close", std::to_string(number), 0, 0, "close(fd); /* the scratch socket */");
}

std::optional<std::vector<OptionReading>> readAllOptions(SocketRegistry& registry, std::uint64_t id)
{
    const auto info = registry.find(id);
    if (!info)
        return std::nullopt;
    std::optional<std::vector<OptionReading>> out;
    registry.withSocket(id, [&](int fd) { out = readAllOptions(fd, info->kind); });
    return out;
}

OptionReading getOption(SocketRegistry& registry, std::uint64_t id, const SocketOptionSpec& spec)
{
    OptionReading r;
    r.spec = &spec;
    r.problem = OptionProblem::SocketGone;
    const auto info = registry.find(id);
    if (!info)
        return r;
    if (!optionAppliesTo(spec, info->kind)) {
        r.problem = OptionProblem::NotForSocket;
        return r;
    }
    registry.withSocket(id, [&](int fd) { r = getOption(fd, spec); });
    return r;
}

OptionSetResult setOption(SocketRegistry& registry, std::uint64_t id, const SocketOptionSpec& spec,
                          const OptionValue& value)
{
    OptionSetResult r;
    r.spec = &spec;
    r.requested = value;
    r.problem = OptionProblem::SocketGone;
    const auto info = registry.find(id);
    if (info)
        registry.withSocket(id, [&](int fd) { r = setOption(fd, info->kind, spec, value); });
    if (r.problem == OptionProblem::SocketGone)
        r.message = describeProblem(spec, r.problem, 0, true);
    return r;
}

std::string optionValueCLiteral(const OptionValue& value)
{
    if (const int* i = std::get_if<int>(&value))
        return std::to_string(*i);
    if (const auto* l = std::get_if<LingerValue>(&value))
        return "{" + std::to_string(l->onoff) + ", " + std::to_string(l->seconds) + "}";
    if (const auto* tv = std::get_if<TimevalValue>(&value))
        return "{" + std::to_string(tv->sec) + ", " + std::to_string(tv->usec) + "}";
    if (const auto* s = std::get_if<std::string>(&value))
        return cStringLiteral(*s);
    return "{…}";
}

std::string formatOptionValue(const SocketOptionSpec& spec, const OptionValue& value)
{
    if (const int* i = std::get_if<int>(&value)) {
        std::string text = std::to_string(*i);
        if (spec.level == SOL_SOCKET && spec.name == SO_TYPE)
            return text + " (" + socktypeSymbol(*i) + ")";
        if (spec.level == SOL_SOCKET && spec.name == platform::soDomain)
            return text + " (" + familySymbol(*i) + ")";
        if (spec.level == SOL_SOCKET && spec.name == platform::soProtocol)
            return text + " (" + (*i == 0 ? std::string("default") : protocolSymbol(*i)) + ")";
        if (spec.level == SOL_SOCKET && spec.name == SO_ERROR && *i != 0)
            return text + " (" + errnoSymbol(*i) + ")";
        return text;
    }
    if (const auto* s = std::get_if<std::string>(&value))
        return *s;
    if (const auto* ti = std::get_if<TcpInfo>(&value))
        return std::string(tcpStateName(ti->state)) + ", rtt " + std::to_string(ti->get("rtt")) + " us, rttvar "
               + std::to_string(ti->get("rttvar")) + " us, cwnd " + std::to_string(ti->get("snd_cwnd"));
    return optionValueCLiteral(value);
}

std::optional<OptionValue> parseOptionValue(const SocketOptionSpec& spec, const std::string& text)
{
    auto trim = [](std::string s) {
        const auto b = s.find_first_not_of(" \t");
        const auto e = s.find_last_not_of(" \t");
        return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
    };
    auto number = [](const std::string& s, std::int64_t& out) {
        if (s.empty() || s.size() > 18)
            return false;
        std::size_t i = s[0] == '-' ? 1 : 0;
        if (i == s.size())
            return false;
        std::int64_t v = 0;
        for (; i < s.size(); ++i) {
            if (!std::isdigit(static_cast<unsigned char>(s[i])))
                return false;
            v = v * 10 + (s[i] - '0');
        }
        out = s[0] == '-' ? -v : v;
        return true;
    };
    // "{a, b}" or "a b" or "a,b" → two numbers.
    auto pair = [&](std::string s, std::int64_t& a, std::int64_t& b) {
        s = trim(s);
        if (s.size() >= 2 && s.front() == '{' && s.back() == '}')
            s = s.substr(1, s.size() - 2);
        for (char& c : s)
            if (c == ',')
                c = ' ';
        const auto sp = trim(s).find(' ');
        s = trim(s);
        if (sp == std::string::npos)
            return false;
        return number(trim(s.substr(0, sp)), a) && number(trim(s.substr(sp + 1)), b);
    };
    const std::string t = trim(text);
    switch (spec.type) {
    case OptionType::Bool:
        if (t == "on" || t == "true" || t == "yes")
            return OptionValue(1);
        if (t == "off" || t == "false" || t == "no")
            return OptionValue(0);
        [[fallthrough]];
    case OptionType::Int: {
        std::int64_t v = 0;
        if (!number(t, v) || v < INT32_MIN || v > INT32_MAX)
            return std::nullopt;
        return OptionValue(static_cast<int>(v));
    }
    case OptionType::Linger: {
        std::int64_t a = 0, b = 0;
        if (!pair(t, a, b) || a < INT32_MIN || a > INT32_MAX || b < INT32_MIN || b > INT32_MAX)
            return std::nullopt;
        return OptionValue(LingerValue{static_cast<int>(a), static_cast<int>(b)});
    }
    case OptionType::Timeval: {
        std::int64_t a = 0, b = 0;
        if (pair(t, a, b))
            return OptionValue(TimevalValue{a, b});
        // Seconds with an optional fraction: "1.5".
        const auto dot = t.find('.');
        if (!number(t.substr(0, dot), a))
            return std::nullopt;
        if (dot != std::string::npos) {
            std::string frac = t.substr(dot + 1);
            if (frac.empty() || frac.size() > 6 || !number(frac, b) || frac[0] == '-')
                return std::nullopt;
            frac.append(6 - frac.size(), '0');
            number(frac, b);
        }
        return OptionValue(TimevalValue{a, b});
    }
    case OptionType::String: return OptionValue(t);
    case OptionType::TcpInfo: return std::nullopt;
    }
    return std::nullopt;
}

std::string describeProblem(const SocketOptionSpec& spec, OptionProblem problem, int err, bool setting)
{
    const std::string name = spec.nameSymbol;
    switch (problem) {
    case OptionProblem::None: return {};
    case OptionProblem::NotOnPlatform: return name + " does not exist on this platform.";
    case OptionProblem::NotForSocket: return name + " does not apply to this kind of socket.";
    case OptionProblem::GetOnly:
        if (spec.level == SOL_SOCKET && spec.name == SO_SNDLOWAT && platform::sndLowatReadOnly)
            return name + " can only be read on Linux (it is always 1 there).";
        return name + " can only be read, not set.";
    case OptionProblem::WrongType:
        return name + " takes a value of type " + optionTypeName(spec.type) + ". " + allowedValues(spec);
    case OptionProblem::OutOfRange: return name + ": the value is out of range. " + allowedValues(spec);
    case OptionProblem::BadName: return name + ": not a valid algorithm name. " + allowedValues(spec);
    case OptionProblem::SocketGone: return "The socket has been closed; " + name + " was not " + (setting ? "set." : "read.");
    case OptionProblem::Kernel: break;
    }
    const std::string call = setting ? "setsockopt" : "getsockopt";
    const std::string prefix = call + " " + name + " failed (" + errnoDescription(err) + "): ";
    if ((err == EPERM || err == EACCES) && spec.level == SOL_SOCKET && spec.name == SO_DEBUG)
        return prefix + "turning SO_DEBUG on needs the CAP_NET_ADMIN capability, which this process does not have.";
    if (err == EPERM || err == EACCES)
        return prefix + "this process lacks the privilege (a capability such as CAP_NET_ADMIN) the kernel asks for.";
    if (err == ENOPROTOOPT) {
        if (spec.level == SOL_SOCKET && spec.name == SO_SNDLOWAT)
            return prefix + "Linux reports SO_SNDLOWAT but does not allow changing it.";
        return prefix + "the kernel does not know this option at " + spec.levelSymbol + " for this socket.";
    }
    if (err == ENOENT && spec.name == platform::tcpCongestion && spec.level == IPPROTO_TCP)
        return prefix + "the kernel has no congestion control algorithm of that name "
                        "(see /proc/sys/net/ipv4/tcp_available_congestion_control).";
    if (err == EINVAL) {
        if (spec.level == IPPROTO_IPV6 && spec.name == IPV6_V6ONLY)
            return prefix + "IPV6_V6ONLY can only change before the socket is bound.";
        return prefix + "the kernel refused the value for this socket in its current state. " + allowedValues(spec);
    }
    if (err == EBADF || err == ENOTSOCK)
        return prefix + "the descriptor is not an open socket.";
    return prefix + errnoText(err) + ".";
}

std::string describeAdjustment(const SocketOptionSpec& spec, OptionAdjustment adjustment,
                               const OptionValue& requested, const OptionValue& kept)
{
    const std::string name = spec.nameSymbol;
    const std::string asked = formatOptionValue(spec, requested);
    const std::string got = formatOptionValue(spec, kept);
    switch (adjustment) {
    case OptionAdjustment::None: return {};
    case OptionAdjustment::Doubled:
        return name + ": asked for " + asked + ", the kernel keeps " + got
               + ": Linux doubles the size to leave room for its own bookkeeping.";
    case OptionAdjustment::Limited: {
        const bool rcv = spec.name == SO_RCVBUF;
        const std::int64_t max = readSysctl(rcv ? "/proc/sys/net/core/rmem_max" : "/proc/sys/net/core/wmem_max");
        return name + ": asked for " + asked + ", the kernel keeps " + got
               + ": Linux doubles the size and keeps it between its minimum and twice net.core."
               + (rcv ? "rmem_max" : "wmem_max") + (max >= 0 ? " (" + std::to_string(max) + ")" : std::string())
               + ".";
    }
    case OptionAdjustment::RoundedToTick:
        return name + ": asked for " + asked + ", the kernel keeps " + got
               + ": timeouts are kept in clock ticks, so the value was rounded.";
    case OptionAdjustment::EcnBitsKept:
        return name + ": asked for " + asked + ", the kernel keeps " + got
               + ": on a TCP socket the two low (ECN) bits stay under TCP's control.";
    case OptionAdjustment::NotSticky:
        return name + ": asked for " + asked + ", the kernel reports " + got
               + ": quick-ack mode is not permanent; TCP enters and leaves it by itself.";
    case OptionAdjustment::Other: break;
    }
    return name + ": asked for " + asked + ", the kernel keeps " + got + ".";
}

} // namespace sockscope
