#include "money.h"

#include <QLocale>
#include <QTest>

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parseScaled_data();
    void parseScaled();
    void parseScaledRejectedLeavesOutputAlone();
    void formatScaled_data();
    void formatScaled();
    void divRoundHalfAway_data();
    void divRoundHalfAway();
    void divRoundHalfAwayBeyond64Bits();
    void precision();
    void parse_data();
    void parse();
    void plainStringRoundTrip_data();
    void plainStringRoundTrip();
    void toString_data();
    void toString();
    void toStringInEachLanguage_data();
    void toStringInEachLanguage();
    void toStringNativeDigits_data();
    void toStringNativeDigits();
    void arithmetic();
    void equality();
};

void TestMoney::parseScaled_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("integer") << "12" << 2 << true << Q_INT64_C(1200);
    QTest::newRow("one decimal") << "12.5" << 2 << true << Q_INT64_C(1250);
    QTest::newRow("negative cents") << "-0.05" << 2 << true << Q_INT64_C(-5);
    QTest::newRow("explicit plus") << "+3" << 2 << true << Q_INT64_C(300);
    QTest::newRow("no whole part") << ".5" << 2 << true << Q_INT64_C(50);
    QTest::newRow("negative no whole part") << "-.5" << 3 << true << Q_INT64_C(-500);
    QTest::newRow("three decimals") << "0.125" << 3 << true << Q_INT64_C(125);
    QTest::newRow("scaled up") << "2.5" << 3 << true << Q_INT64_C(2500);
    QTest::newRow("zero decimals") << "12" << 0 << true << Q_INT64_C(12);
    QTest::newRow("zero") << "0" << 2 << true << Q_INT64_C(0);
    QTest::newRow("negative zero") << "-0" << 2 << true << Q_INT64_C(0);
    QTest::newRow("leading zeros") << "007.10" << 2 << true << Q_INT64_C(710);
    QTest::newRow("surrounding spaces") << "  7.25 " << 2 << true << Q_INT64_C(725);
    QTest::newRow("15 digits") << "999999999999999" << 2 << true << Q_INT64_C(99999999999999900);
    QTest::newRow("15 digits negative") << "-999999999999999.99" << 2 << true
                                        << Q_INT64_C(-99999999999999999);

    QTest::newRow("empty") << "" << 2 << false << Q_INT64_C(0);
    QTest::newRow("blank") << " " << 2 << false << Q_INT64_C(0);
    QTest::newRow("letters") << "abc" << 2 << false << Q_INT64_C(0);
    QTest::newRow("trailing letter") << "12a" << 2 << false << Q_INT64_C(0);
    QTest::newRow("too many decimals") << "1.234" << 2 << false << Q_INT64_C(0);
    QTest::newRow("decimal with zero decimals") << "1.5" << 0 << false << Q_INT64_C(0);
    QTest::newRow("exponent") << "1e3" << 2 << false << Q_INT64_C(0);
    QTest::newRow("comma decimal") << "1,5" << 2 << false << Q_INT64_C(0);
    QTest::newRow("grouping") << "1,234.50" << 2 << false << Q_INT64_C(0);
    QTest::newRow("inner space") << "1 000" << 2 << false << Q_INT64_C(0);
    QTest::newRow("double minus") << "--1" << 2 << false << Q_INT64_C(0);
    QTest::newRow("plus minus") << "+-1" << 2 << false << Q_INT64_C(0);
    QTest::newRow("sign only") << "-" << 2 << false << Q_INT64_C(0);
    QTest::newRow("point only") << "." << 2 << false << Q_INT64_C(0);
    QTest::newRow("sign and point") << "-." << 2 << false << Q_INT64_C(0);
    QTest::newRow("two points") << "1.2.3" << 3 << false << Q_INT64_C(0);
    QTest::newRow("hex") << "0x10" << 2 << false << Q_INT64_C(0);
    QTest::newRow("arabic-indic digit") << QString(QChar(0x0663)) << 2 << false << Q_INT64_C(0);
    QTest::newRow("arabic-indic after ascii") << (QStringLiteral("1") + QChar(0x0663)) << 2 << false
                                              << Q_INT64_C(0);
    QTest::newRow("fullwidth digit") << QString(QChar(0xFF11)) << 2 << false << Q_INT64_C(0);
    QTest::newRow("16 digits") << "1234567890123456" << 2 << false << Q_INT64_C(0);
    QTest::newRow("16 digits zero decimals") << "1000000000000000" << 0 << false << Q_INT64_C(0);
    QTest::newRow("20 digits") << "12345678901234567890" << 0 << false << Q_INT64_C(0);
    QTest::newRow("16 digits with fraction") << "1234567890123456.5" << 2 << false << Q_INT64_C(0);
}

