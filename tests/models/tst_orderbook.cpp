#include "localstore.h"
#include "orderbook.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using TestSupport::payment;
using TestSupport::product;

class TestOrderBook : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newOrderIsUnnumberedUntilItHasLines();
    void tappingAProductCountsIntoItsLine();
    void orderAmountsStayBounded();
    void editsRecordWhoChanged();
    void invalidValuesChangeNothing_data();
    void invalidValuesChangeNothing();
    void paymentRules();
    void paidOrderIsFinal();
    void discardEmptyDeletesAndNonEmptyCancels();
    void closeSessionAbandonsOpenOrdersAndRestartsNumbering();
    void closeSessionWithSyncKeepsSharedOrders();
    void receiptsAreNumberedInIssueOrder();
    void reloadRestoresOpenOrders();
    void paymentRefusedAfterPaidElsewhereIsVoided();

private:
    std::unique_ptr<TestSupport::BookFixture> m_fixture;
    LocalStore *m_store = nullptr;
    OrderBook *m_book = nullptr;
    qint64 m_session = 0;
};

void TestOrderBook::init()
{
    m_fixture = std::make_unique<TestSupport::BookFixture>();
    QVERIFY(m_fixture->open());
    m_store = &m_fixture->store;
    m_book = m_fixture->book.get();
    m_session = m_fixture->sessionId;
}

void TestOrderBook::cleanup()
{
    m_fixture.reset();
}

// Lines may reach 10^17 minor units and an order 500 lines: the book refuses any change
// past Pricing::MaxOrderAmount, and sums of lines that do exceed it saturate, never overflow.
void TestOrderBook::orderAmountsStayBounded()
{
    const QUuid uid = m_book->createOrder();
    QUuid line;
    QVERIFY(m_book->addProduct(uid, product("A", Pricing::MaxUnitPrice), &line));
    QVERIFY(m_book->setQuantity(uid, line, 100 * Pricing::QuantityScale));
    QCOMPARE(m_book->order(uid)->total(), 100 * Pricing::MaxUnitPrice);
    QVERIFY(!m_book->setQuantity(uid, line, 101 * Pricing::QuantityScale));
    QVERIFY(m_book->lastError().contains(QStringLiteral("largest amount")));
    QCOMPARE(m_book->order(uid)->total(), 100 * Pricing::MaxUnitPrice);
    QVERIFY(!m_book->addProduct(uid, product("B", 1)));

    Order huge;
    OrderLine largest;
    largest.unitPrice = Pricing::MaxUnitPrice;
    largest.quantity = Pricing::MaxQuantity;
    for (int i = 0; i < 500; ++i)
        huge.lines.append(largest);
    QVERIFY(!huge.amountsWithinLimit());
    QCOMPARE(huge.total(), std::numeric_limits<qint64>::max());
    QCOMPARE(Pricing::addMoney(std::numeric_limits<qint64>::min(), -1), std::numeric_limits<qint64>::min());
}

void TestOrderBook::newOrderIsUnnumberedUntilItHasLines()
{
    QSignalSpy added(m_book, &OrderBook::orderAdded);
    const QUuid first = m_book->createOrder();
    const QUuid second = m_book->createOrder();
    QCOMPARE(added.size(), 2);
    QCOMPARE(m_book->order(first)->ticketNumber, 0);
    QCOMPARE(m_book->order(first)->receiptReference, QStringLiteral("BAR/1"));
    QCOMPARE(m_book->order(second)->receiptReference, QStringLiteral("BAR/2"));
    QVERIFY(m_book->addProduct(second, product("A", 100)));
    QVERIFY(m_book->addProduct(first, product("A", 100)));
    QCOMPARE(m_book->order(second)->ticketNumber, 1);
    QCOMPARE(m_book->order(first)->ticketNumber, 2);
    QCOMPARE(m_book->orderUids(), QList<QUuid>({first, second}));
}

void TestOrderBook::tappingAProductCountsIntoItsLine()
{
    const QUuid uid = m_book->createOrder();
    QUuid line1, line2, line3;
    QVERIFY(m_book->addProduct(uid, product("A", 100), &line1));
    QVERIFY(m_book->addProduct(uid, product("A", 100), &line2));
    QCOMPARE(line1, line2);
    QCOMPARE(m_book->order(uid)->lines.first().quantity, 2000);
    // A discounted line is not merged into.
    QVERIFY(m_book->setDiscount(uid, line1, 500));
    QVERIFY(m_book->addProduct(uid, product("A", 100), &line3));
    QVERIFY(line3 != line1);
    QCOMPARE(m_book->order(uid)->lines.size(), 2);
    QVERIFY(m_book->order(uid)->lines.at(1).position > m_book->order(uid)->lines.at(0).position);
}

