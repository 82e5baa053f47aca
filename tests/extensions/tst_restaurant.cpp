#include "extensionregistry.h"
#include "floorplan.h"
#include "restaurantextension.h"
#include "tables.h"
#include "../models/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using TestSupport::product;

class TestRestaurant : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void floorPlanRoundTrip();
    void floorPlanRefusesBadDocuments_data();
    void floorPlanRefusesBadDocuments();
    void openingAnOccupiedTableOpensItsOrder();
    void sendToKitchenMarksWhatIsUnsent();
    void movingToAnOccupiedTableIsRefused();
    void valuesAreChecked();

private:
    std::unique_ptr<TestSupport::BookFixture> m_fixture;
    std::unique_ptr<ExtensionRegistry> m_registry;
    OrderBook *m_book = nullptr;
};

void TestRestaurant::init()
{
    m_fixture = std::make_unique<TestSupport::BookFixture>();
    QVERIFY(m_fixture->open());
    m_registry = std::make_unique<ExtensionRegistry>();
    QVERIFY(m_registry->add(std::make_unique<RestaurantExtension>()));
    m_registry->setEnabled({"restaurant"});
    m_book = m_fixture->book.get();
    m_book->setExtensions(m_registry.get());
}

void TestRestaurant::floorPlanRoundTrip()
{
    FloorPlan plan;
    plan.floors = {{"Main room", {"T1", "T2", "T3"}}, {"Terrace", {"Z1", "Z2"}}};
    QVERIFY(plan.validate().isEmpty());
    FloorPlan back;
    QString error;
    QVERIFY2(FloorPlan::fromJson(plan.toJson(), &back, &error), qPrintable(error));
    QVERIFY(back == plan);
    QCOMPARE(back.allTables(), (QStringList{"T1", "T2", "T3", "Z1", "Z2"}));
    QVERIFY(back.hasTable("Z2"));
}

void TestRestaurant::floorPlanRefusesBadDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not an object") << QByteArray("[1]") << "must be {\"floors\"";
    QTest::newRow("extra key") << QByteArray(R"({"floors":[],"x":1})") << "must be {\"floors\"";
    QTest::newRow("floor without tables") << QByteArray(R"({"floors":[{"name":"A","tables":[]}]})") << "needs 1 to";
    QTest::newRow("table twice") << QByteArray(R"({"floors":[{"name":"A","tables":["T1"]},{"name":"B","tables":["T1"]}]})")
                                 << "named twice";
    QTest::newRow("floor twice") << QByteArray(R"({"floors":[{"name":"A","tables":["T1"]},{"name":"A","tables":["T2"]}]})")
                                 << "two floors";
    QTest::newRow("number table") << QByteArray(R"({"floors":[{"name":"A","tables":[5]}]})") << "must be text";
    QTest::newRow("blank name") << QByteArray(R"({"floors":[{"name":" ","tables":["T1"]}]})") << "needs a name";
}

void TestRestaurant::floorPlanRefusesBadDocuments()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    FloorPlan plan;
    plan.floors = {{"Kept", {"K1"}}};
    QString error;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY(!FloorPlan::fromJson(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), &plan, &error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QCOMPARE(plan.floors.first().name, QStringLiteral("Kept"));
}

void TestRestaurant::openingAnOccupiedTableOpensItsOrder()
{
    QString error;
    const QUuid first = Tables::open(m_book, "T1", 4, &error);
    QVERIFY2(!first.isNull(), qPrintable(error));
    QCOMPARE(Tables::tableOf(*m_book->order(first)), QStringLiteral("T1"));
    QCOMPARE(Tables::guestsOf(*m_book->order(first)), 4);
    QCOMPARE(Tables::open(m_book, "T1", 2, &error), first);
    QCOMPARE(m_book->orderUids().size(), 1);
    QCOMPARE(Tables::occupied(*m_book).value("T1"), first);
    QCOMPARE(m_registry->orderText(*m_book->order(first), ExtensionText::Receipt), QStringList{"Table T1 · 4 guest(s)"});
}

void TestRestaurant::sendToKitchenMarksWhatIsUnsent()
{
    QString error;
    const QUuid uid = Tables::open(m_book, "T2", 2, &error);
    QUuid cola;
    QVERIFY(m_book->addProduct(uid, product("COL", 250), &cola));
    QVERIFY(m_book->addProduct(uid, product("TEA", 260)));
    QCOMPARE(Tables::unsentLines(*m_book->order(uid)), 2);
    QCOMPARE(Tables::sendToKitchen(m_book, uid, &error), 2);
    QCOMPARE(Tables::unsentLines(*m_book->order(uid)), 0);
    QCOMPARE(m_registry->lineText(m_book->order(uid)->lines.first(), ExtensionText::OrderWidget),
             QStringList{"sent to kitchen"});
    QVERIFY(m_book->addProduct(uid, product("COL", 250)));
    QCOMPARE(Tables::unsentLines(*m_book->order(uid)), 1);
    QCOMPARE(Tables::unsentOf(m_book->order(uid)->lines.first()), 1000);
    QCOMPARE(m_registry->lineText(m_book->order(uid)->lines.first(), ExtensionText::OrderWidget),
             QStringList{"changed since sent"});
    QCOMPARE(Tables::sendToKitchen(m_book, uid, &error), 1);
    QCOMPARE(Tables::sendToKitchen(m_book, uid, &error), 0);
}

void TestRestaurant::movingToAnOccupiedTableIsRefused()
{
    QString error;
    const QUuid a = Tables::open(m_book, "T1", 2, &error);
    const QUuid b = Tables::open(m_book, "T2", 3, &error);
    QVERIFY(!Tables::move(m_book, b, "T1", &error));
    QVERIFY2(error.contains("already has order"), qPrintable(error));
    QCOMPARE(Tables::tableOf(*m_book->order(b)), QStringLiteral("T2"));
    QVERIFY2(Tables::move(m_book, a, "T3", &error), qPrintable(error));
    QCOMPARE(Tables::occupied(*m_book).value("T3"), a);
    QVERIFY(!Tables::occupied(*m_book).contains("T1"));
}

void TestRestaurant::valuesAreChecked()
{
    const QUuid uid = m_book->createOrder();
    QVERIFY(!m_book->setOrderExtension(uid, Tables::guestsKey(), 0));
    QVERIFY(!m_book->setOrderExtension(uid, Tables::guestsKey(), "four"));
    QVERIFY(!m_book->setOrderExtension(uid, Tables::tableKey(), 7));
    QVERIFY(!m_book->setOrderExtension(uid, Tables::tableKey(), QString(30, 'x')));
    QVERIFY(m_book->order(uid)->extensions.isEmpty());
    QString error;
    QVERIFY(!Tables::setGuests(m_book, uid, 100, &error));
    QVERIFY(error.contains("1 to 99"));
}

QTEST_MAIN(TestRestaurant)
#include "tst_restaurant.moc"
