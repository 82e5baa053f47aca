#include "order.h"
#include "pricing.h"
#include "operations.h"
#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

Q_DECLARE_METATYPE(Protocol::Batch)

using Protocol::Batch;
using Protocol::OpKind;
using Protocol::Operation;

namespace {

constexpr qint64 MaxSafeInteger = 9007199254740991LL;

const char OpIdText[] = "0b9f3a52-7c1e-4d8a-9f60-2e4b7d1c5a93";
const char OrderUidText[] = "5d2e8c71-3f4a-4b6e-a1d9-7c0f2e3b4a58";
const char LineUidText[] = "c3a1f7e2-9b4d-4e5f-8a6c-1d2e3f4a5b6c";
const char PaymentAText[] = "8e4f2a10-6b3c-4d7e-9f81-a2b3c4d5e6f7";
const char PaymentBText[] = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

QUuid uuid(const char *text)
{
    return QUuid::fromString(QLatin1String(text));
}

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

QJsonValue parse(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s in %s", qPrintable(error.errorString()), text.constData());
    return document.object();
}

// Arrays and objects nested `levels` deep around a string.
QJsonValue nested(int levels)
{
    QJsonValue value = QStringLiteral("bottom");
    for (int i = 0; i < levels; ++i)
        value = i % 2 ? QJsonValue(QJsonArray{value}) : QJsonValue(QJsonObject{{QStringLiteral("level"), value}});
    return value;
}

QJsonObject with(QJsonObject object, const QString &name, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(name);
    else
        object.insert(name, value);
    return object;
}

QJsonObject without(QJsonObject object, const QString &name)
{
    object.remove(name);
    return object;
}

// Wire text of a batch from terminal "till-1" by "Anna" around the given ops.
QByteArray batchText(qint64 baseRevision, const QByteArray &ops)
{
    return QByteArray(R"({"op_id":")") + OpIdText + R"(","order":")" + OrderUidText + R"(","base_revision":)"
        + QByteArray::number(baseRevision) + R"(,"instance":"till-1","user":"Anna","ops":[)" + ops + "]}";
}

Batch batch(qint64 baseRevision, const QList<Operation> &ops)
{
    Batch b;
    b.opId = uuid(OpIdText);
    b.orderUid = uuid(OrderUidText);
    b.baseRevision = baseRevision;
    b.instance = QStringLiteral("till-1");
    b.user = QStringLiteral("Anna");
    b.ops = ops;
    return b;
}

Operation createOp(const QString &customerName, const QJsonObject &ext)
{
    Operation op;
    op.kind = OpKind::Create;
    op.order.receiptReference = QStringLiteral("T01-000042");
    op.order.currency = QStringLiteral("EUR");
    op.order.customerName = customerName;
    op.order.createdAt = utc(2024, 5, 1, 10, 15, 30, 123);
    op.order.extensions = ext;
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

Operation setLineOp(const QString &field, const QJsonValue &value)
{
    Operation op;
    op.kind = OpKind::SetLine;
    op.lineUid = uuid(LineUidText);
    op.field = field;
    op.value = value;
    return op;
}

Operation addQuantityOp(qint64 delta)
{
    Operation op;
    op.kind = OpKind::SetLine;
    op.lineUid = uuid(LineUidText);
    op.field = QStringLiteral("quantity");
    op.increment = true;
    op.delta = delta;
    return op;
}

OrderLine espresso(const QJsonObject &ext = {})
{
    OrderLine line;
    line.uid = uuid(LineUidText);
    line.productId = QStringLiteral("P-100");
    line.productName = QStringLiteral("Espresso");
    line.unitPrice = 250;
    line.taxRate = 1900;
    line.quantity = 2000;
    line.discount = 500;
    line.extensions = ext;
    return line;
}

Operation addLineOp(const OrderLine &line)
{
    Operation op;
    op.kind = OpKind::AddLine;
    op.line = line;
    return op;
}

Operation removeLineOp()
{
    Operation op;
    op.kind = OpKind::RemoveLine;
    op.lineUid = uuid(LineUidText);
    return op;
}

Payment payment(const QUuid &uid, PaymentMethod method, qint64 amount)
{
    Payment p;
    p.uid = uid;
    p.method = method;
    p.amount = amount;
    return p;
}

Operation payOp(const QList<Payment> &payments, qint64 changeGiven)
{
    Operation op;
    op.kind = OpKind::Pay;
    op.payments = payments;
    op.changeGiven = changeGiven;
    return op;
}

Operation cancelOp()
{
    Operation op;
    op.kind = OpKind::Cancel;
    return op;
}

QByteArray addLineText(const QByteArray &ext = "{}")
{
    return QByteArray(R"({"op":"add_line","line":{"uid":")") + LineUidText
        + R"(","product_id":"P-100","product_name":"Espresso","unit_price":250,"tax_rate":1900,)"
          R"("quantity":2000,"discount":500,"ext":)"
        + ext + "}}";
}

QByteArray setLineText(const QByteArray &fieldAndValue)
{
    return QByteArray(R"({"op":"set_line","line":")") + LineUidText + R"(",)" + fieldAndValue + "}";
}

QJsonObject createJson()
{
    return {{QStringLiteral("op"), QStringLiteral("create")},
            {QStringLiteral("receipt_reference"), QStringLiteral("T01-000042")},
            {QStringLiteral("currency"), QStringLiteral("EUR")},
            {QStringLiteral("customer_name"), QStringLiteral("Mrs Jones")},
            {QStringLiteral("created_at"), QStringLiteral("2024-05-01T10:15:30.123Z")}};
}

QJsonObject setJson(const QString &field, const QJsonValue &value)
{
    return {{QStringLiteral("op"), QStringLiteral("set")},
            {QStringLiteral("field"), field},
            {QStringLiteral("value"), value}};
}

QJsonObject setLineJson(const QString &field, const QJsonValue &value)
{
    return {{QStringLiteral("op"), QStringLiteral("set_line")},
            {QStringLiteral("line"), key(LineUidText)},
            {QStringLiteral("field"), field},
            {QStringLiteral("value"), value}};
}

QJsonObject addQuantityJson(const QJsonValue &delta)
{
    return {{QStringLiteral("op"), QStringLiteral("set_line")},
            {QStringLiteral("line"), key(LineUidText)},
            {QStringLiteral("field"), QStringLiteral("quantity")},
            {QStringLiteral("add"), delta}};
}

QJsonObject lineJson()
{
    return {{QStringLiteral("uid"), key(LineUidText)},
            {QStringLiteral("product_id"), QStringLiteral("P-100")},
            {QStringLiteral("product_name"), QStringLiteral("Espresso")},
            {QStringLiteral("unit_price"), 250},
            {QStringLiteral("tax_rate"), 1900},
            {QStringLiteral("quantity"), 2000},
            {QStringLiteral("discount"), 0}};
}

QJsonObject addLineJson(const QJsonObject &line)
{
    return {{QStringLiteral("op"), QStringLiteral("add_line")}, {QStringLiteral("line"), line}};
}

QJsonObject paymentJson(const QString &method, const QJsonValue &amount)
{
    return {{QStringLiteral("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("method"), method},
            {QStringLiteral("amount"), amount}};
}

QJsonObject payJson(const QJsonArray &payments, const QJsonValue &changeGiven = 0)
{
    return {{QStringLiteral("op"), QStringLiteral("pay")},
            {QStringLiteral("payments"), payments},
            {QStringLiteral("change_given"), changeGiven}};
}

QJsonObject cancelJson()
{
    return {{QStringLiteral("op"), QStringLiteral("cancel")}};
}

QJsonObject batchJson(const QJsonArray &ops, qint64 baseRevision = 3)
{
    return {{QStringLiteral("op_id"), key(OpIdText)},
            {QStringLiteral("order"), key(OrderUidText)},
            {QStringLiteral("base_revision"), baseRevision},
            {QStringLiteral("instance"), QStringLiteral("till-1")},
            {QStringLiteral("user"), QStringLiteral("Anna")},
            {QStringLiteral("ops"), ops}};
}

// An ext object whose compact JSON is exactly `bytes` long: {"blob":"xx…"}.
QJsonObject extOfSize(int bytes)
{
    return {{QStringLiteral("blob"), QString(bytes - 11, QLatin1Char('x'))}};
}

Actor actor(const char *user, const char *terminal)
{
    return {QString::fromUtf8(user), QString::fromLatin1(terminal)};
}

OrderLine orderLine(int position, const QString &name, qint64 unitPrice, qint64 quantity, const QJsonObject &ext = {})
{
    OrderLine line;
    line.uid = QUuid::createUuid();
    line.position = position;
    line.productId = QStringLiteral("P-%1").arg(position);
    line.productName = name;
    line.unitPrice = unitPrice;
    line.taxRate = 700;
    line.quantity = quantity;
    line.discount = 1000;
    line.createdBy = actor("Anna", "till-1");
    line.changedBy = actor("Björn", "till-2");
    line.extensions = ext;
    return line;
}

Order fullOrder()
{
    Order order;
    order.uid = uuid(OrderUidText);
    order.receiptReference = QStringLiteral("T01-000042");
    order.receiptNumber = QStringLiteral("T02-000007");
    order.ticketNumber = 42;
    order.state = OrderState::Paid;
    order.abandoned = true;
    order.currency = QStringLiteral("EUR");
    order.customerName = QStringLiteral("Mrs Jones");
    order.createdBy = actor("Anna", "till-1");
    order.changedBy = actor("Björn", "till-2");
    order.createdAt = utc(2024, 5, 1, 10, 15, 30, 123);
    order.changedAt = utc(2024, 5, 1, 10, 47, 2, 9);
    order.changeGiven = 130;
    order.revision = 17;
    order.extensions = {{QStringLiteral("table"), 12},
                        {QStringLiteral("loyalty"),
                         QJsonObject{{QStringLiteral("card"), QStringLiteral("LC-77")},
                                     {QStringLiteral("tiers"), QJsonArray{1, QJsonArray{2, 3}, QJsonObject{}}}}}};
    order.lines = {
        orderLine(1, QStringLiteral("Espresso"), 250, 2000,
                  {{QStringLiteral("note"), QStringLiteral("oat milk")},
                   {QStringLiteral("mods"), QJsonArray{QJsonObject{{QStringLiteral("id"), 3}}, QJsonValue::Null}}}),
        orderLine(2, QStringLiteral("Cheese, 0.333 kg"), 1299, 333),
    };
    Payment voucher = payment(QUuid::createUuid(), PaymentMethod::Other, 300);
    voucher.otherId = QStringLiteral("voucher");
    voucher.otherName = QStringLiteral("Voucher");
    order.payments = {payment(uuid(PaymentAText), PaymentMethod::Cash, 1000),
                      payment(uuid(PaymentBText), PaymentMethod::Card, 20), voucher};
    return order;
}

void compareLine(const OrderLine &actual, const OrderLine &expected)
{
    QCOMPARE(actual.uid, expected.uid);
    QCOMPARE(actual.position, expected.position);
    QCOMPARE(actual.productId, expected.productId);
    QCOMPARE(actual.productName, expected.productName);
    QCOMPARE(actual.unitPrice, expected.unitPrice);
    QCOMPARE(actual.taxRate, expected.taxRate);
    QCOMPARE(actual.quantity, expected.quantity);
    QCOMPARE(actual.discount, expected.discount);
    QCOMPARE(actual.createdBy, expected.createdBy);
    QCOMPARE(actual.changedBy, expected.changedBy);
    QCOMPARE(actual.extensions, expected.extensions);
}

void comparePayments(const QList<Payment> &actual, const QList<Payment> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual.at(i).uid, expected.at(i).uid);
        QCOMPARE(actual.at(i).method, expected.at(i).method);
        QCOMPARE(actual.at(i).amount, expected.at(i).amount);
        QCOMPARE(actual.at(i).otherId, expected.at(i).otherId);
        QCOMPARE(actual.at(i).otherName, expected.at(i).otherName);
        QCOMPARE(actual.at(i).givesChange, expected.at(i).givesChange);
    }
}

void compareOperation(const Operation &actual, const Operation &expected)
{
    QCOMPARE(actual.kind, expected.kind);
    QCOMPARE(actual.field, expected.field);
    QCOMPARE(actual.value, expected.value);
    QCOMPARE(actual.increment, expected.increment);
    QCOMPARE(actual.delta, expected.delta);
    QCOMPARE(actual.lineUid, expected.lineUid);
    compareLine(actual.line, expected.line);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(actual.order.receiptReference, expected.order.receiptReference);
    QCOMPARE(actual.order.currency, expected.order.currency);
    QCOMPARE(actual.order.customerName, expected.order.customerName);
    QCOMPARE(actual.order.createdAt, expected.order.createdAt);
    if (expected.order.createdAt.isValid())
        QCOMPARE(actual.order.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(actual.order.extensions, expected.order.extensions);
    comparePayments(actual.payments, expected.payments);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(actual.changeGiven, expected.changeGiven);
    QCOMPARE(actual.receiptNumber, expected.receiptNumber);
}

void compareBatch(const Batch &actual, const Batch &expected)
{
    QCOMPARE(actual.opId, expected.opId);
    QCOMPARE(actual.orderUid, expected.orderUid);
    QCOMPARE(actual.baseRevision, expected.baseRevision);
    QCOMPARE(actual.instance, expected.instance);
    QCOMPARE(actual.user, expected.user);
    QCOMPARE(actual.ops.size(), expected.ops.size());
    for (int i = 0; i < actual.ops.size() && !QTest::currentTestFailed(); ++i)
        compareOperation(actual.ops.at(i), expected.ops.at(i));
}

void compareOrder(const Order &actual, const Order &expected)
{
    QCOMPARE(actual.uid, expected.uid);
    QCOMPARE(actual.receiptReference, expected.receiptReference);
    QCOMPARE(actual.receiptNumber, expected.receiptNumber);
    QCOMPARE(actual.ticketNumber, expected.ticketNumber);
    QCOMPARE(actual.state, expected.state);
    QCOMPARE(actual.abandoned, expected.abandoned);
    QCOMPARE(actual.currency, expected.currency);
    QCOMPARE(actual.customerName, expected.customerName);
    QCOMPARE(actual.createdBy, expected.createdBy);
    QCOMPARE(actual.changedBy, expected.changedBy);
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.createdAt.time().msec(), expected.createdAt.time().msec());
    QCOMPARE(actual.changedAt, expected.changedAt);
    QCOMPARE(actual.changedAt.time().msec(), expected.changedAt.time().msec());
    QCOMPARE(actual.changeGiven, expected.changeGiven);
    QCOMPARE(actual.revision, expected.revision);
    QCOMPARE(actual.extensions, expected.extensions);
    QCOMPARE(actual.lines.size(), expected.lines.size());
    for (int i = 0; i < actual.lines.size() && !QTest::currentTestFailed(); ++i)
        compareLine(actual.lines.at(i), expected.lines.at(i));
    if (QTest::currentTestFailed())
        return;
    comparePayments(actual.payments, expected.payments);
}

}

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void operationEngineRefuses_data();
    void operationEngineRefuses();
    void batchAccepted_data();
    void batchAccepted();
    void batchRejected_data();
    void batchRejected();
    void orderRoundTrip_data();
    void orderRoundTrip();
    void orderExtensionsPassThrough_data();
    void orderExtensionsPassThrough();
    void orderRejected_data();
    void orderRejected();
    void errorBody_data();
    void errorBody();
    void cashReportRoundTrip();
    void cashReportRejected_data();
    void cashReportRejected();
};

void TestProtocol::batchAccepted_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Batch>("expected");

