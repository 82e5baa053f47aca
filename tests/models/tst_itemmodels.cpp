#include "localstore.h"
#include "openordersmodel.h"
#include "orderbook.h"
#include "orderlinesmodel.h"
#include "productlistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::product;

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void productFilter_data();
    void productFilter();
    void orderLinesFollowTheBook();
    void openOrdersFollowTheBook();

private:
    std::unique_ptr<TestSupport::BookFixture> m_fixture;
    LocalStore *m_store = nullptr;
    OrderBook *m_book = nullptr;
};

void TestItemModels::init()
{
    m_fixture = std::make_unique<TestSupport::BookFixture>();
    QVERIFY(m_fixture->open());
    m_store = &m_fixture->store;
    m_book = m_fixture->book.get();
}

void TestItemModels::cleanup()
{
    m_fixture.reset();
}

void TestItemModels::productFilter_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("everything") << "" << "" << QStringList{"COL", "CLZ", "CRO", "ESP"};
    QTest::newRow("category") << "Coffee" << "" << QStringList{"ESP"};
    QTest::newRow("name, any case") << "" << "cola" << QStringList{"COL", "CLZ"};
    QTest::newRow("category and name") << "Bakery" << "cola" << QStringList{};
    QTest::newRow("barcode prefix") << "" << "40001" << QStringList{"COL", "CLZ"};
    QTest::newRow("full barcode") << "" << "4000177010029" << QStringList{"CLZ"};
    QTest::newRow("id") << "" << "esp" << QStringList{"ESP"};
    QTest::newRow("nothing") << "" << "pizza" << QStringList{};
}

void TestItemModels::productFilter()
{
    QFETCH(QString, category);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    auto withBarcode = [](Product p, const QString &name, const QString &category, const QString &barcode) {
        p.name = name;
        p.category = category;
        p.barcode = barcode;
        return p;
    };
    const Catalog catalog({withBarcode(product("COL", 250), "Cola", "Drinks", "4000177010012"),
                           withBarcode(product("CLZ", 250), "Cola zero", "Drinks", "4000177010029"),
                           withBarcode(product("CRO", 190), "Croissant", "Bakery", ""),
                           withBarcode(product("ESP", 220), "Espresso", "Coffee", "")});
    ProductListModel products;
    QAbstractItemModelTester sourceTester(&products, QAbstractItemModelTester::FailureReportingMode::QtTest);
    products.setCatalog(catalog, "EUR");
    ProductFilterModel filter;
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&products);
    filter.setCategory(category);
    filter.setSearchText(search);
    QStringList ids;
    for (int row = 0; row < filter.rowCount(); ++row)
        ids << filter.index(row, 0).data(ProductListModel::IdRole).toString();
    QCOMPARE(ids, expected);
    QCOMPARE(products.index(0, 0).data(ProductListModel::PriceRole).toLongLong(), 250);
    QCOMPARE(products.catalog().categories(), QStringList({"Drinks", "Bakery", "Coffee"}));
}

void TestItemModels::orderLinesFollowTheBook()
{
    OrderLinesModel lines(m_book);
    QAbstractItemModelTester tester(&lines, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QUuid uid = m_book->createOrder();
    const QUuid other = m_book->createOrder();
    lines.setOrder(uid);
    QCOMPARE(lines.rowCount(), 0);
    QCOMPARE(lines.columnCount(), int(OrderLinesModel::ColumnCount));

    QSignalSpy inserted(&lines, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&lines, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&lines, &QAbstractItemModel::modelReset);
    QUuid cola, cake;
    QVERIFY(m_book->addProduct(uid, product("COL", 250), &cola));
    QVERIFY(m_book->addProduct(uid, product("CAK", 390, 700), &cake));
    QCOMPARE(inserted.size(), 2);
    QVERIFY(m_book->addProduct(uid, product("COL", 250)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QVERIFY(m_book->addProduct(other, product("COL", 250)));
    QCOMPARE(inserted.size(), 2);

    QCOMPARE(lines.rowCount(), 2);
    QCOMPARE(lines.index(0, OrderLinesModel::QuantityColumn).data().toString(), QStringLiteral("2"));
    QVERIFY(lines.index(0, OrderLinesModel::TotalColumn).data().toString().contains("5"));
    QCOMPARE(lines.index(1, 0).data(OrderLinesModel::LineUidRole).toUuid(), cake);
    QCOMPARE(lines.index(1, 0).data(OrderLinesModel::AttributionRole).toString(),
             QStringLiteral("added by Alice (Bar)"));

    m_book->setContext({{"Bob", "Terrace"}, "BAR", "EUR", m_book->context().sessionId});
    QVERIFY(m_book->setDiscount(uid, cake, 1000));
    QCOMPARE(lines.index(1, 0).data(OrderLinesModel::AttributionRole).toString(),
             QStringLiteral("added by Alice (Bar), edited by Bob (Terrace)"));
    QVERIFY(!lines.index(1, OrderLinesModel::DiscountColumn).data().toString().isEmpty());

    QSignalSpy removed(&lines, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_book->removeLine(uid, cola));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(lines.rowCount(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(lines.indexOfLine(cake).row(), 0);

    QVERIFY(m_book->pay(uid, {TestSupport::payment(PaymentMethod::Card, m_book->order(uid)->total())}));
    QCOMPARE(lines.rowCount(), 0);
    QVERIFY(lines.orderUid().isNull());
}

void TestItemModels::openOrdersFollowTheBook()
{
    const QUuid existing = m_book->createOrder();
    OpenOrdersModel orders(m_book);
    QAbstractItemModelTester tester(&orders, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(orders.rowCount(), 1);
    QCOMPARE(orders.index(0).data().toString(), QStringLiteral("New"));

    const QUuid second = m_book->createOrder();
    QCOMPARE(orders.rowCount(), 2);
    QCOMPARE(orders.uidAt(1), second);
    QSignalSpy changed(&orders, &QAbstractItemModel::dataChanged);
    QVERIFY(m_book->addProduct(second, product("A", 300)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(orders.index(1).data().toString(), QStringLiteral("#1"));
    QCOMPARE(orders.index(1).data(OpenOrdersModel::TicketNumberRole).toInt(), 1);
    QCOMPARE(orders.index(1).data(OpenOrdersModel::TotalRole).toLongLong(), 300);
    QCOMPARE(orders.index(1).data(OpenOrdersModel::LineCountRole).toInt(), 1);

    QVERIFY(m_book->discard(existing));
    QCOMPARE(orders.rowCount(), 1);
    QCOMPARE(orders.rowOf(second), 0);
    QVERIFY(m_book->pay(second, {TestSupport::payment(PaymentMethod::Cash, 300)}));
    QCOMPARE(orders.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
