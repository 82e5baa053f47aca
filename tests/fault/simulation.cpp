#include "simulation.h"

#include "closingreport.h"
#include "extensionregistry.h"
#include "localstore.h"
#include "orderbook.h"
#include "restaurantextension.h"
#include "shareddocuments.h"
#include "synccontroller.h"
#include "syncdprocess.h"
#include "syncjournal.h"
#include "tables.h"
#include "tcpproxy.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Simulation {

namespace {

constexpr int HealTimeoutMs = 90000;
constexpr int ConvergeTimeoutMs = 30000;
constexpr int QuietTimeoutMs = 3000;
constexpr int AnswerTimeoutMs = 20000;
const QString NoteKey = u"notes.text"_s;
const QString ObserverInstance = u"simulation-observer"_s;

QString shortId(const QUuid &uid)
{
    return uid.toString(QUuid::WithoutBraces).left(8);
}

QString shortId(const QString &uid)
{
    return uid.left(8);
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

// ---- the shop's state in one comparable form ------------------------------------------

// docs/protocol.md 1.5, written again here so that the terminal's and the server's sums
// are checked against a third party.
qint64 lineTotal(qint64 unitPrice, qint64 quantity, int discount)
{
    const __int128 numerator = __int128(unitPrice) * quantity * (10000 - discount);
    const __int128 denominator = 1000 * 10000;
    __int128 quotient = numerator / denominator;
    const __int128 remainder = numerator % denominator;
    if (2 * (remainder < 0 ? -remainder : remainder) >= denominator)
        quotient += numerator < 0 ? -1 : 1;
    return qint64(quotient);
}

QString actorText(const QJsonValue &actor)
{
    return actor[u"user"_s].toString() + u" ("_s + actor[u"terminal"_s].toString() + u')';
}

QString actorText(const Actor &actor)
{
    return actor.user + u" ("_s + actor.terminal + u')';
}

// An order as the wire has it, reduced to what the simulation judges: actors only when
// asked, since the log's own model of a batch does not know who the server names.
QJsonObject canon(const QJsonObject &order, bool actors)
{
    QJsonArray lines;
    qint64 total = 0;
    for (const QJsonValue &value : order[u"lines"_s].toArray()) {
        const QJsonObject line = value.toObject();
        const qint64 price = line[u"unit_price"_s].toInteger();
        const qint64 quantity = line[u"quantity"_s].toInteger();
        const int discount = line[u"discount"_s].toInt();
        total += lineTotal(price, quantity, discount);
        QJsonObject out{{u"uid"_s, line[u"uid"_s]},
                        {u"product"_s, line[u"product_id"_s]},
                        {u"name"_s, line[u"product_name"_s]},
                        {u"price"_s, price},
                        {u"tax"_s, line[u"tax_rate"_s]},
                        {u"qty"_s, quantity},
                        {u"discount"_s, discount},
                        {u"ext"_s, line[u"ext"_s].toObject()}};
        if (actors) {
            out.insert(u"created_by"_s, actorText(line[u"created_by"_s]));
            out.insert(u"changed_by"_s, actorText(line[u"changed_by"_s]));
        }
        lines.append(out);
    }
    QJsonArray payments;
    for (const QJsonValue &value : order[u"payments"_s].toArray()) {
        const QJsonObject payment = value.toObject();
        payments.append(payment[u"uid"_s].toString() + u' ' + payment[u"method"_s].toString() + u' '
                        + QString::number(payment[u"amount"_s].toInteger()));
    }
    QJsonObject out{{u"uid"_s, order[u"uid"_s]},
                    {u"ticket"_s, order[u"ticket"_s].toInt()},
                    {u"revision"_s, order[u"revision"_s].toInteger()},
                    {u"state"_s, order[u"state"_s]},
                    {u"abandoned"_s, order[u"abandoned"_s].toBool()},
                    {u"reference"_s, order[u"receipt_reference"_s]},
                    {u"customer"_s, order[u"customer_name"_s].toString()},
                    {u"ext"_s, order[u"ext"_s].toObject()},
                    {u"lines"_s, lines},
                    {u"payments"_s, payments},
                    {u"change"_s, order[u"change_given"_s].toInteger()},
                    {u"total"_s, total}};
    if (actors) {
        out.insert(u"created_by"_s, actorText(order[u"created_by"_s]));
        out.insert(u"changed_by"_s, actorText(order[u"changed_by"_s]));
    }
    return out;
}

// The terminal's copy in the same form; its total is the terminal's own sum.
QJsonObject canon(const Order &order)
{
    QJsonArray lines;
    for (const OrderLine &line : order.lines) {
        lines.append(QJsonObject{{u"uid"_s, line.uid.toString(QUuid::WithoutBraces)},
                                 {u"product"_s, line.productId},
                                 {u"name"_s, line.productName},
                                 {u"price"_s, line.unitPrice},
                                 {u"tax"_s, line.taxRate},
                                 {u"qty"_s, line.quantity},
                                 {u"discount"_s, line.discount},
                                 {u"ext"_s, line.extensions},
                                 {u"created_by"_s, actorText(line.createdBy)},
                                 {u"changed_by"_s, actorText(line.changedBy)}});
    }
    QJsonArray payments;
    for (const Payment &payment : order.payments)
        payments.append(payment.uid.toString(QUuid::WithoutBraces) + u' ' + payment.key() + u' '
                        + QString::number(payment.amount));
    return {{u"uid"_s, order.uid.toString(QUuid::WithoutBraces)},
            {u"ticket"_s, order.ticketNumber},
            {u"revision"_s, order.revision},
            {u"state"_s, Order::stateKey(order.state)},
            {u"abandoned"_s, order.abandoned},
            {u"reference"_s, order.receiptReference},
            {u"customer"_s, order.customerName},
            {u"ext"_s, order.extensions},
            {u"lines"_s, lines},
            {u"payments"_s, payments},
            {u"change"_s, order.changeGiven},
            {u"total"_s, order.total()},
            {u"created_by"_s, actorText(order.createdBy)},
            {u"changed_by"_s, actorText(order.changedBy)}};
}

// Where two forms differ, in a few words.
QString difference(const QJsonObject &expected, const QJsonObject &actual)
{
    QStringList out;
    QStringList keys = expected.keys();
    for (const QString &key : actual.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    for (const QString &key : std::as_const(keys)) {
        if (expected.value(key) != actual.value(key))
            out << key + u": "_s + QString::fromUtf8(compact(expected.value(key))) + u" but "_s
                    + QString::fromUtf8(compact(actual.value(key)));
    }
    return out.join(u"; "_s);
}

// ---- what a batch should do, modelled without the product's engine ---------------------

QJsonObject modelLine(const QJsonObject &line)
{
    return {{u"uid"_s, line[u"uid"_s]},
            {u"product"_s, line[u"product_id"_s]},
            {u"name"_s, line[u"product_name"_s]},
            {u"price"_s, line[u"unit_price"_s].toInteger()},
            {u"tax"_s, line[u"tax_rate"_s]},
            {u"qty"_s, line[u"quantity"_s].toInteger()},
            {u"discount"_s, line[u"discount"_s].toInt()},
            {u"ext"_s, line[u"ext"_s].toObject()}};
}

void setOrRemove(QJsonObject *object, const QString &key, const QJsonValue &value)
{
    if (value.isNull())
        object->remove(key);
    else
        object->insert(key, value);
}

// The order (canon without actors) after `ops`, or an empty object with `why` set. A
// `unique` set that the server may have skipped takes the value `actual` shows, if that
// is the one from before the batch.
QJsonObject applyBatch(const QJsonObject &before, const QJsonArray &ops, const QJsonObject &actual, QString *why)
{
    QJsonObject order = before;
    QJsonArray lines = order[u"lines"_s].toArray();
    QJsonObject ext = order[u"ext"_s].toObject();
    const QJsonObject beforeExt = ext;
    QStringList uniqueKeys;
    auto lineIndex = [&lines](const QJsonValue &uid) {
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i)[u"uid"_s] == uid)
                return i;
        }
        return -1;
    };
    for (const QJsonValue &value : ops) {
        const QJsonObject op = value.toObject();
        const QString kind = op[u"op"_s].toString();
        if (kind == u"create"_s) {
            order = {{u"uid"_s, actual[u"uid"_s]},
                     {u"state"_s, u"open"_s},
                     {u"abandoned"_s, false},
                     {u"reference"_s, op[u"receipt_reference"_s]},
                     {u"customer"_s, op[u"customer_name"_s].toString()},
                     {u"change"_s, 0},
                     {u"payments"_s, QJsonArray()},
                     {u"revision"_s, 0}};
            lines = {};
            ext = op[u"ext"_s].toObject();
        } else if (kind == u"set"_s) {
            const QString field = op[u"field"_s].toString();
            if (field == u"customer_name"_s) {
                order.insert(u"customer"_s, op[u"value"_s]);
            } else {
                const QString key = field.mid(4);
                setOrRemove(&ext, key, op[u"value"_s]);
                if (op[u"unique"_s].toBool())
                    uniqueKeys << key;
            }
        } else if (kind == u"add_line"_s) {
            lines.append(modelLine(op[u"line"_s].toObject()));
        } else if (kind == u"set_line"_s) {
            const int index = lineIndex(op[u"line"_s]);
            if (index < 0) {
                *why = u"set_line on line %1, which the order does not have"_s.arg(op[u"line"_s].toString());
                return {};
            }
            QJsonObject line = lines.at(index).toObject();
            const QString field = op[u"field"_s].toString();
            if (field == u"quantity"_s && op.contains(u"add"_s))
                line.insert(u"qty"_s, line[u"qty"_s].toInteger() + op[u"add"_s].toInteger());
            else if (field == u"quantity"_s)
                line.insert(u"qty"_s, op[u"value"_s].toInteger());
            else if (field == u"discount"_s)
                line.insert(u"discount"_s, op[u"value"_s].toInt());
            else if (field == u"unit_price"_s)
                line.insert(u"price"_s, op[u"value"_s].toInteger());
            else {
                QJsonObject lineExt = line[u"ext"_s].toObject();
                setOrRemove(&lineExt, field.mid(4), op[u"value"_s]);
                line.insert(u"ext"_s, lineExt);
            }
            lines.replace(index, line);
        } else if (kind == u"remove_line"_s) {
            const int index = lineIndex(op[u"line"_s]);
            if (index >= 0)
                lines.removeAt(index);
        } else if (kind == u"pay"_s) {
            QJsonArray payments;
            for (const QJsonValue &payment : op[u"payments"_s].toArray())
                payments.append(payment[u"uid"_s].toString() + u' ' + payment[u"method"_s].toString() + u' '
                                + QString::number(payment[u"amount"_s].toInteger()));
            order.insert(u"state"_s, u"paid"_s);
            order.insert(u"payments"_s, payments);
            order.insert(u"change"_s, op[u"change_given"_s].toInteger());
        } else if (kind == u"cancel"_s) {
            order.insert(u"state"_s, u"cancelled"_s);
        } else {
            *why = u"an operation the simulation does not know: "_s + kind;
            return {};
        }
    }
    const QJsonObject actualExt = actual[u"ext"_s].toObject();
    for (const QString &key : std::as_const(uniqueKeys)) {
        if (actualExt.value(key) == beforeExt.value(key))
            setOrRemove(&ext, key, beforeExt.contains(key) ? beforeExt.value(key) : QJsonValue(QJsonValue::Null));
    }
    qint64 total = 0;
    for (const QJsonValue &line : std::as_const(lines))
        total += lineTotal(line[u"price"_s].toInteger(), line[u"qty"_s].toInteger(), line[u"discount"_s].toInt());
    order.insert(u"lines"_s, lines);
    order.insert(u"ext"_s, ext);
    order.insert(u"total"_s, total);
    order.insert(u"revision"_s, before.isEmpty() ? 1 : before[u"revision"_s].toInteger() + 1);
    order.insert(u"ticket"_s, before.isEmpty() ? actual[u"ticket"_s].toInt() : before[u"ticket"_s].toInt());
    return order;
}

