#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Protocol {

namespace {

constexpr qint64 MaxSafeInteger = MaxInteger;
constexpr int MaxCustomerName = 80;
constexpr int MaxReceiptNumber = 40;
constexpr int MaxCashierName = 40;
constexpr int MaxMethodName = 40;
constexpr int MaxCashMoves = 1000;
// Cash summed over a session stays well inside what a JSON number holds exactly.
constexpr qint64 MaxCashSum = 1'000'000'000'000'000LL;

QString depthRule()
{
    return QStringLiteral("must nest arrays and objects at most %1 levels deep").arg(limits().maxValueDepth);
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString uuidText(const QUuid &uid)
{
    return uid.toString(QUuid::WithoutBraces);
}

QJsonObject paymentToJson(const Payment &payment)
{
    QJsonObject json{{QStringLiteral("uid"), uuidText(payment.uid)},
                     {QStringLiteral("method"), payment.key()},
                     {QStringLiteral("amount"), payment.amount}};
    if (payment.method == PaymentMethod::Other) {
        json.insert(QStringLiteral("name"), payment.otherName);
        json.insert(QStringLiteral("gives_change"), payment.givesChange);
    }
    return json;
}

QJsonObject actorToJson(const Actor &actor)
{
    return {{QStringLiteral("user"), actor.user}, {QStringLiteral("terminal"), actor.terminal}};
}

// Reads one JSON object strictly; the first problem found is kept with its path.
class Reader final
{
public:
    Reader(const QJsonValue &value, const QString &path, QString *error)
        : m_path(path)
        , m_error(error)
    {
        if (!value.isObject())
            failHere(QStringLiteral("must be an object"));
        m_object = value.toObject();
    }

    bool ok() const { return m_error->isEmpty(); }

    QString string(const QString &key, int maxLength, bool required = true)
    {
        const QJsonValue value = take(key, required);
        if (value.isUndefined())
            return {};
        if (!value.isString()) {
            fail(key, QStringLiteral("must be a string"));
            return {};
        }
        const QString text = value.toString();
        if (text.size() > maxLength)
            fail(key, QStringLiteral("must have at most %1 characters").arg(maxLength));
        else if (!isStorableText(text))
            fail(key, QStringLiteral("must not contain control characters or invalid Unicode"));
        return text;
    }

    QString nonEmptyString(const QString &key, int maxLength)
    {
        const QString text = string(key, maxLength);
        if (ok() && text.trimmed().isEmpty())
            fail(key, QStringLiteral("must not be empty"));
        return text;
    }

    qint64 integer(const QString &key, qint64 min, qint64 max, bool required = true)
    {
        const QJsonValue value = take(key, required);
        if (value.isUndefined())
            return 0;
        return checkedInteger(value, key, min, max);
    }

    qint64 checkedInteger(const QJsonValue &value, const QString &key, qint64 min, qint64 max)
    {
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || std::abs(number) > double(MaxSafeInteger)) {
            fail(key, QStringLiteral("must be an integer"));
            return 0;
        }
        const auto integer = static_cast<qint64>(number);
        if (integer < min || integer > max) {
            fail(key, QStringLiteral("must be from %1 to %2").arg(min).arg(max));
            return 0;
        }
        return integer;
    }

    QUuid uuid(const QString &key)
    {
        const QString text = string(key, 36);
        const QUuid uid = QUuid::fromString(text);
        if (ok() && (uid.isNull() || text.size() != 36))
            fail(key, QStringLiteral("must be a UUID like 123e4567-e89b-12d3-a456-426614174000"));
        return uid;
    }

    QDateTime time(const QString &key)
    {
        const QString text = string(key, 40);
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        // Without Z or an offset the moment would depend on the reader's time zone.
        if (ok() && (!time.isValid() || time.timeSpec() == Qt::LocalTime))
            fail(key, QStringLiteral("must be an ISO 8601 time with Z or an offset"));
        return time.toUTC();
    }

    QJsonObject extensions(const QString &key)
    {
        const QJsonValue value = take(key, false);
        if (value.isUndefined())
            return {};
        if (!value.isObject()) {
            fail(key, QStringLiteral("must be an object"));
            return {};
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!isExtensionKey(it.key())) {
                fail(key + QLatin1Char('.') + it.key(), QStringLiteral("is not a valid extension key"));
                return {};
            }
        }
        const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
        if (json.size() > limits().maxExtensionBytes)
            fail(key, QStringLiteral("must be at most %1 bytes of JSON").arg(limits().maxExtensionBytes));
        else if (jsonDepth(object) > limits().maxValueDepth + 1)
            fail(key, depthRule());
        else if (QJsonDocument::fromJson(json).object() != object)
            fail(key, QStringLiteral("must survive a JSON round trip (no invalid Unicode)"));
        return object;
    }

