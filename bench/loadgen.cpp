// tandem-loadgen: K simulated terminals talk to tandem-syncd over real HTTP on
// loopback. It measures how fast a pushed batch reaches the other terminals, how
// many batches the server accepts per second and the server's memory, and prints
// one JSON object on stdout.
#include "order.h"
#include "protocol.h"
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
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>
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
constexpr int MaxLoggedProblems = 10;
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
    bool spawn = false;
    quint16 port = 0;
    QString db;
};

struct Terminal
{
    int index = 0;
    QByteArray token;
    QByteArray instance;
    QByteArray headers; // Host and Authorization lines
    HttpConnection *poll = nullptr;
    HttpConnection *push = nullptr;
    qint64 after = 0;       // the last event sequence number received
    qint64 receivedAt = -1; // latency phase: when the current sample's event arrived
    Order order;            // the open order as the server has it; a null uid when none
    Order pending;          // that order once the push in flight is applied
    int orders = 0;
    int step = 0;
};

class LoadGen final : public QObject
{
public:
    explicit LoadGen(const Config &config)
        : m_config(config)
    {
    }

    int run();

private:
    bool aborted() const { return m_interrupted || m_serverDied; }
    void problem(const QString &text);
    bool waitFor(const std::function<bool()> &done, qint64 timeoutMs);
    void poke();

    bool createTerminals(const QString &db, const QString &groupName);
    bool spawnServer();
    void stopServer();
    bool connectTerminals();
    bool askPollers();
    bool waitPollsHeld(qint64 timeoutMs);

    void issuePoll(Terminal &t);
    void onPollAnswer(Terminal &t, int status, const QByteArray &body);
    void pushNext(Terminal &t);
    void onPushAnswer(Terminal &t, int status, const QByteArray &body);

    bool latencyPhase();
    bool throughputPhase();
    void shutDownClients();
    QJsonObject report() const;

    Config m_config;
    std::unique_ptr<QTemporaryDir> m_tempDir; // --spawn: the server's database, removed at the end
    QProcess *m_server = nullptr;
    qint64 m_serverPid = 0;
    QString m_groupName;
    std::vector<std::unique_ptr<Terminal>> m_terminals;
    HttpConnection *m_metricsConnection = nullptr;
    QByteArray m_hostLine;

    // Waiting in a nested event loop until a condition holds.
    QEventLoop *m_waitLoop = nullptr;
    const std::function<bool()> *m_waitDone = nullptr;
    bool m_interrupted = false;
    bool m_serverDied = false;
    bool m_stopping = false;

