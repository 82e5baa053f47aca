#include "desktopdriver.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Desktop;

namespace {

const QString Cola = QStringLiteral("product:Cola 0.33 l");
const QString Espresso = QStringLiteral("product:Espresso");
const QString Croissant = QStringLiteral("product:Croissant");

bool tableTaken(const Screen &screen, const QString &table)
{
    const Widget button = screen.widget(QStringLiteral("table:") + table);
    return !button.isNull() && !button.text.contains(QLatin1String("Free"));
}

std::function<bool(const Screen &)> tableIsTaken(const QString &table)
{
    return [table](const Screen &screen) { return tableTaken(screen, table); };
}

// The order tab the cashier works on, by its ticket ("#2 · Table 3").
bool currentTabIsTicket(const Screen &screen, int ticket)
{
    const QList<Widget> tabs = screen.widgetsStartingWith(QStringLiteral("tab:"));
    return std::any_of(tabs.cbegin(), tabs.cend(), [&](const Widget &tab) {
        return tab.current && tab.text.split(QLatin1Char(' ')).first() == QStringLiteral("#%1").arg(ticket);
    });
}

} // namespace

// Bar and Terrace share one server: what one does, the other and the server must agree on.
class TstDesktopShop final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sessionCloseKeepsSharedOrders();
    void offlineSaleWaitsForItsTicket();
    void paidElsewhereLeavesPaymentScreen();
    void sameTableAtOnceMakesOneOrder();

private:
    XServer m_x;
    std::unique_ptr<Shop> m_shop;
};

void TstDesktopShop::initTestCase()
{
    QVERIFY2(m_x.start(), qPrintable(m_x.lastError()));
}

void TstDesktopShop::init()
{
    m_shop = std::make_unique<Shop>(&m_x);
    QVERIFY2(m_shop->setUp(), qPrintable(m_shop->lastError()));
    QVERIFY2(m_shop->bar().start(), qPrintable(m_shop->bar().lastError()));
    QVERIFY2(m_shop->terrace().start(), qPrintable(m_shop->terrace().lastError()));
}

void TstDesktopShop::cleanup()
{
    m_shop.reset();
}

