#include "order.h"
#include "pricing.h"

#include <QTest>

namespace {

OrderLine line(qint64 unitPrice, qint64 quantity, int taxRate, int discount = 0)
{
    OrderLine l;
    l.uid = QUuid::createUuid();
    l.unitPrice = unitPrice;
    l.quantity = quantity;
    l.taxRate = taxRate;
    l.discount = discount;
    return l;
}

Payment payment(PaymentMethod method, qint64 amount)
{
    Payment p;
    p.uid = QUuid::createUuid();
    p.method = method;
    p.amount = amount;
    return p;
}

}

class TestPricing : public QObject
{
    Q_OBJECT

private slots:
    void lineAmounts_data();
    void lineAmounts();
    void returnLineIsExactNegation_data();
    void returnLineIsExactNegation();
    void orderTotalsSumRoundedLines();
    void orderWithReturnLine();
    void emptyOrder();
    void taxSummaryGroupedByRate();
    void paymentBalance_data();
    void paymentBalance();
};

void TestPricing::lineAmounts_data()
{
    QTest::addColumn<qint64>("unitPrice");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<int>("discount");
    QTest::addColumn<int>("taxRate");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("tax");

    QTest::newRow("one item 19%") << Q_INT64_C(250) << Q_INT64_C(1000) << 0 << 1900 << Q_INT64_C(250) << Q_INT64_C(40);
    QTest::newRow("three items 7%") << Q_INT64_C(199) << Q_INT64_C(3000) << 0 << 700 << Q_INT64_C(597) << Q_INT64_C(39);
    QTest::newRow("no tax") << Q_INT64_C(1000) << Q_INT64_C(2000) << 0 << 0 << Q_INT64_C(2000) << Q_INT64_C(0);
    QTest::newRow("tax 19% exact") << Q_INT64_C(119) << Q_INT64_C(1000) << 0 << 1900 << Q_INT64_C(119) << Q_INT64_C(19);
    QTest::newRow("tax 7% exact") << Q_INT64_C(1070) << Q_INT64_C(1000) << 0 << 700 << Q_INT64_C(1070) << Q_INT64_C(70);
    QTest::newRow("zero quantity") << Q_INT64_C(250) << Q_INT64_C(0) << 0 << 1900 << Q_INT64_C(0) << Q_INT64_C(0);
    QTest::newRow("free item") << Q_INT64_C(0) << Q_INT64_C(5000) << 0 << 1900 << Q_INT64_C(0) << Q_INT64_C(0);

    QTest::newRow("0.333 kg") << Q_INT64_C(1299) << Q_INT64_C(333) << 0 << 700 << Q_INT64_C(433) << Q_INT64_C(28);
    QTest::newRow("0.333 kg rounds down") << Q_INT64_C(199) << Q_INT64_C(333) << 0 << 1900 << Q_INT64_C(66) << Q_INT64_C(11);
    QTest::newRow("0.001 kg") << Q_INT64_C(1999) << Q_INT64_C(1) << 0 << 700 << Q_INT64_C(2) << Q_INT64_C(0);
    QTest::newRow("1.5 pieces") << Q_INT64_C(300) << Q_INT64_C(1500) << 0 << 0 << Q_INT64_C(450) << Q_INT64_C(0);

    QTest::newRow("discount 10%") << Q_INT64_C(1000) << Q_INT64_C(1000) << 1000 << 1900 << Q_INT64_C(900) << Q_INT64_C(144);
    QTest::newRow("discount 100%") << Q_INT64_C(1000) << Q_INT64_C(3000) << 10000 << 1900 << Q_INT64_C(0) << Q_INT64_C(0);
    QTest::newRow("discount 33.33%") << Q_INT64_C(1000) << Q_INT64_C(1000) << 3333 << 1900 << Q_INT64_C(667) << Q_INT64_C(106);
    QTest::newRow("discount 15% on 2.5 kg") << Q_INT64_C(4999) << Q_INT64_C(2500) << 1500 << 1900 << Q_INT64_C(10623) << Q_INT64_C(1696);

    QTest::newRow("half cent from quantity") << Q_INT64_C(5) << Q_INT64_C(500) << 0 << 0 << Q_INT64_C(3) << Q_INT64_C(0);
    QTest::newRow("half cent from quantity, return") << Q_INT64_C(5) << Q_INT64_C(-500) << 0 << 0 << Q_INT64_C(-3) << Q_INT64_C(0);
    QTest::newRow("half cent from discount") << Q_INT64_C(25) << Q_INT64_C(1000) << 5000 << 0 << Q_INT64_C(13) << Q_INT64_C(0);
    QTest::newRow("half cent from discount, return") << Q_INT64_C(25) << Q_INT64_C(-1000) << 5000 << 0 << Q_INT64_C(-13) << Q_INT64_C(0);
    QTest::newRow("half cent from weight") << Q_INT64_C(1) << Q_INT64_C(1500) << 0 << 0 << Q_INT64_C(2) << Q_INT64_C(0);
    QTest::newRow("0.999 cents") << Q_INT64_C(999) << Q_INT64_C(1) << 0 << 0 << Q_INT64_C(1) << Q_INT64_C(0);
    QTest::newRow("0.499 cents") << Q_INT64_C(1) << Q_INT64_C(499) << 0 << 0 << Q_INT64_C(0) << Q_INT64_C(0);
    QTest::newRow("half cent of tax 20%") << Q_INT64_C(3) << Q_INT64_C(1000) << 0 << 2000 << Q_INT64_C(3) << Q_INT64_C(1);
    QTest::newRow("half cent of tax 20%, return") << Q_INT64_C(3) << Q_INT64_C(-1000) << 0 << 2000 << Q_INT64_C(-3) << Q_INT64_C(-1);
    QTest::newRow("1.5 cents of tax 20%") << Q_INT64_C(9) << Q_INT64_C(1000) << 0 << 2000 << Q_INT64_C(9) << Q_INT64_C(2);
    QTest::newRow("half cent of tax 100%") << Q_INT64_C(5) << Q_INT64_C(1000) << 0 << 10000 << Q_INT64_C(5) << Q_INT64_C(3);
    QTest::newRow("half cent of tax 100%, return") << Q_INT64_C(5) << Q_INT64_C(-1000) << 0 << 10000 << Q_INT64_C(-5) << Q_INT64_C(-3);

    QTest::newRow("return 19%") << Q_INT64_C(250) << Q_INT64_C(-1000) << 0 << 1900 << Q_INT64_C(-250) << Q_INT64_C(-40);
    QTest::newRow("return 0.333 kg") << Q_INT64_C(1299) << Q_INT64_C(-333) << 0 << 700 << Q_INT64_C(-433) << Q_INT64_C(-28);
    QTest::newRow("return with discount") << Q_INT64_C(1000) << Q_INT64_C(-1000) << 3333 << 1900 << Q_INT64_C(-667) << Q_INT64_C(-106);

    QTest::newRow("largest line 19%") << Pricing::MaxUnitPrice << Pricing::MaxQuantity << 0 << 1900
                                      << Q_INT64_C(100000000000000000) << Q_INT64_C(15966386554621849);
    QTest::newRow("largest line 100%") << Pricing::MaxUnitPrice << Pricing::MaxQuantity << 0 << 10000
                                       << Q_INT64_C(100000000000000000) << Q_INT64_C(50000000000000000);
    QTest::newRow("largest line discounted") << Pricing::MaxUnitPrice << Pricing::MaxQuantity << 3333 << 700
                                             << Q_INT64_C(66670000000000000) << Q_INT64_C(4361588785046729);
    QTest::newRow("largest return") << Pricing::MaxUnitPrice << -Pricing::MaxQuantity << 0 << 1900
                                    << Q_INT64_C(-100000000000000000) << Q_INT64_C(-15966386554621849);
}

