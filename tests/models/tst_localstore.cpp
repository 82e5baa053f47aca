#include "localstore.h"
#include "orderbook.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestLocalStore : public QObject
{
    Q_OBJECT

private slots:
    void freshStoreIsAtCurrentSchema();
    void reopenKeepsData();
    void newerSchemaIsRefused();
    void migrationsRunInOrderFromOldVersion();
    void failedMigrationRollsBack();
    void storeOfThePreviousReleaseIsUpgraded();
    void upgradeFromSchema1KeepsOrders();
    void ordersRoundTrip();
    void settingsAndCounters();
    void sessions();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestLocalStore::freshStoreIsAtCurrentSchema()
{
    LocalStore store;
    QVERIFY2(store.open(path("fresh.sqlite")), qPrintable(store.lastError()));
    QSqlDatabase db = store.database();
    QCOMPARE(SqlMigration::schemaVersion(db), LocalStore::currentSchemaVersion());
    QSqlQuery query(db);
    QVERIFY(query.exec("PRAGMA journal_mode"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec("PRAGMA foreign_keys"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestLocalStore::reopenKeepsData()
{
    {
        LocalStore store;
        QVERIFY(store.open(path("reopen.sqlite")));
        QVERIFY(store.setSetting("terminal_name", "Bar"));
    }
    LocalStore store;
    QVERIFY(store.open(path("reopen.sqlite")));
    QCOMPARE(store.setting("terminal_name"), QStringLiteral("Bar"));
    QSqlDatabase db = store.database();
    QCOMPARE(SqlMigration::schemaVersion(db), LocalStore::currentSchemaVersion());
}

void TestLocalStore::newerSchemaIsRefused()
{
    {
        LocalStore store;
        QVERIFY(store.open(path("newer.sqlite")));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = %1")
                               .arg(LocalStore::currentSchemaVersion() + 1)));
    }
    LocalStore store;
    QVERIFY(!store.open(path("newer.sqlite")));
    QVERIFY2(store.lastError().contains("newer"), qPrintable(store.lastError()));
    QVERIFY(!store.isOpen());
}

void TestLocalStore::migrationsRunInOrderFromOldVersion()
{
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "migrate-order");
    db.setDatabaseName(path("order.sqlite"));
    QVERIFY(db.open());
    QStringList ran;
    const QList<Migration> steps{
        {1, [&](QSqlDatabase &d, QString *) { ran << "1"; return QSqlQuery(d).exec("CREATE TABLE a (x)"); }},
        {2, [&](QSqlDatabase &d, QString *) { ran << "2"; return QSqlQuery(d).exec("CREATE TABLE b (x)"); }},
        {3, [&](QSqlDatabase &d, QString *) { ran << "3"; return QSqlQuery(d).exec("ALTER TABLE b ADD COLUMN y"); }},
    };
    QString error;
    QVERIFY2(SqlMigration::run(db, steps.mid(0, 1), &error), qPrintable(error));
    QCOMPARE(SqlMigration::schemaVersion(db), 1);
    QVERIFY2(SqlMigration::run(db, steps, &error), qPrintable(error));
    QCOMPARE(ran, QStringList({"1", "2", "3"}));
    QCOMPARE(SqlMigration::schemaVersion(db), 3);
    QVERIFY(SqlMigration::run(db, steps, &error));
    QCOMPARE(ran.size(), 3);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase("migrate-order");
}

void TestLocalStore::failedMigrationRollsBack()
{
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "migrate-fail");
    db.setDatabaseName(path("fail.sqlite"));
    QVERIFY(db.open());
    const QList<Migration> steps{
        {1, [](QSqlDatabase &d, QString *) { return QSqlQuery(d).exec("CREATE TABLE a (x)"); }},
        {2, [](QSqlDatabase &d, QString *e) {
             QSqlQuery(d).exec("CREATE TABLE b (x)");
             *e = "broken step";
             return false;
         }},
    };
    QString error;
    QVERIFY(!SqlMigration::run(db, steps, &error));
    QVERIFY(error.contains("broken step"));
    QCOMPARE(SqlMigration::schemaVersion(db), 0);
    QSqlQuery query(db);
    QVERIFY(query.exec("SELECT count(*) FROM sqlite_master WHERE name IN ('a', 'b')"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase("migrate-fail");
}

void TestLocalStore::upgradeFromSchema1KeepsOrders()
{
    const QString file = path("schema1.sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "schema1");
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(SqlMigration::run(db, LocalStore::migrations().mid(0, 1), &error), qPrintable(error));
        QSqlQuery query(db);
        QVERIFY(query.exec("INSERT INTO orders VALUES ('8a3c1f0e-0000-4000-8000-000000000001', 'T1-000001', 1, "
                           "'open', 0, 'EUR', '', 'Ann', 'Till', 'Ann', 'Till', '2026-01-01T10:00:00.000Z', "
                           "'2026-01-01T10:00:00.000Z', 1, 0)"));
        QVERIFY(query.exec("INSERT INTO order_lines VALUES ('8a3c1f0e-0000-4000-8000-000000000002', "
                           "'8a3c1f0e-0000-4000-8000-000000000001', 1, 'COL', 'Cola', 250, 1900, 2000, 0, "
                           "'Ann', 'Till', 'Ann', 'Till')"));
        // A paid order, printed with its reference, and the counter that made both references.
        QVERIFY(query.exec("INSERT INTO orders VALUES ('8a3c1f0e-0000-4000-8000-000000000003', 'T1-000002', 2, "
                           "'paid', 0, 'EUR', '', 'Ann', 'Till', 'Ann', 'Till', '2026-01-01T10:05:00.000Z', "
                           "'2026-01-01T10:06:00.000Z', 1, 0)"));
        QVERIFY(query.exec("INSERT INTO counters VALUES ('receipt', 2)"));
        db.close();
    }
    QSqlDatabase::removeDatabase("schema1");
    LocalStore store;
    QVERIFY2(store.open(file), qPrintable(store.lastError()));
    QSqlDatabase db = store.database();
    QCOMPARE(SqlMigration::schemaVersion(db), LocalStore::currentSchemaVersion());
    QList<Order> open;
    QVERIFY(store.loadOpenOrders(&open));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().revision, 0);
    QVERIFY(open.first().extensions.isEmpty());
    QCOMPARE(open.first().lines.size(), 1);
    QCOMPARE(open.first().lines.first().quantity, 2000);
    QVERIFY(open.first().receiptNumber.isEmpty());
    Order printed;
    QVERIFY(store.loadOrder(QUuid("8a3c1f0e-0000-4000-8000-000000000003"), &printed));
    QCOMPARE(printed.receiptNumber, QStringLiteral("T1-000002"));
    // The next receipt comes after every number printed before the upgrade.
    OrderBook book(&store);
    book.setContext({{"Ann", "Till"}, "T1", "EUR", 1});
    QVERIFY(book.load());
    QSignalSpy finalized(&book, &OrderBook::orderFinalized);
    QVERIFY(book.pay(open.first().uid, {TestSupport::payment(PaymentMethod::Cash, 500)}));
    QCOMPARE(finalized.first().first().value<Order>().receiptNumber, QStringLiteral("T1-000003"));
    QVERIFY(store.loadOpenOrders(&open));

    QVERIFY(store.loadOrder(QUuid("8a3c1f0e-0000-4000-8000-000000000001"), &printed));
    Order changed = printed;
    changed.state = OrderState::Open;
    changed.revision = 7;
    changed.extensions.insert("table", 12);
    changed.lines[0].extensions.insert("note", "no ice");
    QVERIFY(store.writeOrder({&changed, {}, {}, true, false}));
    Order reloaded;
    QVERIFY(store.loadOrder(changed.uid, &reloaded));
    QCOMPARE(reloaded.revision, 7);
    QCOMPARE(reloaded.extensions.value("table").toInt(), 12);
    QCOMPARE(reloaded.lines.first().extensions.value("note").toString(), QStringLiteral("no ice"));
}

void TestLocalStore::ordersRoundTrip()
{
    LocalStore store;
    QVERIFY(store.open(path("orders.sqlite")));
    CashSession session;
    QVERIFY(store.openSession("Alice", 0, &session));
    OrderBook book(&store);
    book.setContext({{"Alice", "Bar"}, "BAR", "EUR", session.id});
    const QUuid uid = book.createOrder();
    QVERIFY(!uid.isNull());
    QUuid cola;
    QVERIFY(book.addProduct(uid, TestSupport::product("COL", 250), &cola));
    QVERIFY(book.addProduct(uid, TestSupport::product("COL", 250)));
    QUuid cake;
    QVERIFY(book.addProduct(uid, TestSupport::product("CAK", 390, 700), &cake));
    QVERIFY(book.setDiscount(uid, cake, 1000));
    QVERIFY(book.setCustomerName(uid, "  Ms Smith "));

    QList<Order> open;
    QVERIFY(store.loadOpenOrders(&open));
    QCOMPARE(open.size(), 1);
    const Order &loaded = open.first();
    const Order *inMemory = book.order(uid);
    QCOMPARE(loaded.uid, uid);
    QCOMPARE(loaded.receiptReference, QStringLiteral("BAR/1"));
    QCOMPARE(loaded.ticketNumber, 1);
    QCOMPARE(loaded.customerName, QStringLiteral("Ms Smith"));
    QCOMPARE(loaded.lines.size(), 2);
    QCOMPARE(loaded.lines.at(0).uid, cola);
    QCOMPARE(loaded.lines.at(0).quantity, 2000);
    QCOMPARE(loaded.lines.at(1).discount, 1000);
    QCOMPARE(loaded.lines.at(1).createdBy, (Actor{"Alice", "Bar"}));
    QCOMPARE(loaded.total(), inMemory->total());
    QCOMPARE(loaded.createdAt, inMemory->createdAt);

    QVERIFY(book.pay(uid, {TestSupport::payment(PaymentMethod::Card, 500),
                           TestSupport::payment(PaymentMethod::Cash, 1000)}));
    QVERIFY(store.loadOpenOrders(&open));
    QVERIFY(open.isEmpty());
    Order paid;
    QVERIFY(store.loadOrder(uid, &paid));
    QCOMPARE(paid.state, OrderState::Paid);
    QCOMPARE(paid.payments.size(), 2);
    QCOMPARE(paid.payments.at(0).method, PaymentMethod::Card);
    QCOMPARE(paid.changeGiven, 500 + 1000 - paid.total());
    QCOMPARE(paid.receiptNumber, QStringLiteral("BAR-000001"));
}

void TestLocalStore::settingsAndCounters()
{
    LocalStore store;
    QVERIFY(store.open(path("settings.sqlite")));
    QCOMPARE(store.setting("missing", "fallback"), QStringLiteral("fallback"));
    QVERIFY(store.setSetting("k", "v1"));
    QVERIFY(store.setSetting("k", "v2"));
    QCOMPARE(store.setting("k"), QStringLiteral("v2"));
    qint64 value = 0;
    QVERIFY(store.nextCounter("c", &value));
    QCOMPARE(value, 1);
    QVERIFY(store.nextCounter("c", &value));
    QCOMPARE(value, 2);
    QVERIFY(store.resetCounter("c"));
    QVERIFY(store.nextCounter("c", &value));
    QCOMPARE(value, 1);
    // A failed transaction leaves the counter untouched.
    QVERIFY(!store.transaction([&] { return store.nextCounter("c", &value) && false; }));
    QVERIFY(store.nextCounter("c", &value));
    QCOMPARE(value, 2);
}

void TestLocalStore::sessions()
{
    LocalStore store;
    QVERIFY(store.open(path("sessions.sqlite")));
    std::optional<CashSession> current;
    QVERIFY(store.currentSession(&current));
    QVERIFY(!current);
    CashSession session;
    QVERIFY(store.openSession("Bob", 15000, &session));
    QVERIFY(store.currentSession(&current));
    QVERIFY(current);
    QCOMPARE(current->cashier, QStringLiteral("Bob"));
    QCOMPARE(current->openingFloat, 15000);
    QVERIFY(!current->countedCash);
    CashMove move{0, session.id, -2000, "Window cleaner", "Bob", QDateTime::currentDateTimeUtc()};
    QVERIFY(store.addCashMove(&move));
    QVERIFY(move.id > 0);
    QList<CashMove> moves;
    QVERIFY(store.loadCashMoves(session.id, &moves));
    QCOMPARE(moves.size(), 1);
    QCOMPARE(moves.first().amount, -2000);
    QCOMPARE(moves.first().reason, QStringLiteral("Window cleaner"));
    QVERIFY(store.closeSession(session.id, QDateTime::currentDateTimeUtc(), 4200));
    QVERIFY(!store.closeSession(session.id, QDateTime::currentDateTimeUtc(), std::nullopt));
    QVERIFY(store.currentSession(&current));
    QVERIFY(!current);
    CashSession closed;
    QVERIFY(store.loadSession(session.id, &closed));
    QCOMPARE(closed.countedCash, std::optional<qint64>(4200));

    qint64 first = 0;
    qint64 second = 0;
    QVERIFY(store.appendReport("{\"a\":1}", &first));
    QVERIFY(store.appendReport("{\"b\":2}", &second));
    QVERIFY(store.removeReport(first));
    QList<std::pair<qint64, QByteArray>> reports;
    QVERIFY(store.loadReports(&reports));
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().first, second);
    QCOMPARE(reports.first().second, QByteArray("{\"b\":2}"));
}

// fixtures/terminal-schema8.sqlite was written by the previous release (schema 8): a
// session with a 50.00 float, a paid order (receipt T1-000001) and Mrs Smith's open
// order. This release opens it in place and sells on from where it stood.
void TestLocalStore::storeOfThePreviousReleaseIsUpgraded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("terminal.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TANDEM_FIXTURES "/terminal-schema8.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    LocalStore store;
    QVERIFY2(store.open(path), qPrintable(store.lastError()));
    QSqlQuery version(store.database());
    QVERIFY(version.exec(QStringLiteral("SELECT version FROM schema_version")) && version.next());
    QCOMPARE(version.value(0).toInt(), LocalStore::currentSchemaVersion());

    std::optional<CashSession> session;
    QVERIFY(store.currentSession(&session) && session);
    QCOMPARE(session->cashier, QStringLiteral("Alice"));
    QCOMPARE(session->openingFloat, 5000);
    QList<Order> open;
    QVERIFY(store.loadOpenOrders(&open));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().customerName, QStringLiteral("Mrs Smith"));
    QCOMPARE(open.first().lines.size(), 1);
    QList<Order> closed;
    QVERIFY(store.loadFinalOrders(session->id, &closed));
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.first().receiptNumber, QStringLiteral("T1-000001"));
    QList<LocalStore::VoidedReceipt> voided;
    QVERIFY(store.loadVoidedReceipts(session->id, &voided));
    QVERIFY(voided.isEmpty());

    OrderBook book(&store);
    book.setContext({{QStringLiteral("Alice"), QStringLiteral("Till 1")}, QStringLiteral("T1"), QStringLiteral("EUR"),
                     session->id});
    QVERIFY(book.load());
    const QUuid uid = open.first().uid;
    QVERIFY(book.pay(uid, {TestSupport::payment(PaymentMethod::Card, book.order(uid)->total())}));
    Order paid;
    QVERIFY(store.loadOrder(uid, &paid));
    QCOMPARE(paid.receiptNumber, QStringLiteral("T1-000002"));
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
