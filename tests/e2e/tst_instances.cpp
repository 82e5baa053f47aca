#include "syncclient.h"
#include "syncdprocess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QHostAddress>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include <memory>
#include <vector>

using namespace SyncdTest;
using namespace Qt::StringLiterals;

namespace {

// nginx as docs/operations.md configures it in front of two instances, on a free port,
// in the foreground, with its files in a folder of its own.
class Nginx
{
public:
    bool start(const QList<quint16> &upstreams, QString *error)
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = u"no free port"_s;
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
        QString servers;
        for (const quint16 port : upstreams)
            servers += u"        server 127.0.0.1:%1 max_fails=1 fail_timeout=10s;\n"_s.arg(port);
        const QString config = uR"(pid %1/nginx.pid;
error_log %1/error.log;
daemon off;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path %1/body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    upstream tandem_syncd {
%2        keepalive 16;
    }
    server {
        listen 127.0.0.1:%3;
        location / {
            proxy_pass http://tandem_syncd;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_read_timeout 60s;
            proxy_buffering off;
            proxy_next_upstream error timeout non_idempotent;
        }
    }
}
)"_s.arg(m_dir.path(), servers).arg(m_port);
        QFile file(m_dir.filePath(u"nginx.conf"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
            *error = u"cannot write nginx.conf"_s;
            return false;
        }
        file.close();
        m_process.setProgram(u"/usr/sbin/nginx"_s);
        m_process.setArguments({u"-p"_s, m_dir.path(), u"-c"_s, file.fileName()});
        m_process.setProcessChannelMode(QProcess::ForwardedChannels);
        m_process.start();
        if (!m_process.waitForStarted(DefaultTimeoutMs)) {
            *error = u"cannot start nginx (Debian package nginx): "_s + m_process.errorString();
            return false;
        }
        for (int attempt = 0; attempt < 100; ++attempt) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(100))
                return true;
            if (m_process.state() != QProcess::Running)
                break;
            QThread::msleep(50);
        }
        QFile log(m_dir.filePath(u"error.log"_s));
        *error = u"nginx did not listen: "_s + (log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString());
        return false;
    }

    ~Nginx()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(DefaultTimeoutMs))
            m_process.kill();
    }

    quint16 port() const { return m_port; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

QByteArray body(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QList<int> ticketsOf(const HttpResponse &snapshot)
{
    QList<int> tickets;
    for (const QJsonValue &order : snapshot.json.value(u"orders"_s).toArray())
        tickets.append(order.toObject().value(u"ticket"_s).toInt());
    std::sort(tickets.begin(), tickets.end());
    return tickets;
}

}

// Two tandem-syncd instances on one PostgreSQL database, as a chain runs them behind a
// load balancer: whichever a terminal reaches, the group behaves as with one server.
class TestInstances : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pushThroughOneIsSeenThroughTheOther();
    void concurrentCreatesDrawGapFreeTickets();
    void sameOpIdThroughBothHasOneEffect();
    void conflictingPushesThroughBothResolveAsOnOne();
    void sessionsAndRunsAreShared();
    void oneInstanceDyingLeavesTheOther();
    void losingTheDatabaseAnswers503UntilItIsBack();
    void terminalFailsOverToTheNextServer();
    void nginxInFrontOfBothRoutesAroundADeadOne();
    void migrationFromSqliteKeepsEverything();
    void forgedNoticeLeavesNoHoleInTheLog();

private:
    std::unique_ptr<SyncdServer> m_first;
    std::unique_ptr<SyncdServer> m_second;
    QList<Terminal> m_terminals;
};

void TestInstances::initTestCase()
{
    QVERIFY2(QFileInfo(syncdPath()).isExecutable(), qPrintable(syncdPath()));
    qputenv("TANDEM_TEST_BACKEND", "postgres");
}

