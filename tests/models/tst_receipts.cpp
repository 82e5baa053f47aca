#include "closingreport.h"
#include "orderbook.h"
#include "receipttext.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::payment;
using TestSupport::product;

namespace {

// Two colas and a cake at 10 % off, paid: 8.51.
bool paidOrder(const QList<Payment> &payments, Order *paid)
{
    TestSupport::BookFixture fixture;
    if (!fixture.open())
        return false;
    OrderBook &book = *fixture.book;
    QSignalSpy finalized(&book, &OrderBook::orderFinalized);
    const QUuid uid = book.createOrder();
    QUuid cake;
    if (!book.addProduct(uid, product("COL", 250)) || !book.addProduct(uid, product("COL", 250))
        || !book.addProduct(uid, product("CAK", 390, 700), &cake) || !book.setDiscount(uid, cake, 1000)
        || !book.pay(uid, payments) || finalized.isEmpty())
        return false;
    *paid = finalized.first().first().value<Order>();
    return true;
}

}

class TestReceipts : public QObject
{
    Q_OBJECT

private slots:
    void layoutHelpers();
    void receiptOfAPaidOrder();
    void receiptInEachLanguage_data();
    void receiptInEachLanguage();
    void closingReportAddsUpTheSession();
    void offlineSaleCarriesNoGuessedTicket();
};

void TestReceipts::layoutHelpers()
{
    QCOMPARE(ReceiptText::columns("Cola", "2.50 €").size(), ReceiptText::Width);
    const QString cut = ReceiptText::columns(QString(60, 'x'), "1.00 €");
    QCOMPARE(cut.size(), ReceiptText::Width);
    QVERIFY(cut.contains(QChar(0x2026)));
    QCOMPARE(ReceiptText::percent(1950, QLocale(QLocale::German)), QStringLiteral("19,5 %"));
    QCOMPARE(ReceiptText::quantity(-1500, QLocale(QLocale::English)), QStringLiteral("-1.5"));
}

void TestReceipts::receiptOfAPaidOrder()
{
    Order order;
    QVERIFY(paidOrder({payment(PaymentMethod::Card, 500), payment(PaymentMethod::Cash, 1000)}, &order));

    const QString text = ReceiptText::forOrder(order, {"Tandem Café", "Bar", "Alice"}, QLocale(QLocale::English));
    const QStringList lines = text.split('\n');
    for (const QString &line : lines)
        QVERIFY2(line.size() <= ReceiptText::Width, qPrintable(line));
    QVERIFY(text.contains("Tandem Café"));
    QVERIFY(text.contains("Receipt BAR-000001"));
    QVERIFY(text.contains("Ticket 1"));
    QVERIFY(text.contains("Served by Alice"));
    QVERIFY(text.contains("  2 x 2.50 €"));
    QVERIFY(text.contains("Discount 10 %"));
    // 5.00 + 3.51 (3.90 less 10 %, rounded once) = 8.51; 15.00 tendered, 6.49 back.
    QVERIFY(text.contains(ReceiptText::columns("TOTAL", "8.51 €")));
    QVERIFY(text.contains(ReceiptText::columns("Card", "5.00 €")));
    QVERIFY(text.contains(ReceiptText::columns("Cash", "10.00 €")));
    QVERIFY(text.contains(ReceiptText::columns("Change", "6.49 €")));
    // Tax included: 5.00 * 19/119 = 0.80; 3.51 * 7/107 = 0.23.
    QVERIFY(text.contains(ReceiptText::columns("incl. tax 19 % on 4.20 €", "0.80 €")));
    QVERIFY(text.contains(ReceiptText::columns("incl. tax 7 % on 3.28 €", "0.23 €")));
}

void TestReceipts::receiptInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("total");

    QTest::newRow("de") << "de" << "01.12.26 09:05" << "8,51 €";
    QTest::newRow("es") << "es" << "1/12/26 9:05" << "8,51 €";
    QTest::newRow("fr") << "fr" << "01/12/2026 09:05" << "8,51 €";
    QTest::newRow("ru") << "ru" << "01.12.2026 09:05" << "8,51 €";
    QTest::newRow("en") << "en" << "12/1/26 9:05 AM" << "8.51 €";
}

// The printed receipt writes the date, amounts and percentages as the terminal's
// language does, and still fits the paper.
void TestReceipts::receiptInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, date);
    QFETCH(QString, total);

    Order order;
    QVERIFY(paidOrder({payment(PaymentMethod::Cash, 1000)}, &order));
    order.changedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 5));

    const QString text = ReceiptText::forOrder(order, {"Tandem Café", "Bar", "Alice"}, QLocale(language));
    for (const QString &line : text.split('\n'))
        QVERIFY2(line.size() <= ReceiptText::Width, qPrintable(line));
    QVERIFY2(text.contains(ReceiptText::centered(date)), qPrintable(text));
    QVERIFY2(text.contains(ReceiptText::columns("TOTAL", total)), qPrintable(text));
    QVERIFY2(text.contains("Discount 10 %"), qPrintable(text));
}

