#include "syncclient.h"
#include "syncdprocess.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <functional>
#include <utility>

#include <signal.h>

using namespace SyncdTest;
using namespace Qt::StringLiterals;
using State = SyncClient::State;

namespace {

SyncClient::Config configFor(quint16 port, const Terminal &terminal, const QString &instance, int heartbeatMs)
{
    SyncClient::Config config;
    config.servers = {QUrl(u"http://127.0.0.1:%1"_s.arg(port))};
    config.token = terminal.token;
    config.instance = instance;
    config.heartbeatMs = heartbeatMs;
    // These tests are about what comes back, not when: short retry windows.
    config.retryWindowMs = 500;
    config.retryWindowMaxMs = 2000;
    return config;
}

QString newInstance()
{
    return uidText(QUuid::createUuid());
}

QJsonObject createBatch(const QUuid &order, const QString &reference, const QString &instance,
                        const QUuid &opId = QUuid::createUuid())
{
    return Push::batch(order, 0, instance, {Push::create(reference), Push::addLine(QUuid::createUuid())}, opId);
}

QString opIdOf(const QJsonObject &batch)
{
    return batch.value(u"op_id"_s).toString();
}

QString uidOf(const QJsonValue &order)
{
    return order.toObject().value(u"uid"_s).toString();
}

// How many times each order uid appears among the open orders of the server's snapshot.
QHash<QString, int> snapshotOrders(quint16 port, const Terminal &terminal)
{
    QHash<QString, int> count;
    const HttpResponse answer = httpRequest(port, "GET", "/v1/snapshot", terminal.token);
    for (const QJsonValue &order : answer.json.value(u"orders"_s).toArray())
        ++count[uidOf(order)];
    return count;
}

// A `serve` on a given port, for restarting a killed server where it was (SyncdServer
// always asks for a fresh port).
bool serveOnPort(QProcess *process, const QString &db, quint16 port, const QStringList &options)
{
    process->setProgram(syncdPath());
    process->setArguments(QStringList{u"serve"_s, u"--db"_s, db, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)}
                          + options);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start();
    if (!process->waitForStarted(DefaultTimeoutMs))
        return false;
    QDeadlineTimer deadline(DefaultTimeoutMs);
    QByteArray out;
    while (!out.contains('\n') && !deadline.hasExpired() && process->state() == QProcess::Running) {
        process->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        out += process->readAllStandardOutput();
    }
    return out.startsWith("listening on 127.0.0.1:" + QByteArray::number(port));
}

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Every pushAnswered, by op_id.
struct Answers
{
    explicit Answers(SyncClient *client)
    {
        QObject::connect(client, &SyncClient::pushAnswered, client,
                         [this](const QString &opId, int status, const QJsonObject &body) {
                             order.append(opId);
                             statuses.append(status);
                             bodies.insert(opId, body);
                             ++count[opId];
                         });
    }

    QStringList order;
    QList<int> statuses;
    QHash<QString, QJsonObject> bodies;
    QHash<QString, int> count;
};

// A scripted HTTP/1.1 server for what tandem-syncd cannot be made to do on demand (a
// 500 on a push) and to see the requests as they arrive on the wire.
class FakeServer final : public QObject
{
public:
    struct Request
    {
        int connection = 0;
        QByteArray method;
        QByteArray target;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 atMs = 0;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
        bool hasHeader(const QByteArray &name) const
        {
            for (const auto &header : headers) {
                if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        }
    };
    // Returns the status and body to answer, or status 0 to hold the request unanswered.
    using Script = std::function<std::pair<int, QByteArray>(const Request &)>;

