// tandem-loadgen: K simulated terminals talk to tandem-syncd over real HTTP on
// loopback. It measures how fast a pushed batch reaches the other terminals of its
// group, how many batches the server accepts per second and the server's memory, and
// prints one JSON object on stdout. Other runs replace those phases: --kill-after
// kills the server under load and checks that every acknowledged batch survived;
// --memory plays weeks of shop days and follows the server's memory and database;
// --compare-backends measures SQLite, PostgreSQL and two servers sharing PostgreSQL
// one after the other with the same workload.
#include "order.h"
#include "protocol.h"
#include "scratchpostgres.h"
#include "serverstore.h"

#include <QAbstractEventDispatcher>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>
#include <numeric>
#include <optional>
#include <vector>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int UsageError = 2;
constexpr int MinTerminals = 2; // propagation needs another terminal to receive
constexpr int MaxTerminals = 10000;
constexpr int MinLatencySamples = 200;
constexpr int MaxLatencySamples = 20000;
constexpr qint64 DeliveryTimeoutMs = 5000;
constexpr qint64 SetupTimeoutMs = 30000;
constexpr int LinesPerOrder = 4;
// A create with its first line, the other lines, an increment after each added line, the pay.
constexpr int BatchesPerOrder = 2 * LinesPerOrder;
// The real client's reconnect back-off (SyncClient): a random delay over the window, doubling.
constexpr int RetryWindowMs = 4000;
constexpr int RetryWindowMaxMs = 30000;
constexpr qint64 RecoveryTimeoutMs = 120000;
// Memory: an order left open at night is a create, an increment and a second line.
constexpr int OpenOrderBatches = 3;
// Memory: the event log keeps about this many days of a group's traffic, so its bound is
// reached early and the second half of the run shows whether anything else grows.
constexpr int RetainedEventDays = 3;
constexpr int MaxLoggedProblems = 10;
constexpr int MaxGroups = 1000;
constexpr int CompareGroups = 20;
constexpr int CompareTerminals = 100;
constexpr double CompareDurationS = 15;
// The issue's goals for two servers on one PostgreSQL database, against one on SQLite.
constexpr double MaxCrossInstanceP99Ratio = 2.0;
constexpr double MinBatchesRatio = 0.75;
constexpr qsizetype MaxResponseHead = 64 * 1024;

QElapsedTimer g_clock; // the one clock every timestamp is taken from
int g_signalPipe[2] = {-1, -1};
bool g_unsetNoGlib = false;

// The environment for tandem-syncd: ours, without what we set for ourselves.
QProcessEnvironment serverEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (g_unsetNoGlib)
        environment.remove(QStringLiteral("QT_NO_GLIB"));
    return environment;
}

qint64 nowNs()
{
    return g_clock.nsecsElapsed();
}

qint64 nowMs()
{
    return g_clock.elapsed();
}

// When the answers handled in this event-loop pass arrived: the pass's first handler
// stamps it and later ones share it, so a response is not counted late just because
// this single thread parsed 500 others of the same poll() wake-up first.
qint64 g_passStamp = -1;

qint64 arrivalNs()
{
    if (g_passStamp < 0)
        g_passStamp = nowNs();
    return g_passStamp;
}

void onUnixSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

void printErr(const QString &text)
{
    std::fprintf(stderr, "tandem-loadgen: %s\n", qUtf8Printable(text));
}

// The same token shape as `tandem-syncd terminal add`; the server keeps only its SHA-256.
QByteArray newToken()
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    return "tdm_" + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString randomHex(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    for (char &c : random)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(random.toHex());
}

// The integer after the last occurrence of key; tandem-syncd's compact JSON sorts
// keys, so the top-level "revision", "seq" and "last_seq" come after nested objects.
qint64 lastInteger(const QByteArray &body, const char *key)
{
    const qsizetype at = body.lastIndexOf(key);
    if (at < 0)
        return -1;
    qint64 value = -1;
    for (qsizetype i = at + qsizetype(qstrlen(key)); i < body.size(); ++i) {
        const char c = body.at(i);
        if (c < '0' || c > '9')
            break;
        value = (value < 0 ? 0 : value * 10) + (c - '0');
    }
    return value;
}

std::optional<double> procStatusMegabytes(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (pid <= 0 || !status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return std::nullopt;
}

// The pid of a running `tandem-syncd serve` whose --db is the given file.
std::optional<qint64> findServerPid(const QString &db)
{
    const QString wanted = QFileInfo(db).canonicalFilePath();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || pid == QCoreApplication::applicationPid())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmdline.readAll().split('\0');
        if (args.size() < 2 || !QFileInfo(QString::fromLocal8Bit(args.first())).fileName().startsWith(QLatin1String("tandem-syncd"))
            || !args.contains(QByteArrayLiteral("serve")))
            continue;
        QString path;
        for (int i = 1; i < args.size(); ++i) {
            if (args.at(i) == "--db" && i + 1 < args.size())
                path = QString::fromLocal8Bit(args.at(i + 1));
            else if (args.at(i).startsWith("--db="))
                path = QString::fromLocal8Bit(args.at(i).mid(5));
        }
        if (path.isEmpty())
            continue;
        // A relative --db is relative to the server's working directory.
        const QString cwd = QFileInfo(QStringLiteral("/proc/%1/cwd").arg(entry)).symLinkTarget();
        if (QFileInfo(QDir(cwd).absoluteFilePath(path)).canonicalFilePath() == wanted)
            return pid;
    }
    return std::nullopt;
}

double round3(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

// Nearest-rank percentile; null without samples.
QJsonValue percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return QJsonValue::Null;
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::ceil(fraction * double(values.size())));
    return round3(values.at(std::clamp<size_t>(rank, 1, values.size()) - 1));
}

// One keep-alive HTTP/1.1 connection with at most one request in flight: a request
// writer and a response parser just large enough for tandem-syncd's answers
// (status line, headers, Content-Length body). Cheap enough for a thousand of them.
class HttpConnection final : public QObject
{
public:
    // A status below 0 means the connection failed; the body then says why.
    using Handler = std::function<void(int status, const QByteArray &body)>;

    HttpConnection(quint16 port, QObject *parent)
        : QObject(parent)
        , m_port(port)
        , m_socket(new QTcpSocket(this))
    {
        connect(m_socket, &QTcpSocket::connected, this, [this] {
            // Requests are written whole; do not let Nagle hold them back.
            m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        });
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this,
                [this] { fail(QByteArrayLiteral("the server closed the connection")); });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { fail(m_socket->errorString().toUtf8()); });
    }

    bool busy() const { return bool(m_handler); }

    void send(const QByteArray &request, Handler handler)
    {
        Q_ASSERT(!m_handler);
        if (m_broken || m_socket->state() != QAbstractSocket::ConnectedState) {
            if (m_broken || m_socket->state() != QAbstractSocket::ConnectingState) {
                m_socket->abort();
                m_buffer.clear();
                m_broken = false;
                m_socket->connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
            }
        }
        m_handler = std::move(handler);
        m_bodyLength = -1;
        m_socket->write(request);
    }

    // Drops the connection and whatever was asked on it, without calling back.
    void close()
    {
        m_handler = nullptr;
        m_broken = true;
        m_socket->abort();
    }

private:
    void fail(const QByteArray &reason)
    {
        m_broken = true;
        if (Handler handler = std::exchange(m_handler, nullptr))
            handler(-1, reason);
    }

    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        while (m_handler) {
            if (m_bodyLength < 0) {
                const qsizetype end = m_buffer.indexOf("\r\n\r\n");
                if (end < 0) {
                    if (m_buffer.size() > MaxResponseHead)
                        fail(QByteArrayLiteral("the response headers are too large"));
                    return;
                }
                const bool ok = parseHead(m_buffer.left(end));
                m_buffer.remove(0, end + 4);
                if (!ok) {
                    fail(QByteArrayLiteral("the response head is not HTTP/1.1 with Content-Length"));
                    return;
                }
            }
            if (m_buffer.size() < m_bodyLength)
                return;
            QByteArray body;
            if (m_buffer.size() == m_bodyLength) {
                body = std::exchange(m_buffer, QByteArray());
            } else {
                body = m_buffer.left(m_bodyLength);
                m_buffer.remove(0, m_bodyLength);
            }
            m_bodyLength = -1;
            if (m_closeAfter)
                m_broken = true;
            // Reset before calling back: the handler usually sends the next request.
            Handler handler = std::exchange(m_handler, nullptr);
            handler(m_status, body);
        }
    }

    bool parseHead(const QByteArray &head)
    {
        if (!head.startsWith("HTTP/1.") || head.size() < 12)
            return false;
        bool ok = false;
        m_status = head.mid(9, 3).toInt(&ok);
        if (!ok)
            return false;
        m_bodyLength = -1;
        m_closeAfter = false;
        qsizetype start = head.indexOf('\n');
        while (start >= 0) {
            const qsizetype next = head.indexOf('\n', start + 1);
            const QByteArray line = head.mid(start + 1, next < 0 ? -1 : next - start - 1);
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed().toLower();
                if (name == "content-length") {
                    m_bodyLength = value.toLongLong(&ok);
                    if (!ok || m_bodyLength < 0)
                        return false;
                } else if (name == "transfer-encoding" && value != "identity") {
                    return false;
                } else if (name == "connection" && value == "close") {
                    m_closeAfter = true;
                }
            }
            start = next;
        }
        if (m_bodyLength < 0 && (m_status == 204 || m_status == 304))
            m_bodyLength = 0;
        return m_bodyLength >= 0;
    }

    quint16 m_port;
    QTcpSocket *m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    qint64 m_bodyLength = -1;
    int m_status = 0;
    bool m_closeAfter = false;
    bool m_broken = false;
};

struct Config
{
    int terminals = 50;
    double durationS = 10;
    int pushers = 0;
    // Terminal i is in group i % groups (--memory: groups of groupSize in a row).
    int groups = 1;
    bool spawn = false;
    // Spawned: servers sharing the database, empty for an SQLite file of our own, else a
    // PostgreSQL URL; terminal i talks to server (i / groups) % instances, so each group
    // has terminals on every server.
    QString spawnDatabase;
    int instances = 1;
    quint16 port = 0;
    QString db;
    // --compare-backends: the three setups in turn; PostgreSQL on this server, else our own.
    bool compare = false;
    QString postgres;
    // Durability: SIGKILL the spawned server after every killAfterS seconds of pushing, kills times.
    int kills = 0;
    double killAfterS = 0;
    QString ackLog;
    // Memory: days runs of dayLengthS seconds, the terminals in groups of groupSize.
    bool memory = false;
    int days = 30;
    int dayLengthS = 20;
    int groupSize = 10;
    int ordersPerDay = 2;
};

// One tandem-syncd, spawned or given by --server, and what its /metrics said last.
struct Server
{
    QProcess *process = nullptr; // null for --server
    qint64 pid = 0;
    quint16 port = 0;
    QByteArray hostLine;
    HttpConnection *metrics = nullptr;
    bool answered = false;
    qint64 pollers = -1;
    double pushSecondsSum = 0;
    qint64 pushSecondsCount = 0;
};

struct Terminal
{
    int index = 0;
    QByteArray token;
    QByteArray instance;
    Server *server = nullptr;
    QByteArray headers; // Host and Authorization lines
    HttpConnection *poll = nullptr;
    HttpConnection *push = nullptr;
    qint64 after = 0;       // the last event sequence number received
    qint64 receivedAt = -1; // latency phase: when the current sample's event arrived
    Order order;            // the open order as the server has it; a null uid when none
    Order pending;          // that order once the push in flight is applied
    int orders = 0;
    int step = 0;
    int group = 0;          // index of its group
    QByteArray pushBody;    // the batch awaiting its answer, sent again unchanged after a reconnect
    QUuid pushOpId;
    bool pushPending = false;
    bool offline = false;   // durability: lost the server and coming back as the real client does
    int backoffMs = RetryWindowMs;
    int resentAfterKill = 0; // the kill (from 1) after which the pending batch was sent again
    std::vector<size_t> replays; // durability: its acknowledged batches, sent again to check them
    size_t replayed = 0;
    int batchesLeft = 0;    // memory: the day's batches still to push
    qint64 nextPushAt = 0;  // memory: when the next one is due (ms)
    qint64 pushSentAt = 0;  // memory: when the pending batch was sent (ns)
    bool vanished = false;  // memory: gone without closing its session, which the server expires
};

