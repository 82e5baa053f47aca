#include "desktopdriver.h"

#include <QTest>

#include <algorithm>
#include <memory>

using namespace Desktop;

namespace {

const QString Cola = QStringLiteral("product:Cola 0.33 l");
const QString Espresso = QStringLiteral("product:Espresso");
const QString Croissant = QStringLiteral("product:Croissant");

// A thumb's rhythm: gaps from 60 to 250 ms in an uneven order, most of them well inside
// the double-click interval that once swallowed every second tap.
int thumbGapMs(int tap)
{
    return 60 + (tap * 67) % 191;
}

std::function<bool(const Screen &)> totalShows(const QString &amount)
{
    return [amount](const Screen &screen) { return screen.text(QStringLiteral("totalLabel")).contains(amount); };
}

} // namespace

// One terminal, Bar, against a real server: fast taps, a lost server, a crash.
class TstDesktopTill final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyFastTapCounts();
    void readOnlyOrderOpensNoPayment();
    void killedTerminalKeepsItsOrder();

private:
    XServer m_x;
    std::unique_ptr<Shop> m_shop;
};

void TstDesktopTill::initTestCase()
{
    QVERIFY2(m_x.start(), qPrintable(m_x.lastError()));
}

void TstDesktopTill::init()
{
    m_shop = std::make_unique<Shop>(&m_x);
    QVERIFY2(m_shop->setUp(), qPrintable(m_shop->lastError()));
    QVERIFY2(m_shop->bar().start(), qPrintable(m_shop->bar().lastError()));
}

void TstDesktopTill::cleanup()
{
    m_shop.reset();
}

// A cashier taps Cola twenty times as fast as a thumb goes, then Espresso and Croissant in
// turn: every tap is exactly one more item, in the store and on the server.
void TstDesktopTill::everyFastTapCounts()
{
    Till &bar = m_shop->bar();
    QVERIFY2(bar.tap(QStringLiteral("counterSaleButton")), qPrintable(bar.lastError()));
    QList<Tap> colas;
    for (int i = 0; i < 20; ++i)
        colas.append({Cola, thumbGapMs(i)});
    QVERIFY2(bar.tapQuickly(colas), qPrintable(bar.lastError()));
    QUuid colaOrder;
    const auto twentyColas = [&](const QList<OrderFacts> &orders) {
        for (const OrderFacts &order : orders) {
            if (order.lines.size() == 1 && order.quantityOf(QStringLiteral("COL")) == 20000)
                colaOrder = order.uid;
        }
        return !colaOrder.isNull();
    };
    QVERIFY2(m_shop->waitForOpenOrders(QStringLiteral("one line of 20 Colas"), twentyColas),
             qPrintable(m_shop->lastError()));

    QVERIFY2(bar.tap(QStringLiteral("newOrderButton")), qPrintable(bar.lastError()));
    const auto newOrderShown = [](const Screen &screen) {
        const QList<Widget> tabs = screen.widgetsStartingWith(QStringLiteral("tab:"));
        return std::any_of(tabs.cbegin(), tabs.cend(),
                           [](const Widget &tab) { return tab.current && tab.text == QLatin1String("New"); });
    };
    QVERIFY2(bar.waitUntil(QStringLiteral("a new, empty order"), newOrderShown), qPrintable(bar.lastError()));
    QList<Tap> alternating;
    for (int i = 0; i < 20; ++i)
        alternating.append({i % 2 == 0 ? Espresso : Croissant, thumbGapMs(i + 7)});
    QVERIFY2(bar.tapQuickly(alternating), qPrintable(bar.lastError()));
    QUuid mixedOrder;
    const auto tenOfEach = [&](const QList<OrderFacts> &orders) {
        for (const OrderFacts &order : orders) {
            if (order.lines.size() == 2 && order.quantityOf(QStringLiteral("ESP")) == 10000
                && order.quantityOf(QStringLiteral("CRO")) == 10000)
                mixedOrder = order.uid;
        }
        return !mixedOrder.isNull();
    };
    QVERIFY2(m_shop->waitForOpenOrders(QStringLiteral("10 Espressos and 10 Croissants"), tenOfEach),
             qPrintable(m_shop->lastError()));
    QVERIFY2(bar.quit(), qPrintable(bar.lastError()));

    QList<OrderFacts> server;
    QVERIFY2(m_shop->openOrders(&server), qPrintable(m_shop->lastError()));
    StoreContents store;
    QString error;
    QVERIFY2(readStore(bar.storePath(), &store, &error), qPrintable(error));
    const QString seen = QStringLiteral("server:\n%1\nBar's store:\n%2").arg(describe(server), describe(store.orders));
    for (const QList<OrderFacts> &orders : {server, store.orders}) {
        const OrderFacts *colas = find(orders, colaOrder);
        const OrderFacts *mixed = find(orders, mixedOrder);
        QVERIFY2(colas && colas->lines.size() == 1 && colas->quantityOf(QStringLiteral("COL")) == 20000,
                 qPrintable(seen));
        QVERIFY2(mixed && mixed->lines.size() == 2 && mixed->quantityOf(QStringLiteral("ESP")) == 10000
                     && mixed->quantityOf(QStringLiteral("CRO")) == 10000,
                 qPrintable(seen));
    }
    QCOMPARE(store.outbox, 0);
}

