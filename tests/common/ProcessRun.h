#pragma once
// Runs a program (sockscope-cli, python3, getent, …) to the end, bounded in time: what every CLI test
// does with QProcess, in one place.

#include <QByteArray>
#include <QDebug>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace sockscope::testing {

struct ProcessRun {
    int status = -1; // the exit code; -1 when it did not start, crashed or ran out of time
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;   // wall time, for figures only: never asserted on
};

struct ProcessInput {
    const QByteArray* stdinBytes = nullptr; // written, then stdin closed; nullptr leaves stdin alone
    int timeoutMs = 30000;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
};

inline ProcessRun runProcess(const QString& program, const QStringList& args, const ProcessInput& in = {})
{
    QProcess p;
    p.setProcessEnvironment(in.env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    ProcessRun r;
    if (!p.waitForStarted(10000))
        return r;
    if (in.stdinBytes) {
        p.write(*in.stdinBytes);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(in.timeoutMs) || p.exitStatus() != QProcess::NormalExit) {
        qWarning() << program << "did not finish normally:" << args << p.errorString();
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.ms = timer.elapsed();
    r.status = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace sockscope::testing