// Bar closes its session while Terrace keeps its own open: table 3's order stays open on the
// server and in both stores, and Bar's next cashier finds that same order on the floor plan.
void TstDesktopShop::sessionCloseKeepsSharedOrders()
{
    Till &bar = m_shop->bar();
    Till &terrace = m_shop->terrace();
    OrderFacts order;
    QVERIFY2(m_shop->openTable(bar, QStringLiteral("3"), Espresso, QStringLiteral("ESP"), &order),
             qPrintable(m_shop->lastError()));
    QVERIFY2(terrace.waitUntil(QStringLiteral("table 3 taken on its floor plan"), tableIsTaken(QStringLiteral("3"))),
             qPrintable(terrace.lastError()));

    QVERIFY2(bar.chooseMenuItem(QStringLiteral("alt+s"), QStringLiteral("c")), qPrintable(bar.lastError()));
    QVERIFY2(bar.answer(QStringLiteral("Manager access"), QStringLiteral("1234")), qPrintable(bar.lastError()));
    QString question;
    const auto asked = [&](const Screen &screen) {
        question = screen.textsOf(QStringLiteral("Close session"));
        return screen.widget(QStringLiteral("button:Yes"), QStringLiteral("Close session")).enabled;
    };
    QVERIFY2(bar.waitUntil(QStringLiteral("the question whether to close the session"), asked),
             qPrintable(bar.lastError()));
    QVERIFY2(bar.tap(QStringLiteral("button:Yes"), QStringLiteral("Close session")), qPrintable(bar.lastError()));
    // No cash was taken: the drawer is as empty as it opened.
    QVERIFY2(bar.answer(QStringLiteral("Close session"), QStringLiteral("0"), QStringLiteral("Cash counted")),
             qPrintable(bar.lastError()));
    QVERIFY2(bar.tap(QStringLiteral("button:Close"), QStringLiteral("Closing report")), qPrintable(bar.lastError()));
    QVERIFY2(bar.answer(QStringLiteral("Open session"), QStringLiteral("Carol"), QStringLiteral("Cashier for")),
             qPrintable(bar.lastError()));
    QVERIFY2(bar.answer(QStringLiteral("Open session"), QStringLiteral("100"), QStringLiteral("Opening float")),
             qPrintable(bar.lastError()));
    QVERIFY2(bar.waitForText(QStringLiteral("cashierLabel"), QStringLiteral("Cashier: Carol")),
             qPrintable(bar.lastError()));

    QList<OrderFacts> server;
    QVERIFY2(m_shop->openOrders(&server), qPrintable(m_shop->lastError()));
    QList<OrderFacts> atTable = openAtTable(server, QStringLiteral("3"));
    QVERIFY2(atTable.size() == 1 && atTable.first().uid == order.uid, qPrintable(describe(server)));

    // The floor plan as the next cashier first sees it, before anything could bring the order back.
    if (!bar.screen().shows(QStringLiteral("floorView")))
        QVERIFY2(bar.tap(QStringLiteral("startScreenButton")), qPrintable(bar.lastError()));
    Screen floor;
    const auto floorShown = [&](const Screen &screen) {
        floor = screen;
        return screen.shows(QStringLiteral("floorView")) && screen.shows(QStringLiteral("table:3"));
    };
    QVERIFY2(bar.waitUntil(QStringLiteral("its floor plan"), floorShown), qPrintable(bar.lastError()));
    QVERIFY2(tableTaken(floor, QStringLiteral("3")), qPrintable(floor.text(QStringLiteral("table:3"))));
    QVERIFY2(bar.tap(QStringLiteral("table:3")), qPrintable(bar.lastError()));
    // A taken table opens its order at once; a guest prompt would start a second one.
    const auto sameOrderShown = [&](const Screen &screen) {
        return screen.shows(QStringLiteral("salePage")) && currentTabIsTicket(screen, order.ticket);
    };
    const auto guestPrompt = [](const Screen &screen) { return screen.hasWindow(QStringLiteral("Table 3")); };
    QVERIFY2(bar.waitWatching(QStringLiteral("table 3's order on the sale page"), sameOrderShown,
                              QStringLiteral("a guest prompt for a new order at table 3"), guestPrompt, 1000),
             qPrintable(bar.lastError()));
    QVERIFY2(bar.quit(), qPrintable(bar.lastError()));
    QVERIFY2(terrace.quit(), qPrintable(terrace.lastError()));

    QVERIFY2(m_shop->openOrders(&server), qPrintable(m_shop->lastError()));
    atTable = openAtTable(server, QStringLiteral("3"));
    QVERIFY2(atTable.size() == 1 && atTable.first().uid == order.uid, qPrintable(describe(server)));
    for (Till *till : {&bar, &terrace}) {
        StoreContents store;
        QString error;
        QVERIFY2(readStore(till->storePath(), &store, &error), qPrintable(error));
        const QString seen = till->name() + QStringLiteral("'s store:\n") + describe(store.orders);
        const OrderFacts *stored = find(store.orders, order.uid);
        QVERIFY2(stored && stored->state == QLatin1String("open") && !stored->abandoned, qPrintable(seen));
        QVERIFY2(openAtTable(store.orders, QStringLiteral("3")).size() == 1, qPrintable(seen));
    }
    // Checked last, so that what became of the order is known even when the wording fails.
    QVERIFY2(question.contains(QLatin1String("keep the shop open (Terrace)")),
             qPrintable(QStringLiteral("the question read: ") + question));
}