    const QJsonObject createExt{{QStringLiteral("table"), 12},
                                {QStringLiteral("loyalty"),
                                 QJsonObject{{QStringLiteral("card"), QStringLiteral("LC-77")},
                                             {QStringLiteral("tiers"), QJsonArray{1, 2, 3}}}}};
    QTest::newRow("create")
        << batchText(0, R"({"op":"create","receipt_reference":"T01-000042","currency":"EUR",)"
                        R"("customer_name":"Mrs Jones","created_at":"2024-05-01T10:15:30.123Z",)"
                        R"("ext":{"table":12,"loyalty":{"card":"LC-77","tiers":[1,2,3]}}})")
        << batch(0, {createOp(QStringLiteral("Mrs Jones"), createExt)});
    QTest::newRow("create without optional fields")
        << batchText(0, R"({"op":"create","receipt_reference":"T01-000042","currency":"EUR",)"
                        R"("created_at":"2024-05-01T10:15:30.123Z"})")
        << batch(0, {createOp(QString(), {})});
    QTest::newRow("create with time offset")
        << batchText(0, R"({"op":"create","receipt_reference":"T01-000042","currency":"EUR",)"
                        R"("created_at":"2024-05-01T12:15:30.123+02:00"})")
        << batch(0, {createOp(QString(), {})});
    QTest::newRow("create then add_line")
        << batchText(0, R"({"op":"create","receipt_reference":"T01-000042","currency":"EUR",)"
                        R"("created_at":"2024-05-01T10:15:30.123Z"},)"
                        + addLineText())
        << batch(0, {createOp(QString(), {}), addLineOp(espresso())});