class LoadGen final : public QObject
{
public:
    explicit LoadGen(const Config &config)
        : m_config(config)
    {
    }

    // Sets up, measures and stops; false when it could not set up or was interrupted.
    bool run(QJsonObject *report);

private:
    bool aborted() const { return m_interrupted || m_serverDied; }
    void problem(const QString &text);
    bool waitFor(const std::function<bool()> &done, qint64 timeoutMs);
    void poke();

    bool createTerminals(const QString &db, const QStringList &groupNames);
    bool spawnServers();
    bool startServer(Server &server);
    void stopServers();
    std::optional<double> serversMegabytes(const QByteArray &field) const;
    bool connectTerminals();
    bool askPollers();
    bool waitPollsHeld(qint64 timeoutMs);

    void issuePoll(Terminal &t);
    void onPollAnswer(Terminal &t, int status, const QByteArray &body);
    void pushNext(Terminal &t);
    void sendPush(Terminal &t);
    void onPushAnswer(Terminal &t, int status, const QByteArray &body);
    void schedulePush(Terminal &t);
    void request(Terminal &t, const QByteArray &method, const QByteArray &target, const QByteArray &body,
                 HttpConnection::Handler handler);
    bool sessionRequests(const std::vector<Terminal *> &terminals, const QByteArray &method, const QByteArray &path,
                         const std::function<void(Terminal &, int, const QByteArray &)> &onAnswer);

    void goOffline(Terminal &t);
    void scheduleReconnect(Terminal &t);
    void reconnect(Terminal &t);
    void recordAck(const Terminal &t, const QByteArray &answer, qint64 revision, qint64 seq);
    bool killAndRestart();
    bool serverOrders(QHash<QUuid, std::pair<qint64, qint64>> *orders);
    void replayNext(Terminal &t);

    bool latencyPhase();
    bool throughputPhase();
    bool durabilityPhase();
    bool verifyAcks();
    bool memoryPhase();
    bool runDay(int day);
    void sampleNight(double dayS, double nightS, qint64 batches, int expired);
    void shutDownClients();
    QJsonObject report() const;
    QJsonObject durabilityReport() const;
    QJsonObject memoryReport() const;

    Config m_config;
    std::unique_ptr<QTemporaryDir> m_tempDir; // --spawn: the server's database, removed at the end
    QString m_dbPath;
    QStringList m_serverOptions; // besides --db and --listen
    std::vector<std::unique_ptr<Server>> m_servers;
    QString m_groupName;
    int m_groups = 1;
    std::vector<int> m_groupMembers;
    std::vector<qint64> m_groupSeq; // the last event sequence number known, per group
    std::vector<std::unique_ptr<Terminal>> m_terminals;

    // Waiting in a nested event loop until a condition holds.
    QEventLoop *m_waitLoop = nullptr;
    const std::function<bool()> *m_waitDone = nullptr;
    bool m_interrupted = false;
    bool m_serverDied = false;
    bool m_stopping = false;

    qint64 m_pollTarget = 0; // held polls the servers should report: others' plus ours
    int m_pollsInFlight = 0;
    qint64 m_pollers = -1;       // of all servers, as the rest of these
    double m_pushSecondsSum = 0; // the servers' own push timing, from /metrics
    qint64 m_pushSecondsCount = 0;

    struct Sample
    {
        bool active = false;
        Terminal *pusher = nullptr;
        qint64 base = 0;
        int awaiting = 0;
        bool answered = false;
        int status = 0;
        qint64 sentAt = 0;
        qint64 answeredAt = 0;
    } m_sample;

    struct Throughput
    {
        bool pushing = false;
        qint64 start = 0;
        qint64 end = 0;
        qint64 accepted = 0;
    } m_throughput;

    std::vector<double> m_propagation;
    std::vector<double> m_propagationFromSend;
    // Received through another server than the one the batch was pushed to.
    std::vector<double> m_crossPropagation;
    std::vector<double> m_crossPropagationFromSend;
    std::vector<double> m_fanout;
    std::vector<double> m_fanoutFromSend;
    qint64 m_beforeAnswer = 0;
    qint64 m_pushes = 0;
    qint64 m_accepted = 0;
    qint64 m_pushesInFlight = 0;
    qint64 m_eventsReceived = 0;
    qint64 m_pollAnswers = 0;
    qint64 m_conflicts = 0;
    qint64 m_errors = 0;
    qint64 m_missedDeliveries = 0;
    qint64 m_laggingTerminals = 0;
    qint64 m_resyncs = 0;
    qint64 m_settleTimeouts = 0;
    int m_loggedProblems = 0;
    std::optional<double> m_serverPushMs;
    std::optional<double> m_rssStart;
    std::optional<double> m_rss;
    std::optional<double> m_rssPeak;
    double m_latencyPhaseS = 0;
    double m_throughputPhaseS = 0;
    int m_serverExitCode = 0;

    // An acknowledged batch: what the load generator was told, and the batch to send again.
    struct Ack
    {
        int terminal = 0;
        QUuid opId;
        QUuid order;
        qint64 revision = 0;
        qint64 ticket = 0;
        QByteArray body;
        QByteArray answerHash;
    };

    struct Durability
    {
        bool active = false;  // 200 answers are acknowledgements to check
        bool pushing = false; // an answered pusher sends its next batch
        bool awaitingRecovery = false;
        qint64 killedAtMs = 0;
        QList<QDateTime> killTimes;
        std::vector<Ack> acks;
        std::unique_ptr<QFile> log;
        std::vector<qint64> restartMs;
        std::vector<qint64> recoveryMs;
        qint64 inFlightAtKills = 0;
        qint64 resent = 0;
        qint64 resentCommittedBeforeKill = 0;
        qint64 reconnects = 0;
        qint64 verified = 0;
        qint64 missing = 0;
        qint64 ordersChecked = 0;
        qint64 ordersBehind = 0;
        qint64 duplicateTickets = 0;
        qint64 ticketGaps = 0;
        qint64 replaysLeft = 0;
        double pushingS = 0;
    } m_durability;
    bool m_reconnect = false; // transport failures are expected: terminals reconnect as the real client

    struct Memory
    {
        bool dayActive = false;
        qint64 dayStartMs = 0;
        qint64 intervalMs = 0; // between one terminal's batches
        qint64 paidToday = 0;
        std::vector<double> pushMs; // the day's push round trips
        std::vector<bool> groupRunEnded;
        QString statsConnection;
        QJsonArray dayS, nightS, rssMb, dbMb, walMb, batches, paid, expired, orderRows, changeRows, eventRows, opRows,
            pushP99Ms, serverPushMs;
    } m_memory;
};

void LoadGen::problem(const QString &text)
{
    ++m_errors;
    if (m_loggedProblems++ < MaxLoggedProblems)
        printErr(text);
    else if (m_loggedProblems == MaxLoggedProblems + 1)
        printErr(QStringLiteral("(further problems are only counted)"));
}

bool LoadGen::waitFor(const std::function<bool()> &done, qint64 timeoutMs)
{
    if (aborted())
        return false;
    if (done())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(int(std::max<qint64>(0, timeoutMs)));
    m_waitLoop = &loop;
    m_waitDone = &done;
    loop.exec();
    m_waitLoop = nullptr;
    m_waitDone = nullptr;
    return !aborted() && done();
}

// Called after everything that may change what the driver waits for.
void LoadGen::poke()
{
    if (m_waitLoop && (aborted() || (*m_waitDone)()))
        m_waitLoop->quit();
}

// The terminals take turns between the groups (with --memory they fill them, --group-size
// each) and, within a group, between the servers.
bool LoadGen::createTerminals(const QString &db, const QStringList &groupNames)
{
    ServerStore store;
    if (!store.open(db)) {
        printErr(store.lastError());
        return false;
    }
    QList<GroupRecord> groups(groupNames.size());
    for (qsizetype i = 0; i < groupNames.size(); ++i) {
        if (!store.addGroup(groupNames.at(i), &groups[i])) {
            printErr(store.lastError());
            return false;
        }
    }
    m_groups = int(groups.size());
    m_groupMembers.assign(size_t(m_groups), 0);
    m_groupSeq.assign(size_t(m_groups), 0);
    for (int i = 0; i < m_config.terminals; ++i) {
        auto t = std::make_unique<Terminal>();
        t->index = i;
        t->group = m_config.memory ? i / m_config.groupSize : i % m_groups;
        t->server = m_servers.at(size_t(m_config.memory ? 0 : (i / m_groups) % int(m_servers.size()))).get();
        ++m_groupMembers[size_t(t->group)];
        t->token = newToken();
        t->instance = QStringLiteral("lg-%1-%2").arg(i + 1).arg(randomHex(4)).toLatin1();
        TerminalRecord record;
        if (!store.addTerminal(groups.at(t->group).id, QStringLiteral("lg-%1").arg(i + 1),
                               QCryptographicHash::hash(t->token, QCryptographicHash::Sha256), &record)) {
            printErr(store.lastError());
            return false;
        }
        m_terminals.push_back(std::move(t));
    }
    m_groupName = groups.size() == 1 ? groupNames.first()
                                     : QStringLiteral("%1 to %2").arg(groupNames.first(), groupNames.last());
    return true;
}

bool LoadGen::spawnServers()
{
    m_dbPath = m_config.spawnDatabase;
    if (m_dbPath.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid()) {
            printErr(QStringLiteral("cannot create a temporary directory: %1").arg(m_tempDir->errorString()));
            return false;
        }
        m_dbPath = m_tempDir->filePath(QStringLiteral("loadgen.db"));
    }
    QProcess init;
    init.setProcessEnvironment(serverEnvironment());
    init.start(QStringLiteral(TANDEM_SYNCD), {QStringLiteral("init"), QStringLiteral("--db"), m_dbPath});
    if (!init.waitForFinished(SetupTimeoutMs) || init.exitStatus() != QProcess::NormalExit || init.exitCode() != 0) {
        printErr(QStringLiteral("%1 init failed: %2%3").arg(QStringLiteral(TANDEM_SYNCD), init.errorString(),
                                                             QString::fromLocal8Bit(init.readAllStandardError())));
        return false;
    }
    QStringList groupNames;
    const int groups = m_config.memory ? (m_config.terminals + m_config.groupSize - 1) / m_config.groupSize : m_config.groups;
    for (int g = 0; g < groups; ++g)
        groupNames.append(groups == 1 ? QStringLiteral("loadgen") : QStringLiteral("loadgen-%1").arg(g + 1));
    if (m_config.memory) {
        // The server's clocks at the simulated day's pace: sessions expire after a quarter of
        // a day (the default 12 h is half of one; a quarter keeps the nights short), op_id
        // answers are kept 7 days, and a poll is held well within the expiry.
        const int expiryS = std::max(1, m_config.dayLengthS / 4);
        const qint64 eventsPerGroupDay = qint64(m_config.groupSize) * (m_config.ordersPerDay * BatchesPerOrder + OpenOrderBatches);
        m_serverOptions = {QStringLiteral("--session-expiry"), QStringLiteral("%1s").arg(expiryS),
                           QStringLiteral("--retain-ops"), QStringLiteral("%1s").arg(7 * m_config.dayLengthS),
                           QStringLiteral("--retain-events"), QString::number(eventsPerGroupDay * RetainedEventDays),
                           QStringLiteral("--heartbeat"), QString::number(std::clamp(expiryS / 4.0, 0.25, 10.0))};
    }
    for (int i = 0; i < m_config.instances; ++i)
        m_servers.push_back(std::make_unique<Server>());
    if (!createTerminals(m_dbPath, groupNames))
        return false;
    for (const auto &server : m_servers) {
        if (!startServer(*server))
            return false;
    }
    return true;
}

