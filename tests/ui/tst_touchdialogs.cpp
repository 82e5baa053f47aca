#include "touchdialogs.h"
#include "windowdriver.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The terminal's prompts answered with a finger only, as on a till without a keyboard.
class TestTouchDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void guestCountFromTheKeypad();
    void pinStaysHidden();
    void amountWithADecimalPoint();
    void cashierNameFromTheKeyboard();
    void noteOnSeveralLines();
    void choiceIsOneTap();
    void questionsDefaultToNo();
    void keysStillWork();

private:
    // Shows the dialog and checks every target is big enough for a finger.
    void open(QDialog *dialog);
    void tapKey(QDialog *dialog, const QString &name);
    void tapText(QDialog *dialog, const QString &text);
};

void TestTouchDialogs::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTouchDialogs::open(QDialog *dialog)
{
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
    QVERIFY(!buttons.isEmpty());
    for (const QPushButton *button : buttons) {
        QVERIFY2(button->width() >= TouchDialog::MinTarget && button->height() >= TouchDialog::MinTarget,
                 qPrintable(QStringLiteral("%1 is %2x%3").arg(button->text()).arg(button->width()).arg(button->height())));
    }
}

void TestTouchDialogs::tapKey(QDialog *dialog, const QString &name)
{
    auto *button = dialog->findChild<QPushButton *>(name);
    QVERIFY2(button, qPrintable(name));
    QVERIFY2(button->isEnabled(), qPrintable(name + " is disabled"));
    tap(button);
}

void TestTouchDialogs::tapText(QDialog *dialog, const QString &text)
{
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == text) {
            QVERIFY2(button->isEnabled(), qPrintable(text + " is disabled"));
            tap(button);
            return;
        }
    }
    QFAIL(qPrintable("no button " + text));
}

void TestTouchDialogs::guestCountFromTheKeypad()
{
    NumberDialog dialog(nullptr, "Table 4", "Number of guests:", 1, 99, 2);
    open(&dialog);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    auto *ok = dialog.findChildren<QPushButton *>().last();
    tapKey(&dialog, "key_clear");
    QVERIFY(!ok->isEnabled());
    tapKey(&dialog, "key_0");
    QVERIFY2(!ok->isEnabled(), "0 guests");
    tapKey(&dialog, "key_backspace");
    tapKey(&dialog, "key_1");
    tapKey(&dialog, "key_2");
    QCOMPARE(dialog.value(), 12);
    QVERIFY(dialog.findChild<QLabel *>("promptHint")->text().contains("From 1 to 99"));
    tapText(&dialog, "OK");
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.value(), 12);
}

void TestTouchDialogs::pinStaysHidden()
{
    NumberDialog dialog(nullptr, "Manager access", "Manager PIN:", 8);
    open(&dialog);
    for (const char *digit : {"key_1", "key_2", "key_3", "key_4"})
        tapKey(&dialog, digit);
    QCOMPARE(dialog.text(), QStringLiteral("1234"));
    QCOMPARE(dialog.findChild<QLineEdit *>("promptField")->echoMode(), QLineEdit::Password);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    tapText(&dialog, "OK");
    QCOMPARE(accepted.size(), 1);
}

void TestTouchDialogs::amountWithADecimalPoint()
{
    MoneyDialog dialog(nullptr, "Open session", "Opening float:", "EUR", 0);
    open(&dialog);
    tapKey(&dialog, "key_clear");
    auto *ok = dialog.findChildren<QPushButton *>().last();
    QVERIFY(!ok->isEnabled());
    for (const char *key : {"key_1", "key_5", "key_0", "key_point", "key_2", "key_5"})
        tapKey(&dialog, key);
    QCOMPARE(dialog.amount(), 15025);
    // Three decimals are finer than a cent.
    tapKey(&dialog, "key_5");
    QVERIFY(!ok->isEnabled());
    tapKey(&dialog, "key_backspace");
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    tapText(&dialog, "OK");
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.amount(), 15025);
}

void TestTouchDialogs::cashierNameFromTheKeyboard()
{
    TextDialog dialog(nullptr, "Open session", "Cashier for the next session:", QString(), false);
    open(&dialog);
    // The first letter comes as a capital, then small ones.
    for (const char *key : {"key_c", "key_a", "key_r", "key_o", "key_l", "key_space", "key_shift", "key_b"})
        tapKey(&dialog, key);
    tapKey(&dialog, "key_backspace");
    tapKey(&dialog, "key_shift");
    tapKey(&dialog, "key_m");
    QCOMPARE(dialog.text(), QStringLiteral("Carol M"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    tapText(&dialog, "OK");
    QCOMPARE(accepted.size(), 1);
}

void TestTouchDialogs::noteOnSeveralLines()
{
    TextDialog dialog(nullptr, "Note", "Note on the order:", "no ice", true);
    open(&dialog);
    auto *field = dialog.findChild<QPlainTextEdit *>("promptField");
    QVERIFY(field);
    field->moveCursor(QTextCursor::End);
    tapKey(&dialog, "key_,");
    tapKey(&dialog, "key_space");
    for (const char *key : {"key_l", "key_e", "key_m", "key_o", "key_n"})
        tapKey(&dialog, key);
    QCOMPARE(dialog.text(), QStringLiteral("no ice, lemon"));
}

void TestTouchDialogs::choiceIsOneTap()
{
    ChoiceDialog dialog(nullptr, "Move order", "Move the order to table:", {"1", "2", "T3"});
    open(&dialog);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    tapKey(&dialog, "choice:T3");
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.choice(), QStringLiteral("T3"));
}

void TestTouchDialogs::questionsDefaultToNo()
{
    MessageDialog dialog(nullptr, "Close session", "Close the session?", true);
    open(&dialog);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(rejected.size(), 1);
    MessageDialog again(nullptr, "Close session", "Close the session?", true);
    open(&again);
    QSignalSpy accepted(&again, &QDialog::accepted);
    tapText(&again, "Yes");
    QCOMPARE(accepted.size(), 1);
}

// A physical keyboard or a scanner still types into the prompt; Return accepts.
void TestTouchDialogs::keysStillWork()
{
    NumberDialog guests(nullptr, "Table 4", "Number of guests:", 1, 99, 2);
    open(&guests);
    QSignalSpy accepted(&guests, &QDialog::accepted);
    auto *field = guests.findChild<QLineEdit *>("promptField");
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, "6");
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(guests.value(), 6);

    TextDialog name(nullptr, "Open session", "Cashier:", "Alice", false);
    open(&name);
    QSignalSpy named(&name, &QDialog::accepted);
    QTest::keyClicks(name.findChild<QLineEdit *>("promptField"), "Dora");
    QTest::keyClick(name.findChild<QLineEdit *>("promptField"), Qt::Key_Return);
    QCOMPARE(named.size(), 1);
    QCOMPARE(name.text(), QStringLiteral("Dora"));
}

QTEST_MAIN(TestTouchDialogs)
#include "tst_touchdialogs.moc"
