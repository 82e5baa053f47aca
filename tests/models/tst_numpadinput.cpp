#include "numpadinput.h"

#include <QTest>

namespace {

using Mode = NumpadInput::Mode;
using Action = NumpadInput::Action;

// Keys: '0'-'9' digits, '.' decimal point, '<' backspace, '~' toggle sign.
NumpadInput::Outcome press(NumpadInput &input, QChar key)
{
    if (key.isDigit())
        return input.digit(key.digitValue());
    if (key == QLatin1Char('.'))
        return input.decimalPoint();
    if (key == QLatin1Char('<'))
        return input.backspace();
    if (key == QLatin1Char('~'))
        return input.toggleSign();
    qFatal("unknown key %c", key.toLatin1());
    return {};
}

}

class TestNumpadInput : public QObject
{
    Q_OBJECT

private slots:
    void start_data();
    void start();
    void keys_data();
    void keys();
    void firstDigitReplacesThenAppends();
    void refusedKeyKeepsBuffer();
    void backspaceToEmptyThenRemoveLine();
    void backspaceOnEmptyOtherModes_data();
    void backspaceOnEmptyOtherModes();
    void discountAbove100Refused();
    void toggleSignOnlyInQuantityMode();
    void restartMakesInputFresh();
    void invalidDigit();
};

void TestNumpadInput::start_data()
{
    QTest::addColumn<int>("priceDecimals");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("buffer");

    QTest::newRow("quantity whole") << 2 << Mode::Quantity << Q_INT64_C(2000) << "2";
    QTest::newRow("quantity fraction") << 2 << Mode::Quantity << Q_INT64_C(1250) << "1.25";
    QTest::newRow("quantity return") << 2 << Mode::Quantity << Q_INT64_C(-1500) << "-1.5";
    QTest::newRow("quantity zero") << 2 << Mode::Quantity << Q_INT64_C(0) << "0";
    QTest::newRow("discount") << 2 << Mode::Discount << Q_INT64_C(1250) << "12.5";
    QTest::newRow("price cents") << 2 << Mode::Price << Q_INT64_C(1990) << "19.9";
    QTest::newRow("price yen") << 0 << Mode::Price << Q_INT64_C(1500) << "1500";
}

void TestNumpadInput::start()
{
    QFETCH(int, priceDecimals);
    QFETCH(Mode, mode);
    QFETCH(qint64, value);
    QFETCH(QString, buffer);

    NumpadInput input(priceDecimals);
    input.start(mode, value);
    QCOMPARE(input.mode(), mode);
    QCOMPARE(input.buffer(), buffer);
}

