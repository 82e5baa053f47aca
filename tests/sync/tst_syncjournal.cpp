#include "extensionregistry.h"
#include "localstore.h"
#include "orderbook.h"
#include "product.h"
#include "protocol.h"
#include "serverstore.h"
#include "sessionhub.h"
#include "syncjournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// Local edits become outbox batches; pushed in order to a real hub they rebuild
// exactly the order the terminal shows.
class TestSyncJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstLinePublishesTheOrder();
    void everyEditBecomesOneBatch();
    void serverEndsWithTheTerminalsOrder();
    void unpublishedOrdersLeaveNoTrace();
    void failedJournalRollsTheEditBack();
    void uniqueFieldsTravelAsSetsTheServerChecks();
    void longOrderIsPublishedInSeveralBatches();

private:
    QList<OutboxEntry> outbox();
    QStringList opsOf(const OutboxEntry &entry);
    void pushAll(QList<HubReply> *replies);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<OrderBook> m_book;
    std::unique_ptr<SyncJournal> m_journal;
};

namespace {

Product product(const QString &id, qint64 price, int taxRate = 1900)
{
    return Product{id, QStringLiteral("Product ") + id, QStringLiteral("Drinks"), price, taxRate, QString()};
}

// Declares one unique order field, as the restaurant's table.
class SeatExtension final : public Extension
{
public:
    QString id() const override { return "seat"; }
    QString displayName() const override { return "Seat"; }
    QList<ExtensionField> fields() const override { return {{ExtensionScope::Order, "seat.table", true}}; }
};

class FailingJournal final : public OrderJournal
{
public:
    bool record(const Order &, const Order &, const OrderEdit &) override { return false; }
};

} // namespace

void TestSyncJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>();
    QVERIFY(m_store->open(m_dir->filePath("terminal.sqlite")));
    CashSession session;
    QVERIFY(m_store->openSession("Alice", 0, &session));
    m_book = std::make_unique<OrderBook>(m_store.get());
    m_book->setContext({{"Alice", "Bar"}, "BAR", "EUR", session.id});
    m_journal = std::make_unique<SyncJournal>(m_store.get());
    m_book->setJournal(m_journal.get());
}

void TestSyncJournal::cleanup()
{
    m_book.reset();
    m_journal.reset();
    m_store.reset();
    m_dir.reset();
}

QList<OutboxEntry> TestSyncJournal::outbox()
{
    QList<OutboxEntry> entries;
    if (!m_store->loadOutbox(&entries))
        qWarning("outbox: %s", qPrintable(m_store->lastError()));
    return entries;
}

QStringList TestSyncJournal::opsOf(const OutboxEntry &entry)
{
    QStringList names;
    for (const QJsonValue &op : QJsonDocument::fromJson(entry.ops).array())
        names << op.toObject().value("op").toString();
    return names;
}

void TestSyncJournal::pushAll(QList<HubReply> *replies)
{
    ServerStore server;
    QVERIFY(server.open(m_dir->filePath("server.sqlite")));
    GroupRecord group;
    QVERIFY(server.addGroup("Shop", &group));
    TerminalRecord terminal;
    QVERIFY(server.addTerminal(group.id, "Bar", "hash", &terminal));
    SessionHub hub(&server, {});
    for (const OutboxEntry &entry : outbox()) {
        Protocol::Batch batch;
        QString error;
        QVERIFY2(Protocol::batchFromJson(SyncJournal::batchBody(entry, "bar-1"), &batch, &error), qPrintable(error));
        replies->append(hub.push({terminal.id, group.id, "Bar"}, batch));
    }
}

void TestSyncJournal::firstLinePublishesTheOrder()
{
    const QUuid uid = m_book->createOrder();
    QVERIFY(outbox().isEmpty());
    QVERIFY(m_book->addProduct(uid, product("COL", 250)));
    const QList<OutboxEntry> entries = outbox();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(opsOf(entries.first()), QStringList({"create", "add_line"}));
    QCOMPARE(entries.first().baseRevision, 0);
    QCOMPARE(entries.first().orderUid, uid);
    QCOMPARE(entries.first().user, QStringLiteral("Alice"));
    QVERIFY(m_book->order(uid)->published);
    Order stored;
    QVERIFY(m_store->loadOrder(uid, &stored));
    QVERIFY(stored.published);
}

