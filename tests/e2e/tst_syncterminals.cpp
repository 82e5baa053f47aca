#include "tcpproxy.h"
#include "terminalnode.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncdTest;

// Two terminals' order books kept in step through a real tandem-syncd.
class TestSyncTerminals : public QObject
{
    Q_OBJECT

private slots:
    void newOrderAppearsOnTheOtherTerminal();
    void concurrentEditsConverge();
    void ordersMadeOfflineReachTheServerOnce();
    void lastSessionToCloseEndsTheRun();
    void deletedWhileOfflineIsGoneAfterReconnect();
    void burstThenDeleteLeavesNoConflict();
    void sameTerminalTwiceStaysConsistent();
    void syncOffNeverContactsTheServer();
    void serverKilledDuringABurstLosesNothing();
    void paidOfflineReachesTheServerOnceWhenAnAnswerIsLost();
    void extensionFieldsTravelUntouched();
};

void TestSyncTerminals::newOrderAppearsOnTheOtherTerminal()
{
    Shop shop;
    QVERIFY2(shop.open(), qPrintable(shop.server.lastError()));
    TerminalNode &bar = shop.bar;
    TerminalNode &terrace = shop.terrace;

    const QUuid uid = bar.book.createOrder();
    QVERIFY(bar.book.addProduct(uid, product("COL", 250)));
    QVERIFY(bar.book.addProduct(uid, product("TEA", 260)));
    QTRY_VERIFY_WITH_TIMEOUT(terrace.book.order(uid) && terrace.book.order(uid)->lines.size() == 2, 5000);
    const Order *seen = terrace.book.order(uid);
    QCOMPARE(seen->receiptReference, bar.book.order(uid)->receiptReference);
    QCOMPARE(seen->lines.first().createdBy, (Actor{"Alice", "Bar"}));
    QTRY_COMPARE_WITH_TIMEOUT(bar.book.order(uid)->revision, seen->revision, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(bar.controller->waitingBatches(), 0, 5000);
    QCOMPARE(seen->ticketNumber, 1);
    QTRY_COMPARE_WITH_TIMEOUT(bar.book.order(uid)->ticketNumber, 1, 5000);
}

void TestSyncTerminals::concurrentEditsConverge()
{
    Shop shop;
    QVERIFY2(shop.open(), qPrintable(shop.server.lastError()));
    TerminalNode &bar = shop.bar;
    TerminalNode &terrace = shop.terrace;
    QSignalSpy barNotices(bar.controller.get(), &SyncController::notice);
    QSignalSpy terraceNotices(terrace.controller.get(), &SyncController::notice);

    const QUuid uid = bar.book.createOrder();
    QUuid cola, tea;
    QVERIFY(bar.book.addProduct(uid, product("COL", 250), &cola));
    QVERIFY(bar.book.addProduct(uid, product("TEA", 260), &tea));
    QTRY_VERIFY_WITH_TIMEOUT(terrace.book.order(uid) && terrace.book.order(uid)->lines.size() == 2, 5000);

    // Different lines at the same moment, and taps on the same line: all kept, no notice.
    QVERIFY(bar.book.addProduct(uid, product("COL", 250)));
    QVERIFY(terrace.book.setDiscount(uid, tea, 1000));
    QVERIFY(terrace.book.addProduct(uid, product("COL", 250)));
    auto settled = [&] {
        const Order *a = bar.book.order(uid);
        const Order *b = terrace.book.order(uid);
        return a && b && a->revision == b->revision && bar.controller->waitingBatches() == 0
            && terrace.controller->waitingBatches() == 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 5000);
    for (const OrderBook *book : {&bar.book, &terrace.book}) {
        QCOMPARE(book->order(uid)->lines.at(0).quantity, 3000);
        QCOMPARE(book->order(uid)->lines.at(1).discount, 1000);
    }
    QCOMPARE(barNotices.size() + terraceNotices.size(), 0);

    // Both type a quantity for the same line: one wins everywhere, the other is told.
    QVERIFY(bar.book.setQuantity(uid, tea, 4000));
    QVERIFY(terrace.book.setQuantity(uid, tea, 7000));
    QTRY_VERIFY_WITH_TIMEOUT(settled() && barNotices.size() + terraceNotices.size() == 1, 5000);
    QCOMPARE(bar.book.order(uid)->lines.at(1).quantity, terrace.book.order(uid)->lines.at(1).quantity);
    const QString told = (barNotices.isEmpty() ? terraceNotices : barNotices).first().first().toString();
    QVERIFY2(told.contains("changed the quantity"), qPrintable(told));
}

void TestSyncTerminals::ordersMadeOfflineReachTheServerOnce()
{
    Shop shop;
    QVERIFY2(shop.open(), qPrintable(shop.server.lastError()));
    SyncdServer &server = shop.server;
    const QList<Terminal> &tokens = shop.tokens;
    TerminalNode &bar = shop.bar;
    TerminalNode &terrace = shop.terrace;

    server.kill();
    QTRY_VERIFY_WITH_TIMEOUT(bar.controller->state() == SyncClient::State::Offline, 3000);
    const QUuid paid = bar.book.createOrder();
    QVERIFY(bar.book.addProduct(paid, product("COL", 250)));
    QVERIFY(bar.book.pay(paid, {Payment{QUuid(), PaymentMethod::Cash, 500}}));
    const QUuid open = bar.book.createOrder();
    QVERIFY(bar.book.addProduct(open, product("TEA", 260)));
    QCOMPARE(bar.controller->waitingBatches(), 3);

    QVERIFY2(server.start({u"--heartbeat"_s, u"1"_s}), qPrintable(server.lastError()));
    bar.controller->stop();
    terrace.controller->stop();
    bar.connectTo(server.port(), tokens.at(0).token, u"bar-1"_s);
    terrace.connectTo(server.port(), tokens.at(1).token, u"terrace-1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(bar.controller->waitingBatches(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(terrace.book.order(open) != nullptr, 5000);
    QVERIFY(!terrace.book.order(paid));
    QCOMPARE(terrace.book.order(open)->ticketNumber, 2);
    const HttpResponse closed = server.get("/v1/orders", tokens.at(0).token);
    QCOMPARE(closed.status, 200);
    QCOMPARE(closed.json.value("orders").toArray().size(), 1);
    QCOMPARE(closed.json.value("orders").toArray().first().toObject().value("uid").toString(),
             paid.toString(QUuid::WithoutBraces));
}

void TestSyncTerminals::lastSessionToCloseEndsTheRun()
{
    Shop shop;
    QVERIFY2(shop.open(), qPrintable(shop.server.lastError()));
    SyncdServer &server = shop.server;
    const QList<Terminal> &tokens = shop.tokens;
    TerminalNode &bar = shop.bar;
    TerminalNode &terrace = shop.terrace;
    bar.controller->reportSession(true);
    terrace.controller->reportSession(true);

    const QUuid uid = bar.book.createOrder();
    QVERIFY(bar.book.addProduct(uid, product("COL", 250)));
    QTRY_VERIFY_WITH_TIMEOUT(terrace.book.order(uid) != nullptr, 5000);

    bar.controller->reportSession(false);
    QTest::qWait(300);
    QVERIFY(terrace.book.order(uid));
    terrace.controller->reportSession(false);
    QTRY_VERIFY_WITH_TIMEOUT(!terrace.book.order(uid) && !bar.book.order(uid), 5000);
    const HttpResponse archived = server.get("/v1/orders", tokens.at(0).token);
    QCOMPARE(archived.json.value("orders").toArray().size(), 1);
    QVERIFY(archived.json.value("orders").toArray().first().toObject().value("abandoned").toBool());
}

void TestSyncTerminals::deletedWhileOfflineIsGoneAfterReconnect()
{
    Shop shop;
    QVERIFY2(shop.open(), qPrintable(shop.server.lastError()));
    SyncdServer &server = shop.server;
    const QList<Terminal> &tokens = shop.tokens;
    TerminalNode &bar = shop.bar;
    TerminalNode &terrace = shop.terrace;
    const QUuid uid = bar.book.createOrder();
    QUuid cola;
    QVERIFY(bar.book.addProduct(uid, product("COL", 250), &cola));
    QTRY_VERIFY_WITH_TIMEOUT(terrace.book.order(uid) != nullptr, 5000);

    // Terrace loses the server; meanwhile Bar changes one order and deletes another.
    const QUuid other = bar.book.createOrder();
    QVERIFY(bar.book.addProduct(other, product("TEA", 260)));
    QTRY_VERIFY_WITH_TIMEOUT(terrace.book.order(other) != nullptr, 5000);
    terrace.controller->stop();
    QVERIFY(bar.book.setQuantity(uid, cola, 5000));
    QVERIFY(bar.book.discard(other));
    QTRY_COMPARE_WITH_TIMEOUT(bar.controller->waitingBatches(), 0, 5000);
    QCOMPARE(terrace.book.order(uid)->lines.first().quantity, 1000);
    QVERIFY(terrace.book.order(other));

    QSignalSpy notices(terrace.controller.get(), &SyncController::notice);
    terrace.connectTo(server.port(), tokens.at(1).token, u"terrace-1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!terrace.book.order(other), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(terrace.book.order(uid)->lines.first().quantity, 5000, 5000);
    QCOMPARE(notices.size(), 0);
}

void TestSyncTerminals::burstThenDeleteLeavesNoConflict()
{
    Shop shop;
    QVERIFY2(shop.open(), qPrintable(shop.server.lastError()));
    SyncdServer &server = shop.server;
    const QList<Terminal> &tokens = shop.tokens;
    TerminalNode &bar = shop.bar;
    TerminalNode &terrace = shop.terrace;
    QSignalSpy notices(bar.controller.get(), &SyncController::notice);
    const QUuid uid = bar.book.createOrder();
    QUuid cola;
    QVERIFY(bar.book.addProduct(uid, product("COL", 250), &cola));
    // Two quick updates and the delete, all before any answer comes back.
    QVERIFY(bar.book.setQuantity(uid, cola, 2000));
    QVERIFY(bar.book.setQuantity(uid, cola, 3000));
    QVERIFY(bar.book.discard(uid));
    QTRY_COMPARE_WITH_TIMEOUT(bar.controller->waitingBatches(), 0, 5000);
    QCOMPARE(notices.size(), 0);
    QVERIFY(!bar.book.order(uid));
    QTest::qWait(200);
    QVERIFY(!terrace.book.order(uid));
    const HttpResponse snapshot = server.get("/v1/snapshot", tokens.at(1).token);
    QCOMPARE(snapshot.json.value("orders").toArray().size(), 0);
}

void TestSyncTerminals::sameTerminalTwiceStaysConsistent()
{
    SyncdServer server;
    QList<Terminal> tokens;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &tokens), qPrintable(server.lastError()));
    QVERIFY2(server.start({u"--heartbeat"_s, u"1"_s}), qPrintable(server.lastError()));
    TerminalNode first(u"Bar"_s, u"BAR"_s, u"Alice"_s);
    TerminalNode second(u"Bar"_s, u"BR2"_s, u"Carol"_s);
    first.connectTo(server.port(), tokens.at(0).token, u"bar-desk"_s);
    second.connectTo(server.port(), tokens.at(0).token, u"bar-tablet"_s);
    QVERIFY(waitOnline(first));
    QVERIFY(waitOnline(second));
    const QUuid uid = first.book.createOrder();
    QUuid cola;
    QVERIFY(first.book.addProduct(uid, product("COL", 250), &cola));
    QTRY_VERIFY_WITH_TIMEOUT(second.book.order(uid) != nullptr, 5000);
    QVERIFY(second.book.addProduct(uid, product("COL", 250)));
    QTRY_COMPARE_WITH_TIMEOUT(first.book.order(uid)->lines.first().quantity, 2000, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(first.book.order(uid)->revision == second.book.order(uid)->revision, 5000);
    QCOMPARE(second.book.order(uid)->lines.first().quantity, 2000);
}

void TestSyncTerminals::syncOffNeverContactsTheServer()
{
    SyncdServer server;
    QList<Terminal> tokens;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &tokens), qPrintable(server.lastError()));
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    TerminalNode standalone(u"Bar"_s, u"BAR"_s, u"Alice"_s);
    standalone.book.setJournal(nullptr);
    const QUuid uid = standalone.book.createOrder();
    QVERIFY(standalone.book.addProduct(uid, product("COL", 250)));
    QCOMPARE(standalone.book.order(uid)->ticketNumber, 1);
    QVERIFY(standalone.book.pay(uid, {Payment{QUuid(), PaymentMethod::Cash, 250}}));
    QCOMPARE(standalone.controller->waitingBatches(), 0);
    QTest::qWait(200);
    const QByteArray metrics = server.get("/metrics").body;
    QVERIFY2(metrics.contains("tandem_http_responses_total{code=\"200\"} 1\n"), metrics.constData());
    QVERIFY(metrics.contains("tandem_pushes_total{result=\"applied\"} 0"));
}

