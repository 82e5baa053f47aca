#include "order.h"
#include "pricing.h"
#include "protocol.h"
#include "serverstore.h"
#include "sessionhub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using Protocol::Batch;
using Protocol::Operation;
using Protocol::OpKind;

Q_DECLARE_METATYPE(Protocol::Operation)

namespace {

const QString BarApp = u"bar-1"_s;
const QString TerraceApp = u"terrace-1"_s;
const QString KitchenApp = u"kitchen-1"_s;
const QString CafeApp = u"cafe-1"_s;
const QString Alice = u"Alice"_s;
const QString Bob = u"Bob"_s;
const QString Carol = u"Carol"_s;
const QString Dave = u"Dave"_s;

// The shared order of the rebase tests: A is 1 x 2.50, B is 2 x 4.00; C is never added by setup.
const QUuid LineA = QUuid::fromString(u"0a0a0a0a-0000-4000-8000-00000000000a"_s);
const QUuid LineB = QUuid::fromString(u"0b0b0b0b-0000-4000-8000-00000000000b"_s);
const QUuid LineC = QUuid::fromString(u"0c0c0c0c-0000-4000-8000-00000000000c"_s);
constexpr int TaxRate = 1000;

QString text(const QUuid &uid)
{
    return uid.toString(QUuid::WithoutBraces);
}

OrderLine makeLine(const QUuid &uid, qint64 unitPrice = 250, qint64 quantity = 1000)
{
    OrderLine line;
    line.uid = uid;
    line.productId = u"p%1"_s.arg(unitPrice);
    line.productName = u"Product %1"_s.arg(unitPrice);
    line.unitPrice = unitPrice;
    line.taxRate = TaxRate;
    line.quantity = quantity;
    return line;
}

qint64 sharedTotal()
{
    return Pricing::lineAmounts(250, 1000, 0, TaxRate).total + Pricing::lineAmounts(400, 2000, 0, TaxRate).total;
}

Operation createOp(const QString &reference = u"BAR-000001"_s)
{
    Operation op;
    op.kind = OpKind::Create;
    op.order.receiptReference = reference;
    op.order.currency = u"EUR"_s;
    op.order.createdAt = QDateTime::currentDateTimeUtc();
    return op;
}

Operation setOp(const QString &field, const QJsonValue &value)
{
    Operation op;
    op.kind = OpKind::Set;
    op.field = field;
    op.value = value;
    return op;
}

Operation addLineOp(const OrderLine &line)
{
    Operation op;
    op.kind = OpKind::AddLine;
    op.line = line;
    return op;
}

Operation setLineOp(const QUuid &line, const QString &field, const QJsonValue &value)
{
    Operation op;
    op.kind = OpKind::SetLine;
    op.lineUid = line;
    op.field = field;
    op.value = value;
    return op;
}

Operation addQuantityOp(const QUuid &line, qint64 delta)
{
    Operation op;
    op.kind = OpKind::SetLine;
    op.lineUid = line;
    op.field = u"quantity"_s;
    op.increment = true;
    op.delta = delta;
    return op;
}

Operation removeLineOp(const QUuid &line)
{
    Operation op;
    op.kind = OpKind::RemoveLine;
    op.lineUid = line;
    return op;
}

Payment payment(PaymentMethod method, qint64 amount)
{
    Payment paid;
    paid.uid = QUuid::createUuid();
    paid.method = method;
    paid.amount = amount;
    return paid;
}

Operation payOp(const QList<Payment> &payments, qint64 changeGiven = 0)
{
    Operation op;
    op.kind = OpKind::Pay;
    op.payments = payments;
    op.changeGiven = changeGiven;
    return op;
}

Operation payCardOp(qint64 amount)
{
    return payOp({payment(PaymentMethod::Card, amount)});
}

Operation cancelOp()
{
    Operation op;
    op.kind = OpKind::Cancel;
    return op;
}

Batch makeBatch(const QUuid &order, qint64 base, const QString &instance, const QString &user,
                const QList<Operation> &ops)
{
    Batch batch;
    batch.opId = QUuid::createUuid();
    batch.orderUid = order;
    batch.baseRevision = base;
    batch.instance = instance;
    batch.user = user;
    batch.ops = ops;
    return batch;
}

QJsonObject bodyOf(const HubReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

QJsonObject orderOf(const HubReply &reply)
{
    return bodyOf(reply).value(u"order"_s).toObject();
}

QJsonObject rejectionOf(const HubReply &reply, int index = 0)
{
    return bodyOf(reply).value(u"rejected"_s).toArray().at(index).toObject();
}

qint64 revisionOf(const QJsonObject &order)
{
    return order.value(u"revision"_s).toInteger();
}

int ticketOf(const HubReply &reply)
{
    return orderOf(reply).value(u"ticket"_s).toInt();
}

QJsonObject lineOf(const QJsonObject &order, const QUuid &uid)
{
    const QJsonArray lines = order.value(u"lines"_s).toArray();
    for (const QJsonValue &line : lines) {
        if (line[u"uid"_s].toString() == text(uid))
            return line.toObject();
    }
    return {};
}

qint64 quantityOf(const QJsonObject &order, const QUuid &line)
{
    return lineOf(order, line).value(u"quantity"_s).toInteger();
}

qint64 totalOf(const QJsonObject &order)
{
    qint64 total = 0;
    const QJsonArray lines = order.value(u"lines"_s).toArray();
    for (const QJsonValue &line : lines) {
        total += Pricing::lineAmounts(line[u"unit_price"_s].toInteger(), line[u"quantity"_s].toInteger(),
                                      line[u"discount"_s].toInt(), line[u"tax_rate"_s].toInt())
                     .total;
    }
    return total;
}

QList<qint64> seqsOf(const QByteArray &eventsBody)
{
    QList<qint64> seqs;
    const QJsonArray events = QJsonDocument::fromJson(eventsBody).object().value(u"events"_s).toArray();
    for (const QJsonValue &event : events)
        seqs.append(event[u"seq"_s].toInteger());
    return seqs;
}

QList<qint64> range(qint64 from, qint64 to)
{
    QList<qint64> values;
    for (qint64 value = from; value <= to; ++value)
        values.append(value);
    return values;
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

bool fieldHolds(const QJsonObject &object, const QString &field, const QJsonValue &value)
{
    if (Protocol::isExtensionField(field)) {
        const QJsonObject ext = object.value(u"ext"_s).toObject();
        const QString key = Protocol::extensionKey(field);
        return value.isNull() ? !ext.contains(key) : sameValue(ext.value(key), value);
    }
    return sameValue(object.value(field), value);
}

// Whether the effect of a set, set_line (by value), add_line or remove_line shows in the order.
bool holds(const QJsonObject &order, const Operation &op)
{
    switch (op.kind) {
    case OpKind::Set:
        return fieldHolds(order, op.field, op.value);
    case OpKind::SetLine: {
        const QJsonObject line = lineOf(order, op.lineUid);
        return !line.isEmpty() && !op.increment && fieldHolds(line, op.field, op.value);
    }
    case OpKind::AddLine:
        return !lineOf(order, op.line.uid).isEmpty();
    case OpKind::RemoveLine:
        return lineOf(order, op.lineUid).isEmpty();
    default:
        return false;
    }
}

} // namespace

class TestSessionHub : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createNumbersTicketsAndAppendsOneEventEach();
    void batchOfSeveralOpsAppendsOneEvent();

    void rebaseDisjointEditsAreAccepted_data();
    void rebaseDisjointEditsAreAccepted();
    void rebaseAddingLinesNeverConflicts_data();
    void rebaseAddingLinesNeverConflicts();
    void rebaseConcurrentSetsOfALineFieldConflict_data();
    void rebaseConcurrentSetsOfALineFieldConflict();
    void rebaseIncrementsCommute_data();
    void rebaseIncrementsCommute();
    void rebaseSetAfterAnIncrementConflicts();
    void rebaseRemovingAnEditedLineConflicts_data();
    void rebaseRemovingAnEditedLineConflicts();
    void rebaseEditingARemovedLineConflicts_data();
    void rebaseEditingARemovedLineConflicts();
    void rebaseRemovingARemovedLineIsANoOp();
    void rebaseOrderFields_data();
    void rebaseOrderFields();
    void extensionFieldsOnOrderAndLine();
    void uniqueValueIsHeldByOneOpenOrder();
    void sharedDocumentsHaveRevisionsAndEvents();
    void rebasePayOrCancelAfterAnyChangeConflicts_data();
    void rebasePayOrCancelAfterAnyChangeConflicts();
    void finalOrderRejectsEveryOp_data();
    void finalOrderRejectsEveryOp();
    void opAfterPayInTheSameBatchIsRejected();
    void changeComesOnlyFromMethodsThatGiveIt_data();
    void changeComesOnlyFromMethodsThatGiveIt();
    void rejectedBatchChangesNothing();

    void sameInstanceNeverConflictsWithItself();

    void replayReturnsTheFirstAnswer_data();
    void replayReturnsTheFirstAnswer();
    void restartKeepsOrdersAnswersAndNumbering();

    void invalidInputChangesNothing_data();
    void invalidInputChangesNothing();
    void unknownOrderWithoutCreate_data();
    void unknownOrderWithoutCreate();

    void ticketsHaveNoGapsOrDuplicates();

    void lastSessionClosingEndsTheRun();
    void sessionsSurviveRestart();
    void snapshotListsOpenOrdersOfTheRun();

    void eventsArePagedWithMore();
    void eventsBeyondRetentionNeedResync();

    void groupsAreConfined();

private:
    bool addTerminal(const GroupRecord &group, const QString &name, TerminalIdentity *identity);
    bool restart(const SessionHub::Options &options = SessionHub::Options());
    bool openSharedOrder();
    HubReply create(const TerminalIdentity &terminal, const QString &instance, const QString &user, const QUuid &order);
    HubReply fromBar(qint64 base, const QList<Operation> &ops);
    HubReply fromTerrace(qint64 base, const QList<Operation> &ops);
    QJsonObject snapshotOrder(const QUuid &uid);
    QJsonObject sharedOrder() { return snapshotOrder(m_order); }
    QList<QByteArray> eventPages(qint64 groupId, qint64 after);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<SessionHub> m_hub;
    GroupRecord m_shop;
    GroupRecord m_cafe;
    TerminalIdentity m_bar;
    TerminalIdentity m_terrace;
    TerminalIdentity m_kitchen;
    TerminalIdentity m_stranger;
    QUuid m_order;
};

bool TestSessionHub::addTerminal(const GroupRecord &group, const QString &name, TerminalIdentity *identity)
{
    TerminalRecord record;
    if (!m_store->addTerminal(group.id, name, "token-hash:" + name.toUtf8(), &record))
        return false;
    *identity = {record.id, group.id, record.name};
    return true;
}

void TestSessionHub::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ServerStore>();
    QVERIFY2(m_store->open(m_dir->filePath(u"s.sqlite"_s)), qPrintable(m_store->lastError()));
    QVERIFY(m_store->addGroup(u"Shop"_s, &m_shop));
    QVERIFY(m_store->addGroup(u"Cafe"_s, &m_cafe));
    QVERIFY(addTerminal(m_shop, u"Bar"_s, &m_bar));
    QVERIFY(addTerminal(m_shop, u"Terrace"_s, &m_terrace));
    QVERIFY(addTerminal(m_shop, u"Kitchen"_s, &m_kitchen));
    QVERIFY(addTerminal(m_cafe, u"Stranger"_s, &m_stranger));
    m_hub = std::make_unique<SessionHub>(m_store.get(), SessionHub::Options());
    m_order = QUuid::createUuid();
}