    QTest::newRow("set customer_name")
        << batchText(3, R"({"op":"set","field":"customer_name","value":"Mr Smith"})")
        << batch(3, {setOp(QStringLiteral("customer_name"), QStringLiteral("Mr Smith"))});
    QTest::newRow("set customer_name of 80 characters")
        << batchText(3, R"({"op":"set","field":"customer_name","value":")" + QByteArray(80, 'n') + R"("})")
        << batch(3, {setOp(QStringLiteral("customer_name"), QString(80, QLatin1Char('n')))});
    QTest::newRow("set customer_name empty")
        << batchText(3, R"({"op":"set","field":"customer_name","value":""})")
        << batch(3, {setOp(QStringLiteral("customer_name"), QString())});
    QTest::newRow("set ext:note")
        << batchText(3, R"({"op":"set","field":"ext:note","value":"no onions"})")
        << batch(3, {setOp(QStringLiteral("ext:note"), QStringLiteral("no onions"))});
    {
        Operation claim = setOp(QStringLiteral("ext:restaurant.table"), QStringLiteral("T5"));
        claim.unique = true;
        QTest::newRow("set unique ext")
            << batchText(3, R"({"op":"set","field":"ext:restaurant.table","value":"T5","unique":true})") << batch(3, {claim});
    }
    QTest::newRow("set ext:note to null")
        << batchText(3, R"({"op":"set","field":"ext:note","value":null})")
        << batch(3, {setOp(QStringLiteral("ext:note"), QJsonValue::Null)});
    QTest::newRow("set ext with nested value")
        << batchText(3, R"({"op":"set","field":"ext:delivery","value":{"zip":"10115","slots":[9,[10,11]]}})")
        << batch(3, {setOp(QStringLiteral("ext:delivery"),
                           QJsonObject{{QStringLiteral("zip"), QStringLiteral("10115")},
                                       {QStringLiteral("slots"), QJsonArray{9, QJsonArray{10, 11}}}})});
    const QString longKey = QStringLiteral("k") + QString(63, QLatin1Char('9'));
    QTest::newRow("set ext key of 64 characters")
        << batchText(3, R"({"op":"set","field":"ext:)" + longKey.toLatin1() + R"(","value":true})")
        << batch(3, {setOp(QStringLiteral("ext:") + longKey, true)});