void TestInstances::init()
{
    m_first = std::make_unique<SyncdServer>();
    m_terminals.clear();
    QVERIFY2(m_first->setUp(u"Shop"_s, {u"Bar"_s, u"Terrace"_s, u"Kitchen"_s}, &m_terminals),
             qPrintable(m_first->lastError()));
    QVERIFY2(m_first->start({u"--heartbeat"_s, u"30"_s}), qPrintable(m_first->lastError()));
    m_second = std::make_unique<SyncdServer>(m_first->db());
    QVERIFY2(m_second->start({u"--heartbeat"_s, u"30"_s}), qPrintable(m_second->lastError()));
}

void TestInstances::cleanup()
{
    m_second.reset();
    m_first.reset();
}

void TestInstances::pushThroughOneIsSeenThroughTheOther()
{
    const Terminal &bar = m_terminals.at(0);
    const Terminal &kitchen = m_terminals.at(2);
    HttpConnection poll(m_second->port());
    QVERIFY(poll.open());
    QVERIFY(poll.send("GET", "/v1/events?after=0&instance=kitchen-1", kitchen.token));
    QVERIFY(m_second->waitForPollers(1));

    const QUuid order = QUuid::createUuid();
    const HttpResponse pushed = m_first->push(bar, Push::batch(order, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s)}));
    QCOMPARE(pushed.status, 200);
    // The held poll on the other instance is woken by the first one's NOTIFY.
    const HttpResponse woken = poll.read();
    QCOMPARE(woken.status, 200);
    const QJsonArray events = woken.json.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toObject().value(u"order"_s).toObject().value(u"uid"_s).toString(), uidText(order));

    // A terminal that heard of seq 1 through the first instance catches up through the second.
    const qint64 seq = pushed.json.value(u"seq"_s).toInteger();
    const QUuid second = QUuid::createUuid();
    QCOMPARE(m_first->push(bar, Push::batch(second, 0, u"bar-1"_s, {Push::create(u"BAR-2"_s)})).status, 200);
    const HttpResponse caughtUp = m_second->events(kitchen, seq, "kitchen-1");
    QCOMPARE(caughtUp.status, 200);
    QCOMPARE(caughtUp.json.value(u"events"_s).toArray().size(), 1);
    // And a later change through the second is there for the first.
    QCOMPARE(m_second->push(kitchen, Push::batch(order, 1, u"kitchen-1"_s, {Push::addLine(QUuid::createUuid())})).status,
             200);
    const HttpResponse snapshot = m_first->get("/v1/snapshot", bar.token);
    QCOMPARE(snapshot.status, 200);
    for (const QJsonValue &value : snapshot.json.value(u"orders"_s).toArray()) {
        const QJsonObject found = value.toObject();
        if (found.value(u"uid"_s).toString() == uidText(order))
            QCOMPARE(found.value(u"lines"_s).toArray().size(), 1);
    }
}

// Creates sent through both instances at the same moment share one run's numbering:
// every ticket once, none skipped.
void TestInstances::concurrentCreatesDrawGapFreeTickets()
{
    constexpr int PerConnection = 10;
    std::vector<std::unique_ptr<HttpConnection>> connections;
    for (SyncdServer *server : {m_first.get(), m_second.get(), m_first.get(), m_second.get()}) {
        connections.push_back(std::make_unique<HttpConnection>(server->port()));
        QVERIFY(connections.back()->open());
    }
    // Each connection carries its pushes back to back; the four run side by side.
    for (int round = 0; round < PerConnection; ++round) {
        for (size_t c = 0; c < connections.size(); ++c) {
            const Terminal &terminal = m_terminals.at(int(c % 2));
            const QJsonObject batch = Push::batch(QUuid::createUuid(), 0, u"till-%1"_s.arg(c),
                                                  {Push::create(u"C%1-%2"_s.arg(c).arg(round))});
            QVERIFY(connections[c]->send("POST", "/v1/push", terminal.token, body(batch)));
        }
    }
    for (auto &connection : connections) {
        for (int round = 0; round < PerConnection; ++round) {
            const HttpResponse answer = connection->read();
            QVERIFY2(answer.status == 200, answer.describe());
        }
    }
    const QList<int> tickets = ticketsOf(m_second->get("/v1/snapshot", m_terminals.at(0).token));
    QCOMPARE(tickets.size(), int(connections.size()) * PerConnection);
    for (int i = 0; i < tickets.size(); ++i)
        QCOMPARE(tickets.at(i), i + 1);
}

