#include "order.h"
#include "operations.h"
#include "protocol.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// The bytes of one request body through the server's strict JSON reader and, as Qt reads
// them, through every decoder of sync/protocol. What a decoder accepts must survive what a
// peer does with it: encoded, sent as JSON text, read and decoded again, it must encode to
// the same text.
namespace {

[[noreturn]] void fail(const char *decoder, const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "fuzz_protocol: %s: %s\n%s\n", decoder, what, detail.constData());
    std::abort();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

template <typename T>
using Decoder = bool (*)(const QJsonValue &, T *, QString *);
template <typename T>
using Encoder = QJsonObject (*)(const T &);

template <typename T>
bool roundTrips(const char *name, const QJsonValue &json, Decoder<T> decode, Encoder<T> encode, T *decoded)
{
    QString error;
    if (!decode(json, decoded, &error)) {
        if (error.isEmpty())
            fail(name, "refused without saying why", {});
        return false;
    }
    if (!error.isEmpty())
        fail(name, "accepted with an error", error.toUtf8());
    const QByteArray first = compact(encode(*decoded));
    QJsonParseError parseError;
    const QJsonDocument reread = QJsonDocument::fromJson(first, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        fail(name, "its encoding is not readable JSON", parseError.errorString().toUtf8() + '\n' + first);
    T again;
    if (!decode(reread.object(), &again, &error))
        fail(name, "its encoding is refused", error.toUtf8() + '\n' + first);
    const QByteArray second = compact(encode(again));
    if (second != first)
        fail(name, "the round trip changed it", first + '\n' + second);
    return true;
}

// Totals and balances with every value the decoders let through (signed overflow aborts).
void addUp(const Order &order)
{
    const qint64 total = order.total();
    order.taxTotal();
    order.taxSummary();
    order.paidTotal();
    paymentBalance(total, order.payments);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const bool readable = parseError.error == QJsonParseError::NoError;
    // The server's strict reader of request bodies refuses more than Qt's, never less.
    QJsonObject strict;
    QString problem;
    if (Protocol::parseJsonObject(bytes, &strict, &problem)) {
        if (!readable || !document.isObject() || document.object() != strict)
            fail("parseJsonObject", "accepts a body that Qt reads otherwise", bytes);
    } else if (problem.isEmpty()) {
        fail("parseJsonObject", "refused without saying why", bytes);
    }
    if (!readable)
        return 0;
    const QJsonValue json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());

    Protocol::Batch batch;
    if (roundTrips<Protocol::Batch>("batchFromJson", json, Protocol::batchFromJson, Protocol::batchToJson, &batch)) {
        // The terminal lays its own batches over the server's order with the same engine.
        Order order;
        order.uid = batch.orderUid;
        const Actor actor{batch.user, QStringLiteral("Bar")};
        for (const Protocol::Operation &op : std::as_const(batch.ops)) {
            if (!Protocol::applyOperation(&order, op, actor).isEmpty())
                break;
        }
        addUp(order);
    }
    Protocol::DocumentChange change;
    roundTrips<Protocol::DocumentChange>("documentChangeFromJson", json, Protocol::documentChangeFromJson,
                                         Protocol::documentChangeToJson, &change);
    Protocol::CashReport report;
    roundTrips<Protocol::CashReport>("cashReportFromJson", json, Protocol::cashReportFromJson,
                                     Protocol::cashReportToJson, &report);
    Order order;
    if (roundTrips<Order>("orderFromJson", json, Protocol::orderFromJson, Protocol::orderToJson, &order))
        addUp(order);
    return 0;
}