    const QJsonObject lineExt{{QStringLiteral("note"), QStringLiteral("oat milk")},
                              {QStringLiteral("mods"), QJsonArray{QJsonObject{{QStringLiteral("id"), 3}}}}};
    QTest::newRow("add_line")
        << batchText(3, addLineText(R"({"note":"oat milk","mods":[{"id":3}]})"))
        << batch(3, {addLineOp(espresso(lineExt))});
    QTest::newRow("add_line without ext")
        << batchText(3, QByteArray(R"({"op":"add_line","line":{"uid":")") + LineUidText
                            + R"(","product_id":"P-100","product_name":"Espresso","unit_price":250,)"
                              R"("tax_rate":1900,"quantity":2000,"discount":500}})")
        << batch(3, {addLineOp(espresso())});
    OrderLine returned = espresso();
    returned.unitPrice = 0;
    returned.taxRate = Pricing::MaxTaxRate;
    returned.quantity = -Pricing::MaxQuantity;
    returned.discount = Pricing::BasisPoints;
    QTest::newRow("add_line return line at the limits")
        << batchText(3, QByteArray(R"({"op":"add_line","line":{"uid":")") + LineUidText
                            + R"(","product_id":"P-100","product_name":"Espresso","unit_price":0,)"
                              R"("tax_rate":10000,"quantity":-1000000000,"discount":10000}})")
        << batch(3, {addLineOp(returned)});
    const QJsonObject fullExt = extOfSize(Protocol::limits().maxExtensionBytes);
    QTest::newRow("add_line ext at the byte limit")
        << batchText(3, addLineText(QJsonDocument(fullExt).toJson(QJsonDocument::Compact)))
        << batch(3, {addLineOp(espresso(fullExt))});

    QTest::newRow("set_line quantity")
        << batchText(3, setLineText(R"("field":"quantity","value":2500)"))
        << batch(3, {setLineOp(QStringLiteral("quantity"), 2500)});
    QTest::newRow("set_line quantity maximum")
        << batchText(3, setLineText(R"("field":"quantity","value":1000000000)"))
        << batch(3, {setLineOp(QStringLiteral("quantity"), Pricing::MaxQuantity)});
    QTest::newRow("set_line quantity negative")
        << batchText(3, setLineText(R"("field":"quantity","value":-1000)"))
        << batch(3, {setLineOp(QStringLiteral("quantity"), -1000)});
    QTest::newRow("set_line discount")
        << batchText(3, setLineText(R"("field":"discount","value":1500)"))
        << batch(3, {setLineOp(QStringLiteral("discount"), 1500)});
    QTest::newRow("set_line discount 100%")
        << batchText(3, setLineText(R"("field":"discount","value":10000)"))
        << batch(3, {setLineOp(QStringLiteral("discount"), 10000)});
    QTest::newRow("set_line unit_price")
        << batchText(3, setLineText(R"("field":"unit_price","value":1299)"))
        << batch(3, {setLineOp(QStringLiteral("unit_price"), 1299)});
    QTest::newRow("set_line unit_price maximum")
        << batchText(3, setLineText(R"("field":"unit_price","value":100000000000)"))
        << batch(3, {setLineOp(QStringLiteral("unit_price"), Pricing::MaxUnitPrice)});
    QTest::newRow("set_line ext")
        << batchText(3, setLineText(R"("field":"ext:gift","value":{"wrap":true,"message":"Happy birthday"})"))
        << batch(3, {setLineOp(QStringLiteral("ext:gift"),
                               QJsonObject{{QStringLiteral("wrap"), true},
                                           {QStringLiteral("message"), QStringLiteral("Happy birthday")}})});
    QTest::newRow("set_line ext to null")
        << batchText(3, setLineText(R"("field":"ext:gift","value":null)"))
        << batch(3, {setLineOp(QStringLiteral("ext:gift"), QJsonValue::Null)});
    QTest::newRow("set_line quantity add")
        << batchText(3, setLineText(R"("field":"quantity","add":1000)"))
        << batch(3, {addQuantityOp(1000)});
    QTest::newRow("set_line quantity add negative")
        << batchText(3, setLineText(R"("field":"quantity","add":-500)"))
        << batch(3, {addQuantityOp(-500)});

    QTest::newRow("remove_line")
        << batchText(3, QByteArray(R"({"op":"remove_line","line":")") + LineUidText + R"("})")
        << batch(3, {removeLineOp()});

    QTest::newRow("pay with two payments and change")
        << batchText(3, QByteArray(R"({"op":"pay","payments":[{"uid":")") + PaymentAText
                            + R"(","method":"cash","amount":2000},{"uid":")" + PaymentBText
                            + R"(","method":"card","amount":1500}],"change_given":500})")
        << batch(3, {payOp({payment(uuid(PaymentAText), PaymentMethod::Cash, 2000),
                            payment(uuid(PaymentBText), PaymentMethod::Card, 1500)},
                           500)});
    Operation numbered = payOp({payment(uuid(PaymentAText), PaymentMethod::Card, 1500)}, 0);
    numbered.receiptNumber = QStringLiteral("TER-000012");
    QTest::newRow("pay with the paying terminal's receipt number")
        << batchText(3, QByteArray(R"({"op":"pay","payments":[{"uid":")") + PaymentAText
                            + R"(","method":"card","amount":1500}],"change_given":0,"receipt_number":"TER-000012"})")
        << batch(3, {numbered});
    Payment voucher = payment(uuid(PaymentBText), PaymentMethod::Other, 2000);
    voucher.otherId = QStringLiteral("voucher");
    voucher.otherName = QStringLiteral("Gift voucher");
    voucher.givesChange = true;
    QTest::newRow("pay with a voucher that gives change")
        << batchText(3, QByteArray(R"({"op":"pay","payments":[{"uid":")") + PaymentBText
                            + R"(","method":"voucher","name":"Gift voucher","gives_change":true,"amount":2000}],"change_given":500})")
        << batch(3, {payOp({voucher}, 500)});
    QTest::newRow("pay refund")
        << batchText(3, QByteArray(R"({"op":"pay","payments":[{"uid":")") + PaymentAText
                            + R"(","method":"cash","amount":-450}],"change_given":0})")
        << batch(3, {payOp({payment(uuid(PaymentAText), PaymentMethod::Cash, -450)}, 0)});
    QByteArray twentyText;
    QList<Payment> twenty;
    for (int i = 0; i < Protocol::limits().maxPaymentsPerOrder; ++i) {
        const QUuid uid = QUuid::createUuid();
        twenty.append(payment(uid, PaymentMethod::Card, 100 + i));
        twentyText += (i ? "," : "") + QByteArray(R"({"uid":")") + uid.toString(QUuid::WithoutBraces).toLatin1()
            + R"(","method":"card","amount":)" + QByteArray::number(100 + i) + "}";
    }
    QTest::newRow("pay with the most payments")
        << batchText(3, R"({"op":"pay","payments":[)" + twentyText + R"(],"change_given":0})")
        << batch(3, {payOp(twenty, 0)});

    QTest::newRow("cancel") << batchText(3, R"({"op":"cancel"})") << batch(3, {cancelOp()});

    QTest::newRow("every kind in one batch")
        << batchText(0, R"({"op":"create","receipt_reference":"T01-000042","currency":"EUR",)"
                        R"("customer_name":"Mrs Jones","created_at":"2024-05-01T10:15:30.123Z"},)"
                        R"({"op":"set","field":"ext:note","value":"window seat"},)"
                        + addLineText() + ","
                        + setLineText(R"("field":"quantity","add":1000)") + ","
                        + setLineText(R"("field":"discount","value":0)") + ","
                        + QByteArray(R"({"op":"remove_line","line":")") + LineUidText + R"("},)"
                        + R"({"op":"cancel"})")
        << batch(0, {createOp(QStringLiteral("Mrs Jones"), {}),
                     setOp(QStringLiteral("ext:note"), QStringLiteral("window seat")), addLineOp(espresso()),
                     addQuantityOp(1000), setLineOp(QStringLiteral("discount"), 0), removeLineOp(), cancelOp()});

    QByteArray hundredText;
    QList<Operation> hundred;
    for (int i = 0; i < Protocol::limits().maxOpsPerBatch; ++i) {
        hundred.append(setLineOp(QStringLiteral("quantity"), 1000 * (i + 1)));
        hundredText += (i ? "," : "") + setLineText(R"("field":"quantity","value":)" + QByteArray::number(1000 * (i + 1)));
    }
    QTest::newRow("the most ops") << batchText(3, hundredText) << batch(3, hundred);

    QTest::newRow("base_revision at the largest safe integer")
        << batchText(MaxSafeInteger, R"({"op":"cancel"})") << batch(MaxSafeInteger, {cancelOp()});
}