void TestSessionHub::cleanup()
{
    m_hub.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestSessionHub::restart(const SessionHub::Options &options)
{
    m_hub.reset();
    m_store.reset();
    m_store = std::make_unique<ServerStore>();
    if (!m_store->open(m_dir->filePath(u"s.sqlite"_s)))
        return false;
    m_hub = std::make_unique<SessionHub>(m_store.get(), options);
    return true;
}

bool TestSessionHub::openSharedOrder()
{
    const HubReply reply = m_hub->push(
        m_bar, makeBatch(m_order, 0, BarApp, Alice,
                         {createOp(), addLineOp(makeLine(LineA, 250, 1000)), addLineOp(makeLine(LineB, 400, 2000))}));
    return reply.status == 200 && revisionOf(orderOf(reply)) == 1 && totalOf(orderOf(reply)) == sharedTotal();
}

HubReply TestSessionHub::create(const TerminalIdentity &terminal, const QString &instance, const QString &user,
                                const QUuid &order)
{
    return m_hub->push(terminal, makeBatch(order, 0, instance, user, {createOp(), addLineOp(makeLine(QUuid::createUuid()))}));
}

HubReply TestSessionHub::fromBar(qint64 base, const QList<Operation> &ops)
{
    return m_hub->push(m_bar, makeBatch(m_order, base, BarApp, Alice, ops));
}

HubReply TestSessionHub::fromTerrace(qint64 base, const QList<Operation> &ops)
{
    return m_hub->push(m_terrace, makeBatch(m_order, base, TerraceApp, Bob, ops));
}

QJsonObject TestSessionHub::snapshotOrder(const QUuid &uid)
{
    const QJsonArray orders = bodyOf(m_hub->snapshot(m_shop.id)).value(u"orders"_s).toArray();
    for (const QJsonValue &order : orders) {
        if (order[u"uid"_s].toString() == text(uid))
            return order.toObject();
    }
    return {};
}

QList<QByteArray> TestSessionHub::eventPages(qint64 groupId, qint64 after)
{
    QList<QByteArray> pages;
    for (int guard = 0; guard < 100; ++guard) {
        const SessionHub::Events events = m_hub->events(groupId, after);
        if (events.hold || events.reply.status != 200)
            break;
        pages.append(events.reply.body);
        const QJsonObject page = bodyOf(events.reply);
        after = page.value(u"last_seq"_s).toInteger();
        if (!page.value(u"more"_s).toBool())
            break;
    }
    return pages;
}

void TestSessionHub::createNumbersTicketsAndAppendsOneEventEach()
{
    QSignalSpy appended(m_hub.get(), &SessionHub::eventsAppended);
    const QList<TerminalIdentity> terminals{m_bar, m_terrace, m_bar};
    const QStringList instances{BarApp, TerraceApp, BarApp};
    const QStringList users{Alice, Bob, Alice};
    QList<Batch> batches;
    for (int i = 0; i < 3; ++i) {
        const Batch batch = makeBatch(QUuid::createUuid(), 0, instances.at(i), users.at(i),
                                      {createOp(), addLineOp(makeLine(QUuid::createUuid()))});
        batches.append(batch);
        const HubReply reply = m_hub->push(terminals.at(i), batch);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = bodyOf(reply);
        QCOMPARE(body.value(u"result"_s).toString(), u"applied"_s);
        QCOMPARE(body.value(u"revision"_s).toInteger(), 1);
        QCOMPARE(body.value(u"seq"_s).toInteger(), i + 1);
        const QJsonObject order = body.value(u"order"_s).toObject();
        QCOMPARE(order.value(u"uid"_s).toString(), text(batch.orderUid));
        QCOMPARE(order.value(u"ticket"_s).toInt(), i + 1);
        QCOMPARE(revisionOf(order), 1);
        QCOMPARE(order.value(u"state"_s).toString(), u"open"_s);
        QCOMPARE(order[u"created_by"_s][u"terminal"_s].toString(), terminals.at(i).terminalName);
        QCOMPARE(order[u"created_by"_s][u"user"_s].toString(), users.at(i));
        QCOMPARE(order.value(u"lines"_s).toArray().size(), 1);
        QCOMPARE(appended.size(), i + 1);
        QCOMPARE(appended.last().at(0).toLongLong(), m_shop.id);
        QCOMPARE(appended.last().at(1).toLongLong(), i + 1);
    }
    QCOMPARE(m_hub->lastSeq(m_shop.id), 3);

    const SessionHub::Events all = m_hub->events(m_shop.id, 0);
    QVERIFY(!all.hold);
    QCOMPARE(all.reply.status, 200);
    const QJsonObject page = bodyOf(all.reply);
    const QJsonArray events = page.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 3);
    for (int i = 0; i < events.size(); ++i) {
        const QJsonObject event = events.at(i).toObject();
        QCOMPARE(event.value(u"seq"_s).toInteger(), i + 1);
        QCOMPARE(event.value(u"op_id"_s).toString(), text(batches.at(i).opId));
        QCOMPARE(event[u"order"_s][u"uid"_s].toString(), text(batches.at(i).orderUid));
        QCOMPARE(event[u"order"_s][u"ticket"_s].toInt(), i + 1);
        QCOMPARE(event[u"origin"_s][u"terminal"_s].toString(), terminals.at(i).terminalName);
        QCOMPARE(event[u"origin"_s][u"terminal_id"_s].toInteger(), terminals.at(i).terminalId);
        QCOMPARE(event[u"origin"_s][u"instance"_s].toString(), instances.at(i));
    }
    QCOMPARE(page.value(u"last_seq"_s).toInteger(), 3);
    QVERIFY(page.value(u"more"_s).isBool());
    QCOMPARE(page.value(u"more"_s).toBool(), false);

    const SessionHub::Events later = m_hub->events(m_shop.id, 1);
    QVERIFY(!later.hold);
    QCOMPARE(seqsOf(later.reply.body), (QList<qint64>{2, 3}));
    QVERIFY(m_hub->events(m_shop.id, 3).hold);
}

void TestSessionHub::batchOfSeveralOpsAppendsOneEvent()
{
    QVERIFY(openSharedOrder());
    QCOMPARE(m_hub->lastSeq(m_shop.id), 1);
    QSignalSpy appended(m_hub.get(), &SessionHub::eventsAppended);

    const HubReply reply = fromBar(1, {setOp(u"customer_name"_s, u"Table 4"_s), addLineOp(makeLine(LineC, 120)),
                                       setLineOp(LineA, u"quantity"_s, 3000), removeLineOp(LineB)});
    QCOMPARE(reply.status, 200);
    QCOMPARE(bodyOf(reply).value(u"revision"_s).toInteger(), 2);
    QCOMPARE(bodyOf(reply).value(u"seq"_s).toInteger(), 2);
    QCOMPARE(appended.size(), 1);
    QCOMPARE(m_hub->lastSeq(m_shop.id), 2);

    const SessionHub::Events events = m_hub->events(m_shop.id, 1);
    QCOMPARE(seqsOf(events.reply.body), (QList<qint64>{2}));
    const QJsonObject order = bodyOf(events.reply).value(u"events"_s).toArray().at(0)[u"order"_s].toObject();
    QCOMPARE(revisionOf(order), 2);
    QCOMPARE(order.value(u"customer_name"_s).toString(), u"Table 4"_s);
    QCOMPARE(quantityOf(order, LineA), 3000);
    QVERIFY(lineOf(order, LineB).isEmpty());
    QVERIFY(!lineOf(order, LineC).isEmpty());
    QCOMPARE(order, sharedOrder());
}

void TestSessionHub::rebaseDisjointEditsAreAccepted_data()
{
    QTest::addColumn<Operation>("first");
    QTest::addColumn<Operation>("second");

    QTest::newRow("different lines") << setLineOp(LineA, u"quantity"_s, 3000) << setLineOp(LineB, u"quantity"_s, 5000);
    QTest::newRow("different fields of one line")
        << setLineOp(LineA, u"quantity"_s, 3000) << setLineOp(LineA, u"discount"_s, 1000);
    QTest::newRow("line and order field")
        << setLineOp(LineA, u"quantity"_s, 3000) << setOp(u"customer_name"_s, u"Table 4"_s);
    QTest::newRow("line ext and line quantity")
        << setLineOp(LineA, u"ext:note"_s, u"no ice"_s) << setLineOp(LineA, u"quantity"_s, 2000);
    QTest::newRow("different order fields")
        << setOp(u"customer_name"_s, u"Table 4"_s) << setOp(u"ext:note"_s, u"window seat"_s);
    QTest::newRow("remove one line, edit another") << removeLineOp(LineB) << setLineOp(LineA, u"unit_price"_s, 300);
    QTest::newRow("edit one line, remove another") << setLineOp(LineA, u"discount"_s, 500) << removeLineOp(LineB);
}

