#pragma once
// The socket lab's own reading of typed text with C-style escapes (\n \r \t \xHH \0 \\), and the two
// ways it shows bytes back. Kept apart so the lead can swap it for the shared PayloadCodec later.

#include <cstddef>
#include <string>
#include <string_view>

namespace sockscope {

struct LabEscapeResult {
    enum class Error { None, LoneBackslash, ShortHex, UnknownEscape };
    bool ok = true;
    Error kind = Error::None;
    std::string bytes;          // the decoded bytes when ok
    std::size_t errorPos = 0;   // offset of the bad backslash when !ok
    std::string error;          // plain English: "\x needs two hex digits"
};

// "hello\r\n" → the bytes h e l l o CR LF. An unknown escape or a short \x is an error, never guessed.
LabEscapeResult parseLabEscapes(std::string_view text);

// The reverse, for received bytes: printable ASCII as is, the rest as \n \r \t \0 \\ or \xHH.
std::string labEscapedText(std::string_view bytes);

// "68 65 6c 6c 6f": two lower-case hex digits per byte, space separated.
std::string labHexText(std::string_view bytes);

} // namespace sockscope