void TestSyncTerminals::serverKilledDuringABurstLosesNothing()
{
    Shop shop;
    QVERIFY2(shop.open(), qPrintable(shop.server.lastError()));
    SyncdServer &server = shop.server;
    const QList<Terminal> &tokens = shop.tokens;
    TerminalNode &bar = shop.bar;
    TerminalNode &terrace = shop.terrace;

    const QUuid uid = bar.book.createOrder();
    QVERIFY(bar.book.addProduct(uid, product("P0", 100)));
    QTRY_VERIFY_WITH_TIMEOUT(terrace.book.order(uid) != nullptr, 5000);
    // A burst of lines from both terminals; the server dies in the middle of it.
    for (int i = 1; i <= 40; ++i) {
        TerminalNode &node = i % 2 ? bar : terrace;
        QVERIFY(node.book.addProduct(uid, product(QStringLiteral("P%1").arg(i), 100 + i)));
        if (i == 20)
            server.kill();
        QCoreApplication::processEvents();
    }
    QVERIFY2(server.start({u"--heartbeat"_s, u"1"_s}), qPrintable(server.lastError()));
    for (TerminalNode *node : {&bar, &terrace})
        node->controller->stop();
    bar.connectTo(server.port(), tokens.at(0).token, u"bar-1"_s);
    terrace.connectTo(server.port(), tokens.at(1).token, u"terrace-1"_s);
    auto settled = [&] {
        const Order *a = bar.book.order(uid);
        const Order *b = terrace.book.order(uid);
        return a && b && bar.controller->waitingBatches() == 0 && terrace.controller->waitingBatches() == 0
            && a->lines.size() == 41 && b->lines.size() == 41 && a->revision == b->revision;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 15000);
    const QJsonArray onServer = server.get("/v1/snapshot", tokens.at(0).token).json.value("orders").toArray();
    QCOMPARE(onServer.size(), 1);
    QCOMPARE(onServer.first().toObject().value("lines").toArray().size(), 41);
}

