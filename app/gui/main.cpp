// SockScope's GUI: sets up the application (identity, translations, style) and shows the main window.

#include "DarkPalette.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

// The language chosen in View ▸ Language, else the system's. A missing translation is no error:
// the interface then stays in English.
void installTranslators(QApplication& app)
{
    const QString chosen = QSettings().value(sockscope::LanguageMenu::settingsKey()).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("sockscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SockScope"));
    QApplication::setApplicationName(QStringLiteral("SockScope"));
    QApplication::setApplicationVersion(QStringLiteral(SOCKSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.sockscope.SockScope"));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A workbench for the BSD socket API."));
    parser.addHelpOption();
    parser.addVersionOption();
    // For documentation and visual checks, not for users: hidden from --help.
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a screenshot of every page into <dir> and exit."),
                                  QStringLiteral("dir"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Use the Fusion style with a dark palette."));
    dark.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.addOption(dark);
    parser.process(app);

    if (parser.isSet(dark)) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(sockscope::darkPalette());
    }

    sockscope::MainWindow window;
    if (parser.isSet(screenshot))
        return sockscope::runScreenshotTour(window, parser.value(screenshot));
    window.show();
    return QApplication::exec();
}