// ---- the steps ------------------------------------------------------------------------

// The faults come last.
enum class Kind {
    Tap, NewOrder, OpenTable, SetQuantity, SetDiscount, RemoveLine, OrderNote, LineNote, CustomerName,
    SendToKitchen, MoveTable, Pay, Cancel, CloseSession, CloseShop, Pause, Idle,
    Cut, Stall, Delay, Replay, LoseAnswer, RestartTerminal, KillServer
};

struct Weighted
{
    Kind kind;
    int weight;
};

// About one step in eleven is a fault; the rest is a shop at work.
constexpr Weighted Mix[] = {
    {Kind::Tap, 300}, {Kind::NewOrder, 70}, {Kind::OpenTable, 30}, {Kind::SetQuantity, 60},
    {Kind::SetDiscount, 20}, {Kind::RemoveLine, 40}, {Kind::OrderNote, 20}, {Kind::LineNote, 20},
    {Kind::CustomerName, 10}, {Kind::SendToKitchen, 20}, {Kind::MoveTable, 10}, {Kind::Pay, 70},
    {Kind::Cancel, 25}, {Kind::CloseSession, 8}, {Kind::CloseShop, 3}, {Kind::Pause, 60}, {Kind::Idle, 6},
    {Kind::Cut, 12}, {Kind::Stall, 10}, {Kind::Delay, 10}, {Kind::Replay, 15}, {Kind::LoseAnswer, 15},
    {Kind::RestartTerminal, 10}, {Kind::KillServer, 5},
};

struct Step
{
    int index = 0;
    Kind kind = Kind::Pause;
    int terminal = 0;
    quint32 a = 0;
    quint32 b = 0;
    quint32 c = 0;
};

// The steps depend on the seed and the number of terminals only, never on how a run
// went, so a shorter run with the same seed replays a prefix of a longer one.
QList<Step> generate(quint64 seed, int count, int terminals)
{
    QRandomGenerator random(seed);
    int totalWeight = 0;
    for (const Weighted &entry : Mix)
        totalWeight += entry.weight;
    QList<Step> steps;
    for (int i = 0; i < count; ++i) {
        Step step;
        step.index = i + 1;
        int pick = int(random.bounded(totalWeight));
        for (const Weighted &entry : Mix) {
            if (pick < entry.weight) {
                step.kind = entry.kind;
                break;
            }
            pick -= entry.weight;
        }
        step.terminal = int(random.bounded(terminals));
        step.a = random.generate();
        step.b = random.generate();
        step.c = random.generate();
        steps.append(step);
    }
    return steps;
}

bool isFault(Kind kind)
{
    return kind >= Kind::Cut;
}

// ---- what the terminals sent and what the server answered --------------------------

struct Batch
{
    QString opId;
    QUuid order;
    QJsonArray ops;
    int terminal = 0;
    int step = 0;
};

struct Answer
{
    int status = 0;
    QByteArray body;
    bool replayed = false;
};

struct LocalPayment
{
    int terminal = 0;
    QUuid order;
    QUuid payment;
    QString receiptNumber;
    int step = 0;
};

// Everything sent and answered, and the server's event log as read so far.
struct Ledger
{
    QHash<QString, Batch> batches;
    QList<QString> batchOrder;
    QHash<QString, QList<Answer>> answers; // by op_id, in the order seen
    QHash<QString, QByteArray> requests;   // by op_id: the body as first sent
    QList<LocalPayment> payments;

    QHash<QString, QHash<qint64, QJsonObject>> logOrders; // uid -> revision -> canon with actors
    QHash<QString, QHash<qint64, QString>> logOps;        // uid -> revision -> op_id
    QHash<QString, QJsonObject> lastWire;                 // uid -> the newest order as sent
    QHash<QString, qint64> appliedAt;                     // op_id -> seq
    qint64 cursor = 0;
    int lastTicket = 0;
    QSet<QString> runOrders;
    bool runEndSinceCreate = false;
    qint64 lastRun = -1; // the snapshot's run at the last checkpoint
    int restartsSinceCheck = 0;
};

// ---- one terminal ---------------------------------------------------------------------

// What the restaurant extension needs of the screens, without screens.
class ScreenlessContext final : public ExtensionContext
{
public:
    ScreenlessContext(OrderBook *book, SharedDocuments *documents, std::function<void(const QString &)> tell)
        : m_book(book)
        , m_documents(documents)
        , m_tell(std::move(tell))
    {
    }
    OrderBook *book() override { return m_book; }
    SharedDocuments *sharedDocuments() override { return m_documents; }
    QUuid currentOrder() const override { return m_current; }
    QUuid selectedLine() const override { return {}; }
    void showOrder(const QUuid &orderUid) override { m_current = orderUid; }
    void showStartScreen() override { m_current = {}; }
    void showMessage(const QString &text) override { m_tell(text); }
    bool askText(const QString &, const QString &, QString *, bool) override { return false; }
    bool askNumber(const QString &, const QString &, int, int, int *) override { return false; }
    bool askChoice(const QString &, const QString &, const QStringList &, QString *) override { return false; }

private:
    OrderBook *m_book;
    SharedDocuments *m_documents;
    std::function<void(const QString &)> m_tell;
    QUuid m_current;
};

// A terminal as the application puts it together (app/pos/main.cpp, TerminalSync), with
// retry and heartbeat times short enough for a test. Restarting it drops everything but
// its profile folder, as quitting the application would.
class SimTerminal
{
public:
    // `tell` hears what the cashier would read: notices and the extensions' messages.
    SimTerminal(int index, const SyncdTest::Terminal &account, quint16 proxyPort, Ledger *ledger,
                std::function<void(const QString &)> tell)
        : m_index(index)
        , m_account(account)
        , m_proxyPort(proxyPort)
        , m_ledger(ledger)
        , m_tell(std::move(tell))
    {
    }

    ~SimTerminal() { close(); }