    explicit FakeServer(Script script)
        : m_script(std::move(script))
    {
        m_clock.start();
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                const int id = ++m_connections;
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, id] { readFrom(socket, id); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QList<Request> requests;

private:
    void readFrom(QTcpSocket *socket, int id)
    {
        QByteArray &buffer = m_buffers[id];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            Request request;
            request.connection = id;
            const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
            }
            const qsizetype length = request.header("content-length").toLongLong();
            if (buffer.size() < headEnd + 4 + length)
                return;
            request.body = buffer.mid(headEnd + 4, length);
            buffer.remove(0, headEnd + 4 + length);
            request.atMs = m_clock.elapsed();
            requests.append(request);
            const auto [status, body] = m_script(request);
            if (status == 0)
                continue;
            socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
                          + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    Script m_script;
    QTcpServer m_server;
    QElapsedTimer m_clock;
    QHash<int, QByteArray> m_buffers;
    int m_connections = 0;
};

}

class TestSyncClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void snapshotThenEvents();
    void pushesAnsweredInOrder();
    void killedServer();
    void revokedToken();
    void resync();
    void testConnection();
    void silentCut();
    void workerThread();
    void requestsOnTheWire();
    void badConfig();

private:
    bool setUpServer(SyncdServer *server, const QStringList &options, QList<Terminal> *terminals);
};

bool TestSyncClient::setUpServer(SyncdServer *server, const QStringList &options, QList<Terminal> *terminals)
{
    if (!server->isValid() || !server->setUp(u"Shop"_s, {u"Bar"_s, u"Terrace"_s}, terminals)) {
        qWarning("%s", qPrintable(server->lastError()));
        return false;
    }
    if (!server->start(options)) {
        qWarning("%s", qPrintable(server->lastError()));
        return false;
    }
    return true;
}

void TestSyncClient::initTestCase()
{
    qRegisterMetaType<SyncClient::State>();
}

