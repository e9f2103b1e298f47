#pragma once
// getsockopt/setsockopt driven by the option catalogue. A set is validated first (type and range, with
// a plain message naming the option, what is wrong and what is allowed), then made, then always read
// back: the result says what was asked for, what the kernel kept, and why they differ when the reason
// is known (Linux doubles SO_RCVBUF, rounds timeouts to its clock tick, …). Every call is journalled
// with its C code.

#include "SocketOptionCatalogue.h"
#include "SocketRegistry.h"
#include "TcpInfo.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace sockscope {

struct LingerValue {
    int onoff = 0;
    int seconds = 0;
    bool operator==(const LingerValue&) const = default;
};

struct TimevalValue {
    std::int64_t sec = 0;
    std::int64_t usec = 0;
    bool operator==(const TimevalValue&) const = default;
};

// An option's value: int (also for Bool), struct linger, struct timeval, a name, or TCP_INFO.
using OptionValue = std::variant<int, LingerValue, TimevalValue, std::string, TcpInfo>;

// Why an option call was not made or did not succeed.
enum class OptionProblem {
    None,
    NotOnPlatform, // this platform's headers have no such option
    NotForSocket,  // the option does not apply to this kind of socket
    GetOnly,       // the option cannot be set (here, or on this platform)
    WrongType,     // the value is not of the option's type
    OutOfRange,    // a number outside the option's range
    BadName,       // TCP_CONGESTION: empty, too long, or not a plain name
    SocketGone,    // the registered socket closed before the call
    Kernel,        // getsockopt/setsockopt failed: see err
};

// How the value read back differs from the value set, when the reason is known.
enum class OptionAdjustment {
    None,
    Doubled,      // Linux doubled SO_RCVBUF/SO_SNDBUF
    Limited,      // doubled and kept within the kernel's minimum and maximum (net.core.rmem_max/wmem_max)
    RoundedToTick, // a timeout rounded to the kernel's clock tick
    EcnBitsKept,  // IP_TOS on TCP: the two ECN bits stay under TCP's control
    NotSticky,    // TCP_QUICKACK: the kernel leaves quick-ack mode by itself
    Other,        // the kernel kept a different value for a reason SockScope does not know
};

struct OptionReading {
    const SocketOptionSpec* spec = nullptr;
    OptionProblem problem = OptionProblem::None;
    int err = 0;         // getsockopt's errno when problem == Kernel
    OptionValue value;   // valid when ok()
    bool ok() const { return problem == OptionProblem::None; }
};

struct OptionSetResult {
    const SocketOptionSpec* spec = nullptr;
    OptionProblem problem = OptionProblem::None; // of the set (validation or setsockopt)
    int err = 0;                                 // setsockopt's errno when problem == Kernel
    OptionValue requested;
    std::optional<OptionValue> kept;             // the read-back, when it succeeded
    OptionAdjustment adjustment = OptionAdjustment::None;
    std::string message; // plain English: what went wrong, or how the kernel adjusted the value; empty if kept as asked

    bool applied() const { return problem == OptionProblem::None; }
    bool keptAsRequested() const { return applied() && kept && *kept == requested; }
};

// Checks `value` against the option's type and range (and whether it can be set on `kind` at all).
// None when the value may be passed to setsockopt.
OptionProblem validateOptionValue(const SocketOptionSpec& spec, const SocketKind& kind, const OptionValue& value);

// getsockopt of one option on `fd`, journalled.
OptionReading getOption(int fd, const SocketOptionSpec& spec);
// Validate, setsockopt, then getsockopt; all journalled. `kind` is the socket's (for applicability).
OptionSetResult setOption(int fd, const SocketKind& kind, const SocketOptionSpec& spec, const OptionValue& value);
// Every option of the catalogue that applies to `kind` and exists on this platform, read from `fd`.
std::vector<OptionReading> readAllOptions(int fd, const SocketKind& kind);
// The same read on a fresh socket of `kind` (created, read, closed; journalled). Empty with `*err` set
// when socket() fails.
std::vector<OptionReading> defaultOptions(const SocketKind& kind, int* err = nullptr);

// A fresh socket of `kind` for experiments, registered as SocketOwner::Scratch (socket() journalled).
// Empty with `*err` set when socket() fails.
RegisteredSocket openScratchSocket(const SocketKind& kind, const std::string& label, int* err = nullptr);
// Closes it, journalled.
void closeScratchSocket(RegisteredSocket& socket);

// The same, on a socket of the registry, under its guard (SocketRegistry::withSocket): the socket
// cannot close while the call runs. std::nullopt / SocketGone when the socket no longer exists.
std::optional<std::vector<OptionReading>> readAllOptions(SocketRegistry& registry, std::uint64_t id);
OptionReading getOption(SocketRegistry& registry, std::uint64_t id, const SocketOptionSpec& spec);
OptionSetResult setOption(SocketRegistry& registry, std::uint64_t id, const SocketOptionSpec& spec,
                          const OptionValue& value);

// The value as text: "1", "{1, 5}", "{2, 500000}", "cubic"; SO_TYPE/SO_DOMAIN/SO_PROTOCOL/SO_ERROR
// with their symbol: "1 (SOCK_STREAM)"; TCP_INFO as "ESTABLISHED, rtt 42 us, cwnd 10".
std::string formatOptionValue(const SocketOptionSpec& spec, const OptionValue& value);
// The C initialiser of the value: "1", "{1, 5}", "\"cubic\"".
std::string optionValueCLiteral(const OptionValue& value);
// Reads text the way formatOptionValue writes it (also "on"/"off", "1.5" seconds for a timeval).
// std::nullopt when the text is not of the option's type.
std::optional<OptionValue> parseOptionValue(const SocketOptionSpec& spec, const std::string& text);

// Plain English, naming the option: why `problem` happened and what is allowed.
std::string describeProblem(const SocketOptionSpec& spec, OptionProblem problem, int err, bool setting);
// Plain English: what the kernel did to the value and why.
std::string describeAdjustment(const SocketOptionSpec& spec, OptionAdjustment adjustment,
                               const OptionValue& requested, const OptionValue& kept);
// "Allowed: 1 to 255", "Allowed: 0 (off) or 1 (on)", … for the option's value.
std::string allowedValues(const SocketOptionSpec& spec);

} // namespace sockscope