void TestProtocol::batchAccepted()
{
    QFETCH(QByteArray, json);
    QFETCH(Batch, expected);

    Batch decoded;
    QString error;
    QVERIFY2(Protocol::batchFromJson(parse(json), &decoded, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    compareBatch(decoded, expected);
    if (QTest::currentTestFailed())
        return;

    const QJsonObject encoded = Protocol::batchToJson(decoded);
    Batch again;
    QVERIFY2(Protocol::batchFromJson(encoded, &again, &error), qPrintable(error));
    compareBatch(again, expected);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(Protocol::batchToJson(again), encoded);
}

void TestProtocol::batchRejected_data()
{
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("path");

    const QJsonObject valid = batchJson({cancelJson()});
    const auto row = [](const char *name, const QJsonValue &json, const char *path) {
        QTest::newRow(name) << json << QString::fromUtf8(path);
    };

    row("not an object: array", QJsonArray{valid}, "body");
    row("not an object: string", QStringLiteral("cancel"), "body");
    row("not an object: null", QJsonValue::Null, "body");
    row("unknown top-level key", with(valid, QStringLiteral("terminal"), QStringLiteral("T01")), "terminal");
    row("missing op_id", without(valid, QStringLiteral("op_id")), "op_id");
    row("op_id not a UUID", with(valid, QStringLiteral("op_id"), QStringLiteral("not-a-uuid")), "op_id");
    row("op_id with braces",
        with(valid, QStringLiteral("op_id"), QStringLiteral("{0b9f3a52-7c1e-4d8a-9f60-2e4b7d1c5a93}")), "op_id");
    row("op_id without dashes",
        with(valid, QStringLiteral("op_id"), QStringLiteral("0b9f3a527c1e4d8a9f602e4b7d1c5a93")), "op_id");
    row("op_id nil UUID",
        with(valid, QStringLiteral("op_id"), QStringLiteral("00000000-0000-0000-0000-000000000000")), "op_id");
    row("op_id a number", with(valid, QStringLiteral("op_id"), 42), "op_id");
    row("order missing", without(valid, QStringLiteral("order")), "order");
    row("order not a UUID", with(valid, QStringLiteral("order"), QStringLiteral("T01-000042")), "order");
    row("base_revision negative", with(valid, QStringLiteral("base_revision"), -1), "base_revision");
    row("base_revision not an integer", with(valid, QStringLiteral("base_revision"), true), "base_revision");
    row("base_revision null", with(valid, QStringLiteral("base_revision"), QJsonValue::Null), "base_revision");
    row("base_revision 1.5", with(valid, QStringLiteral("base_revision"), 1.5), "base_revision");
    row("base_revision a string", with(valid, QStringLiteral("base_revision"), QStringLiteral("3")), "base_revision");
    row("base_revision 2^53", with(valid, QStringLiteral("base_revision"), MaxSafeInteger + 1), "base_revision");
    row("base_revision 1e300", with(valid, QStringLiteral("base_revision"), 1e300), "base_revision");
    row("missing ops", without(valid, QStringLiteral("ops")), "ops");
    row("ops not an array", with(valid, QStringLiteral("ops"), cancelJson()), "ops");
    row("empty ops", batchJson({}), "ops");
    QJsonArray tooMany;
    for (int i = 0; i <= Protocol::limits().maxOpsPerBatch; ++i)
        tooMany.append(cancelJson());
    row("too many ops", batchJson(tooMany), "ops");
    row("instance empty", with(valid, QStringLiteral("instance"), QString()), "instance");
    row("instance blank", with(valid, QStringLiteral("instance"), QStringLiteral("   ")), "instance");
    row("instance too long", with(valid, QStringLiteral("instance"), QString(65, QLatin1Char('i'))), "instance");
    row("user empty", with(valid, QStringLiteral("user"), QString()), "user");
    row("user missing", without(valid, QStringLiteral("user")), "user");

    row("op not an object", batchJson({QStringLiteral("cancel")}), "ops[0]");
    row("op name missing", batchJson({QJsonObject()}), "ops[0].op");
    row("unknown op name", batchJson({QJsonObject{{QStringLiteral("op"), QStringLiteral("split")}}}), "ops[0].op");
    row("unknown key inside an op", batchJson({with(cancelJson(), QStringLiteral("reason"), QStringLiteral("x"))}),
        "ops[0].reason");
    row("unknown key inside the second op",
        batchJson({cancelJson(), with(setJson(QStringLiteral("customer_name"), QStringLiteral("A")),
                                      QStringLiteral("line"), key(LineUidText))}),
        "ops[1].line");

    row("create not first", batchJson({setJson(QStringLiteral("customer_name"), QStringLiteral("A")), createJson()}, 0),
        "ops[1]");
    row("create twice", batchJson({createJson(), createJson()}, 0), "ops[1]");
    row("create with base_revision > 0", batchJson({createJson()}, 1), "ops[0]");
    row("currency lowercase", batchJson({with(createJson(), QStringLiteral("currency"), QStringLiteral("eur"))}, 0),
        "ops[0].currency");
    row("currency two letters", batchJson({with(createJson(), QStringLiteral("currency"), QStringLiteral("EU"))}, 0),
        "ops[0].currency");
    row("currency four letters",
        batchJson({with(createJson(), QStringLiteral("currency"), QStringLiteral("EURO"))}, 0), "ops[0].currency");
    row("currency with digit", batchJson({with(createJson(), QStringLiteral("currency"), QStringLiteral("E1R"))}, 0),
        "ops[0].currency");
    row("create receipt_reference empty",
        batchJson({with(createJson(), QStringLiteral("receipt_reference"), QString())}, 0), "ops[0].receipt_reference");
    row("create created_at missing", batchJson({without(createJson(), QStringLiteral("created_at"))}, 0),
        "ops[0].created_at");
    row("create created_at not a time",
        batchJson({with(createJson(), QStringLiteral("created_at"), QStringLiteral("yesterday"))}, 0),
        "ops[0].created_at");
    row("create customer_name too long",
        batchJson({with(createJson(), QStringLiteral("customer_name"), QString(81, QLatin1Char('n')))}, 0),
        "ops[0].customer_name");
    row("create ext invalid key",
        batchJson({with(createJson(), QStringLiteral("ext"), QJsonObject{{QStringLiteral("Bad Key"), 1}})}, 0),
        "ops[0].ext.Bad Key");
    row("create ext over the byte limit",
        batchJson({with(createJson(), QStringLiteral("ext"), extOfSize(Protocol::limits().maxExtensionBytes + 1))}, 0),
        "ops[0].ext");
    row("create ext not an object",
        batchJson({with(createJson(), QStringLiteral("ext"), QJsonArray{QStringLiteral("a")})}, 0), "ops[0].ext");

    row("set unknown field", batchJson({setJson(QStringLiteral("state"), QStringLiteral("paid"))}), "ops[0].field");
    row("set line field", batchJson({setJson(QStringLiteral("quantity"), 1000)}), "ops[0].field");
    row("set customer_name too long",
        batchJson({setJson(QStringLiteral("customer_name"), QString(81, QLatin1Char('n')))}), "ops[0].value");
    row("set customer_name not a string", batchJson({setJson(QStringLiteral("customer_name"), 42)}), "ops[0].value");
    row("set customer_name null", batchJson({setJson(QStringLiteral("customer_name"), QJsonValue::Null)}),
        "ops[0].value");
    row("set missing value", batchJson({without(setJson(QStringLiteral("customer_name"), 1), QStringLiteral("value"))}),
        "ops[0].value");
    row("set ext invalid key", batchJson({setJson(QStringLiteral("ext:Bad Key"), 1)}), "ops[0].field");
    row("unique false", batchJson({with(setJson(QStringLiteral("ext:table"), QStringLiteral("T1")), QStringLiteral("unique"), false)}),
        "ops[0].unique");
    row("unique on null", batchJson({with(setJson(QStringLiteral("ext:table"), QJsonValue::Null), QStringLiteral("unique"), true)}),
        "ops[0].unique");
    row("unique on customer_name",
        batchJson({with(setJson(QStringLiteral("customer_name"), QStringLiteral("Ann")), QStringLiteral("unique"), true)}),
        "ops[0].unique");
    row("set ext empty key", batchJson({setJson(QStringLiteral("ext:"), 1)}), "ops[0].field");
    row("set ext key of 65 characters",
        batchJson({setJson(QStringLiteral("ext:k") + QString(64, QLatin1Char('9')), 1)}), "ops[0].field");
    row("set ext key with trailing newline", batchJson({setJson(QStringLiteral("ext:note\n"), 1)}), "ops[0].field");
    row("set ext value over the byte limit",
        batchJson({setJson(QStringLiteral("ext:note"),
                           QString(Protocol::limits().maxExtensionBytes, QLatin1Char('x')))}),
        "ops[0].value");

    row("set ext value nested too deep",
        batchJson({setJson(QStringLiteral("ext:note"), nested(Protocol::limits().maxValueDepth + 1))}), "ops[0].value");

    row("set_line field not allowed", batchJson({setLineJson(QStringLiteral("product_name"), QStringLiteral("Tea"))}),
        "ops[0].field");
    row("set_line customer_name", batchJson({setLineJson(QStringLiteral("customer_name"), QStringLiteral("A"))}),
        "ops[0].field");
    row("set_line line not a UUID",
        batchJson({with(setLineJson(QStringLiteral("discount"), 0), QStringLiteral("line"), QStringLiteral("1"))}),
        "ops[0].line");
    row("set_line line missing",
        batchJson({without(setLineJson(QStringLiteral("discount"), 0), QStringLiteral("line"))}), "ops[0].line");
    row("set_line quantity over the maximum", batchJson({setLineJson(QStringLiteral("quantity"), Pricing::MaxQuantity + 1)}),
        "ops[0].value");
    row("set_line quantity under the minimum",
        batchJson({setLineJson(QStringLiteral("quantity"), -Pricing::MaxQuantity - 1)}), "ops[0].value");
    row("set_line quantity 1.5", batchJson({setLineJson(QStringLiteral("quantity"), 1.5)}), "ops[0].value");
    row("set_line quantity a string", batchJson({setLineJson(QStringLiteral("quantity"), QStringLiteral("2"))}),
        "ops[0].value");
    row("set_line quantity 1e300", batchJson({setLineJson(QStringLiteral("quantity"), 1e300)}), "ops[0].value");
    row("set_line discount over 10000", batchJson({setLineJson(QStringLiteral("discount"), 10001)}), "ops[0].value");
    row("set_line discount negative", batchJson({setLineJson(QStringLiteral("discount"), -1)}), "ops[0].value");
    row("set_line unit_price negative", batchJson({setLineJson(QStringLiteral("unit_price"), -1)}), "ops[0].value");
    row("set_line unit_price over the maximum",
        batchJson({setLineJson(QStringLiteral("unit_price"), Pricing::MaxUnitPrice + 1)}), "ops[0].value");
    row("set_line add of 0", batchJson({addQuantityJson(0)}), "ops[0].add");
    row("set_line add over the maximum", batchJson({addQuantityJson(Pricing::MaxQuantity + 1)}), "ops[0].add");
    row("set_line add 0.5", batchJson({addQuantityJson(0.5)}), "ops[0].add");
    row("set_line add with a value too", batchJson({with(addQuantityJson(1), QStringLiteral("value"), 1)}),
        "ops[0].value");
    row("set_line add on discount",
        batchJson({with(setLineJson(QStringLiteral("discount"), 0), QStringLiteral("add"), 100)}), "ops[0].add");
    row("set_line ext key with trailing newline", batchJson({setLineJson(QStringLiteral("ext:gift\n"), true)}),
        "ops[0].field");

    row("add_line missing line", batchJson({QJsonObject{{QStringLiteral("op"), QStringLiteral("add_line")}}}),
        "ops[0].line");
    row("add_line line not an object", batchJson({with(addLineJson({}), QStringLiteral("line"), 1)}), "ops[0].line");
    row("add_line missing product_name", batchJson({addLineJson(without(lineJson(), QStringLiteral("product_name")))}),
        "ops[0].line.product_name");
    row("add_line empty product_name",
        batchJson({addLineJson(with(lineJson(), QStringLiteral("product_name"), QString()))}),
        "ops[0].line.product_name");
    row("add_line product_name too long",
        batchJson({addLineJson(with(lineJson(), QStringLiteral("product_name"),
                                    QString(Protocol::limits().maxTextLength + 1, QLatin1Char('p'))))}),
        "ops[0].line.product_name");
    row("add_line missing product_id", batchJson({addLineJson(without(lineJson(), QStringLiteral("product_id")))}),
        "ops[0].line.product_id");
    row("add_line line uid not a UUID",
        batchJson({addLineJson(with(lineJson(), QStringLiteral("uid"), QStringLiteral("line-1")))}), "ops[0].line.uid");
    row("add_line tax_rate over 10000", batchJson({addLineJson(with(lineJson(), QStringLiteral("tax_rate"), 10001))}),
        "ops[0].line.tax_rate");
    row("add_line unit_price negative", batchJson({addLineJson(with(lineJson(), QStringLiteral("unit_price"), -1))}),
        "ops[0].line.unit_price");
    row("add_line discount over 10000", batchJson({addLineJson(with(lineJson(), QStringLiteral("discount"), 10001))}),
        "ops[0].line.discount");
    row("add_line quantity 1e300", batchJson({addLineJson(with(lineJson(), QStringLiteral("quantity"), 1e300))}),
        "ops[0].line.quantity");
    row("add_line with created_by",
        batchJson({addLineJson(with(lineJson(), QStringLiteral("created_by"),
                                    QJsonObject{{QStringLiteral("user"), QStringLiteral("Anna")},
                                                {QStringLiteral("terminal"), QStringLiteral("till-1")}}))}),
        "ops[0].line.created_by");
    row("add_line unknown key in line", batchJson({addLineJson(with(lineJson(), QStringLiteral("colour"), 1))}),
        "ops[0].line.colour");
    row("add_line ext invalid key",
        batchJson({addLineJson(with(lineJson(), QStringLiteral("ext"), QJsonObject{{QStringLiteral("Bad Key"), 1}}))}),
        "ops[0].line.ext.Bad Key");
    row("add_line ext key with trailing newline",
        batchJson({addLineJson(with(lineJson(), QStringLiteral("ext"), QJsonObject{{QStringLiteral("note\n"), 1}}))}),
        "ops[0].line.ext.note\n");
    row("add_line ext over the byte limit",
        batchJson({addLineJson(
            with(lineJson(), QStringLiteral("ext"), extOfSize(Protocol::limits().maxExtensionBytes + 1)))}),
        "ops[0].line.ext");
    row("add_line in the second op",
        batchJson({cancelJson(), addLineJson(with(lineJson(), QStringLiteral("unit_price"), -5))}),
        "ops[1].line.unit_price");

    row("remove_line line missing", batchJson({QJsonObject{{QStringLiteral("op"), QStringLiteral("remove_line")}}}),
        "ops[0].line");

    const QJsonObject cash = paymentJson(QStringLiteral("cash"), 500);
    row("pay with a method that is no id", batchJson({payJson({paymentJson(QStringLiteral("Cheque!"), 500)})}),
        "ops[0].payments[0].method");
    row("pay with another method without a name", batchJson({payJson({paymentJson(QStringLiteral("cheque"), 500)})}),
        "ops[0].payments[0].name");
    row("pay with another method giving change 1",
        batchJson({payJson({with(with(paymentJson(QStringLiteral("voucher"), 500), QStringLiteral("name"),
                                      QStringLiteral("Voucher")), QStringLiteral("gives_change"), 1)})}),
        "ops[0].payments[0].gives_change");
    row("pay in cash with a name",
        batchJson({payJson({with(cash, QStringLiteral("name"), QStringLiteral("Cash"))})}), "ops[0].payments[0].name");
    row("pay amount 0", batchJson({payJson({cash, paymentJson(QStringLiteral("card"), 0)})}),
        "ops[0].payments[1].amount");
    row("pay amount 1.5", batchJson({payJson({paymentJson(QStringLiteral("card"), 1.5)})}),
        "ops[0].payments[0].amount");
    row("pay payment uid not a UUID",
        batchJson({payJson({with(cash, QStringLiteral("uid"), QStringLiteral("p1"))})}), "ops[0].payments[0].uid");
    row("pay payment unknown key", batchJson({payJson({with(cash, QStringLiteral("tip"), 50)})}),
        "ops[0].payments[0].tip");
    row("pay payment not an object", batchJson({payJson({500})}), "ops[0].payments[0]");
    QJsonArray tooManyPayments;
    for (int i = 0; i <= Protocol::limits().maxPaymentsPerOrder; ++i)
        tooManyPayments.append(paymentJson(QStringLiteral("card"), 100));
    row("pay with too many payments", batchJson({payJson(tooManyPayments)}), "ops[0].payments");
    row("pay missing payments", batchJson({without(payJson({cash}), QStringLiteral("payments"))}), "ops[0].payments");
    row("pay change_given negative", batchJson({payJson({cash}, -1)}), "ops[0].change_given");
    row("pay receipt_number empty", batchJson({with(payJson({cash}), QStringLiteral("receipt_number"), QStringLiteral(" "))}),
        "ops[0].receipt_number");
    row("pay receipt_number too long",
        batchJson({with(payJson({cash}), QStringLiteral("receipt_number"), QString(41, QLatin1Char('7')))}),
        "ops[0].receipt_number");
    row("pay receipt_number a number", batchJson({with(payJson({cash}), QStringLiteral("receipt_number"), 12)}),
        "ops[0].receipt_number");
    row("pay missing change_given", batchJson({without(payJson({cash}), QStringLiteral("change_given"))}),
        "ops[0].change_given");
}

void TestProtocol::batchRejected()
{
    QFETCH(QJsonValue, json);
    QFETCH(QString, path);

    Batch decoded;
    QString error = QStringLiteral("stale");
    QVERIFY(!Protocol::batchFromJson(json, &decoded, &error));
    QVERIFY2(error.startsWith(path + QLatin1String(": ")),
             qPrintable(QStringLiteral("expected path \"%1\", got \"%2\"").arg(path, error)));
}

void TestProtocol::orderRoundTrip_data()
{
    QTest::addColumn<Order>("order");

    QTest::newRow("paid, abandoned, with lines and payments") << fullOrder();

    Order open = fullOrder();
    open.state = OrderState::Open;
    open.abandoned = false;
    open.ticketNumber = 0;
    open.revision = 1;
    open.customerName.clear();
    open.changeGiven = 0;
    open.extensions = {};
    open.lines.clear();
    open.payments.clear();
    QTest::newRow("open, empty") << open;

    Order cancelled = fullOrder();
    cancelled.state = OrderState::Cancelled;
    cancelled.abandoned = false;
    cancelled.lines = {orderLine(1, QStringLiteral("Returned mug"), 899, -1000)};
    cancelled.payments = {payment(uuid(PaymentAText), PaymentMethod::Cash, -899)};
    cancelled.changeGiven = 0;
    QTest::newRow("cancelled, with a return line and refund") << cancelled;

    Order largest = fullOrder();
    largest.ticketNumber = 1000000000;
    largest.revision = MaxSafeInteger;
    largest.changeGiven = Pricing::MaxUnitPrice;
    largest.customerName = QString(80, QLatin1Char('n'));
    largest.lines.first().unitPrice = Pricing::MaxUnitPrice;
    largest.lines.first().quantity = Pricing::MaxQuantity;
    largest.lines.first().taxRate = Pricing::MaxTaxRate;
    largest.lines.first().discount = Pricing::BasisPoints;
    largest.lines.first().extensions = extOfSize(Protocol::limits().maxExtensionBytes);
    largest.extensions = extOfSize(Protocol::limits().maxExtensionBytes);
    QTest::newRow("largest values") << largest;

    Order most = fullOrder();
    most.lines.clear();
    for (int i = 1; i <= Protocol::limits().maxLinesPerOrder; ++i)
        most.lines.append(orderLine(i, QStringLiteral("Item %1").arg(i), i, 1000));
    most.payments.clear();
    for (int i = 0; i < Protocol::limits().maxPaymentsPerOrder; ++i)
        most.payments.append(payment(QUuid::createUuid(), i % 2 ? PaymentMethod::Card : PaymentMethod::Cash, 10 + i));
    QTest::newRow("the most lines and payments") << most;
}

void TestProtocol::orderRoundTrip()
{
    QFETCH(Order, order);

    const QJsonObject json = Protocol::orderToJson(order);
    Order decoded;
    QString error;
    QVERIFY2(Protocol::orderFromJson(json, &decoded, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    compareOrder(decoded, order);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(Protocol::orderToJson(decoded), json);
}

void TestProtocol::orderExtensionsPassThrough_data()
{
    QTest::addColumn<QJsonObject>("orderExt");
    QTest::addColumn<QJsonObject>("lineExt");

    QTest::newRow("none") << QJsonObject() << QJsonObject();
    QTest::newRow("scalars")
        << QJsonObject{{QStringLiteral("table"), 12},
                       {QStringLiteral("vip"), true},
                       {QStringLiteral("ratio"), 0.75},
                       {QStringLiteral("gone"), QJsonValue::Null}}
        << QJsonObject{{QStringLiteral("note"), QStringLiteral("naïve café ☕ 🍰")}, {QStringLiteral("weight"), -1.25}};
    QTest::newRow("nested objects and arrays")
        << QJsonObject{{QStringLiteral("loyalty"),
                        QJsonObject{{QStringLiteral("card"), QStringLiteral("LC-1")},
                                    {QStringLiteral("History Of Points"),
                                     QJsonArray{QJsonObject{{QStringLiteral("At"), QStringLiteral("2024-05-01")},
                                                            {QStringLiteral("points"), 5}},
                                                QJsonArray{1, QJsonArray{2, QJsonArray{3}}}, QJsonArray{}}}}}}
        << QJsonObject{{QStringLiteral("mods"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), 3}, {QStringLiteral("extra"), QJsonObject{}}},
                                   QJsonValue::Null}}};
    QTest::newRow("keys with digits, dots, dashes and underscores")
        << QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("x.vendor-id_2"), QStringLiteral("x")}}
        << QJsonObject{{QStringLiteral("k0.9-_"), QJsonArray{false}}};
    const QJsonValue deep = nested(Protocol::limits().maxValueDepth);
    QTest::newRow("nested as deep as allowed") << QJsonObject{{QStringLiteral("deep"), deep}}
                                               << QJsonObject{{QStringLiteral("deep"), deep}};
}