void TestSyncJournal::everyEditBecomesOneBatch()
{
    const QUuid uid = m_book->createOrder();
    QUuid cola, cake;
    QVERIFY(m_book->addProduct(uid, product("COL", 250), &cola));
    QVERIFY(m_book->addProduct(uid, product("COL", 250)));
    QVERIFY(m_book->addProduct(uid, product("CAK", 390, 700), &cake));
    QVERIFY(m_book->setDiscount(uid, cake, 1000));
    QVERIFY(m_book->setQuantity(uid, cola, 3000));
    QVERIFY(m_book->setCustomerName(uid, "Ms Smith"));
    QVERIFY(m_book->removeLine(uid, cake));
    QVERIFY(m_book->pay(uid, {Payment{QUuid(), PaymentMethod::Cash, 1000}}));
    const QList<OutboxEntry> entries = outbox();
    QCOMPARE(entries.size(), 8);
    QCOMPARE(opsOf(entries.at(1)), QStringList({"set_line"}));
    const QJsonObject increment = QJsonDocument::fromJson(entries.at(1).ops).array().first().toObject();
    QCOMPARE(increment.value("add").toInteger(), 1000);
    QVERIFY(!increment.contains("value"));
    QCOMPARE(opsOf(entries.at(2)), QStringList({"add_line"}));
    QCOMPARE(opsOf(entries.at(3)), QStringList({"set_line"}));
    QCOMPARE(opsOf(entries.at(5)), QStringList({"set"}));
    QCOMPARE(opsOf(entries.at(6)), QStringList({"remove_line"}));
    QCOMPARE(opsOf(entries.at(7)), QStringList({"pay"}));
    QSet<QString> opIds;
    for (const OutboxEntry &entry : entries)
        opIds.insert(entry.opId);
    QCOMPARE(opIds.size(), entries.size());
    QVERIFY(m_store->removeOutbox(entries.first().opId));
    QCOMPARE(outbox().size(), 7);
}

void TestSyncJournal::serverEndsWithTheTerminalsOrder()
{
    const QUuid open = m_book->createOrder();
    QUuid cola, cake;
    QVERIFY(m_book->addProduct(open, product("COL", 250), &cola));
    QVERIFY(m_book->addProduct(open, product("CAK", 390, 700), &cake));
    QVERIFY(m_book->addProduct(open, product("COL", 250)));
    QVERIFY(m_book->setDiscount(open, cake, 1500));
    QVERIFY(m_book->setUnitPrice(open, cola, 300));
    QVERIFY(m_book->setCustomerName(open, "Table 4"));
    const QUuid paid = m_book->createOrder();
    QVERIFY(m_book->addProduct(paid, product("ESP", 220)));
    const qint64 total = m_book->order(paid)->total();
    QVERIFY(m_book->pay(paid, {Payment{QUuid(), PaymentMethod::Card, total}}));
    const QUuid cancelled = m_book->createOrder();
    QVERIFY(m_book->addProduct(cancelled, product("ESP", 220)));
    QVERIFY(m_book->discard(cancelled));

    QList<HubReply> replies;
    pushAll(&replies);
    QVERIFY(!replies.isEmpty());
    QHash<QString, QJsonObject> lastSeen;
    for (const HubReply &reply : std::as_const(replies)) {
        QVERIFY2(reply.status == 200, reply.body.constData());
        const QJsonObject order = QJsonDocument::fromJson(reply.body).object().value("order").toObject();
        lastSeen.insert(order.value("uid").toString(), order);
    }
    Order server;
    QString error;
    QVERIFY2(Protocol::orderFromJson(lastSeen.value(open.toString(QUuid::WithoutBraces)), &server, &error),
             qPrintable(error));
    const Order *local = m_book->order(open);
    QCOMPARE(server.lines.size(), local->lines.size());
    for (int i = 0; i < local->lines.size(); ++i) {
        QCOMPARE(server.lines.at(i).uid, local->lines.at(i).uid);
        QCOMPARE(server.lines.at(i).quantity, local->lines.at(i).quantity);
        QCOMPARE(server.lines.at(i).discount, local->lines.at(i).discount);
        QCOMPARE(server.lines.at(i).unitPrice, local->lines.at(i).unitPrice);
    }
    QCOMPARE(server.customerName, local->customerName);
    QCOMPARE(server.total(), local->total());
    QCOMPARE(server.receiptReference, local->receiptReference);
    QCOMPARE(lastSeen.value(paid.toString(QUuid::WithoutBraces)).value("state").toString(), QStringLiteral("paid"));
    QCOMPARE(lastSeen.value(cancelled.toString(QUuid::WithoutBraces)).value("state").toString(),
             QStringLiteral("cancelled"));
}