void TestSyncClient::snapshotThenEvents()
{
    SyncdServer server;
    QList<Terminal> terminals;
    // A long heartbeat: the events below must come from the publish, not from a heartbeat.
    QVERIFY(setUpServer(&server, {u"--heartbeat"_s, u"30"_s}, &terminals));
    const Terminal &bar = terminals.at(0);
    const Terminal &terrace = terminals.at(1);

    const QUuid existing = QUuid::createUuid();
    QCOMPARE(server.push(terrace, createBatch(existing, u"TER-1"_s, u"terrace-1"_s)).status, 200);

    SyncClient client;
    QStringList log;
    connect(&client, &SyncClient::stateChanged, &client, [&log](State state) {
        log.append(u"state %1"_s.arg(int(state)));
    });
    connect(&client, &SyncClient::identified, &client, [&log](qint64 id, const QString &name) {
        log.append(u"identified %1 %2"_s.arg(id).arg(name));
    });
    connect(&client, &SyncClient::snapshotReceived, &client, [&log] { log.append(u"snapshot"_s); });
    QSignalSpy snapshots(&client, &SyncClient::snapshotReceived);
    QSignalSpy events(&client, &SyncClient::eventsReceived);

    QCOMPARE(client.state(), State::Offline);
    QVERIFY(!client.lastContact().isValid());
    client.start(configFor(server.port(), bar, newInstance(), 30000), 0);
    QCOMPARE(client.state(), State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Online, 5000);
    QCOMPARE(snapshots.count(), 1);
    const QStringList expected{u"state %1"_s.arg(int(State::Connecting)), u"identified %1 Bar"_s.arg(bar.id),
                               u"snapshot"_s, u"state %1"_s.arg(int(State::Online))};
    QCOMPARE(log, expected);
    const QJsonObject snapshot = snapshots.at(0).at(0).toJsonObject();
    QCOMPARE(snapshot.value(u"last_seq"_s).toInteger(), 1);
    QCOMPARE(snapshot.value(u"orders"_s).toArray().size(), 1);
    QCOMPARE(uidOf(snapshot.value(u"orders"_s).toArray().at(0)), uidText(existing));
    QCOMPARE(client.lastSeq(), 1);
    QVERIFY(client.lastContact().isValid());

    QVERIFY(server.waitForPollers(1));
    const QUuid incoming = QUuid::createUuid();
    QCOMPARE(server.push(terrace, createBatch(incoming, u"TER-2"_s, u"terrace-1"_s)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 3000);
    const QJsonArray received = events.at(0).at(0).toJsonArray();
    QCOMPARE(received.size(), 1);
    QCOMPARE(uidOf(received.at(0).toObject().value(u"order"_s)), uidText(incoming));
    QCOMPARE(received.at(0).toObject().value(u"seq"_s).toInteger(), 2);
    QCOMPARE(events.at(0).at(1).toLongLong(), 2);
    QCOMPARE(client.lastSeq(), 2);
    // Exactly one poll outstanding again.
    QVERIFY(server.waitForPollers(1));

    client.stop();
    QCOMPARE(client.state(), State::Offline);
    QVERIFY(server.waitForPollers(0));
}

void TestSyncClient::pushesAnsweredInOrder()
{
    SyncdServer server;
    QList<Terminal> terminals;
    // The poll is held for 30 s: a push queued behind it on one connection would wait that long.
    QVERIFY(setUpServer(&server, {u"--heartbeat"_s, u"30"_s}, &terminals));
    const Terminal &bar = terminals.at(0);
    const QString instance = newInstance();

    SyncClient client;
    Answers answers(&client);
    client.start(configFor(server.port(), bar, instance, 30000), 0);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Online, 5000);
    QVERIFY(server.waitForPollers(1));

    const QUuid orderX = QUuid::createUuid();
    const QUuid lineX = QUuid::createUuid();
    const QJsonObject create = Push::batch(orderX, 0, instance, {Push::create(u"BAR-1"_s), Push::addLine(lineX)});
    QSignalSpy answered(&client, &SyncClient::pushAnswered);
    QElapsedTimer timer;
    timer.start();
    client.push(opIdOf(create), create);
    QCOMPARE(client.pendingPushes(), 1);
    QVERIFY(answered.wait(3000));
    const qint64 firstAnswerMs = timer.elapsed();
    QVERIFY2(firstAnswerMs < 3000, "the push waited behind the held poll");
    QCOMPARE(answers.statuses.at(0), 200);
    const QJsonObject applied = answers.bodies.value(opIdOf(create));
    QCOMPARE(applied.value(u"result"_s).toString(), u"applied"_s);
    QCOMPARE(uidOf(applied.value(u"order"_s)), uidText(orderX));
    QCOMPARE(applied.value(u"order"_s).toObject().value(u"ticket"_s).toInteger(), 1);
    QCOMPARE(client.pendingPushes(), 0);

    // Queued all at once; answered one at a time in order, refusals included.
    const QUuid orderY = QUuid::createUuid();
    const QList<QJsonObject> batches{
        Push::batch(orderX, 1, instance, {Push::addLine(QUuid::createUuid())}),
        Push::batch(orderX, 2, instance, {Push::pay({Push::payment(u"card"_s, 1)}, 0)}), // too little: 422
        Push::batch(orderX, 2, instance, {Push::cancel()}),
        Push::batch(orderX, 3, instance, {QJsonObject{{u"op"_s, u"set"_s}, {u"field"_s, u"customer_name"_s},
                                                      {u"value"_s, u"late"_s}}}), // final: 409
        Push::batch(orderY, 0, instance, {Push::create(u"BAR-2"_s)}),
    };
    for (const QJsonObject &batch : batches)
        client.push(opIdOf(batch), batch);
    client.push(opIdOf(batches.at(0)), batches.at(0)); // already queued: ignored
    QCOMPARE(client.pendingPushes(), batches.size());
    QTRY_COMPARE_WITH_TIMEOUT(answers.order.size(), 1 + batches.size(), 5000);
    QCOMPARE(client.pendingPushes(), 0);
    for (int i = 0; i < batches.size(); ++i)
        QCOMPARE(answers.order.at(i + 1), opIdOf(batches.at(i)));
    QCOMPARE(answers.statuses, (QList<int>{200, 200, 422, 200, 409, 200}));
    QCOMPARE(answers.bodies.value(opIdOf(batches.at(1))).value(u"error"_s).toString(), u"invalid"_s);
    const QJsonObject conflict = answers.bodies.value(opIdOf(batches.at(3)));
    QCOMPARE(conflict.value(u"error"_s).toString(), u"conflict"_s);
    QCOMPARE(conflict.value(u"order"_s).toObject().value(u"state"_s).toString(), u"cancelled"_s);
    QCOMPARE(answers.bodies.value(opIdOf(batches.at(4))).value(u"order"_s).toObject().value(u"ticket"_s).toInteger(), 2);

    const QHash<QString, int> open = snapshotOrders(server.port(), bar);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.value(uidText(orderY)), 1);
    qInfo("first push answered in %lld ms while a 30 s poll was held", firstAnswerMs);
}

