#include "../ui/fakeprompts.h"
#include "closingreport.h"
#include "extensionregistry.h"
#include "floorplan.h"
#include "floorview.h"
#include "mainwindow.h"
#include "money.h"
#include "orderselector.h"
#include "orderwidget.h"
#include "paymentpanel.h"
#include "receipttext.h"
#include "restaurantextension.h"
#include "syncdprocess.h"
#include "tables.h"
#include "terminal.h"
#include "terminalsync.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A terminal as the program runs it: its store, sync, the restaurant extension and its
// window, answering the cashier's questions from the test.
struct Till
{
    bool open(const QString &name, const QString &code, quint16 port, const QByteArray &token, const QString &cashier)
    {
        if (!terminal.open(dir.filePath(u"profile"_s)))
            return false;
        TerminalSettings settings = terminal.settings();
        settings.terminalName = name;
        settings.terminalCode = code;
        settings.syncEnabled = true;
        settings.serverUrl = u"http://127.0.0.1:%1"_s.arg(port);
        settings.token = QString::fromLatin1(token);
        settings.enabledExtensions = QStringList{u"restaurant"_s};
        if (!terminal.saveSettings(settings) || !terminal.openSession(cashier))
            return false;
        registry.add(std::make_unique<RestaurantExtension>());
        registry.setEnabled({u"restaurant"_s});
        sync = std::make_unique<TerminalSync>(&terminal);
        window = std::make_unique<MainWindow>(&terminal, &prompts, sync.get(), &registry);
        window->show();
        return QTest::qWaitFor([this] { return sync->controller()->state() == SyncClient::State::Online; }, 10000);
    }

    FloorView *floor() const { return qobject_cast<FloorView *>(window->startScreen()); }
    QList<QUuid> ordersAt(const QString &table)
    {
        QList<QUuid> found;
        for (const QUuid &uid : terminal.orders().orderUids()) {
            if (Tables::tableOf(*terminal.orders().order(uid)) == table)
                found << uid;
        }
        return found;
    }

    QTemporaryDir dir;
    Terminal terminal;
    ExtensionRegistry registry;
    FakePrompts prompts;
    std::unique_ptr<TerminalSync> sync;
    std::unique_ptr<MainWindow> window;
};

} // namespace

// Two terminals with their windows, as a cashier uses them, sharing a real tandem-syncd.
class TestTills : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void closingOneOfTwoKeepsTheSharedOrders();
    void orderPaidElsewhereLeavesItsScreens();
    void kitchenSentAtOnceIsToldPlainly();
    void paymentTheServerRefusesIsVoided();
    void cancelTheServerRefusesReopens();
    void offlineBadgeSaysWhy();

private:
    QJsonObject snapshot();
    // Terrace adds a line to the order straight on the server: Bar hears of it only
    // when its event loop runs again, so what Bar does before that is out of date.
    bool addLineOnServer(const QUuid &order, qint64 baseRevision);
    QUuid openTableWithLines(Till *till, const QString &table, const QStringList &products);

    std::unique_ptr<SyncdTest::SyncdServer> m_server;
    QList<SyncdTest::Terminal> m_tokens;
    std::unique_ptr<Till> m_bar;
    std::unique_ptr<Till> m_terrace;
};

void TestTills::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_server = std::make_unique<SyncdTest::SyncdServer>();
    m_tokens.clear();
    QVERIFY2(m_server->setUp(u"Shop"_s, {u"Bar"_s, u"Terrace"_s}, &m_tokens), qPrintable(m_server->lastError()));
    QVERIFY2(m_server->start({u"--heartbeat"_s, u"1"_s}), qPrintable(m_server->lastError()));
    m_bar = std::make_unique<Till>();
    m_terrace = std::make_unique<Till>();
    QVERIFY(m_bar->open(u"Bar"_s, u"BAR"_s, m_server->port(), m_tokens.at(0).token, u"Alice"_s));
    QVERIFY(m_terrace->open(u"Terrace"_s, u"TER"_s, m_server->port(), m_tokens.at(1).token, u"Bob"_s));
    FloorPlan plan;
    plan.floors = {{u"Main room"_s, {u"1"_s, u"2"_s, u"3"_s}}};
    QString error;
    QVERIFY2(m_bar->terminal.sharedDocuments().set(FloorPlan::documentKey(), plan.toJson(), &error), qPrintable(error));
    QTRY_VERIFY(m_terrace->floor()->tableButton(u"3"_s));
}