// Starts tandem-syncd serve on the database, on the port of its last start once there was one.
bool LoadGen::startServer(Server &server)
{
    QProcess *process = new QProcess(this);
    server.process = process;
    process->setProgram(QStringLiteral(TANDEM_SYNCD));
    process->setProcessEnvironment(serverEnvironment());
    process->setArguments(QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_dbPath, QStringLiteral("--listen"),
                                      QStringLiteral("127.0.0.1:%1").arg(server.port)}
                          + m_serverOptions);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The server must not outlive us, even if we are killed.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    process->start();
    if (!process->waitForStarted(SetupTimeoutMs)) {
        printErr(QStringLiteral("cannot start %1: %2").arg(QStringLiteral(TANDEM_SYNCD), process->errorString()));
        return false;
    }
    server.pid = process->processId();
    QElapsedTimer waited;
    waited.start();
    int listening = 0;
    while (waited.elapsed() < SetupTimeoutMs) {
        if (process->canReadLine()) {
            const QByteArray line = process->readLine().trimmed();
            const QByteArray prefix = "listening on 127.0.0.1:";
            bool ok = false;
            const int port = line.startsWith(prefix) ? line.mid(prefix.size()).toInt(&ok) : 0;
            if (!ok || port <= 0 || port > 65535 || (server.port != 0 && port != server.port)) {
                printErr(QStringLiteral("unexpected output from tandem-syncd serve: %1").arg(QString::fromUtf8(line)));
                return false;
            }
            listening = port;
            break;
        }
        if (!process->waitForReadyRead(int(SetupTimeoutMs - waited.elapsed())))
            break;
    }
    if (listening == 0) {
        printErr(QStringLiteral("tandem-syncd serve did not report its port"));
        return false;
    }
    server.port = quint16(listening);
    connect(process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        m_serverExitCode = status == QProcess::NormalExit ? code : -1;
        if (!m_stopping) {
            m_serverDied = true;
            printErr(status == QProcess::NormalExit
                         ? QStringLiteral("tandem-syncd exited unexpectedly with code %1").arg(code)
                         : QStringLiteral("tandem-syncd crashed or was killed"));
        }
        poke();
    });
    return true;
}

void LoadGen::stopServers()
{
    std::vector<QProcess *> running;
    for (const auto &server : m_servers) {
        if (server->process && server->process->state() != QProcess::NotRunning) {
            server->process->terminate(); // SIGTERM: the server answers its polls and closes the database
            running.push_back(server->process);
        }
    }
    for (QProcess *process : running) {
        if (!process->waitForFinished(10000)) {
            problem(QStringLiteral("tandem-syncd did not stop within 10 s of SIGTERM; killing it"));
            process->kill();
            process->waitForFinished(5000);
            continue;
        }
        m_serverExitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        if (m_serverExitCode != 0)
            problem(QStringLiteral("tandem-syncd exited with code %1 after SIGTERM").arg(m_serverExitCode));
    }
}

// Of all the servers together; none when one of them cannot be read.
std::optional<double> LoadGen::serversMegabytes(const QByteArray &field) const
{
    double sum = 0;
    for (const auto &server : m_servers) {
        const std::optional<double> megabytes = procStatusMegabytes(server->pid, field);
        if (!megabytes)
            return std::nullopt;
        sum += *megabytes;
    }
    return sum;
}

// Every server's /metrics at once; the sums land in m_pollers and m_pushSeconds*.
bool LoadGen::askPollers()
{
    for (const auto &s : m_servers) {
        Server *server = s.get();
        server->answered = false;
        if (server->metrics->busy())
            server->metrics->close();
        server->metrics->send("GET /metrics HTTP/1.1\r\n" + server->hostLine + "\r\n", [this, server](int status, const QByteArray &body) {
            server->answered = true;
            server->pollers = status == 200 ? lastInteger(body, "\ntandem_pollers_connected ") : -1;
            server->pushSecondsCount = lastInteger(body, "\ntandem_push_duration_seconds_count ");
            const QByteArray sumKey = "\ntandem_push_duration_seconds_sum ";
            const qsizetype sumAt = body.lastIndexOf(sumKey);
            server->pushSecondsSum = sumAt < 0 ? 0
                                               : body.mid(sumAt + sumKey.size(), body.indexOf('\n', sumAt + 1) - sumAt - sumKey.size())
                                                     .toDouble();
            if (server->pollers < 0)
                problem(QStringLiteral("GET /metrics answered %1: %2").arg(status).arg(QString::fromUtf8(body.left(200))));
            poke();
        });
    }
    const bool answered = waitFor([this] {
        return std::all_of(m_servers.begin(), m_servers.end(), [](const auto &server) { return server->answered; });
    }, SetupTimeoutMs);
    m_pollers = 0;
    m_pushSecondsSum = 0;
    m_pushSecondsCount = 0;
    for (const auto &server : m_servers) {
        if (!server->answered || server->pollers < 0)
            m_pollers = -1;
        else if (m_pollers >= 0)
            m_pollers += server->pollers;
        m_pushSecondsSum += server->pushSecondsSum;
        m_pushSecondsCount += std::max<qint64>(0, server->pushSecondsCount);
    }
    return answered && m_pollers >= 0;
}

// Until the server reports every terminal's poll held, so a push fans out to all of them at once.
bool LoadGen::waitPollsHeld(qint64 timeoutMs)
{
    const qint64 deadline = nowMs() + timeoutMs;
    // Only worth asking once every terminal has its poll on the way.
    if (!waitFor([this] { return m_pollsInFlight >= m_config.terminals; }, timeoutMs))
        return false;
    while (!aborted()) {
        if (!askPollers())
            return false;
        if (m_pollers >= m_pollTarget)
            return true;
        if (nowMs() >= deadline)
            return false;
        // The server is still reading polls: give it the CPU rather than more /metrics requests.
        waitFor([] { return false; }, 1);
    }
    return false;
}

bool LoadGen::connectTerminals()
{
    for (const auto &server : m_servers) {
        server->hostLine = "Host: 127.0.0.1:" + QByteArray::number(server->port) + "\r\n";
        server->metrics = new HttpConnection(server->port, this);
    }
    m_rssStart = serversMegabytes("VmRSS:");
    if (!askPollers()) {
        printErr(QStringLiteral("no answer from every server's /metrics"));
        return false;
    }
    m_pollTarget = m_pollers + m_config.terminals;

    // Open the push connections and check each token on the way.
    int answered = 0;
    int refused = 0;
    QByteArray firstRefusal;
    for (auto &t : m_terminals) {
        t->headers = t->server->hostLine + "Authorization: Bearer " + t->token + "\r\n";
        t->poll = new HttpConnection(t->server->port, this);
        t->push = new HttpConnection(t->server->port, this);
        t->push->send("GET /v1/whoami HTTP/1.1\r\n" + t->headers + "\r\n", [&, this](int status, const QByteArray &body) {
            ++answered;
            if (status != 200 && refused++ == 0)
                firstRefusal = QByteArray::number(status) + ' ' + body.left(200);
            poke();
        });
    }
    if (!waitFor([&] { return answered == m_config.terminals; }, SetupTimeoutMs)) {
        printErr(QStringLiteral("only %1 of %2 terminals were answered by GET /v1/whoami").arg(answered).arg(m_config.terminals));
        return false;
    }
    if (refused > 0) {
        printErr(QStringLiteral("%1 terminals were refused (%2)%3").arg(refused).arg(QString::fromUtf8(firstRefusal),
                 m_config.spawn ? QString() : QStringLiteral("; does the server at --server use the database given with --db?")));
        return false;
    }
    for (auto &t : m_terminals)
        issuePoll(*t);
    if (!waitPollsHeld(SetupTimeoutMs)) {
        printErr(QStringLiteral("the server holds %1 polls, expected %2").arg(m_pollers).arg(m_pollTarget));
        return false;
    }
    return true;
}

void LoadGen::issuePoll(Terminal &t)
{
    Terminal *terminal = &t;
    ++m_pollsInFlight;
    t.poll->send("GET /v1/events?after=" + QByteArray::number(t.after) + "&instance=" + t.instance + " HTTP/1.1\r\n"
                     + t.headers + "\r\n",
                 [this, terminal](int status, const QByteArray &body) { onPollAnswer(*terminal, status, body); });
}

void LoadGen::onPollAnswer(Terminal &t, int status, const QByteArray &body)
{
    const qint64 at = arrivalNs();
    --m_pollsInFlight;
    if (m_stopping)
        return;
    if (status < 0 && m_reconnect) {
        goOffline(t);
        return;
    }
    bool retrySoon = false;
    if (status == 200) {
        ++m_pollAnswers;
        const qint64 last = lastInteger(body, "\"last_seq\":");
        if (last < t.after) {
            problem(QStringLiteral("terminal %1: a poll answer without a valid last_seq").arg(t.index + 1));
            retrySoon = true;
        } else if (last > t.after) {
            const qint64 fresh = last - t.after;
            // Each event payload starts with its sorted first key: op_id, or seq for a session the server closed.
            const qint64 carried = body.count("{\"op_id\":") + body.count("{\"seq\":");
            if (carried != fresh)
                problem(QStringLiteral("terminal %1: a poll answer for events %2..%3 carries %4 events")
                            .arg(t.index + 1).arg(t.after + 1).arg(last).arg(carried));
            m_eventsReceived += fresh;
            qint64 &groupSeq = m_groupSeq[size_t(t.group)];
            groupSeq = std::max(groupSeq, last);
            if (m_sample.active && t.group == m_sample.pusher->group && t.receivedAt < 0 && last > m_sample.base) {
                t.receivedAt = at;
                if (&t != m_sample.pusher)
                    --m_sample.awaiting;
            }
            t.after = last;
        }
    } else if (status == 410) {
        // Fell behind the retained log; a real terminal would load a snapshot.
        ++m_resyncs;
        const qint64 last = lastInteger(body, "\"last_seq\":");
        problem(QStringLiteral("terminal %1 must resync after %2").arg(t.index + 1).arg(t.after));
        if (last >= 0)
            t.after = last;
    } else {
        problem(QStringLiteral("terminal %1: poll answered %2: %3").arg(t.index + 1).arg(status)
                    .arg(QString::fromUtf8(body.left(200))));
        retrySoon = true;
    }
    if (retrySoon) {
        Terminal *terminal = &t;
        QTimer::singleShot(100, this, [this, terminal] {
            if (!m_stopping && !terminal->poll->busy() && !terminal->offline && !terminal->vanished)
                issuePoll(*terminal);
        });
    } else {
        issuePoll(t);
    }
    poke();
}

// The next batch of a terminal's own order: create with a first line, then lines
// added or incremented, then paid by card, then a new order.
void LoadGen::pushNext(Terminal &t)
{
    using Protocol::OpKind;
    Protocol::Batch batch;
    batch.opId = QUuid::createUuid();
    batch.instance = QString::fromLatin1(t.instance);
    batch.user = QStringLiteral("loadgen");
    Order next = t.order;
    auto addLine = [&](Protocol::Batch &target) {
        const int product = QRandomGenerator::global()->bounded(1000);
        Protocol::Operation op;
        op.kind = OpKind::AddLine;
        op.line.uid = QUuid::createUuid();
        op.line.productId = QStringLiteral("P%1").arg(product);
        op.line.productName = QStringLiteral("Product %1").arg(product);
        op.line.unitPrice = 100 + product * 7;
        op.line.taxRate = product % 2 ? 2000 : 700;
        op.line.quantity = Pricing::QuantityScale;
        target.ops.append(op);
        next.lines.append(op.line);
    };

    if (next.uid.isNull()) {
        next = Order();
        next.uid = QUuid::createUuid();
        next.receiptReference = QStringLiteral("LG%1-%2").arg(t.index + 1).arg(++t.orders);
        next.currency = QStringLiteral("EUR");
        next.createdAt = QDateTime::currentDateTimeUtc();
        Protocol::Operation create;
        create.kind = OpKind::Create;
        create.order = next;
        batch.ops.append(create);
        addLine(batch);
        t.step = 0;
    } else if (next.lines.size() >= LinesPerOrder) {
        Protocol::Operation pay;
        pay.kind = OpKind::Pay;
        pay.payments = {Payment{QUuid::createUuid(), PaymentMethod::Card, next.total()}};
        batch.ops.append(pay);
        next.payments = pay.payments;
        next.state = OrderState::Paid;
    } else if (t.step % 2 == 1) {
        const int index = QRandomGenerator::global()->bounded(int(next.lines.size()));
        Protocol::Operation increment;
        increment.kind = OpKind::SetLine;
        increment.lineUid = next.lines.at(index).uid;
        increment.field = QStringLiteral("quantity");
        increment.increment = true;
        increment.delta = Pricing::QuantityScale;
        batch.ops.append(increment);
        next.lines[index].quantity += increment.delta;
    } else {
        addLine(batch);
    }
    ++t.step;
    batch.orderUid = next.uid;
    batch.baseRevision = t.order.uid.isNull() ? 0 : t.order.revision;
    t.pending = next;

    t.pushBody = QJsonDocument(Protocol::batchToJson(batch)).toJson(QJsonDocument::Compact);
    t.pushOpId = batch.opId;
    t.pushPending = true;
    t.resentAfterKill = 0;
    t.pushSentAt = nowNs();
    ++m_pushesInFlight;
    sendPush(t);
}

