#include "localstore.h"

#include "logging.h"
#include "sqlsupport.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using SqlSupport::execAll;
using SqlSupport::text;

namespace {

QString sqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

bool createSchemaV1(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE products (id TEXT PRIMARY KEY, position INTEGER NOT NULL, "
                       "name TEXT NOT NULL, category TEXT NOT NULL, unit_price INTEGER NOT NULL, "
                       "tax_rate INTEGER NOT NULL, barcode TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE sessions (id INTEGER PRIMARY KEY AUTOINCREMENT, cashier TEXT NOT NULL, "
                       "opened_at TEXT NOT NULL, closed_at TEXT)"),
        QStringLiteral("CREATE TABLE orders (uid TEXT PRIMARY KEY, receipt_reference TEXT NOT NULL UNIQUE, "
                       "ticket_number INTEGER NOT NULL, state TEXT NOT NULL, abandoned INTEGER NOT NULL, "
                       "currency TEXT NOT NULL, customer_name TEXT NOT NULL, "
                       "created_user TEXT NOT NULL, created_terminal TEXT NOT NULL, "
                       "changed_user TEXT NOT NULL, changed_terminal TEXT NOT NULL, "
                       "created_at TEXT NOT NULL, changed_at TEXT NOT NULL, "
                       "session_id INTEGER NOT NULL, change_given INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX orders_by_state ON orders (state)"),
        QStringLiteral("CREATE INDEX orders_by_session ON orders (session_id, state)"),
        QStringLiteral("CREATE TABLE order_lines (uid TEXT PRIMARY KEY, "
                       "order_uid TEXT NOT NULL REFERENCES orders (uid) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, product_id TEXT NOT NULL, product_name TEXT NOT NULL, "
                       "unit_price INTEGER NOT NULL, tax_rate INTEGER NOT NULL, quantity INTEGER NOT NULL, "
                       "discount INTEGER NOT NULL, created_user TEXT NOT NULL, created_terminal TEXT NOT NULL, "
                       "changed_user TEXT NOT NULL, changed_terminal TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX order_lines_by_order ON order_lines (order_uid, position)"),
        QStringLiteral("CREATE TABLE payments (uid TEXT PRIMARY KEY, "
                       "order_uid TEXT NOT NULL REFERENCES orders (uid) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, method TEXT NOT NULL, amount INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX payments_by_order ON payments (order_uid, position)"),
    }, error);
}

bool addRevisionsAndExtensions(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE orders ADD COLUMN revision INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN extensions TEXT NOT NULL DEFAULT '{}'"),
        QStringLiteral("ALTER TABLE order_lines ADD COLUMN extensions TEXT NOT NULL DEFAULT '{}'"),
    }, error);
}

bool addSyncOutbox(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE orders ADD COLUMN published INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, op_id TEXT NOT NULL UNIQUE, "
                       "order_uid TEXT NOT NULL, base_revision INTEGER NOT NULL, ops TEXT NOT NULL, "
                       "user TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX outbox_by_order ON outbox (order_uid, id)"),
    }, error);
}

// Receipts are numbered when issued; the creation counter that used to number them
// goes on as the receipt counter, so no number printed before comes again.
bool addReceiptNumbers(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE orders ADD COLUMN receipt_number TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE orders SET receipt_number = receipt_reference WHERE state = 'paid'"),
        QStringLiteral("CREATE UNIQUE INDEX orders_by_receipt_number ON orders (receipt_number) "
                       "WHERE receipt_number != ''"),
    }, error);
}

bool addCashControl(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE sessions ADD COLUMN opening_float INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE sessions ADD COLUMN counted_cash INTEGER"),
        QStringLiteral("CREATE TABLE cash_moves (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "session_id INTEGER NOT NULL REFERENCES sessions (id), amount INTEGER NOT NULL, "
                       "reason TEXT NOT NULL, user TEXT NOT NULL, at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX cash_moves_by_session ON cash_moves (session_id, id)"),
        QStringLiteral("CREATE TABLE report_outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL)"),
    }, error);
}

