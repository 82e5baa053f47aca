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
    // voids its receipt and takes the server's version. Off: a cashier pays or cancels
    // only an order that is quiet.
    bool racyClose = false;
    // Narrate each step on stderr as it runs.
    bool verbose = false;

    // TANDEM_SIM_SEED (default: the time), TANDEM_SIM_STEPS, TANDEM_SIM_TERMINALS,
    // TANDEM_SIM_CHECK_EVERY, TANDEM_SIM_RACY_CLOSE=1 and TANDEM_SIM_VERBOSE=1 over
    // `defaults`.
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