    Actor actor(const QString &key)
    {
        Reader nested(take(key, true), childPath(key), m_error);
        Actor actor;
        actor.user = nested.string(QStringLiteral("user"), limits().maxTextLength);
        actor.terminal = nested.string(QStringLiteral("terminal"), limits().maxTextLength);
        nested.finish();
        return actor;
    }

    QJsonArray array(const QString &key, int maxItems)
    {
        const QJsonValue value = take(key, true);
        if (!value.isArray()) {
            if (!value.isUndefined())
                fail(key, QStringLiteral("must be an array"));
            return {};
        }
        const QJsonArray items = value.toArray();
        if (items.size() > maxItems)
            fail(key, QStringLiteral("must have at most %1 items").arg(maxItems));
        return items;
    }

    QJsonValue any(const QString &key, bool required = true) { return take(key, required); }
    bool has(const QString &key) const { return m_object.contains(key); }

    // Rejects keys nobody asked for.
    bool finish()
    {
        if (!ok())
            return false;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_seen.contains(it.key())) {
                fail(it.key(), QStringLiteral("is not a known field"));
                return false;
            }
        }
        return true;
    }

    QString childPath(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    void fail(const QString &key, const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = childPath(key) + QStringLiteral(": ") + message;
    }

    // Text that comes back unchanged from storage and shows on a receipt.
    static bool isStorableText(const QString &text)
    {
        for (const QChar c : text) {
            if (c.category() == QChar::Other_Control || c.isNonCharacter())
                return false;
        }
        return QString::fromUtf8(text.toUtf8()) == text;
    }

    static bool isExtensionKey(const QString &key)
    {
        static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_.-]{0,63}")));
        return pattern.match(key).hasMatch();
    }

private:
    QJsonValue take(const QString &key, bool required)
    {
        m_seen.insert(key);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && required)
            fail(key, QStringLiteral("is required"));
        return value;
    }

    void failHere(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = (m_path.isEmpty() ? QStringLiteral("body") : m_path) + QStringLiteral(": ") + message;
    }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    QSet<QString> m_seen;
};

bool isCurrencyCode(const QString &code)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[A-Z]{3}")));
    return pattern.match(code).hasMatch();
}

OrderLine readLine(Reader &reader, bool full)
{
    const int text = limits().maxTextLength;
    OrderLine line;
    line.uid = reader.uuid(QStringLiteral("uid"));
    line.productId = reader.nonEmptyString(QStringLiteral("product_id"), text);
    line.productName = reader.nonEmptyString(QStringLiteral("product_name"), text);
    line.unitPrice = reader.integer(QStringLiteral("unit_price"), 0, Pricing::MaxUnitPrice);
    line.taxRate = int(reader.integer(QStringLiteral("tax_rate"), 0, Pricing::MaxTaxRate));
    line.quantity = reader.integer(QStringLiteral("quantity"), -Pricing::MaxQuantity, Pricing::MaxQuantity);
    line.discount = int(reader.integer(QStringLiteral("discount"), 0, Pricing::BasisPoints));
    if (full) {
        line.createdBy = reader.actor(QStringLiteral("created_by"));
        line.changedBy = reader.actor(QStringLiteral("changed_by"));
    }
    line.extensions = reader.extensions(QStringLiteral("ext"));
    return line;
}

