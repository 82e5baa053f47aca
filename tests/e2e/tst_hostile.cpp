#include "syncdprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <vector>

#include <sys/resource.h>

using namespace SyncdTest;
using namespace Qt::StringLiterals;

// The hostile-input catalogue (docs/reliability.md): requests any device on a shop's
// LAN could send. Each is answered as docs/protocol.md says, changes nothing, and the
// server keeps serving everyone else.
class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogue_data();
    void catalogue();
    void pipelinedRequestsAreFramedAlike_data();
    void pipelinedRequestsAreFramedAlike();
    void connectionCloseIsHonoured_data();
    void connectionCloseIsHonoured();
    void slowClientsTimeOut_data();
    void slowClientsTimeOut();
    void idleConnectionsDoNotStarveTheServer();
    void connectionCapMakesRoom();

private:
    struct Fingerprint
    {
        QByteArray shop;
        QByteArray other;
        bool operator==(const Fingerprint &o) const { return shop == o.shop && other == o.other; }
    };
    Fingerprint fingerprint() const;
    QByteArray fill(QByteArray text) const;

    SyncdServer m_server;
    Terminal m_bar;
    Terminal m_revoked;
    Terminal m_stranger;
    QUuid m_order;
    QUuid m_line;
    QUuid m_otherOrder;
    QUuid m_firstOpId;
    Fingerprint m_baseline;
};

namespace {

// A request of the catalogue: %LENGTH% becomes the length of what follows the head.
QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                   const QByteArray &extraHeaders = {})
{
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer %TOKEN%\r\n"
        + extraHeaders;
    if (method == "POST")
        head += "Content-Type: application/json\r\nContent-Length: %LENGTH%\r\n";
    return head + "\r\n" + body;
}

QByteArray push(const QByteArray &rest)
{
    return request("POST", "/v1/push", R"({"op_id":"%NEW%","order":"%ORDER%","base_revision":2,"instance":"bar","user":"Alice",)" + rest);
}

QByteArray nestedArrays(int levels, const QByteArray &core = {})
{
    return QByteArray(levels, '[') + core + QByteArray(levels, ']');
}

// Sets this process's soft limit of open files (children inherit it); 0 means the hard
// limit. Returns the soft limit now in force.
int setOwnFileLimit(rlim_t soft)
{
    struct rlimit limit = {};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = soft == 0 ? limit.rlim_max : qMin(soft, limit.rlim_max);
    setrlimit(RLIMIT_NOFILE, &limit);
    getrlimit(RLIMIT_NOFILE, &limit);
    return limit.rlim_cur > 100000 ? 100000 : int(limit.rlim_cur);
}

std::vector<std::unique_ptr<HttpConnection>> openIdle(quint16 port, int count)
{
    std::vector<std::unique_ptr<HttpConnection>> connections;
    for (int i = 0; i < count; ++i) {
        auto connection = std::make_unique<HttpConnection>(port);
        if (!connection->open())
            break;
        connections.push_back(std::move(connection));
    }
    return connections;
}

}

void TestHostile::initTestCase()
{
    QVERIFY2(m_server.init() && m_server.addGroup(u"Shop"_s) && m_server.addGroup(u"Other"_s), qPrintable(m_server.lastError()));
    m_bar = m_server.addTerminal(u"Shop"_s, u"Bar"_s);
    m_revoked = m_server.addTerminal(u"Shop"_s, u"Kiosk"_s);
    m_stranger = m_server.addTerminal(u"Other"_s, u"Stranger"_s);
    QVERIFY2(!m_stranger.token.isEmpty() && m_server.revoke(m_revoked.id), qPrintable(m_server.lastError()));
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));

    m_order = QUuid::createUuid();
    m_line = QUuid::createUuid();
    const QJsonObject create = Push::batch(m_order, 0, u"bar"_s, {Push::create(u"BAR-1"_s), Push::addLine(m_line, 250, 1000)});
    m_firstOpId = QUuid::fromString(create.value(u"op_id"_s).toString());
    QCOMPARE(m_server.push(m_bar, create).status, 200);
    QCOMPARE(m_server.push(m_bar, Push::batch(m_order, 1, u"bar"_s, {Push::setLine(m_line, u"quantity"_s, 2000)})).status, 200);
    m_otherOrder = QUuid::createUuid();
    QCOMPARE(m_server.push(m_stranger, Push::batch(m_otherOrder, 0, u"other"_s, {Push::create(u"OTH-1"_s)})).status, 200);
    m_baseline = fingerprint();
    QVERIFY(!m_baseline.shop.isEmpty() && !m_baseline.other.isEmpty());
}

