#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// A randomized multi-terminal simulation (DESIGN.md section 8): terminals in this process
// sell against a real tandem-syncd through a fault-injecting proxy each, and every so often
// the faults are healed and the whole shop is judged against the server.
namespace Simulation {

struct Options
{
    quint64 seed = 1;
    int steps = 300;
    int terminals = 5;
    // Heal and judge after every so many steps, and after the last.
    int checkpointEvery = 100;
    // On: pay and cancel at once, though another terminal may be changing the order or
    // closing it too; the server then rejects one of them, and the terminal that lost
    // keeps its receipt and drops the order (a known defect, see `strict`). Off: a
    // cashier pays or cancels only an order that is quiet, as the suite does.
    bool racyClose = false;
    // Fail on the defects the simulation knows, too: a pay or cancel the server rejected
    // that the terminal keeps, and a terminal that lays its own applied batch over the
    // server's version again. Off, each is listed in Result::known, and everything else
    // still fails.
    bool strict = false;
    // Narrate each step on stderr as it runs.
    bool verbose = false;

    // TANDEM_SIM_SEED (default: the time), TANDEM_SIM_STEPS, TANDEM_SIM_TERMINALS,
    // TANDEM_SIM_CHECK_EVERY, TANDEM_SIM_RACY_CLOSE=1, TANDEM_SIM_STRICT=1 and
    // TANDEM_SIM_VERBOSE=1 over `defaults`.
    static Options fromEnvironment(Options defaults);
};

struct Stats
{
    int operations = 0; // steps that were a cashier's action
    int refused = 0;    // of those, refused by the book (read-only, no session, nothing to do)
    int partitions = 0; // cuts and stalls
    int delays = 0;
    int replays = 0;
    int lostAnswers = 0;
    int restarts = 0;     // terminals
    int kills = 0;        // server, kill -9
    int shopClosings = 0; // every session closed at once
    int checks = 0;       // checkpoints judged, passed or not
    int checksPassed = 0;
    qint64 events = 0;
    qint64 batches = 0;
    qint64 conflicts = 0;
    qint64 durationMs = 0;
};

struct Result
{
    Options options;
    Stats stats;
    QStringList failures; // what diverged, each with the step after which it was seen
    QStringList known;    // instances of the known defects, when not strict
    QStringList trace;    // every step as it ran

    bool passed() const { return failures.isEmpty(); }
    // The seed, the failures, the steps that touched what diverged, and the whole trace.
    QString report() const;
    QJsonObject toJson() const;
};

Result run(const Options &options);

// Replays ever shorter prefixes of a failed run's steps (same seed, fewer steps) and
// returns the shortest that still fails, trying each length `attempts` times because
// the threads and the network do not repeat exactly.
Result shrink(const Result &failed, int attempts = 2);

}
