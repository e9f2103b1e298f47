#include "CodecMessages.h"

#include "ErrnoInfo.h"

#include <sys/socket.h>

namespace sockscope {

QString CodecMessages::familyName(int family)
{
    switch (family) {
    case AF_INET: return tr("IPv4");
    case AF_INET6: return tr("IPv6");
    case AF_UNIX: return tr("Unix domain");
    }
    return tr("family %1").arg(family);
}

QString CodecMessages::numberError(const ParsedNumber& n, const QString& text, const QString& what,
                                   std::uint64_t max, std::uint64_t min)
{
    const QString allowed = tr("Allowed: %1 to %2 (0x%3), decimal or hex with 0x.")
                                .arg(min)
                                .arg(max)
                                .arg(QString::number(max, 16));
    switch (n.error) {
    case ParsedNumber::Error::None:
        if (n.value < min)
            return tr("%1 must be at least %2.").arg(what).arg(min) + QLatin1Char(' ') + allowed;
        return {};
    case ParsedNumber::Error::Empty:
        return tr("%1 is empty.").arg(what) + QLatin1Char(' ') + allowed;
    case ParsedNumber::Error::Negative:
        return tr("%1 cannot be negative.").arg(what) + QLatin1Char(' ') + allowed;
    case ParsedNumber::Error::BadDigit: {
        const auto pos = static_cast<qsizetype>(n.position);
        const QString ch = pos < text.toUtf8().size()
                               ? QString::fromUtf8(text.toUtf8().mid(pos, 1))
                               : QString();
        if (ch.isEmpty())
            return tr("%1: “%2” has no digits after 0x.").arg(what, text) + QLatin1Char(' ') + allowed;
        return tr("%1: “%2” at position %3 is not a digit.").arg(what, ch).arg(pos + 1)
               + QLatin1Char(' ') + allowed;
    }
    case ParsedNumber::Error::TooLarge:
        return tr("%1: %2 is too large.").arg(what, text.trimmed()) + QLatin1Char(' ') + allowed;
    }
    return {};
}

QString CodecMessages::allowedAddressForm(int family)
{
    if (family == AF_INET)
        return tr("An IPv4 address is four decimal numbers 0–255 separated by dots, e.g. 192.0.2.1 "
                  "(inet_pton takes no shortened forms, no leading zeros and no spaces).");
    if (family == AF_INET6)
        return tr("An IPv6 address is up to eight groups of 1–4 hex digits separated by colons, with :: "
                  "at most once for a run of zero groups, e.g. 2001:db8::1 or ::ffff:192.0.2.1.");
    return {};
}

QString CodecMessages::ptonError(const PtonResult& r, const QString& text)
{
    if (r.ok())
        return {};
    if (r.rc < 0)
        return tr("inet_pton returned -1: %1. It converts only AF_INET and AF_INET6 addresses.")
            .arg(QString::fromStdString(errnoDescription(r.err)));
    if (text.isEmpty())
        return tr("The address is empty.") + QLatin1Char(' ') + allowedAddressForm(r.family);
    QString hint;
    if (r.family == AF_INET && text.contains(QLatin1Char(':')))
        hint = QLatin1Char(' ')
               + tr("With colons it is written as an IPv6 address (::ffff:a.b.c.d is IPv4 mapped into IPv6): "
                    "choose AF_INET6 for it.");
    else if (r.family == AF_INET6 && !text.contains(QLatin1Char(':')) && text.contains(QLatin1Char('.')))
        hint = QLatin1Char(' ')
               + tr("It is written as an IPv4 address: choose AF_INET, or write it IPv4-mapped as ::ffff:%1.")
                     .arg(text);
    return tr("“%1” is not a valid %2 address (inet_pton returned 0).")
               .arg(text, familyName(r.family))
           + hint + QLatin1Char(' ') + allowedAddressForm(r.family);
}

QString CodecMessages::ntopError(const NtopResult& r)
{
    if (r.ok)
        return {};
    if (r.err == ENOSPC)
        return tr("inet_ntop returned NULL: %1. The buffer is too small for this address; "
                  "INET_ADDRSTRLEN (16) and INET6_ADDRSTRLEN (46) are always enough.")
            .arg(QString::fromStdString(errnoDescription(r.err)));
    return tr("inet_ntop returned NULL: %1.").arg(QString::fromStdString(errnoDescription(r.err)));
}

QString CodecMessages::layoutError(const LayoutResult& r, const QString& address, const QString& port)
{
    using E = LayoutResult::Error;
    switch (r.error) {
    case E::None:
        return {};
    case E::BadAddress:
        return tr("“%1” is not a valid address for this structure (inet_pton returned 0).").arg(address);
    case E::BadScope:
        return tr("The scope after % in “%1” names no network interface here (if_nametoindex returned 0). "
                  "Use an interface name such as lo, or a number.")
            .arg(address);
    case E::BadPort:
        return numberError(parseUnsigned(port.toStdString(), 65535), port, tr("Port"), 65535);
    case E::BadFlowinfo:
        return tr("The flow label must be a number from 0 to 1048575 (20 bits).");
    case E::EmptyPath:
        return tr("The path is empty. Give a filesystem path such as /tmp/demo.sock, or @name for an "
                  "abstract name.");
    case E::PathTooLong:
        return tr("The path is too long: sun_path holds %1 bytes plus the terminating NUL, and no NUL "
                  "may appear inside a path.")
            .arg(r.limit);
    case E::NoAbstract:
        return tr("Abstract socket names (@name) exist only on Linux.");
    }
    return {};
}

} // namespace sockscope