void TestProtocol::orderExtensionsPassThrough()
{
    QFETCH(QJsonObject, orderExt);
    QFETCH(QJsonObject, lineExt);

    QJsonObject json = Protocol::orderToJson(fullOrder());
    json.insert(QStringLiteral("ext"), orderExt);
    QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
    lines.replace(1, with(lines.at(1).toObject(), QStringLiteral("ext"), lineExt));
    json.insert(QStringLiteral("lines"), lines);

    Order decoded;
    QString error;
    QVERIFY2(Protocol::orderFromJson(json, &decoded, &error), qPrintable(error));
    QCOMPARE(decoded.extensions, orderExt);
    QCOMPARE(decoded.lines.size(), 2);
    QCOMPARE(decoded.lines.at(1).extensions, lineExt);
    QCOMPARE(decoded.lines.at(0).extensions, fullOrder().lines.at(0).extensions);
    QCOMPARE(Protocol::orderToJson(decoded), json);
}

void TestProtocol::orderRejected_data()
{
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("path");

    const QJsonObject valid = Protocol::orderToJson(fullOrder());
    const auto withLine = [&valid](int index, const QString &name, const QJsonValue &value) {
        QJsonArray lines = valid.value(QStringLiteral("lines")).toArray();
        lines.replace(index, with(lines.at(index).toObject(), name, value));
        return with(valid, QStringLiteral("lines"), lines);
    };
    const auto row = [](const char *name, const QJsonValue &json, const char *path) {
        QTest::newRow(name) << json << QString::fromUtf8(path);
    };

    row("not an object", QJsonArray{valid}, "body");
    row("unknown key", with(valid, QStringLiteral("session"), 7), "session");
    row("bad state", with(valid, QStringLiteral("state"), QStringLiteral("closed")), "state");
    row("state capitalised", with(valid, QStringLiteral("state"), QStringLiteral("Paid")), "state");
    row("state missing", without(valid, QStringLiteral("state")), "state");
    QJsonArray tooManyLines;
    const QJsonObject line = valid.value(QStringLiteral("lines")).toArray().at(1).toObject();
    for (int i = 0; i <= Protocol::limits().maxLinesPerOrder; ++i)
        tooManyLines.append(with(line, QStringLiteral("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces)));
    row("lines over the limit", with(valid, QStringLiteral("lines"), tooManyLines), "lines");
    row("lines not an array", with(valid, QStringLiteral("lines"), line), "lines");
    row("line missing created_by", withLine(1, QStringLiteral("created_by"), QJsonValue::Undefined),
        "lines[1].created_by");
    row("line actor missing terminal",
        withLine(0, QStringLiteral("changed_by"), QJsonObject{{QStringLiteral("user"), QStringLiteral("Anna")}}),
        "lines[0].changed_by.terminal");
    row("line actor not an object", withLine(0, QStringLiteral("created_by"), QStringLiteral("Anna")),
        "lines[0].created_by");
    row("line unknown key", withLine(0, QStringLiteral("position"), 1), "lines[0].position");
    row("line quantity over the maximum", withLine(1, QStringLiteral("quantity"), Pricing::MaxQuantity + 1),
        "lines[1].quantity");
    row("line ext invalid key", withLine(0, QStringLiteral("ext"), QJsonObject{{QStringLiteral("Bad Key"), 1}}),
        "lines[0].ext.Bad Key");
    row("line ext over the byte limit",
        withLine(0, QStringLiteral("ext"), extOfSize(Protocol::limits().maxExtensionBytes + 1)), "lines[0].ext");
    row("line ext nested too deep",
        withLine(0, QStringLiteral("ext"), QJsonObject{{QStringLiteral("deep"), nested(Protocol::limits().maxValueDepth + 1)}}),
        "lines[0].ext");
    row("order ext nested too deep",
        with(valid, QStringLiteral("ext"), QJsonObject{{QStringLiteral("deep"), nested(Protocol::limits().maxValueDepth + 1)}}),
        "ext");
    row("abandoned not a bool", with(valid, QStringLiteral("abandoned"), QStringLiteral("yes")), "abandoned");
    row("abandoned a number", with(valid, QStringLiteral("abandoned"), 1), "abandoned");
    row("abandoned missing", without(valid, QStringLiteral("abandoned")), "abandoned");
    row("revision negative", with(valid, QStringLiteral("revision"), -1), "revision");
    row("ticket 1.5", with(valid, QStringLiteral("ticket"), 1.5), "ticket");
    row("changed_at not a time", with(valid, QStringLiteral("changed_at"), QStringLiteral("later")), "changed_at");
    row("customer_name too long", with(valid, QStringLiteral("customer_name"), QString(81, QLatin1Char('n'))),
        "customer_name");
    row("order actor user not a string",
        with(valid, QStringLiteral("created_by"),
             QJsonObject{{QStringLiteral("user"), 5}, {QStringLiteral("terminal"), QStringLiteral("till-1")}}),
        "created_by.user");
    row("payment method with a capital",
        with(valid, QStringLiteral("payments"), QJsonArray{paymentJson(QStringLiteral("Cheque"), 100)}),
        "payments[0].method");
    QJsonArray tooManyPayments;
    for (int i = 0; i <= Protocol::limits().maxPaymentsPerOrder; ++i)
        tooManyPayments.append(paymentJson(QStringLiteral("cash"), 100));
    row("too many payments", with(valid, QStringLiteral("payments"), tooManyPayments), "payments");
    row("ext invalid key", with(valid, QStringLiteral("ext"), QJsonObject{{QStringLiteral("Bad Key"), 1}}),
        "ext.Bad Key");
}

void TestProtocol::orderRejected()
{
    QFETCH(QJsonValue, json);
    QFETCH(QString, path);

    Order decoded;
    QString error = QStringLiteral("stale");
    QVERIFY(!Protocol::orderFromJson(json, &decoded, &error));
    QVERIFY2(error.startsWith(path + QLatin1String(": ")),
             qPrintable(QStringLiteral("expected path \"%1\", got \"%2\"").arg(path, error)));
}

void TestProtocol::errorBody_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("conflict") << QStringLiteral("conflict") << QStringLiteral("base revision 3 is behind 5");
    QTest::newRow("empty message") << QStringLiteral("bad_request") << QString();
    QTest::newRow("message with a path")
        << QStringLiteral("invalid") << QStringLiteral("ops[2].line.unit_price: must be from 0 to 100000000000");
    QTest::newRow("non-ASCII message") << QStringLiteral("invalid") << QStringLiteral("Bestellung „Tisch 4“ – ✗");
}

void TestProtocol::errorBody()
{
    QFETCH(QString, code);
    QFETCH(QString, message);

    const QJsonObject body = Protocol::errorBody(code, message);
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("error"), QStringLiteral("message")}));
    QVERIFY(body.value(QStringLiteral("error")).isString());
    QVERIFY(body.value(QStringLiteral("message")).isString());
    QCOMPARE(body.value(QStringLiteral("error")).toString(), code);
    QCOMPARE(body.value(QStringLiteral("message")).toString(), message);
}