bool readPayments(Reader &reader, QList<Payment> *payments, QString *error)
{
    const QJsonArray items = reader.array(QStringLiteral("payments"), limits().maxPaymentsPerOrder);
    for (int i = 0; i < items.size() && reader.ok(); ++i) {
        Reader item(items.at(i), reader.childPath(QStringLiteral("payments[%1]").arg(i)), error);
        Payment payment;
        payment.uid = item.uuid(QStringLiteral("uid"));
        const QString method = item.string(QStringLiteral("method"), 32);
        if (item.ok() && !payment.setKey(method))
            item.fail(QStringLiteral("method"), QStringLiteral("must be \"cash\", \"card\" or the id of another method "
                                                             "([a-z][a-z0-9_-]{0,31})"));
        payment.amount = item.integer(QStringLiteral("amount"), -Pricing::MaxUnitPrice, Pricing::MaxUnitPrice);
        if (item.ok() && payment.amount == 0)
            item.fail(QStringLiteral("amount"), QStringLiteral("must not be zero"));
        // Another method says how it is called and whether an overpayment comes back in cash.
        if (item.ok() && payment.method == PaymentMethod::Other) {
            payment.otherName = item.nonEmptyString(QStringLiteral("name"), MaxMethodName);
            if (item.has(QStringLiteral("gives_change"))) {
                const QJsonValue givesChange = item.any(QStringLiteral("gives_change"));
                if (!givesChange.isBool())
                    item.fail(QStringLiteral("gives_change"), QStringLiteral("must be true or false"));
                payment.givesChange = givesChange.toBool();
            }
        }
        if (item.finish())
            payments->append(payment);
    }
    return reader.ok();
}

bool validField(const QString &field, bool line)
{
    if (isExtensionField(field))
        return Reader::isExtensionKey(extensionKey(field));
    if (line)
        return field == QLatin1String("quantity") || field == QLatin1String("discount")
            || field == QLatin1String("unit_price");
    return field == QLatin1String("customer_name");
}

bool readOperation(const QJsonValue &json, const QString &path, Operation *op, QString *error)
{
    Reader reader(json, path, error);
    const QString name = reader.string(QStringLiteral("op"), 16);
    if (!reader.ok())
        return false;
    if (name == QLatin1String("create")) {
        op->kind = OpKind::Create;
        op->order.receiptReference = reader.nonEmptyString(QStringLiteral("receipt_reference"), 40);
        op->order.currency = reader.string(QStringLiteral("currency"), 3);
        if (reader.ok() && !isCurrencyCode(op->order.currency))
            reader.fail(QStringLiteral("currency"), QStringLiteral("must be a three-letter ISO code"));
        op->order.customerName = reader.string(QStringLiteral("customer_name"), MaxCustomerName, false);
        op->order.createdAt = reader.time(QStringLiteral("created_at"));
        op->order.extensions = reader.extensions(QStringLiteral("ext"));
    } else if (name == QLatin1String("set") || name == QLatin1String("set_line")) {
        const bool line = name == QLatin1String("set_line");
        op->kind = line ? OpKind::SetLine : OpKind::Set;
        if (line)
            op->lineUid = reader.uuid(QStringLiteral("line"));
        op->field = reader.string(QStringLiteral("field"), 80);
        if (reader.ok() && !validField(op->field, line)) {
            reader.fail(QStringLiteral("field"), QStringLiteral("is not a field that can be set"));
            return false;
        }
        if (line && op->field == QLatin1String("quantity") && reader.has(QStringLiteral("add"))) {
            op->increment = true;
            op->delta = reader.integer(QStringLiteral("add"), -Pricing::MaxQuantity, Pricing::MaxQuantity);
            if (reader.ok() && op->delta == 0)
                reader.fail(QStringLiteral("add"), QStringLiteral("must not be zero"));
        } else {
            op->value = reader.any(QStringLiteral("value"));
            if (!reader.ok())
                return false;
            if (op->field == QLatin1String("customer_name")) {
                if (!op->value.isString() || op->value.toString().size() > MaxCustomerName)
                    reader.fail(QStringLiteral("value"), QStringLiteral("must be a string of at most %1 characters")
                                                             .arg(MaxCustomerName));
            } else if (op->field == QLatin1String("quantity")) {
                reader.checkedInteger(op->value, QStringLiteral("value"), -Pricing::MaxQuantity, Pricing::MaxQuantity);
            } else if (op->field == QLatin1String("discount")) {
                reader.checkedInteger(op->value, QStringLiteral("value"), 0, Pricing::BasisPoints);
            } else if (op->field == QLatin1String("unit_price")) {
                reader.checkedInteger(op->value, QStringLiteral("value"), 0, Pricing::MaxUnitPrice);
            } else {
                if (reader.has(QStringLiteral("unique"))) {
                    const QJsonValue unique = reader.any(QStringLiteral("unique"));
                    if (line || unique != QJsonValue(true) || op->value.isNull())
                        reader.fail(QStringLiteral("unique"), QStringLiteral("is only allowed as true on an order's ext field set to a value"));
                    op->unique = unique.toBool();
                }
                const QJsonArray wrapped{op->value};
                const QByteArray json = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
                if (json.size() > limits().maxExtensionBytes)
                    reader.fail(QStringLiteral("value"), QStringLiteral("must be at most %1 bytes of JSON")
                                                             .arg(limits().maxExtensionBytes));
                else if (jsonDepth(op->value) > limits().maxValueDepth)
                    reader.fail(QStringLiteral("value"), depthRule());
                else if (QJsonDocument::fromJson(json).array() != wrapped)
                    reader.fail(QStringLiteral("value"), QStringLiteral("must survive a JSON round trip (no invalid Unicode)"));
            }
        }
    } else if (name == QLatin1String("add_line")) {
        op->kind = OpKind::AddLine;
        Reader line(reader.any(QStringLiteral("line")), reader.childPath(QStringLiteral("line")), error);
        op->line = readLine(line, false);
        line.finish();
    } else if (name == QLatin1String("remove_line")) {
        op->kind = OpKind::RemoveLine;
        op->lineUid = reader.uuid(QStringLiteral("line"));
    } else if (name == QLatin1String("pay")) {
        op->kind = OpKind::Pay;
        readPayments(reader, &op->payments, error);
        if (reader.ok() && op->payments.isEmpty())
            reader.fail(QStringLiteral("payments"), QStringLiteral("must not be empty"));
        op->changeGiven = reader.integer(QStringLiteral("change_given"), 0, Pricing::MaxUnitPrice);
        if (reader.has(QStringLiteral("receipt_number")))
            op->receiptNumber = reader.nonEmptyString(QStringLiteral("receipt_number"), MaxReceiptNumber);
    } else if (name == QLatin1String("cancel")) {
        op->kind = OpKind::Cancel;
    } else {
        reader.fail(QStringLiteral("op"), QStringLiteral("must be one of create, set, add_line, set_line, "
                                                         "remove_line, pay, cancel"));
        return false;
    }
    return reader.finish();
}

} // namespace