// The server is gone while Bar shows table 1's order, which the server holds: F12, Return,
// Delete and the Pay button open no payment screen, the status bar says why, and the order
// stays open with its line and no payment.
void TstDesktopTill::readOnlyOrderOpensNoPayment()
{
    Till &bar = m_shop->bar();
    OrderFacts tableOrder;
    QVERIFY2(m_shop->openTable(bar, QStringLiteral("1"), Espresso, QStringLiteral("ESP"), &tableOrder),
             qPrintable(m_shop->lastError()));

    m_shop->killServer();
    QVERIFY2(bar.waitForText(QStringLiteral("connectionIndicator"), QStringLiteral("Offline")),
             qPrintable(bar.lastError()));
    const auto saysReadOnly = [](const Screen &screen) {
        return screen.text(QStringLiteral("statusBar")).contains(QLatin1String("read-only"));
    };
    // The reason must come from the refused F12, not from an earlier message.
    QVERIFY2(!saysReadOnly(bar.screen()), qPrintable(bar.screen().text(QStringLiteral("statusBar"))));
    const auto paymentShown = [](const Screen &screen) {
        return screen.shows(QStringLiteral("paymentPage")) || screen.shows(QStringLiteral("validateButton"));
    };
    QVERIFY2(bar.press({QStringLiteral("F12")}), qPrintable(bar.lastError()));
    QVERIFY2(bar.waitWatching(QStringLiteral("the status bar to say the order is read-only"), saysReadOnly,
                              QStringLiteral("the payment screen"), paymentShown, 1000),
             qPrintable(bar.lastError()));
    QVERIFY2(bar.press({QStringLiteral("Return"), QStringLiteral("Delete")}), qPrintable(bar.lastError()));
    QVERIFY2(bar.tap(QStringLiteral("payButton"), {}, false), qPrintable(bar.lastError()));
    const auto onSalePage = [](const Screen &screen) { return screen.shows(QStringLiteral("salePage")); };
    QVERIFY2(bar.waitWatching(QStringLiteral("the sale page to stay"), onSalePage, QStringLiteral("the payment screen"),
                              paymentShown, 1500),
             qPrintable(bar.lastError()));
    QVERIFY2(bar.quit(), qPrintable(bar.lastError()));

    StoreContents store;
    QString error;
    QVERIFY2(readStore(bar.storePath(), &store, &error), qPrintable(error));
    const QString seen = QStringLiteral("Bar's store:\n") + describe(store.orders);
    const OrderFacts *order = find(store.orders, tableOrder.uid);
    QVERIFY2(order, qPrintable(seen));
    QCOMPARE(order->state, QStringLiteral("open"));
    QVERIFY2(order->lines.size() == 1 && order->quantityOf(QStringLiteral("ESP")) == 1000, qPrintable(seen));
    QCOMPARE(order->payments, 0);
}

