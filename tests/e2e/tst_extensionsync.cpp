#include "extensionregistry.h"
#include "floorplan.h"
#include "restaurantextension.h"
#include "tables.h"
#include "terminalnode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncdTest;

namespace {

const QString NoteKey = u"notes.text"_s;

// The terminal's screens as the restaurant extension sees them, without widgets.
class ScreenlessContext final : public ExtensionContext
{
public:
    ScreenlessContext(OrderBook *book, SharedDocuments *documents)
        : m_book(book)
        , m_documents(documents)
    {
    }
    OrderBook *book() override { return m_book; }
    SharedDocuments *sharedDocuments() override { return m_documents; }
    QUuid currentOrder() const override { return current; }
    QUuid selectedLine() const override { return {}; }
    void showOrder(const QUuid &orderUid) override { current = orderUid; }
    void showStartScreen() override { current = {}; }
    void showMessage(const QString &text) override { messages << text; }
    bool askText(const QString &, const QString &, QString *, bool) override { return false; }
    bool askNumber(const QString &, const QString &, int, int, int *) override { return false; }
    bool askChoice(const QString &, const QString &, const QStringList &, QString *) override { return false; }

    QUuid current;
    QStringList messages;

private:
    OrderBook *m_book;
    SharedDocuments *m_documents;
};

// A terminal running the given extensions: "restaurant" built in, "notes" from the plugin folder.
struct ExtendedTerminal
{
    ExtendedTerminal(TerminalNode *node, const QStringList &enabled)
        : node(node)
        , context(&node->book, &node->documents)
    {
        registry.add(std::make_unique<RestaurantExtension>());
        registry.loadPlugins(QStringLiteral(TANDEM_PLUGIN_DIR));
        registry.setEnabled(enabled);
        node->book.setExtensions(&registry);
        for (Extension *extension : registry.enabled())
            extension->attach(&context);
    }

