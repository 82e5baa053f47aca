#pragma once

#include "order.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

// Protocol v1 between terminals and tandem-syncd. docs/protocol.md is the normative
// reference for every message, field and limit; this is its one implementation.
namespace Protocol {

constexpr int Version = 1;
constexpr qint64 MaxInteger = 9007199254740991LL; // 2^53 - 1: exact in every JSON implementation

struct Limits
{
    qint64 maxBodyBytes = 1024 * 1024;
    int maxOpsPerBatch = 100;
    int maxLinesPerOrder = 500;
    int maxPaymentsPerOrder = 20;
    int maxTextLength = 200;
    int maxExtensionBytes = 16 * 1024; // one order's or one line's ext object, as compact JSON
    int maxDocumentBytes = 64 * 1024;  // one shared document's value, as compact JSON
    int maxValueDepth = 16;            // arrays and objects nested in one ext or document value
    int maxBodyDepth = 32;             // arrays and objects nested in a request body
};
const Limits &limits();

enum class OpKind { Create, Set, AddLine, SetLine, RemoveLine, Pay, Cancel };

QString opName(OpKind kind);

struct Operation
{
    OpKind kind = OpKind::Create;
    // Set and SetLine: "customer_name", "quantity", "discount", "unit_price" or "ext:<key>".
    QString field;
    QJsonValue value;        // Set and SetLine; null removes an ext key
    bool increment = false;  // SetLine of quantity by "add" instead of "value"
    bool unique = false;     // Set of an ext field no other open order may hold equally
    qint64 delta = 0;        // thousandths added by an increment
    QUuid lineUid;           // SetLine and RemoveLine
    OrderLine line;          // AddLine
    Order order;             // Create: reference, currency, customer name, creation time, ext
    QList<Payment> payments; // Pay
    qint64 changeGiven = 0;  // Pay
    QString receiptNumber;   // Pay: the paying terminal's receipt number; may be empty
};

struct Batch
{
    QUuid opId;
    QUuid orderUid;
    qint64 baseRevision = 0;
    QString instance; // the sending app instance; echoes are recognised by it
    QString user;     // the cashier at the terminal
    QList<Operation> ops;
};

// A new value for a document the group shares (POST /v1/documents).
struct DocumentChange
{
    QString key;
    QJsonValue value;
    qint64 baseRevision = 0; // the revision the sender changed; 0 for a new document
    QString instance;
    QString user;
};

// A terminal's cash count of one closed session (POST /v1/cash-reports).
struct CashReport
{
    struct Move
    {
        qint64 amount = 0; // into the drawer when positive
        QString reason;
        QString user;
        QDateTime at;
    };
    QString instance;
    qint64 session = 0; // the terminal's own session number
    QString cashier;
    QDateTime openedAt;
    QDateTime closedAt;
    QString currency;
    qint64 openingFloat = 0;
    qint64 cashSales = 0;
    QList<Move> moves;
    qint64 expected = 0; // opening float + cash sales + moves
    std::optional<qint64> counted;
};

bool cashReportFromJson(const QJsonValue &json, CashReport *report, QString *error);
QJsonObject cashReportToJson(const CashReport &report);

bool documentChangeFromJson(const QJsonValue &json, DocumentChange *change, QString *error);
QJsonObject documentChangeToJson(const DocumentChange &change);

bool isExtensionField(const QString &field);
QString extensionKey(const QString &field);

QJsonObject orderToJson(const Order &order);
QJsonObject lineToJson(const OrderLine &line);
QJsonObject operationToJson(const Operation &op);
QJsonObject batchToJson(const Batch &batch);

// Strict decoding: unknown keys, wrong types and values out of range are errors,
// reported with the path of the offending field ("ops[2].line.unit_price: ...").
bool orderFromJson(const QJsonValue &json, Order *order, QString *error);
bool batchFromJson(const QJsonValue &json, Batch *batch, QString *error);

// Reads a request body as docs/protocol.md 1.2 says: RFC 8259 JSON without duplicate
// keys, nested at most maxBodyDepth levels, whose top level is an object.
bool parseJsonObject(const QByteArray &bytes, QJsonObject *object, QString *error, int maxDepth = limits().maxBodyDepth);
// How deeply arrays and objects nest in a value (a scalar is 0).
int jsonDepth(const QJsonValue &value);

// The error body of every 4xx answer: { "error": code, "message": text }.
QJsonObject errorBody(const QString &code, const QString &message);

}
