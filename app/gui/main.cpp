// SockScope's GUI: sets up the application (identity, translations, style) and shows the main window.

#include "DarkPalette.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "SigpipeCatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

// The language given with --language for this run, else the one chosen in View ▸ Language, else the
// system's. A missing translation is no error: the interface then stays in English. Returns whether
// SockScope's own translation was loaded.
bool installTranslators(QApplication& app, const QString& override)
{
    const QString chosen =
        override.isEmpty() ? QSettings().value(sockscope::LanguageMenu::settingsKey()).toString() : override;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale); // numbers and dates follow the chosen language too
    auto* own = new QTranslator(&app);
    const bool loaded = own->load(locale, QStringLiteral("sockscope"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (loaded)
        QApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    return loaded;
}

// The value of --language CODE or --language=CODE, read before the real parser runs: the
// translators must be installed first so that --help is shown in the chosen language.
QString languageArgument(const QStringList& arguments)
{
    const QString name = QStringLiteral("--language");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QStringLiteral("--"))
            break;
        if (a == name && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(name + QLatin1Char('=')))
            return a.mid(name.size() + 1);
    }
    return QString();
}

} // namespace

int main(int argc, char* argv[])
{
    // A send on a connection that can no longer send raises SIGPIPE, whose default action would end the
    // GUI with every session and server in it. Blocked here, before Qt starts a thread, so that every
    // thread inherits the block; the calls the user makes also catch it themselves (SigpipeCatcher.h)
    // to say that the kernel raised it.
    sockscope::blockSigpipeInEveryThread();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SockScope"));
    QApplication::setApplicationName(QStringLiteral("SockScope"));
    QApplication::setApplicationVersion(QStringLiteral(SOCKSCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.sockscope.SockScope"));
    const QString language = languageArgument(QApplication::arguments());
    const bool translated = installTranslators(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A workbench for the BSD socket API."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Show the interface in language <code> for this run only, e.g. de, zh_TW "
                                        "or en, instead of the one chosen in View ▸ Language."),
        QApplication::translate("main", "code"));
    parser.addOption(languageOption);
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
    if (!translated && !language.isEmpty() && QLocale(language).language() != QLocale::English)
        qWarning("%s", qPrintable(QApplication::translate("main", "No translation for language “%1”: the interface "
                                                                  "stays in English.")
                                      .arg(language)));

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
