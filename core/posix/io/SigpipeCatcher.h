#pragma once
// SIGPIPE, which the kernel raises when a program writes to a connection that can no longer send
// (the peer reset it, or our side shut it for writing). Its default action ends the whole process,
// so a workbench that makes the user's send() as a program would make it, without MSG_NOSIGNAL,
// must take the signal itself. Two layers:
//  - blockSigpipeInEveryThread(), called first thing in main() of the GUI and the CLI, before any
//    thread exists: every thread inherits the mask, so no write anywhere can end the process, even
//    one on a path written later that forgot the second layer;
//  - a SigpipeCatcher around each write the user asked for: it blocks the signal in its thread for
//    the call (so the guarantee holds in a test or library user too), then consumes the signal and
//    says whether the kernel raised it, which is what the chapter teaches.

#include <csignal>

namespace sockscope {

// Blocks SIGPIPE in the calling thread; threads created afterwards inherit the block.
void blockSigpipeInEveryThread();

class SigpipeCatcher {
public:
    SigpipeCatcher();
    ~SigpipeCatcher();
    SigpipeCatcher(const SigpipeCatcher&) = delete;
    SigpipeCatcher& operator=(const SigpipeCatcher&) = delete;

    // Whether the kernel raised SIGPIPE in this thread since construction; consumes it. errno is kept.
    bool raised();

private:
    sigset_t old_;
    bool raised_ = false;
};

} // namespace sockscope
