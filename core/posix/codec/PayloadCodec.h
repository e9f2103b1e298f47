#pragma once
// Bytes to send, from what a person types: plain text with a line ending, C-style escapes, or hex;
// and bytes received, shown back as escaped text or as a hex dump. A malformed input is reported
// with the 0-based byte position of the first bad character and what is wrong there, never guessed.
// Shared by the client console, the socket lab and `sockscope-cli connect`.

#include <cstddef>
#include <string>
#include <string_view>

namespace sockscope {

enum class LineEnding { None, LF, CRLF };

enum class PayloadError {
    None,
    EscapeAtEnd,         // a backslash is the last character
    UnknownEscape,       // "\q": no such escape
    HexEscapeNoDigits,   // "\x" not followed by a hex digit
    OctalEscapeTooLarge, // "\400" and above do not fit a byte
    BadHexCharacter,     // hex input: not a hex digit, space, comma or 0x prefix
    OddHexDigits,        // hex input: a run of digits with an odd count (position: its last digit)
};

struct PayloadParse {
    std::string bytes;
    PayloadError error = PayloadError::None;
    std::size_t position = 0; // byte offset of the first bad character in the input
    [[nodiscard]] bool ok() const { return error == PayloadError::None; }
};

// Text as typed: its own line breaks (LF or CRLF) become `ending`, which also ends the text.
// With LineEnding::None the text goes out exactly as typed.
std::string encodeText(std::string_view text, LineEnding ending);

// Every LF becomes CRLF (what `nc -C` does to a stream; an existing CR is left as it is).
std::string lfToCrlf(std::string_view bytes);

// \r \n \t \a \b \f \v \\ \" \' \? \0, octal \NNN (one to three digits, at most \377) and \xHH
// (one or two hex digits: unlike C, a third digit is the next character, so "\x41B" is "AB").
PayloadParse parseEscapes(std::string_view text);

// Hex digits in pairs; spaces, tabs, newlines and commas separate groups, "0x"/"0X" may prefix a
// group. "48 65 6c", "0x48,0x65", "48656c" are all the same three bytes.
PayloadParse parseHex(std::string_view text);

// The escaped form of `bytes` that parseEscapes turns back into the same bytes: printable ASCII as
// is, \r \n \t \\ \0 by name, everything else as \xHH.
std::string formatEscapes(std::string_view bytes);

// Lower-case hex pairs separated by one space: "48 65 6c".
std::string formatHex(std::string_view bytes);

// One line per 16 bytes, like `hexdump -C`: "00000010  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a ...  |Hello world.|"
// Offsets count from `baseOffset`, so a page of a long transcript shows its place in the whole.
std::string hexDump(const char* data, std::size_t size, std::size_t baseOffset = 0);
inline constexpr std::size_t hexDumpBytesPerLine = 16;

// Plain English for an error, naming the position and the character: for the CLI and tests (the
// GUI translates its own wording).
std::string payloadErrorText(const PayloadParse& parse, std::string_view input);

} // namespace sockscope