void TestSessionHub::rebaseDisjointEditsAreAccepted()
{
    QFETCH(Operation, first);
    QFETCH(Operation, second);
    QVERIFY(openSharedOrder());

    const HubReply byBar = fromBar(1, {first});
    QCOMPARE(byBar.status, 200);
    QCOMPARE(revisionOf(orderOf(byBar)), 2);

    const HubReply byTerrace = fromTerrace(1, {second});
    QCOMPARE(byTerrace.status, 200);
    const QJsonObject order = orderOf(byTerrace);
    QCOMPARE(revisionOf(order), 3);
    QVERIFY(holds(order, first));
    QVERIFY(holds(order, second));
    QCOMPARE(order[u"changed_by"_s][u"terminal"_s].toString(), u"Terrace"_s);
    QCOMPARE(sharedOrder(), order);
    QCOMPARE(m_hub->lastSeq(m_shop.id), 3);
}

void TestSessionHub::rebaseAddingLinesNeverConflicts_data()
{
    QTest::addColumn<Operation>("change");

    QTest::newRow("after an order field") << setOp(u"customer_name"_s, u"Table 4"_s);
    QTest::newRow("after an order ext field") << setOp(u"ext:note"_s, u"window seat"_s);
    QTest::newRow("after a line set") << setLineOp(LineA, u"quantity"_s, 3000);
    QTest::newRow("after an increment") << addQuantityOp(LineA, 1000);
    QTest::newRow("after a removal") << removeLineOp(LineA);
    QTest::newRow("after another added line") << addLineOp(makeLine(QUuid::createUuid(), 90));
}

void TestSessionHub::rebaseAddingLinesNeverConflicts()
{
    QFETCH(Operation, change);
    QVERIFY(openSharedOrder());
    QCOMPARE(fromBar(1, {change}).status, 200);

    const HubReply added = fromTerrace(1, {addLineOp(makeLine(LineC, 120, 3000))});
    QCOMPARE(added.status, 200);
    const QJsonObject order = orderOf(added);
    QCOMPARE(revisionOf(order), 3);
    const QJsonObject line = lineOf(order, LineC);
    QCOMPARE(line.value(u"quantity"_s).toInteger(), 3000);
    QCOMPARE(line[u"created_by"_s][u"terminal"_s].toString(), u"Terrace"_s);
    QCOMPARE(line[u"created_by"_s][u"user"_s].toString(), Bob);
    if (!change.increment)
        QVERIFY(holds(order, change));
    else
        QCOMPARE(quantityOf(order, LineA), 2000);
}

void TestSessionHub::rebaseConcurrentSetsOfALineFieldConflict_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("barValue");
    QTest::addColumn<QJsonValue>("terraceValue");

    QTest::newRow("quantity") << u"quantity"_s << QJsonValue(3000) << QJsonValue(5000);
    QTest::newRow("discount") << u"discount"_s << QJsonValue(1000) << QJsonValue(2000);
    QTest::newRow("unit price") << u"unit_price"_s << QJsonValue(300) << QJsonValue(350);
    QTest::newRow("ext") << u"ext:note"_s << QJsonValue(u"no ice"_s) << QJsonValue(u"extra lemon"_s);
    QTest::newRow("ext removed vs set") << u"ext:note"_s << QJsonValue(QJsonValue::Null) << QJsonValue(u"lemon"_s);
}

void TestSessionHub::rebaseConcurrentSetsOfALineFieldConflict()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, barValue);
    QFETCH(QJsonValue, terraceValue);
    QVERIFY(openSharedOrder());

    const Operation barSet = setLineOp(LineA, field, barValue);
    QCOMPARE(fromBar(1, {barSet}).status, 200);
    const QJsonObject before = sharedOrder();
    const qint64 seq = m_hub->lastSeq(m_shop.id);
    QSignalSpy appended(m_hub.get(), &SessionHub::eventsAppended);

    const HubReply reply = fromTerrace(1, {setLineOp(LineA, field, terraceValue)});
    QCOMPARE(reply.status, 409);
    const QJsonObject body = bodyOf(reply);
    QCOMPARE(body.value(u"error"_s).toString(), u"conflict"_s);
    QVERIFY(!body.value(u"message"_s).toString().isEmpty());
    QCOMPARE(body.value(u"rejected"_s).toArray().size(), 1);
    const QJsonObject rejected = rejectionOf(reply);
    QCOMPARE(rejected.value(u"index"_s).toInt(), 0);
    QCOMPARE(rejected.value(u"op"_s).toString(), u"set_line"_s);
    QCOMPARE(rejected.value(u"reason"_s).toString(), u"line_changed"_s);
    QCOMPARE(rejected.value(u"line"_s).toString(), text(LineA));
    QCOMPARE(rejected.value(u"field"_s).toString(), field);
    QCOMPARE(rejected[u"by"_s][u"terminal"_s].toString(), u"Bar"_s);
    QCOMPARE(rejected[u"by"_s][u"user"_s].toString(), Alice);
    QCOMPARE(body.value(u"order"_s).toObject(), before);
    QVERIFY(holds(before, barSet));

    QCOMPARE(sharedOrder(), before);
    QCOMPARE(m_hub->lastSeq(m_shop.id), seq);
    QCOMPARE(appended.size(), 0);
}

void TestSessionHub::rebaseIncrementsCommute_data()
{
    QTest::addColumn<Operation>("first");
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<qint64>("quantity");

    QTest::newRow("two taps") << addQuantityOp(LineA, 1000) << qint64(1000) << qint64(3000);
    QTest::newRow("tap and return") << addQuantityOp(LineA, 2000) << qint64(-1000) << qint64(2000);
    QTest::newRow("tap after a typed value") << setLineOp(LineA, u"quantity"_s, 5000) << qint64(1000) << qint64(6000);
}

void TestSessionHub::rebaseIncrementsCommute()
{
    QFETCH(Operation, first);
    QFETCH(qint64, delta);
    QFETCH(qint64, quantity);
    QVERIFY(openSharedOrder());

    QCOMPARE(fromBar(1, {first}).status, 200);
    const HubReply tapped = fromTerrace(1, {addQuantityOp(LineA, delta)});
    QCOMPARE(tapped.status, 200);
    QCOMPARE(revisionOf(orderOf(tapped)), 3);
    QCOMPARE(quantityOf(orderOf(tapped), LineA), quantity);
    QCOMPARE(lineOf(orderOf(tapped), LineA)[u"changed_by"_s][u"terminal"_s].toString(), u"Terrace"_s);
    QCOMPARE(quantityOf(sharedOrder(), LineA), quantity);
}

void TestSessionHub::rebaseSetAfterAnIncrementConflicts()
{
    QVERIFY(openSharedOrder());
    QCOMPARE(fromBar(1, {addQuantityOp(LineA, 1000)}).status, 200);
    const qint64 seq = m_hub->lastSeq(m_shop.id);

    const HubReply typed = fromTerrace(1, {setLineOp(LineA, u"quantity"_s, 5000)});
    QCOMPARE(typed.status, 409);
    QCOMPARE(rejectionOf(typed).value(u"reason"_s).toString(), u"line_changed"_s);
    QCOMPARE(rejectionOf(typed)[u"by"_s][u"terminal"_s].toString(), u"Bar"_s);
    QCOMPARE(quantityOf(orderOf(typed), LineA), 2000);
    QCOMPARE(quantityOf(sharedOrder(), LineA), 2000);
    QCOMPARE(m_hub->lastSeq(m_shop.id), seq);

    const HubReply retyped = fromTerrace(2, {setLineOp(LineA, u"quantity"_s, 5000)});
    QCOMPARE(retyped.status, 200);
    QCOMPARE(quantityOf(orderOf(retyped), LineA), 5000);
}

void TestSessionHub::rebaseRemovingAnEditedLineConflicts_data()
{
    QTest::addColumn<Operation>("edit");

    QTest::newRow("quantity set") << setLineOp(LineA, u"quantity"_s, 3000);
    QTest::newRow("quantity increment") << addQuantityOp(LineA, 1000);
    QTest::newRow("discount") << setLineOp(LineA, u"discount"_s, 1000);
    QTest::newRow("ext") << setLineOp(LineA, u"ext:note"_s, u"no ice"_s);
}

void TestSessionHub::rebaseRemovingAnEditedLineConflicts()
{
    QFETCH(Operation, edit);
    QVERIFY(openSharedOrder());
    QCOMPARE(fromBar(1, {edit}).status, 200);
    const QJsonObject before = sharedOrder();

    const HubReply removed = fromTerrace(1, {removeLineOp(LineA)});
    QCOMPARE(removed.status, 409);
    QCOMPARE(bodyOf(removed).value(u"error"_s).toString(), u"conflict"_s);
    const QJsonObject rejected = rejectionOf(removed);
    QCOMPARE(rejected.value(u"op"_s).toString(), u"remove_line"_s);
    QCOMPARE(rejected.value(u"reason"_s).toString(), u"line_changed"_s);
    QCOMPARE(rejected.value(u"line"_s).toString(), text(LineA));
    QCOMPARE(rejected[u"by"_s][u"terminal"_s].toString(), u"Bar"_s);
    QVERIFY(!lineOf(orderOf(removed), LineA).isEmpty());
    QCOMPARE(sharedOrder(), before);
}

void TestSessionHub::rebaseEditingARemovedLineConflicts_data()
{
    QTest::addColumn<Operation>("edit");

    QTest::newRow("quantity set") << setLineOp(LineA, u"quantity"_s, 3000);
    QTest::newRow("quantity increment") << addQuantityOp(LineA, 1000);
    QTest::newRow("discount") << setLineOp(LineA, u"discount"_s, 1000);
    QTest::newRow("ext") << setLineOp(LineA, u"ext:note"_s, u"no ice"_s);
}

void TestSessionHub::rebaseEditingARemovedLineConflicts()
{
    QFETCH(Operation, edit);
    QVERIFY(openSharedOrder());
    QCOMPARE(fromBar(1, {removeLineOp(LineA)}).status, 200);
    const QJsonObject before = sharedOrder();
    const qint64 seq = m_hub->lastSeq(m_shop.id);

    const HubReply edited = fromTerrace(1, {edit});
    QCOMPARE(edited.status, 409);
    const QJsonObject rejected = rejectionOf(edited);
    QCOMPARE(rejected.value(u"op"_s).toString(), u"set_line"_s);
    QCOMPARE(rejected.value(u"reason"_s).toString(), u"line_removed"_s);
    QCOMPARE(rejected.value(u"line"_s).toString(), text(LineA));
    QCOMPARE(rejected[u"by"_s][u"terminal"_s].toString(), u"Bar"_s);
    QCOMPARE(rejected[u"by"_s][u"user"_s].toString(), Alice);
    QCOMPARE(orderOf(edited), before);
    QCOMPARE(sharedOrder(), before);
    QCOMPARE(m_hub->lastSeq(m_shop.id), seq);
}