    TerminalNode *node;
    ExtensionRegistry registry;
    ScreenlessContext context;
};

QJsonObject serverSnapshot(quint16 port, const QByteArray &token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/snapshot").arg(port)));
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(5000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

QList<QJsonObject> serverOrdersOnTable(const QJsonObject &snapshot, const QString &table)
{
    QList<QJsonObject> out;
    for (const QJsonValue &order : snapshot.value(u"orders"_s).toArray()) {
        if (order[u"ext"_s][Tables::tableKey()].toString() == table)
            out << order.toObject();
    }
    return out;
}

} // namespace

class TestExtensionSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noteAndTableEditsAppearOnTheOtherTerminal();
    void twoTerminalsOpeningTheSameTableGetOneOrder();
    void tableOpenedOfflineJoinsTheOrderThatTookIt();
    void orderMovedOntoATakenTableStaysWhole();
    void unknownFieldsSurviveATerminalWithoutTheExtension();
    void concurrentNoteEditsFollowTheConflictRules();
    void floorPlanIsSharedThroughTheServer();
    void refusedChangeGivesWayToTheServersOrder();
};

void TestExtensionSync::initTestCase()
{
    ExtensionRegistry probe;
    probe.loadPlugins(QStringLiteral(TANDEM_PLUGIN_DIR));
    QVERIFY2(probe.find(u"notes"_s), qPrintable(probe.problems().join('\n')));
}

void TestExtensionSync::noteAndTableEditsAppearOnTheOtherTerminal()
{
    Shop shop;
    QVERIFY2(shop.open(), qPrintable(shop.server.lastError()));
    ExtendedTerminal bar(&shop.bar, {u"notes"_s, u"restaurant"_s});
    ExtendedTerminal terrace(&shop.terrace, {u"notes"_s, u"restaurant"_s});

    QString error;
    const QUuid uid = Tables::open(&shop.bar.book, u"T1"_s, 3, &error);
    QVERIFY2(!uid.isNull(), qPrintable(error));
    QUuid line;
    QVERIFY(shop.bar.book.addProduct(uid, product(u"COL"_s, 250), &line));
    QVERIFY(shop.bar.book.setLineExtension(uid, line, NoteKey, u"no ice"_s));
    QVERIFY(shop.bar.book.setOrderExtension(uid, NoteKey, u"window seat"_s));

    QTRY_VERIFY_WITH_TIMEOUT(shop.terrace.book.order(uid)
                                 && shop.terrace.book.order(uid)->extensions.contains(NoteKey), 5000);
    const Order *seen = shop.terrace.book.order(uid);
    QCOMPARE(Tables::tableOf(*seen), u"T1"_s);
    QCOMPARE(Tables::guestsOf(*seen), 3);
    QCOMPARE(seen->lines.first().extensions.value(NoteKey).toString(), u"no ice"_s);
    QCOMPARE(terrace.registry.lineText(seen->lines.first(), ExtensionText::Receipt), QStringList{u"Note: no ice"_s});
    QCOMPARE(Tables::occupied(shop.terrace.book).value(u"T1"_s), uid);

    // The other way round: kitchen marks and a move made on the terrace.
    QCOMPARE(Tables::sendToKitchen(&shop.terrace.book, uid, &error), 1);
    QVERIFY2(Tables::move(&shop.terrace.book, uid, u"T2"_s, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(Tables::tableOf(*shop.bar.book.order(uid)), u"T2"_s, 5000);
    QCOMPARE(Tables::unsentLines(*shop.bar.book.order(uid)), 0);
    QVERIFY(bar.context.messages.isEmpty());
}

void TestExtensionSync::twoTerminalsOpeningTheSameTableGetOneOrder()
{
    Shop shop;
    QVERIFY2(shop.open(), qPrintable(shop.server.lastError()));
    ExtendedTerminal bar(&shop.bar, {u"restaurant"_s});
    ExtendedTerminal terrace(&shop.terrace, {u"restaurant"_s});

    const QStringList tables{u"T5"_s, u"T6"_s, u"T7"_s};
    for (const QString &table : tables) {
        // Both open the empty table before either hears of the other, and both add a line at once.
        QString error;
        const QUuid atBar = Tables::open(&shop.bar.book, table, 2, &error);
        const QUuid atTerrace = Tables::open(&shop.terrace.book, table, 4, &error);
        QVERIFY(!atBar.isNull() && !atTerrace.isNull() && atBar != atTerrace);
        bar.context.showOrder(atBar);
        terrace.context.showOrder(atTerrace);
        QVERIFY(shop.bar.book.addProduct(atBar, product(u"BEER"_s, 450)));
        QVERIFY(shop.terrace.book.addProduct(atTerrace, product(u"WINE"_s, 600)));

        auto settled = [&] {
            const QUuid barOrder = Tables::occupied(shop.bar.book).value(table);
            const QUuid terraceOrder = Tables::occupied(shop.terrace.book).value(table);
            if (barOrder.isNull() || barOrder != terraceOrder)
                return false;
            const Order *a = shop.bar.book.order(barOrder);
            const Order *b = shop.terrace.book.order(terraceOrder);
            return a->lines.size() == 2 && b->lines.size() == 2 && shop.bar.store.outboxSize() == 0
                && shop.terrace.store.outboxSize() == 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 10000);
        const QUuid winner = Tables::occupied(shop.bar.book).value(table);
        QVERIFY(winner == atBar || winner == atTerrace);
        // The loser's order is gone and its cashier looks at the table's order.
        const QUuid loser = winner == atBar ? atTerrace : atBar;
        // The loser's cancel reaches the other terminal as an event of its own.
        QTRY_VERIFY_WITH_TIMEOUT(!shop.bar.book.order(loser) && !shop.terrace.book.order(loser), 10000);
        QCOMPARE((winner == atBar ? terrace : bar).context.current, winner);
        QCOMPARE((winner == atBar ? terrace : bar).context.messages.size(), 1);
        bar.context.messages.clear();
        terrace.context.messages.clear();

        const QList<QJsonObject> onServer = serverOrdersOnTable(serverSnapshot(shop.server.port(), shop.tokens.at(0).token), table);
        QCOMPARE(onServer.size(), 1);
        QCOMPARE(onServer.first()[u"lines"_s].toArray().size(), 2);
    }
}

void TestExtensionSync::tableOpenedOfflineJoinsTheOrderThatTookIt()
{
    Shop shop;
    QVERIFY2(shop.open(), qPrintable(shop.server.lastError()));
    ExtendedTerminal bar(&shop.bar, {u"restaurant"_s});
    ExtendedTerminal terrace(&shop.terrace, {u"restaurant"_s});

    // Terrace is cut off and opens table T9 with two lines; meanwhile Bar opens T9 online.
    shop.terrace.controller->stop();
    QString error;
    const QUuid offline = Tables::open(&shop.terrace.book, u"T9"_s, 2, &error);
    QVERIFY2(!offline.isNull(), qPrintable(error));
    terrace.context.showOrder(offline);
    QVERIFY(shop.terrace.book.addProduct(offline, product(u"SOUP"_s, 590)));
    QVERIFY(shop.terrace.book.addProduct(offline, product(u"BREAD"_s, 150)));
    const QUuid online = Tables::open(&shop.bar.book, u"T9"_s, 3, &error);
    QVERIFY(shop.bar.book.addProduct(online, product(u"BEER"_s, 450)));
    QTRY_COMPARE_WITH_TIMEOUT(shop.bar.store.outboxSize(), 0, 5000);

    // Back online, its claim is refused and its lines join Bar's order: one ticket, nothing lost.
    shop.terrace.connectTo(shop.server.port(), shop.tokens.at(1).token, u"terrace-1"_s);
    QTRY_VERIFY_WITH_TIMEOUT(shop.bar.book.order(online) && shop.bar.book.order(online)->lines.size() == 3
                                 && shop.terrace.store.outboxSize() == 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(shop.terrace.book.order(online) && shop.terrace.book.order(online)->lines.size() == 3, 5000);
    QVERIFY(!shop.terrace.book.order(offline));
    QCOMPARE(terrace.context.current, online);
    QCOMPARE(Tables::guestsOf(*shop.terrace.book.order(online)), 3);
    QCOMPARE(serverOrdersOnTable(serverSnapshot(shop.server.port(), shop.tokens.at(0).token), u"T9"_s).size(), 1);
}

void TestExtensionSync::orderMovedOntoATakenTableStaysWhole()
{
    Shop shop;
    QVERIFY2(shop.open(), qPrintable(shop.server.lastError()));
    ExtendedTerminal bar(&shop.bar, {u"restaurant"_s});
    ExtendedTerminal terrace(&shop.terrace, {u"restaurant"_s});
    const QUuid counter = shop.terrace.book.createOrder();
    QVERIFY(shop.terrace.book.addProduct(counter, product(u"CAKE"_s, 390)));
    QTRY_VERIFY_WITH_TIMEOUT(shop.bar.book.order(counter) && shop.terrace.store.outboxSize() == 0, 5000);

    // Bar opens T4 while Terrace moves its counter order there: whoever is second, no
    // order is cancelled and no line is lost; the table ends with one order.
    QString error;
    const QUuid opened = Tables::open(&shop.bar.book, u"T4"_s, 2, &error);
    QVERIFY(shop.bar.book.addProduct(opened, product(u"TEA"_s, 260)));
    QVERIFY2(Tables::move(&shop.terrace.book, counter, u"T4"_s, &error), qPrintable(error));
    auto settled = [&] {
        const QUuid atBar = Tables::occupied(shop.bar.book).value(u"T4"_s);
        return !atBar.isNull() && atBar == Tables::occupied(shop.terrace.book).value(u"T4"_s)
            && shop.bar.store.outboxSize() == 0 && shop.terrace.store.outboxSize() == 0
            && shop.bar.book.order(atBar)->revision == shop.terrace.book.order(atBar)->revision;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 10000);
    QVERIFY(shop.bar.book.order(counter) && shop.terrace.book.order(counter));
    const QUuid holder = Tables::occupied(shop.bar.book).value(u"T4"_s);
    if (holder == counter) {
        // Terrace's move came first: Bar's new order joined it.
        QTRY_VERIFY_WITH_TIMEOUT(!shop.bar.book.order(opened) && shop.bar.book.order(counter)->lines.size() == 2, 5000);
    } else {
        QCOMPARE(holder, opened);
        QVERIFY(Tables::tableOf(*shop.terrace.book.order(counter)).isEmpty());
        QCOMPARE(shop.terrace.book.order(counter)->lines.size(), 1);
        QVERIFY2(terrace.context.messages.join(' ').contains(u"was not moved there"_s),
                 qPrintable(terrace.context.messages.join(' ')));
    }
    QCOMPARE(serverOrdersOnTable(serverSnapshot(shop.server.port(), shop.tokens.at(0).token), u"T4"_s).size(), 1);
}

void TestExtensionSync::unknownFieldsSurviveATerminalWithoutTheExtension()
{
    Shop shop;
    QVERIFY2(shop.open(), qPrintable(shop.server.lastError()));
    ExtendedTerminal bar(&shop.bar, {u"notes"_s, u"restaurant"_s});
    ExtendedTerminal terrace(&shop.terrace, {u"restaurant"_s}); // has no notes

    const QUuid uid = shop.bar.book.createOrder();
    QUuid line;
    QVERIFY(shop.bar.book.addProduct(uid, product(u"SOUP"_s, 590), &line));
    QVERIFY(shop.bar.book.setLineExtension(uid, line, NoteKey, u"extra hot"_s));
    QVERIFY(shop.bar.book.setOrderExtension(uid, NoteKey, u"birthday"_s));
    QTRY_VERIFY_WITH_TIMEOUT(shop.terrace.book.order(uid)
                                 && shop.terrace.book.order(uid)->extensions.contains(NoteKey), 5000);
    // Terrace cannot set the field it does not know, but keeps it through its own edits.
    QVERIFY(!shop.terrace.book.setLineExtension(uid, line, NoteKey, u"mild"_s));
    QVERIFY(shop.terrace.book.setQuantity(uid, line, 2000));
    QString error;
    QCOMPARE(Tables::sendToKitchen(&shop.terrace.book, uid, &error), 1);
    QTRY_VERIFY_WITH_TIMEOUT(shop.bar.book.order(uid)->lines.first().quantity == 2000
                                 && Tables::unsentLines(*shop.bar.book.order(uid)) == 0, 5000);
    QCOMPARE(shop.bar.book.order(uid)->lines.first().extensions.value(NoteKey).toString(), u"extra hot"_s);
    QCOMPARE(shop.bar.book.order(uid)->extensions.value(NoteKey).toString(), u"birthday"_s);

    // Stored on the terrace's disk and on the server, untouched.
    OrderBook reloaded(&shop.terrace.store);
    QVERIFY(reloaded.load());
    QCOMPARE(reloaded.order(uid)->lines.first().extensions.value(NoteKey).toString(), u"extra hot"_s);
    const QJsonObject snapshot = serverSnapshot(shop.server.port(), shop.tokens.at(1).token);
    const QJsonObject onServer = snapshot[u"orders"_s].toArray().first().toObject();
    QCOMPARE(onServer[u"ext"_s][NoteKey].toString(), u"birthday"_s);
    QCOMPARE(onServer[u"lines"_s][0][u"ext"_s][NoteKey].toString(), u"extra hot"_s);
    QCOMPARE(onServer[u"lines"_s][0][u"ext"_s][Tables::sentKey()].toInt(), 2000);
}

void TestExtensionSync::concurrentNoteEditsFollowTheConflictRules()
{
    Shop shop;
    QVERIFY2(shop.open(), qPrintable(shop.server.lastError()));
    ExtendedTerminal bar(&shop.bar, {u"notes"_s});
    ExtendedTerminal terrace(&shop.terrace, {u"notes"_s});
    const QUuid uid = shop.bar.book.createOrder();
    QUuid line;
    QVERIFY(shop.bar.book.addProduct(uid, product(u"TEA"_s, 260), &line));
    QTRY_VERIFY_WITH_TIMEOUT(shop.terrace.book.order(uid) && shop.terrace.book.order(uid)->revision > 0
                                 && shop.bar.store.outboxSize() == 0, 5000);

    QSignalSpy barNotices(shop.bar.controller.get(), &SyncController::notice);
    QSignalSpy terraceNotices(shop.terrace.controller.get(), &SyncController::notice);
    QVERIFY(shop.bar.book.setLineExtension(uid, line, NoteKey, u"with milk"_s));
    QVERIFY(shop.terrace.book.setLineExtension(uid, line, NoteKey, u"with lemon"_s));
    auto noteAt = [&](TerminalNode &node) {
        return node.book.order(uid)->lines.first().extensions.value(NoteKey).toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(shop.bar.store.outboxSize() == 0 && shop.terrace.store.outboxSize() == 0
                                 && noteAt(shop.bar) == noteAt(shop.terrace), 5000);
    QCOMPARE(barNotices.size() + terraceNotices.size(), 1);
    const QString notice = (barNotices.isEmpty() ? terraceNotices : barNotices).first().first().toString();
    QVERIFY2(notice.contains(u"notes.text"_s), qPrintable(notice));
}

void TestExtensionSync::floorPlanIsSharedThroughTheServer()
{
    Shop shop;
    QVERIFY2(shop.open(), qPrintable(shop.server.lastError()));
    FloorPlan plan;
    plan.floors = {{u"Main room"_s, {u"T1"_s, u"T2"_s}}, {u"Terrace"_s, {u"Z1"_s}}};
    QString error;
    QVERIFY2(shop.bar.documents.set(FloorPlan::documentKey(), plan.toJson(), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(shop.terrace.documents.value(FloorPlan::documentKey()), plan.toJson(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(shop.bar.documents.revision(FloorPlan::documentKey()), 1, 5000);

    // A change based on an old revision is refused and the newer plan stays.
    QVERIFY(shop.terrace.documents.adopt(FloorPlan::documentKey(), plan.toJson(), 1));
    plan.floors.first().tables << u"T3"_s;
    QVERIFY(shop.bar.documents.set(FloorPlan::documentKey(), plan.toJson(), &error));
    QTRY_COMPARE_WITH_TIMEOUT(shop.terrace.documents.revision(FloorPlan::documentKey()), 2, 5000);
    QSignalSpy refused(&shop.terrace.documents, &SharedDocuments::refused);
    QVERIFY(shop.terrace.controller->publishDocument(FloorPlan::documentKey(), QJsonObject{{u"floors"_s, QJsonArray()}}, 1, &error));
    QVERIFY(refused.wait(5000));
    QVERIFY2(refused.first().at(1).toString().contains(u"changed restaurant.floors first"_s),
             qPrintable(refused.first().at(1).toString()));
    QCOMPARE(shop.terrace.documents.value(FloorPlan::documentKey()), plan.toJson());

    // A terminal that starts later gets the plan with its snapshot; offline nothing can change.
    TerminalNode late(u"Garden"_s, u"GAR"_s, u"Carol"_s);
    late.connectTo(shop.server.port(), shop.tokens.at(0).token, u"garden-1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(late.documents.value(FloorPlan::documentKey()), plan.toJson(), 5000);
    shop.server.kill();
    QTRY_VERIFY_WITH_TIMEOUT(shop.bar.controller->state() != SyncClient::State::Online, 10000);
    QVERIFY(!shop.bar.documents.set(FloorPlan::documentKey(), plan.toJson(), &error));
    QVERIFY2(error.contains(u"reachable"_s), qPrintable(error));
}


// A change the server refuses (here an extension value over its limit, from a terminal
// whose extensions do not check it) is undone on the terminal: it shows the order as
// the server has it, and the manager finds the refusal in the terminal's list.
void TestExtensionSync::refusedChangeGivesWayToTheServersOrder()
{
    Shop shop;
    QVERIFY2(shop.open(), qPrintable(shop.server.lastError()));
    const QUuid uid = shop.bar.book.createOrder();
    QVERIFY(shop.bar.book.addProduct(uid, product(u"COL"_s, 250)));
    QTRY_VERIFY_WITH_TIMEOUT(shop.bar.book.order(uid)->revision > 0, 10000);
    const qint64 revision = shop.bar.book.order(uid)->revision;

    QVERIFY(shop.bar.book.setOrderExtension(uid, u"big"_s, QString(20000, QLatin1Char('x'))));
    QVERIFY(shop.bar.book.order(uid)->extensions.contains(u"big"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!shop.bar.book.order(uid)->extensions.contains(u"big"_s), 10000);
    QCOMPARE(shop.bar.book.order(uid)->revision, revision);
    QCOMPARE(shop.bar.book.order(uid)->lines.size(), 1);

    QList<LocalStore::RefusedChange> refused;
    QVERIFY(shop.bar.store.loadRefusedChanges(&refused));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().orderUid, uid);
    QCOMPARE(refused.first().status, 400);
    QCOMPARE(refused.first().what, u"set ext:big"_s);
    QVERIFY2(refused.first().why.contains(u"ops[0].value"_s), qPrintable(refused.first().why));
    QVERIFY(!refused.first().order.isEmpty());

    // Still in step with the server: the next change goes through.
    QVERIFY(shop.bar.book.addProduct(uid, product(u"TEA"_s, 300)));
    QTRY_COMPARE_WITH_TIMEOUT(serverSnapshot(shop.server.port(), shop.tokens.at(0).token)
                                  .value(u"orders"_s).toArray().first().toObject().value(u"lines"_s).toArray().size(),
                              2, 10000);
}

QTEST_GUILESS_MAIN(TestExtensionSync)
#include "tst_extensionsync.moc"