void TestOrderBook::editsRecordWhoChanged()
{
    const QUuid uid = m_book->createOrder();
    QUuid line;
    QVERIFY(m_book->addProduct(uid, product("A", 100), &line));
    m_book->setContext({{"Bob", "Terrace"}, "BAR", "EUR", m_session});
    QSignalSpy changed(m_book, &OrderBook::orderChanged);
    QVERIFY(m_book->setQuantity(uid, line, 3000));
    QCOMPARE(changed.size(), 1);
    const OrderLine &edited = m_book->order(uid)->lines.first();
    QCOMPARE(edited.createdBy, (Actor{"Alice", "Bar"}));
    QCOMPARE(edited.changedBy, (Actor{"Bob", "Terrace"}));
    QCOMPARE(m_book->order(uid)->changedBy, (Actor{"Bob", "Terrace"}));
}

void TestOrderBook::invalidValuesChangeNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<qint64>("value");
    QTest::newRow("quantity too large") << "quantity" << Pricing::MaxQuantity + 1;
    QTest::newRow("quantity too small") << "quantity" << -Pricing::MaxQuantity - 1;
    QTest::newRow("negative discount") << "discount" << qint64(-1);
    QTest::newRow("discount over 100 %") << "discount" << qint64(10001);
    QTest::newRow("negative price") << "price" << qint64(-1);
    QTest::newRow("absurd price") << "price" << Pricing::MaxUnitPrice + 1;
}

void TestOrderBook::invalidValuesChangeNothing()
{
    QFETCH(QString, field);
    QFETCH(qint64, value);
    const QUuid uid = m_book->createOrder();
    QUuid line;
    QVERIFY(m_book->addProduct(uid, product("A", 100), &line));
    QSignalSpy changed(m_book, &OrderBook::orderChanged);
    bool ok = true;
    if (field == "quantity")
        ok = m_book->setQuantity(uid, line, value);
    else if (field == "discount")
        ok = m_book->setDiscount(uid, line, static_cast<int>(value));
    else
        ok = m_book->setUnitPrice(uid, line, value);
    QVERIFY(!ok);
    QVERIFY(!m_book->lastError().isEmpty());
    QCOMPARE(changed.size(), 0);
    Order stored;
    QVERIFY(m_store->loadOrder(uid, &stored));
    QCOMPARE(stored.lines.first().quantity, 1000);
    QCOMPARE(stored.lines.first().discount, 0);
    QCOMPARE(stored.lines.first().unitPrice, 100);
}

void TestOrderBook::paymentRules()
{
    const QUuid empty = m_book->createOrder();
    QVERIFY(!m_book->pay(empty, {payment(PaymentMethod::Cash, 100)}));

    const QUuid uid = m_book->createOrder();
    QVERIFY(m_book->addProduct(uid, product("A", 1000)));
    QVERIFY(!m_book->pay(uid, {payment(PaymentMethod::Cash, 999)}));
    QVERIFY(!m_book->pay(uid, {payment(PaymentMethod::Card, 1200)}));
    QVERIFY(m_book->lastError().contains("cash"));
    QVERIFY(!m_book->pay(uid, {payment(PaymentMethod::Cash, 0), payment(PaymentMethod::Card, 1000)}));
    // A hidden refund inside a sale is refused.
    QVERIFY(!m_book->pay(uid, {payment(PaymentMethod::Card, -5000), payment(PaymentMethod::Cash, 6000)}));
    QVERIFY(m_book->lastError().contains("sign"));
    QVERIFY(m_book->order(uid));

    QSignalSpy finalized(m_book, &OrderBook::orderFinalized);
    QSignalSpy removed(m_book, &OrderBook::orderRemoved);
    QVERIFY(m_book->pay(uid, {payment(PaymentMethod::Card, 400), payment(PaymentMethod::Cash, 2000)}));
    QCOMPARE(finalized.size(), 1);
    QCOMPARE(removed.size(), 1);
    const Order paid = finalized.first().first().value<Order>();
    QCOMPARE(paid.state, OrderState::Paid);
    QCOMPARE(paid.changeGiven, 1400);
    QVERIFY(!paid.payments.first().uid.isNull());
    QVERIFY(!m_book->order(uid));
}