void TestSessionHub::rebaseRemovingARemovedLineIsANoOp()
{
    QVERIFY(openSharedOrder());
    QCOMPARE(fromBar(1, {removeLineOp(LineA)}).status, 200);
    const qint64 seq = m_hub->lastSeq(m_shop.id);

    const HubReply again = fromTerrace(1, {removeLineOp(LineA)});
    QCOMPARE(again.status, 200);
    QCOMPARE(bodyOf(again).value(u"result"_s).toString(), u"applied"_s);
    const QJsonObject order = orderOf(again);
    QVERIFY(lineOf(order, LineA).isEmpty());
    QCOMPARE(order.value(u"lines"_s).toArray().size(), 1);
    QCOMPARE(quantityOf(order, LineB), 2000);
    // Nothing changed, so nothing is published.
    QCOMPARE(m_hub->lastSeq(m_shop.id), seq);
    QCOMPARE(sharedOrder(), order);
}

void TestSessionHub::rebaseOrderFields_data()
{
    QTest::addColumn<QString>("barField");
    QTest::addColumn<QString>("terraceField");
    QTest::addColumn<QString>("reason");

    QTest::newRow("customer name twice") << u"customer_name"_s << u"customer_name"_s << u"field_changed"_s;
    QTest::newRow("ext twice") << u"ext:note"_s << u"ext:note"_s << u"field_changed"_s;
    QTest::newRow("customer name and ext") << u"customer_name"_s << u"ext:note"_s << QString();
    QTest::newRow("two ext keys") << u"ext:note"_s << u"ext:table"_s << QString();
}

void TestSessionHub::rebaseOrderFields()
{
    QFETCH(QString, barField);
    QFETCH(QString, terraceField);
    QFETCH(QString, reason);
    QVERIFY(openSharedOrder());

    const Operation barSet = setOp(barField, u"Table 4"_s);
    const Operation terraceSet = setOp(terraceField, u"Table 7"_s);
    QCOMPARE(fromBar(1, {barSet}).status, 200);
    const QJsonObject before = sharedOrder();

    const HubReply reply = fromTerrace(1, {terraceSet});
    if (reason.isEmpty()) {
        QCOMPARE(reply.status, 200);
        QVERIFY(holds(orderOf(reply), barSet));
        QVERIFY(holds(orderOf(reply), terraceSet));
        QCOMPARE(revisionOf(sharedOrder()), 3);
        return;
    }
    QCOMPARE(reply.status, 409);
    const QJsonObject rejected = rejectionOf(reply);
    QCOMPARE(rejected.value(u"op"_s).toString(), u"set"_s);
    QCOMPARE(rejected.value(u"reason"_s).toString(), reason);
    QCOMPARE(rejected.value(u"field"_s).toString(), terraceField);
    QCOMPARE(rejected[u"by"_s][u"terminal"_s].toString(), u"Bar"_s);
    QVERIFY(holds(orderOf(reply), barSet));
    QCOMPARE(sharedOrder(), before);
}

void TestSessionHub::extensionFieldsOnOrderAndLine()
{
    QVERIFY(openSharedOrder());
    const QJsonObject allergy{{u"gluten"_s, true}, {u"nuts"_s, false}};
    const HubReply set = fromBar(1, {setOp(u"ext:note"_s, u"window seat"_s), setLineOp(LineA, u"ext:note"_s, u"no ice"_s),
                                     setLineOp(LineA, u"ext:allergy"_s, allergy)});
    QCOMPARE(set.status, 200);
    QJsonObject order = orderOf(set);
    QCOMPARE(order[u"ext"_s][u"note"_s].toString(), u"window seat"_s);
    QCOMPARE(lineOf(order, LineA)[u"ext"_s][u"note"_s].toString(), u"no ice"_s);
    QCOMPARE(lineOf(order, LineA)[u"ext"_s][u"allergy"_s].toObject(), allergy);
    QVERIFY(lineOf(order, LineB).value(u"ext"_s).toObject().isEmpty());

    const HubReply otherKey = fromTerrace(1, {setLineOp(LineA, u"ext:course"_s, 2), setOp(u"ext:table"_s, 12)});
    QCOMPARE(otherKey.status, 200);
    order = orderOf(otherKey);
    QCOMPARE(lineOf(order, LineA)[u"ext"_s][u"course"_s].toInt(), 2);
    QCOMPARE(lineOf(order, LineA)[u"ext"_s][u"note"_s].toString(), u"no ice"_s);
    QCOMPARE(order[u"ext"_s][u"table"_s].toInt(), 12);
    QCOMPARE(order[u"ext"_s][u"note"_s].toString(), u"window seat"_s);

    const HubReply sameKey = fromTerrace(1, {setLineOp(LineA, u"ext:note"_s, u"lemon"_s)});
    QCOMPARE(sameKey.status, 409);
    QCOMPARE(rejectionOf(sameKey).value(u"reason"_s).toString(), u"line_changed"_s);
    QCOMPARE(rejectionOf(sameKey).value(u"field"_s).toString(), u"ext:note"_s);

    const HubReply cleared = fromBar(3, {setOp(u"ext:note"_s, QJsonValue::Null), setLineOp(LineA, u"ext:note"_s, QJsonValue::Null)});
    QCOMPARE(cleared.status, 200);
    order = orderOf(cleared);
    QVERIFY(!order.value(u"ext"_s).toObject().contains(u"note"_s));
    QCOMPARE(order[u"ext"_s][u"table"_s].toInt(), 12);
    QVERIFY(!lineOf(order, LineA).value(u"ext"_s).toObject().contains(u"note"_s));
    QCOMPARE(lineOf(order, LineA)[u"ext"_s][u"allergy"_s].toObject(), allergy);
    QCOMPARE(sharedOrder(), order);
}

void TestSessionHub::uniqueValueIsHeldByOneOpenOrder()
{
    auto claim = [](const QString &table) {
        Operation op = setOp(u"ext:restaurant.table"_s, table);
        op.unique = true;
        return op;
    };
    auto skippedOf = [](const HubReply &reply) { return bodyOf(reply).value(u"skipped"_s).toArray(); };
    const QUuid first = QUuid::createUuid();
    const HubReply opened = m_hub->push(m_bar, makeBatch(first, 0, BarApp, Alice, {createOp(), claim(u"T5"_s)}));
    QCOMPARE(opened.status, 200);
    QVERIFY(skippedOf(opened).isEmpty());

    // A second order on the same value is created without it; the answer says who holds it.
    const QUuid second = QUuid::createUuid();
    const OrderLine soup = makeLine(QUuid::createUuid(), 590);
    const HubReply taken = m_hub->push(m_terrace, makeBatch(second, 0, TerraceApp, Bob,
                                                            {createOp(u"TER-000001"_s), claim(u"T5"_s), addLineOp(soup)}));
    QCOMPARE(taken.status, 200);
    QCOMPARE(skippedOf(taken).size(), 1);
    const QJsonObject skip = skippedOf(taken).first().toObject();
    QCOMPARE(skip.value(u"reason"_s).toString(), u"taken"_s);
    QCOMPARE(skip.value(u"holder"_s).toString(), text(first));
    QCOMPARE(skip.value(u"field"_s).toString(), u"ext:restaurant.table"_s);
    QCOMPARE(skip.value(u"value"_s).toString(), u"T5"_s);
    QCOMPARE(skip.value(u"index"_s).toInt(), 1);
    QVERIFY(!snapshotOrder(second).value(u"ext"_s).toObject().contains(u"restaurant.table"_s));
    QCOMPARE(snapshotOrder(second).value(u"lines"_s).toArray().size(), 1);

    // The answer is kept for the op_id like any other.
    const Batch replayed = makeBatch(QUuid::createUuid(), 0, KitchenApp, Carol, {createOp(u"KIT-000009"_s), claim(u"T5"_s)});
    const HubReply once = m_hub->push(m_kitchen, replayed);
    QCOMPARE(skippedOf(once).size(), 1);
    QCOMPARE(m_hub->push(m_kitchen, replayed).body, once.body);

    // Another value, the holder setting it again, and a plain set of an equal value are fine.
    const HubReply other = m_hub->push(m_terrace, makeBatch(second, 1, TerraceApp, Bob, {claim(u"T6"_s)}));
    QCOMPARE(other.status, 200);
    QVERIFY(skippedOf(other).isEmpty());
    const HubReply again = m_hub->push(m_bar, makeBatch(first, 1, BarApp, Alice, {claim(u"T5"_s)}));
    QCOMPARE(again.status, 200);
    QVERIFY(skippedOf(again).isEmpty());

    // Of two sets of the key in one batch the last counts; a skipped set leaves no trace
    // a later set by someone else could conflict with.
    const HubReply twice = m_hub->push(m_terrace, makeBatch(second, 2, TerraceApp, Bob, {claim(u"T7"_s), claim(u"T5"_s)}));
    QCOMPARE(twice.status, 200);
    QCOMPARE(skippedOf(twice).first()[u"index"_s].toInt(), 1);
    QCOMPARE(orderOf(twice)[u"ext"_s][u"restaurant.table"_s].toString(), u"T6"_s);
    const HubReply later = m_hub->push(m_kitchen, makeBatch(second, 2, KitchenApp, Carol, {claim(u"T8"_s)}));
    QCOMPARE(later.status, 200);
    QCOMPARE(orderOf(later)[u"ext"_s][u"restaurant.table"_s].toString(), u"T8"_s);
    QCOMPARE(m_hub->push(m_terrace, makeBatch(second, 3, TerraceApp, Bob, {claim(u"T6"_s)})).status, 200);
    const QUuid unchecked = QUuid::createUuid();
    QCOMPARE(m_hub->push(m_kitchen, makeBatch(unchecked, 0, KitchenApp, Carol,
                                              {createOp(u"KIT-000001"_s), setOp(u"ext:restaurant.table"_s, u"T5"_s)})).status,
             200);

    // Moving onto a held value keeps the old one and publishes nothing new.
    const qint64 seq = m_hub->lastSeq(m_shop.id);
    const HubReply move = m_hub->push(m_terrace, makeBatch(second, 4, TerraceApp, Bob, {claim(u"T5"_s)}));
    QCOMPARE(move.status, 200);
    QCOMPARE(skippedOf(move).size(), 1);
    QCOMPARE(orderOf(move)[u"ext"_s][u"restaurant.table"_s].toString(), u"T6"_s);
    QCOMPARE(revisionOf(orderOf(move)), 4);
    QCOMPARE(m_hub->lastSeq(m_shop.id), seq);

    // A paid order holds nothing: the table is free again, and a batch that ends paid binds nothing.
    const OrderLine line = makeLine(QUuid::createUuid());
    Operation pay;
    pay.kind = OpKind::Pay;
    Payment cash;
    cash.uid = QUuid::createUuid();
    cash.amount = Pricing::lineAmounts(250, 1000, 0, TaxRate).total;
    pay.payments = {cash};
    QCOMPARE(m_hub->push(m_bar, makeBatch(first, 2, BarApp, Alice, {addLineOp(line), pay})).status, 200);
    Operation cancel;
    cancel.kind = OpKind::Cancel;
    QCOMPARE(m_hub->push(m_kitchen, makeBatch(unchecked, 1, KitchenApp, Carol, {cancel})).status, 200);
    const HubReply moved = m_hub->push(m_terrace, makeBatch(second, 4, TerraceApp, Bob, {claim(u"T5"_s)}));
    QVERIFY(skippedOf(moved).isEmpty());
    QCOMPARE(orderOf(moved)[u"ext"_s][u"restaurant.table"_s].toString(), u"T5"_s);
    const HubReply paidOffline = m_hub->push(m_bar, makeBatch(QUuid::createUuid(), 0, BarApp, Alice,
                                                              {createOp(u"BAR-000002"_s), claim(u"T5"_s),
                                                               addLineOp(makeLine(QUuid::createUuid())), pay}));
    QCOMPARE(paidOffline.status, 200);
    QVERIFY(skippedOf(paidOffline).isEmpty());
}

