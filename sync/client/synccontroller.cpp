#include "synccontroller.h"

#include "localstore.h"
#include "logging.h"
#include "orderbook.h"
#include "protocol.h"
#include "shareddocuments.h"
#include "syncjournal.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUrl>

namespace {

constexpr int OutlookTimeoutMs = 5000;

// A batch with a pay or cancel closes its order: nothing can follow them in a batch.
bool closesOrder(const OutboxEntry &entry)
{
    const QJsonArray ops = QJsonDocument::fromJson(entry.ops).array();
    const QString last = ops.isEmpty() ? QString() : ops.last().toObject().value(QStringLiteral("op")).toString();
    return last == Protocol::opName(Protocol::OpKind::Pay) || last == Protocol::opName(Protocol::OpKind::Cancel);
}

} // namespace

SyncController::SyncController(LocalStore *store, OrderBook *book, SharedDocuments *documents, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_book(book)
    , m_documents(documents)
    , m_serverState(store, book)
    , m_client(new SyncClient)
{
    m_client->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_client, &QObject::deleteLater);
    connect(m_client, &SyncClient::stateChanged, this, [this](SyncClient::State state) {
        m_state = state;
        if (state == SyncClient::State::Online) {
            m_lastContact = QDateTime::currentDateTime();
            m_offlineReason.clear();
        }
        emit stateChanged(state);
    });
    connect(m_client, &SyncClient::connectionFailed, this, [this](SyncClient::Cause cause, int detail, const QString &text) {
        m_offlineReason = describe(cause, detail, text);
        emit stateChanged(m_state);
    });
    connect(m_client, &SyncClient::identified, this, [this](qint64 terminalId, const QString &terminal) {
        m_terminalId = terminalId;
        m_terminalName = terminal;
    });
    connect(m_client, &SyncClient::pushAnswered, this, &SyncController::onPushAnswered);
    connect(m_client, &SyncClient::eventsReceived, this, &SyncController::onEvents);
    connect(m_client, &SyncClient::snapshotReceived, this, &SyncController::onSnapshot);
    connect(m_client, &SyncClient::failed, this, &SyncController::failed);
    // Every edit the book stores may have added batches to the outbox.
    connect(book, &OrderBook::orderChanged, this, &SyncController::queueNewOutboxEntries);
    connect(book, &OrderBook::orderFinalized, this, &SyncController::queueNewOutboxEntries);
    connect(book, &OrderBook::orderRemoved, this, &SyncController::queueNewOutboxEntries);
    m_thread.start();
}

SyncController::~SyncController()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

void SyncController::start(const SyncClient::Config &config)
{
    m_config = config;
    m_running = true;
    m_lastQueued = 0;
    const qint64 cursor = m_store->setting(cursorKey(), QStringLiteral("0")).toLongLong();
    QMetaObject::invokeMethod(m_client, [client = m_client, config, cursor] { client->start(config, cursor); });
    queueNewOutboxEntries();
    sendReports();
}

void SyncController::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QMetaObject::invokeMethod(m_client, [client = m_client] { client->stop(); });
}

void SyncController::reportSession(bool open)
{
    if (!m_running)
        return;
    const QString id = (open ? QStringLiteral("session-open-") : QStringLiteral("session-close-"))
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString path = open ? QStringLiteral("/v1/session/open") : QStringLiteral("/v1/session/close");
    const QJsonObject body{{QStringLiteral("instance"), m_config.instance}};
    QMetaObject::invokeMethod(m_client, [client = m_client, id, path, body] { client->post(id, path, body); });
}

QString SyncController::describe(SyncClient::Cause cause, int detail, const QString &text)
{
    switch (cause) {
    case SyncClient::Cause::Refused:
        return tr("the server refused the connection (is tandem-syncd running?)");
    case SyncClient::Cause::TimedOut:
        return tr("no answer within %n second(s)", nullptr, (detail + 999) / 1000);
    case SyncClient::Cause::Tls:
        return tr("TLS error: %1").arg(text);
    case SyncClient::Cause::ServerError:
        return tr("the server answered with HTTP status %1").arg(detail);
    case SyncClient::Cause::HostNotFound:
        return tr("the server's name cannot be resolved");
    case SyncClient::Cause::Closed:
        return tr("the server closed the connection");
    case SyncClient::Cause::BadAnswer:
        return tr("the answer is not from a tandem-syncd (%1)").arg(text);
    case SyncClient::Cause::Other:
        break;
    }
    return text;
}