void TestSyncClient::killedServer()
{
    SyncdServer server;
    QList<Terminal> terminals;
    const QStringList options{u"--heartbeat"_s, u"1"_s};
    QVERIFY(setUpServer(&server, options, &terminals));
    const Terminal &bar = terminals.at(0);
    const QString instance = newInstance();
    const quint16 port = server.port();

    SyncClient client;
    Answers answers(&client);
    QList<State> states;
    connect(&client, &SyncClient::stateChanged, &client, [&states](State state) { states.append(state); });
    client.start(configFor(port, bar, instance, 1000), 0);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Online, 5000);

    const QUuid orderA = QUuid::createUuid();
    const QJsonObject batchA = createBatch(orderA, u"BAR-A"_s, instance);
    client.push(opIdOf(batchA), batchA);
    QTRY_COMPARE_WITH_TIMEOUT(answers.order.size(), 1, 3000);
    QVERIFY(server.waitForPollers(1));

    QElapsedTimer timer;
    timer.start();
    server.kill();
    const bool noticed = QTest::qWaitFor([&] { return client.state() == State::Offline; }, 2000);
    const qint64 noticedMs = timer.elapsed();
    QVERIFY2(noticed, "the killed server was not noticed within 2 s");
    QVERIFY(!client.lastError().isEmpty());

    // Kept while offline, not sent.
    const QUuid orderB = QUuid::createUuid();
    const QUuid orderC = QUuid::createUuid();
    const QJsonObject batchB = createBatch(orderB, u"BAR-B"_s, instance);
    const QJsonObject batchC = createBatch(orderC, u"BAR-C"_s, instance);
    client.push(opIdOf(batchB), batchB);
    client.push(opIdOf(batchC), batchC);
    QCOMPARE(client.pendingPushes(), 2);
    QTest::qWait(300);
    QCOMPARE(client.pendingPushes(), 2);
    QCOMPARE(client.state(), State::Offline);

    // The same database on the same port: the client finds it again by itself.
    QProcess restarted;
    QVERIFY2(serveOnPort(&restarted, server.db(), port, options), "cannot serve on the old port again");
    timer.restart();
    QVERIFY(QTest::qWaitFor([&] { return client.state() == State::Online; }, 20000));
    const qint64 reconnectMs = timer.elapsed();
    QTRY_COMPARE_WITH_TIMEOUT(client.pendingPushes(), 0, 5000);
    QTest::qWait(200);
    QCOMPARE(answers.order, (QStringList{opIdOf(batchA), opIdOf(batchB), opIdOf(batchC)}));
    QCOMPARE(answers.statuses, (QList<int>{200, 200, 200}));
    QCOMPARE(states, (QList<State>{State::Connecting, State::Online, State::Offline, State::Online}));
    QHash<QString, int> open = snapshotOrders(port, bar);
    QCOMPARE(open.size(), 3);
    for (const QUuid &uid : {orderA, orderB, orderC})
        QCOMPARE(open.value(uidText(uid)), 1);

    // Killed again, and back on another port: the caller restarts the client with the new
    // URL and the queued batches go out again with their op_ids.
    QSignalSpy failures(&client, &SyncClient::connectionFailed);
    restarted.kill();
    restarted.waitForFinished(DefaultTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Offline, 2000);
    // Its retries meet a closed port, and say so.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(failures.cbegin(), failures.cend(), [](const QList<QVariant> &failure) {
        return failure.at(0).value<SyncClient::Cause>() == SyncClient::Cause::Refused;
    }), 10000);
    const QUuid orderD = QUuid::createUuid();
    const QJsonObject batchD = createBatch(orderD, u"BAR-D"_s, instance);
    client.push(opIdOf(batchD), batchD);
    QVERIFY2(server.start(options), qPrintable(server.lastError()));
    // E reached the server, but its answer was "lost": the client sends it again.
    const QUuid orderE = QUuid::createUuid();
    const QJsonObject batchE = createBatch(orderE, u"BAR-E"_s, instance);
    const HttpResponse first = server.push(bar, batchE);
    QCOMPARE(first.status, 200);
    client.push(opIdOf(batchE), batchE);
    QCOMPARE(client.pendingPushes(), 2);

    client.stop();
    client.start(configFor(server.port(), bar, instance, 1000), client.lastSeq());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Online, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(client.pendingPushes(), 0, 5000);
    QTest::qWait(200);
    QCOMPARE(answers.order.mid(3), (QStringList{opIdOf(batchD), opIdOf(batchE)}));
    QCOMPARE(answers.statuses.mid(3), (QList<int>{200, 200}));
    QCOMPARE(answers.bodies.value(opIdOf(batchE)), first.json);
    for (const QString &opId : answers.count.keys())
        QCOMPARE(answers.count.value(opId), 1);
    open = snapshotOrders(server.port(), bar);
    QCOMPARE(open.size(), 5);
    for (const QUuid &uid : {orderA, orderB, orderC, orderD, orderE})
        QCOMPARE(open.value(uidText(uid)), 1);
    qInfo("kill noticed after %lld ms; back online %lld ms after the restart", noticedMs, reconnectMs);
}