void TestMoney::parseScaled()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);

    qint64 value = 0;
    QCOMPARE(Decimal::parseScaled(text, decimals, &value), ok);
    if (ok)
        QCOMPARE(value, expected);
}

void TestMoney::parseScaledRejectedLeavesOutputAlone()
{
    qint64 value = 4242;
    QVERIFY(!Decimal::parseScaled(QStringLiteral("1.234"), 2, &value));
    QCOMPARE(value, Q_INT64_C(4242));
}

void TestMoney::formatScaled_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QChar>("point");
    QTest::addColumn<QString>("expected");

    const QChar dot = QLatin1Char('.');
    QTest::newRow("trailing zeros dropped") << Q_INT64_C(2500) << 3 << 0 << dot << "2.5";
    QTest::newRow("trailing zeros kept") << Q_INT64_C(2500) << 3 << 3 << dot << "2.500";
    QTest::newRow("partly kept") << Q_INT64_C(2000) << 3 << 1 << dot << "2.0";
    QTest::newRow("whole number") << Q_INT64_C(2000) << 3 << 0 << dot << "2";
    QTest::newRow("cents") << Q_INT64_C(1050) << 2 << 2 << dot << "10.50";
    QTest::newRow("cents trimmed") << Q_INT64_C(1050) << 2 << 0 << dot << "10.5";
    QTest::newRow("below one") << Q_INT64_C(333) << 3 << 0 << dot << "0.333";
    QTest::newRow("leading fraction zeros") << Q_INT64_C(5) << 2 << 2 << dot << "0.05";
    QTest::newRow("negative below one") << Q_INT64_C(-5) << 2 << 0 << dot << "-0.05";
    QTest::newRow("negative") << Q_INT64_C(-1500) << 3 << 0 << dot << "-1.5";
    QTest::newRow("zero padded") << Q_INT64_C(0) << 2 << 2 << dot << "0.00";
    QTest::newRow("zero bare") << Q_INT64_C(0) << 2 << 0 << dot << "0";
    QTest::newRow("no decimals") << Q_INT64_C(1234) << 0 << 0 << dot << "1234";
    QTest::newRow("negative no decimals") << Q_INT64_C(-1234) << 0 << 0 << dot << "-1234";
    QTest::newRow("comma point") << Q_INT64_C(123456) << 2 << 2 << QChar(QLatin1Char(',')) << "1234,56";
    QTest::newRow("large") << Q_INT64_C(999999999999999999) << 2 << 2 << dot << "9999999999999999.99";
}

void TestMoney::formatScaled()
{
    QFETCH(qint64, value);
    QFETCH(int, decimals);
    QFETCH(int, minDecimals);
    QFETCH(QChar, point);
    QFETCH(QString, expected);

    QCOMPARE(Decimal::formatScaled(value, decimals, minDecimals, point), expected);
}