bool addPaymentMethodNames(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE payments ADD COLUMN method_name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE payments ADD COLUMN gives_change INTEGER NOT NULL DEFAULT 0"),
    }, error);
}

bool addProductOnSale(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("ALTER TABLE products ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1")}, error);
}

bool addRefusedChanges(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("CREATE TABLE refused_changes (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                       "refused_at TEXT NOT NULL, order_uid TEXT NOT NULL, order_label TEXT NOT NULL, "
                                       "what TEXT NOT NULL, status INTEGER NOT NULL, why TEXT NOT NULL)")},
                   error);
}

// A receipt the server would not let stand (its order was changed or closed elsewhere
// first): its number stays accounted for, and the money it took goes back.
bool addVoidedReceipts(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("CREATE TABLE voided_receipts (number TEXT PRIMARY KEY, "
                                       "order_uid TEXT NOT NULL, order_label TEXT NOT NULL, "
                                       "session_id INTEGER NOT NULL, voided_at TEXT NOT NULL, "
                                       "total INTEGER NOT NULL, refund INTEGER NOT NULL, why TEXT NOT NULL)"),
                        QStringLiteral("CREATE INDEX voided_receipts_by_session ON voided_receipts (session_id)")},
                   error);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

LocalStore::LocalStore()
{
    m_connectionName = SqlSupport::newConnectionName(QStringLiteral("tandem-store"));
}

LocalStore::~LocalStore()
{
    close();
}

const QList<Migration> &LocalStore::migrations()
{
    static const QList<Migration> steps{
        {1, createSchemaV1},
        {2, addRevisionsAndExtensions},
        {3, addSyncOutbox},
        {4, addReceiptNumbers},
        {5, addCashControl},
        {6, addPaymentMethodNames},
        {7, addProductOnSale},
        {8, addRefusedChanges},
        {9, addVoidedReceipts},
    };
    return steps;
}

int LocalStore::currentSchemaVersion()
{
    return migrations().last().toVersion;
}

bool LocalStore::open(const QString &path)
{
    close();
    QString error;
    if (!SqlMigration::openDurable(m_connectionName, path, {QStringLiteral("PRAGMA foreign_keys=ON")}, migrations(),
                                   &error))
        return fail(tr("cannot open the store %1: %2").arg(path, error));
    return true;
}

void LocalStore::close()
{
    SqlSupport::closeConnection(m_connectionName);
    m_transactionDepth = 0;
}

bool LocalStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool LocalStore::fail(const QString &message)
{
    m_lastError = message;
    qCWarning(lcStore, "%s", qPrintable(message));
    return false;
}

bool LocalStore::backupTo(const QString &path)
{
    QSqlDatabase db = database();
    QString error;
    return SqlSupport::backupTo(db, path, &error) || fail(error);
}

bool LocalStore::transaction(const std::function<bool()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const bool ok = work();
        --m_transactionDepth;
        return ok;
    }
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(db.lastError().text());
    ++m_transactionDepth;
    const bool ok = work();
    --m_transactionDepth;
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return fail(error);
    }
    return true;
}

QString LocalStore::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

bool LocalStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(text(value));
    return query.exec() || fail(sqlError(query));
}

bool LocalStore::removeSetting(const QString &key)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() || fail(sqlError(query));
}

bool LocalStore::nextCounter(const QString &name, qint64 *value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1) "
                                 "ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return fail(sqlError(query));
    *value = query.value(0).toLongLong();
    return true;
}

bool LocalStore::resetCounter(const QString &name)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM counters WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() || fail(sqlError(query));
}