    bool open(QString *error)
    {
        m_terminal = std::make_unique<Terminal>();
        if (!m_terminal->open(m_dir.filePath(u"profile"_s))) {
            *error = m_terminal->lastError();
            return false;
        }
        TerminalSettings settings = m_terminal->settings();
        if (settings.terminalName != m_account.name) {
            settings.terminalName = m_account.name;
            settings.terminalCode = u"T%1"_s.arg(m_index + 1);
            if (!m_terminal->saveSettings(settings)) {
                *error = m_terminal->lastError();
                return false;
            }
        }
        m_registry = std::make_unique<ExtensionRegistry>();
        m_registry->add(std::make_unique<RestaurantExtension>());
        m_registry->loadPlugins(QStringLiteral(TANDEM_PLUGIN_DIR));
        m_registry->setEnabled({u"notes"_s, u"restaurant"_s});
        if (!m_registry->find(u"notes"_s)) {
            *error = u"the notes plugin is missing: "_s + m_registry->problems().join(u"; "_s);
            return false;
        }
        OrderBook &book = m_terminal->orders();
        book.setExtensions(m_registry.get());
        m_context = std::make_unique<ScreenlessContext>(&book, &m_terminal->sharedDocuments(), m_tell);
        for (Extension *extension : m_registry->enabled())
            extension->attach(m_context.get());

        m_journal = std::make_unique<SyncJournal>(&m_terminal->store());
        m_controller = std::make_unique<SyncController>(&m_terminal->store(), &book, &m_terminal->sharedDocuments());
        book.setJournal(m_journal.get());
        SyncController *controller = m_controller.get();
        m_terminal->sharedDocuments().setPublisher(
            [controller](const QString &key, const QJsonValue &value, qint64 base, QString *why) {
                return controller->publishDocument(key, value, base, why);
            });
        QObject::connect(m_terminal.get(), &Terminal::sessionChanged, controller, [this] {
            const bool open = m_terminal->session().has_value();
            m_controller->reportSession(open);
            if (!open)
                m_controller->sendReports();
        });
        QObject::connect(controller, &SyncController::stateChanged, m_terminal.get(), [this](SyncClient::State state) {
            m_terminal->orders().setServerReachable(state == SyncClient::State::Online);
        });
        book.setServerReachable(false);
        QObject::connect(controller, &SyncController::notice, controller, m_tell);
        // Every batch is recorded before its answer can have removed it from the outbox.
        for (auto signal : {&OrderBook::orderChanged, &OrderBook::orderRemoved})
            QObject::connect(&book, signal, m_terminal.get(), [this] { capture(); });
        QObject::connect(&book, &OrderBook::orderFinalized, m_terminal.get(), [this] { capture(); });

        SyncClient::Config config;
        config.servers = {QUrl(u"http://127.0.0.1:%1"_s.arg(m_proxyPort))};
        config.token = m_account.token;
        config.instance = m_terminal->settings().instance;
        config.heartbeatMs = 1000;
        config.retryWindowMs = 100;
        config.retryWindowMaxMs = 800;
        m_controller->start(config);
        if (m_terminal->session())
            m_controller->reportSession(true);
        m_controller->publishOpenOrders();
        capture();
        return true;
    }

    void close()
    {
        if (!m_terminal)
            return;
        capture();
        // The controller and the book point at the store; the book at the journal and the registry.
        m_controller.reset();
        m_terminal.reset();
        m_journal.reset();
        m_context.reset();
        m_registry.reset();
    }

    bool isOpen() const { return m_terminal != nullptr; }
    int index() const { return m_index; }
    QString name() const { return m_account.name; }
    QString cashier() const { return u"Cashier %1"_s.arg(m_index + 1); }
    Terminal &terminal() { return *m_terminal; }
    OrderBook &book() { return m_terminal->orders(); }
    SyncController &controller() { return *m_controller; }
    void setStep(int step) { m_step = step; }

    bool settled()
    {
        QList<std::pair<qint64, QByteArray>> reports;
        return m_controller->state() == SyncClient::State::Online && m_controller->waitingBatches() == 0
            && m_terminal->store().loadReports(&reports) && reports.isEmpty();
    }

    QString condition()
    {
        QList<std::pair<qint64, QByteArray>> reports;
        m_terminal->store().loadReports(&reports);
        const char *state = QMetaEnum::fromType<SyncClient::State>().valueToKey(int(m_controller->state()));
        return u"%1: %2, %3 batch(es) and %4 cash report(s) waiting%5"_s.arg(name(), QString::fromLatin1(state))
            .arg(m_controller->waitingBatches())
            .arg(reports.size())
            .arg(m_controller->offlineReason().isEmpty() ? QString() : u" ("_s + m_controller->offlineReason() + u')');
    }

    bool hasPending(const QUuid &orderUid)
    {
        QList<OutboxEntry> entries;
        m_terminal->store().loadOutbox(&entries, 0, orderUid);
        return !entries.isEmpty();
    }

    // A pay or cancel of the order waits to be sent or answered.
    bool isClosing(const QUuid &orderUid)
    {
        QList<OutboxEntry> entries;
        m_terminal->store().loadOutbox(&entries, 0, orderUid);
        return std::any_of(entries.cbegin(), entries.cend(), [](const OutboxEntry &entry) {
            const QJsonArray ops = QJsonDocument::fromJson(entry.ops).array();
            return std::any_of(ops.cbegin(), ops.cend(), [](const QJsonValue &op) {
                return op[u"op"_s] == u"pay"_s || op[u"op"_s] == u"cancel"_s;
            });
        });
    }

    void capture()
    {
        if (!m_terminal)
            return;
        QList<OutboxEntry> entries;
        if (!m_terminal->store().loadOutbox(&entries, m_lastCaptured))
            return;
        for (const OutboxEntry &entry : std::as_const(entries)) {
            m_lastCaptured = entry.id;
            Batch batch{entry.opId, entry.orderUid, QJsonDocument::fromJson(entry.ops).array(), m_index, m_step};
            m_ledger->batches.insert(entry.opId, batch);
            m_ledger->batchOrder.append(entry.opId);
        }
    }

private:
    int m_index;
    SyncdTest::Terminal m_account;
    quint16 m_proxyPort;
    Ledger *m_ledger;
    std::function<void(const QString &)> m_tell;
    QTemporaryDir m_dir;
    std::unique_ptr<Terminal> m_terminal;
    std::unique_ptr<ExtensionRegistry> m_registry;
    std::unique_ptr<ScreenlessContext> m_context;
    std::unique_ptr<SyncJournal> m_journal;
    std::unique_ptr<SyncController> m_controller;
    qint64 m_lastCaptured = 0;
    int m_step = 0;
};

// ---- the world ------------------------------------------------------------------------

class World
{
public:
    explicit World(const Options &options, Result *result)
        : m_options(options)
        , m_result(result)
        , m_stats(result->stats)
    {
    }

    bool setUp()
    {
        QStringList names;
        for (int i = 0; i < m_options.terminals; ++i)
            names << u"Till %1"_s.arg(i + 1);
        if (!m_server.setUp(u"Shop"_s, names, &m_accounts) || !m_server.start(serverOptions()))
            return fail(0, u"the server did not start: "_s + m_server.lastError());
        for (int i = 0; i < m_options.terminals; ++i) {
            auto proxy = std::make_unique<SyncdTest::TcpProxy>(m_server.port());
            proxy->onExchange = [this](const SyncdTest::HttpMessage &request, const SyncdTest::HttpMessage &answer,
                                       bool replayed) { record(request, answer, replayed); };
            auto terminal = std::make_unique<SimTerminal>(i, m_accounts.at(i), proxy->port(), &m_ledger,
                                                          [this, i](const QString &text) {
                                                              m_result->trace << u"#%1 T%2 is told: %3"_s.arg(m_step)
                                                                                     .arg(i + 1)
                                                                                     .arg(text);
                                                          });
            QString error;
            if (!terminal->open(&error))
                return fail(0, u"terminal %1 did not open: %2"_s.arg(i + 1).arg(error));
            if (!terminal->terminal().openSession(terminal->cashier()))
                return fail(0, terminal->terminal().lastError());
            m_proxies.push_back(std::move(proxy));
            m_terminals.push_back(std::move(terminal));
        }
        m_faults.assign(size_t(m_options.terminals), {});
        return true;
    }

    void runSteps(const QList<Step> &steps)
    {
        for (const Step &step : steps) {
            m_step = step.index;
            healDue(step.index);
            for (auto &terminal : m_terminals) {
                if (terminal->isOpen())
                    terminal->setStep(step.index);
            }
            const QString line = execute(step);
            m_result->trace << u"#%1 %2"_s.arg(step.index).arg(line);
            if (m_options.verbose)
                std::fprintf(stderr, "#%d %s\n", step.index, qUtf8Printable(line));
            QCoreApplication::processEvents();
            for (auto &terminal : m_terminals)
                terminal->capture();
            if (step.index % m_options.checkpointEvery == 0 || step.index == steps.size()) {
                if (!checkpoint(step.index))
                    return;
            }
        }
        if (!steps.isEmpty())
            pushEverythingAgain(steps.size());
    }

    void finish()
    {
        collectProxyStats();
        m_stats.batches = m_ledger.batches.size();
        m_stats.events = m_ledger.cursor;
        for (const auto &answers : std::as_const(m_ledger.answers)) {
            if (!answers.isEmpty() && answers.first().status == 409)
                ++m_stats.conflicts;
        }
    }

private:
    struct Fault
    {
        int healAt = 0;      // cut or stall
        int delayUntil = 0;  // delay
        int reopenAt = 0;    // a terminal switched off
    };

    static QStringList serverOptions()
    {
        return {u"--heartbeat"_s, u"1"_s, u"--retain-events"_s, u"10000000"_s};
    }

    bool fail(int step, const QString &what)
    {
        m_result->failures << u"after step #%1: %2"_s.arg(step).arg(what);
        return false;
    }

    void collectProxyStats()
    {
        m_stats.replays = 0;
        m_stats.lostAnswers = 0;
        for (const auto &proxy : m_proxies) {
            m_stats.replays += proxy->replays();
            m_stats.lostAnswers += proxy->lostAnswers();
        }
    }

    void record(const SyncdTest::HttpMessage &request, const SyncdTest::HttpMessage &answer, bool replayed)
    {
        if (request.method != "POST" || request.target != "/v1/push")
            return;
        const QString opId = QJsonDocument::fromJson(request.body).object().value(u"op_id"_s).toString();
        m_ledger.answers[opId].append({answer.status, answer.body, replayed});
        if (!m_ledger.requests.contains(opId))
            m_ledger.requests.insert(opId, request.body);
    }