void TestOrderBook::paidOrderIsFinal()
{
    const QUuid uid = m_book->createOrder();
    QUuid line;
    QVERIFY(m_book->addProduct(uid, product("A", 500), &line));
    QVERIFY(m_book->pay(uid, {payment(PaymentMethod::Cash, 500)}));
    QVERIFY(!m_book->addProduct(uid, product("A", 500)));
    QVERIFY(!m_book->setQuantity(uid, line, 2000));
    QVERIFY(!m_book->removeLine(uid, line));
    QVERIFY(!m_book->pay(uid, {payment(PaymentMethod::Cash, 500)}));
    QVERIFY(!m_book->discard(uid));
    Order stored;
    QVERIFY(m_store->loadOrder(uid, &stored));
    QCOMPARE(stored.state, OrderState::Paid);
    QCOMPARE(stored.lines.first().quantity, 1000);
}

void TestOrderBook::discardEmptyDeletesAndNonEmptyCancels()
{
    const QUuid empty = m_book->createOrder();
    const QUuid full = m_book->createOrder();
    QVERIFY(m_book->addProduct(full, product("A", 500)));
    QVERIFY(m_book->discard(empty));
    QVERIFY(m_book->discard(full));
    QVERIFY(m_book->orderUids().isEmpty());
    Order stored;
    QVERIFY(!m_store->loadOrder(empty, &stored));
    QVERIFY(m_store->loadOrder(full, &stored));
    QCOMPARE(stored.state, OrderState::Cancelled);
    QVERIFY(!stored.abandoned);
}

void TestOrderBook::closeSessionAbandonsOpenOrdersAndRestartsNumbering()
{
    const QUuid open = m_book->createOrder();
    QVERIFY(m_book->addProduct(open, product("A", 500)));
    const QUuid empty = m_book->createOrder();
    QVERIFY(m_book->closeSession());
    QVERIFY(m_book->orderUids().isEmpty());
    Order stored;
    QVERIFY(m_store->loadOrder(open, &stored));
    QCOMPARE(stored.state, OrderState::Cancelled);
    QVERIFY(stored.abandoned);
    QVERIFY(!m_store->loadOrder(empty, &stored));
    std::optional<CashSession> current;
    QVERIFY(m_store->currentSession(&current));
    QVERIFY(!current);

    CashSession next;
    QVERIFY(m_store->openSession("Bob", 0, &next));
    m_book->setContext({{"Bob", "Bar"}, "BAR", "EUR", next.id});
    const QUuid again = m_book->createOrder();
    QVERIFY(m_book->addProduct(again, product("A", 500)));
    QCOMPARE(m_book->order(again)->ticketNumber, 1);
    QCOMPARE(m_book->order(again)->receiptReference, QStringLiteral("BAR/3"));
}

// With sync the open orders are the group's: closing this terminal's session keeps
// them (the server ends the run), only an untouched order of its own goes.
void TestOrderBook::closeSessionWithSyncKeepsSharedOrders()
{
    TestSupport::AcceptingJournal journal;
    m_book->setJournal(&journal);
    const QUuid shared = m_book->createOrder();
    QVERIFY(m_book->addProduct(shared, product("A", 500)));
    const QUuid empty = m_book->createOrder();
    QSignalSpy removed(m_book, &OrderBook::orderRemoved);
    QVERIFY(m_book->closeSession());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_book->orderUids(), QList<QUuid>{shared});
    Order stored;
    QVERIFY(m_store->loadOrder(shared, &stored));
    QCOMPARE(stored.state, OrderState::Open);
    QVERIFY(!m_store->loadOrder(empty, &stored));
    // Until the next cashier opens a session, nothing changes it.
    m_book->setContext({{QString(), "Bar"}, "BAR", "EUR", 0});
    QVERIFY(!m_book->addProduct(shared, product("A", 500)));
    QVERIFY(m_book->whyReadOnly(shared).contains("No session"));
    m_book->setJournal(nullptr);
}