// A terminal's retry may reach the other instance while the first attempt is still being
// applied: one order, one event, the same answer twice.
void TestInstances::sameOpIdThroughBothHasOneEffect()
{
    const Terminal &bar = m_terminals.at(0);
    const QUuid order = QUuid::createUuid();
    const QJsonObject batch = Push::batch(order, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s), Push::addLine(QUuid::createUuid())});
    HttpConnection first(m_first->port());
    HttpConnection second(m_second->port());
    QVERIFY(first.open() && second.open());
    QVERIFY(first.send("POST", "/v1/push", bar.token, body(batch)));
    QVERIFY(second.send("POST", "/v1/push", bar.token, body(batch)));
    const HttpResponse a = first.read();
    const HttpResponse b = second.read();
    QVERIFY2(a.status == 200, a.describe());
    QVERIFY2(b.status == 200, b.describe());
    QCOMPARE(a.json.value(u"seq"_s), b.json.value(u"seq"_s));
    QCOMPARE(a.json.value(u"order"_s), b.json.value(u"order"_s));

    const HttpResponse events = m_second->events(bar, 0, "bar-2");
    QCOMPARE(events.json.value(u"events"_s).toArray().size(), 1);
    QCOMPARE(ticketsOf(m_first->get("/v1/snapshot", bar.token)), QList<int>{1});
}

// Two terminals change the same line of one order through different instances at once:
// one change is applied, the other is a conflict carrying the order as it now is.
void TestInstances::conflictingPushesThroughBothResolveAsOnOne()
{
    const Terminal &bar = m_terminals.at(0);
    const Terminal &terrace = m_terminals.at(1);
    const QUuid order = QUuid::createUuid();
    const QUuid line = QUuid::createUuid();
    QCOMPARE(m_first->push(bar, Push::batch(order, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s), Push::addLine(line)})).status,
             200);
    HttpConnection first(m_first->port());
    HttpConnection second(m_second->port());
    QVERIFY(first.open() && second.open());
    QVERIFY(first.send("POST", "/v1/push", bar.token,
                       body(Push::batch(order, 1, u"bar-1"_s, {Push::setLine(line, u"quantity"_s, 2000)}))));
    QVERIFY(second.send("POST", "/v1/push", terrace.token,
                        body(Push::batch(order, 1, u"terrace-1"_s, {Push::setLine(line, u"quantity"_s, 5000)}))));
    const HttpResponse a = first.read();
    const HttpResponse b = second.read();
    QList<int> statuses{a.status, b.status};
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int>{200, 409}));
    const HttpResponse &refused = a.status == 409 ? a : b;
    const HttpResponse &applied = a.status == 200 ? a : b;
    QCOMPARE(refused.json.value(u"order"_s).toObject().value(u"revision"_s).toInt(), 2);
    QCOMPARE(refused.json.value(u"order"_s), applied.json.value(u"order"_s));
}

// Sessions opened through different instances belong to one run: closing one keeps it,
// closing the last ends it once.
void TestInstances::sessionsAndRunsAreShared()
{
    const Terminal &bar = m_terminals.at(0);
    const Terminal &terrace = m_terminals.at(1);
    QCOMPARE(m_first->post("/v1/session/open", bar.token, R"({"instance":"bar-1"})").status, 200);
    const HttpResponse second = m_second->post("/v1/session/open", terrace.token, R"({"instance":"terrace-1"})");
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json.value(u"open_sessions"_s).toInt(), 2);
    QCOMPARE(m_second->push(terrace, Push::batch(QUuid::createUuid(), 0, u"terrace-1"_s, {Push::create(u"T-1"_s)})).status,
             200);

    const HttpResponse first = m_first->post("/v1/session/close", bar.token, R"({"instance":"bar-1"})");
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(u"run_ended"_s).toBool(), false);
    const HttpResponse last = m_second->post("/v1/session/close", terrace.token, R"({"instance":"terrace-1"})");
    QCOMPARE(last.status, 200);
    QCOMPARE(last.json.value(u"run_ended"_s).toBool(), true);
    QCOMPARE(last.json.value(u"abandoned_orders"_s).toInt(), 1);
    QCOMPARE(m_first->get("/v1/snapshot", bar.token).json.value(u"orders"_s).toArray().size(), 0);
}