bool LocalStore::replaceCatalog(const Catalog &catalog)
{
    return transaction([&] {
        QSqlQuery query(database());
        if (!query.exec(QStringLiteral("DELETE FROM products")))
            return fail(sqlError(query));
        if (!query.prepare(QStringLiteral("INSERT INTO products (id, position, name, category, unit_price, "
                                          "tax_rate, barcode, enabled) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
            return fail(sqlError(query));
        int position = 0;
        for (const Product &product : catalog.products()) {
            query.bindValue(0, text(product.id));
            query.bindValue(1, position++);
            query.bindValue(2, text(product.name));
            query.bindValue(3, text(product.category));
            query.bindValue(4, product.unitPrice);
            query.bindValue(5, product.taxRate);
            query.bindValue(6, text(product.barcode));
            query.bindValue(7, product.enabled ? 1 : 0);
            if (!query.exec())
                return fail(sqlError(query));
        }
        return true;
    });
}

bool LocalStore::saveProduct(const Product &product, const QString &previousId)
{
    return transaction([&] {
        QSqlQuery query(database());
        if (previousId.isEmpty()) {
            query.prepare(QStringLiteral("INSERT INTO products (id, position, name, category, unit_price, tax_rate, "
                                         "barcode, enabled) VALUES (:id, (SELECT COALESCE(MAX(position), -1) + 1 FROM "
                                         "products), :name, :category, :price, :tax, :barcode, :enabled)"));
        } else {
            query.prepare(QStringLiteral("UPDATE products SET id = :id, name = :name, category = :category, "
                                         "unit_price = :price, tax_rate = :tax, barcode = :barcode, enabled = :enabled "
                                         "WHERE id = :previous"));
            query.bindValue(QStringLiteral(":previous"), previousId);
        }
        query.bindValue(QStringLiteral(":id"), text(product.id));
        query.bindValue(QStringLiteral(":name"), text(product.name));
        query.bindValue(QStringLiteral(":category"), text(product.category));
        query.bindValue(QStringLiteral(":price"), product.unitPrice);
        query.bindValue(QStringLiteral(":tax"), product.taxRate);
        query.bindValue(QStringLiteral(":barcode"), text(product.barcode));
        query.bindValue(QStringLiteral(":enabled"), product.enabled ? 1 : 0);
        if (!query.exec())
            return fail(sqlError(query));
        return query.numRowsAffected() == 1 || fail(tr("no product %1").arg(previousId));
    });
}

bool LocalStore::loadCatalog(Catalog *catalog)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, category, unit_price, tax_rate, barcode, enabled "
                                   "FROM products ORDER BY position")))
        return fail(sqlError(query));
    QList<Product> products;
    while (query.next()) {
        Product product;
        product.id = query.value(0).toString();
        product.name = query.value(1).toString();
        product.category = query.value(2).toString();
        product.unitPrice = query.value(3).toLongLong();
        product.taxRate = query.value(4).toInt();
        product.barcode = query.value(5).toString();
        product.enabled = query.value(6).toInt() != 0;
        products.append(product);
    }
    *catalog = Catalog(std::move(products));
    return true;
}

bool LocalStore::openSession(const QString &cashier, qint64 openingFloat, CashSession *session)
{
    QSqlQuery query(database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    query.prepare(QStringLiteral("INSERT INTO sessions (cashier, opened_at, opening_float) VALUES (?, ?, ?)"));
    query.addBindValue(text(cashier));
    query.addBindValue(SqlSupport::timeText(now));
    query.addBindValue(openingFloat);
    if (!query.exec())
        return fail(sqlError(query));
    *session = CashSession();
    session->id = query.lastInsertId().toLongLong();
    session->cashier = cashier;
    session->openedAt = now;
    session->openingFloat = openingFloat;
    return true;
}

bool LocalStore::currentSession(std::optional<CashSession> *session)
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT id FROM sessions WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1")))
        return fail(sqlError(query));
    session->reset();
    if (!query.next())
        return true;
    CashSession found;
    if (!loadSession(query.value(0).toLongLong(), &found))
        return false;
    *session = found;
    return true;
}