TestHostile::Fingerprint TestHostile::fingerprint() const
{
    auto state = [this](const Terminal &terminal) {
        const HttpResponse snapshot = m_server.get("/v1/snapshot", terminal.token);
        return snapshot.status == 200 ? snapshot.body : QByteArray();
    };
    return {state(m_bar), state(m_stranger)};
}

QByteArray TestHostile::fill(QByteArray text) const
{
    text.replace("%TOKEN%", m_bar.token)
        .replace("%REVOKED%", m_revoked.token)
        .replace("%STRANGER%", m_stranger.token)
        .replace("%ORDER%", uidText(m_order).toLatin1())
        .replace("%LINE%", uidText(m_line).toLatin1())
        .replace("%OTHERORDER%", uidText(m_otherOrder).toLatin1())
        .replace("%FIRSTOP%", uidText(m_firstOpId).toLatin1());
    while (text.contains("%NEW%"))
        text.replace(text.indexOf("%NEW%"), 5, uidText(QUuid::createUuid()).toLatin1());
    const qsizetype headEnd = text.indexOf("\r\n\r\n");
    if (text.contains("%LENGTH%") && headEnd >= 0) {
        const qsizetype bodyLength = text.size() - headEnd - 4;
        text.replace("%LENGTH%", QByteArray::number(bodyLength));
    }
    return text;
}

