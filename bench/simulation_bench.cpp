// The randomized simulation of tests/fault run long, printed as JSON: terminals selling
// against a real tandem-syncd through cut, stalled, delayed and replaying networks, with
// terminal restarts and server kills, judged against the server at every checkpoint.
// Exit status 1 when a check failed; the report (seed, failures, steps) goes to stderr.
//
//   tandem-bench-simulation [--seed N] [--operations N] [--terminals N] [--check-every N]
//                           [--racy-close] [--shrink]
#include "simulation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the steps (default: the time)."),
                                        QStringLiteral("N"));
    const QCommandLineOption operationsOption(QStringLiteral("operations"),
                                              QStringLiteral("Steps to run: cashier actions and faults (default 10000)."),
                                              QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption terminalsOption(QStringLiteral("terminals"), QStringLiteral("Terminals (default 5)."),
                                             QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption checkOption(QStringLiteral("check-every"),
                                         QStringLiteral("Heal and judge every N steps (default 500)."), QStringLiteral("N"),
                                         QStringLiteral("500"));
    const QCommandLineOption racyOption(QStringLiteral("racy-close"),
                                        QStringLiteral("Pay and cancel without waiting for the order to be quiet."));
    const QCommandLineOption shrinkOption(QStringLiteral("shrink"),
                                          QStringLiteral("On failure, look for the shortest failing prefix of the steps."));
    parser.addOptions({seedOption, operationsOption, terminalsOption, checkOption, racyOption, shrinkOption});
    parser.process(app);

    Simulation::Options options;
    bool ok = true;
    options.seed = parser.isSet(seedOption) ? parser.value(seedOption).toULongLong(&ok)
                                            : quint64(QDateTime::currentMSecsSinceEpoch());
    options.steps = parser.value(operationsOption).toInt();
    options.terminals = parser.value(terminalsOption).toInt();
    options.checkpointEvery = parser.value(checkOption).toInt();
    options.racyClose = parser.isSet(racyOption);
    if (!ok || options.steps < 1 || options.terminals < 1 || options.checkpointEvery < 1) {
        std::fprintf(stderr, "the seed, operations, terminals and check-every must be positive numbers\n");
        return 2;
    }
    Simulation::Result result = Simulation::run(options);
    if (!result.passed() && parser.isSet(shrinkOption))
        result = Simulation::shrink(result);
    std::printf("%s", QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented).constData());
    if (!result.passed())
        std::fprintf(stderr, "%s\n", qUtf8Printable(result.report()));
    return result.passed() ? 0 : 1;
}