bool LocalStore::loadSession(qint64 sessionId, CashSession *session)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id, cashier, opened_at, closed_at, opening_float, counted_cash "
                                 "FROM sessions WHERE id = ?"));
    query.addBindValue(sessionId);
    if (!query.exec())
        return fail(sqlError(query));
    if (!query.next())
        return fail(tr("no session %1").arg(sessionId));
    session->id = query.value(0).toLongLong();
    session->cashier = query.value(1).toString();
    session->openedAt = SqlSupport::timeFromText(query.value(2).toString());
    session->closedAt = query.value(3).isNull() ? QDateTime() : SqlSupport::timeFromText(query.value(3).toString());
    session->openingFloat = query.value(4).toLongLong();
    session->countedCash = query.value(5).isNull() ? std::nullopt : std::optional<qint64>(query.value(5).toLongLong());
    return true;
}

bool LocalStore::closeSession(qint64 sessionId, const QDateTime &closedAt, std::optional<qint64> countedCash)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE sessions SET closed_at = ?, counted_cash = ? WHERE id = ? AND closed_at IS NULL"));
    query.addBindValue(SqlSupport::timeText(closedAt));
    query.addBindValue(countedCash ? QVariant(*countedCash) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(sessionId);
    if (!query.exec())
        return fail(sqlError(query));
    return query.numRowsAffected() == 1 || fail(tr("session %1 is not open").arg(sessionId));
}

bool LocalStore::addCashMove(CashMove *move)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO cash_moves (session_id, amount, reason, user, at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(move->sessionId);
    query.addBindValue(move->amount);
    query.addBindValue(text(move->reason));
    query.addBindValue(text(move->user));
    query.addBindValue(SqlSupport::timeText(move->at));
    if (!query.exec())
        return fail(sqlError(query));
    move->id = query.lastInsertId().toLongLong();
    return true;
}

bool LocalStore::loadCashMoves(qint64 sessionId, QList<CashMove> *moves)
{
    moves->clear();
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id, amount, reason, user, at FROM cash_moves WHERE session_id = ? ORDER BY id"));
    query.addBindValue(sessionId);
    if (!query.exec())
        return fail(sqlError(query));
    while (query.next()) {
        moves->append({query.value(0).toLongLong(), sessionId, query.value(1).toLongLong(), query.value(2).toString(),
                       query.value(3).toString(), SqlSupport::timeFromText(query.value(4).toString())});
    }
    return true;
}

bool LocalStore::appendReport(const QByteArray &body, qint64 *id)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO report_outbox (body) VALUES (?)"));
    query.addBindValue(QString::fromUtf8(body));
    if (!query.exec())
        return fail(sqlError(query));
    *id = query.lastInsertId().toLongLong();
    return true;
}

bool LocalStore::loadReports(QList<std::pair<qint64, QByteArray>> *reports)
{
    reports->clear();
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT id, body FROM report_outbox ORDER BY id")))
        return fail(sqlError(query));
    while (query.next())
        reports->append({query.value(0).toLongLong(), query.value(1).toString().toUtf8()});
    return true;
}

bool LocalStore::addRefusedChange(const RefusedChange &change)
{
    return transaction([&] {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("INSERT INTO refused_changes (refused_at, order_uid, order_label, what, status, why) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(change.at.toUTC().toString(Qt::ISODateWithMs));
        query.addBindValue(change.orderUid.toString(QUuid::WithoutBraces));
        query.addBindValue(text(change.order));
        query.addBindValue(change.what);
        query.addBindValue(change.status);
        query.addBindValue(change.why);
        if (!query.exec())
            return fail(sqlError(query));
        query.prepare(QStringLiteral("DELETE FROM refused_changes WHERE id <= (SELECT max(id) FROM refused_changes) - ?"));
        query.addBindValue(MaxRefusedChanges);
        return query.exec() || fail(sqlError(query));
    });
}

bool LocalStore::loadRefusedChanges(QList<RefusedChange> *changes)
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT refused_at, order_uid, order_label, what, status, why FROM refused_changes "
                                   "ORDER BY id DESC")))
        return fail(sqlError(query));
    changes->clear();
    while (query.next()) {
        changes->append({QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs),
                         QUuid::fromString(query.value(1).toString()), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toInt(), query.value(5).toString()});
    }
    return true;
}