void TestSyncJournal::unpublishedOrdersLeaveNoTrace()
{
    const QUuid empty = m_book->createOrder();
    QVERIFY(m_book->discard(empty));
    QVERIFY(outbox().isEmpty());

    // An order with lines from before sync was switched on goes out whole with its next edit.
    m_book->setJournal(nullptr);
    const QUuid earlier = m_book->createOrder();
    QUuid cola;
    QVERIFY(m_book->addProduct(earlier, product("COL", 250), &cola));
    QVERIFY(m_book->addProduct(earlier, product("TEA", 260)));
    QVERIFY(outbox().isEmpty());
    m_book->setJournal(m_journal.get());
    QVERIFY(m_book->setQuantity(earlier, cola, 2000));
    const QList<OutboxEntry> entries = outbox();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(opsOf(entries.first()), QStringList({"create", "add_line", "add_line", "set_line"}));

    // A published order emptied and deleted is cancelled on the server too.
    QVERIFY(m_book->removeLine(earlier, cola));
    QVERIFY(m_book->removeLine(earlier, m_book->order(earlier)->lines.first().uid));
    QVERIFY(m_book->discard(earlier));
    QCOMPARE(opsOf(outbox().last()), QStringList({"cancel"}));
}

void TestSyncJournal::failedJournalRollsTheEditBack()
{
    const QUuid uid = m_book->createOrder();
    FailingJournal failing;
    m_book->setJournal(&failing);
    QVERIFY(!m_book->addProduct(uid, product("COL", 250)));
    QVERIFY(m_book->order(uid)->lines.isEmpty());
    Order stored;
    QVERIFY(m_store->loadOrder(uid, &stored));
    QVERIFY(stored.lines.isEmpty());
    QVERIFY(!stored.published);
}


void TestSyncJournal::uniqueFieldsTravelAsSetsTheServerChecks()
{
    ExtensionRegistry registry;
    QVERIFY(registry.add(std::make_unique<SeatExtension>()));
    m_book->setExtensions(&registry);

    // A claim publishes a new order at once, as a create and a unique set.
    const QUuid claimed = m_book->createOrder();
    QVERIFY(m_book->setOrderExtension(claimed, "seat.table", "T1"));
    QCOMPARE(outbox().size(), 1);
    QCOMPARE(opsOf(outbox().first()), QStringList({"create", "set"}));

    // Set while sync was off, the value still reaches the server as a checked set.
    m_book->setJournal(nullptr);
    const QUuid offline = m_book->createOrder();
    QVERIFY(m_book->setOrderExtension(offline, "seat.table", "T1"));
    QVERIFY(m_book->addProduct(offline, product("TEA", 260)));
    m_book->setJournal(m_journal.get());
    QVERIFY(m_book->publish(offline));
    const OutboxEntry published = outbox().last();
    QCOMPARE(opsOf(published), QStringList({"create", "set", "add_line"}));
    const QJsonArray ops = QJsonDocument::fromJson(published.ops).array();
    QVERIFY(!ops.at(0)["ext"].toObject().contains("seat.table"));
    QCOMPARE(ops.at(1)["unique"].toBool(), true);

    QList<HubReply> replies;
    pushAll(&replies);
    QCOMPARE(replies.size(), 2);
    const QJsonObject second = QJsonDocument::fromJson(replies.at(1).body).object();
    QCOMPARE(second["skipped"][0]["holder"].toString(), claimed.toString(QUuid::WithoutBraces));
    QVERIFY(!second["order"]["ext"].toObject().contains("seat.table"));
}

void TestSyncJournal::longOrderIsPublishedInSeveralBatches()
{
    m_book->setJournal(nullptr);
    const QUuid uid = m_book->createOrder();
    for (int i = 0; i < 250; ++i)
        QVERIFY(m_book->addProduct(uid, product(QStringLiteral("P%1").arg(i), 100 + i)));
    m_book->setJournal(m_journal.get());
    QVERIFY(m_book->publish(uid));
    const QList<OutboxEntry> entries = outbox();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(opsOf(entries.at(0)).size(), 100);
    QCOMPARE(opsOf(entries.at(0)).first(), QStringLiteral("create"));
    QCOMPARE(opsOf(entries.at(2)).size(), 51);

    QList<HubReply> replies;
    pushAll(&replies);
    for (const HubReply &reply : std::as_const(replies))
        QCOMPARE(reply.status, 200);
    const QJsonObject last = QJsonDocument::fromJson(replies.last().body).object();
    QCOMPARE(last["order"]["lines"].toArray().size(), 250);
    QCOMPARE(qint64(last["order"]["revision"].toInteger()), 3);
}

QTEST_GUILESS_MAIN(TestSyncJournal)
#include "tst_syncjournal.moc"
