// How the terminals of a shop come back after losing their server, printed as JSON.
//
// N sync clients (the terminal's own SyncClient, production retry windows) follow a
// stand-in server on loopback that speaks just enough of the protocol to keep them
// online. At t0 it drops every connection and from then on answers each request with
// 503, as a server that stopped serving: each request is one attempt, known by its
// token. Every terminal's first attempt comes at once (the network layer sends the
// dropped poll again on a new connection, and its 503 is how the terminal learns of
// the outage); the figure that matters is the largest number of the later attempts,
// the terminal's own retries, that fall into any 100 ms window.
//
//   tandem-bench-reconnect [--terminals N] [--trials N] [--observe SECONDS]
#include "syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

// Answers whoami and the snapshot, holds polls; after drop() refuses everything with 503.
class StandInServer final : public QObject
{
public:
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

    StandInServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_sockets.append(socket);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    void drop()
    {
        m_dropped.start();
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        m_sockets.clear();
    }

    // Milliseconds after drop() of every attempt, by token.
    QHash<QByteArray, QList<qint64>> attempts;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        const QByteArray path = head.left(head.indexOf("\r\n")).split(' ').value(1);
        QByteArray token;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("authorization: bearer "))
                token = line.mid(22).trimmed();
        }
        if (m_dropped.isValid()) {
            attempts[token].append(m_dropped.elapsed());
            answer(socket, "503 Service Unavailable",
                   R"({"error":"shutting_down","message":"the server is stopping"})", true);
            return;
        }
        if (path.startsWith("/v1/whoami"))
            answer(socket, "200 OK", R"({"terminal_id":1,"terminal":")" + token + R"(","last_seq":0})", false);
        else if (path.startsWith("/v1/snapshot"))
            answer(socket, "200 OK", R"({"last_seq":0,"next_ticket":1,"orders":[],"run":0,"documents":[]})", false);
        // Polls are held until the drop.
    }

    static void answer(QTcpSocket *socket, const QByteArray &status, const QByteArray &body, bool close)
    {
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + (close ? "\r\nConnection: close" : "") + "\r\n\r\n" + body);
        if (close)
            socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QElapsedTimer m_dropped;
};

struct Trial
{
    int attempts = 0;                // retries, first attempts not counted
    int maxIn100Ms = 0;              // of the retries
    qint64 firstAttemptSpreadMs = 0; // from the earliest to the latest first attempt
    qint64 firstRetrySpreadMs = 0;   // the same for the first retries
};

qint64 spread(const QList<qint64> &times)
{
    const auto [low, high] = std::minmax_element(times.cbegin(), times.cend());
    return times.isEmpty() ? 0 : *high - *low;
}

Trial runTrial(int terminals, int observeMs)
{
    StandInServer server;
    if (!server.listen())
        qFatal("cannot listen on loopback");
    std::vector<std::unique_ptr<SyncClient>> clients;
    for (int i = 0; i < terminals; ++i) {
        SyncClient::Config config;
        config.servers = {QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()))};
        config.token = "tdm_bench_" + QByteArray::number(i);
        config.instance = QStringLiteral("bench-%1").arg(i);
        config.heartbeatMs = 300000;
        clients.push_back(std::make_unique<SyncClient>());
        clients.back()->start(config, 0);
    }
    const bool online = QTest::qWaitFor([&] {
        return std::all_of(clients.cbegin(), clients.cend(),
                           [](const auto &client) { return client->state() == SyncClient::State::Online; });
    }, 20000);
    if (!online)
        qFatal("the clients did not come online");
    server.drop();
    QTest::qWait(observeMs);

    Trial trial;
    QList<qint64> all;
    QList<qint64> firstAttempts;
    QList<qint64> firstRetries;
    for (auto it = server.attempts.cbegin(); it != server.attempts.cend(); ++it) {
        firstAttempts.append(it.value().constFirst());
        if (it.value().size() > 1)
            firstRetries.append(it.value().at(1));
        all += it.value().mid(1);
    }
    std::sort(all.begin(), all.end());
    trial.attempts = int(all.size());
    for (int i = 0, j = 0; i < all.size(); ++i) {
        while (all.at(i) - all.at(j) >= 100)
            ++j;
        trial.maxIn100Ms = qMax(trial.maxIn100Ms, i - j + 1);
    }
    trial.firstAttemptSpreadMs = spread(firstAttempts);
    trial.firstRetrySpreadMs = spread(firstRetries);
    for (auto &client : clients)
        client->stop();
    return trial;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Spread of the reconnect attempts of many terminals"));
    parser.addHelpOption();
    const QCommandLineOption terminalsOption(QStringLiteral("terminals"), QStringLiteral("Terminals (default 20)."),
                                             QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption trialsOption(QStringLiteral("trials"), QStringLiteral("Outages (default 5)."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption observeOption(QStringLiteral("observe"),
                                           QStringLiteral("Seconds watched after each drop (default 40)."),
                                           QStringLiteral("s"), QStringLiteral("40"));
    parser.addOptions({terminalsOption, trialsOption, observeOption});
    parser.process(app);
    bool ok = true;
    const int terminals = parser.value(terminalsOption).toInt(&ok);
    const int trials = ok ? parser.value(trialsOption).toInt(&ok) : 0;
    const int observe = ok ? parser.value(observeOption).toInt(&ok) : 0;
    if (!ok || terminals < 1 || terminals > 500 || trials < 1 || trials > 100 || observe < 1 || observe > 600) {
        std::fprintf(stderr, "terminals 1-500, trials 1-100 and observe 1-600 must be numbers\n");
        return 2;
    }

    QJsonArray perTrial;
    int worst = 0;
    int within = 0;
    for (int i = 0; i < trials; ++i) {
        const Trial trial = runTrial(terminals, observe * 1000);
        worst = qMax(worst, trial.maxIn100Ms);
        within += trial.maxIn100Ms <= 4 ? 1 : 0;
        perTrial.append(QJsonObject{{QStringLiteral("retries"), trial.attempts},
                                    {QStringLiteral("max_retries_in_100ms"), trial.maxIn100Ms},
                                    {QStringLiteral("first_attempt_spread_ms"), trial.firstAttemptSpreadMs},
                                    {QStringLiteral("first_retry_spread_ms"), trial.firstRetrySpreadMs}});
    }
    const SyncClient::Config defaults;
    const QJsonObject result{
        {QStringLiteral("terminals"), terminals},
        {QStringLiteral("observed_s"), observe},
        {QStringLiteral("retry_window_ms"), defaults.retryWindowMs},
        {QStringLiteral("retry_window_max_ms"), defaults.retryWindowMaxMs},
        {QStringLiteral("trials"), perTrial},
        {QStringLiteral("worst_max_retries_in_100ms"), worst},
        {QStringLiteral("trials_with_at_most_4_retries_in_100ms"), within},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