bool LocalStore::addVoidedReceipt(const VoidedReceipt &receipt)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO voided_receipts (number, order_uid, order_label, session_id, voided_at, "
                                 "total, refund, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(receipt.number);
    query.addBindValue(SqlSupport::uuidText(receipt.orderUid));
    query.addBindValue(receipt.order);
    query.addBindValue(receipt.sessionId);
    query.addBindValue(receipt.at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(receipt.total);
    query.addBindValue(receipt.refund);
    query.addBindValue(receipt.why);
    return query.exec() || fail(sqlError(query));
}

bool LocalStore::loadVoidedReceipts(qint64 sessionId, QList<VoidedReceipt> *receipts)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT number, order_uid, order_label, session_id, voided_at, total, refund, why "
                                 "FROM voided_receipts WHERE session_id = ? ORDER BY number"));
    query.addBindValue(sessionId);
    if (!query.exec())
        return fail(sqlError(query));
    receipts->clear();
    while (query.next()) {
        receipts->append({query.value(0).toString(), QUuid::fromString(query.value(1).toString()),
                          query.value(2).toString(), query.value(3).toLongLong(),
                          QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs),
                          query.value(5).toLongLong(), query.value(6).toLongLong(), query.value(7).toString()});
    }
    return true;
}

bool LocalStore::removeReport(qint64 id)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM report_outbox WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() || fail(sqlError(query));
}