void TestNumpadInput::keys_data()
{
    QTest::addColumn<int>("priceDecimals");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<qint64>("startValue");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<Action>("action");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("buffer");

    QTest::newRow("first digit replaces") << 2 << Mode::Quantity << Q_INT64_C(1000) << "5"
                                          << Action::SetValue << Q_INT64_C(5000) << "5";
    QTest::newRow("later digits append") << 2 << Mode::Quantity << Q_INT64_C(1000) << "52"
                                         << Action::SetValue << Q_INT64_C(52000) << "52";
    QTest::newRow("first zero replaces") << 2 << Mode::Quantity << Q_INT64_C(3000) << "0"
                                         << Action::SetValue << Q_INT64_C(0) << "0";
    QTest::newRow("leading zero replaced") << 2 << Mode::Quantity << Q_INT64_C(3000) << "07"
                                           << Action::SetValue << Q_INT64_C(7000) << "7";
    QTest::newRow("repeated zeros stay one") << 2 << Mode::Quantity << Q_INT64_C(3000) << "000"
                                             << Action::SetValue << Q_INT64_C(0) << "0";
    QTest::newRow("fresh decimal point") << 2 << Mode::Quantity << Q_INT64_C(3000) << "."
                                         << Action::SetValue << Q_INT64_C(0) << "0.";
    QTest::newRow("fraction") << 2 << Mode::Quantity << Q_INT64_C(3000) << ".5"
                              << Action::SetValue << Q_INT64_C(500) << "0.5";
    QTest::newRow("whole and fraction") << 2 << Mode::Quantity << Q_INT64_C(1000) << "1.25"
                                        << Action::SetValue << Q_INT64_C(1250) << "1.25";
    QTest::newRow("decimal point after digit") << 2 << Mode::Quantity << Q_INT64_C(1000) << "2."
                                               << Action::SetValue << Q_INT64_C(2000) << "2.";
    QTest::newRow("zero then decimal point") << 2 << Mode::Quantity << Q_INT64_C(1000) << "0.3"
                                             << Action::SetValue << Q_INT64_C(300) << "0.3";
    QTest::newRow("three decimals") << 2 << Mode::Quantity << Q_INT64_C(1000) << "0.333"
                                    << Action::SetValue << Q_INT64_C(333) << "0.333";
    QTest::newRow("fourth decimal ignored") << 2 << Mode::Quantity << Q_INT64_C(1000) << "0.3335"
                                            << Action::None << Q_INT64_C(0) << "0.333";
    QTest::newRow("second decimal point ignored") << 2 << Mode::Quantity << Q_INT64_C(1000) << "1.5."
                                                  << Action::None << Q_INT64_C(0) << "1.5";
    QTest::newRow("largest quantity") << 2 << Mode::Quantity << Q_INT64_C(1000) << "1000000"
                                      << Action::SetValue << Q_INT64_C(1000000000) << "1000000";
    QTest::newRow("quantity too large") << 2 << Mode::Quantity << Q_INT64_C(1000) << "10000000"
                                        << Action::None << Q_INT64_C(0) << "1000000";

    QTest::newRow("backspace chops") << 2 << Mode::Quantity << Q_INT64_C(1000) << "123<"
                                     << Action::SetValue << Q_INT64_C(12000) << "12";
    QTest::newRow("backspace chops shown value") << 2 << Mode::Quantity << Q_INT64_C(12500) << "<"
                                                 << Action::SetValue << Q_INT64_C(12000) << "12.";
    QTest::newRow("backspace chops fraction") << 2 << Mode::Quantity << Q_INT64_C(1000) << "1.25<"
                                              << Action::SetValue << Q_INT64_C(1200) << "1.2";
    QTest::newRow("backspace over point") << 2 << Mode::Quantity << Q_INT64_C(1000) << "1.2<<"
                                          << Action::SetValue << Q_INT64_C(1000) << "1";
    QTest::newRow("backspace to empty sets 0") << 2 << Mode::Quantity << Q_INT64_C(1000) << "7<"
                                               << Action::SetValue << Q_INT64_C(0) << "";
    QTest::newRow("backspace on empty removes line") << 2 << Mode::Quantity << Q_INT64_C(1000) << "7<<"
                                                     << Action::RemoveLine << Q_INT64_C(0) << "";
    QTest::newRow("digit after emptying") << 2 << Mode::Quantity << Q_INT64_C(1000) << "7<4"
                                          << Action::SetValue << Q_INT64_C(4000) << "4";
    QTest::newRow("decimal point after emptying") << 2 << Mode::Quantity << Q_INT64_C(1000) << "7<.5"
                                                  << Action::SetValue << Q_INT64_C(500) << "0.5";

    QTest::newRow("toggle sign of shown value") << 2 << Mode::Quantity << Q_INT64_C(2000) << "~"
                                                << Action::SetValue << Q_INT64_C(-2000) << "-2";
    QTest::newRow("toggle sign twice") << 2 << Mode::Quantity << Q_INT64_C(2000) << "~~"
                                       << Action::SetValue << Q_INT64_C(2000) << "2";
    QTest::newRow("toggle sign then digit appends") << 2 << Mode::Quantity << Q_INT64_C(2000) << "~5"
                                                    << Action::SetValue << Q_INT64_C(-25000) << "-25";
    QTest::newRow("digits then toggle sign") << 2 << Mode::Quantity << Q_INT64_C(1000) << "3.5~"
                                             << Action::SetValue << Q_INT64_C(-3500) << "-3.5";
    QTest::newRow("toggle sign of empty") << 2 << Mode::Quantity << Q_INT64_C(1000) << "7<~"
                                          << Action::SetValue << Q_INT64_C(0) << "-0";
    QTest::newRow("negative zero replaced") << 2 << Mode::Quantity << Q_INT64_C(1000) << "7<~4"
                                            << Action::SetValue << Q_INT64_C(-4000) << "-4";
    QTest::newRow("negative fraction") << 2 << Mode::Quantity << Q_INT64_C(1000) << "7<~.5"
                                       << Action::SetValue << Q_INT64_C(-500) << "-0.5";
    QTest::newRow("backspace to minus") << 2 << Mode::Quantity << Q_INT64_C(1000) << "5~<"
                                        << Action::SetValue << Q_INT64_C(0) << "-";
    QTest::newRow("digit after minus") << 2 << Mode::Quantity << Q_INT64_C(1000) << "5~<8"
                                       << Action::SetValue << Q_INT64_C(-8000) << "-8";
    QTest::newRow("decimal point after minus") << 2 << Mode::Quantity << Q_INT64_C(1000) << "5~<."
                                               << Action::SetValue << Q_INT64_C(0) << "-0.";
    QTest::newRow("fresh return replaced") << 2 << Mode::Quantity << Q_INT64_C(-1000) << "3"
                                           << Action::SetValue << Q_INT64_C(3000) << "3";

    QTest::newRow("discount percent") << 2 << Mode::Discount << Q_INT64_C(0) << "10"
                                      << Action::SetValue << Q_INT64_C(1000) << "10";
    QTest::newRow("discount 100") << 2 << Mode::Discount << Q_INT64_C(0) << "100"
                                  << Action::SetValue << Q_INT64_C(10000) << "100";
    QTest::newRow("discount 1000 refused") << 2 << Mode::Discount << Q_INT64_C(0) << "1000"
                                           << Action::None << Q_INT64_C(0) << "100";
    QTest::newRow("discount 100.5 refused") << 2 << Mode::Discount << Q_INT64_C(0) << "100.5"
                                            << Action::None << Q_INT64_C(0) << "100.";
    QTest::newRow("discount 101 refused") << 2 << Mode::Discount << Q_INT64_C(0) << "101"
                                          << Action::None << Q_INT64_C(0) << "10";
    QTest::newRow("discount two decimals") << 2 << Mode::Discount << Q_INT64_C(0) << "33.33"
                                           << Action::SetValue << Q_INT64_C(3333) << "33.33";
    QTest::newRow("discount third decimal ignored") << 2 << Mode::Discount << Q_INT64_C(0) << "33.333"
                                                    << Action::None << Q_INT64_C(0) << "33.33";
    QTest::newRow("discount toggle sign ignored") << 2 << Mode::Discount << Q_INT64_C(500) << "~"
                                                  << Action::None << Q_INT64_C(0) << "5";
    QTest::newRow("discount backspace") << 2 << Mode::Discount << Q_INT64_C(1500) << "<"
                                        << Action::SetValue << Q_INT64_C(100) << "1";

    QTest::newRow("price cents") << 2 << Mode::Price << Q_INT64_C(500) << "1.99"
                                 << Action::SetValue << Q_INT64_C(199) << "1.99";
    QTest::newRow("price third decimal ignored") << 2 << Mode::Price << Q_INT64_C(500) << "1.999"
                                                 << Action::None << Q_INT64_C(0) << "1.99";
    QTest::newRow("price toggle sign ignored") << 2 << Mode::Price << Q_INT64_C(500) << "~"
                                               << Action::None << Q_INT64_C(0) << "5";
    QTest::newRow("price whole") << 2 << Mode::Price << Q_INT64_C(500) << "12"
                                 << Action::SetValue << Q_INT64_C(1200) << "12";
    QTest::newRow("yen whole") << 0 << Mode::Price << Q_INT64_C(500) << "12"
                               << Action::SetValue << Q_INT64_C(12) << "12";
    QTest::newRow("yen decimal point ignored") << 0 << Mode::Price << Q_INT64_C(500) << "."
                                               << Action::None << Q_INT64_C(0) << "500";
    QTest::newRow("yen decimal point after digits") << 0 << Mode::Price << Q_INT64_C(500) << "12."
                                                    << Action::None << Q_INT64_C(0) << "12";
    QTest::newRow("yen quantity keeps 3 decimals") << 0 << Mode::Quantity << Q_INT64_C(1000) << "0.25"
                                                   << Action::SetValue << Q_INT64_C(250) << "0.25";
    QTest::newRow("three-decimal currency") << 3 << Mode::Price << Q_INT64_C(1000) << "1.255"
                                            << Action::SetValue << Q_INT64_C(1255) << "1.255";
    QTest::newRow("largest price") << 2 << Mode::Price << Q_INT64_C(0) << "1000000000"
                                   << Action::SetValue << Q_INT64_C(100000000000) << "1000000000";
    QTest::newRow("price too large") << 2 << Mode::Price << Q_INT64_C(0) << "1000000000.01"
                                     << Action::None << Q_INT64_C(0) << "1000000000.0";
    QTest::newRow("price backspace to empty") << 2 << Mode::Price << Q_INT64_C(500) << "<"
                                              << Action::SetValue << Q_INT64_C(0) << "";
}