void TestInstances::oneInstanceDyingLeavesTheOther()
{
    const Terminal &bar = m_terminals.at(0);
    const Terminal &kitchen = m_terminals.at(2);
    const QUuid order = QUuid::createUuid();
    QCOMPARE(m_first->push(bar, Push::batch(order, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s)})).status, 200);
    HttpConnection poll(m_second->port());
    QVERIFY(poll.open());
    QVERIFY(poll.send("GET", "/v1/events?after=1&instance=kitchen-1", kitchen.token));
    QVERIFY(m_second->waitForPollers(1));

    m_first->kill();
    // The survivor keeps its held poll, takes pushes and draws the next ticket.
    const HttpResponse pushed
        = m_second->push(bar, Push::batch(QUuid::createUuid(), 0, u"bar-1"_s, {Push::create(u"BAR-2"_s)}));
    QCOMPARE(pushed.status, 200);
    QCOMPARE(pushed.json.value(u"order"_s).toObject().value(u"ticket"_s).toInt(), 2);
    const HttpResponse woken = poll.read();
    QCOMPARE(woken.status, 200);
    QCOMPARE(woken.json.value(u"events"_s).toArray().size(), 1);
    // Back again, the first instance sees what the second did meanwhile.
    QVERIFY2(m_first->start({u"--heartbeat"_s, u"30"_s}), qPrintable(m_first->lastError()));
    QCOMPARE(ticketsOf(m_first->get("/v1/snapshot", bar.token)), (QList<int>{1, 2}));
}