void SyncController::askRunOutlook()
{
    if (!m_running || m_state != SyncClient::State::Online) {
        emit runOutlookReady({});
        return;
    }
    const QString id = QStringLiteral("outlook-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_outlookRequests.insert(id);
    const QByteArray query = "instance=" + QUrl::toPercentEncoding(m_config.instance);
    QMetaObject::invokeMethod(m_client, [client = m_client, id, query] {
        client->get(id, QStringLiteral("/v1/sessions"), query);
    });
    // Queued behind this terminal's own batches, the answer normally comes in milliseconds.
    QTimer::singleShot(OutlookTimeoutMs, this, [this, id] {
        if (m_outlookRequests.remove(id))
            emit runOutlookReady({});
    });
}

void SyncController::onOutlookAnswered(const QString &id, int status, const QJsonObject &body)
{
    if (!m_outlookRequests.remove(id))
        return;
    RunOutlook outlook;
    outlook.reached = status == 200;
    outlook.closingEndsRun = body.value(QStringLiteral("closing_ends_run")).toBool();
    outlook.openOrders = body.value(QStringLiteral("open_orders")).toInt();
    for (const QJsonValue &value : body.value(QStringLiteral("sessions")).toArray()) {
        const QJsonObject session = value.toObject();
        const bool own = session.value(QStringLiteral("terminal_id")).toInteger() == m_terminalId
            && session.value(QStringLiteral("instance")).toString() == m_config.instance;
        const QString name = session.value(QStringLiteral("terminal")).toString();
        if (!own && !outlook.otherTerminals.contains(name))
            outlook.otherTerminals.append(name);
    }
    emit runOutlookReady(outlook);
}

void SyncController::sendReports()
{
    if (!m_running)
        return;
    QList<std::pair<qint64, QByteArray>> reports;
    if (!m_store->loadReports(&reports))
        return;
    for (const auto &[id, body] : std::as_const(reports)) {
        if (m_queuedReports.contains(id))
            continue;
        m_queuedReports.insert(id);
        const QString requestId = QStringLiteral("report-%1").arg(id);
        const QJsonObject report = QJsonDocument::fromJson(body).object();
        QMetaObject::invokeMethod(m_client, [client = m_client, requestId, report] {
            client->post(requestId, QStringLiteral("/v1/cash-reports"), report);
        });
    }
}

int SyncController::waitingBatches() const
{
    return m_store->outboxSize();
}

void SyncController::publishOpenOrders()
{
    const QList<QUuid> open = m_book->orderUids();
    for (const QUuid &uid : open) {
        const Order *order = m_book->order(uid);
        if (order && !order->published && !order->isEmpty())
            m_book->publish(uid);
    }
}

void SyncController::queueNewOutboxEntries()
{
    if (!m_running)
        return;
    QList<OutboxEntry> outbox;
    if (!m_store->loadOutbox(&outbox, m_lastQueued))
        return;
    for (const OutboxEntry &entry : std::as_const(outbox)) {
        m_lastQueued = entry.id;
        const QJsonObject body = SyncJournal::batchBody(entry, m_config.instance);
        QMetaObject::invokeMethod(m_client, [client = m_client, opId = entry.opId, body] { client->push(opId, body); });
    }
}

void SyncController::adopt(const QJsonObject &orderJson, const QString &appliedOpId, const QString &refusedCloseWhy)
{
    Order order;
    QString error;
    if (!Protocol::orderFromJson(orderJson, &order, &error)) {
        qCWarning(lcSyncClient, "the server sent an order that cannot be read: %s", qPrintable(error));
        return;
    }
    if (!refusedCloseWhy.isEmpty()) {
        m_serverState.adoptRefusedClose(order, appliedOpId, refusedCloseWhy);
        return;
    }
    if (!m_acceptForeign && !m_book->order(order.uid) && order.createdBy.terminal != m_terminalName)
        return;
    m_serverState.adopt(order, appliedOpId);
}

void SyncController::onPushAnswered(const QString &opId, int status, const QJsonObject &body)
{
    m_lastContact = QDateTime::currentDateTime();
    if (opId.startsWith(QLatin1String("session-close-"))) {
        if (status == 200)
            emit sessionCloseAnswered(body.value(QStringLiteral("run_ended")).toBool(),
                                      body.value(QStringLiteral("abandoned_orders")).toInt());
        return;
    }
    if (opId.startsWith(QLatin1String("session-")))
        return;
    if (opId.startsWith(QLatin1String("report-"))) {
        // Kept or refused, the server has judged it: a retry would be judged the same.
        const qint64 id = opId.mid(7).toLongLong();
        m_queuedReports.remove(id);
        if (status != 200)
            emit notice(tr("The server refused a cash report: %1").arg(body.value(QStringLiteral("message")).toString()));
        m_store->removeReport(id);
        return;
    }
    if (opId.startsWith(QLatin1String("outlook-"))) {
        onOutlookAnswered(opId, status, body);
        return;
    }
    if (opId.startsWith(QLatin1String("document-"))) {
        onDocumentAnswered(opId, status, body);
        return;
    }
    // What was sent, before the server's version replaces what the book shows.
    std::optional<OutboxEntry> sent;
    std::optional<LocalStore::RefusedChange> refused;
    if (status != 200)
        sent = outboxEntry(opId);
    if (sent)
        refused = refusedChange(*sent, status, body);
    const QString why = body.value(QStringLiteral("message")).toString();
    const bool closeRefused = sent && closesOrder(*sent);
    // Take the server's version first, with the batches after this one laid over it.
    // An order no longer in the book is not brought back by a 200 older than the events
    // taken already (repeated after a lost answer): it was closed elsewhere since.
    const QJsonObject order = body.value(QStringLiteral("order")).toObject();
    const qint64 answerSeq = body.value(QStringLiteral("seq")).toInteger(-1);
    const bool older = status == 200 && answerSeq >= 0
        && !m_book->order(QUuid::fromString(order.value(QStringLiteral("uid")).toString()))
        && answerSeq <= m_store->setting(cursorKey(), QStringLiteral("0")).toLongLong();
    if (!order.isEmpty() && !older)
        adopt(order, opId, closeRefused ? (why.isEmpty() ? tr("refused by the server") : why) : QString());
    bool keep = status != 200;
    if (status == 200 && body.contains(QStringLiteral("skipped"))) {
        tellSkippedClaims(opId, body);
    } else if (closeRefused) {
        // The book tells of a refused pay or cancel, with what the cashier must do.
    } else if (status == 409) {
        keep = !(sent && onlySameChanges(*sent, body));
        if (keep)
            emit notice(tr("Not applied: %1").arg(why));
    } else if (status != 200) {
        emit notice(tr("The server refused a change: %1").arg(why));
    }
    if (keep && refused && !m_store->addRefusedChange(*refused))
        qCWarning(lcSyncClient, "cannot keep a refused change: %s", qPrintable(m_store->lastError()));
    m_store->removeOutbox(opId);
    const QUuid orderUid = QUuid::fromString(order.value(QStringLiteral("uid")).toString());
    if (!orderUid.isNull())
        m_serverState.batchAnswered(orderUid);
    else if (sent)
        m_serverState.batchAnswered(sent->orderUid);
}

std::optional<OutboxEntry> SyncController::outboxEntry(const QString &opId) const
{
    QList<OutboxEntry> outbox;
    m_store->loadOutbox(&outbox);
    const auto entry = std::find_if(outbox.cbegin(), outbox.cend(), [&](const OutboxEntry &e) { return e.opId == opId; });
    if (entry == outbox.cend())
        return std::nullopt;
    return *entry;
}

// The manager's record of a batch the server did not take: when, which order, what, why.
LocalStore::RefusedChange SyncController::refusedChange(const OutboxEntry &sent, int status, const QJsonObject &body) const
{
    QStringList what;
    for (const QJsonValue &value : QJsonDocument::fromJson(sent.ops).array()) {
        const QJsonObject op = value.toObject();
        const QString field = op.value(QStringLiteral("field")).toString();
        what << (field.isEmpty() ? op.value(QStringLiteral("op")).toString()
                                 : op.value(QStringLiteral("op")).toString() + QLatin1Char(' ') + field);
    }
    LocalStore::RefusedChange change;
    change.at = QDateTime::currentDateTimeUtc();
    change.orderUid = sent.orderUid;
    std::optional<Order> order;
    if (const Order *open = m_book->order(sent.orderUid))
        order = *open;
    else if (!m_store->findOrder(sent.orderUid, &order))
        order.reset();
    if (order)
        change.order = order->ticketNumber > 0 ? tr("#%1").arg(order->ticketNumber) : order->receiptReference;
    change.what = what.join(QStringLiteral(", "));
    change.status = status;
    change.why = body.value(QStringLiteral("message")).toString();
    return change;
}

void SyncController::tellSkippedClaims(const QString &opId, const QJsonObject &body)
{
    const QUuid orderUid = QUuid::fromString(body.value(QStringLiteral("order")).toObject().value(QStringLiteral("uid")).toString());
    // A claim made with the order's create came from opening it, not from moving it.
    QList<OutboxEntry> outbox;
    m_store->loadOutbox(&outbox, 0, orderUid);
    bool withCreate = false;
    for (const OutboxEntry &entry : std::as_const(outbox)) {
        if (entry.opId == opId)
            withCreate = QJsonDocument::fromJson(entry.ops).array().first().toObject().value(QStringLiteral("op"))
                == QLatin1String("create");
    }
    for (const QJsonValue &value : body.value(QStringLiteral("skipped")).toArray()) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("reason")).toString() != QLatin1String("taken"))
            continue;
        m_book->refuseClaim(orderUid, Protocol::extensionKey(item.value(QStringLiteral("field")).toString()),
                            item.value(QStringLiteral("value")), QUuid::fromString(item.value(QStringLiteral("holder")).toString()),
                            withCreate);
    }
}