const Limits &limits()
{
    static const Limits defaults;
    return defaults;
}

QString opName(OpKind kind)
{
    switch (kind) {
    case OpKind::Create:
        return QStringLiteral("create");
    case OpKind::Set:
        return QStringLiteral("set");
    case OpKind::AddLine:
        return QStringLiteral("add_line");
    case OpKind::SetLine:
        return QStringLiteral("set_line");
    case OpKind::RemoveLine:
        return QStringLiteral("remove_line");
    case OpKind::Pay:
        return QStringLiteral("pay");
    case OpKind::Cancel:
        return QStringLiteral("cancel");
    }
    return {};
}

bool isExtensionField(const QString &field)
{
    return field.startsWith(QLatin1String("ext:"));
}

QString extensionKey(const QString &field)
{
    return field.mid(4);
}

QJsonObject lineToJson(const OrderLine &line)
{
    return {
        {QStringLiteral("uid"), uuidText(line.uid)},
        {QStringLiteral("product_id"), line.productId},
        {QStringLiteral("product_name"), line.productName},
        {QStringLiteral("unit_price"), line.unitPrice},
        {QStringLiteral("tax_rate"), line.taxRate},
        {QStringLiteral("quantity"), line.quantity},
        {QStringLiteral("discount"), line.discount},
        {QStringLiteral("created_by"), actorToJson(line.createdBy)},
        {QStringLiteral("changed_by"), actorToJson(line.changedBy)},
        {QStringLiteral("ext"), line.extensions},
    };
}

QJsonObject orderToJson(const Order &order)
{
    QJsonArray lines;
    for (const OrderLine &line : order.lines)
        lines.append(lineToJson(line));
    QJsonArray payments;
    for (const Payment &payment : order.payments)
        payments.append(paymentToJson(payment));
    QJsonObject json{
        {QStringLiteral("uid"), uuidText(order.uid)},
        {QStringLiteral("ticket"), order.ticketNumber},
        {QStringLiteral("receipt_reference"), order.receiptReference},
        {QStringLiteral("state"), Order::stateKey(order.state)},
        {QStringLiteral("abandoned"), order.abandoned},
        {QStringLiteral("revision"), order.revision},
        {QStringLiteral("currency"), order.currency},
        {QStringLiteral("customer_name"), order.customerName},
        {QStringLiteral("created_by"), actorToJson(order.createdBy)},
        {QStringLiteral("changed_by"), actorToJson(order.changedBy)},
        {QStringLiteral("created_at"), timeText(order.createdAt)},
        {QStringLiteral("changed_at"), timeText(order.changedAt)},
        {QStringLiteral("change_given"), order.changeGiven},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("payments"), payments},
        {QStringLiteral("ext"), order.extensions},
    };
    if (!order.receiptNumber.isEmpty())
        json.insert(QStringLiteral("receipt_number"), order.receiptNumber);
    return json;
}