void TestPricing::lineAmounts()
{
    QFETCH(qint64, unitPrice);
    QFETCH(qint64, quantity);
    QFETCH(int, discount);
    QFETCH(int, taxRate);
    QFETCH(qint64, total);
    QFETCH(qint64, tax);

    const Pricing::LineAmounts amounts = Pricing::lineAmounts(unitPrice, quantity, discount, taxRate);
    QCOMPARE(amounts.total, total);
    QCOMPARE(amounts.tax, tax);

    const Pricing::LineAmounts negated = Pricing::lineAmounts(unitPrice, -quantity, discount, taxRate);
    QCOMPARE(negated.total, -total);
    QCOMPARE(negated.tax, -tax);
}

void TestPricing::returnLineIsExactNegation_data()
{
    QTest::addColumn<int>("discount");
    QTest::addColumn<int>("taxRate");

    QTest::newRow("plain 19%") << 0 << 1900;
    QTest::newRow("plain 7%") << 0 << 700;
    QTest::newRow("plain 20%") << 0 << 2000;
    QTest::newRow("discount 33.33%, 19%") << 3333 << 1900;
    QTest::newRow("discount 12.5%, 7%") << 1250 << 700;
    QTest::newRow("discount 50%, 100%") << 5000 << 10000;
}

void TestPricing::returnLineIsExactNegation()
{
    QFETCH(int, discount);
    QFETCH(int, taxRate);

    int halvesSeen = 0;
    for (qint64 unitPrice : {1, 3, 5, 7, 99, 199, 1299, 4999}) {
        for (qint64 quantity = 1; quantity <= 3000; quantity += 7) {
            const auto sale = Pricing::lineAmounts(unitPrice, quantity, discount, taxRate);
            const auto ret = Pricing::lineAmounts(unitPrice, -quantity, discount, taxRate);
            if (ret.total != -sale.total || ret.tax != -sale.tax)
                QFAIL(qPrintable(QStringLiteral("unit %1 quantity %2: sale %3/%4, return %5/%6")
                                     .arg(unitPrice).arg(quantity).arg(sale.total).arg(sale.tax)
                                     .arg(ret.total).arg(ret.tax)));
            const __int128 exact = static_cast<__int128>(unitPrice) * quantity * (Pricing::BasisPoints - discount);
            if (exact % (Pricing::QuantityScale * Pricing::BasisPoints) == (Pricing::QuantityScale * Pricing::BasisPoints) / 2) {
                ++halvesSeen;
                QCOMPARE(sale.total * Pricing::QuantityScale * Pricing::BasisPoints,
                         static_cast<qint64>(exact) + (Pricing::QuantityScale * Pricing::BasisPoints) / 2);
            }
        }
    }
    if (discount == 0 || discount == 5000)
        QVERIFY(halvesSeen > 0);
}

