#include "syncdprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <csignal>
#include <memory>
#include <tuple>
#include <vector>

using namespace SyncdTest;
using namespace Qt::StringLiterals;

namespace {

QJsonArray eventsOf(const HttpResponse &answer)
{
    return answer.json.value(u"events"_s).toArray();
}

QString eventOrderUid(const QJsonValue &event)
{
    return event.toObject().value(u"order"_s).toObject().value(u"uid"_s).toString();
}

QSet<QString> orderUids(const QJsonArray &orders)
{
    QSet<QString> uids;
    for (const QJsonValue &order : orders)
        uids.insert(order.toObject().value(u"uid"_s).toString());
    return uids;
}

QByteArray pollTarget(qint64 after, const QByteArray &instance)
{
    return "/v1/events?after=" + QByteArray::number(after) + "&instance=" + instance;
}

// A poll sent on its own connection and left waiting for its answer.
std::unique_ptr<HttpConnection> startPoll(quint16 port, const Terminal &terminal, qint64 after,
                                          const QByteArray &instance)
{
    auto connection = std::make_unique<HttpConnection>(port);
    if (!connection->open() || !connection->send("GET", pollTarget(after, instance), terminal.token))
        return nullptr;
    return connection;
}

QByteArray sessionBody(const QString &instance)
{
    return Push::bytes({{u"instance"_s, instance}});
}

}

class TestSyncdHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void healthAndMetrics();
    void authentication();
    void groupConfinement();
    void errorAnswers_data();
    void errorAnswers();
    void requestFraming_data();
    void requestFraming();
    void longPollWokenByPush();
    void longPollHeartbeat();
    void longPollSupersededBySameInstance();
    void resyncAfterPrunedEvents();
    void clientDisconnectDuringPoll_data();
    void clientDisconnectDuringPoll();
    void durableAcrossKill();
    void replayedConflictCarriesTheOrderAsItIsNow();
    void closedOrdersKeepNoChangeRecords();
    void databaseOfThePreviousReleaseIsUpgraded();
    void unreadableRowsAreQuarantined();
    void concurrentNumbering();
    void sigtermAnswersHeldPolls();
    void sessionsEndRun();
    void silentSessionsExpire();
    void closedOrdersArePaged();
    void eventLogIsBoundedByBytes();
    void opIdAnswersArePrunedAfterTheirRun();
    void cashReportsAreKeptOnce();
    void httpsWithCertificate();
    void accessLogNamesRequestsNeverTokens();
};

void TestSyncdHttp::initTestCase()
{
    QVERIFY2(QFileInfo(syncdPath()).isExecutable(), qPrintable(syncdPath()));
}

void TestSyncdHttp::healthAndMetrics()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);

    const HttpResponse health = server.get("/health");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.header("content-type"), "application/json");
    QCOMPARE(health.json.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(health.json.value(u"protocol"_s).toInt(), 1);

    const HttpResponse initial = server.get("/metrics");
    QCOMPARE(initial.status, 200);
    QVERIFY(initial.header("content-type").startsWith("text/plain"));
    for (const char *name : {"tandem_pollers_connected 0", "tandem_pushes_total{result=\"applied\"} 0",
                             "tandem_push_duration_seconds_bucket{le=\"+Inf\"} 0", "tandem_push_duration_seconds_count 0"})
        QVERIFY2(initial.body.contains(name), name);

    const QUuid order = QUuid::createUuid();
    QCOMPARE(server.push(bar, Push::batch(order, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s)})).status, 200);
    QCOMPARE(server.push(bar, Push::batch(QUuid::createUuid(), 0, u"bar-1"_s, {Push::addLine(QUuid::createUuid())})).status,
             404);
    auto poll = startPoll(server.port(), bar, 1, "bar-1");
    QVERIFY(poll);
    QVERIFY(server.waitForPollers(1));

    const HttpResponse metrics = server.get("/metrics");
    QCOMPARE(metrics.status, 200);
    QCOMPARE(server.metric("tandem_pollers_connected"), 1.0);
    QCOMPARE(server.metric("tandem_pushes_total{result=\"applied\"}"), 1.0);
    QCOMPARE(server.metric("tandem_pushes_total{result=\"refused\"}"), 1.0);
    QCOMPARE(server.metric("tandem_push_duration_seconds_bucket{le=\"+Inf\"}"), 2.0);
    QCOMPARE(server.metric("tandem_push_duration_seconds_count"), 2.0);
    QVERIFY(metrics.body.contains("tandem_push_duration_seconds_bucket{le=\"0.001\"}"));
    QVERIFY(metrics.body.contains("tandem_http_responses_total{code=\"200\"}"));
    QVERIFY(metrics.body.contains("tandem_http_responses_total{code=\"404\"}"));
}

void TestSyncdHttp::authentication()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s, u"Terrace"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);
    const Terminal &terrace = terminals.at(1);

    for (const QByteArray &target : {QByteArray("/v1/snapshot"), QByteArray("/v1/whoami"), pollTarget(0, "x")}) {
        const HttpResponse anonymous = server.get(target);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.errorCode(), u"unauthorized"_s);
        QVERIFY(!anonymous.message().isEmpty());
        const HttpResponse stranger = server.get(target, "tdm_" + QByteArray(43, 'A'));
        QCOMPARE(stranger.status, 401);
        QCOMPARE(stranger.errorCode(), u"unauthorized"_s);
    }
    const HttpResponse anonymousPush = server.post("/v1/push", {}, Push::bytes(Push::batch(QUuid::createUuid(), 0, u"x"_s,
                                                                                            {Push::create(u"X-1"_s)})));
    QCOMPARE(anonymousPush.status, 401);
    QCOMPARE(server.lastSeq(bar), 0);

    const HttpResponse whoami = server.get("/v1/whoami", bar.token);
    QCOMPARE(whoami.status, 200);
    QCOMPARE(whoami.json.value(u"terminal"_s).toString(), u"Bar"_s);
    QCOMPARE(whoami.json.value(u"terminal_id"_s).toInteger(), bar.id);

    auto poll = startPoll(server.port(), bar, 0, "bar-1");
    QVERIFY(poll);
    QVERIFY(server.waitForPollers(1));

    QVERIFY2(server.revoke(bar.id), qPrintable(server.lastError()));

    const HttpResponse ended = poll->read(3000);
    QVERIFY2(ended.complete, ended.describe());
    QCOMPARE(ended.status, 403);
    QCOMPARE(ended.errorCode(), u"revoked"_s);

    const HttpResponse refused = server.get("/v1/snapshot", bar.token);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), u"revoked"_s);
    QVERIFY2(refused.message().contains(u"Bar"_s), qPrintable(refused.message()));
    const HttpResponse refusedPush = server.push(bar, Push::batch(QUuid::createUuid(), 0, u"bar-1"_s, {Push::create(u"BAR-1"_s)}));
    QCOMPARE(refusedPush.status, 403);
    QCOMPARE(refusedPush.errorCode(), u"revoked"_s);

    QCOMPARE(server.get("/v1/whoami", terrace.token).status, 200);
    QCOMPARE(server.lastSeq(terrace), 0);
}

void TestSyncdHttp::groupConfinement()
{
    SyncdServer server;
    QVERIFY2(server.init() && server.addGroup(u"Downtown"_s) && server.addGroup(u"Airport"_s), qPrintable(server.lastError()));
    const Terminal a = server.addTerminal(u"Downtown"_s, u"Bar"_s);
    const Terminal b = server.addTerminal(u"Airport"_s, u"Bar"_s);
    QVERIFY2(!a.token.isEmpty() && !b.token.isEmpty(), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));

    const QUuid openA = QUuid::createUuid();
    const QUuid paidA = QUuid::createUuid();
    QCOMPARE(server.push(a, Push::batch(openA, 0, u"a-1"_s, {Push::create(u"A-1"_s), Push::addLine(QUuid::createUuid())})).status, 200);
    QCOMPARE(server.push(a, Push::batch(paidA, 0, u"a-1"_s,
                                        {Push::create(u"A-2"_s), Push::addLine(QUuid::createUuid(), 250, 1000),
                                         Push::pay({Push::payment(u"card"_s, 250)}, 0)})).status,
             200);
    QCOMPARE(server.lastSeq(a), 2);

    auto pollA = startPoll(server.port(), a, 2, "a-1");
    QVERIFY(pollA);
    QVERIFY(server.waitForPollers(1));

    const QUuid orderB = QUuid::createUuid();
    const HttpResponse createdB = server.push(b, Push::batch(orderB, 0, u"b-1"_s, {Push::create(u"B-1"_s)}));
    QCOMPARE(createdB.status, 200);
    QCOMPARE(createdB.json.value(u"seq"_s).toInteger(), 1);
    QCOMPARE(createdB.json.value(u"order"_s).toObject().value(u"ticket"_s).toInt(), 1);
    QVERIFY2(!pollA->answersWithin(300), "a push in another group woke the poll");

    const HttpResponse snapshotB = server.get("/v1/snapshot", b.token);
    QCOMPARE(snapshotB.status, 200);
    QCOMPARE(orderUids(snapshotB.json.value(u"orders"_s).toArray()), QSet<QString>{uidText(orderB)});
    QCOMPARE(snapshotB.json.value(u"last_seq"_s).toInteger(), 1);

    const HttpResponse eventsB = server.events(b, 0);
    QCOMPARE(eventsB.status, 200);
    QCOMPARE(eventsB.json.value(u"events"_s).toArray().size(), 1);
    QCOMPARE(eventOrderUid(eventsB.json.value(u"events"_s).toArray().at(0)), uidText(orderB));

    const HttpResponse ordersB = server.get("/v1/orders", b.token);
    QCOMPARE(ordersB.status, 200);
    QVERIFY(ordersB.json.value(u"orders"_s).toArray().isEmpty());

    for (const QUuid &foreign : {openA, paidA}) {
        const HttpResponse intrusion = server.push(b, Push::batch(foreign, 1, u"b-1"_s, {Push::addLine(QUuid::createUuid())}));
        QCOMPARE(intrusion.status, 404);
        QCOMPARE(intrusion.errorCode(), u"unknown_order"_s);
    }
    const HttpResponse cancelForeign = server.push(b, Push::batch(openA, 1, u"b-1"_s, {Push::cancel()}));
    QCOMPARE(cancelForeign.status, 404);

    const HttpResponse snapshotA = server.get("/v1/snapshot", a.token);
    QCOMPARE(orderUids(snapshotA.json.value(u"orders"_s).toArray()), QSet<QString>{uidText(openA)});
    const QJsonObject stillOpen = snapshotA.json.value(u"orders"_s).toArray().at(0).toObject();
    QCOMPARE(stillOpen.value(u"revision"_s).toInt(), 1);
    QCOMPARE(stillOpen.value(u"state"_s).toString(), u"open"_s);
    QCOMPARE(stillOpen.value(u"lines"_s).toArray().size(), 1);
    QCOMPARE(server.lastSeq(a), 2);
    QCOMPARE(orderUids(server.get("/v1/orders", a.token).json.value(u"orders"_s).toArray()), QSet<QString>{uidText(paidA)});
}