void TestSyncClient::revokedToken()
{
    SyncdServer server;
    QList<Terminal> terminals;
    // A long heartbeat: only the revocation can end the held poll quickly.
    QVERIFY(setUpServer(&server, {u"--heartbeat"_s, u"30"_s}, &terminals));
    const Terminal &bar = terminals.at(0);
    const SyncClient::Config config = configFor(server.port(), bar, newInstance(), 30000);

    SyncClient client;
    QSignalSpy failures(&client, &SyncClient::failed);
    client.start(config, 0);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Online, 5000);
    QVERIFY(server.waitForPollers(1));

    QVERIFY(server.revoke(bar.id));
    QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 1, 3000);
    QCOMPARE(client.state(), State::Offline);
    const QString message = failures.at(0).at(0).toString();
    QVERIFY2(message.contains(u"revoked"_s), qPrintable(message));
    QCOMPARE(client.lastError(), message);

    // No retries: the server sees nothing more from this client, pushes stay queued.
    const QByteArray sample = "tandem_http_responses_total{code=\"403\"}";
    const double refusedBefore = server.metric(sample);
    const QJsonObject batch = createBatch(QUuid::createUuid(), u"BAR-1"_s, config.instance);
    client.push(opIdOf(batch), batch);
    QTest::qWait(2000);
    QCOMPARE(server.metric(sample), refusedBefore);
    QCOMPARE(client.state(), State::Offline);
    QCOMPARE(failures.count(), 1);
    QCOMPARE(client.pendingPushes(), 1);

    // Starting again with the revoked token fails at once.
    client.start(config, 5);
    QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 2, 3000);
    QCOMPARE(client.state(), State::Offline);
    QCOMPARE(client.pendingPushes(), 1);

    // And an unknown token.
    SyncClient::Config unknown = config;
    unknown.token = "tdm_" + QByteArray(43, 'x');
    client.start(unknown, 0);
    QTRY_COMPARE_WITH_TIMEOUT(failures.count(), 3, 3000);
    QCOMPARE(client.state(), State::Offline);
    QCOMPARE(failures.at(2).at(0).toString(), u"the token is not known"_s);
}

