#include "extensionregistry.h"
#include "localization.h"
#include "logfile.h"
#include "logging.h"
#include "mainwindow.h"
#include "money.h"
#include "prompts.h"
#include "restaurantextension.h"
#include "serverhost.h"
#include "terminal.h"
#include "terminalsync.h"
#include "uimap.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace {

int importCatalog(Terminal &terminal, const QString &path)
{
    QList<CsvIssue> issues;
    if (!terminal.importCatalog(path, &issues)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(terminal.lastError()));
        for (const CsvIssue &issue : std::as_const(issues))
            std::fprintf(stderr, "%s: %s\n", qUtf8Printable(path), qUtf8Printable(issue.toString()));
        return 1;
    }
    std::printf("%s\n", qUtf8Printable(QCoreApplication::translate("main", "Imported %n product(s).", nullptr,
                                                                   terminal.catalog().size())));
    return 0;
}

// Importing a catalog and printing help need no display.
bool runsWithoutWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--import-catalog") || arg == "--help" || arg == "-h" || arg == "--version"
            || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = runsWithoutWindow(argc, argv)
        ? std::make_unique<QCoreApplication>(argc, argv)
        : std::make_unique<QApplication>(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tandem-pos"));
    QApplication::setOrganizationName(QStringLiteral("Tandem"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tandem POS"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Tandem POS terminal"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Keep the terminal's whole local state in <dir>."), QStringLiteral("dir"));
    const QCommandLineOption cashierOption(
        QStringLiteral("cashier"),
        QCoreApplication::translate("main", "Open the session for <name> without asking."), QStringLiteral("name"));
    const QCommandLineOption importOption(
        QStringLiteral("import-catalog"),
        QCoreApplication::translate("main", "Replace the catalog with the products of <file> (CSV) and exit."),
        QStringLiteral("file"));
    const QCommandLineOption nameOption(
        QStringLiteral("terminal-name"), QCoreApplication::translate("main", "Name this terminal <name>."),
        QStringLiteral("name"));
    const QCommandLineOption codeOption(
        QStringLiteral("terminal-code"),
        QCoreApplication::translate("main", "Start its receipt references with <code>."), QStringLiteral("code"));
    const QCommandLineOption serverOption(
        QStringLiteral("sync-server"),
        QCoreApplication::translate("main", "Share open orders through the tandem-syncd at <url>."), QStringLiteral("url"));
    const QCommandLineOption tokenOption(
        QStringLiteral("sync-token"), QCoreApplication::translate("main", "This terminal's token for the sync server."),
        QStringLiteral("token"));
    const QCommandLineOption hostOption(
        QStringLiteral("host-sync"),
        QCoreApplication::translate("main", "Host the shop's sync server on this terminal, listening on <address:port> "
                                            "(an address of this machine, e.g. 192.168.1.20:8765)."),
        QStringLiteral("address:port"));
    const QCommandLineOption pluginsOption(
        QStringLiteral("plugins"),
        QCoreApplication::translate("main", "Load extension plugins from <dir> (default: plugins beside the program)."),
        QStringLiteral("dir"));
    const QCommandLineOption extensionsOption(
        QStringLiteral("extensions"),
        QCoreApplication::translate("main", "Run the extensions <ids> (comma-separated, e.g. notes,restaurant) "
                                            "from now on; \"none\" runs none."),
        QStringLiteral("ids"));
    const QCommandLineOption floatOption(
        QStringLiteral("opening-float"),
        QCoreApplication::translate("main", "With --cashier: the cash in the drawer as the session opens (default 0)."),
        QStringLiteral("amount"));
    const QCommandLineOption uiMapOption(
        QStringLiteral("ui-map"),
        QCoreApplication::translate("main", "Keep <file> up to date with where the controls are on screen (JSON), "
                                            "for tools that drive the terminal."),
        QStringLiteral("file"));
    parser.addOptions({profileOption, cashierOption, importOption, nameOption, codeOption, serverOption, tokenOption,
                       pluginsOption, extensionsOption, floatOption, uiMapOption, hostOption});
    parser.process(*app);
    if (parser.isSet(pluginsOption) && !QFileInfo(parser.value(pluginsOption)).isDir()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(QCoreApplication::translate("main", "No plugin folder %1.")
                                                        .arg(parser.value(pluginsOption))));
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(QCoreApplication::translate("main", "Unexpected argument: %1")
                                                        .arg(parser.positionalArguments().first())));
        return 2;
    }

    const QString profile = parser.isSet(profileOption)
        ? parser.value(profileOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // Written from the start, so that a terminal that cannot open says why in its log too.
    LogFile::install(QDir(profile).filePath(QStringLiteral("logs")));
    Terminal terminal;
    const bool opened = terminal.open(profile);
    if (parser.isSet(importOption)) {
        if (!opened) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(terminal.lastError()));
            return 1;
        }
        return importCatalog(terminal, parser.value(importOption));
    }
    if (opened && (parser.isSet(nameOption) || parser.isSet(codeOption) || parser.isSet(serverOption)
                   || parser.isSet(tokenOption) || parser.isSet(extensionsOption) || parser.isSet(hostOption))) {
        TerminalSettings settings = terminal.settings();
        if (parser.isSet(nameOption))
            settings.terminalName = parser.value(nameOption);
        if (parser.isSet(codeOption))
            settings.terminalCode = parser.value(codeOption);
        if (parser.isSet(serverOption)) {
            settings.serverUrl = parser.value(serverOption);
            settings.syncEnabled = true;
        }
        if (parser.isSet(tokenOption))
            settings.token = parser.value(tokenOption);
        if (parser.isSet(extensionsOption)) {
            const QString ids = parser.value(extensionsOption);
            settings.enabledExtensions = ids == QLatin1String("none") ? QStringList()
                                                                       : ids.split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
        if (parser.isSet(hostOption)) {
            // The server itself starts below, and keeps trying while the address is not there yet.
            const QString listen = parser.value(hostOption);
            const int colon = listen.lastIndexOf(QLatin1Char(':'));
            bool portOk = false;
            QString address = listen.left(colon);
            if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
                address = address.mid(1, address.size() - 2);
            settings.hostServer = true;
            settings.hostAddress = address;
            settings.hostPort = colon < 0 ? 0 : listen.mid(colon + 1).toInt(&portOk);
            settings.syncEnabled = true;
            if (!portOk) {
                std::fprintf(stderr, "%s\n", qUtf8Printable(QCoreApplication::translate(
                                                 "main", "--host-sync takes ADDRESS:PORT, e.g. 192.168.1.20:8765")));
                return 2;
            }
        }
        if (!terminal.saveSettings(settings)) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(terminal.lastError()));
            return 2;
        }
    }
    Localization::install(app.get(), opened ? terminal.settings().language : QStringLiteral("system"));
    if (!opened) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Tandem POS"),
                              QCoreApplication::translate("main", "The terminal cannot start:\n%1")
                                  .arg(terminal.lastError()));
        return 1;
    }

    // A hosting terminal serves the shop from its start, before anybody has signed in, and
    // before its own sync starts talking to it.
    ServerHost host(QDir(profile).filePath(QStringLiteral("server/syncd.sqlite")));
    host.follow(&terminal);

    DialogPrompts prompts;
    if (!terminal.session()) {
        Money openingFloat(0, terminal.settings().currency);
        if (parser.isSet(floatOption) && !Money::parse(parser.value(floatOption), terminal.settings().currency, &openingFloat)) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(QCoreApplication::translate("main", "The opening float %1 is not an amount.")
                                                            .arg(parser.value(floatOption))));
            return 2;
        }
        const QString cashier = parser.value(cashierOption);
        const bool opened = !cashier.isEmpty() && terminal.openSession(cashier, openingFloat.minorUnits());
        if (!opened && !cashier.isEmpty())
            prompts.inform(nullptr, QCoreApplication::translate("main", "Open session"), terminal.lastError());
        if (!opened && !MainWindow::askToOpenSession(&terminal, &prompts, nullptr))
            return 0;
    }

    ExtensionRegistry extensions;
    extensions.add(std::make_unique<RestaurantExtension>());
    // A build folder has its plugins beside the program; an installed terminal in the
    // library folder the package put them in.
    const QString besideProgram = QCoreApplication::applicationDirPath() + QStringLiteral("/plugins");
    extensions.loadPlugins(parser.isSet(pluginsOption)   ? parser.value(pluginsOption)
                               : QFileInfo(besideProgram).isDir() ? besideProgram
                                                                  : QStringLiteral(TANDEM_INSTALLED_PLUGIN_DIR));
    for (const QString &problem : extensions.problems())
        qCWarning(lcUi, "extensions: %s", qUtf8Printable(problem));
    if (terminal.settings().enabledExtensions)
        extensions.setEnabled(*terminal.settings().enabledExtensions);

    TerminalSync sync(&terminal);
    MainWindow window(&terminal, &prompts, &sync, &extensions);
    window.setServerHost(&host);
    window.show();
    std::unique_ptr<UiMap> uiMap;
    if (parser.isSet(uiMapOption))
        uiMap = std::make_unique<UiMap>(parser.value(uiMapOption));
    return QCoreApplication::exec();
}