void TestSyncdHttp::errorAnswers_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("caller");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fragment");

    // The order %ORDER% exists at revision 2: created with line %LINE% by "bar", then its quantity set by "bar".
    const QByteArray head = R"({"op_id":"%NEW%","order":"%ORDER%","base_revision":)";
    auto push = [&](const char *rest) { return head + rest; };
    const QByteArray create = R"({"op":"create","receipt_reference":"BAR-9","currency":"EUR","created_at":"2026-11-27T10:00:00Z"})";

    QTest::newRow("malformed JSON") << QByteArray("POST") << QByteArray("/v1/push") << u"bar"_s
                                    << QByteArray(R"({"op_id": "x", )") << 400 << u"bad_json"_s << u"not JSON"_s;
    QTest::newRow("JSON that is not an object") << QByteArray("POST") << QByteArray("/v1/push") << u"bar"_s
                                                << QByteArray("[1,2]") << 400 << u"bad_json"_s << u"object"_s;
    QTest::newRow("missing ops") << QByteArray("POST") << QByteArray("/v1/push") << u"bar"_s
                                 << push(R"(2,"instance":"bar","user":"Alice"})") << 400 << u"bad_request"_s
                                 << u"ops: is required"_s;
    QTest::newRow("bad currency in create") << QByteArray("POST") << QByteArray("/v1/push") << u"bar"_s
                                            << (R"({"op_id":"%NEW%","order":"%NEW%","base_revision":0,"instance":"bar","user":"Alice","ops":[)"
                                                + QByteArray(create).replace("\"EUR\"", "\"euro\"") + "]}")
                                            << 400 << u"bad_request"_s << u"ops[0].currency"_s;
    QTest::newRow("unit price as text") << QByteArray("POST") << QByteArray("/v1/push") << u"bar"_s
                                        << push(R"(2,"instance":"bar","user":"Alice","ops":[{"op":"add_line","line":{"uid":"%NEW%","product_id":"tea","product_name":"Tea","unit_price":"2.50","tax_rate":1000,"quantity":1000,"discount":0}}]})")
                                        << 400 << u"bad_request"_s << u"ops[0].line.unit_price"_s;
    QTest::newRow("unknown field") << QByteArray("POST") << QByteArray("/v1/push") << u"bar"_s
                                   << push(R"(2,"instance":"bar","user":"Alice","ops":[{"op":"set","field":"customer_name","value":"Eve","colour":"red"}]})")
                                   << 400 << u"bad_request"_s << u"ops[0].colour"_s;
    QTest::newRow("create after another op") << QByteArray("POST") << QByteArray("/v1/push") << u"bar"_s
                                             << push(R"(0,"instance":"bar","user":"Alice","ops":[{"op":"cancel"},)" + create + "]}")
                                             << 400 << u"bad_request"_s << u"ops[1]"_s;
    QTest::newRow("after is not a number") << QByteArray("GET") << QByteArray("/v1/events?after=abc&instance=bar")
                                           << u"bar"_s << QByteArray() << 400 << u"bad_request"_s << u"after"_s;
    QTest::newRow("negative after") << QByteArray("GET") << QByteArray("/v1/events?after=-1&instance=bar") << u"bar"_s
                                    << QByteArray() << 400 << u"bad_request"_s << u"after"_s;
    QTest::newRow("missing after") << QByteArray("GET") << QByteArray("/v1/events?instance=bar") << u"bar"_s
                                   << QByteArray() << 400 << u"bad_request"_s << u"after"_s;
    QTest::newRow("missing instance") << QByteArray("GET") << QByteArray("/v1/events?after=0") << u"bar"_s
                                      << QByteArray() << 400 << u"bad_request"_s << u"instance"_s;
    QTest::newRow("sessions without instance") << QByteArray("GET") << QByteArray("/v1/sessions") << u"bar"_s
                                               << QByteArray() << 400 << u"bad_request"_s << u"instance"_s;
    QTest::newRow("POST /v1/sessions") << QByteArray("POST") << QByteArray("/v1/sessions?instance=bar") << u"bar"_s
                                       << QByteArray("{}") << 405 << u"method_not_allowed"_s << u"GET"_s;
    QTest::newRow("empty session instance") << QByteArray("POST") << QByteArray("/v1/session/open") << u"bar"_s
                                            << QByteArray(R"({"instance":""})") << 400 << u"bad_request"_s
                                            << u"instance"_s;
    QTest::newRow("document with a bad key") << QByteArray("POST") << QByteArray("/v1/documents") << u"bar"_s
                                             << QByteArray(R"({"key":"Floors!","value":{},"base_revision":0,"instance":"bar","user":"Alice"})")
                                             << 400 << u"bad_request"_s << u"key"_s;
    QTest::newRow("document set to null") << QByteArray("POST") << QByteArray("/v1/documents") << u"bar"_s
                                          << QByteArray(R"({"key":"restaurant.floors","value":null,"base_revision":0,"instance":"bar","user":"Alice"})")
                                          << 400 << u"bad_request"_s << u"value"_s;
    QTest::newRow("document based on a future revision") << QByteArray("POST") << QByteArray("/v1/documents") << u"bar"_s
                                                         << QByteArray(R"({"key":"restaurant.floors","value":1,"base_revision":4,"instance":"bar","user":"Alice"})")
                                                         << 409 << u"conflict"_s << u"no document"_s;
    QTest::newRow("GET /v1/documents") << QByteArray("GET") << QByteArray("/v1/documents") << u"bar"_s << QByteArray()
                                       << 405 << u"method_not_allowed"_s << u"POST"_s;
    QTest::newRow("bad orders range") << QByteArray("GET") << QByteArray("/v1/orders?from=yesterday") << u"bar"_s
                                      << QByteArray() << 400 << u"bad_request"_s << u"from"_s;
    QTest::newRow("no token") << QByteArray("GET") << QByteArray("/v1/snapshot") << u"nobody"_s << QByteArray() << 401
                              << u"unauthorized"_s << u"Bearer"_s;
    QTest::newRow("unknown token") << QByteArray("POST") << QByteArray("/v1/push") << u"stranger"_s
                                   << push(R"(2,"instance":"bar","user":"Alice","ops":[{"op":"cancel"}]})") << 401
                                   << u"unauthorized"_s << u"not known"_s;
    QTest::newRow("revoked token") << QByteArray("GET") << QByteArray("/v1/snapshot") << u"revoked"_s << QByteArray()
                                   << 403 << u"revoked"_s << u"Kiosk"_s;
    QTest::newRow("unknown endpoint") << QByteArray("GET") << QByteArray("/v1/tickets") << u"bar"_s << QByteArray()
                                      << 404 << u"not_found"_s << u"/v1/tickets"_s;
    QTest::newRow("unknown order") << QByteArray("POST") << QByteArray("/v1/push") << u"bar"_s
                                   << QByteArray(R"({"op_id":"%NEW%","order":"%NEW%","base_revision":1,"instance":"bar","user":"Alice","ops":[{"op":"set","field":"customer_name","value":"Eve"}]})")
                                   << 404 << u"unknown_order"_s << u"push its create first"_s;
    QTest::newRow("GET /v1/push") << QByteArray("GET") << QByteArray("/v1/push") << u"bar"_s << QByteArray() << 405
                                  << u"method_not_allowed"_s << u"POST"_s;
    QTest::newRow("POST /v1/snapshot") << QByteArray("POST") << QByteArray("/v1/snapshot") << u"bar"_s
                                       << QByteArray("{}") << 405 << u"method_not_allowed"_s << u"GET"_s;
    QTest::newRow("concurrent set of one quantity") << QByteArray("POST") << QByteArray("/v1/push") << u"bar"_s
                                                    << push(R"(1,"instance":"terrace","user":"Bob","ops":[{"op":"set_line","line":"%LINE%","field":"quantity","value":3000}]})")
                                                    << 409 << u"conflict"_s << u"quantity"_s;
    QTest::newRow("events ahead of the log") << QByteArray("GET") << QByteArray("/v1/events?after=99&instance=bar")
                                             << u"bar"_s << QByteArray() << 410 << u"resync"_s << u"snapshot"_s;
    QTest::newRow("create an existing order") << QByteArray("POST") << QByteArray("/v1/push") << u"bar"_s
                                              << push(R"(0,"instance":"bar","user":"Alice","ops":[)" + create + "]}")
                                              << 422 << u"invalid"_s << u"exists already"_s;
    QTest::newRow("wrong change given") << QByteArray("POST") << QByteArray("/v1/push") << u"bar"_s
                                        << push(R"(2,"instance":"bar","user":"Alice","ops":[{"op":"pay","payments":[{"uid":"%NEW%","method":"cash","amount":1000}],"change_given":400}]})")
                                        << 422 << u"invalid"_s << u"change 500"_s;
    QTest::newRow("base revision ahead") << QByteArray("POST") << QByteArray("/v1/push") << u"bar"_s
                                         << push(R"(7,"instance":"bar","user":"Alice","ops":[{"op":"set","field":"customer_name","value":"Eve"}]})")
                                         << 422 << u"invalid"_s << u"base_revision 7"_s;
    QTest::newRow("set an unknown line") << QByteArray("POST") << QByteArray("/v1/push") << u"bar"_s
                                         << push(R"(2,"instance":"bar","user":"Alice","ops":[{"op":"set_line","line":"%NEW%","field":"quantity","value":3000}]})")
                                         << 422 << u"invalid"_s << u"no line"_s;
}

