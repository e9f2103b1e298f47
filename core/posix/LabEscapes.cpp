#include "LabEscapes.h"

namespace sockscope {

namespace {

int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr char hexDigits[] = "0123456789abcdef";

} // namespace

LabEscapeResult parseLabEscapes(std::string_view text)
{
    LabEscapeResult r;
    r.bytes.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\\') {
            r.bytes += c;
            continue;
        }
        auto fail = [&](LabEscapeResult::Error kind, std::string message) {
            r.ok = false;
            r.kind = kind;
            r.errorPos = i;
            r.error = std::move(message);
            r.bytes.clear();
            return r;
        };
        if (i + 1 >= text.size())
            return fail(LabEscapeResult::Error::LoneBackslash, "a lone backslash at the end: write \\\\ for a backslash");
        const char e = text[++i];
        switch (e) {
        case 'n': r.bytes += '\n'; break;
        case 'r': r.bytes += '\r'; break;
        case 't': r.bytes += '\t'; break;
        case '0': r.bytes += '\0'; break;
        case '\\': r.bytes += '\\'; break;
        case 'x': {
            const int hi = i + 1 < text.size() ? hexDigitValue(text[i + 1]) : -1;
            const int lo = i + 2 < text.size() ? hexDigitValue(text[i + 2]) : -1;
            if (hi < 0 || lo < 0) {
                --i; // point at the backslash
                return fail(LabEscapeResult::Error::ShortHex, "\\x needs exactly two hex digits (00 to ff)");
            }
            r.bytes += static_cast<char>(hi * 16 + lo);
            i += 2;
            break;
        }
        default:
            --i;
            return fail(LabEscapeResult::Error::UnknownEscape, std::string("unknown escape \\") + e + ": allowed are \\n \\r \\t \\0 \\\\ and \\xHH");
        }
    }
    return r;
}

std::string labEscapedText(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    for (const unsigned char c : bytes) {
        switch (c) {
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\0': out += "\\0"; break;
        case '\\': out += "\\\\"; break;
        default:
            if (c < 0x20 || c >= 0x7f) {
                out += "\\x";
                out += hexDigits[c >> 4];
                out += hexDigits[c & 0xf];
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out;
}

std::string labHexText(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() * 3);
    for (const unsigned char c : bytes) {
        if (!out.empty())
            out += ' ';
        out += hexDigits[c >> 4];
        out += hexDigits[c & 0xf];
    }
    return out;
}

} // namespace sockscope
