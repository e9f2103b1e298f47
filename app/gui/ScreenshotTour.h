#pragma once
// --screenshot DIR: shows every page with its example inputs, saves DIR/<page>.png and
// DIR/journal.png (the address page with the journal dock), and returns the exit code.
// This is how the README's screenshots are made.

class QString;

namespace sockscope {

class MainWindow;

int runScreenshotTour(MainWindow& window, const QString& directory);

} // namespace sockscope