// The pending batch, the first time or again after a reconnect: same op_id, same body.
void LoadGen::sendPush(Terminal &t)
{
    Terminal *terminal = &t;
    request(t, "POST", "/v1/push", t.pushBody,
            [this, terminal](int status, const QByteArray &answer) { onPushAnswer(*terminal, status, answer); });
}

void LoadGen::onPushAnswer(Terminal &t, int status, const QByteArray &body)
{
    const qint64 at = arrivalNs();
    if (status < 0 && m_reconnect && !m_stopping) {
        // As the real client: the batch stays queued and goes again once the server is back.
        goOffline(t);
        return;
    }
    --m_pushesInFlight;
    t.pushPending = false;
    if (m_stopping)
        return;
    ++m_pushes;
    if (m_memory.dayActive)
        m_memory.pushMs.push_back((at - t.pushSentAt) / 1e6);
    if (status == 200) {
        const qint64 revision = lastInteger(body, "\"revision\":");
        const qint64 seq = lastInteger(body, "\"seq\":");
        if (revision <= 0 || seq <= 0 || !body.contains("\"result\":\"applied\"")) {
            problem(QStringLiteral("terminal %1: an unexpected push answer: %2").arg(t.index + 1)
                        .arg(QString::fromUtf8(body.left(200))));
            t.order = Order();
        } else {
            ++m_accepted;
            if (m_durability.active)
                recordAck(t, body, revision, seq);
            t.order = t.pending;
            t.order.revision = revision;
            if (t.order.isFinal()) {
                t.order = Order();
                m_memory.paidToday += m_memory.dayActive ? 1 : 0;
            }
            qint64 &groupSeq = m_groupSeq[size_t(t.group)];
            groupSeq = std::max(groupSeq, seq);
            if (m_throughput.pushing && at <= m_throughput.end)
                ++m_throughput.accepted;
        }
    } else if (status == 409) {
        // Only the terminal itself touches its orders: a conflict is a server bug.
        ++m_conflicts;
        problem(QStringLiteral("terminal %1: push conflict: %2").arg(t.index + 1).arg(QString::fromUtf8(body.left(300))));
        t.order = Order();
    } else {
        problem(QStringLiteral("terminal %1: push answered %2: %3").arg(t.index + 1).arg(status)
                    .arg(QString::fromUtf8(body.left(300))));
        t.order = Order();
    }
    if (m_sample.active && &t == m_sample.pusher) {
        m_sample.answered = true;
        m_sample.status = status;
        m_sample.answeredAt = at;
    }
    if ((m_throughput.pushing && at < m_throughput.end && status > 0) || m_durability.pushing)
        pushNext(t);
    else if (m_memory.dayActive && t.batchesLeft > 0)
        schedulePush(t);
    poke();
}

// One push at a time, round robin; each waits until every other terminal of its group has the event.
bool LoadGen::latencyPhase()
{
    const int k = m_config.terminals;
    const qint64 start = nowMs();
    const qint64 minEnd = start + qint64(m_config.durationS * 1000);
    const qint64 hardEnd = start + qint64(m_config.durationS * 4000) + 30000;
    int missesInRow = 0;
    const double pushSecondsBefore = m_pushSecondsSum;
    const qint64 pushCountBefore = m_pushSecondsCount;
    for (int n = 0; !aborted(); ++n) {
        const int samples = int(m_fanout.size());
        const qint64 now = nowMs();
        if ((samples >= MinLatencySamples && now >= minEnd) || samples >= MaxLatencySamples)
            break;
        if (now >= hardEnd) {
            printErr(QStringLiteral("the latency phase stopped after %1 s with %2 samples").arg((now - start) / 1000).arg(samples));
            break;
        }
        if (!waitPollsHeld(2000)) {
            if (aborted())
                break;
            ++m_settleTimeouts; // measured anyway; a poll still on its way back is answered at once
        }
        Terminal &pusher = *m_terminals[size_t(n % k)];
        for (auto &t : m_terminals)
            t->receivedAt = -1;
        m_sample = Sample();
        m_sample.active = true;
        m_sample.pusher = &pusher;
        m_sample.base = m_groupSeq[size_t(pusher.group)];
        m_sample.awaiting = m_groupMembers[size_t(pusher.group)] - 1;
        m_sample.sentAt = nowNs();
        pushNext(pusher);
        waitFor([this] { return m_sample.answered && (m_sample.status != 200 || m_sample.awaiting == 0); },
                DeliveryTimeoutMs);
        m_sample.active = false;
        if (aborted())
            break;
        if (!m_sample.answered) {
            problem(QStringLiteral("terminal %1: no push answer within %2 ms").arg(pusher.index + 1).arg(DeliveryTimeoutMs));
            pusher.push->close();
            pusher.pushPending = false;
            --m_pushesInFlight;
            pusher.order = Order();
        } else if (m_sample.status == 200 && m_sample.awaiting > 0) {
            m_missedDeliveries += m_sample.awaiting;
            problem(QStringLiteral("%1 terminals did not receive event %2 within %3 ms")
                        .arg(m_sample.awaiting).arg(m_sample.base + 1).arg(DeliveryTimeoutMs));
            m_errors += m_sample.awaiting - 1; // one error per terminal that missed it
        } else if (m_sample.status == 200) {
            missesInRow = 0;
            qint64 slowest = 0;
            for (const auto &t : m_terminals) {
                if (t.get() == &pusher || t->group != pusher.group)
                    continue;
                slowest = std::max(slowest, t->receivedAt);
                if (t->receivedAt < m_sample.answeredAt)
                    ++m_beforeAnswer; // already there when the pusher learned of it: 0 ms
                const double fromAnswer = std::max<qint64>(0, t->receivedAt - m_sample.answeredAt) / 1e6;
                const double fromSend = (t->receivedAt - m_sample.sentAt) / 1e6;
                m_propagation.push_back(fromAnswer);
                m_propagationFromSend.push_back(fromSend);
                if (t->server != pusher.server) {
                    m_crossPropagation.push_back(fromAnswer);
                    m_crossPropagationFromSend.push_back(fromSend);
                }
            }
            m_fanout.push_back(std::max<qint64>(0, slowest - m_sample.answeredAt) / 1e6);
            m_fanoutFromSend.push_back((slowest - m_sample.sentAt) / 1e6);
            continue;
        }
        if (++missesInRow >= 3) {
            printErr(QStringLiteral("three failed samples in a row; ending the latency phase"));
            break;
        }
    }
    m_latencyPhaseS = (nowMs() - start) / 1000.0;
    // How long the server itself took per push (decode, apply, durable commit, fan-out, answer).
    if (askPollers() && m_pushSecondsCount > pushCountBefore)
        m_serverPushMs = (m_pushSecondsSum - pushSecondsBefore) * 1000.0 / double(m_pushSecondsCount - pushCountBefore);
    return !aborted();
}

// Every pusher keeps one push in flight for the duration; the polls go on meanwhile.
bool LoadGen::throughputPhase()
{
    const int pushers = m_config.pushers > 0 ? m_config.pushers : m_config.terminals;
    m_throughput = Throughput();
    m_throughput.pushing = true;
    m_throughput.start = nowNs();
    m_throughput.end = m_throughput.start + qint64(m_config.durationS * 1e9);
    for (int i = 0; i < pushers; ++i)
        pushNext(*m_terminals[size_t(i)]);
    waitFor([this] { return nowNs() >= m_throughput.end; }, qint64(m_config.durationS * 1000) + 1);
    m_throughput.pushing = false;
    m_throughputPhaseS = (nowNs() - m_throughput.start) / 1e9;
    if (!waitFor([this] { return m_pushesInFlight == 0; }, 10000)) {
        if (aborted())
            return false;
        problem(QStringLiteral("%1 pushes still unanswered 10 s after the throughput phase").arg(m_pushesInFlight));
    }
    // Every terminal must catch up with every event of its group.
    const std::vector<qint64> last = m_groupSeq;
    auto caughtUp = [this, &last] {
        return std::all_of(m_terminals.begin(), m_terminals.end(),
                           [&last](const auto &t) { return t->after >= last[size_t(t->group)]; });
    };
    if (!waitFor(caughtUp, DeliveryTimeoutMs * 2)) {
        if (aborted())
            return false;
        for (const auto &t : m_terminals)
            m_laggingTerminals += t->after < last[size_t(t->group)] ? 1 : 0;
        problem(QStringLiteral("%1 terminals had not received all the events of their group %2 ms after the throughput phase")
                    .arg(m_laggingTerminals).arg(DeliveryTimeoutMs * 2));
        m_errors += m_laggingTerminals - 1;
    }
    return true;
}

// One request on the terminal's push connection, which is free between its batches.
void LoadGen::request(Terminal &t, const QByteArray &method, const QByteArray &target, const QByteArray &body,
                      HttpConnection::Handler handler)
{
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\n" + t.headers;
    if (!body.isEmpty())
        head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    t.push->send(head + "\r\n" + body, std::move(handler));
}

// A session request from each of the terminals at once, for its own instance (a POST
// carries it in the body, a GET in the query); true once every one was answered.
bool LoadGen::sessionRequests(const std::vector<Terminal *> &terminals, const QByteArray &method, const QByteArray &path,
                              const std::function<void(Terminal &, int, const QByteArray &)> &onAnswer)
{
    size_t answered = 0;
    for (Terminal *t : terminals) {
        const bool post = method == "POST";
        const QByteArray body = post ? "{\"instance\":\"" + t->instance + "\"}" : QByteArray();
        request(*t, method, post ? path : path + "?instance=" + t->instance, body,
                [&answered, &onAnswer, t, this](int status, const QByteArray &answer) {
                    ++answered;
                    onAnswer(*t, status, answer);
                    poke();
                });
    }
    if (waitFor([&] { return answered == terminals.size(); }, SetupTimeoutMs))
        return true;
    if (!aborted())
        problem(QStringLiteral("only %1 of %2 terminals were answered by %3 %4")
                    .arg(answered).arg(terminals.size()).arg(QString::fromLatin1(method), QString::fromLatin1(path)));
    // Their answers must not call back into this finished wait.
    for (Terminal *t : terminals)
        t->push->close();
    return false;
}

// Durability: as the real client when the server is lost, drop both requests and come back
// after a random delay over the whole back-off window, starting again from whoami.
void LoadGen::goOffline(Terminal &t)
{
    ++m_durability.reconnects;
    if (t.poll->busy())
        --m_pollsInFlight;
    t.poll->close();
    t.push->close();
    t.offline = true;
    scheduleReconnect(t);
}

void LoadGen::scheduleReconnect(Terminal &t)
{
    Terminal *terminal = &t;
    const int delayMs = int(QRandomGenerator::global()->bounded(t.backoffMs));
    t.backoffMs = std::min(t.backoffMs * 2, RetryWindowMaxMs);
    QTimer::singleShot(delayMs, this, [this, terminal] { reconnect(*terminal); });
}

void LoadGen::reconnect(Terminal &t)
{
    if (m_stopping)
        return;
    Terminal *terminal = &t;
    request(t, "GET", "/v1/whoami", {}, [this, terminal](int status, const QByteArray &body) {
        if (m_stopping)
            return;
        if (status != 200) {
            if (status >= 0)
                problem(QStringLiteral("terminal %1: whoami answered %2 on reconnecting: %3")
                            .arg(terminal->index + 1).arg(status).arg(QString::fromUtf8(body.left(200))));
            scheduleReconnect(*terminal);
            return;
        }
        terminal->offline = false;
        terminal->backoffMs = RetryWindowMs;
        if (terminal->pushPending) {
            terminal->resentAfterKill = int(m_durability.killTimes.size());
            ++m_durability.resent;
            sendPush(*terminal);
        }
        issuePoll(*terminal);
        poke();
    });
}