namespace {
QJsonObject cashReportJson()
{
    return {{"instance", "bar-1"}, {"session", 7}, {"cashier", "Alice"},
            {"opened_at", "2026-12-01T08:00:00.000Z"}, {"closed_at", "2026-12-01T16:00:00.000Z"},
            {"currency", "EUR"}, {"opening_float", 10000}, {"cash_sales", 4520},
            {"moves", QJsonArray{QJsonObject{{"amount", -2000}, {"reason", "Supplier"}, {"user", "Alice"},
                                             {"at", "2026-12-01T12:00:00.000Z"}}}},
            {"expected", 12520}, {"counted", 12500}};
}
} // namespace

void TestProtocol::cashReportRoundTrip()
{
    Protocol::CashReport report;
    QString error;
    QVERIFY2(Protocol::cashReportFromJson(cashReportJson(), &report, &error), qPrintable(error));
    QCOMPARE(report.session, 7);
    QCOMPARE(report.moves.size(), 1);
    QCOMPARE(report.moves.first().amount, -2000);
    QCOMPARE(report.counted, std::optional<qint64>(12500));
    QCOMPARE(Protocol::cashReportToJson(report), cashReportJson());
    // Not counted is a report too.
    QVERIFY(Protocol::cashReportFromJson(without(cashReportJson(), "counted"), &report, &error));
    QVERIFY(!report.counted);
}