bool LocalStore::writeOrder(const OrderWrite &write)
{
    Q_ASSERT(write.order);
    const Order &order = *write.order;
    return transaction([&] {
        QSqlQuery query(database());
        query.prepare(QStringLiteral(
            "INSERT INTO orders (uid, receipt_reference, receipt_number, ticket_number, state, abandoned, currency, "
            "customer_name, created_user, created_terminal, changed_user, changed_terminal, created_at, "
            "changed_at, session_id, change_given, revision, extensions, published) "
            "VALUES (:uid, :reference, :receipt, :ticket, :state, :abandoned, :currency, :customer, :created_user, "
            ":created_terminal, :changed_user, :changed_terminal, :created_at, :changed_at, :session, :change, "
            ":revision, :extensions, :published) "
            "ON CONFLICT (uid) DO UPDATE SET receipt_reference = excluded.receipt_reference, "
            "receipt_number = excluded.receipt_number, "
            "ticket_number = excluded.ticket_number, state = excluded.state, abandoned = excluded.abandoned, "
            "currency = excluded.currency, customer_name = excluded.customer_name, "
            "changed_user = excluded.changed_user, changed_terminal = excluded.changed_terminal, "
            "changed_at = excluded.changed_at, session_id = excluded.session_id, "
            "change_given = excluded.change_given, revision = excluded.revision, "
            "extensions = excluded.extensions, published = excluded.published"));
        query.bindValue(QStringLiteral(":uid"), SqlSupport::uuidText(order.uid));
        query.bindValue(QStringLiteral(":reference"), text(order.receiptReference));
        query.bindValue(QStringLiteral(":receipt"), text(order.receiptNumber));
        query.bindValue(QStringLiteral(":ticket"), order.ticketNumber);
        query.bindValue(QStringLiteral(":state"), Order::stateKey(order.state));
        query.bindValue(QStringLiteral(":abandoned"), order.abandoned ? 1 : 0);
        query.bindValue(QStringLiteral(":currency"), text(order.currency));
        query.bindValue(QStringLiteral(":customer"), text(order.customerName));
        query.bindValue(QStringLiteral(":created_user"), text(order.createdBy.user));
        query.bindValue(QStringLiteral(":created_terminal"), text(order.createdBy.terminal));
        query.bindValue(QStringLiteral(":changed_user"), text(order.changedBy.user));
        query.bindValue(QStringLiteral(":changed_terminal"), text(order.changedBy.terminal));
        query.bindValue(QStringLiteral(":created_at"), SqlSupport::timeText(order.createdAt));
        query.bindValue(QStringLiteral(":changed_at"), SqlSupport::timeText(order.changedAt));
        query.bindValue(QStringLiteral(":session"), order.sessionId);
        query.bindValue(QStringLiteral(":change"), order.changeGiven);
        query.bindValue(QStringLiteral(":revision"), order.revision);
        query.bindValue(QStringLiteral(":extensions"), jsonText(order.extensions));
        query.bindValue(QStringLiteral(":published"), order.published ? 1 : 0);
        if (!query.exec())
            return fail(sqlError(query));

        QList<QUuid> deletions = write.deleteLines;
        QList<QUuid> upserts = write.upsertLines;
        if (write.allLines) {
            query.prepare(QStringLiteral("DELETE FROM order_lines WHERE order_uid = ?"));
            query.addBindValue(SqlSupport::uuidText(order.uid));
            if (!query.exec())
                return fail(sqlError(query));
            deletions.clear();
            upserts.clear();
            for (const OrderLine &line : order.lines)
                upserts.append(line.uid);
        }
        if (!deletions.isEmpty()) {
            query.prepare(QStringLiteral("DELETE FROM order_lines WHERE uid = ? AND order_uid = ?"));
            for (const QUuid &uid : std::as_const(deletions)) {
                query.bindValue(0, SqlSupport::uuidText(uid));
                query.bindValue(1, SqlSupport::uuidText(order.uid));
                if (!query.exec())
                    return fail(sqlError(query));
            }
        }
        if (!upserts.isEmpty()) {
            query.prepare(QStringLiteral(
                "INSERT INTO order_lines (uid, order_uid, position, product_id, product_name, unit_price, "
                "tax_rate, quantity, discount, created_user, created_terminal, changed_user, changed_terminal, "
                "extensions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET "
                "position = excluded.position, product_id = excluded.product_id, "
                "product_name = excluded.product_name, unit_price = excluded.unit_price, "
                "tax_rate = excluded.tax_rate, quantity = excluded.quantity, discount = excluded.discount, "
                "changed_user = excluded.changed_user, changed_terminal = excluded.changed_terminal, "
                "extensions = excluded.extensions"));
            for (const QUuid &uid : std::as_const(upserts)) {
                const int index = order.lineIndex(uid);
                if (index < 0)
                    return fail(tr("line %1 is not in order %2").arg(SqlSupport::uuidText(uid), SqlSupport::uuidText(order.uid)));
                const OrderLine &line = order.lines.at(index);
                query.bindValue(0, SqlSupport::uuidText(line.uid));
                query.bindValue(1, SqlSupport::uuidText(order.uid));
                query.bindValue(2, line.position);
                query.bindValue(3, text(line.productId));
                query.bindValue(4, text(line.productName));
                query.bindValue(5, line.unitPrice);
                query.bindValue(6, line.taxRate);
                query.bindValue(7, line.quantity);
                query.bindValue(8, line.discount);
                query.bindValue(9, text(line.createdBy.user));
                query.bindValue(10, text(line.createdBy.terminal));
                query.bindValue(11, text(line.changedBy.user));
                query.bindValue(12, text(line.changedBy.terminal));
                query.bindValue(13, jsonText(line.extensions));
                if (!query.exec())
                    return fail(sqlError(query));
            }
        }
        if (write.payments) {
            query.prepare(QStringLiteral("DELETE FROM payments WHERE order_uid = ?"));
            query.addBindValue(SqlSupport::uuidText(order.uid));
            if (!query.exec())
                return fail(sqlError(query));
            query.prepare(QStringLiteral("INSERT INTO payments (uid, order_uid, position, method, amount, method_name, "
                                         "gives_change) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            int position = 0;
            for (const Payment &payment : order.payments) {
                query.bindValue(0, SqlSupport::uuidText(payment.uid));
                query.bindValue(1, SqlSupport::uuidText(order.uid));
                query.bindValue(2, position++);
                query.bindValue(3, payment.key());
                query.bindValue(4, payment.amount);
                query.bindValue(5, text(payment.otherName));
                query.bindValue(6, payment.givesChange ? 1 : 0);
                if (!query.exec())
                    return fail(sqlError(query));
            }
        }
        return true;
    });
}

bool LocalStore::deleteOrder(const QUuid &uid)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM orders WHERE uid = ?"));
    query.addBindValue(SqlSupport::uuidText(uid));
    return query.exec() || fail(sqlError(query));
}

bool LocalStore::loadOpenOrders(QList<Order> *orders)
{
    return loadOrders(QStringLiteral("state = 'open'"), {}, orders);
}

bool LocalStore::loadOrder(const QUuid &uid, Order *order)
{
    QList<Order> found;
    if (!loadOrders(QStringLiteral("uid = ?"), {SqlSupport::uuidText(uid)}, &found))
        return false;
    if (found.isEmpty())
        return fail(tr("no order %1").arg(SqlSupport::uuidText(uid)));
    *order = found.first();
    return true;
}

bool LocalStore::findOrder(const QUuid &uid, std::optional<Order> *order)
{
    QList<Order> found;
    if (!loadOrders(QStringLiteral("uid = ?"), {SqlSupport::uuidText(uid)}, &found))
        return false;
    order->reset();
    if (!found.isEmpty())
        *order = found.first();
    return true;
}

bool LocalStore::loadFinalOrders(qint64 sessionId, QList<Order> *orders)
{
    return loadOrders(QStringLiteral("session_id = ? AND state != 'open'"), {sessionId}, orders);
}

bool LocalStore::loadOrders(const QString &where, const QVariantList &values, QList<Order> *orders)
{
    orders->clear();
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT uid, receipt_reference, ticket_number, state, abandoned, currency, customer_name, "
        "created_user, created_terminal, changed_user, changed_terminal, created_at, changed_at, "
        "session_id, change_given, revision, extensions, published, receipt_number FROM orders WHERE %1 "
        "ORDER BY created_at, rowid").arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(sqlError(query));
    QHash<QString, int> indexByUid;
    while (query.next()) {
        Order order;
        order.uid = QUuid::fromString(query.value(0).toString());
        order.receiptReference = query.value(1).toString();
        order.ticketNumber = query.value(2).toInt();
        if (!Order::stateFromKey(query.value(3).toString(), &order.state))
            return fail(tr("order %1 has an unknown state").arg(query.value(0).toString()));
        order.abandoned = query.value(4).toInt() != 0;
        order.currency = query.value(5).toString();
        order.customerName = query.value(6).toString();
        order.createdBy = {query.value(7).toString(), query.value(8).toString()};
        order.changedBy = {query.value(9).toString(), query.value(10).toString()};
        order.createdAt = SqlSupport::timeFromText(query.value(11).toString());
        order.changedAt = SqlSupport::timeFromText(query.value(12).toString());
        order.sessionId = query.value(13).toLongLong();
        order.changeGiven = query.value(14).toLongLong();
        order.revision = query.value(15).toLongLong();
        order.extensions = jsonObject(query.value(16).toString());
        order.published = query.value(17).toInt() != 0;
        order.receiptNumber = query.value(18).toString();
        indexByUid.insert(query.value(0).toString(), orders->size());
        orders->append(order);
    }
    if (orders->isEmpty())
        return true;

    const QString subquery = QStringLiteral("SELECT uid FROM orders WHERE %1").arg(where);
    QSqlQuery lines(database());
    lines.setForwardOnly(true);
    lines.prepare(QStringLiteral(
        "SELECT order_uid, uid, position, product_id, product_name, unit_price, tax_rate, quantity, "
        "discount, created_user, created_terminal, changed_user, changed_terminal, extensions FROM order_lines "
        "WHERE order_uid IN (%1) ORDER BY order_uid, position").arg(subquery));
    for (const QVariant &value : values)
        lines.addBindValue(value);
    if (!lines.exec())
        return fail(sqlError(lines));
    while (lines.next()) {
        const int index = indexByUid.value(lines.value(0).toString(), -1);
        if (index < 0)
            continue;
        OrderLine line;
        line.uid = QUuid::fromString(lines.value(1).toString());
        line.position = lines.value(2).toInt();
        line.productId = lines.value(3).toString();
        line.productName = lines.value(4).toString();
        line.unitPrice = lines.value(5).toLongLong();
        line.taxRate = lines.value(6).toInt();
        line.quantity = lines.value(7).toLongLong();
        line.discount = lines.value(8).toInt();
        line.createdBy = {lines.value(9).toString(), lines.value(10).toString()};
        line.changedBy = {lines.value(11).toString(), lines.value(12).toString()};
        line.extensions = jsonObject(lines.value(13).toString());
        (*orders)[index].lines.append(line);
    }

    QSqlQuery payments(database());
    payments.setForwardOnly(true);
    payments.prepare(QStringLiteral("SELECT order_uid, uid, method, amount, method_name, gives_change FROM payments "
                                    "WHERE order_uid IN (%1) ORDER BY order_uid, position").arg(subquery));
    for (const QVariant &value : values)
        payments.addBindValue(value);
    if (!payments.exec())
        return fail(sqlError(payments));
    while (payments.next()) {
        const int index = indexByUid.value(payments.value(0).toString(), -1);
        if (index < 0)
            continue;
        Payment payment;
        payment.uid = QUuid::fromString(payments.value(1).toString());
        if (!payment.setKey(payments.value(2).toString()))
            return fail(tr("payment %1 has an unknown method").arg(payments.value(1).toString()));
        payment.amount = payments.value(3).toLongLong();
        payment.otherName = payments.value(4).toString();
        payment.givesChange = payments.value(5).toInt() != 0;
        (*orders)[index].payments.append(payment);
    }
    return true;
}