void TestReceipts::closingReportAddsUpTheSession()
{
    TestSupport::BookFixture fixture;
    QVERIFY(fixture.open());
    OrderBook &book = *fixture.book;

    const QUuid a = book.createOrder();
    QVERIFY(book.addProduct(a, product("COL", 250)));
    QVERIFY(book.pay(a, {payment(PaymentMethod::Cash, 1000)}));
    const QUuid b = book.createOrder();
    QVERIFY(book.addProduct(b, product("CAK", 390, 700)));
    QVERIFY(book.addProduct(b, product("COL", 250)));
    QVERIFY(book.pay(b, {payment(PaymentMethod::Card, 400), payment(PaymentMethod::Cash, 240)}));
    const QUuid cancelled = book.createOrder();
    QVERIFY(book.addProduct(cancelled, product("COL", 250)));
    QVERIFY(book.discard(cancelled));
    const QUuid left = book.createOrder();
    QVERIFY(book.addProduct(left, product("COL", 250)));
    QVERIFY(book.closeSession());

    ClosingReport report;
    QVERIFY(ClosingReport::build(fixture.store, fixture.sessionId, "EUR", &report));
    QCOMPARE(report.paidOrders, 2);
    QCOMPARE(report.cancelledOrders, 1);
    QCOMPARE(report.abandonedOrders, 1);
    QCOMPARE(report.salesTotal, 250 + 640);
    QCOMPARE(report.paidBy("cash"), 250 + 240);
    QCOMPARE(report.paidBy("card"), 400);
    QCOMPARE(report.taxes.size(), 2);
    QCOMPARE(report.taxes.at(0).rate, 700);
    QCOMPARE(report.taxes.at(0).tax, 26);
    QCOMPARE(report.taxes.at(1).rate, 1900);
    QCOMPARE(report.taxes.at(1).tax, 40 + 40);
    QCOMPARE(report.taxTotal(), 106);
    QVERIFY(report.session.closedAt.isValid());

    const QString text = report.text("Bar", QLocale(QLocale::English));
    QVERIFY(text.contains(ReceiptText::columns("Paid orders", "2")));
    QVERIFY(text.contains(ReceiptText::columns("Cash", "4.90 €")));
    QVERIFY(text.contains(ReceiptText::columns("Card", "4.00 €")));
    QVERIFY(text.contains(ReceiptText::columns("Total sales", "8.90 €")));
    QVERIFY(text.contains(ReceiptText::columns("Total tax", "1.06 €")));
    QVERIFY2(text.contains(ReceiptText::columns("BAR-000001  ticket 1", "2.50 €")), qPrintable(text));
    QVERIFY(text.contains(ReceiptText::columns("BAR-000002  ticket 2", "6.40 €")));
}

// Sold while the server is out of reach: no ticket number that the server could give
// to another order is printed; the receipt says it follows.
void TestReceipts::offlineSaleCarriesNoGuessedTicket()
{
    TestSupport::BookFixture fixture;
    QVERIFY(fixture.open());
    TestSupport::AcceptingJournal journal;
    fixture.book->setJournal(&journal);
    QSignalSpy finalized(fixture.book.get(), &OrderBook::orderFinalized);
    const QUuid uid = fixture.book->createOrder();
    QVERIFY(fixture.book->addProduct(uid, product("COL", 250)));
    QCOMPARE(fixture.book->order(uid)->ticketNumber, 0);
    QVERIFY(fixture.book->pay(uid, {payment(PaymentMethod::Cash, 250)}));
    const Order order = finalized.first().first().value<Order>();
    const QString text = ReceiptText::forOrder(order, {"Tandem Café", "Bar", "Alice"}, QLocale(QLocale::English));
    QVERIFY2(text.contains("Receipt BAR-000001\n"), qPrintable(text));
    QVERIFY(text.contains("Ticket number follows (order BAR/1)"));
    QVERIFY(!text.contains("Ticket 1"));

    ClosingReport report;
    QVERIFY(ClosingReport::build(fixture.store, fixture.sessionId, "EUR", &report));
    QVERIFY(report.text("Bar", QLocale(QLocale::English)).contains(ReceiptText::columns("BAR-000001  ticket follows", "2.50 €")));
    // Once the server numbered it, the report shows the server's ticket.
    Order numbered = order;
    numbered.ticketNumber = 6;
    numbered.revision = 3;
    QVERIFY(fixture.book->adoptServerOrder(numbered));
    QVERIFY(ClosingReport::build(fixture.store, fixture.sessionId, "EUR", &report));
    QVERIFY(report.text("Bar", QLocale(QLocale::English)).contains(ReceiptText::columns("BAR-000001  ticket 6", "2.50 €")));
}

QTEST_GUILESS_MAIN(TestReceipts)
#include "tst_receipts.moc"
