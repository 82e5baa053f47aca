#include "localization.h"
#include "mainwindow.h"
#include "prompts.h"
#include "terminal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QInputDialog>
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
    parser.addOptions({profileOption, cashierOption, importOption});
    parser.process(*app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(QCoreApplication::translate("main", "Unexpected argument: %1")
                                                        .arg(parser.positionalArguments().first())));
        return 2;
    }

    const QString profile = parser.isSet(profileOption)
        ? parser.value(profileOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    Terminal terminal;
    const bool opened = terminal.open(profile);
    if (parser.isSet(importOption)) {
        if (!opened) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(terminal.lastError()));
            return 1;
        }
        return importCatalog(terminal, parser.value(importOption));
    }
    Localization::install(app.get(), opened ? terminal.settings().language : QStringLiteral("system"));
    if (!opened) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Tandem POS"),
                              QCoreApplication::translate("main", "The terminal cannot start:\n%1")
                                  .arg(terminal.lastError()));
        return 1;
    }

    if (!terminal.session()) {
        QString cashier = parser.value(cashierOption);
        while (!terminal.openSession(cashier)) {
            if (!cashier.isEmpty())
                QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Open session"), terminal.lastError());
            bool ok = false;
            cashier = QInputDialog::getText(nullptr, QCoreApplication::translate("main", "Open session"),
                                            QCoreApplication::translate("main", "Cashier name:"), QLineEdit::Normal,
                                            terminal.settings().lastCashier, &ok);
            if (!ok)
                return 0;
        }
    }

    DialogPrompts prompts;
    MainWindow window(&terminal, &prompts);
    window.show();
    return QCoreApplication::exec();
}