bool LocalStore::appendOutbox(OutboxEntry *entry)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO outbox (op_id, order_uid, base_revision, ops, user, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry->opId);
    query.addBindValue(SqlSupport::uuidText(entry->orderUid));
    query.addBindValue(entry->baseRevision);
    query.addBindValue(QString::fromUtf8(entry->ops));
    query.addBindValue(text(entry->user));
    query.addBindValue(SqlSupport::timeText(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return fail(sqlError(query));
    entry->id = query.lastInsertId().toLongLong();
    return true;
}

bool LocalStore::loadOutbox(QList<OutboxEntry> *entries, qint64 afterId, const QUuid &orderUid)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, op_id, order_uid, base_revision, ops, user FROM outbox WHERE id > ? %1"
                                 "ORDER BY id").arg(orderUid.isNull() ? QString() : QStringLiteral("AND order_uid = ? ")));
    query.addBindValue(afterId);
    if (!orderUid.isNull())
        query.addBindValue(SqlSupport::uuidText(orderUid));
    if (!query.exec())
        return fail(sqlError(query));
    entries->clear();
    while (query.next()) {
        OutboxEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.opId = query.value(1).toString();
        entry.orderUid = QUuid::fromString(query.value(2).toString());
        entry.baseRevision = query.value(3).toLongLong();
        entry.ops = query.value(4).toString().toUtf8();
        entry.user = query.value(5).toString();
        entries->append(entry);
    }
    return true;
}

int LocalStore::outboxSize()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !query.next()) {
        fail(sqlError(query));
        return 0;
    }
    return query.value(0).toInt();
}

bool LocalStore::removeOutbox(const QString &opId)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE op_id = ?"));
    query.addBindValue(opId);
    return query.exec() || fail(sqlError(query));
}