void TestSyncdHttp::errorAnswers()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QString, caller);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, fragment);

    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s, u"Kiosk"_s}, &terminals), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);
    QVERIFY2(server.revoke(terminals.at(1).id), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));

    const QUuid order = QUuid::createUuid();
    const QUuid line = QUuid::createUuid();
    QCOMPARE(server.push(bar, Push::batch(order, 0, u"bar"_s, {Push::create(u"BAR-1"_s), Push::addLine(line, 250, 1000)})).status,
             200);
    QCOMPARE(server.push(bar, Push::batch(order, 1, u"bar"_s, {Push::setLine(line, u"quantity"_s, 2000)})).status, 200);

    body.replace("%ORDER%", uidText(order).toLatin1()).replace("%LINE%", uidText(line).toLatin1());
    while (body.contains("%NEW%"))
        body.replace(body.indexOf("%NEW%"), 5, uidText(QUuid::createUuid()).toLatin1());
    const QByteArray token = caller == u"bar"_s ? bar.token
        : caller == u"revoked"_s                ? terminals.at(1).token
        : caller == u"stranger"_s               ? "tdm_" + QByteArray(43, 'x')
                                                : QByteArray();

    const HttpResponse answer = httpRequest(server.port(), method, target, token, body);
    QVERIFY2(answer.complete, answer.describe());
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.header("content-type"), "application/json");
    QVERIFY2(answer.isJsonObject, answer.body);
    QCOMPARE(answer.errorCode(), code);
    QVERIFY2(answer.message().contains(fragment), qPrintable(answer.message()));

    QStringList expectedKeys{u"error"_s, u"message"_s};
    if (status == 409 && target == "/v1/push") {
        expectedKeys << u"order"_s << u"rejected"_s;
        const QJsonArray rejected = answer.json.value(u"rejected"_s).toArray();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0).toObject().value(u"reason"_s).toString(), u"line_changed"_s);
        QCOMPARE(rejected.at(0).toObject().value(u"line"_s).toString(), uidText(line));
        const QJsonObject current = answer.json.value(u"order"_s).toObject();
        QCOMPARE(current.value(u"uid"_s).toString(), uidText(order));
        QCOMPARE(current.value(u"revision"_s).toInt(), 2);
        QCOMPARE(current.value(u"lines"_s).toArray().at(0).toObject().value(u"quantity"_s).toInt(), 2000);
    } else if (target == "/v1/push" && status != 401 && answer.json.contains(u"order"_s)) {
        // A refused batch on an order the group has carries that order as it is.
        expectedKeys << u"order"_s;
        QVERIFY(body.contains(uidText(order).toLatin1()));
        QCOMPARE(answer.json.value(u"order"_s).toObject().value(u"uid"_s).toString(), uidText(order));
        QCOMPARE(answer.json.value(u"order"_s).toObject().value(u"revision"_s).toInt(), 2);
    } else if (status == 410) {
        expectedKeys << u"last_seq"_s;
        QCOMPARE(answer.json.value(u"last_seq"_s).toInteger(), 2);
    }
    expectedKeys.sort();
    QCOMPARE(answer.json.keys(), expectedKeys);

    QCOMPARE(server.lastSeq(bar), 2);
    const QJsonArray open = server.get("/v1/snapshot", bar.token).json.value(u"orders"_s).toArray();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).toObject().value(u"revision"_s).toInt(), 2);
    QCOMPARE(open.at(0).toObject().value(u"lines"_s).toArray().size(), 1);
    QCOMPARE(server.get("/health").status, 200);
}

void TestSyncdHttp::requestFraming_data()
{
    QTest::addColumn<QByteArray>("framing");
    QTest::addColumn<qint64>("bodyBytes");
    QTest::addColumn<bool>("validPush");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const qint64 limit = DefaultMaxBody;
    QTest::newRow("2 MiB announced, 1 KiB sent") << QByteArray("Content-Length: 2097152") << qint64(1024) << false << 413
                                                 << u"too_large"_s;
    QTest::newRow("limit + 1 announced, 1 KiB sent") << ("Content-Length: " + QByteArray::number(limit + 1)) << qint64(1024)
                                                     << false << 413 << u"too_large"_s;
    QTest::newRow("chunked body") << QByteArray("Transfer-Encoding: chunked") << qint64(0) << false << 400
                                  << u"bad_request"_s;
    QTest::newRow("Expect: 100-continue") << QByteArray("Content-Length: 4096\r\nExpect: 100-continue") << qint64(4096)
                                          << true << 200 << QString();
    QTest::newRow("body at the limit") << ("Content-Length: " + QByteArray::number(limit)) << limit << true << 200 << QString();
    QTest::newRow("body just under the limit") << ("Content-Length: " + QByteArray::number(limit - 1)) << limit - 1 << true
                                               << 200 << QString();
}

void TestSyncdHttp::requestFraming()
{
    QFETCH(QByteArray, framing);
    QFETCH(qint64, bodyBytes);
    QFETCH(bool, validPush);
    QFETCH(int, status);
    QFETCH(QString, code);

    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);

    const QUuid order = QUuid::createUuid();
    QByteArray body;
    if (validPush) {
        const QByteArray push = Push::bytes(Push::batch(order, 0, u"bar"_s, {Push::create(u"BAR-1"_s)}));
        QVERIFY(push.size() < bodyBytes);
        body = '{' + QByteArray(bodyBytes - push.size(), ' ') + push.mid(1);
        QCOMPARE(qint64(body.size()), bodyBytes);
    } else {
        body = QByteArray(bodyBytes, 'x');
    }
    const QByteArray request = "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + bar.token
        + "\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n" + body;

    HttpConnection connection(server.port());
    QVERIFY(connection.open());
    QVERIFY(connection.sendRaw(request));
    const HttpResponse answer = connection.read();
    QVERIFY2(answer.complete, answer.describe());
    QCOMPARE(answer.status, status);
    if (status == 200) {
        QCOMPARE(answer.json.value(u"result"_s).toString(), u"applied"_s);
        QCOMPARE(answer.json.value(u"order"_s).toObject().value(u"uid"_s).toString(), uidText(order));
        QCOMPARE(server.lastSeq(bar), 1);
    } else {
        QCOMPARE(answer.errorCode(), code);
        QVERIFY(!answer.message().isEmpty());
        QVERIFY2(connection.waitForClosed(3000), "the server kept a refused connection open");
        QCOMPARE(server.lastSeq(bar), 0);
    }
    QCOMPARE(server.get("/health").status, 200);
    QVERIFY(server.isRunning());
}

void TestSyncdHttp::longPollWokenByPush()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s, u"Terrace"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);
    const Terminal &terrace = terminals.at(1);

    const QUuid order = QUuid::createUuid();
    QCOMPARE(server.push(bar, Push::batch(order, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s)})).status, 200);
    const qint64 last = server.lastSeq(bar);
    QCOMPARE(last, 1);

    auto poll = startPoll(server.port(), bar, last, "bar-1");
    QVERIFY(poll);
    QVERIFY2(!poll->answersWithin(300), "a poll at the head of the log was not held");

    const QUuid line = QUuid::createUuid();
    const HttpResponse pushed = server.push(terrace, Push::batch(order, 1, u"terrace-1"_s, {Push::addLine(line)}, QUuid::createUuid(), u"Bob"_s));
    QCOMPARE(pushed.status, 200);
    QCOMPARE(pushed.json.value(u"seq"_s).toInteger(), 2);

    const HttpResponse woken = poll->read(3000);
    QVERIFY2(woken.complete, woken.describe());
    QCOMPARE(woken.status, 200);
    const QJsonArray events = eventsOf(woken);
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.at(0).toObject();
    QCOMPARE(event.value(u"seq"_s).toInteger(), 2);
    QCOMPARE(eventOrderUid(event), uidText(order));
    QCOMPARE(event.value(u"order"_s).toObject().value(u"revision"_s).toInt(), 2);
    QCOMPARE(event.value(u"order"_s).toObject().value(u"lines"_s).toArray().at(0).toObject().value(u"uid"_s).toString(),
             uidText(line));
    QCOMPARE(event.value(u"origin"_s).toObject().value(u"terminal"_s).toString(), u"Terrace"_s);
    QCOMPARE(event.value(u"origin"_s).toObject().value(u"instance"_s).toString(), u"terrace-1"_s);
    QCOMPARE(woken.json.value(u"last_seq"_s).toInteger(), 2);
    QCOMPARE(woken.json.value(u"more"_s).toBool(), false);

    QVERIFY(poll->send("GET", pollTarget(2, "bar-1"), bar.token));
    QVERIFY2(!poll->answersWithin(300), "a keep-alive poll at the head of the log was not held");
    QCOMPARE(server.push(terrace, Push::batch(order, 2, u"terrace-1"_s, {Push::setLine(line, u"quantity"_s, 3000)})).status, 200);
    const HttpResponse again = poll->read(3000);
    QVERIFY2(again.complete, again.describe());
    QCOMPARE(again.status, 200);
    QCOMPARE(eventsOf(again).size(), 1);
    QCOMPARE(eventsOf(again).at(0).toObject().value(u"seq"_s).toInteger(), 3);
}

