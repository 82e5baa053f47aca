#include "managerpin.h"
#include "receipttext.h"
#include "terminal.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestTerminal : public QObject
{
    Q_OBJECT

private slots:
    void firstStartInstallsDemoCatalogAndDefaultPin();
    void pinHashing();
    void importReplacesCatalogOnlyWhenValid();
    void settingsAreValidatedBeforeSaving_data();
    void settingsAreValidatedBeforeSaving();
    void hostingSettings_data();
    void hostingSettings();
    void pairingLinkRoundTrip_data();
    void pairingLinkRoundTrip();
    void notAPairingLink_data();
    void notAPairingLink();
    void sessionLifecycle();
    void cashControl();
    void oneTerminalPerProfile();
};

void TestTerminal::firstStartInstallsDemoCatalogAndDefaultPin()
{
    QTemporaryDir dir;
    Terminal terminal;
    QVERIFY2(terminal.open(dir.filePath("profile")), qPrintable(terminal.lastError()));
    QVERIFY(QFile::exists(Terminal::storePath(dir.filePath("profile"))));
    QVERIFY(terminal.catalog().size() >= 40);
    QVERIFY(terminal.catalog().categories().size() >= 4);
    QVERIFY(terminal.managerPinMatches(ManagerPin::defaultPin()));
    QVERIFY(!terminal.managerPinMatches("0000"));
    QVERIFY(!terminal.session());
    const QString stored = terminal.store().setting("manager_pin_hash");
    QVERIFY(!stored.contains(ManagerPin::defaultPin()));
}

void TestTerminal::pinHashing()
{
    const QString a = ManagerPin::hash("2468");
    const QString b = ManagerPin::hash("2468");
    QVERIFY(a != b);
    QVERIFY(ManagerPin::verify("2468", a));
    QVERIFY(ManagerPin::verify("2468", b));
    QVERIFY(!ManagerPin::verify("2469", a));
    QVERIFY(!ManagerPin::verify("2468", "plain-text"));
    QVERIFY(!ManagerPin::verify("2468", ""));
    QVERIFY(ManagerPin::isValid("1234"));
    QVERIFY(ManagerPin::isValid("12345678"));
    QVERIFY(!ManagerPin::isValid("123"));
    QVERIFY(!ManagerPin::isValid("123456789"));
    QVERIFY(!ManagerPin::isValid("12a4"));
}

void TestTerminal::importReplacesCatalogOnlyWhenValid()
{
    QTemporaryDir dir;
    Terminal terminal;
    QVERIFY(terminal.open(dir.filePath("profile")));
    const int demoSize = terminal.catalog().size();
    QSignalSpy changed(&terminal, &Terminal::catalogChanged);

    const QString bad = dir.filePath("bad.csv");
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("id,name,category,price,tax_rate\nA,Apple,Fruit,1.00,7\nB,Pear,Fruit,abc,7\n");
    badFile.close();
    QList<CsvIssue> issues;
    QVERIFY(!terminal.importCatalog(bad, &issues));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().line, 3);
    QCOMPARE(issues.first().column, QStringLiteral("price"));
    QCOMPARE(terminal.catalog().size(), demoSize);
    QCOMPARE(changed.size(), 0);

    const QString good = dir.filePath("good.csv");
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write("id,name,category,price,tax_rate,barcode\nA,Apple,Fruit,1.00,7,12345678\nB,Pear,Fruit,1.20,7,\n");
    goodFile.close();
    QVERIFY2(terminal.importCatalog(good, &issues), qPrintable(terminal.lastError()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(terminal.catalog().size(), 2);

    Terminal reopened;
    terminal.close();
    QVERIFY(reopened.open(dir.filePath("profile")));
    QCOMPARE(reopened.catalog().size(), 2);
    QCOMPARE(reopened.catalog().byBarcode("12345678")->name, QStringLiteral("Apple"));
}

void TestTerminal::settingsAreValidatedBeforeSaving_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("empty terminal name") << "name" << "";
    QTest::newRow("long terminal name") << "name" << QString(41, 'x');
    QTest::newRow("lower-case code") << "code" << "bar";
    QTest::newRow("long code") << "code" << "ABCDEFGHI";
    QTest::newRow("code with dash") << "code" << "B-1";
    QTest::newRow("unknown language") << "language" << "xx";
    QTest::newRow("bad currency") << "currency" << "EURO";
}