// Terrace sells at the counter while the server is down: the receipt has its receipt number
// and says the ticket follows, never a made-up ticket; back online, the order gets a ticket
// that no other order of the shop has.
void TstDesktopShop::offlineSaleWaitsForItsTicket()
{
    Till &bar = m_shop->bar();
    Till &terrace = m_shop->terrace();
    OrderFacts tableOrder;
    QVERIFY2(m_shop->openTable(bar, QStringLiteral("1"), Espresso, QStringLiteral("ESP"), &tableOrder),
             qPrintable(m_shop->lastError()));
    // Terrace knows a ticket is taken: a terminal guessing would print the next one.
    QVERIFY2(terrace.waitUntil(QStringLiteral("table 1 taken on its floor plan"), tableIsTaken(QStringLiteral("1"))),
             qPrintable(terrace.lastError()));

    m_shop->killServer();
    for (Till *till : {&terrace, &bar}) {
        QVERIFY2(till->waitForText(QStringLiteral("connectionIndicator"), QStringLiteral("Offline")),
                 qPrintable(till->lastError()));
    }
    for (const QString &name : {QStringLiteral("counterSaleButton"), Croissant, QStringLiteral("payButton"),
                                QStringLiteral("cashButton"), QStringLiteral("validateButton")})
        QVERIFY2(terrace.tap(name), qPrintable(terrace.lastError()));
    QString receipt;
    const auto receiptShown = [&](const Screen &screen) {
        receipt = screen.text(QStringLiteral("receiptText"));
        return screen.shows(QStringLiteral("receiptPage")) && !receipt.isEmpty();
    };
    QVERIFY2(terrace.waitUntil(QStringLiteral("the receipt"), receiptShown), qPrintable(terrace.lastError()));
    static const QRegularExpression anyTicket(QStringLiteral("Ticket \\d"));
    QVERIFY2(!receipt.contains(anyTicket), qPrintable(receipt));
    QVERIFY2(receipt.contains(QLatin1String("Receipt TER-000001")), qPrintable(receipt));
    QVERIFY2(receipt.contains(QLatin1String("Ticket number follows")), qPrintable(receipt));
    StoreContents store;
    QString error;
    QVERIFY2(readStore(terrace.storePath(), &store, &error), qPrintable(error));
    QUuid uid;
    for (const OrderFacts &order : std::as_const(store.orders)) {
        if (order.receiptNumber == QLatin1String("TER-000001"))
            uid = order.uid;
    }
    QVERIFY2(!uid.isNull(), qPrintable(describe(store.orders)));
    QCOMPARE(find(store.orders, uid)->state, QStringLiteral("paid"));
    QCOMPARE(find(store.orders, uid)->ticket, 0);

    // Bar sells at the counter offline too: back online, the server numbers more than one new order.
    if (!bar.screen().shows(QStringLiteral("floorView")))
        QVERIFY2(bar.tap(QStringLiteral("startScreenButton")), qPrintable(bar.lastError()));
    QVERIFY2(bar.tap(QStringLiteral("counterSaleButton")), qPrintable(bar.lastError()));
    QVERIFY2(bar.tap(Cola), qPrintable(bar.lastError()));

    QVERIFY2(m_shop->restartServer(), qPrintable(m_shop->lastError()));
    int ticket = 0;
    const auto ticketGiven = [&](const StoreContents &contents) {
        const OrderFacts *order = find(contents.orders, uid);
        ticket = order ? order->ticket : 0;
        return ticket > 0;
    };
    QVERIFY2(terrace.waitForStore(QStringLiteral("a ticket for TER-000001"), ticketGiven, ReconnectMs),
             qPrintable(terrace.lastError()));
    const auto barsOrdersNumbered = [](const QList<OrderFacts> &orders) {
        return orders.size() == 2 && std::all_of(orders.cbegin(), orders.cend(), [](const OrderFacts &order) {
                   return order.ticket > 0 && order.items() == 1000;
               });
    };
    QVERIFY2(m_shop->waitForOpenOrders(QStringLiteral("Bar's two orders, numbered"), barsOrdersNumbered, ReconnectMs),
             qPrintable(m_shop->lastError()));
    QList<OrderFacts> open;
    QVERIFY2(m_shop->openOrders(&open), qPrintable(m_shop->lastError()));
    QList<OrderFacts> closed;
    QVERIFY2(m_shop->closedOrders(&closed), qPrintable(m_shop->lastError()));
    const QString seen = QStringLiteral("Terrace's ticket %1; open on the server:\n%2\nclosed:\n%3")
                             .arg(ticket)
                             .arg(describe(open), describe(closed));
    const OrderFacts *paid = find(closed, uid);
    QVERIFY2(paid && paid->state == QLatin1String("paid") && paid->ticket == ticket
                 && paid->receiptNumber == QLatin1String("TER-000001"),
             qPrintable(seen));
    for (const OrderFacts &other : open + closed)
        QVERIFY2(other.uid == uid || other.ticket != ticket, qPrintable(seen));
    const auto receiptNumbered = [&](const Screen &screen) {
        return screen.text(QStringLiteral("receiptText")).contains(QStringLiteral("Ticket %1").arg(ticket));
    };
    QVERIFY2(terrace.waitUntil(QStringLiteral("the receipt to show its ticket"), receiptNumbered),
             qPrintable(terrace.lastError()));
}

