#pragma once
// Plain-words messages for what the codecs report: which field, what is wrong, what is allowed.
// Translated in the GUI; the CLI loads no translator, so its messages stay in English.

#include "AddressCodec.h"
#include "NumberParser.h"
#include "SockaddrLayout.h"

#include <QCoreApplication>
#include <QString>

namespace sockscope {

class CodecMessages {
    Q_DECLARE_TR_FUNCTIONS(CodecMessages)
public:
    // `what` names the field ("Port", "Value"); `max` is the largest allowed value.
    // `min` is the smallest allowed value: a parsed value below it is reported too.
    static QString numberError(const ParsedNumber& n, const QString& text, const QString& what,
                               std::uint64_t max, std::uint64_t min = 0);
    // Why inet_pton did not accept `text` for its family.
    static QString ptonError(const PtonResult& r, const QString& text);
    // What the allowed form of an address of `family` is.
    static QString allowedAddressForm(int family);
    static QString ntopError(const NtopResult& r);
    static QString layoutError(const LayoutResult& r, const QString& address, const QString& port);
    static QString familyName(int family); // "IPv4", "IPv6", "Unix domain"
};

} // namespace sockscope