void TestSessionHub::sharedDocumentsHaveRevisionsAndEvents()
{
    const qint64 before = m_hub->lastSeq(m_shop.id);
    Protocol::DocumentChange change;
    change.key = u"restaurant.floors"_s;
    change.value = QJsonObject{{u"floors"_s, QJsonArray{}}};
    change.instance = BarApp;
    change.user = Alice;
    const HubReply first = m_hub->putDocument(m_bar, change);
    QCOMPARE(first.status, 200);
    QCOMPARE(bodyOf(first)[u"document"_s][u"revision"_s].toInt(), 1);
    QCOMPARE(bodyOf(first)[u"document"_s][u"changed_by"_s][u"terminal"_s].toString(), u"Bar"_s);

    // Based on revision 0 again: someone changed it first.
    const HubReply stale = m_hub->putDocument(m_terrace, change);
    QCOMPARE(stale.status, 409);
    QVERIFY(bodyOf(stale)[u"message"_s].toString().contains(u"Alice (Bar) changed restaurant.floors first"_s));
    QCOMPARE(bodyOf(stale)[u"document"_s][u"revision"_s].toInt(), 1);

    change.baseRevision = 1;
    change.value = u"second"_s;
    QCOMPARE(m_hub->putDocument(m_terrace, change).status, 200);
    const QList<QByteArray> pages = eventPages(m_shop.id, before);
    QCOMPARE(pages.size(), 1);
    const QJsonArray events = bodyOf({200, pages.first()})[u"events"_s].toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(1)[u"document"_s][u"value"_s].toString(), u"second"_s);

    // Confined to the group, and kept across a restart.
    QCOMPARE(bodyOf(m_hub->snapshot(m_cafe.id))[u"documents"_s].toArray().size(), 0);
    QVERIFY(restart());
    const QJsonArray documents = bodyOf(m_hub->snapshot(m_shop.id))[u"documents"_s].toArray();
    QCOMPARE(documents.size(), 1);
    QCOMPARE(documents.first()[u"value"_s].toString(), u"second"_s);
    QCOMPARE(documents.first()[u"revision"_s].toInt(), 2);
}

void TestSessionHub::rebasePayOrCancelAfterAnyChangeConflicts_data()
{
    QTest::addColumn<Operation>("change");
    QTest::addColumn<bool>("cancel");

    const QList<QPair<const char *, Operation>> changes{
        {"customer name", setOp(u"customer_name"_s, u"Table 4"_s)},
        {"order ext", setOp(u"ext:note"_s, u"window seat"_s)},
        {"added line", addLineOp(makeLine(LineC, 120))},
        {"line set", setLineOp(LineB, u"quantity"_s, 3000)},
        {"line increment", addQuantityOp(LineB, 1000)},
        {"line ext", setLineOp(LineB, u"ext:note"_s, u"hot"_s)},
        {"removed line", removeLineOp(LineB)},
    };
    for (const auto &change : changes) {
        QTest::addRow("pay after %s", change.first) << change.second << false;
        QTest::addRow("cancel after %s", change.first) << change.second << true;
    }
}

void TestSessionHub::rebasePayOrCancelAfterAnyChangeConflicts()
{
    QFETCH(Operation, change);
    QFETCH(bool, cancel);
    QVERIFY(openSharedOrder());
    QCOMPARE(fromBar(1, {change}).status, 200);
    const QJsonObject before = sharedOrder();
    const qint64 seq = m_hub->lastSeq(m_shop.id);

    const HubReply stale = fromTerrace(1, {cancel ? cancelOp() : payCardOp(sharedTotal())});
    QCOMPARE(stale.status, 409);
    QCOMPARE(bodyOf(stale).value(u"error"_s).toString(), u"conflict"_s);
    const QJsonObject rejected = rejectionOf(stale);
    QCOMPARE(rejected.value(u"op"_s).toString(), cancel ? u"cancel"_s : u"pay"_s);
    QCOMPARE(rejected.value(u"reason"_s).toString(), u"order_changed"_s);
    QCOMPARE(rejected[u"by"_s][u"terminal"_s].toString(), u"Bar"_s);
    QCOMPARE(orderOf(stale), before);
    QCOMPARE(sharedOrder().value(u"state"_s).toString(), u"open"_s);
    QCOMPARE(m_hub->lastSeq(m_shop.id), seq);

    const HubReply current = fromTerrace(2, {cancel ? cancelOp() : payCardOp(totalOf(before))});
    QCOMPARE(current.status, 200);
    QCOMPARE(orderOf(current).value(u"state"_s).toString(), cancel ? u"cancelled"_s : u"paid"_s);
    QVERIFY(sharedOrder().isEmpty());
}

void TestSessionHub::finalOrderRejectsEveryOp_data()
{
    QTest::addColumn<bool>("cancelFirst");
    QTest::addColumn<Operation>("op");

    const QList<QPair<const char *, Operation>> ops{
        {"set", setOp(u"customer_name"_s, u"Table 4"_s)},
        {"set ext", setOp(u"ext:note"_s, u"late"_s)},
        {"add_line", addLineOp(makeLine(LineC, 120))},
        {"set_line", setLineOp(LineA, u"quantity"_s, 3000)},
        {"increment", addQuantityOp(LineA, 1000)},
        {"remove_line", removeLineOp(LineA)},
        {"pay", payCardOp(sharedTotal())},
        {"cancel", cancelOp()},
        {"create", createOp()},
    };
    for (const auto &op : ops) {
        QTest::addRow("%s on a paid order", op.first) << false << op.second;
        QTest::addRow("%s on a cancelled order", op.first) << true << op.second;
    }
}

void TestSessionHub::finalOrderRejectsEveryOp()
{
    QFETCH(bool, cancelFirst);
    QFETCH(Operation, op);
    QVERIFY(openSharedOrder());
    const HubReply finished = fromBar(1, {cancelFirst ? cancelOp() : payCardOp(sharedTotal())});
    QCOMPARE(finished.status, 200);
    const QString state = cancelFirst ? u"cancelled"_s : u"paid"_s;
    QCOMPARE(orderOf(finished).value(u"state"_s).toString(), state);
    const qint64 seq = m_hub->lastSeq(m_shop.id);
    QSignalSpy appended(m_hub.get(), &SessionHub::eventsAppended);

    const qint64 base = op.kind == OpKind::Create ? 0 : 2;
    for (const TerminalIdentity &terminal : {m_terrace, m_bar}) {
        const QString instance = terminal.terminalId == m_bar.terminalId ? BarApp : TerraceApp;
        const HubReply reply = m_hub->push(terminal, makeBatch(m_order, base, instance, Bob, {op}));
        QCOMPARE(reply.status, 409);
        QCOMPARE(bodyOf(reply).value(u"error"_s).toString(), u"conflict"_s);
        QCOMPARE(rejectionOf(reply).value(u"reason"_s).toString(), u"order_final"_s);
        QCOMPARE(rejectionOf(reply).value(u"op"_s).toString(), Protocol::opName(op.kind));
        QCOMPARE(orderOf(reply).value(u"state"_s).toString(), state);
        QCOMPARE(revisionOf(orderOf(reply)), 2);
    }
    QCOMPARE(m_hub->lastSeq(m_shop.id), seq);
    QCOMPARE(appended.size(), 0);
}

void TestSessionHub::opAfterPayInTheSameBatchIsRejected()
{
    QVERIFY(openSharedOrder());
    const QJsonObject before = sharedOrder();

    const HubReply reply = fromBar(1, {payCardOp(sharedTotal()), setOp(u"customer_name"_s, u"late"_s)});
    QCOMPARE(reply.status, 422);
    QCOMPARE(bodyOf(reply).value(u"error"_s).toString(), u"invalid"_s);
    QVERIFY(bodyOf(reply).value(u"message"_s).toString().startsWith(u"ops[1]"_s));
    QCOMPARE(sharedOrder(), before);
    QCOMPARE(m_hub->lastSeq(m_shop.id), 1);
}

void TestSessionHub::changeComesOnlyFromMethodsThatGiveIt_data()
{
    QTest::addColumn<bool>("givesChange");
    QTest::addColumn<int>("status");
    QTest::newRow("a voucher that gives change") << true << 200;
    QTest::newRow("a voucher that keeps the rest") << false << 422;
}

// The shop says which of its own methods give change; the server holds the terminal to it.
void TestSessionHub::changeComesOnlyFromMethodsThatGiveIt()
{
    QFETCH(bool, givesChange);
    QFETCH(int, status);
    QVERIFY(openSharedOrder());
    Payment voucher = payment(PaymentMethod::Other, sharedTotal() + 500);
    voucher.otherId = u"voucher"_s;
    voucher.otherName = u"Voucher"_s;
    voucher.givesChange = givesChange;
    const HubReply reply = fromBar(1, {payOp({voucher}, 500)});
    QCOMPARE(reply.status, status);
    if (status == 200) {
        const QJsonObject paid = bodyOf(reply).value(u"order"_s).toObject();
        QCOMPARE(paid.value(u"payments"_s).toArray().first().toObject().value(u"name"_s).toString(), u"Voucher"_s);
        QCOMPARE(paid.value(u"change_given"_s).toInteger(), 500);
    }
}