void TestPricing::orderTotalsSumRoundedLines()
{
    Order order;
    order.currency = QStringLiteral("EUR");
    for (int i = 0; i < 3; ++i)
        order.lines.append(line(199, 333, 1900));

    // Each line is 0.66267 EUR -> 0.66; unrounded the three would make 1.98801 -> 1.99.
    QCOMPARE(order.lines.first().amounts().total, Q_INT64_C(66));
    QCOMPARE(order.total(), Q_INT64_C(198));
    QCOMPARE(order.taxTotal(), Q_INT64_C(33));
    const qint64 unroundedTotal = Decimal::divRoundHalfAway(static_cast<__int128>(199) * 333 * 3, 1000);
    QCOMPARE(unroundedTotal, Q_INT64_C(199));
    QVERIFY(order.total() != unroundedTotal);

    Order halves;
    for (int i = 0; i < 4; ++i)
        halves.lines.append(line(5, 500, 0));
    QCOMPARE(halves.total(), Q_INT64_C(12));

    Order taxHalves;
    taxHalves.lines.append(line(3, 1000, 2000));
    taxHalves.lines.append(line(3, 1000, 2000));
    QCOMPARE(taxHalves.total(), Q_INT64_C(6));
    QCOMPARE(taxHalves.taxTotal(), Q_INT64_C(2));
}