// Kept in memory for the check, and written to --ack-log the moment the answer is read.
void LoadGen::recordAck(const Terminal &t, const QByteArray &answer, qint64 revision, qint64 seq)
{
    Ack ack;
    ack.terminal = t.index;
    ack.opId = t.pushOpId;
    ack.order = t.pending.uid;
    ack.revision = revision;
    ack.ticket = lastInteger(answer, "\"ticket\":");
    ack.body = t.pushBody;
    ack.answerHash = QCryptographicHash::hash(answer, QCryptographicHash::Sha256);
    if (m_durability.awaitingRecovery) {
        m_durability.awaitingRecovery = false;
        m_durability.recoveryMs.push_back(nowMs() - m_durability.killedAtMs);
    }
    if (t.resentAfterKill > 0) {
        // The order's changed_at (its first in the answer) before the kill: the server had
        // committed the batch without answering, and answered the resent one from its record.
        const QByteArray key = "\"changed_at\":\"";
        const qsizetype at = answer.indexOf(key);
        const QDateTime changedAt = at < 0 ? QDateTime()
                                           : QDateTime::fromString(QString::fromLatin1(answer.mid(at + key.size(), 24)),
                                                                   Qt::ISODateWithMs);
        if (changedAt.isValid() && changedAt <= m_durability.killTimes.at(t.resentAfterKill - 1))
            ++m_durability.resentCommittedBeforeKill;
    }
    if (m_durability.log) {
        const QJsonObject line{{QStringLiteral("at_ms"), nowMs()},
                               {QStringLiteral("terminal"), t.index + 1},
                               {QStringLiteral("op_id"), ack.opId.toString(QUuid::WithoutBraces)},
                               {QStringLiteral("order"), ack.order.toString(QUuid::WithoutBraces)},
                               {QStringLiteral("revision"), revision},
                               {QStringLiteral("seq"), seq},
                               {QStringLiteral("ticket"), ack.ticket}};
        m_durability.log->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    m_durability.acks.push_back(std::move(ack));
}

// The durability run has one server.
bool LoadGen::killAndRestart()
{
    for (const auto &t : m_terminals)
        m_durability.inFlightAtKills += t->pushPending && t->push->busy() ? 1 : 0;
    Server &server = *m_servers.front();
    disconnect(server.process, nullptr, this, nullptr);
    m_durability.killTimes.append(QDateTime::currentDateTimeUtc());
    m_durability.killedAtMs = nowMs();
    m_durability.awaitingRecovery = true;
    server.process->kill(); // SIGKILL: no shutdown, nothing flushed or answered on the way out
    if (!server.process->waitForFinished(SetupTimeoutMs)) {
        printErr(QStringLiteral("tandem-syncd did not die of SIGKILL within %1 s").arg(SetupTimeoutMs / 1000));
        return false;
    }
    server.process->deleteLater();
    if (!startServer(server))
        return false;
    m_durability.restartMs.push_back(nowMs() - m_durability.killedAtMs);
    return true;
}

// Pushers keep one batch in flight each while the server is killed with SIGKILL after every
// --kill-after seconds and started again on its database and port; then every acknowledged
// batch is checked.
bool LoadGen::durabilityPhase()
{
    if (!m_config.ackLog.isEmpty()) {
        m_durability.log = std::make_unique<QFile>(m_config.ackLog);
        if (!m_durability.log->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
            printErr(QStringLiteral("cannot write %1: %2").arg(m_config.ackLog, m_durability.log->errorString()));
            return false;
        }
    }
    const int pushers = m_config.pushers > 0 ? m_config.pushers : m_config.terminals;
    m_reconnect = true;
    m_durability.active = true;
    m_durability.pushing = true;
    const qint64 start = nowMs();
    for (int i = 0; i < pushers; ++i)
        pushNext(*m_terminals[size_t(i)]);
    for (int kill = 0; kill < m_config.kills; ++kill) {
        waitFor([] { return false; }, qint64(m_config.killAfterS * 1000));
        if (aborted() || !killAndRestart())
            return false;
    }
    // No new batches: those the last kill left unanswered go again until they are answered.
    m_durability.pushing = false;
    m_durability.pushingS = (nowMs() - start) / 1000.0;
    if (!waitFor([this] { return m_pushesInFlight == 0; }, RecoveryTimeoutMs)) {
        if (!aborted())
            problem(QStringLiteral("%1 batches still unanswered %2 s after the last restart")
                        .arg(m_pushesInFlight).arg(RecoveryTimeoutMs / 1000));
        return false;
    }
    m_durability.active = false;
    const std::vector<qint64> last = m_groupSeq;
    auto caughtUp = [this, &last] {
        return std::all_of(m_terminals.begin(), m_terminals.end(),
                           [&last](const auto &t) { return !t->offline && t->after >= last[size_t(t->group)]; });
    };
    if (!waitFor(caughtUp, RecoveryTimeoutMs)) {
        if (aborted())
            return false;
        for (const auto &t : m_terminals)
            m_laggingTerminals += t->offline || t->after < last[size_t(t->group)] ? 1 : 0;
        problem(QStringLiteral("%1 terminals were offline or behind their group's last event after the last restart")
                    .arg(m_laggingTerminals));
    }
    return verifyAcks();
}

// Every order of the group as the server has it, uid to (revision, ticket): the open ones
// from GET /v1/snapshot, the paid ones from `tandem-syncd export`, which reads the database.
bool LoadGen::serverOrders(QHash<QUuid, std::pair<qint64, qint64>> *orders)
{
    int status = 0;
    QByteArray snapshot;
    bool answered = false;
    request(*m_terminals.front(), "GET", "/v1/snapshot", {}, [&, this](int code, const QByteArray &body) {
        status = code;
        snapshot = body;
        answered = true;
        poke();
    });
    if (!waitFor([&] { return answered; }, SetupTimeoutMs) || status != 200) {
        if (!aborted())
            problem(QStringLiteral("GET /v1/snapshot answered %1: %2").arg(status).arg(QString::fromUtf8(snapshot.left(200))));
        m_terminals.front()->push->close();
        return false;
    }
    QProcess exporter;
    exporter.setProcessEnvironment(serverEnvironment());
    exporter.start(QStringLiteral(TANDEM_SYNCD), {QStringLiteral("export"), QStringLiteral("--group"), m_groupName,
                                                  QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), m_dbPath});
    if (!exporter.waitForFinished(SetupTimeoutMs) || exporter.exitStatus() != QProcess::NormalExit || exporter.exitCode() != 0) {
        problem(QStringLiteral("tandem-syncd export failed: %1%2").arg(exporter.errorString(),
                                                                       QString::fromLocal8Bit(exporter.readAllStandardError())));
        return false;
    }
    for (const QByteArray &json : {snapshot, exporter.readAllStandardOutput()}) {
        const QJsonArray list = QJsonDocument::fromJson(json).object().value(QStringLiteral("orders")).toArray();
        for (const QJsonValue &value : list) {
            const QJsonObject order = value.toObject();
            orders->insert(QUuid::fromString(order.value(QStringLiteral("uid")).toString()),
                           {order.value(QStringLiteral("revision")).toInteger(), order.value(QStringLiteral("ticket")).toInteger()});
        }
    }
    return true;
}

// An acknowledged batch is on the server when its order has at least the acknowledged
// revision and the ticket it was given, and the same batch sent again with its op_id is
// answered with the stored answer, byte for byte, instead of being applied anew.
bool LoadGen::verifyAcks()
{
    QHash<QUuid, std::pair<qint64, qint64>> stored;
    if (!serverOrders(&stored))
        return false;
    QHash<QUuid, std::pair<qint64, qint64>> acked; // the highest revision acknowledged, the ticket
    for (const Ack &ack : m_durability.acks) {
        auto &entry = acked[ack.order];
        entry = {std::max(entry.first, ack.revision), ack.ticket};
    }
    m_durability.ordersChecked = acked.size();
    for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
        const auto found = stored.constFind(it.key());
        if (found != stored.cend() && found->first >= it->first && found->second == it->second)
            continue;
        ++m_durability.ordersBehind;
        problem(QStringLiteral("order %1 was acknowledged at revision %2 with ticket %3; the server has %4")
                    .arg(it.key().toString(QUuid::WithoutBraces)).arg(it->first).arg(it->second)
                    .arg(found == stored.cend() ? QStringLiteral("no such order")
                                                : QStringLiteral("revision %1, ticket %2").arg(found->first).arg(found->second)));
    }
    // One run, so its tickets are 1, 2, 3 ... each once.
    QSet<qint64> tickets;
    qint64 highest = 0;
    for (const auto &order : std::as_const(stored)) {
        if (tickets.contains(order.second))
            ++m_durability.duplicateTickets;
        tickets.insert(order.second);
        highest = std::max(highest, order.second);
    }
    m_durability.ticketGaps = highest - tickets.size();
    if (m_durability.duplicateTickets > 0 || m_durability.ticketGaps > 0)
        problem(QStringLiteral("%1 orders hold a ticket another order has, %2 tickets up to %3 were never given")
                    .arg(m_durability.duplicateTickets).arg(m_durability.ticketGaps).arg(highest));

    for (size_t i = 0; i < m_durability.acks.size(); ++i)
        m_terminals[size_t(m_durability.acks[i].terminal)]->replays.push_back(i);
    m_durability.replaysLeft = qint64(m_durability.acks.size());
    for (auto &t : m_terminals)
        replayNext(*t);
    if (!waitFor([this] { return m_durability.replaysLeft == 0; }, SetupTimeoutMs + m_durability.replaysLeft * 10)) {
        if (!aborted())
            problem(QStringLiteral("%1 replays were not answered").arg(m_durability.replaysLeft));
        return false;
    }
    return true;
}

// Each terminal sends its acknowledged batches again, one at a time, from its own token.
void LoadGen::replayNext(Terminal &t)
{
    if (t.replayed >= t.replays.size())
        return;
    const size_t index = t.replays.at(t.replayed++);
    Terminal *terminal = &t;
    request(t, "POST", "/v1/push", m_durability.acks.at(index).body, [this, terminal, index](int status, const QByteArray &answer) {
        const Ack &ack = m_durability.acks.at(index);
        --m_durability.replaysLeft;
        if (status == 200 && QCryptographicHash::hash(answer, QCryptographicHash::Sha256) == ack.answerHash) {
            ++m_durability.verified;
        } else if (status < 0) {
            problem(QStringLiteral("terminal %1: no answer to a replay: %2").arg(terminal->index + 1).arg(QString::fromUtf8(answer)));
        } else {
            ++m_durability.missing;
            problem(QStringLiteral("op_id %1 (order %2) was acknowledged at revision %3; sent again it was answered %4 "
                                   "with revision %5")
                        .arg(ack.opId.toString(QUuid::WithoutBraces), ack.order.toString(QUuid::WithoutBraces))
                        .arg(ack.revision).arg(status).arg(lastInteger(answer, "\"revision\":")));
        }
        replayNext(*terminal);
        poke();
    });
}

// Memory: one terminal's batches are spread evenly over the day; a late one goes at once.
void LoadGen::schedulePush(Terminal &t)
{
    Terminal *terminal = &t;
    const qint64 due = t.nextPushAt;
    t.nextPushAt += m_memory.intervalMs;
    QTimer::singleShot(int(std::max<qint64>(0, due - nowMs())), this, [this, terminal] {
        if (m_stopping || !m_memory.dayActive)
            return;
        --terminal->batchesLeft;
        pushNext(*terminal);
    });
}