void TestHostile::catalogue_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("closes");

    const QByteArray health = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    const QByteArray innerPush = request("POST", "/v1/push",
                                         R"({"op_id":"%NEW%","order":"%NEW%","base_revision":0,"instance":"bar","user":"Eve",)"
                                         R"("ops":[{"op":"create","receipt_reference":"EVE-1","currency":"EUR","created_at":"2026-11-27T10:00:00Z"}]})");
    const QByteArray smuggled = "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer %TOKEN%\r\n";
    auto row = [](const char *name, const QByteArray &raw, int status, const char *code, bool closes) {
        QTest::newRow(name) << raw << status << QString::fromLatin1(code) << closes;
    };

    // Framing: anything two HTTP parsers could read differently is refused, and the connection closed.
    row("Content-Length 0 then N (smuggling)",
        smuggled + "Content-Length: 0\r\nContent-Length: " + QByteArray::number(innerPush.size()) + "\r\n\r\n" + innerPush,
        400, "bad_request", true);
    row("two equal Content-Length", smuggled + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}", 400, "bad_request", true);
    row("Content-Length with Transfer-Encoding",
        smuggled + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400, "bad_request", true);
    row("Transfer-Encoding chunked", smuggled + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n", 400, "bad_request", true);
    row("Transfer-Encoding identity", smuggled + "Transfer-Encoding: identity\r\nContent-Length: 2\r\n\r\n{}", 400,
        "bad_request", true);
    row("Content-Length +12", smuggled + "Content-Length: +2\r\n\r\n{}", 400, "bad_request", true);
    row("Content-Length -1", smuggled + "Content-Length: -1\r\n\r\n{}", 400, "bad_request", true);
    row("Content-Length 2e0", smuggled + "Content-Length: 2e0\r\n\r\n{}", 400, "bad_request", true);
    row("Content-Length 0x2", smuggled + "Content-Length: 0x2\r\n\r\n{}", 400, "bad_request", true);
    row("Content-Length with a space inside", smuggled + "Content-Length: 1 1\r\n\r\n{}", 400, "bad_request", true);
    row("Content-Length of 20 digits", smuggled + "Content-Length: 00000000000000000002\r\n\r\n{}", 400, "bad_request", true);
    row("Content-Length above the limit", smuggled + "Content-Length: 1048577\r\n\r\n{}", 413, "too_large", true);
    row("POST without Content-Length", smuggled + "\r\n", 411, "length_required", true);
    row("request head above 16 KiB", health + "X-Filler: " + QByteArray(17000, 'a') + "\r\n\r\n", 413, "too_large", true);
    row("bare LF line endings", "GET /health HTTP/1.1\nHost: 127.0.0.1\n\n", 400, "bad_request", true);
    row("bare LF inside the head", "GET /health HTTP/1.1\r\nHost: 127.0.0.1\nX-A: 1\r\n\r\n", 400, "bad_request", true);
    row("bare CR inside a header", health + "X-A: 1\r2\r\n\r\n", 400, "bad_request", true);
    row("folded header line", health + "X-A: 1\r\n  2\r\n\r\n", 400, "bad_request", true);
    row("header line without a colon", health + "X-A 1\r\n\r\n", 400, "bad_request", true);
    row("space before the colon", health + "X-A : 1\r\n\r\n", 400, "bad_request", true);
    row("NUL in a header value", health + "X-A: 1" + QByteArray(1, '\0') + "2\r\n\r\n", 400, "bad_request", true);
    row("leading CRLF before the request line", "\r\n" + health + "\r\n", 400, "bad_request", true);
    row("HTTP/2.0 request line", "GET /health HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n", 505, "http_version", true);
    row("HTTP/9.9 request line", "GET /health HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n", 505, "http_version", true);
    row("HTTP/1.2 request line", "GET /health HTTP/1.2\r\nHost: 127.0.0.1\r\n\r\n", 505, "http_version", true);
    row("not HTTP at all", "GET /health HTTX/1.1\r\nHost: 127.0.0.1\r\n\r\n", 400, "bad_request", true);
    row("two spaces in the request line", "GET  /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 400, "bad_request", true);
    row("absolute-form target", "GET http://127.0.0.1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 400, "bad_request", true);
    row("asterisk-form target", "OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 400, "bad_request", true);
    row("percent-encoded path /v1/%70ush", request("POST", "/v1/%70ush", "{}"), 400, "bad_request", true);
    row("dot segments in the path", request("GET", "/v1/../v1/snapshot"), 400, "bad_request", true);
    row("fragment in the target", request("GET", "/v1/snapshot#x"), 400, "bad_request", true);
    row("non-ASCII byte in the target", request("GET", "/v1/snapsh\xc3\xb6t"), 400, "bad_request", true);
    row("HTTP/1.1 without Host", "GET /health HTTP/1.1\r\n\r\n", 400, "bad_request", true);
    row("two Host headers", health + "Host: 127.0.0.1\r\n\r\n", 400, "bad_request", true);
    row("two Authorization headers", request("GET", "/v1/snapshot", {}, "Authorization: Bearer %TOKEN%\r\n"), 400,
        "bad_request", true);
    row("Upgrade to websocket", health + "Connection: Upgrade\r\nUpgrade: websocket\r\n\r\n", 400, "bad_request", true);

    // Routing and authentication: refused, the connection stays usable.
    row("unknown method on a known path", "BREW /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 405, "method_not_allowed", false);
    row("path climbing with dot segments", request("GET", "/v1/push/../../etc/passwd"), 400, "bad_request", true);
    row("unknown path", request("GET", "/v1/tickets"), 404, "not_found", false);
    row("Bearer with two spaces", request("GET", "/v1/snapshot").replace("Bearer %TOKEN%", "Bearer  %TOKEN%"), 401,
        "unauthorized", false);
    row("bearer in lower case", request("GET", "/v1/snapshot").replace("Bearer %TOKEN%", "bearer %TOKEN%"), 401,
        "unauthorized", false);
    row("Bearer without a token", request("GET", "/v1/snapshot").replace("Bearer %TOKEN%", "Bearer"), 401, "unauthorized", false);
    row("Basic credentials", request("GET", "/v1/snapshot").replace("Bearer %TOKEN%", "Basic YWxpY2U6c2VjcmV0"), 401,
        "unauthorized", false);
    row("token with a character outside base64url", request("GET", "/v1/snapshot").replace("%TOKEN%", "%TOKEN%!"), 401,
        "unauthorized", false);
    row("token of 300 characters", request("GET", "/v1/snapshot").replace("%TOKEN%", QByteArray(300, 'a')), 401,
        "unauthorized", false);
    row("unknown token", request("GET", "/v1/snapshot").replace("%TOKEN%", "tdm_" + QByteArray(43, 'x')), 401,
        "unauthorized", false);
    row("revoked token", request("GET", "/v1/snapshot").replace("%TOKEN%", "%REVOKED%"), 403, "revoked", false);

    // Query strings: known parameters, once each, integers in plain digits.
    row("after=+1", request("GET", "/v1/events?after=+1&instance=bar"), 400, "bad_request", false);
    row("after=1.0", request("GET", "/v1/events?after=1.0&instance=bar"), 400, "bad_request", false);
    row("after given twice", request("GET", "/v1/events?after=9&after=1&instance=bar"), 400, "bad_request", false);
    row("after of 20 digits", request("GET", "/v1/events?after=99999999999999999999&instance=bar"), 400, "bad_request", false);
    row("unknown query parameter", request("GET", "/v1/events?after=0&instance=bar&limit=1"), 400, "bad_request", false);
    row("instance with a NUL", request("GET", "/v1/events?after=0&instance=b%00r"), 400, "bad_request", false);
    row("instance of 65 characters", request("GET", "/v1/events?after=0&instance=" + QByteArray(65, 'i')), 400,
        "bad_request", false);
    row("query on the snapshot", request("GET", "/v1/snapshot?all=1"), 400, "bad_request", false);

    // JSON: RFC 8259 exactly, no duplicate keys, bounded nesting.
    row("raw NUL inside a string", push(QByteArray(R"("ops":[{"op":"set","field":"customer_name","value":"E)") + '\0' + "ve\"}]}"),
        400, "bad_json", false);
    row("raw LF inside a string", push(R"("ops":[{"op":"set","field":"customer_name","value":"E)" "\n" R"(ve"}]})"), 400,
        "bad_json", false);
    row("number 1.", push(R"("ops":[{"op":"set_line","line":"%LINE%","field":"discount","value":1.}]})"), 400, "bad_json", false);
    row("number with a leading zero", push(R"("ops":[{"op":"set_line","line":"%LINE%","field":"discount","value":01}]})"), 400,
        "bad_json", false);
    row("number with a plus sign", push(R"("ops":[{"op":"set_line","line":"%LINE%","field":"discount","value":+1}]})"), 400,
        "bad_json", false);
    row("NaN", push(R"("ops":[{"op":"set_line","line":"%LINE%","field":"discount","value":NaN}]})"), 400, "bad_json", false);
    row("duplicate key", push(R"("user":"Mallory","ops":[{"op":"cancel"}]})"), 400, "bad_json", false);
    row("duplicate key spelled with an escape",
        push(R"("us\u0065r":"Mallory","ops":[{"op":"cancel"}]})"), 400, "bad_json", false);
    row("duplicate key, once as an escaped surrogate pair",
        push("\"customer_name\":\"x\",\"ops\":[{\"op\":\"set\",\"field\":\"ext:k\",\"value\":{\"\\ud83d\\ude00\":1,\"\xf0\x9f\x98\x80\":2}}]}"),
        400, "bad_json", false);
    row("two keys differing by an escaped newline (not duplicates)",
        push(R"("ops":[{"op":"set_line","line":"%LINE%","field":"ext:k","value":{"a\n":1,"an":2}},{"op":"set_line","line":"%LINE%","field":"quantity","value":99999999999}]})"),
        400, "bad_request", false);
    row("trailing comma", push(R"("ops":[{"op":"cancel"},]})"), 400, "bad_json", false);
    row("single quotes", request("POST", "/v1/push", "{'op_id':1}"), 400, "bad_json", false);
    row("text after the object", push(R"("ops":[{"op":"cancel"}]}x)"), 400, "bad_json", false);
    row("byte order mark", request("POST", "/v1/push", "\xef\xbb\xbf{}"), 400, "bad_json", false);
    row("invalid UTF-8 in a string", push("\"ops\":[{\"op\":\"set\",\"field\":\"customer_name\",\"value\":\"\xff\xfe\"}]}"), 400,
        "bad_json", false);
    row("body nested 33 levels", request("POST", "/v1/push", "{\"a\":" + nestedArrays(32) + "}"), 400, "bad_json", false);
    row("ext value of 1,021 nested arrays (2,042 bytes)",
        push(R"("ops":[{"op":"set_line","line":"%LINE%","field":"ext:k","value":)" + nestedArrays(1021) + "}]}"), 400,
        "bad_json", false);
    row("ext value nested 17 levels",
        push(R"("ops":[{"op":"set_line","line":"%LINE%","field":"ext:k","value":)" + nestedArrays(17) + "}]}"), 400,
        "bad_request", false);
    row("document value nested 17 levels",
        request("POST", "/v1/documents", R"({"key":"restaurant.floors","value":)" + nestedArrays(17)
                                             + R"(,"base_revision":0,"instance":"bar","user":"Alice"})"),
        400, "bad_request", false);
    row("base_revision 1e400", push(R"("ops":[{"op":"cancel"}]})").replace("\"base_revision\":2", "\"base_revision\":1e400"), 400,
        "bad_json", false);
    row("quantity 10^17", push(R"("ops":[{"op":"set_line","line":"%LINE%","field":"quantity","value":100000000000000000}]})"), 400,
        "bad_request", false);
    row("unit price 10^17 through set_line",
        push(R"("ops":[{"op":"set_line","line":"%LINE%","field":"unit_price","value":100000000000000000}]})"), 400,
        "bad_request", false);

    row("a line of 10^17 minor units",
        push(R"("ops":[{"op":"add_line","line":{"uid":"%NEW%","product_id":"gold","product_name":"Gold","unit_price":100000000000,"tax_rate":0,"quantity":1000000000,"discount":0}}]})"),
        422, "invalid", false);
    row("set_line taking an order past 10^13 minor units",
        push(R"("ops":[{"op":"set_line","line":"%LINE%","field":"unit_price","value":100000000000},{"op":"set_line","line":"%LINE%","field":"quantity","value":200000000}]})"),
        422, "invalid", false);

    // Meaning: confined to the caller's group, replays change nothing, sessions strictly named.
    row("another group's order uid",
        push(R"("ops":[{"op":"cancel"}]})").replace("%ORDER%", "%OTHERORDER%").replace("\"base_revision\":2", "\"base_revision\":1"),
        404, "unknown_order", false);
    row("another group's token on this group's order",
        push(R"("ops":[{"op":"cancel"}]})").replace("%TOKEN%", "%STRANGER%"), 404, "unknown_order", false);
    row("replayed op_id with different content",
        request("POST", "/v1/push", R"({"op_id":"%FIRSTOP%","order":"%ORDER%","base_revision":2,"instance":"bar","user":"Alice","ops":[{"op":"cancel"}]})"),
        200, "", false);
    row("session opened with a NUL in the instance", request("POST", "/v1/session/open", R"({"instance":"bar\u0000"})"), 400,
        "bad_request", false);
    row("session opened with a blank instance", request("POST", "/v1/session/open", R"({"instance":"   "})"), 400, "bad_request",
        false);
    row("session body with another key", request("POST", "/v1/session/open", R"({"instance":"bar","user":"Eve"})"), 400,
        "bad_request", false);
}

void TestHostile::catalogue()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, closes);

    HttpConnection connection(m_server.port());
    QVERIFY(connection.open());
    QVERIFY(connection.sendRaw(fill(raw)));
    const HttpResponse answer = connection.read();
    QVERIFY2(answer.complete, answer.describe());
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.header("content-type"), "application/json");
    if (!code.isEmpty()) {
        QVERIFY2(answer.errorCode() == code, qPrintable(answer.errorCode() + u": "_s + answer.message()));
        QVERIFY(!answer.message().isEmpty());
    }
    if (closes) {
        QVERIFY2(connection.waitForClosed(), "the server kept a refused connection open");
    } else {
        // The connection still works: nothing of the refused request is left on it.
        QVERIFY(connection.send("GET", "/health"));
        QCOMPARE(connection.read().status, 200);
    }
    QVERIFY2(fingerprint() == m_baseline, "a refused request changed the state");
    QVERIFY(m_server.isRunning());
    QCOMPARE(m_server.get("/v1/whoami", m_stranger.token).status, 200);
}

void TestHostile::pipelinedRequestsAreFramedAlike_data()
{
    QTest::addColumn<int>("chunkBytes");
    QTest::newRow("in one write") << 0;
    QTest::newRow("one byte at a time") << 1;
    QTest::newRow("seven bytes at a time") << 7;
}

// Requests sent back to back are framed exactly as QHttpServer reads them, however they are cut.
void TestHostile::pipelinedRequestsAreFramedAlike()
{
    QFETCH(int, chunkBytes);

    const QUuid order = QUuid::createUuid();
    const QByteArray pushBody = Push::bytes(Push::batch(order, 0, u"pipe"_s, {Push::create(u"PIPE-1"_s)}));
    const QByteArray bytes = requestBytes("GET", "/health", m_server.port())
        + requestBytes("POST", "/v1/push", m_server.port(), m_bar.token, pushBody)
        + requestBytes("GET", "/v1/whoami", m_server.port(), m_bar.token);
    HttpConnection connection(m_server.port());
    QVERIFY(connection.open());
    if (chunkBytes == 0) {
        QVERIFY(connection.sendRaw(bytes));
    } else {
        for (qsizetype at = 0; at < bytes.size(); at += chunkBytes) {
            QVERIFY(connection.sendRaw(bytes.mid(at, chunkBytes)));
            connection.socket().flush();
            if (at % 64 == 0)
                QTest::qWait(1); // lets the chunks reach the server as separate reads
        }
    }
    const HttpResponse health = connection.read();
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(u"status"_s).toString(), u"ok"_s);
    const HttpResponse pushed = connection.read();
    QCOMPARE(pushed.status, 200);
    QCOMPARE(pushed.json.value(u"order"_s).toObject().value(u"uid"_s).toString(), uidText(order));
    const HttpResponse whoami = connection.read();
    QCOMPARE(whoami.status, 200);
    QCOMPARE(whoami.json.value(u"terminal"_s).toString(), u"Bar"_s);

    // The order goes again so the catalogue's baseline still holds.
    const QJsonObject cancel = Push::batch(order, 1, u"pipe"_s, {Push::cancel()});
    QCOMPARE(m_server.push(m_bar, cancel).status, 200);
    m_baseline = fingerprint();
}