void TestSyncdHttp::longPollHeartbeat()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start({u"--heartbeat"_s, u"1"_s}), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);

    QCOMPARE(server.push(bar, Push::batch(QUuid::createUuid(), 0, u"bar-1"_s, {Push::create(u"BAR-1"_s)})).status, 200);

    HttpConnection connection(server.port());
    QVERIFY(connection.open());
    for (int round = 0; round < 2; ++round) {
        QElapsedTimer clock;
        clock.start();
        QVERIFY(connection.send("GET", pollTarget(1, "bar-1"), bar.token));
        const HttpResponse idle = connection.read(5000);
        const qint64 waited = clock.elapsed();
        QVERIFY2(idle.complete, idle.describe());
        QCOMPARE(idle.status, 200);
        QVERIFY2(waited >= 800 && waited <= 2500, qPrintable(u"answered after %1 ms"_s.arg(waited)));
        QCOMPARE(eventsOf(idle).size(), 0);
        QVERIFY(idle.json.value(u"events"_s).isArray());
        QCOMPARE(idle.json.value(u"last_seq"_s).toInteger(), 1);
        QCOMPARE(idle.json.value(u"more"_s).toBool(), false);
    }
    QCOMPARE(server.metric("tandem_pollers_connected"), 0.0);
}

void TestSyncdHttp::longPollSupersededBySameInstance()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s, u"Terrace"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);
    const Terminal &terrace = terminals.at(1);

    const QUuid order = QUuid::createUuid();
    QCOMPARE(server.push(bar, Push::batch(order, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s)})).status, 200);

    auto first = startPoll(server.port(), bar, 1, "bar-1");
    QVERIFY(first);
    auto otherInstance = startPoll(server.port(), bar, 1, "bar-2");
    QVERIFY(otherInstance);
    auto otherTerminal = startPoll(server.port(), terrace, 1, "bar-1");
    QVERIFY(otherTerminal);
    QVERIFY(server.waitForPollers(3));
    QVERIFY(!first->answersWithin(100));

    auto second = startPoll(server.port(), bar, 1, "bar-1");
    QVERIFY(second);
    const HttpResponse superseded = first->read(3000);
    QVERIFY2(superseded.complete, superseded.describe());
    QCOMPARE(superseded.status, 200);
    QVERIFY(superseded.json.value(u"events"_s).isArray());
    QCOMPARE(eventsOf(superseded).size(), 0);
    QCOMPARE(superseded.json.value(u"last_seq"_s).toInteger(), 1);

    QVERIFY2(!second->answersWithin(300), "the newer poll was answered too");
    QVERIFY2(!otherInstance->answersWithin(0), "another instance's poll was answered");
    QVERIFY2(!otherTerminal->answersWithin(0), "another terminal's poll with the same instance name was answered");
    QVERIFY(server.waitForPollers(3));

    QCOMPARE(server.push(terrace, Push::batch(order, 1, u"terrace-1"_s, {Push::addLine(QUuid::createUuid())})).status, 200);
    for (HttpConnection *poll : {second.get(), otherInstance.get(), otherTerminal.get()}) {
        const HttpResponse woken = poll->read(3000);
        QVERIFY2(woken.complete, woken.describe());
        QCOMPARE(woken.status, 200);
        QCOMPARE(eventsOf(woken).size(), 1);
        QCOMPARE(eventsOf(woken).at(0).toObject().value(u"seq"_s).toInteger(), 2);
    }
}

void TestSyncdHttp::resyncAfterPrunedEvents()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start({u"--retain-events"_s, u"5"_s}), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);

    QList<QUuid> orders;
    for (int i = 0; i < 10; ++i) {
        orders.append(QUuid::createUuid());
        QCOMPARE(server.push(bar, Push::batch(orders.last(), 0, u"bar-1"_s, {Push::create(u"BAR-%1"_s.arg(i + 1))})).status,
                 200);
    }
    for (int i = 0; i < 5; ++i)
        QCOMPARE(server.push(bar, Push::batch(orders.at(i), 1, u"bar-1"_s, {Push::cancel()})).status, 200);
    for (int i = 5; i < 10; ++i)
        QCOMPARE(server.push(bar, Push::batch(orders.at(i), 1, u"bar-1"_s, {Push::addLine(QUuid::createUuid())})).status, 200);
    QCOMPARE(server.lastSeq(bar), 20);

    const HttpResponse stale = server.events(bar, 0);
    QCOMPARE(stale.status, 410);
    QCOMPARE(stale.errorCode(), u"resync"_s);
    QCOMPARE(stale.json.value(u"last_seq"_s).toInteger(), 20);

    const HttpResponse recent = server.events(bar, 15);
    QCOMPARE(recent.status, 200);
    QCOMPARE(eventsOf(recent).size(), 5);
    QCOMPARE(eventsOf(recent).at(0).toObject().value(u"seq"_s).toInteger(), 16);
    QCOMPARE(recent.json.value(u"last_seq"_s).toInteger(), 20);

    const HttpResponse snapshot = server.get("/v1/snapshot", bar.token);
    QCOMPARE(snapshot.status, 200);
    QCOMPARE(snapshot.json.value(u"last_seq"_s).toInteger(), 20);
    QCOMPARE(snapshot.json.value(u"next_ticket"_s).toInt(), 11);
    const QJsonArray open = snapshot.json.value(u"orders"_s).toArray();
    QSet<QString> expected;
    for (int i = 5; i < 10; ++i)
        expected.insert(uidText(orders.at(i)));
    QCOMPARE(orderUids(open), expected);
    for (int i = 0; i < open.size(); ++i) {
        const QJsonObject order = open.at(i).toObject();
        QCOMPARE(order.value(u"state"_s).toString(), u"open"_s);
        QCOMPARE(order.value(u"ticket"_s).toInt(), 6 + i);
        QCOMPARE(order.value(u"revision"_s).toInt(), 2);
        QCOMPARE(order.value(u"lines"_s).toArray().size(), 1);
    }

    auto poll = startPoll(server.port(), bar, 20, "bar-1");
    QVERIFY(poll);
    QVERIFY(!poll->answersWithin(200));
}

void TestSyncdHttp::clientDisconnectDuringPoll_data()
{
    QTest::addColumn<int>("polls");
    QTest::addColumn<bool>("reset");

    QTest::newRow("one poll, closed") << 1 << false;
    QTest::newRow("one poll, reset") << 1 << true;
    QTest::newRow("20 polls, closed") << 20 << false;
    QTest::newRow("20 polls, reset") << 20 << true;
}

void TestSyncdHttp::clientDisconnectDuringPoll()
{
    QFETCH(int, polls);
    QFETCH(bool, reset);

    // A terminal holds only a few polls at once: the polls come from as many terminals.
    QStringList names{u"Terrace"_s};
    for (int i = 0; i < polls; ++i)
        names << u"Till %1"_s.arg(i + 1);
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, names, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const Terminal &terrace = terminals.at(0);
    const Terminal &bar = terminals.at(1);

    const QUuid order = QUuid::createUuid();
    QCOMPARE(server.push(terrace, Push::batch(order, 0, u"terrace-1"_s, {Push::create(u"TER-1"_s)})).status, 200);
    qint64 last = 1;
    qint64 revision = 1;

    // First the events follow the disconnects at once, then only after the server saw them.
    for (const bool waitForDrop : {false, true}) {
        std::vector<std::unique_ptr<HttpConnection>> gone;
        for (int i = 0; i < polls; ++i) {
            gone.push_back(startPoll(server.port(), terminals.at(1 + i), last, "gone-" + QByteArray::number(i)));
            QVERIFY(gone.back());
        }
        QVERIFY(server.waitForPollers(polls));
        for (const auto &connection : gone) {
            if (reset)
                connection->abort();
            else
                connection->close();
        }
        if (waitForDrop)
            QVERIFY2(server.waitForPollers(0), "the server kept polls of clients that left");
        for (int i = 0; i < 3; ++i) {
            const HttpResponse pushed = server.push(terrace, Push::batch(order, revision, u"terrace-1"_s,
                                                                         {Push::addLine(QUuid::createUuid())}));
            QVERIFY2(pushed.status == 200, pushed.describe());
            ++revision;
        }
        QVERIFY2(server.isRunning(), "tandem-syncd died after answering polls of clients that left");
        const HttpResponse health = server.get("/health");
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(u"status"_s).toString(), u"ok"_s);

        const HttpResponse caughtUp = server.events(bar, last, "bar-1");
        QCOMPARE(caughtUp.status, 200);
        QCOMPARE(eventsOf(caughtUp).size(), 3);
        last += 3;
        QCOMPARE(caughtUp.json.value(u"last_seq"_s).toInteger(), last);
        QVERIFY(server.waitForPollers(0));
    }

    auto live = startPoll(server.port(), bar, last, "bar-1");
    QVERIFY(live);
    QVERIFY(server.waitForPollers(1));
    QCOMPARE(server.push(terrace, Push::batch(order, revision, u"terrace-1"_s, {Push::cancel()})).status, 200);
    const HttpResponse woken = live->read(3000);
    QCOMPARE(woken.status, 200);
    QCOMPARE(eventsOf(woken).size(), 1);
    QCOMPARE(eventsOf(woken).at(0).toObject().value(u"order"_s).toObject().value(u"state"_s).toString(), u"cancelled"_s);
    QVERIFY(server.isRunning());
}