// Simulated days, each a run in every group: sessions open in the morning, orders are made,
// changed and paid over the day, the sessions close at night (or expire), and the server's
// memory and database are sampled before the next morning.
bool LoadGen::memoryPhase()
{
    m_memory.statsConnection = QStringLiteral("loadgen-stats");
    bool ok = true;
    {
        QSqlDatabase stats = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_memory.statsConnection);
        stats.setDatabaseName(m_dbPath);
        stats.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!stats.open()) {
            printErr(QStringLiteral("cannot read %1: %2").arg(m_dbPath, stats.lastError().text()));
            ok = false;
        }
    }
    for (int day = 1; ok && day <= m_config.days; ++day)
        ok = runDay(day);
    QSqlDatabase::removeDatabase(m_memory.statsConnection);
    return ok;
}

bool LoadGen::runDay(int day)
{
    std::vector<Terminal *> all;
    std::vector<int> members(size_t(m_groups), 0);
    for (auto &t : m_terminals) {
        // Last night's open orders were archived with the run; a terminal that vanished is back.
        t->order = Order();
        if (t->vanished) {
            t->vanished = false;
            issuePoll(*t);
        }
        all.push_back(t.get());
        ++members[size_t(t->group)];
    }
    const auto expectOk = [this](Terminal &t, int status, const QByteArray &body) {
        if (status != 200)
            problem(QStringLiteral("terminal %1: a session request answered %2: %3").arg(t.index + 1).arg(status)
                        .arg(QString::fromUtf8(body.left(200))));
    };
    if (!sessionRequests(all, "POST", "/v1/session/open", expectOk))
        return false;

    const int mostBatches = m_config.ordersPerDay * BatchesPerOrder + OpenOrderBatches;
    m_memory.intervalMs = std::max<qint64>(1, qint64(m_config.dayLengthS) * 900 / mostBatches);
    m_memory.paidToday = 0;
    m_memory.pushMs.clear();
    const qint64 acceptedBefore = m_accepted;
    // The server's own time per push over the day, from /metrics: a stalled server, not a slow client.
    if (!askPollers())
        return false;
    const double pushSecondsBefore = m_pushSecondsSum;
    const qint64 pushCountBefore = m_pushSecondsCount;
    m_memory.dayActive = true;
    m_memory.dayStartMs = nowMs();
    for (auto &t : m_terminals) {
        // About a fifth of the terminals leave an order open at night, for the run end to archive.
        t->batchesLeft = m_config.ordersPerDay * BatchesPerOrder + ((t->index + day) % 5 == 0 ? OpenOrderBatches : 0);
        t->nextPushAt = m_memory.dayStartMs + QRandomGenerator::global()->bounded(m_memory.intervalMs);
        schedulePush(*t);
    }
    const qint64 dayEnd = m_memory.dayStartMs + qint64(m_config.dayLengthS) * 1000;
    const bool done = waitFor([this] {
        return m_pushesInFlight == 0
            && std::all_of(m_terminals.begin(), m_terminals.end(), [](const auto &t) { return t->batchesLeft == 0; });
    }, qint64(m_config.dayLengthS) * 3000 + SetupTimeoutMs);
    if (!done) {
        if (!aborted())
            problem(QStringLiteral("day %1: the day's batches were not all answered").arg(day));
        return false;
    }
    waitFor([] { return false; }, dayEnd - nowMs());
    m_memory.dayActive = false;
    if (aborted() || !askPollers())
        return false;
    const double dayS = (nowMs() - m_memory.dayStartMs) / 1000.0;
    m_memory.pushP99Ms.append(percentile(m_memory.pushMs, 0.99));
    m_memory.serverPushMs.append(m_pushSecondsCount > pushCountBefore
                                     ? QJsonValue(round3((m_pushSecondsSum - pushSecondsBefore) * 1000.0
                                                         / double(m_pushSecondsCount - pushCountBefore)))
                                     : QJsonValue(QJsonValue::Null));

    // Night: the terminals ask whether closing ends the run, as the app does, then close. On
    // some nights one terminal of a group vanishes instead and the server's expiry ends that run.
    const qint64 nightStart = nowMs();
    m_memory.groupRunEnded.assign(size_t(m_groups), false);
    std::vector<Terminal *> closing;
    std::vector<int> position(size_t(m_groups), 0);
    int vanished = 0;
    for (auto &t : m_terminals) {
        const int at = position[size_t(t->group)]++;
        if (members[size_t(t->group)] >= 2 && (day + t->group) % 4 == 0 && at == day % m_config.groupSize) {
            t->vanished = true;
            if (t->poll->busy())
                --m_pollsInFlight;
            t->poll->close();
            ++vanished;
        } else {
            closing.push_back(t.get());
        }
    }
    if (!sessionRequests(closing, "GET", "/v1/sessions", expectOk)
        || !sessionRequests(closing, "POST", "/v1/session/close", [&](Terminal &t, int status, const QByteArray &body) {
               expectOk(t, status, body);
               if (body.contains("\"run_ended\":true"))
                   m_memory.groupRunEnded[size_t(t.group)] = true;
           }))
        return false;
    const qint64 deadline = nowMs() + (m_config.dayLengthS / 4 + 15) * 1000;
    for (;;) {
        // One terminal still there from each group whose run goes on asks about it.
        std::vector<Terminal *> askers;
        std::vector<bool> asked(size_t(m_groups), false);
        for (auto &t : m_terminals) {
            const auto g = size_t(t->group);
            if (!m_memory.groupRunEnded[g] && !t->vanished && !asked[g]) {
                asked[g] = true;
                askers.push_back(t.get());
            }
        }
        if (askers.empty())
            break;
        if (nowMs() >= deadline) {
            problem(QStringLiteral("day %1: the runs of %2 groups had not ended %3 s after their sessions closed or vanished")
                        .arg(day).arg(askers.size()).arg(m_config.dayLengthS / 4 + 15));
            return false;
        }
        waitFor([] { return false; }, 500);
        if (!sessionRequests(askers, "GET", "/v1/sessions", [&](Terminal &t, int status, const QByteArray &body) {
                expectOk(t, status, body);
                if (status == 200 && lastInteger(body, "\"run\":") == 0)
                    m_memory.groupRunEnded[size_t(t.group)] = true;
            }))
            return false;
    }
    sampleNight(dayS, (nowMs() - nightStart) / 1000.0, m_accepted - acceptedBefore, vanished);
    return !aborted();
}

void LoadGen::sampleNight(double dayS, double nightS, qint64 batches, int expired)
{
    auto megabytes = [](const QString &path) { return round3(double(QFileInfo(path).size()) / (1024.0 * 1024.0)); };
    m_memory.dayS.append(round3(dayS));
    m_memory.nightS.append(round3(nightS));
    const std::optional<double> rss = serversMegabytes("VmRSS:");
    m_memory.rssMb.append(rss ? QJsonValue(round3(*rss)) : QJsonValue(QJsonValue::Null));
    m_memory.dbMb.append(megabytes(m_dbPath));
    m_memory.walMb.append(megabytes(m_dbPath + QStringLiteral("-wal")));
    m_memory.batches.append(batches);
    m_memory.paid.append(m_memory.paidToday);
    m_memory.expired.append(expired);
    // What the file holds, to tell the archive of paid orders from what should stay bounded.
    QSqlQuery query(QSqlDatabase::database(m_memory.statsConnection));
    if (query.exec(QStringLiteral("SELECT (SELECT count(*) FROM orders), (SELECT count(*) FROM order_changes), "
                                  "(SELECT count(*) FROM events), (SELECT count(*) FROM ops)"))
        && query.next()) {
        m_memory.orderRows.append(query.value(0).toLongLong());
        m_memory.changeRows.append(query.value(1).toLongLong());
        m_memory.eventRows.append(query.value(2).toLongLong());
        m_memory.opRows.append(query.value(3).toLongLong());
    } else {
        problem(QStringLiteral("cannot count the rows of %1: %2").arg(m_dbPath, query.lastError().text()));
    }
}

void LoadGen::shutDownClients()
{
    m_stopping = true;
    for (auto &t : m_terminals) {
        if (t->poll)
            t->poll->close();
        if (t->push)
            t->push->close();
    }
    for (const auto &server : m_servers) {
        if (server->metrics)
            server->metrics->close();
    }
}