void TestTerminal::settingsAreValidatedBeforeSaving()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QTemporaryDir dir;
    Terminal terminal;
    QVERIFY(terminal.open(dir.filePath("profile")));
    TerminalSettings settings = terminal.settings();
    settings.shopName = "Changed";
    if (field == "name")
        settings.terminalName = value;
    else if (field == "code")
        settings.terminalCode = value;
    else if (field == "language")
        settings.language = value;
    else
        settings.currency = value;
    QVERIFY(!terminal.saveSettings(settings));
    QVERIFY(!terminal.lastError().isEmpty());
    QCOMPARE(TerminalSettings::load(terminal.store()).shopName, terminal.settings().shopName);
    QVERIFY(terminal.settings().shopName != QStringLiteral("Changed"));
}

void TestTerminal::hostingSettings_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("syncOn");
    QTest::addColumn<bool>("valid");
    QTest::newRow("LAN address") << "192.168.1.20" << 8765 << true << true;
    QTest::newRow("IPv6 address") << "fd00::20" << 8765 << true << true;
    QTest::newRow("loopback") << "127.0.0.1" << 8765 << true << true;
    QTest::newRow("no address") << "" << 8765 << true << false;
    QTest::newRow("host name") << "till-1" << 8765 << true << false;
    QTest::newRow("any IPv4") << "0.0.0.0" << 8765 << true << false;
    QTest::newRow("any IPv6") << "::" << 8765 << true << false;
    QTest::newRow("broadcast") << "255.255.255.255" << 8765 << true << false;
    QTest::newRow("multicast") << "224.0.0.1" << 8765 << true << false;
    QTest::newRow("privileged port") << "192.168.1.20" << 80 << true << false;
    QTest::newRow("port too high") << "192.168.1.20" << 70000 << true << false;
    QTest::newRow("sync off") << "192.168.1.20" << 8765 << false << false;
}

// A hosting terminal's server and token come from its server: they are not asked for.
void TestTerminal::hostingSettings()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(bool, syncOn);
    QFETCH(bool, valid);
    QTemporaryDir dir;
    Terminal terminal;
    QVERIFY(terminal.open(dir.filePath("profile")));
    TerminalSettings settings = terminal.settings();
    settings.hostServer = true;
    settings.hostAddress = address;
    settings.hostPort = port;
    settings.syncEnabled = syncOn;
    QCOMPARE(terminal.saveSettings(settings), valid);
    if (!valid)
        return;
    const TerminalSettings loaded = TerminalSettings::load(terminal.store());
    QVERIFY(loaded.hostServer);
    QCOMPARE(loaded.hostAddress, address);
    QCOMPARE(loaded.hostPort, port);
}

void TestTerminal::pairingLinkRoundTrip_data()
{
    QTest::addColumn<QString>("server");
    QTest::newRow("IPv4") << "http://192.168.1.20:8765";
    QTest::newRow("IPv6") << "http://[fd00::20]:8765";
    QTest::newRow("several instances") << "https://a.shop:8765,https://b.shop:8765";
}

void TestTerminal::pairingLinkRoundTrip()
{
    QFETCH(QString, server);
    const QString token = QStringLiteral("tdm_AbC-def_0123456789abcdefghijklmnopqrstuvwxy");
    const QString link = TerminalSettings::pairingLink(QUrl(server), token);
    QVERIFY2(link.startsWith(QStringLiteral("tandempos://pair?")), qPrintable(link));
    QString parsedServer;
    QString parsedToken;
    QVERIFY(TerminalSettings::parsePairingLink(link, &parsedServer, &parsedToken));
    QCOMPARE(parsedServer, QUrl(server).toString());
    QCOMPARE(parsedToken, token);
    // Spaces a scanner adds around it do not matter.
    QVERIFY(TerminalSettings::parsePairingLink(QStringLiteral("  ") + link + QStringLiteral("\n"), &parsedServer,
                                               &parsedToken));
}

void TestTerminal::notAPairingLink_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("a server address") << "http://192.168.1.20:8765";
    QTest::newRow("other scheme") << "tandem://pair?server=http%3A%2F%2Fa&token=tdm_x";
    QTest::newRow("other action") << "tandempos://open?server=http%3A%2F%2Fa&token=tdm_x";
    QTest::newRow("no token") << "tandempos://pair?server=http%3A%2F%2Fa";
    QTest::newRow("no server") << "tandempos://pair?token=tdm_x";
    QTest::newRow("layout-mangled") << "tandempos;--pair_server)http";
    QTest::newRow("empty") << "";
}

void TestTerminal::notAPairingLink()
{
    QFETCH(QString, text);
    QString server = QStringLiteral("unchanged");
    QString token = QStringLiteral("unchanged");
    QVERIFY(!TerminalSettings::parsePairingLink(text, &server, &token));
    QCOMPARE(server, QStringLiteral("unchanged"));
    QCOMPARE(token, QStringLiteral("unchanged"));
}