void TestSyncClient::resync()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY(setUpServer(&server, {u"--retain-events"_s, u"5"_s, u"--heartbeat"_s, u"1"_s}, &terminals));
    const Terminal &bar = terminals.at(0);
    const Terminal &terrace = terminals.at(1);
    for (int i = 0; i < 12; ++i)
        QCOMPARE(server.push(terrace, createBatch(QUuid::createUuid(), u"TER-%1"_s.arg(i), u"t"_s)).status, 200);
    // Pruned: a cursor at 1 lies before the retained log.
    QCOMPARE(server.events(bar, 1).status, 410);

    SyncClient client;
    QSignalSpy snapshots(&client, &SyncClient::snapshotReceived);
    QSignalSpy events(&client, &SyncClient::eventsReceived);
    const SyncClient::Config config = configFor(server.port(), bar, newInstance(), 1000);
    client.start(config, 1);
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, 5000);
    QCOMPARE(snapshots.at(0).at(0).toJsonObject().value(u"last_seq"_s).toInteger(), 12);
    QCOMPARE(snapshots.at(0).at(0).toJsonObject().value(u"orders"_s).toArray().size(), 12);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Online, 3000);
    QCOMPARE(client.lastSeq(), 12);
    QCOMPARE(server.push(terrace, createBatch(QUuid::createUuid(), u"TER-X"_s, u"t"_s)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 3000);
    QCOMPARE(events.at(0).at(1).toLongLong(), 13);

    // A cursor beyond the log (another database, say): the same.
    client.stop();
    client.start(config, 100);
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 2, 5000);
    QCOMPARE(snapshots.at(1).at(0).toJsonObject().value(u"last_seq"_s).toInteger(), 13);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Online, 3000);
    QCOMPARE(client.lastSeq(), 13);
    QCOMPARE(server.push(terrace, createBatch(QUuid::createUuid(), u"TER-Y"_s, u"t"_s)).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 2, 3000);
    QCOMPARE(events.at(1).at(1).toLongLong(), 14);
    QCOMPARE(snapshots.count(), 2);
}

void TestSyncClient::testConnection()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY(setUpServer(&server, {}, &terminals));
    const Terminal &bar = terminals.at(0);
    const Terminal &terrace = terminals.at(1);
    QVERIFY(server.revoke(terrace.id));

    SyncClient client;
    QSignalSpy tested(&client, &SyncClient::connectionTested);
    auto check = [&](const SyncClient::Config &config, bool ok, const QString &prefix) {
        const int before = int(tested.count());
        client.testConnection(config);
        if (!QTest::qWaitFor([&] { return tested.count() > before; }, 12000))
            return QStringLiteral("no answer");
        const QString message = tested.last().at(1).toString();
        if (tested.last().at(0).toBool() != ok || !message.startsWith(prefix))
            return message;
        return QString();
    };
    const SyncClient::Config good = configFor(server.port(), bar, u"i"_s, 10000);
    QCOMPARE(check(good, true, u"Connected as Bar"_s), QString());
    SyncClient::Config unknown = good;
    unknown.token = "tdm_unknown";
    QCOMPARE(check(unknown, false, u"unknown token"_s), QString());
    QCOMPARE(check(configFor(server.port(), terrace, u"i"_s, 10000), false, u"token revoked"_s), QString());
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    const QString unreachable = check(configFor(port, bar, u"i"_s, 10000), false, u"unreachable: "_s);
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable));
    QVERIFY2(tested.last().at(1).toString().contains(u"refused"_s, Qt::CaseInsensitive),
             qPrintable(tested.last().at(1).toString()));
    SyncClient::Config wrong = good;
    wrong.servers = {QUrl(u"ftp://127.0.0.1/"_s)};
    QCOMPARE(check(wrong, false, u"the server must be"_s), QString());
    SyncClient::Config notFound = good;
    notFound.servers = {QUrl(u"http://127.0.0.1:%1/nothing"_s.arg(server.port()))};
    QCOMPARE(check(notFound, false, u"server error 404"_s), QString());
    // Testing does not start anything.
    QCOMPARE(client.state(), State::Offline);
}