QJsonObject LoadGen::report() const
{
    auto optional = [](const std::optional<double> &value) {
        return value ? QJsonValue(round3(*value)) : QJsonValue(QJsonValue::Null);
    };
    // Memory figures are of all the servers together.
    QJsonObject result{
        {QStringLiteral("mode"), m_config.spawn ? QStringLiteral("spawn") : QStringLiteral("server")},
        {QStringLiteral("backend"), ServerStore::isPostgresUrl(m_dbPath) ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
        {QStringLiteral("instances"), qint64(m_servers.size())},
        {QStringLiteral("terminals"), m_config.terminals},
        {QStringLiteral("groups"), m_groups},
        {QStringLiteral("group"), m_groupName},
        {QStringLiteral("pushers"), m_config.pushers > 0 ? m_config.pushers : m_config.terminals},
        {QStringLiteral("server_rss_start_mb"), optional(m_rssStart)},
        {QStringLiteral("server_rss_peak_mb"), optional(m_rssPeak)},
        {QStringLiteral("pushes"), m_pushes},
        {QStringLiteral("pushes_accepted"), m_accepted},
        {QStringLiteral("poll_answers"), m_pollAnswers},
        {QStringLiteral("events_received"), m_eventsReceived},
        {QStringLiteral("conflicts"), m_conflicts},
        {QStringLiteral("errors"), m_errors},
        {QStringLiteral("lagging_terminals"), m_laggingTerminals},
        {QStringLiteral("resyncs"), m_resyncs},
    };
    if (m_config.kills > 0) {
        result.insert(QStringLiteral("durability"), durabilityReport());
        return result;
    }
    if (m_config.memory) {
        result.insert(QStringLiteral("memory"), memoryReport());
        return result;
    }
    const double maxPropagation = m_propagation.empty() ? 0 : *std::max_element(m_propagation.begin(), m_propagation.end());
    const QJsonObject phases{
        {QStringLiteral("duration_s"), m_config.durationS},
        {QStringLiteral("latency_phase_s"), round3(m_latencyPhaseS)},
        {QStringLiteral("throughput_phase_s"), round3(m_throughputPhaseS)},
        {QStringLiteral("propagation_ms"), QJsonObject{{QStringLiteral("p50"), percentile(m_propagation, 0.50)},
                                                       {QStringLiteral("p99"), percentile(m_propagation, 0.99)},
                                                       {QStringLiteral("max"), round3(maxPropagation)},
                                                       {QStringLiteral("samples"), qint64(m_propagation.size())},
                                                       {QStringLiteral("before_push_answer"), m_beforeAnswer}}},
        {QStringLiteral("propagation_from_send_ms"), QJsonObject{{QStringLiteral("p50"), percentile(m_propagationFromSend, 0.50)},
                                                                 {QStringLiteral("p99"), percentile(m_propagationFromSend, 0.99)}}},
        {QStringLiteral("fanout_ms"), percentile(m_fanout, 0.50)},
        {QStringLiteral("fanout_p99_ms"), percentile(m_fanout, 0.99)},
        {QStringLiteral("fanout_from_send_ms"), QJsonObject{{QStringLiteral("p50"), percentile(m_fanoutFromSend, 0.50)},
                                                            {QStringLiteral("p99"), percentile(m_fanoutFromSend, 0.99)}}},
        {QStringLiteral("latency_pushes"), qint64(m_fanout.size())},
        {QStringLiteral("cross_instance_propagation_ms"),
         m_servers.size() < 2 ? QJsonValue(QJsonValue::Null)
                              : QJsonObject{{QStringLiteral("p50"), percentile(m_crossPropagation, 0.50)},
                                            {QStringLiteral("p99"), percentile(m_crossPropagation, 0.99)},
                                            {QStringLiteral("samples"), qint64(m_crossPropagation.size())}}},
        {QStringLiteral("cross_instance_propagation_from_send_ms"),
         m_servers.size() < 2 ? QJsonValue(QJsonValue::Null)
                              : QJsonObject{{QStringLiteral("p50"), percentile(m_crossPropagationFromSend, 0.50)},
                                            {QStringLiteral("p99"), percentile(m_crossPropagationFromSend, 0.99)}}},
        {QStringLiteral("batches_per_s"), m_throughputPhaseS > 0 ? round3(m_throughput.accepted / m_throughputPhaseS) : 0.0},
        {QStringLiteral("server_push_mean_ms"), optional(m_serverPushMs)},
        {QStringLiteral("server_rss_mb"), optional(m_rss)},
        {QStringLiteral("missed_deliveries"), m_missedDeliveries},
        {QStringLiteral("settle_timeouts"), m_settleTimeouts},
    };
    for (auto it = phases.begin(); it != phases.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QJsonObject LoadGen::durabilityReport() const
{
    auto list = [](const std::vector<qint64> &values) {
        QJsonArray array;
        for (const qint64 value : values)
            array.append(value);
        return array;
    };
    return {
        {QStringLiteral("kills"), qint64(m_durability.killTimes.size())},
        {QStringLiteral("kill_after_s"), m_config.killAfterS},
        {QStringLiteral("pushing_s"), round3(m_durability.pushingS)},
        {QStringLiteral("acknowledged"), qint64(m_durability.acks.size())},
        {QStringLiteral("verified"), m_durability.verified},
        {QStringLiteral("missing"), m_durability.missing},
        {QStringLiteral("orders_checked"), m_durability.ordersChecked},
        {QStringLiteral("orders_behind"), m_durability.ordersBehind},
        {QStringLiteral("duplicate_tickets"), m_durability.duplicateTickets},
        {QStringLiteral("ticket_gaps"), m_durability.ticketGaps},
        {QStringLiteral("in_flight_at_kills"), m_durability.inFlightAtKills},
        {QStringLiteral("resent"), m_durability.resent},
        {QStringLiteral("resent_committed_before_kill"), m_durability.resentCommittedBeforeKill},
        {QStringLiteral("reconnects"), m_durability.reconnects},
        {QStringLiteral("restart_ms"), list(m_durability.restartMs)},
        {QStringLiteral("recovery_ms"), list(m_durability.recoveryMs)},
        {QStringLiteral("ack_log"), m_config.ackLog.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_config.ackLog)},
    };
}

QJsonObject LoadGen::memoryReport() const
{
    // First, last and highest sample, and the least-squares slope per day over the second
    // half of the run: about 0 when the value has settled.
    auto trend = [](const QJsonArray &series) {
        std::vector<double> values;
        for (const QJsonValue &value : series) {
            if (value.isDouble())
                values.push_back(value.toDouble());
        }
        if (values.size() < 2)
            return QJsonObject();
        const size_t from = values.size() / 2;
        const double n = double(values.size() - from);
        const double meanX = (double(from) + double(values.size() - 1)) / 2.0;
        const double meanY = std::accumulate(values.begin() + qsizetype(from), values.end(), 0.0) / n;
        double covariance = 0;
        double variance = 0;
        for (size_t i = from; i < values.size(); ++i) {
            covariance += (double(i) - meanX) * (values[i] - meanY);
            variance += (double(i) - meanX) * (double(i) - meanX);
        }
        return QJsonObject{{QStringLiteral("first"), values.front()},
                           {QStringLiteral("last"), values.back()},
                           {QStringLiteral("max"), *std::max_element(values.begin(), values.end())},
                           {QStringLiteral("slope_per_day_second_half"), variance > 0 ? round3(covariance / variance) : 0.0}};
    };
    return {
        {QStringLiteral("days"), qint64(m_memory.rssMb.size())},
        {QStringLiteral("day_length_s"), m_config.dayLengthS},
        {QStringLiteral("groups"), m_groups},
        {QStringLiteral("group_size"), m_config.groupSize},
        {QStringLiteral("orders_per_day"), m_config.ordersPerDay},
        {QStringLiteral("server_options"), m_serverOptions.join(QLatin1Char(' '))},
        {QStringLiteral("rss_mb"), trend(m_memory.rssMb)},
        {QStringLiteral("db_mb"), trend(m_memory.dbMb)},
        {QStringLiteral("wal_mb"), trend(m_memory.walMb)},
        {QStringLiteral("series"), QJsonObject{{QStringLiteral("day_s"), m_memory.dayS},
                                               {QStringLiteral("night_s"), m_memory.nightS},
                                               {QStringLiteral("rss_mb"), m_memory.rssMb},
                                               {QStringLiteral("db_mb"), m_memory.dbMb},
                                               {QStringLiteral("wal_mb"), m_memory.walMb},
                                               {QStringLiteral("batches"), m_memory.batches},
                                               {QStringLiteral("push_p99_ms"), m_memory.pushP99Ms},
                                               {QStringLiteral("server_push_mean_ms"), m_memory.serverPushMs},
                                               {QStringLiteral("paid"), m_memory.paid},
                                               {QStringLiteral("expired_sessions"), m_memory.expired},
                                               {QStringLiteral("rows_orders"), m_memory.orderRows},
                                               {QStringLiteral("rows_order_changes"), m_memory.changeRows},
                                               {QStringLiteral("rows_events"), m_memory.eventRows},
                                               {QStringLiteral("rows_ops"), m_memory.opRows}}},
    };
}

bool LoadGen::run(QJsonObject *result)
{
    if (g_signalPipe[1] >= 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this, notifier] {
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(g_signalPipe[1], &byte, 1);
            notifier->setEnabled(false);
            m_interrupted = true;
            printErr(QStringLiteral("interrupted"));
            poke();
        });
    }

    bool ok = false;
    if (m_config.spawn) {
        ok = spawnServers();
    } else {
        auto server = std::make_unique<Server>();
        server->port = m_config.port;
        if (const std::optional<qint64> pid = findServerPid(m_config.db))
            server->pid = *pid;
        else
            printErr(QStringLiteral("no running tandem-syncd serve process found for %1; server_rss_mb is null").arg(m_config.db));
        m_servers.push_back(std::move(server));
        m_dbPath = m_config.db;
        const QString prefix = QStringLiteral("loadgen-") + randomHex(6);
        QStringList groupNames;
        for (int g = 0; g < m_config.groups; ++g)
            groupNames.append(m_config.groups == 1 ? prefix : QStringLiteral("%1-%2").arg(prefix).arg(g + 1));
        ok = createTerminals(m_config.db, groupNames);
    }
    ok = ok && connectTerminals();
    bool measured = false;
    if (ok && m_config.kills > 0) {
        measured = durabilityPhase();
    } else if (ok && m_config.memory) {
        measured = memoryPhase();
    } else if (ok) {
        measured = latencyPhase();
        // Memory with every terminal's poll held, after the server has seen real traffic.
        if (measured) {
            if (!waitPollsHeld(SetupTimeoutMs) && !aborted()) {
                ++m_settleTimeouts;
                printErr(QStringLiteral("the server reports %1 held polls, expected %2; measuring its memory anyway")
                             .arg(m_pollers).arg(m_pollTarget));
            }
            m_rss = serversMegabytes("VmRSS:");
        }
        measured = measured && throughputPhase();
    }
    if (ok)
        m_rssPeak = serversMegabytes("VmHWM:"); // after a kill: of the last server started
    shutDownClients();
    stopServers();
    if (m_interrupted || !ok)
        return false;
    if (!measured) {
        printErr(QStringLiteral("the run was cut short"));
        m_errors = std::max<qint64>(m_errors, 1);
    }
    *result = report();
    return true;
}

void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QJsonValue ratio(const QJsonValue &numerator, const QJsonValue &denominator)
{
    if (!numerator.isDouble() || !denominator.isDouble() || denominator.toDouble() <= 0)
        return QJsonValue::Null;
    return round3(numerator.toDouble() / denominator.toDouble());
}

// The same workload against one server on SQLite, one on PostgreSQL and two sharing a
// PostgreSQL database, one after the other; one JSON object with the three reports and
// the issue's goals for the two servers, judged against SQLite.
int compareBackends(const Config &config)
{
    ScratchPostgres postgres;
    if (!postgres.start(config.postgres)) {
        printErr(postgres.lastError());
        return 1;
    }
    struct Setup
    {
        QString name;
        bool postgres;
        int instances;
    };
    const Setup setups[] = {{QStringLiteral("sqlite"), false, 1},
                            {QStringLiteral("postgresql"), true, 1},
                            {QStringLiteral("postgresql_two_instances"), true, 2}};
    QJsonObject runs;
    qint64 errors = 0;
    for (const Setup &setup : setups) {
        Config run = config;
        run.spawn = true;
        run.instances = setup.instances;
        if (setup.postgres) {
            run.spawnDatabase = postgres.newDatabase();
            if (run.spawnDatabase.isEmpty()) {
                printErr(postgres.lastError());
                return 1;
            }
        }
        QJsonObject report;
        LoadGen loadgen(run);
        if (!loadgen.run(&report))
            return 1;
        errors += report.value(QStringLiteral("errors")).toInteger();
        runs.insert(setup.name, report);
    }
    const QJsonObject sqlite = runs.value(QStringLiteral("sqlite")).toObject();
    const QJsonObject shared = runs.value(QStringLiteral("postgresql_two_instances")).toObject();
    // Two servers on PostgreSQL against one on SQLite, as the issue asks: at most, or at least, bound times.
    const auto goal = [](const char *name, const QJsonValue &two, const QJsonValue &one, double bound, bool atMost) {
        const QJsonValue quotient = ratio(two, one);
        const bool met = quotient.isDouble() && (atMost ? quotient.toDouble() <= bound : quotient.toDouble() >= bound);
        return QJsonObject{{QStringLiteral("two_instances"), two},
                           {QStringLiteral("sqlite"), one},
                           {QStringLiteral("ratio"), quotient},
                           {QLatin1String(atMost ? "at_most" : "at_least"), bound},
                           {QStringLiteral("met"), met},
                           {QStringLiteral("measure"), QLatin1String(name)}};
    };
    const auto p99 = [](const QJsonObject &report, const char *key) {
        return report.value(QLatin1String(key)).toObject().value(QStringLiteral("p99"));
    };
    const QJsonObject goals{
        {QStringLiteral("cross_instance_p99"),
         goal("p99 ms from the push's answer: cross_instance_propagation_ms against propagation_ms",
              p99(shared, "cross_instance_propagation_ms"), p99(sqlite, "propagation_ms"), MaxCrossInstanceP99Ratio, true)},
        {QStringLiteral("cross_instance_p99_from_send"),
         goal("p99 ms from the push's sending: cross_instance_propagation_from_send_ms against propagation_from_send_ms",
              p99(shared, "cross_instance_propagation_from_send_ms"), p99(sqlite, "propagation_from_send_ms"),
              MaxCrossInstanceP99Ratio, true)},
        {QStringLiteral("batches_per_s"),
         goal("accepted batches per second, all servers together",
              shared.value(QStringLiteral("batches_per_s")), sqlite.value(QStringLiteral("batches_per_s")), MinBatchesRatio,
              false)},
    };
    printJson({{QStringLiteral("mode"), QStringLiteral("compare-backends")},
               {QStringLiteral("terminals"), config.terminals},
               {QStringLiteral("groups"), config.groups},
               {QStringLiteral("duration_s"), config.durationS},
               {QStringLiteral("cpus"), QThread::idealThreadCount()},
               {QStringLiteral("postgresql"), postgres.description()},
               {QStringLiteral("runs"), runs},
               {QStringLiteral("goals"), goals},
               {QStringLiteral("errors"), errors}});
    return errors > 0 ? 1 : 0;
}