    // -- faults --

    void healDue(int step)
    {
        for (int i = 0; i < m_options.terminals; ++i) {
            Fault &fault = m_faults[size_t(i)];
            if (fault.healAt && step >= fault.healAt) {
                m_proxies[size_t(i)]->setMode(SyncdTest::TcpProxy::Mode::Pass);
                fault.healAt = 0;
                m_result->trace << u"#%1 T%2 network passes again"_s.arg(step).arg(i + 1);
            }
            if (fault.delayUntil && step >= fault.delayUntil) {
                m_proxies[size_t(i)]->setDelay(0);
                fault.delayUntil = 0;
            }
            if (fault.reopenAt && step >= fault.reopenAt) {
                reopen(i, step);
                fault.reopenAt = 0;
            }
        }
        if (m_serverBackAt && step >= m_serverBackAt)
            restartServer(step);
    }

    void reopen(int i, int step)
    {
        QString error;
        if (!m_terminals[size_t(i)]->open(&error))
            fail(step, u"T%1 did not reopen: %2"_s.arg(i + 1).arg(error));
        else
            m_result->trace << u"#%1 T%2 is switched on again"_s.arg(step).arg(i + 1);
    }

    void restartServer(int step)
    {
        m_serverBackAt = 0;
        if (!m_server.start(serverOptions())) {
            fail(step, u"the server did not restart: "_s + m_server.lastError());
            return;
        }
        for (auto &proxy : m_proxies)
            proxy->setTarget(m_server.port());
        m_result->trace << u"#%1 server started again on port %2"_s.arg(step).arg(m_server.port());
    }

    bool heal(int step)
    {
        for (int i = 0; i < m_options.terminals; ++i) {
            m_proxies[size_t(i)]->clearPlans();
            m_proxies[size_t(i)]->setDelay(0);
            m_proxies[size_t(i)]->setMode(SyncdTest::TcpProxy::Mode::Pass);
            if (!m_terminals[size_t(i)]->isOpen())
                reopen(i, step);
            if (!m_terminals[size_t(i)]->isOpen())
                return false;
        }
        m_faults.assign(size_t(m_options.terminals), {});
        if (!m_server.isRunning())
            restartServer(step);
        if (!m_server.isRunning())
            return false;
        const bool settled = QTest::qWaitFor([&] {
            return std::all_of(m_terminals.begin(), m_terminals.end(), [](const auto &t) { return t->settled(); });
        }, HealTimeoutMs);
        if (settled)
            return true;
        QStringList conditions;
        for (auto &terminal : m_terminals)
            conditions << terminal->condition();
        return fail(step, u"the shop did not settle within %1 s after healing: "_s.arg(HealTimeoutMs / 1000)
                              + conditions.join(u"; "_s));
    }

    // -- judging --

    QJsonObject serverGet(const QByteArray &target, QString *problem)
    {
        const SyncdTest::HttpResponse answer = m_server.get(target, m_accounts.first().token);
        if (answer.status != 200 || !answer.isJsonObject) {
            *problem = u"GET %1: "_s.arg(QString::fromLatin1(target)) + QString::fromUtf8(answer.describe());
            return {};
        }
        return answer.json;
    }

    // Differences between each terminal's open orders and the server's, empty when none.
    QStringList terminalDifferences(const QJsonArray &snapshotOrders)
    {
        QHash<QString, QJsonObject> onServer;
        for (const QJsonValue &order : snapshotOrders)
            onServer.insert(order[u"uid"_s].toString(), canon(order.toObject(), true));
        QStringList out;
        for (auto &terminal : m_terminals) {
            OrderBook &book = terminal->book();
            QSet<QString> seen;
            for (const QUuid &uid : book.orderUids()) {
                const Order *order = book.order(uid);
                const QString text = uid.toString(QUuid::WithoutBraces);
                if (!order->published) {
                    if (!order->isEmpty())
                        out.append(u"%1 holds o:%2 with lines that the server was never sent"_s.arg(terminal->name(),
                                                                                                    shortId(uid)));
                    continue;
                }
                seen.insert(text);
                const auto server = onServer.constFind(text);
                if (server == onServer.cend()) {
                    out.append(u"%1 shows o:%2 (revision %3) open, the server does not"_s.arg(terminal->name(),
                                                                                              shortId(uid))
                                   .arg(order->revision));
                    continue;
                }
                const QString diff = difference(*server, canon(*order));
                if (!diff.isEmpty())
                    out.append(u"%1 o:%2 differs from the server (server's first): %3"_s.arg(terminal->name(),
                                                                                            shortId(uid), diff));
            }
            for (auto it = onServer.cbegin(); it != onServer.cend(); ++it) {
                if (!seen.contains(it.key()))
                    out.append(u"the server has o:%1 open (revision %2), %3 does not show it"_s.arg(shortId(it.key()))
                                   .arg(it.value()[u"revision"_s].toInteger())
                                   .arg(terminal->name()));
            }
        }
        return out;
    }

    bool checkpoint(int step)
    {
        ++m_stats.checks;
        const int failuresBefore = m_result->failures.size();
        m_result->trace << u"#%1 checkpoint: heal and judge"_s.arg(step);
        if (!heal(step))
            return false;
        QJsonObject snapshot;
        QStringList differences;
        QString problem;
        const bool converged = QTest::qWaitFor([&] {
            snapshot = serverGet("/v1/snapshot", &problem);
            if (!problem.isEmpty())
                return true;
            differences = terminalDifferences(snapshot[u"orders"_s].toArray());
            return differences.isEmpty();
        }, ConvergeTimeoutMs);
        if (!problem.isEmpty())
            return fail(step, problem);
        if (!converged) {
            for (const QString &difference : std::as_const(differences))
                fail(step, difference);
        }
        readLog(step);
        judgeAnswers(step);
        judgeServerState(step, snapshot);
        judgePayments(step);
        if (m_result->failures.size() == failuresBefore)
            ++m_stats.checksPassed;
        return true;
    }

    // Reads the events not read yet and checks each against the batch it names.
    void readLog(int step)
    {
        if (!m_server.isRunning())
            return;
        const qint64 last = m_server.lastSeq(m_accounts.first());
        if (last < m_ledger.cursor) {
            fail(step, u"the server's event log ends at %1, but event %2 was read before"_s.arg(last).arg(m_ledger.cursor));
            return;
        }
        while (m_ledger.cursor < last) {
            QString problem;
            const QJsonObject answer = serverGet("/v1/events?after=" + QByteArray::number(m_ledger.cursor)
                                                     + "&instance=" + ObserverInstance.toUtf8(),
                                                 &problem);
            if (!problem.isEmpty()) {
                fail(step, problem);
                return;
            }
            const QJsonArray events = answer[u"events"_s].toArray();
            if (events.isEmpty()) {
                fail(step, u"no events after %1 although the log ends at %2"_s.arg(m_ledger.cursor).arg(last));
                return;
            }
            for (const QJsonValue &event : events)
                judgeEvent(step, event.toObject());
        }
    }

    void judgeEvent(int step, const QJsonObject &event)
    {
        const qint64 seq = event[u"seq"_s].toInteger();
        if (seq != m_ledger.cursor + 1)
            fail(step, u"event %1 follows event %2"_s.arg(seq).arg(m_ledger.cursor));
        m_ledger.cursor = seq;
        if (event.contains(u"document"_s))
            return;
        const QJsonObject wire = event[u"order"_s].toObject();
        const QString uid = wire[u"uid"_s].toString();
        const QJsonObject actual = canon(wire, true);
        const QJsonObject plain = canon(wire, false);
        const qint64 revision = actual[u"revision"_s].toInteger();
        const QJsonObject before = m_ledger.lastWire.contains(uid) ? canon(m_ledger.lastWire.value(uid), false)
                                                                   : QJsonObject();
        const qint64 expectedRevision = before.isEmpty() ? 1 : before[u"revision"_s].toInteger() + 1;
        if (revision != expectedRevision)
            fail(step, u"event %1 gives o:%2 revision %3 after revision %4"_s.arg(seq).arg(shortId(uid)).arg(revision)
                           .arg(expectedRevision - 1));
        if (!before.isEmpty() && before[u"state"_s] != u"open"_s)
            fail(step, u"event %1 changes o:%2, which was %3 already"_s.arg(seq).arg(shortId(uid),
                                                                                   before[u"state"_s].toString()));
        const QString opId = event[u"op_id"_s].toString();
        if (opId.isEmpty()) {
            // The run ended: the order is archived as it was.
            QJsonObject expected = before;
            expected.insert(u"state"_s, u"cancelled"_s);
            expected.insert(u"abandoned"_s, true);
            expected.insert(u"revision"_s, revision);
            const QString diff = difference(expected, plain);
            if (before.isEmpty() || !diff.isEmpty())
                fail(step, u"run-end event %1 for o:%2 is not the open order archived: %3"_s.arg(seq).arg(shortId(uid),
                                                                                                          diff));
            m_ledger.runEndSinceCreate = true;
        } else {
            const auto batch = m_ledger.batches.constFind(opId);
            if (m_ledger.appliedAt.contains(opId))
                fail(step, u"batch %1 was applied twice: events %2 and %3"_s.arg(shortId(opId))
                               .arg(m_ledger.appliedAt.value(opId))
                               .arg(seq));
            m_ledger.appliedAt.insert(opId, seq);
            if (batch == m_ledger.batches.cend()) {
                fail(step, u"event %1 applies batch %2 to o:%3, which no terminal sent"_s.arg(seq).arg(shortId(opId),
                                                                                                    shortId(uid)));
            } else {
                QString why;
                const QJsonObject expected = applyBatch(before, batch->ops, plain, &why);
                const QString diff = why.isEmpty() ? difference(expected, plain) : why;
                if (!diff.isEmpty())
                    fail(step, u"event %1 (batch %2 of T%3, step #%4) is not its operations applied to o:%5: %6"_s
                                   .arg(seq)
                                   .arg(shortId(opId))
                                   .arg(batch->terminal + 1)
                                   .arg(batch->step)
                                   .arg(shortId(uid), diff));
                const qint64 origin = event[u"origin"_s][u"terminal_id"_s].toInteger();
                if (origin != m_accounts.at(batch->terminal).id)
                    fail(step, u"event %1 names terminal %2 as its origin, but T%3 sent it"_s.arg(seq).arg(origin)
                                   .arg(batch->terminal + 1));
            }
            if (before.isEmpty())
                judgeTicket(step, seq, uid, actual[u"ticket"_s].toInt());
        }
        if (!before.isEmpty() && actual[u"ticket"_s] != before[u"ticket"_s])
            fail(step, u"event %1 changes the ticket of o:%2 from %3 to %4"_s.arg(seq).arg(shortId(uid))
                           .arg(before[u"ticket"_s].toInt())
                           .arg(actual[u"ticket"_s].toInt()));
        m_ledger.logOrders[uid].insert(revision, actual);
        m_ledger.logOps[uid].insert(revision, opId);
        m_ledger.lastWire.insert(uid, wire);
    }