// Bar is killed (kill -9) in the middle of a counter sale of five items: started again, it
// still has them, takes two more, and after Ctrl+Q its store and the server both hold seven.
void TstDesktopTill::killedTerminalKeepsItsOrder()
{
    Till &bar = m_shop->bar();
    QVERIFY2(bar.tap(QStringLiteral("counterSaleButton")), qPrintable(bar.lastError()));
    QVERIFY2(bar.tapQuickly({{Espresso, 300}, {Cola, 300}, {Croissant, 300}, {Cola, 300}, {Espresso, 300}}),
             qPrintable(bar.lastError()));
    // 2 × 2.20 + 2 × 2.50 + 1.90: the cashier sees all five before the terminal dies.
    QVERIFY2(bar.waitUntil(QStringLiteral("a total of 11.30"), totalShows(QStringLiteral("11.30"))),
             qPrintable(bar.lastError()));
    bar.crash();

    StoreContents store;
    QString error;
    QVERIFY2(readStore(bar.storePath(), &store, &error), qPrintable(error));
    QList<OrderFacts> withLines;
    for (const OrderFacts &order : std::as_const(store.orders)) {
        if (!order.lines.isEmpty())
            withLines.append(order);
    }
    QVERIFY2(withLines.size() == 1 && withLines.first().items() == 5000, qPrintable(describe(store.orders)));
    const QUuid uid = withLines.first().uid;

    QVERIFY2(bar.start(), qPrintable(bar.lastError()));
    int ticket = 0;
    const auto fiveItems = [&](const QList<OrderFacts> &orders) {
        const OrderFacts *order = find(orders, uid);
        ticket = order && order->items() == 5000 ? order->ticket : 0;
        return ticket > 0;
    };
    QVERIFY2(m_shop->waitForOpenOrders(QStringLiteral("the five items"), fiveItems), qPrintable(m_shop->lastError()));
    // It comes back on its start screen, the floor plan: the cashier goes to the counter and
    // picks the order's tab.
    if (!bar.screen().shows(QStringLiteral("salePage")))
        QVERIFY2(bar.tap(QStringLiteral("counterSaleButton")), qPrintable(bar.lastError()));
    const QString ticketText = QStringLiteral("#%1").arg(ticket);
    QString tab;
    const auto tabFound = [&](const Screen &screen) {
        for (const Widget &widget : screen.widgetsStartingWith(QStringLiteral("tab:"))) {
            if (widget.window == QLatin1String("Bar") && widget.text.split(QLatin1Char(' ')).first() == ticketText)
                tab = widget.name;
        }
        return !tab.isEmpty();
    };
    QVERIFY2(bar.waitUntil(QStringLiteral("a tab for ticket ") + ticketText, tabFound), qPrintable(bar.lastError()));
    QVERIFY2(bar.tap(tab), qPrintable(bar.lastError()));
    const auto orderShown = [&](const Screen &screen) {
        return screen.widget(tab).current && totalShows(QStringLiteral("11.30"))(screen);
    };
    QVERIFY2(bar.waitUntil(QStringLiteral("the order's five items, 11.30"), orderShown), qPrintable(bar.lastError()));
    QVERIFY2(bar.tapQuickly({{Croissant, 300}, {Espresso, 300}}), qPrintable(bar.lastError()));
    QVERIFY2(bar.waitUntil(QStringLiteral("a total of 15.40"), totalShows(QStringLiteral("15.40"))),
             qPrintable(bar.lastError()));
    QVERIFY2(bar.quit(), qPrintable(bar.lastError()));

    QList<OrderFacts> server;
    QVERIFY2(m_shop->openOrders(&server), qPrintable(m_shop->lastError()));
    QVERIFY2(readStore(bar.storePath(), &store, &error), qPrintable(error));
    const QString seen = QStringLiteral("server:\n%1\nBar's store:\n%2").arg(describe(server), describe(store.orders));
    for (const QList<OrderFacts> &orders : {server, store.orders}) {
        const OrderFacts *order = find(orders, uid);
        QVERIFY2(order && order->items() == 7000 && order->quantityOf(QStringLiteral("ESP")) == 3000
                     && order->quantityOf(QStringLiteral("COL")) == 2000
                     && order->quantityOf(QStringLiteral("CRO")) == 2000,
                 qPrintable(seen));
    }
    QCOMPARE(store.outbox, 0);
}

QTEST_GUILESS_MAIN(TstDesktopTill)
#include "tst_desktop_till.moc"
