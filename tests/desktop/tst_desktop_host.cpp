#include "desktopdriver.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Desktop;

namespace {

const QString Cola = QStringLiteral("product:Cola 0.33 l");
const QString Espresso = QStringLiteral("product:Espresso");

} // namespace

// A shop without a back-office computer: Counter runs the sync server itself
// (--host-sync), Bar pairs with it, and both sell through it.
class TstDesktopHost final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostedShopSellsAndAsksBeforeClosing();

private:
    // The server's open orders, read with the host's own token (which it does not count
    // as another connected terminal).
    bool openOrders(QList<OrderFacts> *orders, QString *error);
    bool waitForOpenOrders(const QString &what, const std::function<bool(const QList<OrderFacts> &)> &done,
                           QString *error);

    XServer m_x;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QByteArray m_hostToken;
};

void TstDesktopHost::initTestCase()
{
    QVERIFY2(m_x.start(), qPrintable(m_x.lastError()));
    m_port = freePort();
    QVERIFY(m_port != 0);
}

bool TstDesktopHost::openOrders(QList<OrderFacts> *orders, QString *error)
{
    orders->clear();
    const SyncdTest::HttpResponse answer = SyncdTest::httpRequest(m_port, "GET", "/v1/snapshot", m_hostToken);
    if (answer.status != 200 || !answer.isJsonObject) {
        *error = QString::fromUtf8(answer.describe());
        return false;
    }
    for (const QJsonValue &order : answer.json.value(QStringLiteral("orders")).toArray())
        orders->append(OrderFacts::fromServer(order.toObject()));
    return true;
}

bool TstDesktopHost::waitForOpenOrders(const QString &what, const std::function<bool(const QList<OrderFacts> &)> &done,
                                       QString *error)
{
    QList<OrderFacts> orders;
    const bool held = QTest::qWaitFor([&] { return openOrders(&orders, error) && done(orders); }, WaitMs);
    if (!held)
        *error = QStringLiteral("the server never held %1; it holds:\n%2").arg(what, describe(orders));
    return held;
}