// Bar is on the payment screen of table 1 when Terrace takes the payment: Bar leaves it by
// itself, a notice names Terrace and Bob, and the order is paid once, by Terrace.
void TstDesktopShop::paidElsewhereLeavesPaymentScreen()
{
    Till &bar = m_shop->bar();
    Till &terrace = m_shop->terrace();
    OrderFacts order;
    QVERIFY2(m_shop->openTable(bar, QStringLiteral("1"), Cola, QStringLiteral("COL"), &order),
             qPrintable(m_shop->lastError()));
    QVERIFY2(terrace.waitUntil(QStringLiteral("table 1 taken on its floor plan"), tableIsTaken(QStringLiteral("1"))),
             qPrintable(terrace.lastError()));
    QVERIFY2(terrace.tap(QStringLiteral("table:1")), qPrintable(terrace.lastError()));
    const auto colaAtTable1 = [](const Screen &screen) {
        return screen.shows(QStringLiteral("salePage"))
            && screen.text(QStringLiteral("tableButton")).startsWith(QLatin1String("Table 1"))
            && screen.text(QStringLiteral("totalLabel")).contains(QLatin1String("2.50"));
    };
    QVERIFY2(terrace.waitUntil(QStringLiteral("table 1's Cola on the sale page"), colaAtTable1),
             qPrintable(terrace.lastError()));

    QVERIFY2(bar.tap(QStringLiteral("payButton")), qPrintable(bar.lastError()));
    QVERIFY2(bar.tap(QStringLiteral("cashButton")), qPrintable(bar.lastError()));
    const auto cashReady = [](const Screen &screen) { return screen.widget(QStringLiteral("validateButton")).enabled; };
    QVERIFY2(bar.waitUntil(QStringLiteral("a cash payment ready to validate"), cashReady), qPrintable(bar.lastError()));
    for (const QString &name :
         {QStringLiteral("payButton"), QStringLiteral("cardButton"), QStringLiteral("validateButton")})
        QVERIFY2(terrace.tap(name), qPrintable(terrace.lastError()));
    const auto receiptShown = [](const Screen &screen) { return screen.shows(QStringLiteral("receiptPage")); };
    QVERIFY2(terrace.waitUntil(QStringLiteral("its receipt"), receiptShown), qPrintable(terrace.lastError()));
    const auto leftWithNotice = [](const Screen &screen) {
        return screen.shows(QStringLiteral("floorView")) && !screen.shows(QStringLiteral("validateButton"))
            && screen.text(QStringLiteral("noticeBanner")) == QLatin1String("Table 1 was paid on Terrace by Bob.");
    };
    QVERIFY2(bar.waitUntil(QStringLiteral("the floor plan and a notice of the payment"), leftWithNotice),
             qPrintable(bar.lastError()));
    QVERIFY2(bar.quit(), qPrintable(bar.lastError()));

    QList<OrderFacts> closed;
    QVERIFY2(m_shop->closedOrders(&closed), qPrintable(m_shop->lastError()));
    QVERIFY2(closed.size() == 1 && closed.first().uid == order.uid && closed.first().state == QLatin1String("paid")
                 && closed.first().payments == 1,
             qPrintable(describe(closed)));
    QList<OrderFacts> open;
    QVERIFY2(m_shop->openOrders(&open), qPrintable(m_shop->lastError()));
    QVERIFY2(openAtTable(open, QStringLiteral("1")).isEmpty(), qPrintable(describe(open)));
    StoreContents store;
    QString error;
    QVERIFY2(readStore(bar.storePath(), &store, &error), qPrintable(error));
    const OrderFacts *stored = find(store.orders, order.uid);
    QVERIFY2(!stored || stored->payments == 0, qPrintable(describe(store.orders)));
}