    // One counter per run: 1, 2, 3, … in the order the creates were committed.
    void judgeTicket(int step, qint64 seq, const QString &uid, int ticket)
    {
        const bool runOver = std::all_of(m_ledger.runOrders.cbegin(), m_ledger.runOrders.cend(), [&](const QString &other) {
            return m_ledger.lastWire.value(other)[u"state"_s] != u"open"_s;
        });
        if (ticket == 1 && m_ledger.lastTicket > 0 && runOver) {
            ++m_ledger.restartsSinceCheck;
            m_ledger.runOrders.clear();
        } else if (m_ledger.runEndSinceCreate && ticket != 1) {
            fail(step, u"event %1 gives o:%2 ticket %3 although the run ended before it"_s.arg(seq).arg(shortId(uid))
                           .arg(ticket));
            m_ledger.runOrders.clear();
        } else if (ticket != m_ledger.lastTicket + 1 && !(ticket == 1 && m_ledger.lastTicket == 0)) {
            fail(step, u"event %1 gives o:%2 ticket %3 after ticket %4 in the same run"_s.arg(seq).arg(shortId(uid))
                           .arg(ticket)
                           .arg(m_ledger.lastTicket));
        }
        m_ledger.runEndSinceCreate = false;
        m_ledger.lastTicket = ticket;
        m_ledger.runOrders.insert(uid);
    }

    // Every answer the server gave to a push: 200 or 409, the same bytes every time, and
    // the log holds exactly what a 200 said.
    void judgeAnswers(int step)
    {
        for (auto it = m_ledger.answers.begin(); it != m_ledger.answers.end(); ++it) {
            const QString &opId = it.key();
            QList<Answer> &answers = it.value();
            if (answers.isEmpty())
                continue;
            const Answer &first = answers.first();
            for (const Answer &other : std::as_const(answers)) {
                if (!sameAnswer(first.status, first.body, other.status, other.body))
                    fail(step, u"batch %1 was answered %2 %3 and then %4 %5%6"_s.arg(shortId(opId)).arg(first.status)
                                   .arg(QString::fromUtf8(first.body.left(300)))
                                   .arg(other.status)
                                   .arg(QString::fromUtf8(other.body.left(300)))
                                   .arg(other.replayed ? u" to a replayed copy"_s : QString()));
            }
            const QJsonObject body = QJsonDocument::fromJson(first.body).object();
            if (!m_ledger.batches.contains(opId)) {
                fail(step, u"the server answered a push of batch %1, which no terminal made"_s.arg(shortId(opId)));
                continue;
            }
            const Batch batch = m_ledger.batches.value(opId);
            const QString who = u"batch %1 of T%2 (step #%3) on o:%4"_s.arg(shortId(opId)).arg(batch.terminal + 1)
                                    .arg(batch.step)
                                    .arg(shortId(batch.order));
            if (first.status == 409) {
                if (m_ledger.appliedAt.contains(opId))
                    fail(step, who + u" was rejected, yet event %1 applied it"_s.arg(m_ledger.appliedAt.value(opId)));
            } else if (first.status == 200) {
                const QJsonObject order = body[u"order"_s].toObject();
                const QString uid = order[u"uid"_s].toString();
                const qint64 revision = order[u"revision"_s].toInteger();
                const QJsonObject logged = m_ledger.logOrders.value(uid).value(revision);
                if (logged.isEmpty()) {
                    fail(step, who + u" was acknowledged at revision %1, which the log does not have"_s.arg(revision));
                } else if (const QString diff = difference(logged, canon(order, true)); !diff.isEmpty()) {
                    fail(step, who + u": the acknowledged order is not the logged revision %1: %2"_s.arg(revision)
                                   .arg(diff));
                }
                const bool applied = m_ledger.appliedAt.contains(opId);
                if (!applied && !changesNothingPossibly(batch))
                    fail(step, who + u" was acknowledged, yet no event applied it"_s);
                if (applied && m_ledger.logOps.value(uid).value(revision) != opId)
                    fail(step, who + u" was acknowledged at revision %1, but another batch made it"_s.arg(revision));
            } else {
                fail(step, who + u" was answered %1: %2"_s.arg(first.status).arg(QString::fromUtf8(first.body.left(300))));
            }
            answers = {first};
        }
    }

    // A batch's later answer repeats its first (docs/protocol.md 4.5): a 200 byte for byte,
    // a 409 but for its order, which is the order as it is at the time of the answer.
    static bool sameAnswer(int firstStatus, const QByteArray &first, int laterStatus, const QByteArray &later)
    {
        if (firstStatus != laterStatus)
            return false;
        if (firstStatus != 409)
            return first == later;
        QJsonObject before = QJsonDocument::fromJson(first).object();
        QJsonObject after = QJsonDocument::fromJson(later).object();
        const qint64 revisionBefore = before.take(u"order"_s)[u"revision"_s].toInteger();
        const qint64 revisionAfter = after.take(u"order"_s)[u"revision"_s].toInteger();
        return before == after && revisionAfter >= revisionBefore;
    }

    // Every batch pushed once more at the end gets its first answer again and changes
    // nothing (docs/protocol.md 4.5), whatever restarts came between.
    void pushEverythingAgain(int step)
    {
        const qint64 before = m_server.lastSeq(m_accounts.first());
        for (const QString &opId : std::as_const(m_ledger.batchOrder)) {
            const auto request = m_ledger.requests.constFind(opId);
            const QList<Answer> answers = m_ledger.answers.value(opId);
            if (request == m_ledger.requests.cend() || answers.isEmpty())
                continue;
            const Batch &batch = m_ledger.batches[opId];
            const SyncdTest::HttpResponse again = m_server.post("/v1/push", m_accounts.at(batch.terminal).token, *request);
            if (!sameAnswer(answers.first().status, answers.first().body, again.status, again.body))
                fail(step, u"batch %1 of T%2 (step #%3) pushed again at the end was answered %4 %5, the first time %6 %7"_s
                               .arg(shortId(opId))
                               .arg(batch.terminal + 1)
                               .arg(batch.step)
                               .arg(again.status)
                               .arg(QString::fromUtf8(again.body.left(300)))
                               .arg(answers.first().status)
                               .arg(QString::fromUtf8(answers.first().body.left(300))));
        }
        const qint64 after = m_server.lastSeq(m_accounts.first());
        if (after != before)
            fail(step, u"pushing every batch again appended events %1 to %2"_s.arg(before + 1).arg(after));
    }

    // Removing lines that are gone already and claims that were taken change nothing.
    static bool changesNothingPossibly(const Batch &batch)
    {
        return std::all_of(batch.ops.cbegin(), batch.ops.cend(), [](const QJsonValue &op) {
            return op[u"op"_s] == u"remove_line"_s || op[u"unique"_s].toBool();
        });
    }