QJsonObject operationToJson(const Operation &op)
{
    QJsonObject json{{QStringLiteral("op"), opName(op.kind)}};
    switch (op.kind) {
    case OpKind::Create:
        json.insert(QStringLiteral("receipt_reference"), op.order.receiptReference);
        json.insert(QStringLiteral("currency"), op.order.currency);
        json.insert(QStringLiteral("customer_name"), op.order.customerName);
        json.insert(QStringLiteral("created_at"), timeText(op.order.createdAt));
        json.insert(QStringLiteral("ext"), op.order.extensions);
        break;
    case OpKind::SetLine:
        json.insert(QStringLiteral("line"), uuidText(op.lineUid));
        Q_FALLTHROUGH();
    case OpKind::Set:
        json.insert(QStringLiteral("field"), op.field);
        if (op.increment)
            json.insert(QStringLiteral("add"), op.delta);
        else
            json.insert(QStringLiteral("value"), op.value);
        if (op.unique)
            json.insert(QStringLiteral("unique"), true);
        break;
    case OpKind::AddLine: {
        QJsonObject line = lineToJson(op.line);
        line.remove(QStringLiteral("created_by"));
        line.remove(QStringLiteral("changed_by"));
        json.insert(QStringLiteral("line"), line);
        break;
    }
    case OpKind::RemoveLine:
        json.insert(QStringLiteral("line"), uuidText(op.lineUid));
        break;
    case OpKind::Pay: {
        QJsonArray payments;
        for (const Payment &payment : op.payments)
            payments.append(paymentToJson(payment));
        json.insert(QStringLiteral("payments"), payments);
        json.insert(QStringLiteral("change_given"), op.changeGiven);
        if (!op.receiptNumber.isEmpty())
            json.insert(QStringLiteral("receipt_number"), op.receiptNumber);
        break;
    }
    case OpKind::Cancel:
        break;
    }
    return json;
}

QJsonObject batchToJson(const Batch &batch)
{
    QJsonArray ops;
    for (const Operation &op : batch.ops)
        ops.append(operationToJson(op));
    return {
        {QStringLiteral("op_id"), uuidText(batch.opId)},
        {QStringLiteral("order"), uuidText(batch.orderUid)},
        {QStringLiteral("base_revision"), batch.baseRevision},
        {QStringLiteral("instance"), batch.instance},
        {QStringLiteral("user"), batch.user},
        {QStringLiteral("ops"), ops},
    };
}

bool batchFromJson(const QJsonValue &json, Batch *batch, QString *error)
{
    error->clear();
    Reader reader(json, QString(), error);
    batch->opId = reader.uuid(QStringLiteral("op_id"));
    batch->orderUid = reader.uuid(QStringLiteral("order"));
    batch->baseRevision = reader.integer(QStringLiteral("base_revision"), 0, MaxSafeInteger);
    batch->instance = reader.nonEmptyString(QStringLiteral("instance"), 64);
    batch->user = reader.nonEmptyString(QStringLiteral("user"), limits().maxTextLength);
    const QJsonArray ops = reader.array(QStringLiteral("ops"), limits().maxOpsPerBatch);
    if (reader.ok() && ops.isEmpty())
        reader.fail(QStringLiteral("ops"), QStringLiteral("must not be empty"));
    batch->ops.clear();
    for (int i = 0; i < ops.size() && reader.ok(); ++i) {
        Operation op;
        if (readOperation(ops.at(i), QStringLiteral("ops[%1]").arg(i), &op, error))
            batch->ops.append(op);
    }
    if (!reader.finish())
        return false;
    for (int i = 0; i < batch->ops.size(); ++i) {
        if (batch->ops.at(i).kind == OpKind::Create && (i != 0 || batch->baseRevision != 0)) {
            *error = QStringLiteral("ops[%1]: create must be the first operation of a batch based on revision 0").arg(i);
            return false;
        }
    }
    return true;
}