void TestHostile::connectionCloseIsHonoured_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("closes");
    QTest::newRow("HTTP/1.1 with Connection: close") << QByteArray("GET /health HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
                                                     << true;
    QTest::newRow("HTTP/1.1 keeps alive") << QByteArray("GET /health HTTP/1.1\r\nHost: a\r\n\r\n") << false;
    QTest::newRow("HTTP/1.0") << QByteArray("GET /health HTTP/1.0\r\n\r\n") << true;
    QTest::newRow("HTTP/1.0 with keep-alive") << QByteArray("GET /health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << false;
    QTest::newRow("a refusal with Connection: close")
        << QByteArray("GET /v1/snapshot HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n") << true;
}

void TestHostile::connectionCloseIsHonoured()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, closes);

    HttpConnection connection(m_server.port());
    QVERIFY(connection.open());
    QVERIFY(connection.sendRaw(head));
    const HttpResponse answer = connection.read();
    QVERIFY2(answer.complete, answer.describe());
    QVERIFY(answer.status == 200 || answer.status == 401);
    if (closes) {
        QVERIFY2(connection.waitForClosed(), "the server kept the connection open");
    } else {
        QVERIFY(connection.send("GET", "/health"));
        QCOMPARE(connection.read().status, 200);
    }
}

void TestHostile::slowClientsTimeOut_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<int>("status"); // 0: closed without an answer

    QTest::newRow("connects and sends nothing") << QByteArray() << 0;
    QTest::newRow("half a head") << QByteArray("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n") << 408;
    QTest::newRow("half a body")
        << QByteArray("POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer %TOKEN%\r\nContent-Length: 100\r\n\r\n{\"op_id\"")
        << 408;
    QTest::newRow("idle after an answer") << QByteArray("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") << 200;
}

