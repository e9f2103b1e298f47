#pragma once
// The socket lab's session as a self-contained C program that makes the same calls in the same order
// (failed ones included, each checked with perror and followed by the next), and the transcript both
// print: one line per call, "bind s1 = 0", "connect s2 = -1 ECONNREFUSED", "accept s1 = fd s3",
// "recv s3 = 6 \"hello\\n\"", so a run of the program can be compared with the lab's record.
// Descriptor numbers and ports differ between the two processes, so the transcript names sockets by
// their lab ids and the program finds a lab socket's port with getsockname.

#include "SocketLabTypes.h"

#include <string>
#include <vector>

namespace sockscope {

// One line of the transcript (without the newline); empty for an abandoned call, which the program
// does not make (it appears there as a comment).
std::string labTranscriptLine(const LabResult& step);
// Every line, each ending in a newline.
std::string labTranscript(const std::vector<LabResult>& steps);

// The shell command that builds and runs the program saved as `fileName` (a path or a bare name):
// "cc -Wall -Werror -o echo-test echo-test.c && ./echo-test", names with shell characters quoted.
std::string labBuildCommand(const std::string& fileName);

// The C program. It compiles with `cc -Wall -Werror` (it defines _GNU_SOURCE itself); its header
// comment gives the build command for `fileName`.
std::string labSessionAsC(const std::vector<LabResult>& steps, const std::string& fileName = "lab.c");

} // namespace sockscope