    void judgeServerState(int step, const QJsonObject &snapshot)
    {
        if (snapshot[u"last_seq"_s].toInteger() != m_ledger.cursor)
            fail(step, u"the snapshot is at event %1, the log at %2"_s.arg(snapshot[u"last_seq"_s].toInteger())
                           .arg(m_ledger.cursor));
        QHash<QString, QJsonObject> open;
        QHash<QString, QString> tables;
        for (const QJsonValue &value : snapshot[u"orders"_s].toArray()) {
            const QString uid = value[u"uid"_s].toString();
            open.insert(uid, canon(value.toObject(), true));
            const QString table = value[u"ext"_s][Tables::tableKey()].toString();
            if (table.isEmpty())
                continue;
            if (tables.contains(table))
                fail(step, u"table %1 is held by two open orders, o:%2 and o:%3"_s.arg(table, shortId(tables.value(table)),
                                                                                      shortId(uid)));
            tables.insert(table, uid);
        }
        QHash<QString, QJsonObject> closed;
        QByteArray page = "/v1/orders";
        while (!page.isEmpty()) {
            QString problem;
            const QJsonObject closedAnswer = serverGet(page, &problem);
            if (!problem.isEmpty()) {
                fail(step, problem);
                return;
            }
            for (const QJsonValue &value : closedAnswer[u"orders"_s].toArray()) {
                const QString uid = value[u"uid"_s].toString();
                if (closed.contains(uid))
                    fail(step, u"the closed orders list o:%1 twice"_s.arg(shortId(uid)));
                closed.insert(uid, canon(value.toObject(), true));
            }
            // A long list comes in pages, each naming the next.
            const QString next = closedAnswer[u"next"_s].toString();
            page = next.isEmpty() ? QByteArray() : "/v1/orders?after=" + QUrl::toPercentEncoding(next);
        }
        for (auto it = m_ledger.lastWire.cbegin(); it != m_ledger.lastWire.cend(); ++it) {
            const QJsonObject last = canon(it.value(), true);
            const QString state = last[u"state"_s].toString();
            const bool listed = state == u"paid"_s || last[u"abandoned"_s].toBool();
            const QHash<QString, QJsonObject> &where = state == u"open"_s ? open : closed;
            const QString place = state == u"open"_s ? u"snapshot"_s : u"closed orders"_s;
            if (state == u"open"_s || listed) {
                if (!where.contains(it.key()))
                    fail(step, u"o:%1 is %2 in the log but not in the %3"_s.arg(shortId(it.key()), state, place));
                else if (const QString diff = difference(last, where.value(it.key())); !diff.isEmpty())
                    fail(step, u"the %1 has o:%2 otherwise than the log (log's first): %3"_s.arg(place, shortId(it.key()),
                                                                                               diff));
            } else if (closed.contains(it.key())) {
                fail(step, u"the closed orders list o:%1, which a cashier cancelled"_s.arg(shortId(it.key())));
            }
            open.remove(it.key());
            if (state != u"open"_s)
                closed.remove(it.key());
        }
        for (auto it = open.cbegin(); it != open.cend(); ++it)
            fail(step, u"the snapshot has o:%1, which the log never had"_s.arg(shortId(it.key())));
        for (auto it = closed.cbegin(); it != closed.cend(); ++it)
            fail(step, u"the closed orders list o:%1 %2, which the log has not closed"_s.arg(shortId(it.key()),
                                                                                          it.value()[u"state"_s].toString()));
        // The same run from one checkpoint to the next leaves no room for a new first ticket.
        const qint64 run = snapshot[u"run"_s].toInteger();
        if (run != 0 && run == m_ledger.lastRun && m_ledger.restartsSinceCheck > 0)
            fail(step, u"tickets started again at 1 within run %1"_s.arg(run));
        m_ledger.lastRun = run;
        m_ledger.restartsSinceCheck = 0;
    }

    // A payment a terminal took is on the server once, with the receipt and ticket the
    // terminal printed or reprints.
    void judgePayments(int step)
    {
        QHash<int, int> lastReceipt;
        for (const LocalPayment &payment : std::as_const(m_ledger.payments)) {
            const QString uid = payment.order.toString(QUuid::WithoutBraces);
            const QString who = u"the payment T%1 took at step #%2 for o:%3"_s.arg(payment.terminal + 1).arg(payment.step)
                                    .arg(shortId(uid));
            const int number = payment.receiptNumber.section(u'-', -1).toInt();
            if (number != lastReceipt.value(payment.terminal) + 1)
                fail(step, who + u" has receipt %1 after receipt %2 of that terminal"_s.arg(number)
                               .arg(lastReceipt.value(payment.terminal)));
            lastReceipt.insert(payment.terminal, number);
            if (!m_ledger.lastWire.contains(uid)) {
                fail(step, who + u" never reached the server"_s);
                continue;
            }
            const QJsonObject last = m_ledger.lastWire.value(uid);
            const QString state = last[u"state"_s].toString();
            if (payStatus(payment) == 409) {
                judgeVoided(step, payment, who);
                continue;
            }
            if (state != u"paid"_s) {
                fail(step, who + u" is not on the server: the order is %1 there (revision %2)%3"_s.arg(
                               last[u"abandoned"_s].toBool() ? u"abandoned"_s : state)
                               .arg(last[u"revision"_s].toInteger())
                               .arg(payAnswer(payment)));
                continue;
            }
            const QJsonArray payments = last[u"payments"_s].toArray();
            if (payments.size() != 1 || payments.first()[u"uid"_s].toString() != payment.payment.toString(QUuid::WithoutBraces))
                fail(step, who + u" is not the one the server has: it was paid otherwise: "_s
                               + QString::fromUtf8(compact(payments)));
            if (last[u"receipt_number"_s].toString() != payment.receiptNumber)
                fail(step, who + u" printed receipt %1, the server has %2"_s.arg(payment.receiptNumber,
                                                                                 last[u"receipt_number"_s].toString()));
            SimTerminal &terminal = *m_terminals[size_t(payment.terminal)];
            std::optional<Order> local;
            if (terminal.isOpen() && terminal.terminal().store().findOrder(payment.order, &local) && local
                && local->ticketNumber != last[u"ticket"_s].toInt())
                fail(step, who + u": the terminal keeps ticket %1, the server gave %2"_s.arg(local->ticketNumber)
                               .arg(last[u"ticket"_s].toInt()));
        }
    }

    // The server refused the payment (another terminal changed or closed the order first):
    // the terminal voided its receipt, whose number stays taken, and follows the server.
    void judgeVoided(int step, const LocalPayment &payment, const QString &who)
    {
        SimTerminal &terminal = *m_terminals[size_t(payment.terminal)];
        if (!terminal.isOpen())
            return;
        LocalStore &store = terminal.terminal().store();
        std::optional<Order> local;
        if (store.findOrder(payment.order, &local) && local && local->state == OrderState::Paid
            && local->receiptNumber == payment.receiptNumber)
            fail(step, who + u" was refused by the server%1, yet the terminal keeps it paid"_s.arg(payAnswer(payment)));
        QSqlQuery query(store.database());
        query.prepare(u"SELECT count(*) FROM voided_receipts WHERE number = ? AND order_uid = ?"_s);
        query.addBindValue(payment.receiptNumber);
        query.addBindValue(payment.order.toString(QUuid::WithoutBraces));
        if (!query.exec() || !query.next() || query.value(0).toInt() != 1)
            fail(step, who + u" was refused by the server%1, and receipt %2 is not voided on the terminal"_s
                               .arg(payAnswer(payment), payment.receiptNumber));
    }

    // The batch that carried the terminal's pay, or an empty op_id.
    // An order paid again after a refused payment has a pay batch for each: the one
    // that carried this payment is named by the payment's uid.
    QString payBatch(const LocalPayment &payment) const
    {
        const QString paymentUid = payment.payment.toString(QUuid::WithoutBraces);
        for (const QString &opId : std::as_const(m_ledger.batchOrder)) {
            const Batch &batch = m_ledger.batches[opId];
            const bool pays = std::any_of(batch.ops.cbegin(), batch.ops.cend(), [&](const QJsonValue &op) {
                return op[u"op"_s] == u"pay"_s && op[u"payments"_s][0][u"uid"_s].toString() == paymentUid;
            });
            if (batch.order == payment.order && batch.terminal == payment.terminal && pays)
                return opId;
        }
        return {};
    }

    // The status of the first answer to the pay, 0 if none.
    int payStatus(const LocalPayment &payment) const
    {
        const QList<Answer> answers = m_ledger.answers.value(payBatch(payment));
        return answers.isEmpty() ? 0 : answers.first().status;
    }

    // What the server answered to the terminal's pay, in a few words.
    QString payAnswer(const LocalPayment &payment) const
    {
        const QString opId = payBatch(payment);
        if (opId.isEmpty())
            return u"; no pay batch was made"_s;
        const QList<Answer> answers = m_ledger.answers.value(opId);
        if (answers.isEmpty())
            return u"; its pay batch %1 was never answered"_s.arg(shortId(opId));
        return u"; its pay batch %1 was answered %2: %3"_s.arg(shortId(opId)).arg(answers.first().status)
            .arg(QJsonDocument::fromJson(answers.first().body).object()[u"message"_s].toString());
    }

    // -- the cashiers --

    QString execute(const Step &step)
    {
        SimTerminal &terminal = *m_terminals[size_t(step.terminal)];
        const QString who = u"T%1"_s.arg(step.terminal + 1);
        if (isFault(step.kind))
            return who + u' ' + injectFault(step);
        if (step.kind == Kind::Pause) {
            const int ms = int(step.a % 40);
            QTest::qWait(ms);
            return u"pause %1 ms"_s.arg(ms);
        }
        if (step.kind == Kind::Idle) {
            const int ms = 500 + int(step.a % 2500);
            QTest::qWait(ms);
            return u"the shop is quiet for %1 ms"_s.arg(ms);
        }
        if (step.kind == Kind::CloseShop) {
            QStringList closed;
            for (auto &each : m_terminals) {
                if (each->isOpen() && each->terminal().session()) {
                    ClosingReport report;
                    if (each->terminal().closeSession(&report, each->terminal().expectedCash()))
                        closed << each->name();
                }
            }
            ++m_stats.shopClosings;
            ++m_stats.operations;
            return u"closing time: sessions closed on "_s + closed.join(u", "_s);
        }
        if (!terminal.isOpen())
            return who + u" is switched off"_s;
        ++m_stats.operations;
        if (!terminal.terminal().session()) {
            if (!terminal.terminal().openSession(terminal.cashier()))
                return refused(who + u" opens a session"_s, terminal.terminal().lastError());
            return who + u" opens a session for "_s + terminal.cashier();
        }
        return who + u' ' + cashierAction(terminal, step);
    }