void TestSyncTerminals::paidOfflineReachesTheServerOnceWhenAnAnswerIsLost()
{
    SyncdServer server;
    QList<Terminal> tokens;
    QVERIFY2(server.setUp(u"Shop"_s, {u"Bar"_s}, &tokens), qPrintable(server.lastError()));
    QVERIFY2(server.start({u"--heartbeat"_s, u"1"_s}), qPrintable(server.lastError()));
    TcpProxy proxy(server.port());
    TerminalNode bar(u"Bar"_s, u"BAR"_s, u"Alice"_s);

    // Sold and paid while the terminal had no server.
    const QUuid uid = bar.book.createOrder();
    QVERIFY(bar.book.addProduct(uid, product("COL", 250)));
    QVERIFY(bar.book.pay(uid, {Payment{QUuid(), PaymentMethod::Cash, 500}}));
    QCOMPARE(bar.controller->waitingBatches(), 2);

    proxy.loseNextPushAnswer();
    bar.connectTo(proxy.port(), tokens.at(0).token, u"bar-1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(bar.controller->waitingBatches(), 0, 15000);
    QCOMPARE(proxy.lostAnswers(), 1);
    const QJsonArray closed = server.get("/v1/orders", tokens.at(0).token).json.value("orders").toArray();
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.first().toObject().value("state").toString(), QStringLiteral("paid"));
    QCOMPARE(closed.first().toObject().value("ticket").toInt(), 1);
    // Create and pay were each applied once: two events in the log.
    QCOMPARE(server.get("/v1/whoami", tokens.at(0).token).json.value("last_seq").toInt(), 2);
}