void TestSyncClient::silentCut()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY(setUpServer(&server, {u"--heartbeat"_s, u"1"_s}, &terminals));
    const Terminal &bar = terminals.at(0);
    const int heartbeatMs = 1000;

    SyncClient client;
    client.start(configFor(server.port(), bar, newInstance(), heartbeatMs), 0);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Online, 5000);
    QVERIFY(server.waitForPollers(1));

    // A stopped process: connections stay up, nothing is answered.
    const qint64 pid = server.process()->processId();
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
    const bool noticed = QTest::qWaitFor([&] { return client.state() == State::Offline; }, heartbeatMs + 6000);
    const qint64 noticedMs = timer.elapsed();
    QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);
    QVERIFY(noticed);
    QVERIFY2(noticedMs <= heartbeatMs + 3000 + 500, qPrintable(u"noticed after %1 ms"_s.arg(noticedMs)));
    QVERIFY2(client.lastError().contains(u"no answer"_s), qPrintable(client.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Online, 5000);
    qInfo("silent cut noticed after %lld ms (heartbeat %d ms)", noticedMs, heartbeatMs);
}

void TestSyncClient::workerThread()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY(setUpServer(&server, {u"--heartbeat"_s, u"1"_s}, &terminals));
    const SyncClient::Config config = configFor(server.port(), terminals.at(0), newInstance(), 1000);

    QThread thread;
    auto *client = new SyncClient;
    client->moveToThread(&thread);
    connect(&thread, &QThread::finished, client, &QObject::deleteLater);
    thread.start();

    // Receivers in this thread: every signal arrives queued.
    QObject receiver;
    QList<State> states;
    int snapshots = 0;
    QStringList answered;
    connect(client, &SyncClient::stateChanged, &receiver, [&states](State state) { states.append(state); });
    connect(client, &SyncClient::snapshotReceived, &receiver, [&snapshots] { ++snapshots; });
    connect(client, &SyncClient::pushAnswered, &receiver,
            [&answered](const QString &opId, int status) { answered.append(u"%1 %2"_s.arg(opId).arg(status)); });

    QMetaObject::invokeMethod(client, [client, config] { client->start(config, 0); });
    QTRY_COMPARE_WITH_TIMEOUT(snapshots, 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(states, (QList<State>{State::Connecting, State::Online}), 3000);
    const QJsonObject batch = createBatch(QUuid::createUuid(), u"BAR-1"_s, config.instance);
    QMetaObject::invokeMethod(client, [client, batch] { client->push(opIdOf(batch), batch); });
    QTRY_COMPARE_WITH_TIMEOUT(answered, QStringList{opIdOf(batch) + u" 200"_s}, 3000);

    QMetaObject::invokeMethod(client, &SyncClient::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(5000));
    QVERIFY(server.waitForPollers(0));
}