// PostgreSQL restarts under running servers: meanwhile they answer 503 with Retry-After
// (terminals keep selling and retry), then reconnect on their own and serve again.
void TestInstances::losingTheDatabaseAnswers503UntilItIsBack()
{
    PostgresCluster &cluster = PostgresCluster::instance();
    if (!cluster.canRestart())
        QSKIP("TANDEM_TEST_PG names a server these tests may not restart");
    const Terminal &bar = m_terminals.at(0);
    const QUuid order = QUuid::createUuid();
    QCOMPARE(m_first->push(bar, Push::batch(order, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s)})).status, 200);

    QVERIFY2(cluster.stopServer(), qPrintable(cluster.lastError()));
    const HttpResponse refused = m_first->push(bar, Push::batch(order, 1, u"bar-1"_s, {Push::addLine(QUuid::createUuid())}));
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.errorCode(), u"unavailable"_s);
    QCOMPARE(refused.header("Retry-After"), QByteArray("5"));
    QCOMPARE(m_first->metric("tandem_database_up"), 0.0);
    QTRY_COMPARE_WITH_TIMEOUT(m_second->get("/health").status, 503, 10000);

    QVERIFY2(cluster.startServer(), qPrintable(cluster.lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(m_first->get("/health").status, 200, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_second->get("/health").status, 200, 15000);
    QCOMPARE(m_first->metric("tandem_database_up"), 1.0);
    const QJsonObject retried = Push::batch(order, 1, u"bar-1"_s, {Push::addLine(QUuid::createUuid())});
    QCOMPARE(m_first->push(bar, retried).status, 200);
    // And the second learned of it again through NOTIFY.
    HttpConnection poll(m_second->port());
    QVERIFY(poll.open());
    QVERIFY(poll.send("GET", "/v1/events?after=2&instance=kitchen-1", m_terminals.at(2).token));
    QVERIFY(m_second->waitForPollers(1));
    QCOMPARE(m_first->push(bar, Push::batch(order, 2, u"bar-1"_s, {Push::addLine(QUuid::createUuid())})).status, 200);
    const HttpResponse woken = poll.read();
    QCOMPARE(woken.status, 200);
    QCOMPARE(woken.json.value(u"events"_s).toArray().size(), 1);
}

// A terminal given both instances (https://a,https://b in its settings) moves to the
// second when the first dies, and keeps its cursor.
void TestInstances::terminalFailsOverToTheNextServer()
{
    const Terminal &kitchen = m_terminals.at(2);
    SyncClient client;
    SyncClient::Config config;
    config.servers = {QUrl(u"http://127.0.0.1:%1"_s.arg(m_first->port())),
                      QUrl(u"http://127.0.0.1:%1"_s.arg(m_second->port()))};
    config.token = kitchen.token;
    config.instance = u"kitchen-1"_s;
    config.heartbeatMs = 30000;
    config.retryWindowMs = 200;
    config.retryWindowMaxMs = 400;
    QSignalSpy events(&client, &SyncClient::eventsReceived);
    client.start(config, 0);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), SyncClient::State::Online, 10000);
    QVERIFY(m_first->waitForPollers(1));

    m_first->kill();
    QTRY_VERIFY_WITH_TIMEOUT(m_second->metric("tandem_pollers_connected") == 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), SyncClient::State::Online, 10000);
    const QUuid order = QUuid::createUuid();
    QCOMPARE(m_second->push(m_terminals.at(0), Push::batch(order, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s)})).status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 10000);
    const QJsonArray received = events.last().at(0).toJsonArray();
    QCOMPARE(received.first().toObject().value(u"order"_s).toObject().value(u"uid"_s).toString(), uidText(order));
}