bool cashReportFromJson(const QJsonValue &json, CashReport *report, QString *error)
{
    error->clear();
    Reader reader(json, QString(), error);
    *report = CashReport();
    report->instance = reader.nonEmptyString(QStringLiteral("instance"), 64);
    report->session = reader.integer(QStringLiteral("session"), 1, MaxSafeInteger);
    report->cashier = reader.nonEmptyString(QStringLiteral("cashier"), MaxCashierName);
    report->openedAt = reader.time(QStringLiteral("opened_at"));
    report->closedAt = reader.time(QStringLiteral("closed_at"));
    if (reader.ok() && report->closedAt < report->openedAt)
        reader.fail(QStringLiteral("closed_at"), QStringLiteral("must not be before opened_at"));
    report->currency = reader.string(QStringLiteral("currency"), 3);
    if (reader.ok() && !isCurrencyCode(report->currency))
        reader.fail(QStringLiteral("currency"), QStringLiteral("must be a three-letter ISO code"));
    report->openingFloat = reader.integer(QStringLiteral("opening_float"), 0, Pricing::MaxUnitPrice);
    report->cashSales = reader.integer(QStringLiteral("cash_sales"), -MaxCashSum, MaxCashSum);
    const QJsonArray moves = reader.array(QStringLiteral("moves"), MaxCashMoves);
    qint64 expected = report->openingFloat + report->cashSales;
    for (int i = 0; i < moves.size() && reader.ok(); ++i) {
        Reader item(moves.at(i), reader.childPath(QStringLiteral("moves[%1]").arg(i)), error);
        CashReport::Move move;
        move.amount = item.integer(QStringLiteral("amount"), -Pricing::MaxUnitPrice, Pricing::MaxUnitPrice);
        if (item.ok() && move.amount == 0)
            item.fail(QStringLiteral("amount"), QStringLiteral("must not be zero"));
        move.reason = item.nonEmptyString(QStringLiteral("reason"), 80);
        move.user = item.nonEmptyString(QStringLiteral("user"), limits().maxTextLength);
        move.at = item.time(QStringLiteral("at"));
        if (item.finish()) {
            report->moves.append(move);
            expected += move.amount;
        }
    }
    report->expected = reader.integer(QStringLiteral("expected"), -MaxCashSum, MaxCashSum);
    if (reader.ok() && report->expected != expected)
        reader.fail(QStringLiteral("expected"), QStringLiteral("must be opening_float + cash_sales + the moves, %1").arg(expected));
    if (reader.has(QStringLiteral("counted")))
        report->counted = reader.integer(QStringLiteral("counted"), 0, Pricing::MaxUnitPrice);
    return reader.finish();
}

QJsonObject cashReportToJson(const CashReport &report)
{
    QJsonArray moves;
    for (const CashReport::Move &move : report.moves) {
        moves.append(QJsonObject{{QStringLiteral("amount"), move.amount},
                                 {QStringLiteral("reason"), move.reason},
                                 {QStringLiteral("user"), move.user},
                                 {QStringLiteral("at"), timeText(move.at)}});
    }
    QJsonObject json{{QStringLiteral("instance"), report.instance},
                     {QStringLiteral("session"), report.session},
                     {QStringLiteral("cashier"), report.cashier},
                     {QStringLiteral("opened_at"), timeText(report.openedAt)},
                     {QStringLiteral("closed_at"), timeText(report.closedAt)},
                     {QStringLiteral("currency"), report.currency},
                     {QStringLiteral("opening_float"), report.openingFloat},
                     {QStringLiteral("cash_sales"), report.cashSales},
                     {QStringLiteral("moves"), moves},
                     {QStringLiteral("expected"), report.expected}};
    if (report.counted)
        json.insert(QStringLiteral("counted"), *report.counted);
    return json;
}