// A server with one-second timeouts closes every connection that overstays one.
void TestHostile::slowClientsTimeOut()
{
    QFETCH(QByteArray, sent);
    QFETCH(int, status);

    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start({u"--head-timeout"_s, u"1"_s, u"--body-timeout"_s, u"1"_s, u"--idle-timeout"_s, u"1"_s}),
             qPrintable(server.lastError()));

    HttpConnection connection(server.port());
    QVERIFY(connection.open());
    if (!sent.isEmpty())
        QVERIFY(connection.sendRaw(sent.replace("%TOKEN%", terminals.at(0).token)));
    if (status == 200)
        QCOMPARE(connection.read().status, 200);
    // Well past the one-second timeout, however busy the machine: the server must have closed it.
    if (status == 408) {
        const HttpResponse answer = connection.read(20000);
        QVERIFY2(answer.complete, answer.describe());
        QCOMPARE(answer.status, 408);
        QCOMPARE(answer.errorCode(), u"timeout"_s);
    }
    QVERIFY2(connection.waitForClosed(20000), "the server kept a slow connection open");
    QCOMPARE(server.lastSeq(terminals.at(0)), 0);
    const HttpResponse metrics = server.get("/metrics");
    QVERIFY2(metrics.body.contains("tandem_connections_total{result=\"timed_out\"} 1"), metrics.body);
}