void TestMoney::divRoundHalfAway_data()
{
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("5/2") << Q_INT64_C(5) << Q_INT64_C(2) << Q_INT64_C(3);
    QTest::newRow("-5/2") << Q_INT64_C(-5) << Q_INT64_C(2) << Q_INT64_C(-3);
    QTest::newRow("5/-2") << Q_INT64_C(5) << Q_INT64_C(-2) << Q_INT64_C(-3);
    QTest::newRow("-5/-2") << Q_INT64_C(-5) << Q_INT64_C(-2) << Q_INT64_C(3);
    QTest::newRow("15/10") << Q_INT64_C(15) << Q_INT64_C(10) << Q_INT64_C(2);
    QTest::newRow("-15/10") << Q_INT64_C(-15) << Q_INT64_C(10) << Q_INT64_C(-2);
    QTest::newRow("14/10") << Q_INT64_C(14) << Q_INT64_C(10) << Q_INT64_C(1);
    QTest::newRow("-14/10") << Q_INT64_C(-14) << Q_INT64_C(10) << Q_INT64_C(-1);
    QTest::newRow("16/10") << Q_INT64_C(16) << Q_INT64_C(10) << Q_INT64_C(2);
    QTest::newRow("-16/10") << Q_INT64_C(-16) << Q_INT64_C(10) << Q_INT64_C(-2);
    QTest::newRow("25/10") << Q_INT64_C(25) << Q_INT64_C(10) << Q_INT64_C(3);
    QTest::newRow("-25/-10") << Q_INT64_C(-25) << Q_INT64_C(-10) << Q_INT64_C(3);
    QTest::newRow("1/3") << Q_INT64_C(1) << Q_INT64_C(3) << Q_INT64_C(0);
    QTest::newRow("2/3") << Q_INT64_C(2) << Q_INT64_C(3) << Q_INT64_C(1);
    QTest::newRow("-2/3") << Q_INT64_C(-2) << Q_INT64_C(3) << Q_INT64_C(-1);
    QTest::newRow("0/7") << Q_INT64_C(0) << Q_INT64_C(7) << Q_INT64_C(0);
    QTest::newRow("0/-7") << Q_INT64_C(0) << Q_INT64_C(-7) << Q_INT64_C(0);
    QTest::newRow("exact") << Q_INT64_C(-30) << Q_INT64_C(10) << Q_INT64_C(-3);
    QTest::newRow("divide by one") << Q_INT64_C(-123456789) << Q_INT64_C(1) << Q_INT64_C(-123456789);
}

void TestMoney::divRoundHalfAway()
{
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(qint64, expected);

    QCOMPARE(Decimal::divRoundHalfAway(num, den), expected);
}

void TestMoney::divRoundHalfAwayBeyond64Bits()
{
    const __int128 big = static_cast<__int128>(100000000000LL) * 1000000000LL * 10000;
    const __int128 den = 10000000;
    QCOMPARE(Decimal::divRoundHalfAway(big, den), Q_INT64_C(100000000000000000));
    QCOMPARE(Decimal::divRoundHalfAway(big + den / 2, den), Q_INT64_C(100000000000000001));
    QCOMPARE(Decimal::divRoundHalfAway(big + den / 2 - 1, den), Q_INT64_C(100000000000000000));
    QCOMPARE(Decimal::divRoundHalfAway(-(big + den / 2), den), Q_INT64_C(-100000000000000001));
}

void TestMoney::precision()
{
    QCOMPARE(Money::precision(QStringLiteral("EUR")), 2);
    QCOMPARE(Money::precision(QStringLiteral("USD")), 2);
    QCOMPARE(Money::precision(QStringLiteral("JPY")), 0);
    QCOMPARE(Money::precision(QStringLiteral("KRW")), 0);
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("euros") << "12.5" << "EUR" << true << Q_INT64_C(1250);
    QTest::newRow("euro cents") << "-0.05" << "EUR" << true << Q_INT64_C(-5);
    QTest::newRow("yen") << "1500" << "JPY" << true << Q_INT64_C(1500);
    QTest::newRow("yen with decimals") << "12.5" << "JPY" << false << Q_INT64_C(0);
    QTest::newRow("too many cents") << "12.345" << "EUR" << false << Q_INT64_C(0);
    QTest::newRow("grouped") << "1,234.56" << "EUR" << false << Q_INT64_C(0);
    QTest::newRow("with symbol") << "12.50 €" << "EUR" << false << Q_INT64_C(0);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);

    Money money(777, QStringLiteral("XXX"));
    QCOMPARE(Money::parse(text, currency, &money), ok);
    if (ok)
        QCOMPARE(money, Money(minor, currency));
    else
        QCOMPARE(money, Money(777, QStringLiteral("XXX")));
}