void TestSyncdHttp::durableAcrossKill()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);

    const QUuid order = QUuid::createUuid();
    const QJsonObject create = Push::batch(order, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s), Push::addLine(QUuid::createUuid())});
    const HttpResponse first = server.push(bar, create);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(u"result"_s).toString(), u"applied"_s);
    QCOMPARE(first.json.value(u"seq"_s).toInteger(), 1);
    QCOMPARE(first.json.value(u"order"_s).toObject().value(u"ticket"_s).toInt(), 1);

    server.kill();
    QCOMPARE(server.process()->exitStatus(), QProcess::CrashExit);
    QVERIFY2(server.start(), qPrintable(server.lastError()));

    const HttpResponse snapshot = server.get("/v1/snapshot", bar.token);
    QCOMPARE(snapshot.status, 200);
    QCOMPARE(snapshot.json.value(u"last_seq"_s).toInteger(), 1);
    const QJsonArray open = snapshot.json.value(u"orders"_s).toArray();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).toObject().value(u"uid"_s).toString(), uidText(order));
    QCOMPARE(open.at(0).toObject().value(u"ticket"_s).toInt(), 1);
    QCOMPARE(open.at(0).toObject().value(u"lines"_s).toArray().size(), 1);
    QCOMPARE(open.at(0).toObject(), first.json.value(u"order"_s).toObject());

    const HttpResponse replayed = server.push(bar, create);
    QCOMPARE(replayed.status, 200);
    QCOMPARE(replayed.body, first.body);
    QCOMPARE(server.lastSeq(bar), 1);
    QCOMPARE(server.get("/v1/snapshot", bar.token).json.value(u"orders"_s).toArray().size(), 1);
    const HttpResponse log = server.events(bar, 0);
    QCOMPARE(log.status, 200);
    QCOMPARE(eventsOf(log).size(), 1);

    const HttpResponse next = server.push(bar, Push::batch(QUuid::createUuid(), 0, u"bar-1"_s, {Push::create(u"BAR-2"_s)}));
    QCOMPARE(next.status, 200);
    QCOMPARE(next.json.value(u"order"_s).toObject().value(u"ticket"_s).toInt(), 2);
    QCOMPARE(next.json.value(u"seq"_s).toInteger(), 2);
}

// A row the server cannot read back (as an order 1,021 arrays deep, which older servers
// accepted) is moved aside at the next start; the rest of its group keeps serving.
// Bar's pay is rejected because Terrace changed the order first; the answer is lost and
// Bar sends it again after Terrace paid: the repeated 409 shows the order paid, not the
// open order of the first answer, so Bar does not bring back an order closed elsewhere.
void TestSyncdHttp::replayedConflictCarriesTheOrderAsItIsNow()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s, u"Terrace"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);
    const Terminal &terrace = terminals.at(1);
    const QUuid order = QUuid::createUuid();
    QCOMPARE(server.push(bar, Push::batch(order, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s), Push::addLine(QUuid::createUuid())}))
                 .status,
             200);
    QCOMPARE(server.push(terrace, Push::batch(order, 1, u"terrace-1"_s, {Push::addLine(QUuid::createUuid())})).status, 200);
    const QJsonObject barPays = Push::batch(order, 1, u"bar-1"_s, {Push::pay({Push::payment(u"cash"_s, 250)}, 0)});
    const HttpResponse first = server.push(bar, barPays);
    QCOMPARE(first.status, 409);
    QCOMPARE(first.json.value(u"order"_s).toObject().value(u"state"_s).toString(), u"open"_s);
    QCOMPARE(first.json.value(u"order"_s).toObject().value(u"revision"_s).toInt(), 2);
    QCOMPARE(server.push(terrace, Push::batch(order, 2, u"terrace-1"_s, {Push::pay({Push::payment(u"card"_s, 500)}, 0)}))
                 .status,
             200);

    const HttpResponse again = server.push(bar, barPays);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.json.value(u"rejected"_s), first.json.value(u"rejected"_s));
    QCOMPARE(again.json.value(u"order"_s).toObject().value(u"state"_s).toString(), u"paid"_s);
    QCOMPARE(again.json.value(u"order"_s).toObject().value(u"revision"_s).toInt(), 3);
}

// The records that judge conflicts matter while an order is open: a paid or cancelled
// order keeps none, so months of sales do not pile them up (found by tandem-loadgen
// --memory: 252,000 rows after 30 days).
void TestSyncdHttp::closedOrdersKeepNoChangeRecords()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);
    const QUuid paid = QUuid::createUuid();
    const QUuid open = QUuid::createUuid();
    QCOMPARE(server.push(bar, Push::batch(paid, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s), Push::addLine(QUuid::createUuid())}))
                 .status,
             200);
    QCOMPARE(server.push(bar, Push::batch(paid, 1, u"bar-1"_s, {Push::addLine(QUuid::createUuid())})).status, 200);
    QCOMPARE(server.push(bar, Push::batch(paid, 2, u"bar-1"_s, {Push::pay({Push::payment(u"cash"_s, 500)}, 0)})).status, 200);
    QCOMPARE(server.push(bar, Push::batch(open, 0, u"bar-1"_s, {Push::create(u"BAR-2"_s), Push::addLine(QUuid::createUuid())}))
                 .status,
             200);
    QCOMPARE(server.terminate(), 0);
    DirectDatabase direct(server.db());
    QVERIFY(direct.isOpen());
    QSqlQuery query(direct.db());
    QVERIFY(query.exec(u"SELECT order_uid, count(*) FROM order_changes GROUP BY order_uid"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), uidText(open));
    QCOMPARE(query.value(1).toInt(), 1);
    QVERIFY(!query.next());
}

// fixtures/syncd-schema5.db was written by the previous release (schema 5): a session
// open at Bar, table 4 open with two colas (ticket 1), an espresso paid (ticket 2,
// receipt BAR-000001) and a floor plan. This release opens it in place: everything is
// there, the tickets go on, tokens still work and answers are still replayed.
void TestSyncdHttp::databaseOfThePreviousReleaseIsUpgraded()
{
    SyncdServer server;
    if (server.isPostgres())
        QSKIP("the previous release wrote SQLite only; PostgreSQL databases start at schema 6");
    QVERIFY(QFile::copy(QStringLiteral(TANDEM_FIXTURES "/syncd-schema5.db"), server.db()));
    QFile::setPermissions(server.db(), QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    Terminal bar;
    bar.token = "tdm_nvysMffTVbkBwkMrEwtaXZGV1-0DZMaQpcGhPkeP6oU";
    const QString open = u"11111111-1111-4111-8111-111111111111"_s;

    const HttpResponse snapshot = server.get("/v1/snapshot", bar.token);
    QCOMPARE(snapshot.status, 200);
    const QJsonArray orders = snapshot.json.value(u"orders"_s).toArray();
    QCOMPARE(orders.size(), 1);
    const QJsonObject table = orders.first().toObject();
    QCOMPARE(table.value(u"uid"_s).toString(), open);
    QCOMPARE(table.value(u"ticket"_s).toInt(), 1);
    QCOMPARE(table.value(u"ext"_s).toObject().value(u"restaurant.table"_s).toString(), u"4"_s);
    QCOMPARE(table.value(u"lines"_s).toArray().size(), 1);
    QCOMPARE(snapshot.json.value(u"documents"_s).toArray().size(), 1);
    const QJsonArray closed = server.get("/v1/orders", bar.token).json.value(u"orders"_s).toArray();
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.first().toObject().value(u"receipt_number"_s).toString(), u"BAR-000001"_s);

    // The create pushed before the upgrade is answered as then, not applied again.
    const QJsonObject replay{{u"op_id"_s, u"aaaaaaaa-0000-4000-8000-000000000001"_s}, {u"order"_s, open},
                             {u"base_revision"_s, 0}, {u"instance"_s, u"bar-1"_s}, {u"user"_s, u"Alice"_s},
                             {u"ops"_s, QJsonArray{Push::create(u"BAR/1"_s)}}};
    const HttpResponse replayed = server.push(bar, replay);
    QCOMPARE(replayed.status, 200);
    QCOMPARE(replayed.json.value(u"revision"_s).toInt(), 1);
    const HttpResponse next = server.push(bar, Push::batch(QUuid::createUuid(), 0, u"bar-1"_s, {Push::create(u"BAR/3"_s)}));
    QCOMPARE(next.status, 200);
    QCOMPARE(next.json.value(u"order"_s).toObject().value(u"ticket"_s).toInt(), 3);
    QCOMPARE(server.push(bar, Push::batch(QUuid::fromString(open), 1, u"bar-1"_s, {Push::addLine(QUuid::createUuid())})).status,
             200);
    QCOMPARE(server.terminate(), 0);
    DirectDatabase direct(server.db());
    QVERIFY(direct.isOpen());
    QSqlQuery query(direct.db());
    QVERIFY(query.exec(u"SELECT version FROM schema_version"_s) && query.next());
    QVERIFY2(query.value(0).toInt() > 5, "the database was not brought to this release's schema");
}

void TestSyncdHttp::unreadableRowsAreQuarantined()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);
    const QUuid bad = QUuid::createUuid();
    const QUuid good = QUuid::createUuid();
    QCOMPARE(server.push(bar, Push::batch(bad, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s), Push::addLine(QUuid::createUuid())})).status,
             200);
    QCOMPARE(server.push(bar, Push::batch(good, 0, u"bar-1"_s, {Push::create(u"BAR-2"_s)})).status, 200);
    QCOMPARE(server.terminate(), 0);

    {
        const QByteArray deep = QByteArray(1021, '[') + QByteArray(1021, ']');
        DirectDatabase direct(server.db());
        QVERIFY(direct.isOpen());
        QSqlQuery query(direct.db());
        QVERIFY(query.exec(u"UPDATE orders SET snapshot = replace(snapshot, '\"ext\":{}', '\"ext\":{\"k\":%1}') "
                           "WHERE uid = '%2'"_s.arg(QString::fromLatin1(deep), uidText(bad))));
        QCOMPARE(query.numRowsAffected(), 1);
        QVERIFY(query.exec(u"UPDATE events SET payload = '{\"seq\":1,\"deep\":%1}' WHERE seq = 1"_s.arg(QString::fromLatin1(deep))));
        QVERIFY(query.exec(u"INSERT INTO documents (group_id, key, value, revision, \"user\", terminal, changed_at) "
                           "SELECT group_id, 'restaurant.floors', '%1', 1, 'Alice', 'Bar', '2026-12-01T10:00:00.000Z' "
                           "FROM orders LIMIT 1"_s.arg(QString::fromLatin1(deep))));
    }
    QVERIFY2(server.start(), qPrintable(server.lastError()));

    const HttpResponse snapshot = server.get("/v1/snapshot", bar.token);
    QCOMPARE(snapshot.status, 200);
    QCOMPARE(orderUids(snapshot.json.value(u"orders"_s).toArray()), QSet<QString>{uidText(good)});
    QCOMPARE(snapshot.json.value(u"documents"_s).toArray(), QJsonArray());
    const HttpResponse log = server.events(bar, 0);
    QCOMPARE(log.status, 200);
    QCOMPARE(eventsOf(log).size(), 1);
    QCOMPARE(eventOrderUid(eventsOf(log).at(0)), uidText(good));
    QCOMPARE(server.push(bar, Push::batch(good, 1, u"bar-1"_s, {Push::addLine(QUuid::createUuid())})).status, 200);
    QCOMPARE(server.get("/health").json.value(u"quarantined_rows"_s).toInt(), 3);
    QVERIFY(server.get("/metrics").body.contains("tandem_quarantined_rows 3"));

    // Moved aside for good: a restart finds nothing more to quarantine.
    QCOMPARE(server.terminate(), 0);
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    QCOMPARE(server.get("/v1/snapshot", bar.token).status, 200);
    QCOMPARE(server.get("/health").json.value(u"quarantined_rows"_s).toInt(), 3);
}