void TestProtocol::cashReportRejected_data()
{
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("path");
    const QJsonObject valid = cashReportJson();
    const auto row = [](const char *name, const QJsonValue &json, const char *path) {
        QTest::newRow(name) << json << QString::fromUtf8(path);
    };
    row("not an object", QJsonArray{valid}, "body");
    row("unknown key", with(valid, "tip", 5), "tip");
    row("session 0", with(valid, "session", 0), "session");
    row("blank cashier", with(valid, "cashier", "  "), "cashier");
    row("time without zone", with(valid, "opened_at", "2026-12-01T08:00:00"), "opened_at");
    row("closed before opened", with(valid, "closed_at", "2026-12-01T07:00:00.000Z"), "closed_at");
    row("currency lower case", with(valid, "currency", "eur"), "currency");
    row("negative float", with(valid, "opening_float", -1), "opening_float");
    row("move of nothing",
        with(with(valid, "moves", QJsonArray{QJsonObject{{"amount", 0}, {"reason", "x"}, {"user", "A"},
                                                          {"at", "2026-12-01T12:00:00.000Z"}}}), "expected", 14520),
        "moves[0].amount");
    row("move without reason",
        with(valid, "moves", QJsonArray{QJsonObject{{"amount", -2000}, {"reason", ""}, {"user", "A"},
                                                     {"at", "2026-12-01T12:00:00.000Z"}}}),
        "moves[0].reason");
    row("expected that does not add up", with(valid, "expected", 12521), "expected");
    row("negative count", with(valid, "counted", -5), "counted");
    row("count not a number", with(valid, "counted", "125.00"), "counted");
}

void TestProtocol::cashReportRejected()
{
    QFETCH(QJsonValue, json);
    QFETCH(QString, path);
    Protocol::CashReport report;
    QString error;
    QVERIFY(!Protocol::cashReportFromJson(json, &report, &error));
    QVERIFY2(error.startsWith(path + ": "), qPrintable(error));
}

// The rules the server answers 422 with are the terminal's too: an operation that
// cannot apply says why and leaves the order as it was, on either side.
void TestProtocol::operationEngineRefuses_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("why");

    QTest::newRow("increment past the largest quantity") << int(Protocol::OpKind::SetLine) << QStringLiteral("the quantity would be out of range");
    QTest::newRow("removing a line the order does not have") << int(Protocol::OpKind::RemoveLine) << QStringLiteral("the order has no line");
    QTest::newRow("adding a line it has") << int(Protocol::OpKind::AddLine) << QStringLiteral("exists already");
    QTest::newRow("paying less than the total") << int(Protocol::OpKind::Pay) << QStringLiteral("the payments must cover the total 500");
}

void TestProtocol::operationEngineRefuses()
{
    QFETCH(int, kind);
    QFETCH(QString, why);
    Order order;
    order.uid = QUuid::createUuid();
    OrderLine line;
    line.uid = QUuid::createUuid();
    line.productId = QStringLiteral("COL");
    line.productName = QStringLiteral("Cola");
    line.unitPrice = 250;
    line.quantity = 2000;
    order.lines = {line};
    const Actor actor{QStringLiteral("Alice"), QStringLiteral("Bar")};
    Protocol::Operation op;
    op.kind = Protocol::OpKind(kind);
    switch (op.kind) {
    case Protocol::OpKind::SetLine:
        op.lineUid = line.uid;
        op.field = QStringLiteral("quantity");
        op.increment = true;
        op.delta = Pricing::MaxQuantity;
        break;
    case Protocol::OpKind::RemoveLine:
        op.lineUid = QUuid::createUuid();
        break;
    case Protocol::OpKind::AddLine:
        op.line = line;
        break;
    default:
        op.payments = {Payment{QUuid::createUuid(), PaymentMethod::Card, 400}};
        break;
    }
    const Order before = order;
    const QString problem = Protocol::applyOperation(&order, op, actor);
    QVERIFY2(problem.contains(why), qPrintable(problem));
    QCOMPARE(Protocol::orderToJson(order), Protocol::orderToJson(before));
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