    qint64 m_pollTarget = 0; // held polls the server should report: others' plus ours
    int m_pollsInFlight = 0;
    qint64 m_pollers = -1;
    double m_pushSecondsSum = 0; // the server's own push timing, from /metrics
    qint64 m_pushSecondsCount = 0;
    bool m_pollersAnswered = false;
    qint64 m_lastSeq = 0;

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

bool LoadGen::createTerminals(const QString &db, const QString &groupName)
{
    ServerStore store;
    if (!store.open(db)) {
        printErr(store.lastError());
        return false;
    }
    GroupRecord group;
    if (!store.addGroup(groupName, &group)) {
        printErr(store.lastError());
        return false;
    }
    for (int i = 0; i < m_config.terminals; ++i) {
        auto t = std::make_unique<Terminal>();
        t->index = i;
        t->token = newToken();
        t->instance = QStringLiteral("lg-%1-%2").arg(i + 1).arg(randomHex(4)).toLatin1();
        TerminalRecord record;
        if (!store.addTerminal(group.id, QStringLiteral("lg-%1").arg(i + 1),
                               QCryptographicHash::hash(t->token, QCryptographicHash::Sha256), &record)) {
            printErr(store.lastError());
            return false;
        }
        m_terminals.push_back(std::move(t));
    }
    m_groupName = groupName;
    return true;
}

bool LoadGen::spawnServer()
{
    m_tempDir = std::make_unique<QTemporaryDir>();
    if (!m_tempDir->isValid()) {
        printErr(QStringLiteral("cannot create a temporary directory: %1").arg(m_tempDir->errorString()));
        return false;
    }
    const QString db = m_tempDir->filePath(QStringLiteral("loadgen.db"));
    QProcess init;
    init.setProcessEnvironment(serverEnvironment());
    init.start(QStringLiteral(TANDEM_SYNCD), {QStringLiteral("init"), QStringLiteral("--db"), db});
    if (!init.waitForFinished(SetupTimeoutMs) || init.exitStatus() != QProcess::NormalExit || init.exitCode() != 0) {
        printErr(QStringLiteral("%1 init failed: %2%3").arg(QStringLiteral(TANDEM_SYNCD), init.errorString(),
                                                             QString::fromLocal8Bit(init.readAllStandardError())));
        return false;
    }
    if (!createTerminals(db, QStringLiteral("loadgen")))
        return false;

    m_server = new QProcess(this);
    m_server->setProgram(QStringLiteral(TANDEM_SYNCD));
    m_server->setProcessEnvironment(serverEnvironment());
    m_server->setArguments({QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0")});
    m_server->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // The server must not outlive us, even if we are killed.
    m_server->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_server->start();
    if (!m_server->waitForStarted(SetupTimeoutMs)) {
        printErr(QStringLiteral("cannot start %1: %2").arg(QStringLiteral(TANDEM_SYNCD), m_server->errorString()));
        return false;
    }
    m_serverPid = m_server->processId();
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < SetupTimeoutMs) {
        if (m_server->canReadLine()) {
            const QByteArray line = m_server->readLine().trimmed();
            const QByteArray prefix = "listening on 127.0.0.1:";
            bool ok = false;
            const int port = line.startsWith(prefix) ? line.mid(prefix.size()).toInt(&ok) : 0;
            if (!ok || port <= 0 || port > 65535) {
                printErr(QStringLiteral("unexpected output from tandem-syncd serve: %1").arg(QString::fromUtf8(line)));
                return false;
            }
            m_config.port = quint16(port);
            break;
        }
        if (!m_server->waitForReadyRead(int(SetupTimeoutMs - waited.elapsed())))
            break;
    }
    if (m_config.port == 0) {
        printErr(QStringLiteral("tandem-syncd serve did not report its port"));
        return false;
    }
    connect(m_server, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
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

void LoadGen::stopServer()
{
    if (!m_server || m_server->state() == QProcess::NotRunning)
        return;
    m_server->terminate(); // SIGTERM: the server answers its polls and closes the database
    if (!m_server->waitForFinished(10000)) {
        problem(QStringLiteral("tandem-syncd did not stop within 10 s of SIGTERM; killing it"));
        m_server->kill();
        m_server->waitForFinished(5000);
        return;
    }
    m_serverExitCode = m_server->exitStatus() == QProcess::NormalExit ? m_server->exitCode() : -1;
    if (m_serverExitCode != 0)
        problem(QStringLiteral("tandem-syncd exited with code %1 after SIGTERM").arg(m_serverExitCode));
}

bool LoadGen::askPollers()
{
    m_pollersAnswered = false;
    if (m_metricsConnection->busy())
        m_metricsConnection->close();
    m_metricsConnection->send("GET /metrics HTTP/1.1\r\n" + m_hostLine + "\r\n", [this](int status, const QByteArray &body) {
        m_pollersAnswered = true;
        m_pollers = status == 200 ? lastInteger(body, "\ntandem_pollers_connected ") : -1;
        m_pushSecondsCount = lastInteger(body, "\ntandem_push_duration_seconds_count ");
        const QByteArray sumKey = "\ntandem_push_duration_seconds_sum ";
        const qsizetype sumAt = body.lastIndexOf(sumKey);
        m_pushSecondsSum = sumAt < 0 ? 0 : body.mid(sumAt + sumKey.size(), body.indexOf('\n', sumAt + 1) - sumAt - sumKey.size()).toDouble();
        if (m_pollers < 0)
            problem(QStringLiteral("GET /metrics answered %1: %2").arg(status).arg(QString::fromUtf8(body.left(200))));
        poke();
    });
    return waitFor([this] { return m_pollersAnswered; }, SetupTimeoutMs) && m_pollers >= 0;
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
    m_hostLine = "Host: 127.0.0.1:" + QByteArray::number(m_config.port) + "\r\n";
    m_rssStart = procStatusMegabytes(m_serverPid, "VmRSS:");
    m_metricsConnection = new HttpConnection(m_config.port, this);
    if (!askPollers()) {
        printErr(QStringLiteral("no answer from http://127.0.0.1:%1/metrics").arg(m_config.port));
        return false;
    }
    m_pollTarget = m_pollers + m_config.terminals;

    // Open the push connections and check each token on the way.
    int answered = 0;
    int refused = 0;
    QByteArray firstRefusal;
    for (auto &t : m_terminals) {
        t->headers = m_hostLine + "Authorization: Bearer " + t->token + "\r\n";
        t->poll = new HttpConnection(m_config.port, this);
        t->push = new HttpConnection(m_config.port, this);
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
    bool retrySoon = false;
    if (status == 200) {
        ++m_pollAnswers;
        const qint64 last = lastInteger(body, "\"last_seq\":");
        if (last < t.after) {
            problem(QStringLiteral("terminal %1: a poll answer without a valid last_seq").arg(t.index + 1));
            retrySoon = true;
        } else if (last > t.after) {
            const qint64 fresh = last - t.after;
            // Each event payload starts with its sorted first key.
            const qint64 carried = body.count("{\"op_id\":");
            if (carried != fresh)
                problem(QStringLiteral("terminal %1: a poll answer for events %2..%3 carries %4 events")
                            .arg(t.index + 1).arg(t.after + 1).arg(last).arg(carried));
            m_eventsReceived += fresh;
            m_lastSeq = std::max(m_lastSeq, last);
            if (m_sample.active && t.receivedAt < 0 && last > m_sample.base) {
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
            if (!m_stopping && !terminal->poll->busy())
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

    const QByteArray body = QJsonDocument(Protocol::batchToJson(batch)).toJson(QJsonDocument::Compact);
    Terminal *terminal = &t;
    ++m_pushesInFlight;
    t.push->send("POST /v1/push HTTP/1.1\r\n" + t.headers + "Content-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                 [this, terminal](int status, const QByteArray &answer) { onPushAnswer(*terminal, status, answer); });
}

void LoadGen::onPushAnswer(Terminal &t, int status, const QByteArray &body)
{
    const qint64 at = arrivalNs();
    --m_pushesInFlight;
    if (m_stopping)
        return;
    ++m_pushes;
    if (status == 200) {
        const qint64 revision = lastInteger(body, "\"revision\":");
        const qint64 seq = lastInteger(body, "\"seq\":");
        if (revision <= 0 || seq <= 0 || !body.contains("\"result\":\"applied\"")) {
            problem(QStringLiteral("terminal %1: an unexpected push answer: %2").arg(t.index + 1)
                        .arg(QString::fromUtf8(body.left(200))));
            t.order = Order();
        } else {
            ++m_accepted;
            t.order = t.pending;
            t.order.revision = revision;
            if (t.order.isFinal())
                t.order = Order();
            m_lastSeq = std::max(m_lastSeq, seq);
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
    if (m_throughput.pushing && at < m_throughput.end && status > 0)
        pushNext(t);
    poke();
}

// One push at a time, round robin; each waits until every other terminal has the event.
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
        m_sample.base = m_lastSeq;
        m_sample.awaiting = k - 1;
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
                if (t.get() == &pusher)
                    continue;
                slowest = std::max(slowest, t->receivedAt);
                if (t->receivedAt < m_sample.answeredAt)
                    ++m_beforeAnswer; // already there when the pusher learned of it: 0 ms
                m_propagation.push_back(std::max<qint64>(0, t->receivedAt - m_sample.answeredAt) / 1e6);
                m_propagationFromSend.push_back((t->receivedAt - m_sample.sentAt) / 1e6);
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
    // Every terminal must catch up with every event.
    const qint64 last = m_lastSeq;
    auto caughtUp = [this, last] {
        return std::all_of(m_terminals.begin(), m_terminals.end(), [last](const auto &t) { return t->after >= last; });
    };
    if (!waitFor(caughtUp, DeliveryTimeoutMs * 2)) {
        if (aborted())
            return false;
        for (const auto &t : m_terminals)
            m_laggingTerminals += t->after < last ? 1 : 0;
        problem(QStringLiteral("%1 terminals had not received all %2 events %3 ms after the throughput phase")
                    .arg(m_laggingTerminals).arg(last).arg(DeliveryTimeoutMs * 2));
        m_errors += m_laggingTerminals - 1;
    }
    return true;
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
    if (m_metricsConnection)
        m_metricsConnection->close();
}

QJsonObject LoadGen::report() const
{
    auto optional = [](const std::optional<double> &value) {
        return value ? QJsonValue(round3(*value)) : QJsonValue(QJsonValue::Null);
    };
    const double maxPropagation = m_propagation.empty() ? 0 : *std::max_element(m_propagation.begin(), m_propagation.end());
    return {
        {QStringLiteral("mode"), m_config.spawn ? QStringLiteral("spawn") : QStringLiteral("server")},
        {QStringLiteral("terminals"), m_config.terminals},
        {QStringLiteral("group"), m_groupName},
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
        {QStringLiteral("batches_per_s"), m_throughputPhaseS > 0 ? round3(m_throughput.accepted / m_throughputPhaseS) : 0.0},
        {QStringLiteral("pushers"), m_config.pushers > 0 ? m_config.pushers : m_config.terminals},
        {QStringLiteral("server_push_mean_ms"), optional(m_serverPushMs)},
        {QStringLiteral("server_rss_start_mb"), optional(m_rssStart)},
        {QStringLiteral("server_rss_mb"), optional(m_rss)},
        {QStringLiteral("server_rss_peak_mb"), optional(m_rssPeak)},
        {QStringLiteral("pushes"), m_pushes},
        {QStringLiteral("pushes_accepted"), m_accepted},
        {QStringLiteral("poll_answers"), m_pollAnswers},
        {QStringLiteral("events_received"), m_eventsReceived},
        {QStringLiteral("conflicts"), m_conflicts},
        {QStringLiteral("errors"), m_errors},
        {QStringLiteral("missed_deliveries"), m_missedDeliveries},
        {QStringLiteral("lagging_terminals"), m_laggingTerminals},
        {QStringLiteral("resyncs"), m_resyncs},
        {QStringLiteral("settle_timeouts"), m_settleTimeouts},
    };
}

int LoadGen::run()
{
    // SIGINT and SIGTERM end the run cleanly: the spawned server is stopped, the temp db removed.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this, notifier] {
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(g_signalPipe[1], &byte, 1);
            notifier->setEnabled(false);
            m_interrupted = true;
            printErr(QStringLiteral("interrupted"));
            poke();
        });
        struct sigaction action = {};
        action.sa_handler = onUnixSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }

    bool ok = false;
    if (m_config.spawn) {
        ok = spawnServer();
    } else {
        ok = createTerminals(m_config.db, QStringLiteral("loadgen-") + randomHex(6));
        if (const std::optional<qint64> pid = findServerPid(m_config.db))
            m_serverPid = *pid;
        else
            printErr(QStringLiteral("no running tandem-syncd serve process found for %1; server_rss_mb is null").arg(m_config.db));
    }
    ok = ok && connectTerminals();
    bool measured = false;
    if (ok) {
        measured = latencyPhase();
        // Memory with every terminal's poll held, after the server has seen real traffic.
        if (measured) {
            if (!waitPollsHeld(SetupTimeoutMs) && !aborted()) {
                ++m_settleTimeouts;
                printErr(QStringLiteral("the server reports %1 held polls, expected %2; measuring its memory anyway")
                             .arg(m_pollers).arg(m_pollTarget));
            }
            m_rss = procStatusMegabytes(m_serverPid, "VmRSS:");
        }
        measured = measured && throughputPhase();
        m_rssPeak = procStatusMegabytes(m_serverPid, "VmHWM:");
    }
    shutDownClients();
    stopServer();
    if (m_interrupted || !ok)
        return 1;
    if (!measured) {
        printErr(QStringLiteral("the run was cut short"));
        m_errors = std::max<qint64>(m_errors, 1);
    }
    std::fputs(QJsonDocument(report()).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return m_errors > 0 ? 1 : 0;
}

// Parses and checks the options; returns 0, or the exit code after printing the problem.
int parseConfig(const QStringList &arguments, Config *config)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Load generator for tandem-syncd: simulated terminals hold long polls and push batches over HTTP on "
        "loopback. Prints one JSON object: propagation and fan-out latency, accepted batches per second and "
        "the server's memory."));
    parser.addHelpOption();
    const QCommandLineOption terminals(QStringLiteral("terminals"), QStringLiteral("Simulated terminals (default 50)."),
                                       QStringLiteral("K"), QStringLiteral("50"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("Seconds of each measured phase, latency then throughput (default 10)."),
                                      QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption pushers(QStringLiteral("pushers"),
                                     QStringLiteral("Terminals pushing in the throughput phase (default all)."),
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
    parser.addOptions({terminals, duration, pushers, spawn, server, db});
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
    bool ok = false;
    config->terminals = parser.value(terminals).toInt(&ok);
    if (!ok || config->terminals < MinTerminals || config->terminals > MaxTerminals) {
        printErr(QStringLiteral("--terminals takes a whole number from %1 to %2").arg(MinTerminals).arg(MaxTerminals));
        return UsageError;
    }
    config->durationS = parser.value(duration).toDouble(&ok);
    if (!ok || !(config->durationS >= 1 && config->durationS <= 3600)) {
        printErr(QStringLiteral("--duration takes seconds from 1 to 3600"));
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
    if (config->spawn == (parser.isSet(server) || parser.isSet(db))) {
        printErr(config->spawn ? QStringLiteral("--spawn starts its own server: do not combine it with --server or --db")
                               : QStringLiteral("use either --spawn or --server URL --db PATH"));
        return UsageError;
    }
    if (!config->spawn) {
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
    LoadGen loadgen(config);
    return loadgen.run();
}