// Bar and Terrace open free table 2 at the same moment and each adds a product: the shop
// ends with one open order at table 2 holding both lines, on the server and in both stores.
void TstDesktopShop::sameTableAtOnceMakesOneOrder()
{
    Till &bar = m_shop->bar();
    Till &terrace = m_shop->terrace();
    QVERIFY2(m_shop->tapOnBoth(QStringLiteral("table:2")), qPrintable(m_shop->lastError()));
    QVERIFY2(m_shop->answerOnBoth(QStringLiteral("Table 2")), qPrintable(m_shop->lastError()));
    QVERIFY2(bar.tap(Cola), qPrintable(bar.lastError()));
    QVERIFY2(terrace.tap(Espresso), qPrintable(terrace.lastError()));

    const auto oneOrderWithBoth = [](const QList<OrderFacts> &orders) {
        const QList<OrderFacts> atTable = openAtTable(orders, QStringLiteral("2"));
        qint64 items = 0;
        for (const OrderFacts &order : orders)
            items += order.state == QLatin1String("open") ? order.items() : 0;
        return atTable.size() == 1 && atTable.first().lines.size() == 2
            && atTable.first().quantityOf(QStringLiteral("COL")) == 1000
            && atTable.first().quantityOf(QStringLiteral("ESP")) == 1000 && items == 2000;
    };
    const QString what = QStringLiteral("one open order at table 2 with a Cola and an Espresso");
    QVERIFY2(m_shop->waitForOpenOrders(what, oneOrderWithBoth), qPrintable(m_shop->lastError()));
    const auto storeAgrees = [&](const StoreContents &store) { return oneOrderWithBoth(store.orders); };
    for (Till *till : {&bar, &terrace}) {
        QVERIFY2(till->waitForStore(what, storeAgrees), qPrintable(till->lastError()));
        QVERIFY2(till->quit(), qPrintable(till->lastError()));
    }
    QList<OrderFacts> server;
    QVERIFY2(m_shop->openOrders(&server), qPrintable(m_shop->lastError()));
    QVERIFY2(oneOrderWithBoth(server), qPrintable(describe(server)));
    for (Till *till : {&bar, &terrace}) {
        StoreContents store;
        QString error;
        QVERIFY2(readStore(till->storePath(), &store, &error), qPrintable(error));
        QVERIFY2(oneOrderWithBoth(store.orders),
                 qPrintable(till->name() + QStringLiteral("'s store:\n") + describe(store.orders)));
        QCOMPARE(store.outbox, 0);
    }
}

QTEST_GUILESS_MAIN(TstDesktopShop)
#include "tst_desktop_shop.moc"