void TestSyncClient::requestsOnTheWire()
{
    int pushes = 0;
    FakeServer fake([&pushes](const FakeServer::Request &request) -> std::pair<int, QByteArray> {
        if (request.target == "/v1/whoami")
            return {200, R"({"last_seq":5,"terminal":"Bar","terminal_id":1})"};
        if (request.target.startsWith("/v1/events"))
            return {0, {}};
        if (request.target == "/v1/push" && ++pushes == 1)
            return {500, R"({"error":"storage","message":"disk full"})"};
        return {200, R"({"order":{},"result":"applied","revision":1,"seq":6})"};
    });
    QVERIFY(fake.listen());

    SyncClient client;
    Answers answers(&client);
    QList<State> states;
    connect(&client, &SyncClient::stateChanged, &client, [&states](State state) { states.append(state); });
    SyncClient::Config config;
    config.servers = {QUrl(u"http://127.0.0.1:%1/"_s.arg(fake.port()))};
    config.token = "tdm_secret";
    config.instance = u"front desk"_s;
    config.heartbeatMs = 30000;
    config.retryWindowMs = 500;
    client.start(config, 5);
    const QJsonObject batch = createBatch(QUuid::createUuid(), u"BAR-1"_s, config.instance);
    client.push(opIdOf(batch), batch);

    // A 500 is retried after the back-off with the same body, and answered once.
    QTRY_COMPARE_WITH_TIMEOUT(answers.order.size(), 1, 5000);
    QCOMPARE(answers.statuses, QList<int>{200});
    QCOMPARE(answers.order, QStringList{opIdOf(batch)});
    QCOMPARE(states, (QList<State>{State::Connecting, State::Online, State::Offline, State::Online}));
    QCOMPARE(client.lastError(), QString());
    auto pollCount = [&fake] {
        return std::count_if(fake.requests.cbegin(), fake.requests.cend(),
                             [](const FakeServer::Request &request) { return request.target.startsWith("/v1/events"); });
    };
    QTRY_COMPARE_WITH_TIMEOUT(pollCount(), 2, 2000);

    QList<FakeServer::Request> polls;
    QList<FakeServer::Request> posts;
    for (const FakeServer::Request &request : std::as_const(fake.requests)) {
        QVERIFY2(request.header("authorization") == "Bearer tdm_secret", request.target);
        QVERIFY2(!request.hasHeader("expect"), request.target);
        QVERIFY2(!request.hasHeader("transfer-encoding"), request.target);
        if (request.target.startsWith("/v1/events"))
            polls.append(request);
        if (request.method == "POST")
            posts.append(request);
    }
    QCOMPARE(fake.requests.first().target, QByteArray("/v1/whoami"));
    QVERIFY(!polls.isEmpty());
    QCOMPARE(polls.first().target, QByteArray("/v1/events?after=5&instance=front%20desk"));
    QCOMPARE(posts.size(), 2);
    for (const FakeServer::Request &post : std::as_const(posts)) {
        QCOMPARE(post.target, QByteArray("/v1/push"));
        QCOMPARE(post.header("content-type"), QByteArray("application/json"));
        QCOMPARE(post.header("content-length").toLongLong(), post.body.size());
        QCOMPARE(QJsonDocument::fromJson(post.body).object(), batch);
        for (const FakeServer::Request &poll : std::as_const(polls))
            QVERIFY2(poll.connection != post.connection, "a push shared the poll's connection");
    }
    const qint64 retryAfterMs = posts.at(1).atMs - posts.at(0).atMs;
    QVERIFY2(retryAfterMs >= 0, qPrintable(QString::number(retryAfterMs)));
    // The poll held before the 500 was abandoned with its connection; one is held now.
    QVERIFY(polls.at(1).connection != polls.at(0).connection);
    QTest::qWait(200);
    QCOMPARE(pollCount(), 2);
    client.stop();
    qInfo("a push answered 500 was sent again after %lld ms", retryAfterMs);
}

void TestSyncClient::badConfig()
{
    SyncClient client;
    QSignalSpy failures(&client, &SyncClient::failed);
    QSignalSpy states(&client, &SyncClient::stateChanged);
    SyncClient::Config good;
    good.servers = {QUrl(u"http://127.0.0.1:1"_s)};
    good.token = "tdm_x";
    good.instance = u"i"_s;

    QList<SyncClient::Config> bad;
    SyncClient::Config config = good;
    config.servers = {QUrl(u"127.0.0.1:8080"_s)};
    bad.append(config);
    config = good;
    config.servers = {QUrl(u"http:///v1"_s)};
    bad.append(config);
    config = good;
    config.token.clear();
    bad.append(config);
    config = good;
    config.instance.clear();
    bad.append(config);
    config = good;
    config.instance = QString(65, u'x');
    bad.append(config);
    config = good;
    config.retryWindowMs = 0;
    bad.append(config);
    config = good;
    config.retryWindowMaxMs = config.retryWindowMs - 1;
    bad.append(config);
    for (const SyncClient::Config &each : std::as_const(bad)) {
        client.start(each, 0);
        QCOMPARE(client.state(), State::Offline);
    }
    QCOMPARE(failures.count(), bad.size());
    QCOMPARE(states.count(), 0);
    QVERIFY(SyncClient::checkConfig(good).isEmpty());
    good.instance = QString(64, u'x');
    QVERIFY(SyncClient::checkConfig(good).isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