    QString refused(const QString &what, const QString &why)
    {
        ++m_stats.refused;
        return what + u": refused ("_s + why.left(70) + u')';
    }

    static const Product &product(SimTerminal &terminal, quint32 pick)
    {
        const QList<Product> &products = terminal.terminal().catalog().products();
        // Eight products, so that taps often land on a line that is there already.
        const int spread = qMax(1, int(products.size()) / 8);
        return products.at(int((pick % 8) * spread) % products.size());
    }

    static QUuid pickOrder(OrderBook &book, quint32 pick)
    {
        const QList<QUuid> &uids = book.orderUids();
        return uids.isEmpty() ? QUuid() : uids.at(int(pick % quint32(uids.size())));
    }

    static QUuid pickLine(const Order &order, quint32 pick)
    {
        return order.lines.isEmpty() ? QUuid() : order.lines.at(int(pick % quint32(order.lines.size()))).uid;
    }

    QString cashierAction(SimTerminal &terminal, const Step &step)
    {
        OrderBook &book = terminal.book();
        const auto result = [&](const QString &what, bool ok) { return ok ? what : refused(what, book.lastError()); };
        const QUuid uid = pickOrder(book, step.a);
        const Order *order = uid.isNull() ? nullptr : book.order(uid);
        const QString on = u" on o:"_s + shortId(uid);
        // Nor does a careful cashier touch an order that another terminal is paying or cancelling.
        const bool edits = step.kind != Kind::NewOrder && step.kind != Kind::OpenTable && step.kind != Kind::CloseSession;
        if (order && edits && !m_options.racyClose && closingElsewhere(terminal, uid))
            return refused(kindName(step.kind) + on, u"being closed on another terminal"_s);
        switch (step.kind) {
        case Kind::Tap:
            if (order) {
                const Product &tapped = product(terminal, step.b);
                QUuid line;
                const bool ok = book.addProduct(uid, tapped, &line);
                return result(u"taps %1%2 (l:%3)"_s.arg(tapped.id, on, shortId(line)), ok);
            }
            [[fallthrough]];
        case Kind::NewOrder: {
            const QUuid created = book.createOrder();
            const Product &tapped = product(terminal, step.b);
            QUuid line;
            const bool ok = !created.isNull() && book.addProduct(created, tapped, &line);
            return result(u"starts o:%1 with %2 (l:%3)"_s.arg(shortId(created), tapped.id, shortId(line)), ok);
        }
        case Kind::OpenTable: {
            const QString table = u"T%1"_s.arg(step.b % 6 + 1);
            QString error;
            const QUuid opened = Tables::open(&book, table, int(step.c % 6 + 1), &error);
            if (opened.isNull())
                return refused(u"opens table "_s + table, error);
            const Product &tapped = product(terminal, step.c);
            return result(u"opens table %1 as o:%2 and taps %3"_s.arg(table, shortId(opened), tapped.id),
                          book.addProduct(opened, tapped));
        }
        default:
            break;
        }
        if (!order)
            return refused(u"has no order for a "_s + kindName(step.kind), u"no open order"_s);
        const QUuid line = pickLine(*order, step.b);
        const QString onLine = on + u" l:"_s + shortId(line);
        switch (step.kind) {
        case Kind::SetQuantity: {
            const qint64 quantity = qint64(step.c % 5 + 1) * 1000;
            return result(u"types quantity %1%2"_s.arg(quantity).arg(onLine), book.setQuantity(uid, line, quantity));
        }
        case Kind::SetDiscount: {
            const int discount = int(step.c % 3) * 500;
            return result(u"types discount %1%2"_s.arg(discount).arg(onLine), book.setDiscount(uid, line, discount));
        }
        case Kind::RemoveLine:
            return result(u"removes"_s + onLine, book.removeLine(uid, line));
        case Kind::OrderNote: {
            const QJsonValue note = step.c % 4 == 0 ? QJsonValue() : QJsonValue(u"note %1"_s.arg(step.c % 100));
            return result(u"notes %1%2"_s.arg(QString::fromUtf8(compact(note)), on),
                          book.setOrderExtension(uid, NoteKey, note));
        }
        case Kind::LineNote: {
            const QJsonValue note = step.c % 4 == 0 ? QJsonValue() : QJsonValue(u"no ice %1"_s.arg(step.c % 100));
            return result(u"notes %1%2"_s.arg(QString::fromUtf8(compact(note)), onLine),
                          book.setLineExtension(uid, line, NoteKey, note));
        }
        case Kind::CustomerName: {
            const QString name = u"Guest %1"_s.arg(step.c % 50);
            return result(u"names the customer %1%2"_s.arg(name, on), book.setCustomerName(uid, name));
        }
        case Kind::SendToKitchen: {
            QString error;
            const int sent = Tables::sendToKitchen(&book, uid, &error);
            return sent < 0 ? refused(u"sends to the kitchen"_s + on, error)
                            : u"sends %1 line(s) to the kitchen%2"_s.arg(sent).arg(on);
        }
        case Kind::MoveTable: {
            const QString table = u"T%1"_s.arg(step.c % 6 + 1);
            QString error;
            return Tables::move(&book, uid, table, &error) ? u"moves o:%1 to table %2"_s.arg(shortId(uid), table)
                                                           : refused(u"moves o:%1 to table %2"_s.arg(shortId(uid), table),
                                                                     error);
        }
        case Kind::Pay:
            return pay(terminal, uid, step);
        case Kind::Cancel:
            return cancel(terminal, uid, step);
        case Kind::CloseSession: {
            ClosingReport report;
            return result(u"closes the session"_s,
                          terminal.terminal().closeSession(&report, terminal.terminal().expectedCash()));
        }
        default:
            return u"does nothing"_s;
        }
    }

    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::Tap:
            return u"tap"_s;
        case Kind::SetQuantity:
            return u"quantity"_s;
        case Kind::SetDiscount:
            return u"discount"_s;
        case Kind::RemoveLine:
            return u"removal"_s;
        case Kind::OrderNote:
        case Kind::LineNote:
            return u"note"_s;
        case Kind::CustomerName:
            return u"customer name"_s;
        case Kind::SendToKitchen:
            return u"kitchen ticket"_s;
        case Kind::MoveTable:
            return u"move"_s;
        case Kind::Pay:
            return u"payment"_s;
        case Kind::Cancel:
            return u"cancellation"_s;
        default:
            return u"session close"_s;
        }
    }

    // Without racy closes, a cashier pays or cancels only an order nobody else can be
    // changing: every terminal has sent what it did to it and this one has seen it all,
    // or the server has never heard of it. An online terminal then waits for the answer.
    bool quiet(SimTerminal &terminal, const QUuid &uid, int step)
    {
        if (m_options.racyClose)
            return true;
        const bool online = terminal.controller().state() == SyncClient::State::Online;
        if (online && (!m_server.isRunning() || m_proxies[size_t(terminal.index())]->mode() != SyncdTest::TcpProxy::Mode::Pass))
            return false;
        const auto isQuiet = [&] {
            const Order *order = terminal.book().order(uid);
            if (!order)
                return true;
            for (auto &other : m_terminals) {
                if (other.get() != &terminal && other->isOpen() && other->hasPending(uid))
                    return false;
            }
            if (m_server.isRunning())
                readLog(step);
            const QString key = uid.toString(QUuid::WithoutBraces);
            const qint64 onServer = m_ledger.lastWire.value(key)[u"revision"_s].toInteger();
            if (onServer != order->revision)
                return false;
            // The total on screen must be the server's, or the payment cannot be right.
            if (onServer > 0 && canon(m_ledger.lastWire.value(key), true) != canon(*order))
                return false;
            return !terminal.hasPending(uid) || (!online && onServer == 0);
        };
        return QTest::qWaitFor(isQuiet, QuietTimeoutMs);
    }

    bool closingElsewhere(SimTerminal &terminal, const QUuid &uid)
    {
        return std::any_of(m_terminals.begin(), m_terminals.end(), [&](const auto &other) {
            return other.get() != &terminal && other->isOpen() && other->isClosing(uid);
        });
    }

    // A note for the trace when the answer did not come.
    QString awaitAnswer(SimTerminal &terminal, const QUuid &uid)
    {
        if (m_options.racyClose || terminal.controller().state() != SyncClient::State::Online)
            return {};
        return QTest::qWaitFor([&] { return !terminal.hasPending(uid); }, AnswerTimeoutMs)
            ? QString()
            : u" (not answered within %1 s)"_s.arg(AnswerTimeoutMs / 1000);
    }

    QString pay(SimTerminal &terminal, const QUuid &uid, const Step &step)
    {
        OrderBook &book = terminal.book();
        const Order *order = book.order(uid);
        const QString what = u"pays o:%1"_s.arg(shortId(uid));
        if (order->isEmpty() || order->total() <= 0)
            return refused(what, u"nothing to pay"_s);
        if (!book.isEditable(uid))
            return refused(what, book.whyReadOnly(uid));
        if (!quiet(terminal, uid, step.index))
            return refused(what, u"the order is still changing elsewhere"_s);
        order = book.order(uid);
        if (!order)
            return refused(what, u"closed meanwhile"_s);
        const qint64 total = order->total();
        const bool cash = step.c % 2 == 0;
        const qint64 tendered = cash ? (total + 499) / 500 * 500 : total;
        const Payment payment(QUuid::createUuid(), cash ? PaymentMethod::Cash : PaymentMethod::Card, tendered);
        if (!book.pay(uid, {payment}))
            return refused(what, book.lastError());
        std::optional<Order> paid;
        terminal.terminal().store().findOrder(uid, &paid);
        const QString receipt = paid ? paid->receiptNumber : QString();
        m_ledger.payments.append({terminal.index(), uid, payment.uid, receipt, step.index});
        const QString late = awaitAnswer(terminal, uid);
        return u"%1: %2 %3 for %4, receipt %5%6"_s.arg(what, cash ? u"cash"_s : u"card"_s).arg(tendered).arg(total)
            .arg(receipt, late);
    }

    QString cancel(SimTerminal &terminal, const QUuid &uid, const Step &step)
    {
        OrderBook &book = terminal.book();
        const QString what = u"cancels o:%1"_s.arg(shortId(uid));
        if (!book.isEditable(uid))
            return refused(what, book.whyReadOnly(uid));
        if (!quiet(terminal, uid, step.index))
            return refused(what, u"the order is still changing elsewhere"_s);
        if (!book.order(uid))
            return refused(what, u"closed meanwhile"_s);
        if (!book.discard(uid))
            return refused(what, book.lastError());
        return what + awaitAnswer(terminal, uid);
    }

    QString injectFault(const Step &step)
    {
        const int i = step.terminal;
        SyncdTest::TcpProxy &proxy = *m_proxies[size_t(i)];
        Fault &fault = m_faults[size_t(i)];
        switch (step.kind) {
        case Kind::Cut:
        case Kind::Stall: {
            const int steps = 5 + int(step.a % 30);
            const bool cut = step.kind == Kind::Cut;
            proxy.setMode(cut ? SyncdTest::TcpProxy::Mode::Cut : SyncdTest::TcpProxy::Mode::Stall);
            fault.healAt = step.index + steps;
            ++m_stats.partitions;
            return u"network %1 for %2 steps"_s.arg(cut ? u"cut"_s : u"stalled"_s).arg(steps);
        }
        case Kind::Delay: {
            const int ms = 1 + int(step.a % 60);
            const int steps = 5 + int(step.b % 30);
            proxy.setDelay(ms);
            fault.delayUntil = step.index + steps;
            ++m_stats.delays;
            return u"network delays every chunk by %1 ms for %2 steps"_s.arg(ms).arg(steps);
        }
        case Kind::Replay: {
            const int ms = int(step.a % 3) == 0 ? 0 : int(step.b % 300);
            proxy.replayNextPush(ms);
            return u"network will replay the next push after %1 ms"_s.arg(ms);
        }
        case Kind::LoseAnswer:
            proxy.loseNextPushAnswer();
            return u"network will lose the answer to the next push"_s;
        case Kind::RestartTerminal: {
            SimTerminal &terminal = *m_terminals[size_t(i)];
            if (!terminal.isOpen())
                return u"is off already"_s;
            terminal.close();
            ++m_stats.restarts;
            const int off = int(step.a % 5);
            if (off == 0) {
                reopen(i, step.index);
                return u"restarts"_s;
            }
            fault.reopenAt = step.index + off;
            return u"is switched off for %1 steps"_s.arg(off);
        }
        case Kind::KillServer: {
            if (!m_server.isRunning())
                return u"(the server is down already)"_s;
            m_server.kill();
            ++m_stats.kills;
            const int down = int(step.a % 8);
            if (down == 0) {
                restartServer(step.index);
                return u"server killed (kill -9) and started again"_s;
            }
            m_serverBackAt = step.index + down;
            return u"server killed (kill -9) for %1 steps"_s.arg(down);
        }
        default:
            return u"no fault"_s;
        }
    }

    Options m_options;
    Result *m_result;
    Stats &m_stats;
    SyncdTest::SyncdServer m_server;
    QList<SyncdTest::Terminal> m_accounts;
    Ledger m_ledger;
    std::vector<std::unique_ptr<SyncdTest::TcpProxy>> m_proxies;
    std::vector<std::unique_ptr<SimTerminal>> m_terminals;
    std::vector<Fault> m_faults;
    int m_serverBackAt = 0;
    int m_step = 0;
};