bool documentChangeFromJson(const QJsonValue &json, DocumentChange *change, QString *error)
{
    error->clear();
    Reader reader(json, QString(), error);
    change->key = reader.nonEmptyString(QStringLiteral("key"), 64);
    if (reader.ok() && !Reader::isExtensionKey(change->key))
        reader.fail(QStringLiteral("key"), QStringLiteral("must match [a-z][a-z0-9_.-]{0,63}"));
    change->value = reader.any(QStringLiteral("value"));
    if (reader.ok()) {
        const QJsonArray wrapped{change->value};
        const QByteArray compact = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
        if (change->value.isNull())
            reader.fail(QStringLiteral("value"), QStringLiteral("must not be null"));
        else if (compact.size() - 2 > limits().maxDocumentBytes)
            reader.fail(QStringLiteral("value"), QStringLiteral("must be at most %1 bytes of JSON").arg(limits().maxDocumentBytes));
        else if (jsonDepth(change->value) > limits().maxValueDepth)
            reader.fail(QStringLiteral("value"), depthRule());
        else if (QJsonDocument::fromJson(compact).array() != wrapped)
            reader.fail(QStringLiteral("value"), QStringLiteral("must survive a JSON round trip (no invalid Unicode)"));
    }
    change->baseRevision = reader.integer(QStringLiteral("base_revision"), 0, MaxSafeInteger);
    change->instance = reader.nonEmptyString(QStringLiteral("instance"), 64);
    change->user = reader.nonEmptyString(QStringLiteral("user"), limits().maxTextLength);
    return reader.finish();
}

QJsonObject documentChangeToJson(const DocumentChange &change)
{
    return {{QStringLiteral("key"), change.key},
            {QStringLiteral("value"), change.value},
            {QStringLiteral("base_revision"), change.baseRevision},
            {QStringLiteral("instance"), change.instance},
            {QStringLiteral("user"), change.user}};
}

bool orderFromJson(const QJsonValue &json, Order *order, QString *error)
{
    error->clear();
    Reader reader(json, QString(), error);
    order->uid = reader.uuid(QStringLiteral("uid"));
    order->ticketNumber = int(reader.integer(QStringLiteral("ticket"), 0, 1000000000));
    order->receiptReference = reader.string(QStringLiteral("receipt_reference"), 40);
    order->receiptNumber = reader.string(QStringLiteral("receipt_number"), MaxReceiptNumber, false);
    const QString state = reader.string(QStringLiteral("state"), 16);
    if (reader.ok() && !Order::stateFromKey(state, &order->state))
        reader.fail(QStringLiteral("state"), QStringLiteral("must be open, paid or cancelled"));
    const QJsonValue abandoned = reader.any(QStringLiteral("abandoned"));
    if (reader.ok() && !abandoned.isBool())
        reader.fail(QStringLiteral("abandoned"), QStringLiteral("must be true or false"));
    order->abandoned = abandoned.toBool();
    order->revision = reader.integer(QStringLiteral("revision"), 0, MaxSafeInteger);
    order->currency = reader.string(QStringLiteral("currency"), 3);
    if (reader.ok() && !isCurrencyCode(order->currency))
        reader.fail(QStringLiteral("currency"), QStringLiteral("must be a three-letter ISO code"));
    order->customerName = reader.string(QStringLiteral("customer_name"), MaxCustomerName);
    order->createdBy = reader.actor(QStringLiteral("created_by"));
    order->changedBy = reader.actor(QStringLiteral("changed_by"));
    order->createdAt = reader.time(QStringLiteral("created_at"));
    order->changedAt = reader.time(QStringLiteral("changed_at"));
    order->changeGiven = reader.integer(QStringLiteral("change_given"), 0, Pricing::MaxUnitPrice);
    const QJsonArray lines = reader.array(QStringLiteral("lines"), limits().maxLinesPerOrder);
    order->lines.clear();
    for (int i = 0; i < lines.size() && reader.ok(); ++i) {
        Reader line(lines.at(i), reader.childPath(QStringLiteral("lines[%1]").arg(i)), error);
        OrderLine decoded = readLine(line, true);
        decoded.position = i + 1;
        if (line.finish())
            order->lines.append(decoded);
    }
    if (reader.ok() && !order->amountsWithinLimit())
        reader.fail(QStringLiteral("lines"), QStringLiteral("must add up to at most %1 minor units").arg(Pricing::MaxOrderAmount));
    order->payments.clear();
    readPayments(reader, &order->payments, error);
    order->extensions = reader.extensions(QStringLiteral("ext"));
    return reader.finish();
}

QJsonObject errorBody(const QString &code, const QString &message)
{
    return {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
}

}