// Two terminals setting an extension field to the same value at once (both sending a
// line to the kitchen) conflict on the server, yet both got what they asked for. Those
// rejections are handed to the book to tell; true when no other rejection is left.
bool SyncController::onlySameChanges(const OutboxEntry &batch, const QJsonObject &body)
{
    const QJsonObject current = body.value(QStringLiteral("order")).toObject();
    const QUuid orderUid = QUuid::fromString(current.value(QStringLiteral("uid")).toString());
    const QJsonArray sent = QJsonDocument::fromJson(batch.ops).array();
    auto currentValue = [&](const QJsonObject &op, const QString &key) {
        if (op.value(QStringLiteral("op")).toString() == QLatin1String("set"))
            return current.value(QStringLiteral("ext")).toObject().value(key);
        for (const QJsonValue &line : current.value(QStringLiteral("lines")).toArray()) {
            if (line.toObject().value(QStringLiteral("uid")) == op.value(QStringLiteral("line")))
                return line.toObject().value(QStringLiteral("ext")).toObject().value(key);
        }
        return QJsonValue(QJsonValue::Undefined);
    };
    struct Same
    {
        QUuid line;
        QString key;
        Actor by;
    };
    QList<Same> same;
    const QJsonArray rejected = body.value(QStringLiteral("rejected")).toArray();
    for (const QJsonValue &value : rejected) {
        const QJsonObject rejection = value.toObject();
        const QJsonObject op = sent.at(rejection.value(QStringLiteral("index")).toInt(-1)).toObject();
        const QString field = op.value(QStringLiteral("field")).toString();
        if (!Protocol::isExtensionField(field) || op.contains(QStringLiteral("unique")))
            return false;
        const QString key = Protocol::extensionKey(field);
        const QJsonValue wanted = op.value(QStringLiteral("value"));
        const QJsonValue now = currentValue(op, key);
        if (wanted.isNull() ? !now.isUndefined() : now != wanted)
            return false;
        const QJsonObject by = rejection.value(QStringLiteral("by")).toObject();
        same.append({QUuid::fromString(op.value(QStringLiteral("line")).toString()), key,
                     {by.value(QStringLiteral("user")).toString(), by.value(QStringLiteral("terminal")).toString()}});
    }
    for (const Same &change : std::as_const(same))
        m_book->reportSameChange(orderUid, change.line, change.key, change.by);
    return !rejected.isEmpty();
}