void TestSyncdHttp::concurrentNumbering()
{
    constexpr int PerTerminal = 25;
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s, u"Terrace"_s, u"Kiosk"_s, u"Garden"_s}, &terminals),
             qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));

    std::vector<std::unique_ptr<HttpConnection>> connections;
    QList<QByteArray> requests;
    QSet<QString> uids;
    for (int i = 0; i < PerTerminal; ++i) {
        for (int t = 0; t < terminals.size(); ++t) {
            const QUuid order = QUuid::createUuid();
            uids.insert(uidText(order));
            const QByteArray body = Push::bytes(Push::batch(order, 0, terminals.at(t).name + u"-1"_s,
                                                            {Push::create(u"%1-%2"_s.arg(t).arg(i + 1))}));
            requests.append(requestBytes("POST", "/v1/push", server.port(), terminals.at(t).token, body));
            connections.push_back(std::make_unique<HttpConnection>(server.port()));
            QVERIFY(connections.back()->open());
        }
    }
    for (size_t i = 0; i < connections.size(); ++i) {
        QVERIFY(connections[i]->socket().write(requests.at(int(i))) == requests.at(int(i)).size());
        connections[i]->socket().flush();
    }
    for (const auto &connection : connections)
        QVERIFY(connection->socket().waitForBytesWritten(5000) || connection->socket().bytesToWrite() == 0);

    QList<int> tickets;
    QList<qint64> seqs;
    for (const auto &connection : connections) {
        const HttpResponse answer = connection->read();
        QVERIFY2(answer.status == 200, answer.describe());
        QCOMPARE(answer.json.value(u"result"_s).toString(), u"applied"_s);
        tickets.append(answer.json.value(u"order"_s).toObject().value(u"ticket"_s).toInt());
        seqs.append(answer.json.value(u"seq"_s).toInteger());
    }
    std::sort(tickets.begin(), tickets.end());
    std::sort(seqs.begin(), seqs.end());
    QList<int> expectedTickets;
    QList<qint64> expectedSeqs;
    for (int n = 1; n <= 4 * PerTerminal; ++n) {
        expectedTickets.append(n);
        expectedSeqs.append(n);
    }
    QCOMPARE(tickets, expectedTickets);
    QCOMPARE(seqs, expectedSeqs);

    const HttpResponse snapshot = server.get("/v1/snapshot", terminals.at(0).token);
    QCOMPARE(snapshot.json.value(u"next_ticket"_s).toInt(), 4 * PerTerminal + 1);
    QCOMPARE(snapshot.json.value(u"last_seq"_s).toInteger(), 4 * PerTerminal);
    const QJsonArray open = snapshot.json.value(u"orders"_s).toArray();
    QCOMPARE(orderUids(open), uids);
    for (int i = 0; i < open.size(); ++i)
        QCOMPARE(open.at(i).toObject().value(u"ticket"_s).toInt(), i + 1);
}

void TestSyncdHttp::sigtermAnswersHeldPolls()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s, u"Terrace"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));

    std::vector<std::unique_ptr<HttpConnection>> polls;
    for (const Terminal &terminal : std::as_const(terminals)) {
        polls.push_back(startPoll(server.port(), terminal, 0, terminal.name.toLatin1()));
        QVERIFY(polls.back());
    }
    QVERIFY(server.waitForPollers(int(polls.size())));
    QVERIFY(!polls.front()->answersWithin(100));

    server.process()->terminate();
    QVERIFY2(server.waitForExit(5000), "tandem-syncd did not stop on SIGTERM");
    QCOMPARE(server.process()->exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process()->exitCode(), 0);
    HttpConnection late(server.port());
    QVERIFY(!late.open(1000));

    for (const auto &poll : polls) {
        const HttpResponse answer = poll->read(5000);
        QVERIFY2(answer.complete, "a held poll was cut off without its 503: " + answer.describe());
        QCOMPARE(answer.status, 503);
        QCOMPARE(answer.errorCode(), u"shutting_down"_s);
        QVERIFY(!answer.message().isEmpty());
    }
}

// A terminal's count of its drawer is stored once however often it is sent, refused
// when it does not add up, and exported with the group.
void TestSyncdHttp::cashReportsAreKeptOnce()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const QByteArray report = R"({"instance":"bar-1","session":3,"cashier":"Alice","opened_at":"2026-12-01T08:00:00.000Z",)"
                              R"("closed_at":"2026-12-01T16:00:00.000Z","currency":"EUR","opening_float":10000,)"
                              R"("cash_sales":4520,"moves":[{"amount":-2000,"reason":"Supplier, fresh milk","user":"Alice",)"
                              R"("at":"2026-12-01T12:00:00.000Z"}],"expected":12520,"counted":12500})";
    const HttpResponse stored = server.post("/v1/cash-reports", terminals.at(0).token, report);
    QCOMPARE(stored.status, 200);
    QCOMPARE(stored.json.value(u"result"_s).toString(), u"stored"_s);
    const HttpResponse again = server.post("/v1/cash-reports", terminals.at(0).token, report);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(u"result"_s).toString(), u"known"_s);
    QByteArray wrong = report;
    wrong.replace(R"("expected":12520)", R"("expected":12000)");
    const HttpResponse refused = server.post("/v1/cash-reports", terminals.at(0).token, wrong);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.json.value(u"message"_s).toString().startsWith(u"expected: "_s), refused.body);

    const CliResult csv = server.cli({u"export"_s, u"--group"_s, u"Shop"_s, u"--format"_s, u"csv"_s, u"--what"_s, u"cash"_s});
    QCOMPARE(csv.exitCode, 0);
    const QStringList rows = csv.outText().trimmed().split(u'\n');
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), u"terminal,run,session,cashier,opened_at,closed_at,currency,opening_float,cash_sales,"
                         "cash_in,cash_out,expected,counted,difference"_s);
    QCOMPARE(rows.at(1), u"Bar,0,3,Alice,2026-12-01T08:00:00.000Z,2026-12-01T16:00:00.000Z,EUR,10000,4520,0,-2000,12520,12500,-20"_s);
    const CliResult json = server.cli({u"export"_s, u"--group"_s, u"Shop"_s, u"--format"_s, u"json"_s, u"--what"_s, u"cash"_s});
    const QJsonArray reports = QJsonDocument::fromJson(json.out).object().value(u"cash_reports"_s).toArray();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().toObject().value(u"moves"_s).toArray().first().toObject().value(u"reason"_s).toString(),
             u"Supplier, fresh milk"_s);
    QCOMPARE(server.cli({u"export"_s, u"--group"_s, u"Shop"_s, u"--format"_s, u"csv"_s, u"--what"_s, u"tips"_s}).exitCode, 2);
}

// A terminal that vanished (crashed, reinstalled, revoked) cannot keep the run going:
// its session expires, and an operator can close one at once.
void TestSyncdHttp::silentSessionsExpire()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s, u"Terrace"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start({u"--session-expiry"_s, u"4s"_s, u"--heartbeat"_s, u"0.5"_s}), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);
    const Terminal &terrace = terminals.at(1);
    QCOMPARE(server.post("/v1/session/open", bar.token, sessionBody(u"bar-1"_s)).status, 200);
    QCOMPARE(server.post("/v1/session/open", terrace.token, sessionBody(u"terrace-1"_s)).status, 200);
    const QUuid open = QUuid::createUuid();
    QCOMPARE(server.push(terrace, Push::batch(open, 0, u"terrace-1"_s, {Push::create(u"TER-1"_s), Push::addLine(QUuid::createUuid())})).status,
             200);

    auto openSessions = [&] {
        return server.get("/v1/sessions?instance=terrace-1", terrace.token).json.value(u"sessions"_s).toArray();
    };
    // Terrace keeps polling, Bar has gone silent.
    qint64 after = server.lastSeq(terrace);
    QElapsedTimer waited;
    waited.start();
    while (openSessions().size() == 2 && waited.elapsed() < 60000) {
        const HttpResponse polled = server.events(terrace, after, "terrace-1");
        QCOMPARE(polled.status, 200);
        after = polled.json.value(u"last_seq"_s).toInteger();
    }
    const QJsonArray left = openSessions();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).toObject().value(u"terminal"_s).toString(), u"Terrace"_s);
    const QJsonArray log = eventsOf(server.events(terrace, 1, "terrace-1"));
    QCOMPARE(log.size(), 1);
    const QJsonObject expired = log.at(0).toObject().value(u"session"_s).toObject();
    QCOMPARE(expired.value(u"terminal"_s).toString(), u"Bar"_s);
    QCOMPARE(expired.value(u"instance"_s).toString(), u"bar-1"_s);
    QVERIFY2(expired.value(u"reason"_s).toString().startsWith(u"not heard from since"_s), qPrintable(expired.value(u"reason"_s).toString()));
    QCOMPARE(server.get("/v1/snapshot", terrace.token).json.value(u"orders"_s).toArray().size(), 1);

    // The operator closes the last session: the run ends and its open order is archived.
    const CliResult listed = server.cli({u"session"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    const QList<QByteArray> rows = listed.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows.at(0).contains("\tShop\tTerrace\tterrace-1\t"), rows.at(0));
    const QByteArray id = rows.at(0).left(rows.at(0).indexOf('\t'));
    QCOMPARE(server.cli({u"session"_s, u"close"_s, QString::fromLatin1(id)}).exitCode, 0);
    QCOMPARE(server.cli({u"session"_s, u"close"_s, u"999"_s}).exitCode, 1);
    QTRY_VERIFY_WITH_TIMEOUT(openSessions().isEmpty(), 20000);
    const QJsonObject snapshot = server.get("/v1/snapshot", terrace.token).json;
    QCOMPARE(snapshot.value(u"orders"_s).toArray().size(), 0);
    QCOMPARE(snapshot.value(u"run"_s).toInt(), 0);
    const QJsonArray ending = eventsOf(server.events(terrace, 2, "probe"));
    QCOMPARE(ending.size(), 2);
    QCOMPARE(ending.at(0).toObject().value(u"session"_s).toObject().value(u"reason"_s).toString(), u"closed by the operator"_s);
    QVERIFY(ending.at(1).toObject().value(u"order"_s).toObject().value(u"abandoned"_s).toBool());
}