void TestSyncTerminals::extensionFieldsTravelUntouched()
{
    Shop shop;
    QVERIFY2(shop.open(), qPrintable(shop.server.lastError()));
    const QUuid uid = shop.bar.book.createOrder();
    QUuid cola;
    QVERIFY(shop.bar.book.addProduct(uid, product("COL", 250), &cola));
    const QJsonObject kitchen{{"sent", QJsonArray{1, 2}}, {"course", "main"}};
    QVERIFY(shop.bar.book.setOrderExtension(uid, "restaurant.table", 12));
    QVERIFY(shop.bar.book.setLineExtension(uid, cola, "notes.text", "no ice"));
    QVERIFY(shop.bar.book.setLineExtension(uid, cola, "restaurant.kitchen", kitchen));
    QVERIFY(!shop.bar.book.setOrderExtension(uid, "Bad Key", 1));

    // Terrace knows no extension: it keeps and passes on what it does not understand.
    QTRY_VERIFY_WITH_TIMEOUT(shop.terrace.book.order(uid)
                                 && shop.terrace.book.order(uid)->lines.first().extensions.size() == 2,
                             5000);
    QVERIFY(shop.terrace.book.addProduct(uid, product("COL", 250)));
    QVERIFY(shop.terrace.book.setLineExtension(uid, cola, "notes.text", QJsonValue()));
    QTRY_VERIFY_WITH_TIMEOUT(shop.bar.book.order(uid)->lines.first().quantity == 2000
                                 && !shop.bar.book.order(uid)->lines.first().extensions.contains("notes.text"),
                             5000);
    for (TerminalNode *node : {&shop.bar, &shop.terrace}) {
        Order stored;
        QVERIFY(node->store.loadOrder(uid, &stored));
        QCOMPARE(stored.extensions.value("restaurant.table").toInt(), 12);
        QCOMPARE(stored.lines.first().extensions.value("restaurant.kitchen").toObject(), kitchen);
    }
    const QJsonObject onServer = shop.server.get("/v1/snapshot", shop.tokens.at(0).token)
                                     .json.value("orders").toArray().first().toObject();
    QCOMPARE(onServer.value("ext").toObject().value("restaurant.table").toInt(), 12);
    QCOMPARE(onServer.value("lines").toArray().first().toObject().value("ext").toObject().value("restaurant.kitchen")
                 .toObject(),
             kitchen);
}

QTEST_GUILESS_MAIN(TestSyncTerminals)
#include "tst_syncterminals.moc"