bool SyncController::publishDocument(const QString &key, const QJsonValue &value, qint64 baseRevision, QString *error)
{
    if (!m_running || m_state != SyncClient::State::Online) {
        *error = tr("Shared settings can only be changed while the sync server is reachable.");
        return false;
    }
    Protocol::DocumentChange change;
    change.key = key;
    change.value = value;
    change.baseRevision = baseRevision;
    change.instance = m_config.instance;
    change.user = m_book->context().actor.user.isEmpty() ? tr("Manager") : m_book->context().actor.user;
    const QString id = QStringLiteral("document-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_documentRequests.insert(id, {key, value});
    const QJsonObject body = Protocol::documentChangeToJson(change);
    QMetaObject::invokeMethod(m_client, [client = m_client, id, body] {
        client->post(id, QStringLiteral("/v1/documents"), body);
    });
    return true;
}

void SyncController::onDocumentAnswered(const QString &id, int status, const QJsonObject &body)
{
    const auto [key, sent] = m_documentRequests.take(id);
    const QJsonObject document = body.value(QStringLiteral("document")).toObject();
    if (!document.isEmpty())
        adoptDocument(document, true);
    if (status == 200 || !m_documents)
        return;
    // A resent request whose first answer was lost finds its own change applied.
    const QJsonObject by = document.value(QStringLiteral("changed_by")).toObject();
    if (status == 409 && document.value(QStringLiteral("value")) == sent
        && by.value(QStringLiteral("terminal")).toString() == m_terminalName)
        return;
    m_documents->refuse(key, body.value(QStringLiteral("message")).toString());
}

void SyncController::adoptDocument(const QJsonObject &document, bool authoritative)
{
    if (m_documents)
        m_documents->adopt(document.value(QStringLiteral("key")).toString(), document.value(QStringLiteral("value")),
                           document.value(QStringLiteral("revision")).toInteger(),
                           authoritative ? SharedDocuments::Source::Authoritative : SharedDocuments::Source::Event);
}

void SyncController::onEvents(const QJsonArray &events, qint64 lastSeq)
{
    m_lastContact = QDateTime::currentDateTime();
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        if (event.contains(QStringLiteral("document"))) {
            adoptDocument(event.value(QStringLiteral("document")).toObject(), false);
            continue;
        }
        // A session the server closed concerns the terminals only through the orders it archives.
        if (!event.contains(QStringLiteral("order")))
            continue;
        const QJsonObject origin = event.value(QStringLiteral("origin")).toObject();
        // An echo of this instance's own batch contains it; others contain none of ours.
        const bool own = origin.value(QStringLiteral("terminal_id")).toInteger() == m_terminalId
            && origin.value(QStringLiteral("instance")).toString() == m_config.instance;
        adopt(event.value(QStringLiteral("order")).toObject(),
              own ? event.value(QStringLiteral("op_id")).toString() : QString());
    }
    saveCursor(lastSeq);
}