void TestPricing::orderWithReturnLine()
{
    Order order;
    order.lines.append(line(1299, 333, 700));
    order.lines.append(line(1299, -333, 700));
    order.lines.append(line(250, 2000, 1900, 1000));
    QCOMPARE(order.total(), Q_INT64_C(450));
    QCOMPARE(order.taxTotal(), Q_INT64_C(72));
}

void TestPricing::emptyOrder()
{
    const Order order;
    QCOMPARE(order.total(), Q_INT64_C(0));
    QCOMPARE(order.taxTotal(), Q_INT64_C(0));
    QVERIFY(order.taxSummary().isEmpty());
    QCOMPARE(order.paidTotal(), Q_INT64_C(0));
}

void TestPricing::taxSummaryGroupedByRate()
{
    Order order;
    order.lines.append(line(250, 1000, 1900));       // 250, tax 40
    order.lines.append(line(1299, 333, 700));        // 433, tax 28
    order.lines.append(line(1000, 1000, 1900, 1000)); // 900, tax 144
    order.lines.append(line(500, 2000, 0));          // 1000, tax 0
    order.lines.append(line(199, 3000, 700));        // 597, tax 39
    order.lines.append(line(250, -1000, 1900));      // -250, tax -40

    const QList<TaxSummary> summary = order.taxSummary();
    QCOMPARE(summary.size(), 3);

    QCOMPARE(summary.at(0).rate, 0);
    QCOMPARE(summary.at(0).tax, Q_INT64_C(0));
    QCOMPARE(summary.at(0).base, Q_INT64_C(1000));

    QCOMPARE(summary.at(1).rate, 700);
    QCOMPARE(summary.at(1).tax, Q_INT64_C(67));
    QCOMPARE(summary.at(1).base, Q_INT64_C(963));

    QCOMPARE(summary.at(2).rate, 1900);
    QCOMPARE(summary.at(2).tax, Q_INT64_C(144));
    QCOMPARE(summary.at(2).base, Q_INT64_C(756));

    qint64 taxSum = 0;
    qint64 grossSum = 0;
    for (const TaxSummary &s : summary) {
        taxSum += s.tax;
        grossSum += s.base + s.tax;
    }
    QCOMPARE(taxSum, order.taxTotal());
    QCOMPARE(grossSum, order.total());
    QCOMPARE(order.total(), Q_INT64_C(2930));

    QMap<int, TaxSummary> acrossOrders;
    accumulateTaxes(&acrossOrders, order);
    accumulateTaxes(&acrossOrders, order);
    QCOMPARE(acrossOrders.size(), 3);
    QCOMPARE(acrossOrders.value(1900).tax, Q_INT64_C(288));
    QCOMPARE(acrossOrders.value(1900).base, Q_INT64_C(1512));
    QCOMPARE(acrossOrders.value(700).tax, Q_INT64_C(134));
}

