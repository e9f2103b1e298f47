#pragma once
// errno as a C programmer reads it: the symbol (ECONNREFUSED) and the C library's text.

#include <string>

namespace sockscope {

// The symbolic name of an errno value ("ECONNREFUSED"), or "E<number>" if it has none here.
std::string errnoSymbol(int err);

// strerror() text for `err`, obtained thread-safely.
std::string errnoText(int err);

// "ECONNREFUSED — Connection refused", the form the journal and messages use.
std::string errnoDescription(int err);

} // namespace sockscope
