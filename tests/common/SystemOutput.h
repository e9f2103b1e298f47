#pragma once
// Runs a shell command and returns its standard output: the plain-layer tests compare core's
// answers with getent and python3 (the same C library) without needing a Qt event loop.

#include <cstdio>
#include <string>
#include <vector>

namespace sockscope::testing {

inline std::string commandOutput(const std::string& command, int* status = nullptr)
{
    std::string out;
    if (FILE* p = popen(command.c_str(), "r")) {
        char buf[4096];
        std::size_t n;
        while ((n = fread(buf, 1, sizeof buf, p)) > 0)
            out.append(buf, n);
        const int rc = pclose(p);
        if (status)
            *status = rc;
    }
    return out;
}

inline std::vector<std::string> splitWords(const std::string& line)
{
    std::vector<std::string> words;
    std::string w;
    for (char c : line) {
        if (c == ' ' || c == '\t' || c == '\n') {
            if (!w.empty())
                words.push_back(std::move(w));
            w.clear();
        } else {
            w += c;
        }
    }
    if (!w.empty())
        words.push_back(std::move(w));
    return words;
}

inline std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t nl = text.find('\n', pos);
        out.push_back(text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
        if (nl == std::string::npos)
            break;
        pos = nl + 1;
    }
    return out;
}

} // namespace sockscope::testing