void TestPricing::paymentBalance_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<Payment>>("payments");
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<qint64>("change");
    QTest::addColumn<bool>("covered");
    QTest::addColumn<bool>("changeExceedsCash");

    const auto cash = [](qint64 amount) { return payment(PaymentMethod::Cash, amount); };
    const auto card = [](qint64 amount) { return payment(PaymentMethod::Card, amount); };

    QTest::newRow("nothing paid") << Q_INT64_C(1250) << QList<Payment>{}
                                  << Q_INT64_C(0) << Q_INT64_C(1250) << Q_INT64_C(0) << false << false;
    QTest::newRow("underpaid cash") << Q_INT64_C(1250) << QList<Payment>{cash(1000)}
                                    << Q_INT64_C(1000) << Q_INT64_C(250) << Q_INT64_C(0) << false << false;
    QTest::newRow("underpaid mixed") << Q_INT64_C(1250) << QList<Payment>{cash(200), card(1000)}
                                     << Q_INT64_C(1200) << Q_INT64_C(50) << Q_INT64_C(0) << false << false;
    QTest::newRow("exact cash") << Q_INT64_C(1250) << QList<Payment>{cash(1250)}
                                << Q_INT64_C(1250) << Q_INT64_C(0) << Q_INT64_C(0) << true << false;
    QTest::newRow("exact card") << Q_INT64_C(1250) << QList<Payment>{card(1250)}
                                << Q_INT64_C(1250) << Q_INT64_C(0) << Q_INT64_C(0) << true << false;
    QTest::newRow("cash overpay gives change") << Q_INT64_C(1250) << QList<Payment>{cash(2000)}
                                               << Q_INT64_C(2000) << Q_INT64_C(0) << Q_INT64_C(750) << true << false;
    QTest::newRow("card overpay") << Q_INT64_C(1250) << QList<Payment>{card(1500)}
                                  << Q_INT64_C(1500) << Q_INT64_C(0) << Q_INT64_C(250) << true << true;
    QTest::newRow("mixed exact") << Q_INT64_C(1250) << QList<Payment>{card(1000), cash(250)}
                                 << Q_INT64_C(1250) << Q_INT64_C(0) << Q_INT64_C(0) << true << false;
    QTest::newRow("mixed, change from cash") << Q_INT64_C(1250) << QList<Payment>{card(500), cash(1000)}
                                             << Q_INT64_C(1500) << Q_INT64_C(0) << Q_INT64_C(250) << true << false;
    QTest::newRow("mixed, change equals cash") << Q_INT64_C(1250) << QList<Payment>{card(1250), cash(100)}
                                               << Q_INT64_C(1350) << Q_INT64_C(0) << Q_INT64_C(100) << true << false;
    QTest::newRow("mixed, change exceeds cash") << Q_INT64_C(1250) << QList<Payment>{card(1300), cash(100)}
                                                << Q_INT64_C(1400) << Q_INT64_C(0) << Q_INT64_C(150) << true << true;
    QTest::newRow("several cash") << Q_INT64_C(1250) << QList<Payment>{cash(500), cash(500), cash(500)}
                                  << Q_INT64_C(1500) << Q_INT64_C(0) << Q_INT64_C(250) << true << false;
    QTest::newRow("empty order") << Q_INT64_C(0) << QList<Payment>{}
                                 << Q_INT64_C(0) << Q_INT64_C(0) << Q_INT64_C(0) << true << false;
    QTest::newRow("refund paid out in cash") << Q_INT64_C(-450) << QList<Payment>{cash(-450)}
                                             << Q_INT64_C(-450) << Q_INT64_C(0) << Q_INT64_C(0) << true << false;
}

void TestPricing::paymentBalance()
{
    QFETCH(qint64, total);
    QFETCH(QList<Payment>, payments);
    QFETCH(qint64, paid);
    QFETCH(qint64, remaining);
    QFETCH(qint64, change);
    QFETCH(bool, covered);
    QFETCH(bool, changeExceedsCash);

    const PaymentBalance balance = ::paymentBalance(total, payments);
    QCOMPARE(balance.paid, paid);
    QCOMPARE(balance.remaining, remaining);
    QCOMPARE(balance.change, change);
    QCOMPARE(balance.covered, covered);
    QCOMPARE(balance.changeExceedsCash, changeExceedsCash);
    QCOMPARE(balance.canValidate(), covered && !changeExceedsCash);

    Order order;
    order.payments = payments;
    QCOMPARE(order.paidTotal(), paid);
}

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