void TestMoney::plainStringRoundTrip_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("plain");

    QTest::newRow("zero") << Q_INT64_C(0) << "EUR" << "0.00";
    QTest::newRow("cents") << Q_INT64_C(5) << "EUR" << "0.05";
    QTest::newRow("negative cents") << Q_INT64_C(-5) << "EUR" << "-0.05";
    QTest::newRow("negative") << Q_INT64_C(-1250) << "EUR" << "-12.50";
    QTest::newRow("no grouping") << Q_INT64_C(123456) << "EUR" << "1234.56";
    QTest::newRow("large") << Q_INT64_C(100000000000) << "USD" << "1000000000.00";
    QTest::newRow("yen") << Q_INT64_C(1500) << "JPY" << "1500";
    QTest::newRow("negative yen") << Q_INT64_C(-7) << "JPY" << "-7";
}

void TestMoney::plainStringRoundTrip()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, plain);

    const Money money(minor, currency);
    QCOMPARE(money.toPlainString(), plain);
    Money parsed;
    QVERIFY(Money::parse(money.toPlainString(), currency, &parsed));
    QCOMPARE(parsed, money);
}

void TestMoney::toString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");

    QTest::newRow("grouped euros") << Q_INT64_C(123456) << "EUR" << QStringLiteral("1,234.56 €")
                                   << QStringLiteral("1.234,56 €");
    QTest::newRow("negative euros") << Q_INT64_C(-123456) << "EUR" << QStringLiteral("-1,234.56 €")
                                    << QStringLiteral("-1.234,56 €");
    QTest::newRow("cents only") << Q_INT64_C(5) << "EUR" << QStringLiteral("0.05 €")
                                << QStringLiteral("0,05 €");
    QTest::newRow("negative cents") << Q_INT64_C(-5) << "EUR" << QStringLiteral("-0.05 €")
                                    << QStringLiteral("-0,05 €");
    QTest::newRow("zero") << Q_INT64_C(0) << "EUR" << QStringLiteral("0.00 €") << QStringLiteral("0,00 €");
    QTest::newRow("millions") << Q_INT64_C(123456789012) << "EUR" << QStringLiteral("1,234,567,890.12 €")
                              << QStringLiteral("1.234.567.890,12 €");
    QTest::newRow("dollars") << Q_INT64_C(1250) << "USD" << QStringLiteral("12.50 $")
                             << QStringLiteral("12,50 $");
    QTest::newRow("pounds") << Q_INT64_C(99) << "GBP" << QStringLiteral("0.99 £")
                            << QStringLiteral("0,99 £");
    QTest::newRow("yen") << Q_INT64_C(123456) << "JPY" << QStringLiteral("123,456 ¥")
                         << QStringLiteral("123.456 ¥");
    QTest::newRow("negative yen") << Q_INT64_C(-500) << "JPY" << QStringLiteral("-500 ¥")
                                  << QStringLiteral("-500 ¥");
    QTest::newRow("unknown currency") << Q_INT64_C(1000) << "CHF" << QStringLiteral("10.00 CHF")
                                      << QStringLiteral("10,00 CHF");
}

void TestMoney::toString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, english);
    QFETCH(QString, german);

    const Money money(minor, currency);
    QCOMPARE(money.toString(QLocale(QLocale::English)), english);
    QCOMPARE(money.toString(QLocale(QLocale::German)), german);
}