void TstDesktopHost::hostedShopSellsAndAsksBeforeClosing()
{
    TillSetup counterSetup{QStringLiteral("Counter"), QStringLiteral("CTR"), QStringLiteral("Alice"), {}, QPoint(0, 0),
                           QStringLiteral("127.0.0.1:%1").arg(m_port)};
    Till counter(&m_x, m_dir.filePath(QStringLiteral("counter")), counterSetup, m_port);
    QVERIFY2(counter.start(), qPrintable(counter.lastError()));
    QFile ownToken(counter.profile() + QStringLiteral("/server/syncd.sqlite.own-token"));
    QVERIFY(ownToken.open(QIODevice::ReadOnly));
    m_hostToken = ownToken.readAll().trimmed();
    QVERIFY2(counter.waitForText(QStringLiteral("hostingIndicator"), QStringLiteral("Hosting: 0 terminal(s)")),
             qPrintable(counter.lastError()));

    // Bar is paired as an operator can do it from the command line, on the hosted database.
    const SyncdTest::CliResult added = SyncdTest::runCli(
        {QStringLiteral("terminal"), QStringLiteral("add"), QStringLiteral("--group"), QStringLiteral("shop"),
         QStringLiteral("--name"), QStringLiteral("Bar"), QStringLiteral("--db"),
         counter.profile() + QStringLiteral("/server/syncd.sqlite")});
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    const TillSetup barSetup{QStringLiteral("Bar"), QStringLiteral("BAR"), QStringLiteral("Bob"), added.out.trimmed(),
                             QPoint(WindowSize.width(), 0), {}};
    Till bar(&m_x, m_dir.filePath(QStringLiteral("bar")), barSetup, m_port);
    QVERIFY2(bar.start(), qPrintable(bar.lastError()));
    QVERIFY2(counter.waitForText(QStringLiteral("hostingIndicator"), QStringLiteral("Hosting: 1 terminal(s)")),
             qPrintable(counter.lastError()));

    // Each sells at its own counter; the taps come as a cashier's thumb gives them.
    QVERIFY2(bar.tap(QStringLiteral("counterSaleButton")), qPrintable(bar.lastError()));
    QVERIFY2(bar.tapQuickly({{Cola, 120}, {Cola, 90}, {Cola, 150}}), qPrintable(bar.lastError()));
    QVERIFY2(counter.tap(QStringLiteral("counterSaleButton")), qPrintable(counter.lastError()));
    QVERIFY2(counter.tapQuickly({{Espresso, 110}, {Espresso, 140}}), qPrintable(counter.lastError()));
    QString error;
    const auto bothSales = [](const QList<OrderFacts> &orders) {
        int colas = 0;
        int espressos = 0;
        QSet<int> tickets;
        for (const OrderFacts &order : orders) {
            colas += order.quantityOf(QStringLiteral("COL")) == 3000 && order.lines.size() == 1 ? 1 : 0;
            espressos += order.quantityOf(QStringLiteral("ESP")) == 2000 && order.lines.size() == 1 ? 1 : 0;
            if (order.items() > 0)
                tickets.insert(order.ticket);
        }
        return colas == 1 && espressos == 1 && tickets.size() == 2 && !tickets.contains(0);
    };
    QVERIFY2(waitForOpenOrders(QStringLiteral("Bar's 3 Colas and Counter's 2 Espressos, two tickets"), bothSales, &error),
             qPrintable(error));
    // And each terminal holds the other's sale too.
    for (Till *till : {&counter, &bar}) {
        const bool holdsBoth = till->waitForStore(QStringLiteral("both sales"), [](const StoreContents &store) {
            qint64 colas = 0;
            qint64 espressos = 0;
            for (const OrderFacts &order : store.orders) {
                colas += order.quantityOf(QStringLiteral("COL"));
                espressos += order.quantityOf(QStringLiteral("ESP"));
            }
            return colas == 3000 && espressos == 2000 && store.outbox == 0;
        });
        QVERIFY2(holdsBoth, qPrintable(till->lastError()));
    }

    // Closing the host while Bar uses it asks first; Return answers No, and it keeps serving.
    QVERIFY2(counter.press({QStringLiteral("ctrl+q")}), qPrintable(counter.lastError()));
    QVERIFY2(counter.answer(QStringLiteral("Close Tandem POS?"), {}, QStringLiteral("1 other terminal(s)")),
             qPrintable(counter.lastError()));
    QVERIFY2(counter.waitUntil(QStringLiteral("the question gone, the host still serving"),
                               [](const Screen &screen) {
                                   return !screen.hasWindow(QStringLiteral("Close Tandem POS?"))
                                       && screen.text(QStringLiteral("connectionIndicator")) == QLatin1String("Online");
                               }),
             qPrintable(counter.lastError()));
    QVERIFY2(bar.tap(Cola), qPrintable(bar.lastError()));
    QVERIFY2(waitForOpenOrders(QStringLiteral("Bar's fourth Cola"),
                               [](const QList<OrderFacts> &orders) {
                                   return std::any_of(orders.cbegin(), orders.cend(), [](const OrderFacts &order) {
                                       return order.quantityOf(QStringLiteral("COL")) == 4000;
                                   });
                               },
                               &error),
             qPrintable(error));

    // Once Bar has gone, the host closes without a question.
    QVERIFY2(bar.quit(), qPrintable(bar.lastError()));
    QVERIFY2(counter.waitForText(QStringLiteral("hostingIndicator"), QStringLiteral("Hosting: 0 terminal(s)")),
             qPrintable(counter.lastError()));
    QVERIFY2(counter.quit(), qPrintable(counter.lastError()));
}

QTEST_MAIN(TstDesktopHost)
#include "tst_desktop_host.moc"