void TestSessionHub::rejectedBatchChangesNothing()
{
    QVERIFY(openSharedOrder());
    QCOMPARE(fromBar(1, {setLineOp(LineA, u"quantity"_s, 3000)}).status, 200);
    const QJsonObject before = sharedOrder();
    const qint64 seq = m_hub->lastSeq(m_shop.id);
    QSignalSpy appended(m_hub.get(), &SessionHub::eventsAppended);

    const QList<Operation> good{setOp(u"customer_name"_s, u"Table 4"_s), addLineOp(makeLine(LineC, 120)),
                                setLineOp(LineB, u"discount"_s, 500)};
    const HubReply rejected = fromTerrace(1, good + QList<Operation>{setLineOp(LineA, u"quantity"_s, 9000)});
    QCOMPARE(rejected.status, 409);
    QCOMPARE(bodyOf(rejected).value(u"rejected"_s).toArray().size(), 1);
    QCOMPARE(rejectionOf(rejected).value(u"index"_s).toInt(), 3);
    QCOMPARE(rejectionOf(rejected).value(u"reason"_s).toString(), u"line_changed"_s);
    QCOMPARE(orderOf(rejected), before);
    QCOMPARE(sharedOrder(), before);
    QCOMPARE(revisionOf(sharedOrder()), 2);
    QCOMPARE(m_hub->lastSeq(m_shop.id), seq);
    QVERIFY(m_hub->events(m_shop.id, seq).hold);
    QCOMPARE(appended.size(), 0);

    const HubReply resent = fromTerrace(2, good);
    QCOMPARE(resent.status, 200);
    for (const Operation &op : good)
        QVERIFY(holds(orderOf(resent), op));
    QCOMPARE(quantityOf(orderOf(resent), LineA), 3000);
}

void TestSessionHub::sameInstanceNeverConflictsWithItself()
{
    QVERIFY(openSharedOrder());
    QCOMPARE(fromBar(1, {setLineOp(LineA, u"quantity"_s, 2000)}).status, 200);
    const HubReply second = fromBar(1, {setLineOp(LineA, u"quantity"_s, 3000)});
    QCOMPARE(second.status, 200);
    QCOMPARE(revisionOf(orderOf(second)), 3);
    QCOMPARE(quantityOf(orderOf(second), LineA), 3000);
    QCOMPARE(fromBar(1, {removeLineOp(LineB), setOp(u"customer_name"_s, u"Table 4"_s)}).status, 200);
    QCOMPARE(fromBar(1, {setOp(u"customer_name"_s, u"Table 5"_s)}).status, 200);

    const HubReply otherDevice =
        m_hub->push(m_bar, makeBatch(m_order, 1, u"bar-2"_s, Alice, {setLineOp(LineA, u"quantity"_s, 4000)}));
    QCOMPARE(otherDevice.status, 409);
    QCOMPARE(rejectionOf(otherDevice).value(u"reason"_s).toString(), u"line_changed"_s);
    QCOMPARE(rejectionOf(otherDevice)[u"by"_s][u"terminal"_s].toString(), u"Bar"_s);

    const QJsonObject order = sharedOrder();
    QCOMPARE(revisionOf(order), 5);
    const HubReply paid = fromBar(1, {payCardOp(totalOf(order))});
    QCOMPARE(paid.status, 200);
    QCOMPARE(orderOf(paid).value(u"state"_s).toString(), u"paid"_s);
    QCOMPARE(orderOf(paid).value(u"customer_name"_s).toString(), u"Table 5"_s);
}

void TestSessionHub::replayReturnsTheFirstAnswer_data()
{
    QTest::addColumn<bool>("conflicting");

    QTest::newRow("accepted") << false;
    QTest::newRow("conflicting") << true;
}

void TestSessionHub::replayReturnsTheFirstAnswer()
{
    QFETCH(bool, conflicting);
    QVERIFY(openSharedOrder());
    QCOMPARE(fromBar(1, {setLineOp(LineA, u"quantity"_s, 3000)}).status, 200);

    const Batch batch = makeBatch(m_order, 1, TerraceApp, Bob, {setLineOp(conflicting ? LineA : LineB, u"quantity"_s, 5000)});
    const HubReply first = m_hub->push(m_terrace, batch);
    QCOMPARE(first.status, conflicting ? 409 : 200);
    const QJsonObject afterFirst = sharedOrder();
    const qint64 seq = m_hub->lastSeq(m_shop.id);
    QSignalSpy appended(m_hub.get(), &SessionHub::eventsAppended);

    const HubReply again = m_hub->push(m_terrace, batch);
    QCOMPARE(again.status, first.status);
    QCOMPARE(again.body, first.body);
    QCOMPARE(sharedOrder(), afterFirst);
    QCOMPARE(m_hub->lastSeq(m_shop.id), seq);
    QCOMPARE(appended.size(), 0);

    QCOMPARE(fromBar(revisionOf(afterFirst), {setLineOp(LineB, u"discount"_s, 500)}).status, 200);
    const HubReply later = m_hub->push(m_terrace, batch);
    QCOMPARE(later.status, first.status);
    if (conflicting) {
        // The same rejection, with the order as it is now, not as it was then.
        QJsonObject laterBody = QJsonDocument::fromJson(later.body).object();
        QJsonObject firstBody = QJsonDocument::fromJson(first.body).object();
        QCOMPARE(laterBody.take(u"order"_s).toObject(), sharedOrder());
        firstBody.remove(u"order"_s);
        QCOMPARE(laterBody, firstBody);
    } else {
        QCOMPARE(later.body, first.body);
    }
    QCOMPARE(revisionOf(sharedOrder()), revisionOf(afterFirst) + 1);
    QCOMPARE(m_hub->lastSeq(m_shop.id), seq + 1);
}

void TestSessionHub::restartKeepsOrdersAnswersAndNumbering()
{
    const Batch created = makeBatch(m_order, 0, BarApp, Alice,
                                    {createOp(), addLineOp(makeLine(LineA, 250, 1000)), addLineOp(makeLine(LineB, 400, 2000))});
    const HubReply createdReply = m_hub->push(m_bar, created);
    QCOMPARE(createdReply.status, 200);
    QCOMPARE(ticketOf(createdReply), 1);
    const Batch edit = makeBatch(m_order, 1, BarApp, Alice, {setLineOp(LineA, u"quantity"_s, 3000), setOp(u"ext:note"_s, u"vip"_s)});
    const HubReply editReply = m_hub->push(m_bar, edit);
    QCOMPARE(editReply.status, 200);
    const Batch conflict = makeBatch(m_order, 1, TerraceApp, Bob, {setLineOp(LineA, u"quantity"_s, 5000)});
    const HubReply conflictReply = m_hub->push(m_terrace, conflict);
    QCOMPARE(conflictReply.status, 409);
    const QUuid paid = QUuid::createUuid();
    QCOMPARE(ticketOf(create(m_terrace, TerraceApp, Bob, paid)), 2);
    QCOMPARE(m_hub->push(m_terrace, makeBatch(paid, 1, TerraceApp, Bob, {payCardOp(250)})).status, 200);
    const QJsonObject before = sharedOrder();
    const qint64 seq = m_hub->lastSeq(m_shop.id);
    QCOMPARE(seq, 4);
    const QList<QByteArray> pagesBefore = eventPages(m_shop.id, 0);

    QVERIFY(restart());

    for (const auto &[batch, reply] : {std::pair{created, createdReply}, std::pair{edit, editReply},
                                      std::pair{conflict, conflictReply}}) {
        const HubReply replayed = m_hub->push(batch.instance == BarApp ? m_bar : m_terrace, batch);
        QCOMPARE(replayed.status, reply.status);
        QCOMPARE(replayed.body, reply.body);
    }
    QCOMPARE(m_hub->lastSeq(m_shop.id), seq);
    QCOMPARE(eventPages(m_shop.id, 0), pagesBefore);

    const QJsonObject snapshot = bodyOf(m_hub->snapshot(m_shop.id));
    QCOMPARE(snapshot.value(u"orders"_s).toArray().size(), 1);
    QCOMPARE(snapshot.value(u"next_ticket"_s).toInt(), 3);
    QCOMPARE(snapshot.value(u"last_seq"_s).toInteger(), seq);
    QCOMPARE(sharedOrder(), before);
    QCOMPARE(revisionOf(before), 2);
    QCOMPARE(quantityOf(before, LineA), 3000);

    const HubReply next = create(m_bar, BarApp, Alice, QUuid::createUuid());
    QCOMPARE(next.status, 200);
    QCOMPARE(ticketOf(next), 3);
    QCOMPARE(bodyOf(next).value(u"seq"_s).toInteger(), seq + 1);

    const HubReply stale = fromTerrace(1, {setLineOp(LineA, u"quantity"_s, 7000)});
    QCOMPARE(stale.status, 409);
    QCOMPARE(rejectionOf(stale).value(u"reason"_s).toString(), u"line_changed"_s);
    QCOMPARE(rejectionOf(stale)[u"by"_s][u"terminal"_s].toString(), u"Bar"_s);
    const HubReply own = fromBar(1, {setLineOp(LineA, u"quantity"_s, 4000)});
    QCOMPARE(own.status, 200);
    QCOMPARE(revisionOf(orderOf(own)), 3);
    const HubReply added = fromTerrace(1, {addLineOp(makeLine(LineC, 120))});
    QCOMPARE(added.status, 200);
    QCOMPARE(orderOf(added).value(u"lines"_s).toArray().size(), 3);

    const HubReply onPaid = m_hub->push(m_bar, makeBatch(paid, 2, BarApp, Alice, {cancelOp()}));
    QCOMPARE(onPaid.status, 409);
    QCOMPARE(rejectionOf(onPaid).value(u"reason"_s).toString(), u"order_final"_s);
}

