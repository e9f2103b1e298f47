#pragma once
#include <QMainWindow>
namespace sockscope { class MainWindow : public QMainWindow { Q_OBJECT public: explicit MainWindow(QWidget* parent = nullptr); }; }