void TestSyncdHttp::closedOrdersArePaged()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);
    QSet<QString> paid;
    for (int i = 0; i < 7; ++i) {
        const QUuid order = QUuid::createUuid();
        QCOMPARE(server.push(bar, Push::batch(order, 0, u"bar-1"_s,
                                              {Push::create(u"BAR-%1"_s.arg(i)), Push::addLine(QUuid::createUuid(), 250, 1000),
                                               Push::pay({Push::payment(u"cash"_s, 250)}, 0)}))
                     .status,
                 200);
        paid.insert(uidText(order));
    }
    QSet<QString> listed;
    QList<int> pageSizes;
    QByteArray target = "/v1/orders?limit=3";
    for (;;) {
        const HttpResponse page = server.get(target, bar.token);
        QCOMPARE(page.status, 200);
        const QJsonArray orders = page.json.value(u"orders"_s).toArray();
        pageSizes.append(int(orders.size()));
        listed.unite(orderUids(orders));
        const QJsonValue next = page.json.value(u"next"_s);
        if (next.isNull())
            break;
        target = "/v1/orders?limit=3&after=" + QUrl::toPercentEncoding(next.toString());
        QVERIFY(pageSizes.size() < 10);
    }
    QCOMPARE(pageSizes, (QList<int>{3, 3, 1}));
    QCOMPARE(listed, paid);
    QCOMPARE(server.get("/v1/orders", bar.token).json.value(u"orders"_s).toArray().size(), 7);
    for (const QByteArray &bad : {QByteArray("limit=0"), QByteArray("limit=501"), QByteArray("after=yesterday"),
                                  QByteArray("after=2026-12-01T10:00:00.000Z/not-a-uid")})
        QCOMPARE(server.get("/v1/orders?" + bad, bar.token).status, 400);
}

// Events are kept by count and by bytes: big events push the oldest out of the log.
void TestSyncdHttp::eventLogIsBoundedByBytes()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start({u"--retain-event-bytes"_s, u"1048576"_s}), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);
    const QUuid order = QUuid::createUuid();
    const QUuid line = QUuid::createUuid();
    QCOMPARE(server.push(bar, Push::batch(order, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s), Push::addLine(line)})).status, 200);
    for (int i = 1; i <= 100; ++i) {
        const QString note = QString(15000, QLatin1Char('a' + i % 26));
        QCOMPARE(server.push(bar, Push::batch(order, i, u"bar-1"_s, {Push::setLine(line, u"ext:note"_s, note)})).status, 200);
    }
    QCOMPARE(server.lastSeq(bar), 101);
    QCOMPARE(server.events(bar, 0).status, 410);
    const HttpResponse recent = server.events(bar, 95);
    QCOMPARE(recent.status, 200);
    QCOMPARE(eventsOf(recent).size(), 6);
    QCOMPARE(server.get("/v1/snapshot", bar.token).status, 200);

    // After a restart the log is read from the database: still bounded, answers still capped.
    QCOMPARE(server.terminate(), 0);
    QVERIFY2(server.start({u"--retain-event-bytes"_s, u"1048576"_s}), qPrintable(server.lastError()));
    QCOMPARE(server.events(bar, 0).status, 410);
    const HttpResponse fromDisk = server.events(bar, 60);
    QCOMPARE(fromDisk.status, 200);
    QVERIFY(fromDisk.body.size() < 300 * 1024);
    QCOMPARE(fromDisk.json.value(u"more"_s).toBool(), true);
}

// A replay is answered from the op_id records while its run lasts and for the retention
// after; then the op_id is forgotten.
void TestSyncdHttp::opIdAnswersArePrunedAfterTheirRun()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start({u"--retain-ops"_s, u"1s"_s}), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);
    QCOMPARE(server.post("/v1/session/open", bar.token, sessionBody(u"bar-1"_s)).status, 200);
    const QJsonObject create = Push::batch(QUuid::createUuid(), 0, u"bar-1"_s, {Push::create(u"BAR-1"_s)});
    const HttpResponse first = server.push(bar, create);
    QCOMPARE(first.status, 200);
    // Well past the retention, but the run goes on: the replay still gets the first answer.
    QTest::qWait(2500);
    QCOMPARE(server.push(bar, create).body, first.body);

    QCOMPARE(server.post("/v1/session/close", bar.token, sessionBody(u"bar-1"_s)).status, 200);
    // The order was archived with the run: the forgotten create now meets a final order.
    QTRY_COMPARE_WITH_TIMEOUT(server.push(bar, create).status, 409, 20000);
}

void TestSyncdHttp::sessionsEndRun()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s, u"Terrace"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);
    const Terminal &terrace = terminals.at(1);

    const HttpResponse openedBar = server.post("/v1/session/open", bar.token, sessionBody(u"bar-1"_s));
    QCOMPARE(openedBar.status, 200);
    QCOMPARE(openedBar.json.value(u"open_sessions"_s).toInt(), 1);
    const qint64 run = openedBar.json.value(u"run"_s).toInteger();
    QVERIFY(run > 0);
    const HttpResponse openedTerrace = server.post("/v1/session/open", terrace.token, sessionBody(u"terrace-1"_s));
    QCOMPARE(openedTerrace.status, 200);
    QCOMPARE(openedTerrace.json.value(u"open_sessions"_s).toInt(), 2);
    QCOMPARE(openedTerrace.json.value(u"run"_s).toInteger(), run);

    const QUuid left = QUuid::createUuid();
    const QUuid paid = QUuid::createUuid();
    QCOMPARE(server.push(bar, Push::batch(left, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s), Push::addLine(QUuid::createUuid())})).status,
             200);
    QCOMPARE(server.push(terrace, Push::batch(paid, 0, u"terrace-1"_s,
                                              {Push::create(u"TER-1"_s), Push::addLine(QUuid::createUuid(), 250, 1000),
                                               Push::pay({Push::payment(u"cash"_s, 500)}, 250)}))
                 .status,
             200);
    const qint64 before = server.lastSeq(bar);
    QCOMPARE(before, 2);

    // Asked first, the server says who keeps the run going.
    const HttpResponse outlook = server.get("/v1/sessions?instance=bar-1", bar.token);
    QCOMPARE(outlook.status, 200);
    QCOMPARE(outlook.json.value(u"run"_s).toInteger(), run);
    QCOMPARE(outlook.json.value(u"open_orders"_s).toInt(), 1);
    QCOMPARE(outlook.json.value(u"yours_open"_s).toBool(), true);
    QCOMPARE(outlook.json.value(u"closing_ends_run"_s).toBool(), false);
    const QJsonArray open = outlook.json.value(u"sessions"_s).toArray();
    QCOMPARE(open.size(), 2);
    QStringList names;
    for (const QJsonValue &session : open)
        names << session.toObject().value(u"terminal"_s).toString();
    names.sort();
    QCOMPARE(names, (QStringList{u"Bar"_s, u"Terrace"_s}));
    QCOMPARE(server.get("/v1/sessions?instance=bar-2", bar.token).json.value(u"yours_open"_s).toBool(), false);

    const HttpResponse closedBar = server.post("/v1/session/close", bar.token, sessionBody(u"bar-1"_s));
    QCOMPARE(closedBar.status, 200);
    QCOMPARE(closedBar.json.value(u"run_ended"_s).toBool(), false);
    QCOMPARE(closedBar.json.value(u"open_sessions"_s).toInt(), 1);
    QCOMPARE(server.lastSeq(bar), before);

    QCOMPARE(server.get("/v1/sessions?instance=terrace-1", terrace.token).json.value(u"closing_ends_run"_s).toBool(),
             true);
    const HttpResponse closedTerrace = server.post("/v1/session/close", terrace.token, sessionBody(u"terrace-1"_s));
    QCOMPARE(closedTerrace.status, 200);
    QCOMPARE(closedTerrace.json.value(u"run_ended"_s).toBool(), true);
    QCOMPARE(closedTerrace.json.value(u"run"_s).toInteger(), run);
    QCOMPARE(closedTerrace.json.value(u"abandoned_orders"_s).toInt(), 1);

    const HttpResponse events = server.events(bar, before);
    QCOMPARE(events.status, 200);
    QCOMPARE(eventsOf(events).size(), 1);
    const QJsonObject abandoned = eventsOf(events).at(0).toObject().value(u"order"_s).toObject();
    QCOMPARE(abandoned.value(u"uid"_s).toString(), uidText(left));
    QCOMPARE(abandoned.value(u"state"_s).toString(), u"cancelled"_s);
    QCOMPARE(abandoned.value(u"abandoned"_s).toBool(), true);
    QCOMPARE(abandoned.value(u"revision"_s).toInt(), 2);

    const HttpResponse finished = server.get("/v1/orders", bar.token);
    QCOMPARE(finished.status, 200);
    const QJsonArray orders = finished.json.value(u"orders"_s).toArray();
    QCOMPARE(orderUids(orders), (QSet<QString>{uidText(left), uidText(paid)}));
    for (const QJsonValue &value : orders) {
        const QJsonObject order = value.toObject();
        const bool isLeft = order.value(u"uid"_s).toString() == uidText(left);
        QCOMPARE(order.value(u"abandoned"_s).toBool(), isLeft);
        QCOMPARE(order.value(u"state"_s).toString(), isLeft ? u"cancelled"_s : u"paid"_s);
    }
    QVERIFY(server.get("/v1/snapshot", bar.token).json.value(u"orders"_s).toArray().isEmpty());

    const HttpResponse late = server.push(bar, Push::batch(left, 1, u"bar-1"_s, {Push::addLine(QUuid::createUuid())}));
    QCOMPARE(late.status, 409);
    QCOMPARE(late.errorCode(), u"conflict"_s);
    QCOMPARE(late.json.value(u"rejected"_s).toArray().at(0).toObject().value(u"reason"_s).toString(), u"order_final"_s);
    QCOMPARE(late.json.value(u"order"_s).toObject().value(u"abandoned"_s).toBool(), true);

    const HttpResponse nextRun = server.push(bar, Push::batch(QUuid::createUuid(), 0, u"bar-1"_s, {Push::create(u"BAR-2"_s)}));
    QCOMPARE(nextRun.status, 200);
    QCOMPARE(nextRun.json.value(u"order"_s).toObject().value(u"ticket"_s).toInt(), 1);
}