void TestSessionHub::invalidInputChangesNothing_data()
{
    QTest::addColumn<qint64>("base");
    QTest::addColumn<Operation>("op");
    QTest::addColumn<QString>("message");

    const qint64 total = sharedTotal();
    QTest::newRow("set_line of a line that never existed") << qint64(1) << setLineOp(LineC, u"quantity"_s, 2000) << u"no line"_s;
    QTest::newRow("increment of a line that never existed") << qint64(1) << addQuantityOp(LineC, 1000) << u"no line"_s;
    QTest::newRow("remove_line of a line that never existed") << qint64(1) << removeLineOp(LineC) << u"no line"_s;
    QTest::newRow("add_line with a duplicate uid") << qint64(1) << addLineOp(makeLine(LineA, 90)) << u"exists already"_s;
    QTest::newRow("pay short of the total") << qint64(1) << payCardOp(total - 1) << u"cover"_s;
    QTest::newRow("pay with the wrong change")
        << qint64(1) << payOp({payment(PaymentMethod::Cash, total + 1000)}, 900) << u"cover"_s;
    QTest::newRow("pay with change not given")
        << qint64(1) << payOp({payment(PaymentMethod::Cash, total + 1000)}, 0) << u"cover"_s;
    QTest::newRow("pay with change from a card")
        << qint64(1) << payOp({payment(PaymentMethod::Card, total + 1000)}, 1000) << u"cover"_s;
    QTest::newRow("create for an existing order") << qint64(0) << createOp() << u"exists already"_s;
    QTest::newRow("base revision ahead") << qint64(2) << setLineOp(LineA, u"quantity"_s, 2000) << u"ahead"_s;
    QTest::newRow("quantity out of range") << qint64(1) << addQuantityOp(LineA, Pricing::MaxQuantity) << u"range"_s;
}

void TestSessionHub::invalidInputChangesNothing()
{
    QFETCH(qint64, base);
    QFETCH(Operation, op);
    QFETCH(QString, message);
    QVERIFY(openSharedOrder());
    const QJsonObject before = sharedOrder();
    QSignalSpy appended(m_hub.get(), &SessionHub::eventsAppended);

    QList<Operation> ops{op};
    if (op.kind != OpKind::Create)
        ops.prepend(setOp(u"customer_name"_s, u"Table 9"_s));
    const HubReply reply = fromTerrace(base, ops);
    QCOMPARE(reply.status, 422);
    QCOMPARE(bodyOf(reply).value(u"error"_s).toString(), u"invalid"_s);
    QVERIFY2(bodyOf(reply).value(u"message"_s).toString().contains(message), reply.body.constData());
    QCOMPARE(sharedOrder(), before);
    QCOMPARE(m_hub->lastSeq(m_shop.id), 1);
    QCOMPARE(appended.size(), 0);
    QCOMPARE(bodyOf(m_hub->snapshot(m_shop.id)).value(u"next_ticket"_s).toInt(), 2);
}

void TestSessionHub::unknownOrderWithoutCreate_data()
{
    QTest::addColumn<Operation>("op");

    QTest::newRow("set") << setOp(u"customer_name"_s, u"Table 4"_s);
    QTest::newRow("add_line") << addLineOp(makeLine(LineA));
    QTest::newRow("set_line") << setLineOp(LineA, u"quantity"_s, 2000);
    QTest::newRow("remove_line") << removeLineOp(LineA);
    QTest::newRow("pay") << payCardOp(250);
    QTest::newRow("cancel") << cancelOp();
}

void TestSessionHub::unknownOrderWithoutCreate()
{
    QFETCH(Operation, op);
    QSignalSpy appended(m_hub.get(), &SessionHub::eventsAppended);

    const HubReply reply = fromBar(1, {op});
    QCOMPARE(reply.status, 404);
    QCOMPARE(bodyOf(reply).value(u"error"_s).toString(), u"unknown_order"_s);
    QCOMPARE(m_hub->lastSeq(m_shop.id), 0);
    QCOMPARE(appended.size(), 0);
    QVERIFY(bodyOf(m_hub->snapshot(m_shop.id)).value(u"orders"_s).toArray().isEmpty());
    QCOMPARE(ticketOf(create(m_bar, BarApp, Alice, QUuid::createUuid())), 1);
}

void TestSessionHub::ticketsHaveNoGapsOrDuplicates()
{
    const QList<TerminalIdentity> terminals{m_bar, m_terrace, m_kitchen};
    const QStringList instances{BarApp, TerraceApp, KitchenApp};
    const QStringList users{Alice, Bob, Carol};
    QList<QUuid> orders;
    QList<int> tickets;
    for (int i = 0; i < 200; ++i) {
        const int who = i % 3;
        const QUuid order = QUuid::createUuid();
        const HubReply reply = create(terminals.at(who), instances.at(who), users.at(who), order);
        QCOMPARE(reply.status, 200);
        tickets.append(ticketOf(reply));
        orders.append(order);
        if (i % 7 == 6) {
            const int other = (who + 1) % 3;
            const HubReply tap = m_hub->push(terminals.at(other), makeBatch(orders.at(i - 3), 1, instances.at(other), users.at(other),
                                                                             {addLineOp(makeLine(QUuid::createUuid(), 90))}));
            QCOMPARE(tap.status, 200);
        }
    }
    QList<int> expected;
    for (int ticket = 1; ticket <= 200; ++ticket)
        expected.append(ticket);
    QCOMPARE(tickets, expected);

    const QJsonObject snapshot = bodyOf(m_hub->snapshot(m_shop.id));
    QCOMPARE(snapshot.value(u"next_ticket"_s).toInt(), 201);
    QList<int> listed;
    QSet<QString> uids;
    for (const QJsonValue &order : snapshot.value(u"orders"_s).toArray()) {
        listed.append(order[u"ticket"_s].toInt());
        uids.insert(order[u"uid"_s].toString());
    }
    std::sort(listed.begin(), listed.end());
    QCOMPARE(listed, expected);
    QCOMPARE(uids.size(), 200);

    QList<qint64> seqs;
    for (const QByteArray &page : eventPages(m_shop.id, 0))
        seqs += seqsOf(page);
    QCOMPARE(seqs, range(1, m_hub->lastSeq(m_shop.id)));
    QCOMPARE(seqs.size(), 200 + 200 / 7);
}

void TestSessionHub::lastSessionClosingEndsTheRun()
{
    const QJsonObject opened = bodyOf(m_hub->openSession(m_bar, BarApp));
    const qint64 run = opened.value(u"run"_s).toInteger();
    QVERIFY(run > 0);
    QCOMPARE(opened.value(u"next_ticket"_s).toInt(), 1);
    QCOMPARE(opened.value(u"open_sessions"_s).toInt(), 1);
    const QJsonObject joined = bodyOf(m_hub->openSession(m_terrace, TerraceApp));
    QCOMPARE(joined.value(u"run"_s).toInteger(), run);
    QCOMPARE(joined.value(u"open_sessions"_s).toInt(), 2);

    const QUuid first = QUuid::createUuid();
    const QUuid paid = QUuid::createUuid();
    const QUuid third = QUuid::createUuid();
    QCOMPARE(ticketOf(create(m_bar, BarApp, Alice, first)), 1);
    QCOMPARE(ticketOf(create(m_terrace, TerraceApp, Bob, paid)), 2);
    QCOMPARE(ticketOf(create(m_bar, BarApp, Alice, third)), 3);
    QCOMPARE(m_hub->push(m_terrace, makeBatch(paid, 1, TerraceApp, Bob, {payCardOp(250)})).status, 200);
    const qint64 seq = m_hub->lastSeq(m_shop.id);

    const HubReply barClosed = m_hub->closeSession(m_bar, BarApp);
    QCOMPARE(barClosed.status, 200);
    QCOMPARE(bodyOf(barClosed).value(u"run_ended"_s).toBool(), false);
    QCOMPARE(bodyOf(barClosed).value(u"open_sessions"_s).toInt(), 1);
    QCOMPARE(bodyOf(m_hub->snapshot(m_shop.id)).value(u"orders"_s).toArray().size(), 2);
    QCOMPARE(m_hub->lastSeq(m_shop.id), seq);

    QSignalSpy appended(m_hub.get(), &SessionHub::eventsAppended);
    const HubReply terraceClosed = m_hub->closeSession(m_terrace, TerraceApp);
    QCOMPARE(terraceClosed.status, 200);
    const QJsonObject ended = bodyOf(terraceClosed);
    QCOMPARE(ended.value(u"run_ended"_s).toBool(), true);
    QCOMPARE(ended.value(u"run"_s).toInteger(), run);
    QCOMPARE(ended.value(u"abandoned_orders"_s).toInt(), 2);
    QCOMPARE(ended.value(u"open_sessions"_s).toInt(), 0);
    QCOMPARE(m_hub->lastSeq(m_shop.id), seq + 2);
    QCOMPARE(appended.size(), 1);
    QCOMPARE(appended.at(0).at(1).toLongLong(), seq + 2);

    const SessionHub::Events archived = m_hub->events(m_shop.id, seq);
    QCOMPARE(seqsOf(archived.reply.body), (QList<qint64>{seq + 1, seq + 2}));
    QSet<QString> abandoned;
    for (const QJsonValue &event : bodyOf(archived.reply).value(u"events"_s).toArray()) {
        const QJsonObject order = event[u"order"_s].toObject();
        QCOMPARE(order.value(u"state"_s).toString(), u"cancelled"_s);
        QCOMPARE(order.value(u"abandoned"_s).toBool(), true);
        QCOMPARE(revisionOf(order), 2);
        abandoned.insert(order.value(u"uid"_s).toString());
    }
    QCOMPARE(abandoned, (QSet<QString>{text(first), text(third)}));

    const QJsonObject empty = bodyOf(m_hub->snapshot(m_shop.id));
    QVERIFY(empty.value(u"orders"_s).toArray().isEmpty());
    QCOMPARE(empty.value(u"next_ticket"_s).toInt(), 1);
    QCOMPARE(empty.value(u"last_seq"_s).toInteger(), seq + 2);

    const QJsonObject reopened = bodyOf(m_hub->openSession(m_bar, BarApp));
    const qint64 nextRun = reopened.value(u"run"_s).toInteger();
    QVERIFY(nextRun > 0);
    QVERIFY(nextRun != run);
    QCOMPARE(reopened.value(u"next_ticket"_s).toInt(), 1);
    QCOMPARE(ticketOf(create(m_bar, BarApp, Alice, QUuid::createUuid())), 1);

    const HubReply late = m_hub->push(m_terrace, makeBatch(first, 1, TerraceApp, Bob, {setOp(u"customer_name"_s, u"Table 4"_s)}));
    QCOMPARE(late.status, 409);
    QCOMPARE(bodyOf(late).value(u"error"_s).toString(), u"conflict"_s);
    QCOMPARE(rejectionOf(late).value(u"reason"_s).toString(), u"order_final"_s);
    QCOMPARE(orderOf(late).value(u"state"_s).toString(), u"cancelled"_s);
    QCOMPARE(orderOf(late).value(u"abandoned"_s).toBool(), true);
    QCOMPARE(bodyOf(m_hub->snapshot(m_shop.id)).value(u"orders"_s).toArray().size(), 1);
}