bool envFlag(const char *name)
{
    return qEnvironmentVariableIntValue(name) != 0;
}

} // namespace

Options Options::fromEnvironment(Options defaults)
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("TANDEM_SIM_SEED").toULongLong(&ok);
    if (ok)
        defaults.seed = seed;
    for (const auto &[name, field] : {std::pair{"TANDEM_SIM_STEPS", &defaults.steps},
                                      std::pair{"TANDEM_SIM_TERMINALS", &defaults.terminals},
                                      std::pair{"TANDEM_SIM_CHECK_EVERY", &defaults.checkpointEvery}}) {
        const int value = qEnvironmentVariable(name).toInt(&ok);
        if (ok && value > 0)
            *field = value;
    }
    if (qEnvironmentVariableIsSet("TANDEM_SIM_RACY_CLOSE"))
        defaults.racyClose = envFlag("TANDEM_SIM_RACY_CLOSE");
    defaults.verbose = envFlag("TANDEM_SIM_VERBOSE");
    return defaults;
}

Result run(const Options &options)
{
    Result result;
    result.options = options;
    QElapsedTimer clock;
    clock.start();
    {
        World world(options, &result);
        if (world.setUp())
            world.runSteps(generate(options.seed, options.steps, options.terminals));
        world.finish();
    }
    result.stats.durationMs = clock.elapsed();
    return result;
}

Result shrink(const Result &failed, int attempts)
{
    Result shortest = failed;
    int passing = 0;
    int failing = failed.options.steps;
    while (failing - passing > 1) {
        const int middle = (passing + failing) / 2;
        Options options = failed.options;
        options.steps = middle;
        std::optional<Result> failure;
        for (int attempt = 0; attempt < attempts && !failure; ++attempt) {
            Result again = run(options);
            if (!again.passed())
                failure = again;
        }
        if (failure) {
            shortest = *failure;
            failing = middle;
        } else {
            passing = middle;
        }
    }
    return shortest;
}

QString Result::report() const
{
    QStringList out;
    out << u"Simulation seed %1: %2 steps, %3 terminals, racy closes %4, %5 failure(s)"_s.arg(options.seed)
               .arg(options.steps)
               .arg(options.terminals)
               .arg(options.racyClose ? u"on"_s : u"off"_s)
               .arg(failures.size());
    out << u"Replay: TANDEM_SIM_SEED=%1 TANDEM_SIM_STEPS=%2 TANDEM_SIM_TERMINALS=%3 TANDEM_SIM_CHECK_EVERY=%4%5"_s
               .arg(options.seed)
               .arg(options.steps)
               .arg(options.terminals)
               .arg(options.checkpointEvery)
               .arg(options.racyClose ? u" TANDEM_SIM_RACY_CLOSE=1"_s : QString());
    out << u"Failures:"_s;
    for (const QString &failure : failures)
        out << u"  - "_s + failure;
    // The ids a failure names pick the steps that touched them; faults always matter.
    static const QRegularExpression idPattern(u"\\b[ol]:([0-9a-f]{8})\\b"_s);
    QSet<QString> ids;
    for (const QString &failure : failures) {
        auto matches = idPattern.globalMatch(failure);
        while (matches.hasNext())
            ids.insert(matches.next().captured(1));
    }
    out << u"Steps that touched what diverged, and every fault:"_s;
    for (const QString &step : trace) {
        const bool fault = step.contains(u"network"_s) || step.contains(u"server"_s) || step.contains(u"restart"_s)
            || step.contains(u"switched"_s) || step.contains(u"checkpoint"_s) || step.contains(u"closing time"_s);
        const bool touches = std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return step.contains(id); });
        if (fault || touches)
            out << u"  "_s + step;
    }
    out << u"All steps:"_s;
    for (const QString &step : trace)
        out << u"  "_s + step;
    return out.join(u'\n');
}

QJsonObject Result::toJson() const
{
    QJsonArray failureList;
    for (const QString &failure : failures)
        failureList.append(failure);
    return {{u"seed"_s, QString::number(options.seed)},
            {u"terminals"_s, options.terminals},
            {u"steps"_s, options.steps},
            {u"operations"_s, options.steps},
            {u"cashier_operations"_s, stats.operations},
            {u"refused_by_book"_s, stats.refused},
            {u"partitions"_s, stats.partitions},
            {u"delays"_s, stats.delays},
            {u"replayed_pushes"_s, stats.replays},
            {u"lost_answers"_s, stats.lostAnswers},
            {u"terminal_restarts"_s, stats.restarts},
            {u"server_kills"_s, stats.kills},
            {u"shop_closings"_s, stats.shopClosings},
            {u"batches"_s, stats.batches},
            {u"conflicts"_s, stats.conflicts},
            {u"events"_s, stats.events},
            {u"convergence_checks"_s, stats.checks},
            {u"convergence_checks_passed"_s, stats.checksPassed},
            {u"duration_s"_s, double(stats.durationMs) / 1000.0},
            {u"racy_close"_s, options.racyClose},
            {u"failures"_s, failureList}};
}

}