// 2,000 idle connections, more than a service's default soft limit of open files: the
// server raises its limit, holds them all, and answers everyone else at once.
void TestHostile::idleConnectionsDoNotStarveTheServer()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &terminals), qPrintable(server.lastError()));
    // The server starts as systemd starts a service: a soft limit of 1,024 open files.
    setOwnFileLimit(1024);
    const bool started = server.start();
    const int idle = qMin(2000, setOwnFileLimit(0) - 100);
    QVERIFY2(started, qPrintable(server.lastError()));
    QVERIFY2(idle >= 1100, "this machine's hard limit of open files is too low for the test");

    const auto connections = openIdle(server.port(), idle);
    QCOMPARE(int(connections.size()), idle);
    QTRY_VERIFY_WITH_TIMEOUT(server.get("/metrics").body.contains("tandem_connections_open " + QByteArray::number(idle + 1)),
                             20000);
    QCOMPARE(server.get("/health").status, 200);
    const HttpResponse whoami = server.get("/v1/whoami", terminals.at(0).token);
    QCOMPARE(whoami.status, 200);
    QCOMPARE(server.push(terminals.at(0), Push::batch(QUuid::createUuid(), 0, u"bar"_s, {Push::create(u"BAR-1"_s)})).status, 200);
    QVERIFY(server.isRunning());
}

