#include "PayloadCodec.h"

#include <algorithm>
#include <cstdio>

namespace sockscope {

namespace {

int hexValueOf(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isOctal(char c) { return c >= '0' && c <= '7'; }

bool isHexSeparator(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ','; }

PayloadParse failure(PayloadError error, std::size_t position)
{
    PayloadParse p;
    p.error = error;
    p.position = position;
    return p;
}

const char hexDigits[] = "0123456789abcdef";

void appendHexByte(std::string& out, unsigned char b)
{
    out += hexDigits[b >> 4];
    out += hexDigits[b & 15];
}

// How a character shows in a message: 'g', or \x07 for one that does not print.
std::string shown(char c)
{
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x20 && b < 0x7f)
        return std::string("'") + c + "'";
    std::string s = "byte 0x";
    appendHexByte(s, b);
    return s;
}

} // namespace

std::string encodeText(std::string_view text, LineEnding ending)
{
    if (ending == LineEnding::None)
        return std::string(text);
    const std::string_view eol = ending == LineEnding::CRLF ? "\r\n" : "\n";
    std::string out;
    out.reserve(text.size() + 2);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            continue; // the LF that follows writes the ending
        if (text[i] == '\n')
            out += eol;
        else
            out += text[i];
    }
    out += eol;
    return out;
}

std::string lfToCrlf(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 16);
    for (char c : bytes) {
        if (c == '\n')
            out += '\r';
        out += c;
    }
    return out;
}

PayloadParse parseEscapes(std::string_view text)
{
    PayloadParse p;
    p.bytes.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\\') {
            p.bytes += c;
            continue;
        }
        const std::size_t start = i;
        if (i + 1 >= text.size())
            return failure(PayloadError::EscapeAtEnd, start);
        const char e = text[++i];
        switch (e) {
        case 'r': p.bytes += '\r'; break;
        case 'n': p.bytes += '\n'; break;
        case 't': p.bytes += '\t'; break;
        case 'a': p.bytes += '\a'; break;
        case 'b': p.bytes += '\b'; break;
        case 'f': p.bytes += '\f'; break;
        case 'v': p.bytes += '\v'; break;
        case '\\': p.bytes += '\\'; break;
        case '"': p.bytes += '"'; break;
        case '\'': p.bytes += '\''; break;
        case '?': p.bytes += '?'; break;
        case 'x': {
            int value = 0;
            int digits = 0;
            while (digits < 2 && i + 1 < text.size() && hexValueOf(text[i + 1]) >= 0) {
                value = value * 16 + hexValueOf(text[++i]);
                ++digits;
            }
            if (digits == 0)
                return failure(PayloadError::HexEscapeNoDigits, start);
            p.bytes += static_cast<char>(value);
            break;
        }
        default:
            if (!isOctal(e))
                return failure(PayloadError::UnknownEscape, start);
            int value = e - '0';
            for (int digits = 1; digits < 3 && i + 1 < text.size() && isOctal(text[i + 1]); ++digits)
                value = value * 8 + (text[++i] - '0');
            if (value > 0377)
                return failure(PayloadError::OctalEscapeTooLarge, start);
            p.bytes += static_cast<char>(value);
        }
    }
    return p;
}

PayloadParse parseHex(std::string_view text)
{
    PayloadParse p;
    p.bytes.reserve(text.size() / 2);
    std::size_t i = 0;
    while (i < text.size()) {
        if (isHexSeparator(text[i])) {
            ++i;
            continue;
        }
        // A group: an optional 0x prefix, then digits up to the next separator.
        if (text[i] == '0' && i + 2 < text.size() && (text[i + 1] == 'x' || text[i + 1] == 'X')
            && hexValueOf(text[i + 2]) >= 0)
            i += 2;
        int pending = -1; // the high nibble waiting for its partner
        std::size_t lastDigit = i;
        while (i < text.size() && !isHexSeparator(text[i])) {
            const int v = hexValueOf(text[i]);
            if (v < 0)
                return failure(PayloadError::BadHexCharacter, i);
            if (pending < 0) {
                pending = v;
            } else {
                p.bytes += static_cast<char>(pending * 16 + v);
                pending = -1;
            }
            lastDigit = i;
            ++i;
        }
        if (pending >= 0)
            return failure(PayloadError::OddHexDigits, lastDigit);
    }
    return p;
}

std::string formatEscapes(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        switch (b) {
        case '\r': out += "\\r"; continue;
        case '\n': out += "\\n"; continue;
        case '\t': out += "\\t"; continue;
        case '\\': out += "\\\\"; continue;
        case 0:
            // "\0" then an octal digit would read back as one longer octal escape.
            out += (i + 1 < bytes.size() && isOctal(bytes[i + 1])) ? "\\x00" : "\\0";
            continue;
        default: break;
        }
        if (b >= 0x20 && b < 0x7f) {
            out += static_cast<char>(b);
        } else {
            out += "\\x";
            appendHexByte(out, b);
        }
    }
    return out;
}

std::string formatHex(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() * 3);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i)
            out += ' ';
        appendHexByte(out, static_cast<unsigned char>(bytes[i]));
    }
    return out;
}

std::string hexDump(const char* data, std::size_t size, std::size_t baseOffset)
{
    std::string out;
    const std::size_t lines = (size + hexDumpBytesPerLine - 1) / hexDumpBytesPerLine;
    out.reserve(lines * 79);
    for (std::size_t line = 0; line < lines; ++line) {
        const std::size_t start = line * hexDumpBytesPerLine;
        const std::size_t n = std::min(hexDumpBytesPerLine, size - start);
        char offset[24];
        std::snprintf(offset, sizeof offset, "%08zx  ", baseOffset + start);
        out += offset;
        for (std::size_t k = 0; k < hexDumpBytesPerLine; ++k) {
            if (k < n) {
                appendHexByte(out, static_cast<unsigned char>(data[start + k]));
                out += ' ';
            } else {
                out += "   ";
            }
            if (k == 7)
                out += ' ';
        }
        out += " |";
        for (std::size_t k = 0; k < n; ++k) {
            const auto b = static_cast<unsigned char>(data[start + k]);
            out += (b >= 0x20 && b < 0x7f) ? static_cast<char>(b) : '.';
        }
        out += "|\n";
    }
    return out;
}

std::string payloadErrorText(const PayloadParse& parse, std::string_view input)
{
    const std::size_t pos = parse.position;
    const std::string at = "position " + std::to_string(pos) + ": ";
    const char next = pos + 1 < input.size() ? input[pos + 1] : '\0';
    switch (parse.error) {
    case PayloadError::None:
        return {};
    case PayloadError::EscapeAtEnd:
        return at + "a backslash at the end starts no escape (write \\\\ for a backslash)";
    case PayloadError::UnknownEscape:
        return at + "a backslash followed by " + shown(next) + " is not an escape; allowed: \\r \\n \\t \\a \\b \\f \\v \\\\ "
               "\\\" \\' \\0, \\xHH, \\NNN (octal)";
    case PayloadError::HexEscapeNoDigits:
        return at + "\\x needs one or two hex digits after it";
    case PayloadError::OctalEscapeTooLarge:
        return at + "the octal escape is larger than \\377, the largest byte";
    case PayloadError::BadHexCharacter:
        return at + (pos < input.size() ? shown(input[pos]) : std::string("the end"))
               + " is not a hex digit; allowed: 0-9, a-f, A-F, spaces, commas and a 0x prefix";
    case PayloadError::OddHexDigits:
        return at + "an odd number of hex digits; every byte needs two";
    }
    return {};
}

} // namespace sockscope