// Receipt numbers follow the order in which receipts are issued, not in which orders
// were started, and a refused payment uses none.
void TestOrderBook::receiptsAreNumberedInIssueOrder()
{
    const QUuid first = m_book->createOrder();
    const QUuid second = m_book->createOrder();
    QVERIFY(m_book->addProduct(first, product("A", 500)));
    QVERIFY(m_book->addProduct(second, product("B", 700)));
    QSignalSpy finalized(m_book, &OrderBook::orderFinalized);
    QVERIFY(!m_book->pay(second, {TestSupport::payment(PaymentMethod::Cash, 100)}));
    QVERIFY(m_book->pay(second, {TestSupport::payment(PaymentMethod::Cash, 700)}));
    QVERIFY(m_book->pay(first, {TestSupport::payment(PaymentMethod::Card, 500)}));
    QCOMPARE(finalized.size(), 2);
    QCOMPARE(finalized.at(0).first().value<Order>().receiptNumber, QStringLiteral("BAR-000001"));
    QCOMPARE(finalized.at(1).first().value<Order>().receiptNumber, QStringLiteral("BAR-000002"));
    Order stored;
    QVERIFY(m_store->loadOrder(first, &stored));
    QCOMPARE(stored.receiptNumber, QStringLiteral("BAR-000002"));
    QCOMPARE(stored.receiptReference, QStringLiteral("BAR/1"));
}

void TestOrderBook::reloadRestoresOpenOrders()
{
    const QUuid uid = m_book->createOrder();
    QVERIFY(m_book->addProduct(uid, product("A", 500)));
    QVERIFY(m_book->addProduct(uid, product("B", 700)));
    OrderBook reloaded(m_store);
    QVERIFY(reloaded.load());
    QCOMPARE(reloaded.orderUids(), QList<QUuid>({uid}));
    QCOMPARE(reloaded.order(uid)->lines.size(), 2);
    QCOMPARE(reloaded.order(uid)->total(), 1200);
}

// The server refused this terminal's payment because another terminal paid the order
// first: the receipt is void (its number stays taken, the money goes back), the order
// is that terminal's sale and leaves this terminal's records, and the next receipt
// number follows on.
void TestOrderBook::paymentRefusedAfterPaidElsewhereIsVoided()
{
    TestSupport::AcceptingJournal journal;
    m_book->setJournal(&journal);
    const QUuid uid = m_book->createOrder();
    QVERIFY(m_book->addProduct(uid, product("A", 500)));
    QVERIFY(m_book->pay(uid, {TestSupport::payment(PaymentMethod::Cash, 2000)}));
    Order server;
    QVERIFY(m_store->loadOrder(uid, &server));
    server.state = OrderState::Paid;
    server.receiptNumber = QStringLiteral("TER-000007");
    server.payments = {TestSupport::payment(PaymentMethod::Card, 500)};
    server.changeGiven = 0;
    server.changedBy = {QStringLiteral("Bob"), QStringLiteral("Terrace")};
    server.revision = 3;

    QSignalSpy refused(m_book, &OrderBook::closeRefused);
    QVERIFY(m_book->adoptRefusedClose(server, QStringLiteral("the order is paid already")));
    QCOMPARE(refused.size(), 1);
    const auto voided = refused.first().at(3).value<std::optional<LocalStore::VoidedReceipt>>();
    QVERIFY(voided);
    QCOMPARE(voided->number, QStringLiteral("BAR-000001"));
    QCOMPARE(voided->refund, 500); // 2000 tendered, 1500 change
    QVERIFY(!m_book->order(uid));
    std::optional<Order> kept;
    QVERIFY(m_store->findOrder(uid, &kept));
    QVERIFY(!kept);
    QList<LocalStore::VoidedReceipt> stored;
    QVERIFY(m_store->loadVoidedReceipts(m_session, &stored));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().why, QStringLiteral("the order is paid already"));
    // Told twice (a replayed answer), it is voided once.
    m_book->adoptRefusedClose(server, QStringLiteral("the order is paid already"));
    QCOMPARE(refused.size(), 1);
    QVERIFY(m_store->loadVoidedReceipts(m_session, &stored));
    QCOMPARE(stored.size(), 1);

    const QUuid next = m_book->createOrder();
    QVERIFY(m_book->addProduct(next, product("B", 700)));
    QVERIFY(m_book->pay(next, {TestSupport::payment(PaymentMethod::Card, 700)}));
    QVERIFY(m_store->loadOrder(next, &server));
    QCOMPARE(server.receiptNumber, QStringLiteral("BAR-000002"));
    m_book->setJournal(nullptr);
}

QTEST_GUILESS_MAIN(TestOrderBook)
#include "tst_orderbook.moc"