void TestSessionHub::sessionsSurviveRestart()
{
    QCOMPARE(m_hub->openSession(m_bar, BarApp).status, 200);
    QCOMPARE(m_hub->openSession(m_terrace, TerraceApp).status, 200);
    QCOMPARE(ticketOf(create(m_bar, BarApp, Alice, m_order)), 1);

    QVERIFY(restart());
    QCOMPARE(bodyOf(m_hub->closeSession(m_bar, BarApp)).value(u"run_ended"_s).toBool(), false);
    QCOMPARE(snapshotOrder(m_order).value(u"ticket"_s).toInt(), 1);
    QCOMPARE(ticketOf(create(m_terrace, TerraceApp, Bob, QUuid::createUuid())), 2);

    const QJsonObject ended = bodyOf(m_hub->closeSession(m_terrace, TerraceApp));
    QCOMPARE(ended.value(u"run_ended"_s).toBool(), true);
    QCOMPARE(ended.value(u"abandoned_orders"_s).toInt(), 2);
}

void TestSessionHub::snapshotListsOpenOrdersOfTheRun()
{
    QList<QUuid> orders;
    QList<QJsonObject> latest;
    for (int i = 0; i < 4; ++i) {
        orders.append(QUuid::createUuid());
        const HubReply reply = create(i % 2 ? m_terrace : m_bar, i % 2 ? TerraceApp : BarApp, i % 2 ? Bob : Alice, orders.last());
        QCOMPARE(reply.status, 200);
        latest.append(orderOf(reply));
    }
    const HubReply renamed = m_hub->push(m_terrace, makeBatch(orders.at(2), 1, TerraceApp, Bob, {setOp(u"customer_name"_s, u"Table 3"_s)}));
    QCOMPARE(renamed.status, 200);
    latest[2] = orderOf(renamed);
    QCOMPARE(m_hub->push(m_bar, makeBatch(orders.at(1), 1, BarApp, Alice, {payCardOp(250)})).status, 200);
    QCOMPARE(m_hub->push(m_bar, makeBatch(orders.at(3), 1, BarApp, Alice, {cancelOp()})).status, 200);

    const HubReply reply = m_hub->snapshot(m_shop.id);
    QCOMPARE(reply.status, 200);
    const QJsonObject snapshot = bodyOf(reply);
    QVERIFY(snapshot.value(u"run"_s).toInteger() > 0);
    QCOMPARE(snapshot.value(u"next_ticket"_s).toInt(), 5);
    QCOMPARE(snapshot.value(u"last_seq"_s).toInteger(), 7);
    QCOMPARE(snapshot.value(u"last_seq"_s).toInteger(), m_hub->lastSeq(m_shop.id));
    const QJsonArray listed = snapshot.value(u"orders"_s).toArray();
    QCOMPARE(listed.size(), 2);
    QList<QJsonObject> open;
    for (const QJsonValue &order : listed)
        open.append(order.toObject());
    std::sort(open.begin(), open.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"ticket"_s).toInt() < b.value(u"ticket"_s).toInt();
    });
    QCOMPARE(open.at(0), latest.at(0));
    QCOMPARE(open.at(1), latest.at(2));
    QCOMPARE(revisionOf(open.at(1)), 2);
}

void TestSessionHub::eventsArePagedWithMore()
{
    SessionHub::Options options;
    options.eventsPerAnswer = 2;
    QVERIFY(restart(options));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(create(m_bar, BarApp, Alice, QUuid::createUuid()).status, 200);

    const QList<QByteArray> pages = eventPages(m_shop.id, 0);
    QCOMPARE(pages.size(), 3);
    QCOMPARE(seqsOf(pages.at(0)), (QList<qint64>{1, 2}));
    QCOMPARE(bodyOf({200, pages.at(0)}).value(u"last_seq"_s).toInteger(), 2);
    QCOMPARE(bodyOf({200, pages.at(0)}).value(u"more"_s).toBool(), true);
    QCOMPARE(seqsOf(pages.at(1)), (QList<qint64>{3, 4}));
    QCOMPARE(bodyOf({200, pages.at(1)}).value(u"more"_s).toBool(), true);
    QCOMPARE(seqsOf(pages.at(2)), (QList<qint64>{5}));
    QCOMPARE(bodyOf({200, pages.at(2)}).value(u"last_seq"_s).toInteger(), 5);
    QCOMPARE(bodyOf({200, pages.at(2)}).value(u"more"_s).toBool(), false);

    QVERIFY(restart(options));
    QCOMPARE(eventPages(m_shop.id, 0), pages);
}

void TestSessionHub::eventsBeyondRetentionNeedResync()
{
    SessionHub::Options options;
    options.retainedEvents = 5;
    QVERIFY(restart(options));
    QVERIFY(openSharedOrder());
    for (int i = 0; i < 39; ++i)
        QCOMPARE(fromBar(1, {addQuantityOp(LineA, 1000)}).status, 200);
    const qint64 last = m_hub->lastSeq(m_shop.id);
    QCOMPARE(last, 40);

    const SessionHub::Events stale = m_hub->events(m_shop.id, 0);
    QVERIFY(!stale.hold);
    QCOMPARE(stale.reply.status, 410);
    QCOMPARE(bodyOf(stale.reply).value(u"error"_s).toString(), u"resync"_s);
    QCOMPARE(bodyOf(stale.reply).value(u"last_seq"_s).toInteger(), last);

    const SessionHub::Events upToDate = m_hub->events(m_shop.id, last);
    QVERIFY(upToDate.hold);

    const SessionHub::Events recent = m_hub->events(m_shop.id, last - 3);
    QVERIFY(!recent.hold);
    QCOMPARE(recent.reply.status, 200);
    QCOMPARE(seqsOf(recent.reply.body), range(last - 2, last));
    QCOMPARE(bodyOf(recent.reply).value(u"more"_s).toBool(), false);

    const SessionHub::Events oldestKept = m_hub->events(m_shop.id, last - options.retainedEvents);
    QCOMPARE(oldestKept.reply.status, 200);
    QCOMPARE(seqsOf(oldestKept.reply.body), range(last - options.retainedEvents + 1, last));

    const SessionHub::Events ahead = m_hub->events(m_shop.id, last + 5);
    QVERIFY(!ahead.hold);
    QCOMPARE(ahead.reply.status, 410);
    QCOMPARE(bodyOf(ahead.reply).value(u"error"_s).toString(), u"resync"_s);

    QVERIFY(restart(options));
    QCOMPARE(m_hub->events(m_shop.id, 0).reply.status, 410);
    QVERIFY(m_hub->events(m_shop.id, last).hold);
    QCOMPARE(m_hub->events(m_shop.id, last - 3).reply.body, recent.reply.body);
    QCOMPARE(m_hub->events(m_shop.id, last - options.retainedEvents).reply.body, oldestKept.reply.body);
}

void TestSessionHub::groupsAreConfined()
{
    const Batch created = makeBatch(m_order, 0, BarApp, Alice, {createOp(), addLineOp(makeLine(LineA))});
    const HubReply shopReply = m_hub->push(m_bar, created);
    QCOMPARE(shopReply.status, 200);
    const QJsonObject before = sharedOrder();

    for (const Operation &op : {setLineOp(LineA, u"quantity"_s, 5000), addLineOp(makeLine(LineB)), removeLineOp(LineA),
                                setOp(u"customer_name"_s, u"mine"_s), payCardOp(250), cancelOp()}) {
        const HubReply reply = m_hub->push(m_stranger, makeBatch(m_order, 1, CafeApp, Dave, {op}));
        QCOMPARE(reply.status, 404);
        QCOMPARE(bodyOf(reply).value(u"error"_s).toString(), u"unknown_order"_s);
    }
    QCOMPARE(sharedOrder(), before);
    QCOMPARE(m_hub->lastSeq(m_shop.id), 1);
    QVERIFY(m_hub->events(m_cafe.id, 0).hold);
    QCOMPARE(m_hub->lastSeq(m_cafe.id), 0);
    QVERIFY(bodyOf(m_hub->snapshot(m_cafe.id)).value(u"orders"_s).toArray().isEmpty());

    const HubReply replayed = m_hub->push(m_stranger, created);
    QVERIFY(replayed.body != shopReply.body);
    const QUuid own = QUuid::createUuid();
    const HubReply ownReply = create(m_stranger, CafeApp, Dave, own);
    QCOMPARE(ownReply.status, 200);

    for (const QByteArray &page : eventPages(m_cafe.id, 0)) {
        for (const QJsonValue &event : QJsonDocument::fromJson(page).object().value(u"events"_s).toArray()) {
            QCOMPARE(event[u"order"_s][u"created_by"_s][u"terminal"_s].toString(), u"Stranger"_s);
            QCOMPARE(event[u"origin"_s][u"terminal"_s].toString(), u"Stranger"_s);
        }
    }
    for (const QJsonValue &order : bodyOf(m_hub->snapshot(m_cafe.id)).value(u"orders"_s).toArray())
        QCOMPARE(order[u"created_by"_s][u"terminal"_s].toString(), u"Stranger"_s);
    QCOMPARE(bodyOf(m_hub->snapshot(m_cafe.id)).value(u"orders"_s).toArray().size(), m_hub->lastSeq(m_cafe.id));

    QCOMPARE(sharedOrder(), before);
    QCOMPARE(m_hub->lastSeq(m_shop.id), 1);
    QVERIFY(snapshotOrder(own).isEmpty());
    QCOMPARE(bodyOf(m_hub->snapshot(m_shop.id)).value(u"next_ticket"_s).toInt(), 2);
    for (const QJsonValue &event : bodyOf(m_hub->events(m_shop.id, 0).reply).value(u"events"_s).toArray())
        QCOMPARE(event[u"origin"_s][u"terminal"_s].toString(), u"Bar"_s);
}

QTEST_GUILESS_MAIN(TestSessionHub)
#include "tst_sessionhub.moc"