// Parses and checks the options; returns 0, or the exit code after printing the problem.
int parseConfig(const QStringList &arguments, Config *config)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Load generator for tandem-syncd: simulated terminals hold long polls and push batches over HTTP on "
        "loopback. Prints one JSON object: propagation and fan-out latency, accepted batches per second and "
        "the server's memory. With --kill-after, instead, the durability of acknowledged batches across "
        "SIGKILLs of the server; with --memory, the server's memory and database over many simulated days; "
        "with --compare-backends, the same workload against SQLite, PostgreSQL and two servers on PostgreSQL."));
    parser.addHelpOption();
    const QCommandLineOption terminals(QStringLiteral("terminals"),
                                       QStringLiteral("Simulated terminals (default 50; %1 with --compare-backends).")
                                           .arg(CompareTerminals),
                                       QStringLiteral("K"), QStringLiteral("50"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("Seconds of each measured phase, latency then throughput (default 10; "
                                                     "%1 with --compare-backends, for each of its runs).")
                                          .arg(CompareDurationS),
                                      QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption groups(QStringLiteral("groups"),
                                    QStringLiteral("Session groups the terminals take turns between, at least two "
                                                   "terminals each (default 1; %1 with --compare-backends).")
                                        .arg(CompareGroups),
                                    QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption compare(QStringLiteral("compare-backends"),
                                     QStringLiteral("Three runs of the same workload, each on a server of its own: SQLite, "
                                                    "PostgreSQL, and two servers sharing one PostgreSQL database with each "
                                                    "group's terminals split between them; prints their reports, the "
                                                    "cross-instance propagation and whether the goals are met."));
    const QCommandLineOption postgres(QStringLiteral("postgres"),
                                      QStringLiteral("With --compare-backends: the PostgreSQL server to use, "
                                                     "postgresql://USER@HOST[:PORT]/DATABASE, its user may create "
                                                     "databases (default: a throwaway cluster of its own)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption pushers(QStringLiteral("pushers"),
                                     QStringLiteral("Terminals pushing in the throughput phase or the --kill-after run (default all)."),
                                     QStringLiteral("N"));
    const QCommandLineOption spawn(QStringLiteral("spawn"),
                                   QStringLiteral("Start a tandem-syncd on a temporary database and stop it at the end."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("A running tandem-syncd, http://127.0.0.1:PORT (with --db)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The database of the --server; a group loadgen-<random> and its terminals "
                                               "are added to it."),
                                QStringLiteral("PATH"));
    const QCommandLineOption killAfter(QStringLiteral("kill-after"),
                                       QStringLiteral("Durability run (with --spawn): after S seconds of pushing at full rate, "
                                                      "kill the server with SIGKILL and start it again on the same database "
                                                      "and port, --kills times; then check that every batch answered 200 "
                                                      "is on the server."),
                                       QStringLiteral("S"));
    const QCommandLineOption kills(QStringLiteral("kills"), QStringLiteral("How many times --kill-after kills the server (default 1)."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption ackLog(QStringLiteral("ack-log"),
                                    QStringLiteral("With --kill-after: write each acknowledged op_id, with its order, revision, "
                                                   "seq and ticket, to FILE as a JSON line the moment its answer arrives."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption memory(QStringLiteral("memory"),
                                    QStringLiteral("Memory run (with --spawn): simulated days, each a run opened and closed "
                                                   "in every group, with the server's session expiry and retention scaled "
                                                   "to the day; samples the server's RSS and database every night."));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("With --memory: simulated days (default 30)."),
                                  QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption dayLength(QStringLiteral("day-length"),
                                       QStringLiteral("With --memory: seconds of traffic in a simulated day (default 20)."),
                                       QStringLiteral("S"), QStringLiteral("20"));
    const QCommandLineOption groupSize(QStringLiteral("group-size"),
                                       QStringLiteral("With --memory: terminals per session group (default 10)."),
                                       QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption ordersPerDay(QStringLiteral("orders-per-day"),
                                          QStringLiteral("With --memory: orders each terminal makes and has paid per day "
                                                         "(default 2)."),
                                          QStringLiteral("N"), QStringLiteral("2"));
    parser.addOptions({terminals, duration, pushers, groups, spawn, server, db, compare, postgres, killAfter, kills, ackLog,
                       memory, days, dayLength, groupSize, ordersPerDay});
    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return -1;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("unexpected argument \"%1\"; see --help").arg(parser.positionalArguments().first()));
        return UsageError;
    }
    config->compare = parser.isSet(compare);
    if (config->compare) {
        for (const QCommandLineOption *option : {&spawn, &server, &db, &killAfter, &memory}) {
            if (parser.isSet(*option)) {
                printErr(QStringLiteral("--compare-backends starts its own servers and runs: do not give --%1")
                             .arg(option->names().first()));
                return UsageError;
            }
        }
    } else if (parser.isSet(postgres)) {
        printErr(QStringLiteral("--postgres goes with --compare-backends"));
        return UsageError;
    }
    config->postgres = parser.value(postgres);
    if (parser.isSet(postgres) && !ScratchPostgres::isServerUrl(config->postgres)) {
        printErr(QStringLiteral("--postgres takes postgresql://USER@HOST[:PORT]/DATABASE, without a password "
                                "(use PGPASSFILE)"));
        return UsageError;
    }
    // --compare-backends has defaults of its own.
    const auto valueOf = [&](const QCommandLineOption &option, double compareDefault) {
        return config->compare && !parser.isSet(option) ? QString::number(compareDefault) : parser.value(option);
    };
    bool ok = false;
    config->terminals = valueOf(terminals, CompareTerminals).toInt(&ok);
    if (!ok || config->terminals < MinTerminals || config->terminals > MaxTerminals) {
        printErr(QStringLiteral("--terminals takes a whole number from %1 to %2").arg(MinTerminals).arg(MaxTerminals));
        return UsageError;
    }
    config->durationS = valueOf(duration, CompareDurationS).toDouble(&ok);
    if (!ok || !(config->durationS >= 1 && config->durationS <= 3600)) {
        printErr(QStringLiteral("--duration takes seconds from 1 to 3600"));
        return UsageError;
    }
    config->groups = valueOf(groups, CompareGroups).toInt(&ok);
    if (!ok || config->groups < 1 || config->groups > MaxGroups || config->terminals < 2 * config->groups) {
        printErr(QStringLiteral("--groups takes a whole number from 1 to %1, at most half of --terminals (%2): "
                                "each group needs a terminal to push and one to receive")
                     .arg(MaxGroups).arg(config->terminals));
        return UsageError;
    }
    if (parser.isSet(pushers)) {
        config->pushers = parser.value(pushers).toInt(&ok);
        if (!ok || config->pushers < 1 || config->pushers > config->terminals) {
            printErr(QStringLiteral("--pushers takes a whole number from 1 to --terminals (%1)").arg(config->terminals));
            return UsageError;
        }
    }
    config->spawn = parser.isSet(spawn);
    config->memory = parser.isSet(memory);
    const bool durability = parser.isSet(killAfter);
    if (durability || config->memory) {
        const QString run = durability ? QStringLiteral("--kill-after") : QStringLiteral("--memory");
        if (durability && config->memory) {
            printErr(QStringLiteral("--kill-after and --memory are separate runs: use one of them"));
            return UsageError;
        }
        if (!config->spawn) {
            printErr(QStringLiteral("%1 needs --spawn: it runs the server itself").arg(run));
            return UsageError;
        }
        if (parser.isSet(duration)) {
            printErr(QStringLiteral("--duration sets the latency and throughput phases, which %1 replaces").arg(run));
            return UsageError;
        }
    }
    if (durability) {
        config->killAfterS = parser.value(killAfter).toDouble(&ok);
        if (!ok || !(config->killAfterS >= 1 && config->killAfterS <= 3600)) {
            printErr(QStringLiteral("--kill-after takes seconds from 1 to 3600"));
            return UsageError;
        }
        config->kills = parser.value(kills).toInt(&ok);
        if (!ok || config->kills < 1 || config->kills > 100) {
            printErr(QStringLiteral("--kills takes a whole number from 1 to 100"));
            return UsageError;
        }
        config->ackLog = parser.value(ackLog);
        if (parser.isSet(ackLog) && (config->ackLog.isEmpty() || !QFileInfo(QFileInfo(config->ackLog).absolutePath()).isDir())) {
            printErr(QStringLiteral("--ack-log takes a file in an existing directory"));
            return UsageError;
        }
    } else {
        for (const QCommandLineOption *option : {&kills, &ackLog}) {
            if (parser.isSet(*option)) {
                printErr(QStringLiteral("--%1 goes with --kill-after").arg(option->names().first()));
                return UsageError;
            }
        }
    }
    if (config->memory) {
        if (parser.isSet(groups)) {
            printErr(QStringLiteral("with --memory the terminals fill groups of --group-size: do not give --groups"));
            return UsageError;
        }
        if (parser.isSet(pushers)) {
            printErr(QStringLiteral("with --memory every terminal pushes its own orders: do not give --pushers"));
            return UsageError;
        }
        config->days = parser.value(days).toInt(&ok);
        if (!ok || config->days < 4 || config->days > 3650) {
            printErr(QStringLiteral("--days takes a whole number from 4 to 3650 (the trend needs a second half)"));
            return UsageError;
        }
        config->dayLengthS = parser.value(dayLength).toInt(&ok);
        if (!ok || config->dayLengthS < 4 || config->dayLengthS > 3600) {
            printErr(QStringLiteral("--day-length takes whole seconds from 4 to 3600 (sessions expire after a quarter of it)"));
            return UsageError;
        }
        config->groupSize = parser.value(groupSize).toInt(&ok);
        if (!ok || config->groupSize < 1 || config->groupSize > config->terminals) {
            printErr(QStringLiteral("--group-size takes a whole number from 1 to --terminals (%1)").arg(config->terminals));
            return UsageError;
        }
        config->ordersPerDay = parser.value(ordersPerDay).toInt(&ok);
        if (!ok || config->ordersPerDay < 1 || config->ordersPerDay > 1000) {
            printErr(QStringLiteral("--orders-per-day takes a whole number from 1 to 1000"));
            return UsageError;
        }
    } else {
        for (const QCommandLineOption *option : {&days, &dayLength, &groupSize, &ordersPerDay}) {
            if (parser.isSet(*option)) {
                printErr(QStringLiteral("--%1 goes with --memory").arg(option->names().first()));
                return UsageError;
            }
        }
    }
    if (!config->compare && config->spawn == (parser.isSet(server) || parser.isSet(db))) {
        printErr(config->spawn ? QStringLiteral("--spawn starts its own server: do not combine it with --server or --db")
                               : QStringLiteral("use either --spawn or --server URL --db PATH"));
        return UsageError;
    }
    if (!config->spawn && !config->compare) {
        if (!parser.isSet(server) || !parser.isSet(db)) {
            printErr(QStringLiteral("--server URL and --db PATH go together: the server's address and its database"));
            return UsageError;
        }
        const QUrl url(parser.value(server), QUrl::StrictMode);
        const QString path = url.path();
        if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host() != QLatin1String("127.0.0.1")
            || url.port() < 1 || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()
            || !(path.isEmpty() || path == QLatin1String("/"))) {
            printErr(QStringLiteral("--server takes http://127.0.0.1:PORT (only loopback targets are allowed)"));
            return UsageError;
        }
        config->port = quint16(url.port());
        config->db = parser.value(db);
        if (!QFileInfo(config->db).isFile()) {
            printErr(QStringLiteral("--db %1 is not an existing database file").arg(config->db));
            return UsageError;
        }
    }
    // Two sockets per terminal here, and as many in a spawned server, which inherits the limit.
    rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        const rlim_t needed = rlim_t(config->terminals) * 2 + 64;
        if (limit.rlim_cur < needed && limit.rlim_cur < limit.rlim_max) {
            limit.rlim_cur = limit.rlim_max;
            ::setrlimit(RLIMIT_NOFILE, &limit);
        }
        if (limit.rlim_cur < needed) {
            printErr(QStringLiteral("%1 terminals need %2 open files but the limit is %3")
                         .arg(config->terminals).arg(qulonglong(needed)).arg(qulonglong(limit.rlim_cur)));
            return UsageError;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    g_clock.start();
    // A thousand sockets are cheaper on Qt's own poll() dispatcher than on glib's;
    // the spawned server gets the environment it was started with.
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB")) {
        qputenv("QT_NO_GLIB", "1");
        g_unsetNoGlib = true;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tandem-loadgen"));
    Config config;
    if (const int code = parseConfig(QCoreApplication::arguments(), &config); code != 0)
        return code < 0 ? 0 : code;
    // Each pass of the event loop starts by announcing it is awake; its answers get a new stamp.
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::awake, [] { g_passStamp = -1; });
    // SIGINT and SIGTERM end a run cleanly: spawned servers are stopped, temporary databases removed.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        struct sigaction action = {};
        action.sa_handler = onUnixSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
    if (config.compare)
        return compareBackends(config);
    LoadGen loadgen(config);
    QJsonObject report;
    if (!loadgen.run(&report))
        return 1;
    printJson(report);
    return report.value(QStringLiteral("errors")).toInteger() > 0 ? 1 : 0;
}