void TestNumpadInput::keys()
{
    QFETCH(int, priceDecimals);
    QFETCH(Mode, mode);
    QFETCH(qint64, startValue);
    QFETCH(QString, keys);
    QFETCH(Action, action);
    QFETCH(qint64, value);
    QFETCH(QString, buffer);

    NumpadInput input(priceDecimals);
    input.start(mode, startValue);
    NumpadInput::Outcome outcome;
    for (const QChar key : keys)
        outcome = press(input, key);
    QCOMPARE(outcome.action, action);
    QCOMPARE(outcome.value, value);
    QCOMPARE(input.buffer(), buffer);
    QCOMPARE(input.mode(), mode);
}

void TestNumpadInput::firstDigitReplacesThenAppends()
{
    NumpadInput input;
    input.start(Mode::Quantity, 4000);
    QCOMPARE(input.buffer(), QStringLiteral("4"));

    NumpadInput::Outcome outcome = input.digit(1);
    QCOMPARE(outcome.action, Action::SetValue);
    QCOMPARE(outcome.value, Q_INT64_C(1000));

    outcome = input.digit(2);
    QCOMPARE(outcome.action, Action::SetValue);
    QCOMPARE(outcome.value, Q_INT64_C(12000));

    outcome = input.decimalPoint();
    QCOMPARE(outcome.action, Action::SetValue);
    QCOMPARE(outcome.value, Q_INT64_C(12000));

    outcome = input.digit(5);
    QCOMPARE(outcome.value, Q_INT64_C(12500));
    QCOMPARE(input.buffer(), QStringLiteral("12.5"));
}