// The languages a terminal offers (Settings): each with its own separators, Spanish
// without a group separator in four-digit amounts.
void TestMoney::toStringInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("expected");

    QTest::newRow("es millions") << "es" << Q_INT64_C(123456789) << QStringLiteral("1.234.567,89 €");
    QTest::newRow("es ten thousands") << "es" << Q_INT64_C(1234567) << QStringLiteral("12.345,67 €");
    QTest::newRow("es thousands") << "es" << Q_INT64_C(123456) << QStringLiteral("1234,56 €");
    QTest::newRow("fr") << "fr" << Q_INT64_C(123456789) << QStringLiteral("1\u202F234\u202F567,89 €");
    QTest::newRow("fr negative") << "fr" << Q_INT64_C(-250) << QStringLiteral("-2,50 €");
    QTest::newRow("ru") << "ru" << Q_INT64_C(123456789) << QStringLiteral("1\u00A0234\u00A0567,89 €");
    QTest::newRow("de") << "de" << Q_INT64_C(123456) << QStringLiteral("1.234,56 €");
    QTest::newRow("en") << "en" << Q_INT64_C(123456) << QStringLiteral("1,234.56 €");
}

void TestMoney::toStringInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(qint64, minor);
    QFETCH(QString, expected);

    QCOMPARE(Money(minor, QStringLiteral("EUR")).toString(QLocale(language)), expected);
}

void TestMoney::toStringNativeDigits_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("arabic") << QLocale(QLocale::Arabic, QLocale::Egypt)
                            << QStringLiteral("\u0661\u066C\u0662\u0663\u0664\u066B\u0665\u0666 €");
    QTest::newRow("persian") << QLocale(QLocale::Persian, QLocale::Iran)
                             << QStringLiteral("\u06F1\u066C\u06F2\u06F3\u06F4\u066B\u06F5\u06F6 €");
}

void TestMoney::toStringNativeDigits()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);

    QCOMPARE(locale.toString(1234.56, 'f', 2) + QStringLiteral(" €"), expected);
    QCOMPARE(Money(123456, QStringLiteral("EUR")).toString(locale), expected);
}

void TestMoney::arithmetic()
{
    const QString eur = QStringLiteral("EUR");
    const Money a(1250, eur);
    const Money b(-300, eur);

    QCOMPARE(a + b, Money(950, eur));
    QCOMPARE(a - b, Money(1550, eur));
    QCOMPARE(b - a, Money(-1550, eur));

    Money sum(0, eur);
    QVERIFY(sum.isZero());
    sum += a;
    sum += a;
    QCOMPARE(sum, Money(2500, eur));
    sum -= Money(2600, eur);
    QCOMPARE(sum, Money(-100, eur));
    QVERIFY(sum.isNegative());
    QVERIFY(!sum.isZero());
    QCOMPARE(sum.minorUnits(), Q_INT64_C(-100));
    QCOMPARE(sum.currency(), eur);

    const Money big(Q_INT64_C(4000000000000000000), eur);
    QCOMPARE((big + big - big).minorUnits(), Q_INT64_C(4000000000000000000));
}

void TestMoney::equality()
{
    QVERIFY(Money(100, QStringLiteral("EUR")) == Money(100, QStringLiteral("EUR")));
    QVERIFY(!(Money(100, QStringLiteral("EUR")) != Money(100, QStringLiteral("EUR"))));
    QVERIFY(Money(100, QStringLiteral("EUR")) != Money(101, QStringLiteral("EUR")));
    QVERIFY(Money(100, QStringLiteral("EUR")) != Money(100, QStringLiteral("USD")));
    QVERIFY(!(Money(100, QStringLiteral("EUR")) == Money(100, QStringLiteral("USD"))));
    QVERIFY(Money(0, QStringLiteral("EUR")) != Money());
    QVERIFY(Money() == Money(0, QString()));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