void SyncController::onSnapshot(const QJsonObject &snapshot)
{
    for (const QJsonValue &value : snapshot.value(QStringLiteral("documents")).toArray())
        adoptDocument(value.toObject(), true);
    QSet<QUuid> onServer;
    for (const QJsonValue &value : snapshot.value(QStringLiteral("orders")).toArray()) {
        const QJsonObject order = value.toObject();
        onServer.insert(QUuid::fromString(order.value(QStringLiteral("uid")).toString()));
        adopt(order, QString());
    }
    // Published orders the server no longer has open were closed elsewhere or archived
    // with their run; those still waiting in the outbox are on their way.
    QList<OutboxEntry> outbox;
    m_store->loadOutbox(&outbox);
    QSet<QUuid> waiting;
    for (const OutboxEntry &entry : std::as_const(outbox))
        waiting.insert(entry.orderUid);
    const QList<QUuid> open = m_book->orderUids();
    for (const QUuid &uid : open) {
        const Order *order = m_book->order(uid);
        if (order && order->published && order->revision > 0 && !onServer.contains(uid) && !waiting.contains(uid)) {
            Order closed = *order;
            closed.state = OrderState::Cancelled;
            closed.revision += 1;
            closed.changedBy = {}; // who closed it is not known from a snapshot
            m_book->adoptServerOrder(closed);
        }
    }
    saveCursor(snapshot.value(QStringLiteral("last_seq")).toInteger());
}

void SyncController::saveCursor(qint64 lastSeq)
{
    m_store->setSetting(cursorKey(), QString::number(lastSeq));
}