void TestNumpadInput::refusedKeyKeepsBuffer()
{
    NumpadInput input;
    input.start(Mode::Quantity, 1000);
    for (int d : {0, 1, 2})
        input.digit(d);
    QCOMPARE(input.buffer(), QStringLiteral("12"));
    input.decimalPoint();
    for (int d : {1, 2, 3})
        input.digit(d);
    QCOMPARE(input.buffer(), QStringLiteral("12.123"));

    const NumpadInput::Outcome refused = input.digit(4);
    QCOMPARE(refused.action, Action::None);
    QCOMPARE(input.buffer(), QStringLiteral("12.123"));

    const NumpadInput::Outcome chopped = input.backspace();
    QCOMPARE(chopped.action, Action::SetValue);
    QCOMPARE(chopped.value, Q_INT64_C(12120));
    QCOMPARE(input.buffer(), QStringLiteral("12.12"));
}

void TestNumpadInput::backspaceToEmptyThenRemoveLine()
{
    NumpadInput input;
    input.start(Mode::Quantity, 12000);
    NumpadInput::Outcome outcome = input.backspace();
    QCOMPARE(outcome.action, Action::SetValue);
    QCOMPARE(outcome.value, Q_INT64_C(1000));

    outcome = input.backspace();
    QCOMPARE(outcome.action, Action::SetValue);
    QCOMPARE(outcome.value, Q_INT64_C(0));
    QVERIFY(input.buffer().isEmpty());

    outcome = input.backspace();
    QCOMPARE(outcome.action, Action::RemoveLine);

    outcome = input.backspace();
    QCOMPARE(outcome.action, Action::RemoveLine);
}