namespace {

// One request over TLS, trusting the test's self-signed certificate; returns the raw answer.
QByteArray httpsExchange(quint16 port, const QByteArray &request)
{
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForEncrypted(DefaultTimeoutMs))
        return "no TLS: " + socket.errorString().toUtf8();
    socket.write(request);
    QByteArray answer;
    QDeadlineTimer deadline(DefaultTimeoutMs);
    while (!deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(200)
            && socket.state() != QAbstractSocket::ConnectedState)
            break;
        answer += socket.readAll();
        const int head = answer.indexOf("\r\n\r\n");
        const int length = head < 0 ? -1 : answer.indexOf("Content-Length: ");
        if (head >= 0 && length >= 0) {
            const int value = answer.mid(length + 16, answer.indexOf("\r\n", length) - length - 16).toInt();
            if (answer.size() >= head + 4 + value)
                break;
        }
    }
    return answer;
}

}

// The common name of the certificate the server presents to a new connection.
QString servedCertificateName(quint16 port)
{
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForEncrypted(DefaultTimeoutMs))
        return QStringLiteral("no TLS: ") + socket.errorString();
    return socket.peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0);
}

bool makeCertificate(const QString &cert, const QString &key, const QString &name)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                                              key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                                              QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name});
    return openssl.waitForFinished(30000) && openssl.exitCode() == 0;
}

void TestSyncdHttp::httpsWithCertificate()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &terminals), qPrintable(server.lastError()));
    const QString cert = server.dir() + u"/cert.pem"_s;
    const QString key = server.dir() + u"/key.pem"_s;
    QVERIFY2(makeCertificate(cert, key, u"127.0.0.1"_s), "openssl could not make a test certificate");
    QVERIFY2(server.start({u"--tls-cert"_s, cert, u"--tls-key"_s, key}), qPrintable(server.lastError()));

    const QByteArray health = httpsExchange(server.port(), "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY2(health.startsWith("HTTP/1.1 200"), health.constData());
    QVERIFY(health.contains("\"status\":\"ok\""));

    const QByteArray snapshot = httpsExchange(server.port(), "GET /v1/snapshot HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                             "Authorization: Bearer " + terminals.at(0).token + "\r\n\r\n");
    QVERIFY2(snapshot.startsWith("HTTP/1.1 200"), snapshot.constData());
    QVERIFY(snapshot.contains("\"orders\":[]"));

    // The body limit holds over TLS too: refused from the announced length alone.
    const QByteArray tooLarge = httpsExchange(server.port(), "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                             "Authorization: Bearer " + terminals.at(0).token
                                                             + "\r\nContent-Length: 5000000\r\n\r\n{");
    QVERIFY2(tooLarge.startsWith("HTTP/1.1 413"), tooLarge.constData());
    QVERIFY(tooLarge.contains("too_large"));

    const QByteArray plain = httpRequest(server.port(), "GET", "/health").status == 200 ? "answered" : "refused";
    QCOMPARE(plain, QByteArray("refused"));
    // A renewed certificate in the same files serves new connections after SIGHUP
    // (systemctl reload); one that cannot be read does not stop the server.
    QCOMPARE(servedCertificateName(server.port()), u"127.0.0.1"_s);
    QVERIFY2(makeCertificate(cert, key, u"renewed"_s), "openssl could not make a test certificate");
    QVERIFY(::kill(pid_t(server.process()->processId()), SIGHUP) == 0);
    QTRY_COMPARE(servedCertificateName(server.port()), u"renewed"_s);
    {
        QFile broken(cert);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate) && broken.write("not a certificate") > 0);
    }
    QVERIFY(::kill(pid_t(server.process()->processId()), SIGHUP) == 0);
    // Signals are taken in order: once the next good one is served, the broken one was
    // read before it, and the server kept serving through it.
    QVERIFY2(makeCertificate(cert, key, u"third"_s), "openssl could not make a test certificate");
    QVERIFY(::kill(pid_t(server.process()->processId()), SIGHUP) == 0);
    QTRY_COMPARE(servedCertificateName(server.port()), u"third"_s);
    QCOMPARE(server.process()->state(), QProcess::Running);
    QVERIFY(httpsExchange(server.port(), "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").startsWith("HTTP/1.1 200"));
}

// An operator turns the access log on to see who asks what: every answered request is a
// line, held polls and refused ones included, and no token ever reaches the log.
void TestSyncdHttp::accessLogNamesRequestsNeverTokens()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &terminals), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);
    const QString logFile = server.dir() + u"/syncd.log"_s;
    server.logTo(logFile);
    auto readLog = [&] {
        QFile file(logFile);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };

    QVERIFY2(server.start({u"--heartbeat"_s, u"0.2"_s}), qPrintable(server.lastError()));
    QCOMPARE(server.get("/health").status, 200);
    QCOMPARE(server.terminate(), 0);
    QVERIFY2(!readLog().contains(u"tandem.server.access"_s), qPrintable(readLog()));

    QVERIFY2(server.start({u"--heartbeat"_s, u"0.2"_s, u"--access-log"_s, u"on"_s}), qPrintable(server.lastError()));
    QCOMPARE(server.get("/health").status, 200);
    QCOMPARE(server.get("/metrics").status, 200);
    const QUuid order = QUuid::createUuid();
    QCOMPARE(server.push(bar, Push::batch(order, 0, u"bar-1"_s, {Push::create(u"BAR-1"_s)})).status, 200);
    const qint64 last = server.lastSeq(bar);
    const HttpResponse heartbeat = server.events(bar, last); // held until the 0.2 s heartbeat
    QVERIFY2(heartbeat.status == 200 && heartbeat.json.value(u"events"_s).toArray().isEmpty(), heartbeat.describe());
    const QByteArray stranger = "tdm_not-a-known-token-but-well-formed";
    QCOMPARE(server.get("/v1/whoami", stranger).status, 401);
    QCOMPARE(server.get("/v1/nothing").status, 404);
    HttpConnection smuggler(server.port());
    QVERIFY(smuggler.open());
    QVERIFY(smuggler.sendRaw("POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}"));
    QCOMPARE(smuggler.read().status, 400);
    QCOMPARE(server.terminate(), 0);

    const QString log = readLog();
    const QString terminal = u"terminal="_s + QString::number(bar.id);
    const struct
    {
        QString request;
        int status;
        QString terminal;
    } expected[] = {
        {u"\"GET /health\""_s, 200, u"terminal=-"_s},
        {u"\"GET /metrics\""_s, 200, u"terminal=-"_s},
        {u"\"POST /v1/push\""_s, 200, terminal},
        {u"\"GET /v1/whoami\""_s, 200, terminal},
        {u"\"GET /v1/events\""_s, 200, terminal},
        {u"\"GET /v1/whoami\""_s, 401, u"terminal=-"_s},
        {u"\"GET /v1/nothing\""_s, 404, u"terminal=-"_s},
        {u"\"- -\""_s, 400, u"terminal=-"_s},
    };
    static const QRegularExpression line(u"^tandem-syncd: tandem\\.server\\.access: (\"[^\"]*\") (\\d{3}) "
                                         "\\d+\\.\\dms (terminal=[-0-9]+) peer=127\\.0\\.0\\.1$"_s,
                                         QRegularExpression::MultilineOption);
    QList<std::tuple<QString, int, QString>> logged;
    for (auto it = line.globalMatch(log); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        logged.append({match.captured(1), match.captured(2).toInt(), match.captured(3)});
    }
    for (const auto &entry : expected) {
        QVERIFY2(logged.contains(std::tuple{entry.request, entry.status, entry.terminal}),
                 qPrintable(entry.request + u' ' + QString::number(entry.status) + u"\n"_s + log));
    }
    QCOMPARE(logged.size(), int(std::size(expected)));
    QVERIFY(!log.contains(QString::fromLatin1(bar.token)));
    QVERIFY(!log.contains(QString::fromLatin1(stranger)));
}

QTEST_GUILESS_MAIN(TestSyncdHttp)
#include "tst_syncd_http.moc"
