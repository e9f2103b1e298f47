#include "CLiteral.h"

namespace sockscope {

namespace {
constexpr char digits[] = "0123456789abcdef";
}

std::string cStringLiteral(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    bool lastWasHexEscape = false;
    bool lastWasQuestion = false;
    for (unsigned char c : text) {
        const bool isHexDigit = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (lastWasHexEscape && isHexDigit)
            out += "\"\""; // end the literal so the next digit is not read as part of the escape
        lastWasHexEscape = false;
        const bool question = c == '?';
        if (question && lastWasQuestion) {
            out += "\\?";
            continue; // lastWasQuestion stays true: "???=" becomes ?\?\?=
        }
        lastWasQuestion = question;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\0': out += "\\0"; lastWasHexEscape = true; break; // \0 followed by a digit would be octal
        default:
            if (c < 0x20 || c >= 0x7f) {
                out += "\\x";
                out += digits[c >> 4];
                out += digits[c & 0xf];
                lastWasHexEscape = true;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
    return out;
}

std::string cCommentText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        const bool opensOrCloses = i + 1 < text.size()
                                   && ((text[i] == '*' && text[i + 1] == '/') || (text[i] == '/' && text[i + 1] == '*'));
        if (opensOrCloses)
            out += '\\';
    }
    return out;
}

std::string hexBytes(const void* data, std::size_t size)
{
    const auto* p = static_cast<const unsigned char*>(data);
    std::string out;
    out.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        out += digits[p[i] >> 4];
        out += digits[p[i] & 0xf];
    }
    return out;
}

std::string hexValue(std::uint64_t value, int width)
{
    std::string out(static_cast<std::size_t>(width), '0');
    for (int i = width - 1; i >= 0 && value; --i, value >>= 4)
        out[static_cast<std::size_t>(i)] = digits[value & 0xf];
    return "0x" + out;
}

} // namespace sockscope
