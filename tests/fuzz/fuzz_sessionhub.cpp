#include "order.h"
#include "protocol.h"
#include "serverstore.h"
#include "sessionhub.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

// Requests to the real SessionHub over a real ServerStore, one per line of the input, from
// Bar (even lines) and Terrace (odd lines): a request body that decodes as a batch is pushed,
// one that decodes as a document change or a cash report is stored, and the words "open"
// and "close" open and close that terminal's session. Both sessions are open when an input
// starts, and its run is ended after it. Whatever the hub answers must be JSON a terminal
// can read, its orders must decode, and no two open orders may share a ticket.
namespace {

[[noreturn]] void fail(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "fuzz_sessionhub: %s\n%s\n", what, detail.left(4096).constData());
    std::abort();
}

QJsonObject readable(const char *what, const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        fail(what, "not a JSON object a terminal can read: " + error.errorString().toUtf8() + '\n' + body);
    return document.object();
}

void decodes(const char *what, const QJsonValue &json)
{
    Order order;
    QString error;
    if (!Protocol::orderFromJson(json, &order, &error))
        fail(what, "an order the terminal refuses: " + error.toUtf8() + '\n' + QJsonDocument(json.toObject()).toJson());
}

struct Fixture
{
    explicit Fixture(char *program)
        : argv{program}
        , app(argc, argv)
    {
        SessionHub::Options options;
        options.retainedEvents = 1000; // pruned after a few inputs
        options.eventsPerAnswer = 50;  // answers come in pages
        GroupRecord group;
        TerminalRecord bar;
        TerminalRecord terrace;
        if (!dir.isValid() || !store.open(dir.filePath(QStringLiteral("syncd.sqlite")))
            || !store.addGroup(QStringLiteral("Shop"), &group)
            || !store.addTerminal(group.id, QStringLiteral("Bar"), "token-hash:bar", &bar)
            || !store.addTerminal(group.id, QStringLiteral("Terrace"), "token-hash:terrace", &terrace))
            fail("cannot set up the store", store.lastError().toUtf8());
        groupId = group.id;
        terminals[0] = {bar.id, group.id, bar.name};
        terminals[1] = {terrace.id, group.id, terrace.name};
        hub = std::make_unique<SessionHub>(&store, options);
    }

    HubReply request(int who, const QByteArray &line);
    void checkSnapshot();
    void checkEvents(qint64 after);

    int argc = 1; // QCoreApplication keeps a reference to it
    char *argv[1];
    QCoreApplication app;
    QTemporaryDir dir;
    ServerStore store;
    std::unique_ptr<SessionHub> hub;
    qint64 groupId = 0;
    TerminalIdentity terminals[2];
    const QString instances[2] = {QStringLiteral("bar-1"), QStringLiteral("terrace-1")};
    // Op ids and order uids of each input are renamed into a space of its own, so an input
    // does not find the orders and answers of the inputs before it.
    QUuid space;
    qint64 inputs = 0;
};

std::unique_ptr<Fixture> fixture;

HubReply Fixture::request(int who, const QByteArray &line)
{
    const TerminalIdentity &terminal = terminals[who];
    if (line == "open")
        return hub->openSession(terminal, instances[who]);
    if (line == "close")
        return hub->closeSession(terminal, instances[who]);
    // Read as tandem-syncd reads a request body.
    QJsonObject json;
    QString error;
    if (!Protocol::parseJsonObject(line, &json, &error))
        return {};
    Protocol::Batch batch;
    if (Protocol::batchFromJson(json, &batch, &error)) {
        batch.opId = QUuid::createUuidV5(space, batch.opId.toRfc4122());
        batch.orderUid = QUuid::createUuidV5(space, batch.orderUid.toRfc4122());
        return hub->push(terminal, batch);
    }
    Protocol::DocumentChange change;
    if (Protocol::documentChangeFromJson(json, &change, &error))
        return hub->putDocument(terminal, change);
    Protocol::CashReport report;
    if (Protocol::cashReportFromJson(json, &report, &error))
        return hub->storeCashReport(terminal, report);
    return {};
}

void Fixture::checkSnapshot()
{
    const QJsonObject snapshot = readable("snapshot", hub->snapshot(groupId).body);
    QSet<qint64> tickets;
    for (const QJsonValue order : snapshot.value(QStringLiteral("orders")).toArray()) {
        decodes("snapshot", order);
        const qint64 ticket = order.toObject().value(QStringLiteral("ticket")).toInteger();
        if (ticket < 1 || tickets.contains(ticket))
            fail("open orders without a ticket of their own", QJsonDocument(snapshot).toJson());
        tickets.insert(ticket);
    }
}

// Every event since `after`, page by page, as a terminal reads them.
void Fixture::checkEvents(qint64 after)
{
    const qint64 last = hub->lastSeq(groupId);
    while (after < last) {
        const SessionHub::Events events = hub->events(groupId, after);
        if (events.hold || events.reply.status != 200)
            fail("events are not answered", events.reply.body);
        const QJsonObject page = readable("events", events.reply.body);
        for (const QJsonValue event : page.value(QStringLiteral("events")).toArray()) {
            if (event.toObject().contains(QStringLiteral("order")))
                decodes("event", event.toObject().value(QStringLiteral("order")));
        }
        const qint64 sent = page.value(QStringLiteral("last_seq")).toInteger();
        if (sent <= after)
            fail("events do not advance", events.reply.body);
        after = sent;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    fixture = std::make_unique<Fixture>((*argv)[0]);
    // The store and its directory go before Qt's own globals do.
    std::atexit([] { fixture.reset(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fixture &f = *fixture;
    f.space = QUuid::createUuidV5(QUuid(), QByteArray::number(++f.inputs));
    const qint64 before = f.hub->lastSeq(f.groupId);
    for (int i = 0; i < 2; ++i)
        f.hub->openSession(f.terminals[i], f.instances[i]);
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> lines = input.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const HubReply reply = f.request(int(i % 2), lines.at(i));
        if (reply.body.isEmpty())
            continue;
        if (reply.status != 200 && reply.status != 404 && reply.status != 409 && reply.status != 422)
            fail("an answer other than 200, 404, 409 or 422", QByteArray::number(reply.status) + ' ' + reply.body);
        const QJsonObject body = readable("answer", reply.body);
        if (body.contains(QStringLiteral("order")))
            decodes("answer", body.value(QStringLiteral("order")));
    }
    f.checkSnapshot();
    // Opened again first, in case the input closed them: the last close ends the run.
    for (int i = 0; i < 2; ++i)
        f.hub->openSession(f.terminals[i], f.instances[i]);
    for (int i = 0; i < 2; ++i)
        f.hub->closeSession(f.terminals[i], f.instances[i]);
    f.checkEvents(before);
    return 0;
}