void TestTerminal::sessionLifecycle()
{
    QTemporaryDir dir;
    Terminal terminal;
    QVERIFY(terminal.open(dir.filePath("profile")));
    QVERIFY(!terminal.openSession("  "));
    QVERIFY(terminal.openSession("Alice"));
    QVERIFY(!terminal.openSession("Bob"));
    QCOMPARE(terminal.orders().context().actor.user, QStringLiteral("Alice"));
    const QUuid uid = terminal.orders().createOrder();
    QVERIFY(terminal.orders().addProduct(uid, terminal.catalog().products().first()));
    {
        Terminal restarted;
        terminal.close();
        QVERIFY(restarted.open(dir.filePath("profile")));
        QVERIFY(restarted.session());
        QCOMPARE(restarted.session()->cashier, QStringLiteral("Alice"));
        QCOMPARE(restarted.orders().orderUids(), QList<QUuid>({uid}));
        ClosingReport report;
        QVERIFY(restarted.closeSession(&report));
        QCOMPARE(report.abandonedOrders, 1);
        QVERIFY(!restarted.session());
        QCOMPARE(restarted.settings().lastCashier, QStringLiteral("Alice"));
    }
}

// The drawer opens with a float, takes cash sales, cash in and out with a reason, and
// its count at the close shows over or short against what it should hold.
void TestTerminal::cashControl()
{
    QTemporaryDir dir;
    Terminal terminal;
    QVERIFY(terminal.open(dir.filePath("profile")));
    QVERIFY(!terminal.openSession("Alice", -1));
    QVERIFY(!terminal.openSession("Alice", Terminal::MaxCash + 1));
    QVERIFY(terminal.openSession("Alice", 10000));
    OrderBook &book = terminal.orders();
    const QUuid cash = book.createOrder();
    QVERIFY(book.addProduct(cash, *terminal.catalog().byId("COL")));
    QVERIFY(book.pay(cash, {Payment{QUuid(), PaymentMethod::Cash, 500}})); // 2.50, 2.50 back
    const QUuid card = book.createOrder();
    QVERIFY(book.addProduct(card, *terminal.catalog().byId("ESP")));
    QVERIFY(book.pay(card, {Payment{QUuid(), PaymentMethod::Card, 220}}));
    QCOMPARE(terminal.expectedCash(), 10250);

    QVERIFY(!terminal.addCashMove(-2000, "   "));
    QVERIFY(!terminal.addCashMove(0, "nothing"));
    QVERIFY(terminal.addCashMove(5000, "Change from the bank"));
    QVERIFY(terminal.addCashMove(-2000, "Window cleaner"));
    QVERIFY(!terminal.addCashMove(-20000, "More than the drawer"));
    QVERIFY2(terminal.lastError().contains("132.50"), qPrintable(terminal.lastError()));
    QCOMPARE(terminal.expectedCash(), 13250);

    ClosingReport report;
    QVERIFY(!terminal.closeSession(&report, -5));
    QVERIFY(terminal.closeSession(&report, 13000));
    QCOMPARE(report.session.openingFloat, 10000);
    QCOMPARE(report.cashSales(), 250);
    QCOMPARE(report.cashMoves.size(), 2);
    QCOMPARE(report.expectedCash(), 13250);
    QCOMPARE(report.cashDifference(), std::optional<qint64>(-250));
    const QString text = report.text("Bar", QLocale(QLocale::English));
    QVERIFY2(text.contains(ReceiptText::columns("Opening float", "100.00 €")), qPrintable(text));
    QVERIFY(text.contains(ReceiptText::columns("In: Change from the bank", "50.00 €")));
    QVERIFY(text.contains(ReceiptText::columns("Out: Window cleaner", "-20.00 €")));
    QVERIFY(text.contains(ReceiptText::columns("Expected in the drawer", "132.50 €")));
    QVERIFY(text.contains(ReceiptText::columns("Counted", "130.00 €")));
    QVERIFY(text.contains(ReceiptText::columns("Short", "-2.50 €")));
    const QJsonObject json = report.cashJson("bar-1");
    QCOMPARE(json.value("expected").toInteger(), 13250);
    QCOMPARE(json.value("counted").toInteger(), 13000);
    QCOMPARE(json.value("moves").toArray().size(), 2);
}

void TestTerminal::oneTerminalPerProfile()
{
    QTemporaryDir dir;
    Terminal first;
    QVERIFY(first.open(dir.filePath("profile")));
    Terminal second;
    QVERIFY(!second.open(dir.filePath("profile")));
    QVERIFY2(second.lastError().contains("in use"), qPrintable(second.lastError()));
    first.close();
    QVERIFY2(second.open(dir.filePath("profile")), qPrintable(second.lastError()));
}

QTEST_GUILESS_MAIN(TestTerminal)
#include "tst_terminal.moc"
