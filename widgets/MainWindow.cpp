#include "MainWindow.h"
namespace sockscope { MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {} }