// At the cap, idle connections make room for new ones; a held poll is never the one to go.
void TestHostile::connectionCapMakesRoom()
{
    SyncdServer server;
    QList<Terminal> terminals;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s, u"Terrace"_s}, &terminals), qPrintable(server.lastError()));
    QVERIFY2(server.start({u"--max-connections"_s, u"50"_s, u"--heartbeat"_s, u"60"_s}), qPrintable(server.lastError()));
    const Terminal &bar = terminals.at(0);

    HttpConnection poll(server.port());
    QVERIFY(poll.open());
    QVERIFY(poll.send("GET", "/v1/events?after=0&instance=bar-1", bar.token));
    QVERIFY(server.waitForPollers(1));

    const auto idle = openIdle(server.port(), 200);
    QCOMPARE(int(idle.size()), 200);
    QCOMPARE(server.get("/health").status, 200);
    QCOMPARE(server.push(terminals.at(1), Push::batch(QUuid::createUuid(), 0, u"terrace"_s, {Push::create(u"TER-1"_s)})).status,
             200);
    const HttpResponse woken = poll.read();
    QCOMPARE(woken.status, 200);
    QCOMPARE(woken.json.value(u"events"_s).toArray().size(), 1);
    const HttpResponse metrics = server.get("/metrics");
    QVERIFY2(metrics.body.contains("tandem_connections_limit 50"), metrics.body);
    QVERIFY2(!metrics.body.contains("tandem_connections_total{result=\"evicted\"} 0"), metrics.body);
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