// Terminals that know one address, nginx's, reach both instances; when one dies, nginx
// sends pushes (safe to repeat: op_id) and polls to the other, and nothing is lost.
void TestInstances::nginxInFrontOfBothRoutesAroundADeadOne()
{
    Nginx nginx;
    QString problem;
    QVERIFY2(nginx.start({m_first->port(), m_second->port()}, &problem), qPrintable(problem));
    const Terminal &bar = m_terminals.at(0);
    const Terminal &kitchen = m_terminals.at(2);
    auto throughNginx = [&](const QByteArray &method, const QByteArray &target, const Terminal &terminal,
                            const QByteArray &content = {}) {
        return httpRequest(nginx.port(), method, target, terminal.token, content);
    };

    QList<QUuid> orders;
    for (int i = 0; i < 6; ++i) {
        orders.append(QUuid::createUuid());
        const HttpResponse pushed = throughNginx("POST", "/v1/push", bar,
                                                 body(Push::batch(orders.last(), 0, u"bar-1"_s, {Push::create(u"B-%1"_s.arg(i))})));
        QVERIFY2(pushed.status == 200, pushed.describe());
    }
    // nginx spread them over both instances.
    QVERIFY(m_first->metric("tandem_pushes_total{result=\"applied\"}") > 0);
    QVERIFY(m_second->metric("tandem_pushes_total{result=\"applied\"}") > 0);

    HttpConnection poll(nginx.port());
    QVERIFY(poll.open());
    QVERIFY(poll.send("GET", "/v1/events?after=6&instance=kitchen-1", kitchen.token));
    QTRY_COMPARE_WITH_TIMEOUT(m_first->metric("tandem_pollers_connected") + m_second->metric("tandem_pollers_connected"),
                              1.0, 10000);
    QCOMPARE(m_first->metric("tandem_groups_polling") + m_second->metric("tandem_groups_polling"), 1.0);
    QCOMPARE(m_first->push(bar, Push::batch(orders.first(), 1, u"bar-1"_s, {Push::addLine(QUuid::createUuid())})).status, 200);
    const HttpResponse woke = poll.read();
    QVERIFY2(woke.status == 200 && woke.json.value(u"events"_s).toArray().size() == 1, woke.describe());

    m_first->kill();
    for (int i = 6; i < 12; ++i) {
        orders.append(QUuid::createUuid());
        const HttpResponse pushed = throughNginx("POST", "/v1/push", bar,
                                                 body(Push::batch(orders.last(), 0, u"bar-1"_s, {Push::create(u"B-%1"_s.arg(i))})));
        QVERIFY2(pushed.status == 200, pushed.describe());
    }
    const HttpResponse snapshot = throughNginx("GET", "/v1/snapshot", kitchen);
    QCOMPARE(snapshot.status, 200);
    QCOMPARE(ticketsOf(snapshot), (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
    const HttpResponse caughtUp = throughNginx("GET", "/v1/events?after=7&instance=kitchen-1", kitchen);
    QCOMPARE(caughtUp.status, 200);
    QCOMPARE(caughtUp.json.value(u"events"_s).toArray().size(), 6);
}

// A shop moves up: its stopped SQLite server is copied into PostgreSQL, and its terminals
// carry on against the new server with their tokens, cursors, tickets and retries.
void TestInstances::migrationFromSqliteKeepsEverything()
{
    QTemporaryDir shopDir;
    const QString file = shopDir.filePath(u"syncd.db"_s);
    SyncdServer shop(file);
    QList<Terminal> terminals;
    QVERIFY2(shop.setUp(u"Corner"_s, {u"Till"_s, u"Bar"_s}, &terminals), qPrintable(shop.lastError()));
    QVERIFY2(shop.start(), qPrintable(shop.lastError()));
    const Terminal &till = terminals.at(0);
    QCOMPARE(shop.post("/v1/session/open", till.token, R"({"instance":"till-1"})").status, 200);
    const QUuid open = QUuid::createUuid();
    const QUuid paid = QUuid::createUuid();
    const QJsonObject openBatch = Push::batch(open, 0, u"till-1"_s, {Push::create(u"TILL-1"_s), Push::addLine(QUuid::createUuid())});
    QCOMPARE(shop.push(till, openBatch).status, 200);
    QCOMPARE(shop.push(till, Push::batch(paid, 0, u"till-1"_s, {Push::create(u"TILL-2"_s), Push::addLine(QUuid::createUuid())}))
                 .status,
             200);
    QCOMPARE(shop.push(till, Push::batch(paid, 1, u"till-1"_s, {Push::pay({Push::payment(u"cash"_s, 250)}, 0)})).status, 200);
    const qint64 cursor = shop.lastSeq(till);
    const QString target = PostgresCluster::instance().newDatabase();
    QVERIFY2(!target.isEmpty(), qPrintable(PostgresCluster::instance().lastError()));

    const CliResult whileServing = runCli({u"migrate"_s, u"--from"_s, u"sqlite:"_s + file, u"--to"_s, target});
    QVERIFY2(whileServing.exitCode == 1 && whileServing.errText().contains(u"stop it first"_s), whileServing.describe());
    QCOMPARE(shop.terminate(), 0);
    const CliResult moved = runCli({u"migrate"_s, u"--from"_s, u"sqlite:"_s + file, u"--to"_s, target});
    QVERIFY2(moved.exitCode == 0 && moved.outText().contains(u"orders: 2 rows"_s), moved.describe());
    const CliResult again = runCli({u"migrate"_s, u"--from"_s, u"sqlite:"_s + file, u"--to"_s, target});
    QVERIFY2(again.exitCode == 1 && again.errText().contains(u"holds groups already"_s), again.describe());

    SyncdServer chain(target);
    QVERIFY2(chain.start(), qPrintable(chain.lastError()));
    // The same token, the same cursor: no resync.
    QCOMPARE(chain.lastSeq(till), cursor);
    const HttpResponse caughtUp = chain.events(till, cursor - 1, "till-1");
    QVERIFY2(caughtUp.status == 200, caughtUp.describe());
    QCOMPARE(caughtUp.json.value(u"events"_s).toArray().size(), 1);
    QCOMPARE(chain.events(till, 0, "till-1").json.value(u"events"_s).toArray().size(), int(cursor));
    // The open order is there, the run's numbering goes on, a retry is answered as before.
    const HttpResponse snapshot = chain.get("/v1/snapshot", till.token);
    QCOMPARE(ticketsOf(snapshot), QList<int>{1});
    const HttpResponse retried = chain.push(till, openBatch);
    QCOMPARE(retried.status, 200);
    QCOMPARE(retried.json.value(u"seq"_s).toInteger(), 1);
    const HttpResponse next = chain.push(terminals.at(1), Push::batch(QUuid::createUuid(), 0, u"bar-1"_s, {Push::create(u"BAR-1"_s)}));
    QCOMPARE(next.status, 200);
    QCOMPARE(next.json.value(u"order"_s).toObject().value(u"ticket"_s).toInt(), 3);
    QCOMPARE(next.json.value(u"seq"_s).toInteger(), cursor + 1);
    // The session opened before the move is still the run's; a new terminal gets the next id.
    QCOMPARE(chain.get("/v1/orders", till.token).json.value(u"orders"_s).toArray().size(), 1);
    const Terminal kitchen = chain.addTerminal(u"Corner"_s, u"Kitchen"_s);
    QCOMPARE(kitchen.id, 3);
    const HttpResponse sessions = chain.get("/v1/sessions?instance=till-1", till.token);
    QCOMPARE(sessions.json.value(u"yours_open"_s).toBool(), true);
}

// Any role that can connect may NOTIFY (docs/operations.md): a forged notice may reach the
// pollers, but the next write follows the log's own last event, so the log keeps no hole.
void TestInstances::forgedNoticeLeavesNoHoleInTheLog()
{
    const Terminal &bar = m_terminals.at(0);
    const Terminal &kitchen = m_terminals.at(2);
    const HttpResponse first = m_first->push(bar, Push::batch(QUuid::createUuid(), 0, u"bar-1"_s, {Push::create(u"B-1"_s)}));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(u"seq"_s).toInteger(), 1);
    HttpConnection poll(m_second->port());
    QVERIFY(poll.open());
    QVERIFY(poll.send("GET", "/v1/events?after=1&instance=kitchen-1", kitchen.token));
    QVERIFY(m_second->waitForPollers(1));

    DirectDatabase direct(m_first->db());
    QVERIFY(direct.isOpen());
    QSqlQuery query(direct.db());
    QVERIFY(query.exec(u"SELECT id FROM groups"_s) && query.next());
    const qint64 groupId = query.value(0).toLongLong();
    QVERIFY(query.exec(u"SELECT pg_notify('tandem_changes', '%1:2:{\"seq\":2}')"_s.arg(groupId)));
    // The second instance took the notice (its held poll is answered)...
    QCOMPARE(poll.read().status, 200);

    // ...and still writes the next event right after the log's last one.
    const HttpResponse next = m_second->push(kitchen, Push::batch(QUuid::createUuid(), 0, u"kitchen-1"_s,
                                                                  {Push::create(u"K-1"_s)}));
    QCOMPARE(next.status, 200);
    QCOMPARE(next.json.value(u"seq"_s).toInteger(), 2);
    QCOMPARE(m_first->push(bar, Push::batch(QUuid::createUuid(), 0, u"bar-1"_s, {Push::create(u"B-2"_s)}))
                 .json.value(u"seq"_s)
                 .toInteger(),
             3);
    QVERIFY(query.exec(u"SELECT seq FROM events WHERE group_id = %1 ORDER BY seq"_s.arg(groupId)));
    QList<qint64> seqs;
    while (query.next())
        seqs.append(query.value(0).toLongLong());
    QCOMPARE(seqs, (QList<qint64>{1, 2, 3}));
}

QTEST_GUILESS_MAIN(TestInstances)
#include "tst_instances.moc"