void TestNumpadInput::backspaceOnEmptyOtherModes_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::newRow("discount") << Mode::Discount;
    QTest::newRow("price") << Mode::Price;
}

void TestNumpadInput::backspaceOnEmptyOtherModes()
{
    QFETCH(Mode, mode);

    NumpadInput input;
    input.start(mode, 500);
    QCOMPARE(input.backspace().action, Action::SetValue);
    QVERIFY(input.buffer().isEmpty());
    const NumpadInput::Outcome outcome = input.backspace();
    QCOMPARE(outcome.action, Action::None);
    QVERIFY(input.buffer().isEmpty());
}

void TestNumpadInput::discountAbove100Refused()
{
    NumpadInput input;
    input.start(Mode::Discount, 0);
    QCOMPARE(input.digit(9).value, Q_INT64_C(900));
    QCOMPARE(input.digit(9).value, Q_INT64_C(9900));
    QCOMPARE(input.digit(9).action, Action::None);
    QCOMPARE(input.buffer(), QStringLiteral("99"));
    QCOMPARE(input.decimalPoint().action, Action::SetValue);
    QCOMPARE(input.digit(9).value, Q_INT64_C(9990));
    QCOMPARE(input.digit(9).value, Q_INT64_C(9999));
    QCOMPARE(input.digit(9).action, Action::None);
    QCOMPARE(input.buffer(), QStringLiteral("99.99"));
}

void TestNumpadInput::toggleSignOnlyInQuantityMode()
{
    NumpadInput input;
    input.start(Mode::Quantity, 1500);
    NumpadInput::Outcome outcome = input.toggleSign();
    QCOMPARE(outcome.action, Action::SetValue);
    QCOMPARE(outcome.value, Q_INT64_C(-1500));

    input.start(Mode::Discount, 1500);
    outcome = input.toggleSign();
    QCOMPARE(outcome.action, Action::None);
    QCOMPARE(input.buffer(), QStringLiteral("15"));

    input.start(Mode::Price, 1500);
    outcome = input.toggleSign();
    QCOMPARE(outcome.action, Action::None);
    QCOMPARE(input.buffer(), QStringLiteral("15"));
}

void TestNumpadInput::restartMakesInputFresh()
{
    NumpadInput input;
    input.start(Mode::Quantity, 1000);
    input.digit(4);
    input.digit(2);
    QCOMPARE(input.buffer(), QStringLiteral("42"));

    input.start(Mode::Price, 250);
    QCOMPARE(input.mode(), Mode::Price);
    QCOMPARE(input.buffer(), QStringLiteral("2.5"));
    const NumpadInput::Outcome outcome = input.digit(3);
    QCOMPARE(outcome.action, Action::SetValue);
    QCOMPARE(outcome.value, Q_INT64_C(300));
    QCOMPARE(input.buffer(), QStringLiteral("3"));
}

void TestNumpadInput::invalidDigit()
{
    NumpadInput input;
    input.start(Mode::Quantity, 1000);
    QCOMPARE(input.digit(10).action, Action::None);
    QCOMPARE(input.digit(-1).action, Action::None);
    QCOMPARE(input.buffer(), QStringLiteral("1"));
    QCOMPARE(input.digit(2).value, Q_INT64_C(2000));
}

QTEST_GUILESS_MAIN(TestNumpadInput)
#include "tst_numpadinput.moc"