void TestTills::cleanup()
{
    m_bar.reset();
    m_terrace.reset();
    m_server.reset();
}

QJsonObject TestTills::snapshot()
{
    return m_server->get("/v1/snapshot", m_tokens.at(0).token).json;
}

bool TestTills::addLineOnServer(const QUuid &order, qint64 baseRevision)
{
    const QJsonObject line{{u"uid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                           {u"product_id"_s, u"ESP"_s},
                           {u"product_name"_s, u"Espresso"_s},
                           {u"unit_price"_s, 180},
                           {u"tax_rate"_s, 1000},
                           {u"quantity"_s, 1000},
                           {u"discount"_s, 0}};
    const QJsonObject batch{{u"op_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                            {u"order"_s, order.toString(QUuid::WithoutBraces)},
                            {u"base_revision"_s, baseRevision},
                            {u"instance"_s, u"terrace-test"_s},
                            {u"user"_s, u"Bob"_s},
                            {u"ops"_s, QJsonArray{QJsonObject{{u"op"_s, u"add_line"_s}, {u"line"_s, line}}}}};
    const auto answer = m_server->push(m_tokens.at(1), batch);
    if (answer.status != 200)
        qWarning("push refused: %d %s", answer.status, answer.body.constData());
    return answer.status == 200;
}

QUuid TestTills::openTableWithLines(Till *till, const QString &table, const QStringList &products)
{
    till->prompts.numberAnswers = {2};
    till->window->showStartScreen();
    till->floor()->openTable(table);
    const QUuid uid = till->window->currentOrder();
    for (const QString &product : products) {
        if (!till->terminal.orders().addProduct(uid, *till->terminal.catalog().byId(product)))
            return {};
    }
    Till *other = till == m_bar.get() ? m_terrace.get() : m_bar.get();
    if (!QTest::qWaitFor([&] {
            const Order *there = other->terminal.orders().order(uid);
            return there && there->lines.size() == products.size();
        }, 10000))
        return {};
    return uid;
}

// A session closed on one terminal while another keeps the shop open leaves the shared
// orders open everywhere, the closing terminal included; the last close ends the run.
void TestTills::closingOneOfTwoKeepsTheSharedOrders()
{
    m_bar->prompts.numberAnswers = {2};
    m_bar->floor()->openTable(u"3"_s);
    const QUuid table3 = m_bar->window->currentOrder();
    QVERIFY(!table3.isNull());
    QVERIFY(m_bar->terminal.orders().addProduct(table3, *m_bar->terminal.catalog().byId(u"COL"_s)));
    QTRY_VERIFY(m_terrace->terminal.orders().order(table3));
    QTRY_COMPARE(m_terrace->terminal.orders().order(table3)->lines.size(), 1);
    QTRY_VERIFY(m_bar->terminal.orders().order(table3)->ticketNumber > 0);

    // Bar closes; Terrace keeps selling, and a new cashier takes over the Bar.
    m_bar->prompts.textAnswers = {u"Carol"_s};
    m_bar->prompts.moneyAnswers = {0, 5000}; // counted, then Carol's float
    m_bar->window->closeSession();
    QTRY_COMPARE(m_bar->prompts.documents.size(), 1);
    QCOMPARE(m_bar->prompts.confirmations.size(), 1);
    QVERIFY2(m_bar->prompts.confirmations.first().contains(u"keep the shop open (Terrace)"),
             qPrintable(m_bar->prompts.confirmations.first()));
    QVERIFY(m_bar->prompts.confirmations.first().contains(u"1 open order(s) stay open"));
    const QString report = m_bar->prompts.documents.first();
    QVERIFY2(report.contains(u"Orders kept open"_s), qPrintable(report));
    QVERIFY(report.contains(u"for Terrace"_s));
    QVERIFY(report.contains(u"Table 3"_s));
    QVERIFY(!report.contains(u"Abandoned"_s));
    QCOMPARE(m_bar->terminal.session()->cashier, u"Carol"_s);
    QCOMPARE(m_bar->terminal.session()->openingFloat, 5000);
    // Alice's count of the drawer is on the server, exported with the group's cash reports.
    auto cashReports = [this] {
        const SyncdTest::CliResult result = m_server->cli({u"export"_s, u"--group"_s, u"Shop"_s, u"--format"_s,
                                                           u"json"_s, u"--what"_s, u"cash"_s});
        return QJsonDocument::fromJson(result.out).object().value(u"cash_reports"_s).toArray();
    };
    QTRY_COMPARE(cashReports().size(), 1);
    const QJsonObject alice = cashReports().first().toObject();
    QCOMPARE(alice.value(u"terminal"_s).toString(), u"Bar"_s);
    QCOMPARE(alice.value(u"cashier"_s).toString(), u"Alice"_s);
    QCOMPARE(alice.value(u"counted"_s).toInteger(), 0);
    QCOMPARE(alice.value(u"expected"_s).toInteger(), 0);

    // Open everywhere: on the server, on Terrace, and on the Bar's floor plan and tabs.
    const QJsonArray open = snapshot().value(u"orders"_s).toArray();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().toObject().value(u"state"_s).toString(), u"open"_s);
    QVERIFY(m_terrace->terminal.orders().order(table3));
    QVERIFY(m_bar->terminal.orders().order(table3));
    QVERIFY2(!m_bar->floor()->tableButton(u"3"_s)->text().contains(u"Free"_s),
             qPrintable(m_bar->floor()->tableButton(u"3"_s)->text()));
    QVERIFY(m_bar->window->orderSelector()->tabBar()->count() >= 1);

    // Tapping table 3 on the Bar opens its order: never a second one.
    m_bar->window->showStartScreen();
    m_bar->floor()->openTable(u"3"_s);
    QCOMPARE(m_bar->window->currentOrder(), table3);
    QCOMPARE(m_bar->ordersAt(u"3"_s), QList<QUuid>{table3});
    QVERIFY(m_bar->terminal.orders().addProduct(table3, *m_bar->terminal.catalog().byId(u"COL"_s)));
    QTRY_COMPARE(m_terrace->terminal.orders().order(table3)->lines.first().quantity, 2000);

    // Terrace closes while Carol sells at the Bar: still not the end of the run.
    m_terrace->prompts.moneyAnswers = {0};
    m_terrace->window->closeSession();
    QTRY_COMPARE(m_terrace->prompts.documents.size(), 1);
    QVERIFY2(m_terrace->prompts.confirmations.first().contains(u"keep the shop open (Bar)"),
             qPrintable(m_terrace->prompts.confirmations.first()));
    QCOMPARE(snapshot().value(u"orders"_s).toArray().size(), 1);

    // The Bar's close is the last: the warning says so, and the run ends with it.
    m_bar->prompts.moneyAnswers = {5000};
    m_bar->window->closeSession();
    QTRY_COMPARE(m_bar->prompts.documents.size(), 2);
    QVERIFY2(m_bar->prompts.confirmations.last().contains(u"last open session"),
             qPrintable(m_bar->prompts.confirmations.last()));
    const QString last = m_bar->prompts.documents.last();
    QVERIFY2(last.contains(ReceiptText::columns(u"Run ended: orders abandoned"_s, u"1"_s)), qPrintable(last));
    QCOMPARE(snapshot().value(u"orders"_s).toArray().size(), 0);
    QTRY_VERIFY(!m_bar->terminal.orders().order(table3));
    QTRY_VERIFY(!m_terrace->terminal.orders().order(table3));
}

// The moment another terminal takes the payment, this one leaves its screens for the
// order, says who closed it, and lands on the floor plan, never on another order.
void TestTills::orderPaidElsewhereLeavesItsScreens()
{
    const QUuid table1 = openTableWithLines(m_bar.get(), u"1"_s, {u"COL"_s});
    const QUuid table2 = openTableWithLines(m_bar.get(), u"2"_s, {u"ESP"_s});
    QVERIFY(!table1.isNull() && !table2.isNull());

    // The Bar is taking the payment of table 1 when Terrace takes it.
    m_bar->window->extensionContext()->showOrder(table1);
    m_bar->window->startPayment();
    QCOMPARE(m_bar->window->currentPage(), m_bar->window->paymentPanel());
    m_bar->window->paymentPanel()->addPayment(PaymentMethod::Cash);
    const Order *there = m_terrace->terminal.orders().order(table1);
    QVERIFY(m_terrace->terminal.orders().pay(table1, {Payment{QUuid(), PaymentMethod::Card, there->total()}}));
    QTRY_COMPARE(m_bar->window->currentPage(), m_bar->window->startScreen());
    QCOMPARE(m_bar->window->noticeText(), u"Table 1 was paid on Terrace by Bob."_s);
    QVERIFY(!m_bar->terminal.orders().order(table1));
    QCOMPARE(m_server->get("/v1/orders", m_tokens.at(0).token).json.value(u"orders"_s).toArray().size(), 1);

    // On the sale screen of table 2 when Terrace cancels it: the floor plan again.
    m_bar->window->extensionContext()->showOrder(table2);
    QVERIFY(m_terrace->terminal.orders().discard(table2));
    QTRY_COMPARE(m_bar->window->currentPage(), m_bar->window->startScreen());
    QCOMPARE(m_bar->window->noticeText(), u"Table 2 was cancelled on Terrace by Bob."_s);
}

// Bar takes cash for table 1 just after Terrace added a coffee to it: the server keeps
// the table open with the coffee, so Bar's receipt is void, its number stays taken, the
// cashier is told to give the money back, and the table is there to be paid again.
void TestTills::paymentTheServerRefusesIsVoided()
{
    const QUuid table = openTableWithLines(m_bar.get(), u"1"_s, {u"COL"_s});
    QVERIFY(!table.isNull());
    const Order before = *m_bar->terminal.orders().order(table);
    QVERIFY(addLineOnServer(table, before.revision));
    QVERIFY(m_bar->terminal.orders().pay(table, {Payment{QUuid(), PaymentMethod::Cash, 5000}}));
    std::optional<Order> paid;
    QVERIFY(m_bar->terminal.store().findOrder(table, &paid) && paid && paid->state == OrderState::Paid);
    const QString receipt = paid->receiptNumber;
    QCOMPARE(receipt, u"BAR-000001"_s);

    QTRY_VERIFY(m_bar->terminal.orders().order(table));
    const Order *reopened = m_bar->terminal.orders().order(table);
    QCOMPARE(reopened->state, OrderState::Open);
    QCOMPARE(reopened->lines.size(), 2);
    QVERIFY(reopened->receiptNumber.isEmpty() && reopened->payments.isEmpty());
    QTRY_COMPARE(m_bar->prompts.informed.size(), 1);
    const QString expected = u"The server did not take the payment of Table 1: Bob (Terrace) changed the order first. "
                             "Receipt BAR-000001 is void: give the customer back %1. The order is open again."_s
                                 .arg(Money(before.total(), before.currency).toString(QLocale()));
    QCOMPARE(m_bar->prompts.informed.first(), expected);
    QCOMPARE(m_bar->window->noticeText(), expected);

    QList<LocalStore::VoidedReceipt> voided;
    QVERIFY(m_bar->terminal.store().loadVoidedReceipts(m_bar->terminal.session()->id, &voided));
    QCOMPARE(voided.size(), 1);
    QCOMPARE(voided.first().number, receipt);
    QCOMPARE(voided.first().refund, before.total());
    // Paid again, with the coffee: the next receipt number, nothing skipped, cash counted once.
    const qint64 total = reopened->total();
    QVERIFY2(m_bar->terminal.orders().pay(table, {Payment{QUuid(), PaymentMethod::Cash, total}}),
             qPrintable(m_bar->terminal.orders().lastError()));
    QTRY_COMPARE(m_server->get("/v1/orders", m_tokens.at(0).token).json.value(u"orders"_s).toArray().size(), 1);
    const QJsonObject onServer = m_server->get("/v1/orders", m_tokens.at(0).token).json.value(u"orders"_s)
                                     .toArray().first().toObject();
    QCOMPARE(onServer.value(u"receipt_number"_s).toString(), u"BAR-000002"_s);
    QCOMPARE(onServer.value(u"lines"_s).toArray().size(), 2);
    ClosingReport report;
    QVERIFY(ClosingReport::build(m_bar->terminal.store(), m_bar->terminal.session()->id, u"USD"_s, &report));
    QCOMPARE(report.paidOrders, 1);
    QCOMPARE(report.cashSales(), total);
    QCOMPARE(report.voidedReceipts.size(), 1);
    QVERIFY(report.text(u"Bar"_s, QLocale()).contains(u"Voided receipts (money given back)"_s));
}

// Bar cancels table 2 just after Terrace added to it: the table stays, open, on both.
void TestTills::cancelTheServerRefusesReopens()
{
    const QUuid table = openTableWithLines(m_bar.get(), u"2"_s, {u"COL"_s});
    QVERIFY(!table.isNull());
    QVERIFY(addLineOnServer(table, m_bar->terminal.orders().order(table)->revision));
    QVERIFY(m_bar->terminal.orders().discard(table));
    QVERIFY(!m_bar->terminal.orders().order(table));
    QTRY_VERIFY(m_bar->terminal.orders().order(table));
    QCOMPARE(m_bar->terminal.orders().order(table)->lines.size(), 2);
    QCOMPARE(m_bar->window->noticeText(), u"Table 2 was not cancelled: Bob (Terrace) changed the order first. "
                                          "It is open again."_s);
    QVERIFY(m_bar->prompts.informed.isEmpty());
    QTRY_COMPARE(m_terrace->terminal.orders().order(table) ? m_terrace->terminal.orders().order(table)->lines.size() : 0, 2);
    QCOMPARE(snapshot().value(u"orders"_s).toArray().size(), 1);
}

// Both terminals send one table's lines to the kitchen at the same moment: every line
// is sent once, and the cashiers read what happened, not "Not applied".
void TestTills::kitchenSentAtOnceIsToldPlainly()
{
    const QUuid table = openTableWithLines(m_bar.get(), u"3"_s, {u"COL"_s, u"ESP"_s, u"CRO"_s});
    QVERIFY(!table.isNull());
    m_terrace->window->extensionContext()->showOrder(table);
    m_bar->window->extensionContext()->showOrder(table);
    auto *barSend = m_bar->window->orderWidget()->findChild<QPushButton *>(u"sendToKitchenButton"_s);
    auto *terraceSend = m_terrace->window->orderWidget()->findChild<QPushButton *>(u"sendToKitchenButton"_s);
    QCOMPARE(barSend->text(), u"Send to kitchen (3)"_s);
    QCOMPARE(terraceSend->text(), u"Send to kitchen (3)"_s);
    // In one pass of the event loop: neither terminal hears of the other's marks first.
    terraceSend->click();
    barSend->click();
    const QRegularExpression told(uR"(All 3 line\(s\) sent to the kitchen; (\d) by (Bar|Terrace)\.)"_s);
    auto sentFirstByOther = [&](Till *till) {
        const QRegularExpressionMatch match = told.match(till->window->statusBar()->currentMessage());
        return match.hasMatch() ? match.captured(1).toInt() : 0;
    };
    // Each line was marked by one terminal and refused, as already done, to the other.
    QTRY_COMPARE(sentFirstByOther(m_bar.get()) + sentFirstByOther(m_terrace.get()), 3);
    for (Till *till : {m_bar.get(), m_terrace.get()})
        QVERIFY2(!till->window->statusBar()->currentMessage().contains(u"Not applied"_s),
                 qPrintable(till->window->statusBar()->currentMessage()));
    const QJsonArray open = snapshot().value(u"orders"_s).toArray();
    QCOMPARE(open.size(), 1);
    for (const QJsonValue &line : open.first().toObject().value(u"lines"_s).toArray())
        QCOMPARE(line.toObject().value(u"ext"_s).toObject().value(Tables::sentKey()).toInteger(), 1000);
    QTRY_COMPARE(barSend->text(), u"All sent to kitchen"_s);

    // A counter sale never goes to the kitchen.
    m_bar->window->showStartScreen();
    m_bar->floor()->findChild<QPushButton *>(u"counterSaleButton"_s)->click();
    QVERIFY(!barSend->isVisible());
}

// The server is gone: the badge turns Offline and its tooltip says why.
void TestTills::offlineBadgeSaysWhy()
{
    auto *badge = m_bar->window->findChild<QLabel *>(u"connectionIndicator"_s);
    QCOMPARE(badge->text(), u"Online"_s);
    m_server->kill();
    QTRY_COMPARE(badge->text(), u"Offline"_s);
    QTRY_VERIFY2(badge->toolTip().contains(u"Offline because the server refused the connection"_s),
                 qPrintable(badge->toolTip()));
}

QTEST_MAIN(TestTills)
#include "tst_tills.moc"
