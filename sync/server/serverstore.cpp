#include "serverstore.h"

#include "logging.h"
#include "protocol.h"
#include "sqlsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <limits>

using SqlSupport::execAll;
using SqlSupport::text;
using SqlSupport::timeText;

namespace {

bool createSchemaV1(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE groups (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, "
                       "created_at TEXT NOT NULL, last_seq INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE terminals (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "group_id INTEGER NOT NULL REFERENCES groups (id), name TEXT NOT NULL, "
                       "token_hash BLOB NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT, "
                       "UNIQUE (group_id, name))"),
        QStringLiteral("CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "group_id INTEGER NOT NULL REFERENCES groups (id), started_at TEXT NOT NULL, "
                       "ended_at TEXT, next_ticket INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX runs_current ON runs (group_id, ended_at)"),
        QStringLiteral("CREATE TABLE orders (group_id INTEGER NOT NULL, uid TEXT NOT NULL, run_id INTEGER NOT NULL, "
                       "ticket INTEGER NOT NULL, state TEXT NOT NULL, abandoned INTEGER NOT NULL, "
                       "revision INTEGER NOT NULL, changed_at TEXT NOT NULL, snapshot TEXT NOT NULL, "
                       "PRIMARY KEY (group_id, uid))"),
        QStringLiteral("CREATE INDEX orders_by_run ON orders (group_id, run_id, state)"),
        QStringLiteral("CREATE INDEX orders_finished ON orders (group_id, state, changed_at)"),
        QStringLiteral("CREATE TABLE order_changes (group_id INTEGER NOT NULL, order_uid TEXT NOT NULL, "
                       "revision INTEGER NOT NULL, keys TEXT NOT NULL, \"user\" TEXT NOT NULL, terminal TEXT NOT NULL, "
                       "instance TEXT NOT NULL, "
                       "PRIMARY KEY (group_id, order_uid, revision))"),
        QStringLiteral("CREATE TABLE events (group_id INTEGER NOT NULL, seq INTEGER NOT NULL, "
                       "payload TEXT NOT NULL, PRIMARY KEY (group_id, seq))"),
        QStringLiteral("CREATE TABLE ops (group_id INTEGER NOT NULL, op_id TEXT NOT NULL, status INTEGER NOT NULL, "
                       "response TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (group_id, op_id))"),
        QStringLiteral("CREATE TABLE sessions (group_id INTEGER NOT NULL, terminal_id INTEGER NOT NULL, "
                       "instance TEXT NOT NULL, opened_at TEXT NOT NULL, "
                       "PRIMARY KEY (group_id, terminal_id, instance))"),
    }, error);
}

bool createSchemaV2(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE documents (group_id INTEGER NOT NULL REFERENCES groups (id), key TEXT NOT NULL, "
                       "value TEXT NOT NULL, revision INTEGER NOT NULL, \"user\" TEXT NOT NULL, terminal TEXT NOT NULL, "
                       "changed_at TEXT NOT NULL, PRIMARY KEY (group_id, key))"),
    }, error);
}

bool addCashReports(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE cash_reports (group_id INTEGER NOT NULL REFERENCES groups (id), "
                       "terminal_id INTEGER NOT NULL REFERENCES terminals (id), instance TEXT NOT NULL, "
                       "session INTEGER NOT NULL, run_id INTEGER NOT NULL, closed_at TEXT NOT NULL, report TEXT NOT NULL, "
                       "received_at TEXT NOT NULL, PRIMARY KEY (group_id, terminal_id, instance, session))"),
        QStringLiteral("CREATE INDEX cash_reports_by_close ON cash_reports (group_id, closed_at)"),
    }, error);
}

bool addQuarantine(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE quarantine (id INTEGER PRIMARY KEY AUTOINCREMENT, group_id INTEGER NOT NULL, "
                       "source TEXT NOT NULL, row_key TEXT NOT NULL, data TEXT NOT NULL, problem TEXT NOT NULL, "
                       "quarantined_at TEXT NOT NULL)"),
    }, error);
}

bool addSessionHearing(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("ALTER TABLE sessions ADD COLUMN last_heard_at TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE sessions ADD COLUMN close_requested INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE sessions SET last_heard_at = opened_at"),
    }, error);
}

// The change records of closed orders are never read again, and op_id answers are
// pruned by age: an index keeps that prune from scanning every answer.
bool pruneChangesOfClosedOrders(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("DELETE FROM order_changes WHERE EXISTS (SELECT 1 FROM orders o WHERE o.group_id = "
                       "order_changes.group_id AND o.uid = order_changes.order_uid AND o.state != 'open')"),
        QStringLiteral("CREATE INDEX ops_by_age ON ops (created_at)"),
    }, error);
}

// PostgreSQL starts at the schema SQLite reached in step 6, so that one schema version
// means the same tables on both. Keys and times compare byte by byte (COLLATE "C"), as
// in SQLite, whatever the database's own collation.
bool createPostgresSchemaV6(QSqlDatabase &db, QString *error)
{
    return execAll(db, {
        QStringLiteral("CREATE TABLE groups (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                       "name TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, last_seq BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE terminals (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                       "group_id BIGINT NOT NULL REFERENCES groups (id), name TEXT NOT NULL, "
                       "token_hash BYTEA NOT NULL UNIQUE, created_at TEXT NOT NULL, revoked_at TEXT, "
                       "UNIQUE (group_id, name))"),
        QStringLiteral("CREATE TABLE runs (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                       "group_id BIGINT NOT NULL REFERENCES groups (id), started_at TEXT COLLATE \"C\" NOT NULL, "
                       "ended_at TEXT, next_ticket INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX runs_current ON runs (group_id, ended_at)"),
        QStringLiteral("CREATE TABLE orders (group_id BIGINT NOT NULL, uid TEXT COLLATE \"C\" NOT NULL, "
                       "run_id BIGINT NOT NULL, ticket INTEGER NOT NULL, state TEXT NOT NULL, abandoned INTEGER NOT NULL, "
                       "revision BIGINT NOT NULL, changed_at TEXT COLLATE \"C\" NOT NULL, snapshot TEXT NOT NULL, "
                       "PRIMARY KEY (group_id, uid))"),
        QStringLiteral("CREATE INDEX orders_by_run ON orders (group_id, run_id, state)"),
        QStringLiteral("CREATE INDEX orders_finished ON orders (group_id, state, changed_at)"),
        QStringLiteral("CREATE TABLE order_changes (group_id BIGINT NOT NULL, order_uid TEXT COLLATE \"C\" NOT NULL, "
                       "revision BIGINT NOT NULL, keys TEXT NOT NULL, \"user\" TEXT NOT NULL, terminal TEXT NOT NULL, "
                       "instance TEXT NOT NULL, PRIMARY KEY (group_id, order_uid, revision))"),
        QStringLiteral("CREATE TABLE events (group_id BIGINT NOT NULL, seq BIGINT NOT NULL, payload TEXT NOT NULL, "
                       "PRIMARY KEY (group_id, seq))"),
        QStringLiteral("CREATE TABLE ops (group_id BIGINT NOT NULL, op_id TEXT NOT NULL, status INTEGER NOT NULL, "
                       "response TEXT NOT NULL, created_at TEXT COLLATE \"C\" NOT NULL, PRIMARY KEY (group_id, op_id))"),
        QStringLiteral("CREATE INDEX ops_by_age ON ops (created_at)"),
        QStringLiteral("CREATE TABLE sessions (id BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE, "
                       "group_id BIGINT NOT NULL, terminal_id BIGINT NOT NULL, instance TEXT NOT NULL, "
                       "opened_at TEXT NOT NULL, last_heard_at TEXT NOT NULL DEFAULT '', "
                       "close_requested INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (group_id, terminal_id, instance))"),
        QStringLiteral("CREATE TABLE documents (group_id BIGINT NOT NULL REFERENCES groups (id), key TEXT NOT NULL, "
                       "value TEXT NOT NULL, revision BIGINT NOT NULL, \"user\" TEXT NOT NULL, terminal TEXT NOT NULL, "
                       "changed_at TEXT NOT NULL, PRIMARY KEY (group_id, key))"),
        QStringLiteral("CREATE TABLE cash_reports (group_id BIGINT NOT NULL REFERENCES groups (id), "
                       "terminal_id BIGINT NOT NULL REFERENCES terminals (id), instance TEXT NOT NULL, "
                       "session BIGINT NOT NULL, run_id BIGINT NOT NULL, closed_at TEXT COLLATE \"C\" NOT NULL, "
                       "report TEXT NOT NULL, received_at TEXT NOT NULL, "
                       "PRIMARY KEY (group_id, terminal_id, instance, session))"),
        QStringLiteral("CREATE INDEX cash_reports_by_close ON cash_reports (group_id, closed_at)"),
        QStringLiteral("CREATE TABLE quarantine (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                       "group_id BIGINT NOT NULL, source TEXT NOT NULL, row_key TEXT NOT NULL, data TEXT NOT NULL, "
                       "problem TEXT NOT NULL, quarantined_at TEXT NOT NULL)"),
    }, error);
}

bool isUniqueViolation(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("23505") || error.text().contains(QLatin1String("UNIQUE"));
}

// The libpq settings a postgresql:// URL may carry as query parameters.
const QStringList PostgresUrlOptions{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"), QStringLiteral("sslkey"),
                                     QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
                                     QStringLiteral("keepalives_idle"), QStringLiteral("keepalives_interval"),
                                     QStringLiteral("keepalives_count"), QStringLiteral("tcp_user_timeout")};

// Every write that changes what a server keeps of a group counts up its version, so that
// servers sharing a PostgreSQL database see when their copy is old.
bool addGroupVersion(QSqlDatabase &db, QString *error)
{
    return execAll(db, {QStringLiteral("ALTER TABLE groups ADD COLUMN version BIGINT NOT NULL DEFAULT 0")}, error);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

ServerStore::ServerStore()
{
    m_connectionName = SqlSupport::newConnectionName(QStringLiteral("tandem-syncd"));
}

ServerStore::~ServerStore()
{
    close();
}

const QList<Migration> &ServerStore::migrations()
{
    static const QList<Migration> steps{{1, createSchemaV1}, {2, createSchemaV2}, {3, addCashReports}, {4, addQuarantine}, {5, addSessionHearing},
                                        {6, pruneChangesOfClosedOrders}, {7, addGroupVersion}};
    return steps;
}

const QList<Migration> &ServerStore::postgresMigrations()
{
    static const QList<Migration> steps{{6, createPostgresSchemaV6}, {7, addGroupVersion}};
    return steps;
}

bool ServerStore::isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

bool ServerStore::fail(const QString &message)
{
    m_lastError = message;
    if (m_inBatch && m_postgres)
        m_batchFailed = true;
    // A statement that fails because PostgreSQL went away: a second connection tells it
    // from a refusal (the failed one may sit in an aborted transaction).
    if (m_postgres && !m_lost && QSqlDatabase::contains(m_connectionName)) {
        const QString probeName = m_connectionName + QStringLiteral("-probe");
        {
            QSqlDatabase probe = QSqlDatabase::cloneDatabase(m_connectionName, probeName);
            if (!probe.open()) {
                m_lost = true;
                qCCritical(lcServerStore, "the database cannot be reached: %s", qPrintable(probe.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(probeName);
    }
    return false;
}

bool ServerStore::reconnect()
{
    if (!m_lost)
        return true;
    const QString location = m_location;
    const QString passwordFile = m_passwordFile;
    if (!open(location, passwordFile))
        return false;
    qCInfo(lcServerStore, "the database can be reached again");
    return true;
}

bool ServerStore::open(const QString &location, const QString &passwordFile)
{
    close();
    m_location = location;
    m_passwordFile = passwordFile;
    m_postgres = isPostgresUrl(location);
    QString error;
    if (m_postgres) {
        if (!openPostgres(location, passwordFile, &error))
            return fail(tr("cannot open %1: %2")
                            .arg(QUrl(location).toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), error));
    } else if (!SqlMigration::openDurable(m_connectionName, location, {}, migrations(), &error)) {
        return fail(tr("cannot open %1: %2").arg(location, error));
    }
    QSqlQuery count(QStringLiteral("SELECT COUNT(*) FROM quarantine"), QSqlDatabase::database(m_connectionName, false));
    m_quarantined = count.next() ? count.value(0).toInt() : 0;
    m_lost = false;
    return true;
}

// postgresql://USER@HOST:PORT/DATABASE[?sslmode=...]: the password comes from
// passwordFile (its first line) or libpq's own PGPASSFILE / ~/.pgpass, never the URL.
bool ServerStore::openPostgres(const QString &location, const QString &passwordFile, QString *error)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || database.contains(QLatin1Char('/'))
        || !url.fragment().isEmpty()) {
        *error = tr("a PostgreSQL database is named postgresql://USER@HOST[:PORT]/DATABASE");
        return false;
    }
    if (!url.password().isEmpty()) {
        *error = tr("the URL must not hold the password: give db-password-file or PGPASSFILE");
        return false;
    }
    // A dead network must not hold the server for minutes: connects and idle connections
    // give up within seconds unless the URL says otherwise.
    QHash<QString, QString> options{{QStringLiteral("connect_timeout"), QStringLiteral("5")},
                                    {QStringLiteral("keepalives_idle"), QStringLiteral("10")},
                                    {QStringLiteral("keepalives_interval"), QStringLiteral("5")},
                                    {QStringLiteral("keepalives_count"), QStringLiteral("3")},
                                    {QStringLiteral("tcp_user_timeout"), QStringLiteral("15000")}};
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        const bool plain = !value.isEmpty() && std::none_of(value.begin(), value.end(), [](QChar c) {
            return c.isSpace() || c == QLatin1Char(';') || c == QLatin1Char('\'') || c == QLatin1Char('\\');
        });
        if (!PostgresUrlOptions.contains(key) || !plain) {
            *error = tr("the URL may set %1, each to a value without spaces or quotes")
                         .arg(PostgresUrlOptions.join(QStringLiteral(", ")));
            return false;
        }
        options.insert(key, value);
    }
    QStringList optionList;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        optionList.append(it.key() + QLatin1Char('=') + it.value());
    QString password;
    if (!passwordFile.isEmpty()) {
        QFile file(passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the password file %1: %2").arg(passwordFile, file.errorString());
            return false;
        }
        password = QString::fromUtf8(file.readLine(4096)).trimmed();
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!db.isValid()) {
            *error = tr("the PostgreSQL driver is missing (Debian package libqt6sql6-psql)");
        } else {
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(database);
            db.setUserName(url.userName());
            db.setPassword(password);
            db.setConnectOptions(optionList.join(QLatin1Char(';')));
            // Instances starting together migrate one after the other.
            if (!db.open())
                *error = db.lastError().text();
            else if (execAll(db, {QStringLiteral("SET client_min_messages TO warning"),
                                  QStringLiteral("SELECT pg_advisory_lock(%1)").arg(MigrationLock)}, error)) {
                const bool migrated = SqlMigration::run(db, postgresMigrations(), error);
                QString unlockError;
                execAll(db, {QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(MigrationLock)}, &unlockError);
                if (migrated)
                    return true;
            }
        }
    }
    SqlSupport::closeConnection(m_connectionName);
    return false;
}

bool ServerStore::bumpGroup(qint64 groupId, std::optional<qint64> lastSeq, const QList<Write> &writes, const QByteArray &event)
{
    QString sql = lastSeq ? QStringLiteral("UPDATE groups SET last_seq = ?, version = version + 1 WHERE id = ? "
                                           "RETURNING version, last_seq")
                          : QStringLiteral("UPDATE groups SET version = version + 1 WHERE id = ? RETURNING version, last_seq");
    // An event small enough travels in its notification, so the other servers need not read it.
    const QByteArray notification = lastSeq && !event.isEmpty()
        ? QByteArray::number(groupId) + ':' + QByteArray::number(*lastSeq) + ':' + event
        : QByteArray();
    const bool carried = m_postgres && !notification.isEmpty() && notification.size() < MaxNotificationBytes;
    if (carried)
        sql += QStringLiteral(", pg_notify('%1', ?)").arg(QLatin1String(ChangesChannel));
    QVariantList values;
    if (m_postgres && !writes.isEmpty()) {
        // One round trip instead of one per write: each a data-modifying WITH clause.
        QStringList clauses;
        for (const Write &write : writes) {
            clauses.append(QStringLiteral("w%1 AS (%2)").arg(clauses.size()).arg(write.sql));
            values += write.values;
        }
        sql = QStringLiteral("WITH ") + clauses.join(QStringLiteral(", ")) + QLatin1Char(' ') + sql;
    } else {
        for (const Write &write : writes) {
            if (!run(write.sql, write.values))
                return false;
        }
    }
    if (lastSeq)
        values.append(*lastSeq);
    values.append(groupId);
    if (carried)
        values.append(QString::fromUtf8(notification));
    QSqlQuery *query = run(sql, values);
    if (!query || !query->next())
        return query && fail(tr("no group %1").arg(groupId));
    const qint64 version = query->value(0).toLongLong();
    const qint64 seq = query->value(1).toLongLong();
    query->finish();
    m_versions.insert(groupId, version);
    if (!m_postgres || carried)
        return true;
    // The other servers catch up with the group when told; in a transaction they are told
    // once per group, at the commit.
    if (m_inTransaction) {
        m_notifications.insert(groupId, seq);
        return true;
    }
    return run(QStringLiteral("SELECT pg_notify('%1', ?)").arg(QLatin1String(ChangesChannel)),
               {QStringLiteral("%1:%2").arg(groupId).arg(seq)});
}

bool ServerStore::sendNotifications()
{
    for (auto it = m_notifications.cbegin(); it != m_notifications.cend(); ++it) {
        if (!run(QStringLiteral("SELECT pg_notify('%1', ?)").arg(QLatin1String(ChangesChannel)),
                 {QStringLiteral("%1:%2").arg(it.key()).arg(it.value())}))
            return false;
    }
    m_notifications.clear();
    return true;
}

bool ServerStore::lockGroup(qint64 groupId, qint64 *version, qint64 *lastSeq, bool wait)
{
    m_lockBusy = false;
    // Held until the transaction ends: the group's later pushes in it need not ask again.
    if (m_lockedGroups.contains(groupId)) {
        *version = m_versions.value(groupId);
        *lastSeq = -1;
        return true;
    }
    if (m_postgres && !wait) {
        // Another server's group commit holds it: this one need not wait for that commit.
        std::shared_ptr<QSqlQuery> &busy = m_statements[QStringLiteral("lock nowait")];
        if (!busy) {
            busy = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
            busy->prepare(QStringLiteral("SELECT version, last_seq FROM groups WHERE id = ? FOR UPDATE NOWAIT"));
        }
        busy->finish();
        busy->bindValue(0, groupId);
        if (!busy->exec()) {
            if (busy->lastError().nativeErrorCode() == QLatin1String("55P03")) {
                m_lockBusy = true;
                m_batchFailed = true;
                m_lastError = busy->lastError().text();
                return false;
            }
            return fail(busy->lastError().text());
        }
        if (!busy->next())
            return fail(tr("no group %1").arg(groupId));
        *version = busy->value(0).toLongLong();
        *lastSeq = busy->value(1).toLongLong();
        busy->finish();
        m_versions.insert(groupId, *version);
        if (m_inTransaction)
            m_lockedGroups.insert(groupId);
        return true;
    }
    QSqlQuery *query = run(m_postgres ? QStringLiteral("SELECT version, last_seq FROM groups WHERE id = ? FOR UPDATE")
                                      : QStringLiteral("SELECT version, last_seq FROM groups WHERE id = ?"),
                           {groupId});
    if (!query || !query->next())
        return query && fail(tr("no group %1").arg(groupId));
    *version = query->value(0).toLongLong();
    *lastSeq = query->value(1).toLongLong();
    query->finish();
    m_versions.insert(groupId, *version);
    if (m_postgres && m_inTransaction)
        m_lockedGroups.insert(groupId);
    return true;
}

qint64 ServerStore::groupVersion(qint64 groupId) const
{
    return m_versions.value(groupId, -1);
}

QSqlDriver *ServerStore::listenForChanges()
{
    QSqlDriver *driver = QSqlDatabase::database(m_connectionName, false).driver();
    if (!m_postgres || !driver)
        return nullptr;
    return driver->subscribeToNotification(QLatin1String(ChangesChannel)) ? driver : nullptr;
}

bool ServerStore::readOrder(const QByteArray &json, Order *order, QString *problem)
{
    QJsonObject object;
    return Protocol::parseJsonObject(json, &object, problem) && Protocol::orderFromJson(object, order, problem);
}

bool ServerStore::quarantine(qint64 groupId, const QList<UnreadableRow> &rows)
{
    for (const UnreadableRow &row : rows) {
        qCCritical(lcServerStore, "group %lld: %s row %s cannot be read (%s); it is moved to the table quarantine",
                 groupId, qPrintable(row.table), qPrintable(row.key), qPrintable(row.problem));
        const bool moved = transaction([&] {
            if (!run(QStringLiteral("INSERT INTO quarantine (group_id, source, row_key, data, problem, quarantined_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {groupId, row.table, row.key, QString::fromUtf8(row.data), row.problem, now()}))
                return false;
            if (row.table == QLatin1String("orders"))
                return run(QStringLiteral("DELETE FROM orders WHERE group_id = ? AND uid = ?"), {groupId, row.key})
                    && run(QStringLiteral("DELETE FROM order_changes WHERE group_id = ? AND order_uid = ?"), {groupId, row.key});
            if (row.table == QLatin1String("documents"))
                return run(QStringLiteral("DELETE FROM documents WHERE group_id = ? AND key = ?"), {groupId, row.key}) != nullptr;
            return run(QStringLiteral("DELETE FROM events WHERE group_id = ? AND seq = ?"), {groupId, row.key.toLongLong()})
                != nullptr;
        });
        if (!moved)
            return false;
        ++m_quarantined;
    }
    return true;
}

void ServerStore::close()
{
    forgetTransaction();
    m_statements.clear();
    m_versions.clear();
    m_terminalsByHash.clear();
    m_dataVersion = -1;
    SqlSupport::closeConnection(m_connectionName);
}

QSqlQuery *ServerStore::run(const QString &sql, const QVariantList &values)
{
    std::shared_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        query = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        if (!query->prepare(sql)) {
            fail(query->lastError().text());
            query.reset();
            m_statements.remove(sql);
            return nullptr;
        }
    }
    query->finish();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        fail(query->lastError().text());
        return nullptr;
    }
    return query.get();
}

bool ServerStore::execute(const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return query.exec(statement) || fail(query.lastError().text());
}

void ServerStore::dropCachesIfChangedElsewhere()
{
    if (m_postgres)
        return;
    QSqlQuery *query = run(QStringLiteral("PRAGMA data_version"), {});
    if (!query || !query->next())
        return;
    const qint64 version = query->value(0).toLongLong();
    query->finish();
    if (version != m_dataVersion) {
        m_terminalsByHash.clear();
        m_dataVersion = version;
    }
}

bool ServerStore::beginGroup()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(db.lastError().text());
    m_inGroup = true;
    m_inTransaction = true;
    return true;
}

bool ServerStore::commitGroup()
{
    if (!m_inGroup)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const bool committed = sendNotifications() && (db.commit() || fail(db.lastError().text()));
    if (!committed)
        db.rollback();
    forgetTransaction();
    return committed;
}

void ServerStore::forgetTransaction()
{
    m_inGroup = false;
    m_inBatch = false;
    m_batchUnreleased = false;
    m_inTransaction = false;
    m_lockedGroups.clear();
    m_notifications.clear();
}

void ServerStore::beginBatch()
{
    if (!m_inGroup || m_inBatch)
        return;
    m_inBatch = execute(m_batchUnreleased ? QStringLiteral("RELEASE SAVEPOINT push; SAVEPOINT push")
                                          : QStringLiteral("SAVEPOINT push"));
    m_batchUnreleased = false;
    m_batchFailed = false;
    m_notificationsBeforeBatch = m_notifications;
}

bool ServerStore::endBatch(bool keep)
{
    if (!m_inBatch)
        return keep;
    m_inBatch = false;
    keep = keep && !m_batchFailed;
    m_batchFailed = false;
    // PostgreSQL: released along with the next push's savepoint or by the commit, a round
    // trip less (SQLite runs only the first statement of a string, and needs no round trips).
    if (keep && m_postgres) {
        m_batchUnreleased = true;
        return true;
    }
    if (keep && execute(QStringLiteral("RELEASE SAVEPOINT push")))
        return true;
    const QString error = m_lastError;
    execute(QStringLiteral("ROLLBACK TO SAVEPOINT push"));
    execute(QStringLiteral("RELEASE SAVEPOINT push"));
    m_lastError = error;
    m_notifications = m_notificationsBeforeBatch;
    // Row locks taken in the savepoint went with it; the others are asked for again, cheaply.
    m_lockedGroups.clear();
    return false;
}

bool ServerStore::transaction(const std::function<bool()> &work)
{
    // A push's own savepoint covers what it writes.
    if (m_inBatch)
        return work();
    if (m_inTransaction)
        return savepoint(work);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(db.lastError().text());
    m_inTransaction = true;
    const bool committed = work() && sendNotifications() && (db.commit() || fail(db.lastError().text()));
    if (!committed)
        db.rollback();
    forgetTransaction();
    return committed;
}

bool ServerStore::savepoint(const std::function<bool()> &work)
{
    if (!m_inTransaction)
        return work();
    if (!execute(QStringLiteral("SAVEPOINT part")))
        return false;
    const QHash<qint64, qint64> notifications = m_notifications;
    const bool failedBefore = m_batchFailed;
    const bool done = work();
    if (!done) {
        execute(QStringLiteral("ROLLBACK TO SAVEPOINT part"));
        m_notifications = notifications;
        m_lockedGroups.clear();
    }
    const bool released = execute(QStringLiteral("RELEASE SAVEPOINT part"));
    // Rolled back to its savepoint, the transaction is sound again.
    if (released)
        m_batchFailed = failedBefore;
    return released && done;
}

void ServerStore::forgetTerminals(const QSet<qint64> &ids)
{
    for (auto it = m_terminalsByHash.begin(); it != m_terminalsByHash.end();)
        it = ids.contains(it->id) ? m_terminalsByHash.erase(it) : std::next(it);
}

bool ServerStore::addGroup(const QString &name, GroupRecord *group)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO groups (name, created_at) VALUES (?, ?) RETURNING id"));
    const QString created = now();
    query.addBindValue(name);
    query.addBindValue(created);
    if (!query.exec() || !query.next())
        return fail(isUniqueViolation(query.lastError()) ? tr("a group named \"%1\" exists already").arg(name)
                                                         : query.lastError().text());
    *group = {query.value(0).toLongLong(), name, SqlSupport::timeFromText(created)};
    return true;
}

bool ServerStore::groups(QList<GroupRecord> *groups)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT id, name, created_at FROM groups ORDER BY name")))
        return fail(query.lastError().text());
    groups->clear();
    while (query.next())
        groups->append({query.value(0).toLongLong(), query.value(1).toString(), SqlSupport::timeFromText(query.value(2))});
    return true;
}

bool ServerStore::groupByName(const QString &name, std::optional<GroupRecord> *group)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT id, name, created_at FROM groups WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return fail(query.lastError().text());
    group->reset();
    if (query.next())
        *group = GroupRecord{query.value(0).toLongLong(), query.value(1).toString(), SqlSupport::timeFromText(query.value(2))};
    return true;
}

bool ServerStore::addTerminal(qint64 groupId, const QString &name, const QByteArray &tokenHash,
                              TerminalRecord *terminal)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO terminals (group_id, name, token_hash, created_at) VALUES (?, ?, ?, ?) "
                                 "RETURNING id"));
    const QString created = now();
    query.addBindValue(groupId);
    query.addBindValue(name);
    query.addBindValue(tokenHash);
    query.addBindValue(created);
    if (!query.exec() || !query.next())
        return fail(isUniqueViolation(query.lastError()) ? tr("the group has a terminal named \"%1\" already").arg(name)
                                                         : query.lastError().text());
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    std::optional<TerminalRecord> found;
    if (!terminalById(id, &found) || !found)
        return fail(tr("the new terminal cannot be read back"));
    *terminal = *found;
    return true;
}

namespace {
const QString TerminalColumns = QStringLiteral(
    "SELECT t.id, t.group_id, g.name, t.name, t.created_at, t.revoked_at FROM terminals t "
    "JOIN groups g ON g.id = t.group_id ");

TerminalRecord terminalFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toString(), SqlSupport::timeFromText(query.value(4)), SqlSupport::timeFromText(query.value(5))};
}
}

bool ServerStore::terminals(QList<TerminalRecord> *terminals)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(TerminalColumns + QStringLiteral("ORDER BY g.name, t.name")))
        return fail(query.lastError().text());
    terminals->clear();
    while (query.next())
        terminals->append(terminalFrom(query));
    return true;
}

bool ServerStore::terminalByTokenHash(const QByteArray &tokenHash, std::optional<TerminalRecord> *terminal)
{
    // SQLite tells of another process's commit by data_version; on PostgreSQL a revocation
    // is announced on the changes channel (revokeTerminal) and forgetTerminals() is called.
    dropCachesIfChangedElsewhere();
    if (const auto cached = m_terminalsByHash.constFind(tokenHash); cached != m_terminalsByHash.cend()) {
        *terminal = *cached;
        return true;
    }
    QSqlQuery *query = run(TerminalColumns + QStringLiteral("WHERE t.token_hash = ?"), {tokenHash});
    if (!query)
        return false;
    terminal->reset();
    if (query->next()) {
        *terminal = terminalFrom(*query);
        m_terminalsByHash.insert(tokenHash, **terminal);
    }
    query->finish();
    return true;
}

bool ServerStore::terminalById(qint64 id, std::optional<TerminalRecord> *terminal)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(TerminalColumns + QStringLiteral("WHERE t.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query.lastError().text());
    terminal->reset();
    if (query.next())
        *terminal = terminalFrom(query);
    return true;
}

bool ServerStore::revokeTerminal(qint64 id)
{
    m_terminalsByHash.clear();
    // The servers sharing a PostgreSQL database hear of it with the commit and forget the tokens they know.
    return transaction([&] {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("UPDATE terminals SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
        query.addBindValue(now());
        query.addBindValue(id);
        if (!query.exec())
            return fail(query.lastError().text());
        if (query.numRowsAffected() != 1)
            return fail(tr("no terminal %1 with a valid token").arg(id));
        return !m_postgres
            || run(QStringLiteral("SELECT pg_notify('%1', '%2')").arg(QLatin1String(ChangesChannel), QLatin1String(TerminalsChanged)),
                   {});
    });
}

bool ServerStore::revokedTerminals(QSet<qint64> *ids)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT id FROM terminals WHERE revoked_at IS NOT NULL")))
        return fail(query.lastError().text());
    ids->clear();
    while (query.next())
        ids->insert(query.value(0).toLongLong());
    return true;
}

bool ServerStore::countRetainedEvents(qint64 groupId, GroupState *state)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT min(seq), coalesce(sum(%1), 0) FROM events WHERE group_id = ?").arg(byteLength("payload")));
    query.addBindValue(groupId);
    if (!query.exec() || !query.next())
        return fail(query.lastError().text());
    state->firstRetainedSeq = query.value(0).isNull() ? state->lastSeq + 1 : query.value(0).toLongLong();
    state->retainedEventBytes = query.value(1).toLongLong();
    return true;
}

bool ServerStore::loadGroupState(qint64 groupId, GroupState *state, bool countEvents)
{
    *state = GroupState();
    QSqlQuery *query = run(QStringLiteral("SELECT last_seq, version FROM groups WHERE id = ?"), {groupId});
    if (!query)
        return false;
    if (!query->next())
        return fail(tr("no group %1").arg(groupId));
    state->lastSeq = query->value(0).toLongLong();
    state->version = query->value(1).toLongLong();
    query->finish();
    if (countEvents && !countRetainedEvents(groupId, state))
        return false;
    query = run(QStringLiteral("SELECT id, started_at, next_ticket FROM runs WHERE group_id = ? AND ended_at IS NULL "
                               "ORDER BY id DESC LIMIT 1"),
                {groupId});
    if (!query)
        return false;
    if (query->next()) {
        RunRecord run;
        run.id = query->value(0).toLongLong();
        run.groupId = groupId;
        run.startedAt = SqlSupport::timeFromText(query->value(1));
        run.nextTicket = query->value(2).toInt();
        state->run = run;
    }
    query->finish();

    if (state->run) {
        query = run(QStringLiteral("SELECT uid, snapshot FROM orders WHERE group_id = ? AND run_id = ? AND state = 'open'"),
                    {groupId, state->run->id});
        if (!query)
            return false;
        QHash<QString, int> index;
        QList<UnreadableRow> unreadable;
        while (query->next()) {
            StoredOrder stored;
            QString problem;
            if (!readOrder(query->value(1).toByteArray(), &stored.order, &problem)) {
                unreadable.append({QStringLiteral("orders"), query->value(0).toString(), query->value(1).toByteArray(), problem});
                continue;
            }
            stored.runId = state->run->id;
            index.insert(SqlSupport::uuidText(stored.order.uid), state->openOrders.size());
            state->openOrders.append(stored);
        }
        query->finish();
        if (!quarantine(groupId, unreadable))
            return false;
        query = run(QStringLiteral("SELECT c.order_uid, c.revision, c.keys, c.\"user\", c.terminal, c.instance "
                                   "FROM order_changes c "
                                   "JOIN orders o ON o.group_id = c.group_id AND o.uid = c.order_uid "
                                   "WHERE c.group_id = ? AND o.run_id = ? AND o.state = 'open' "
                                   "ORDER BY c.order_uid, c.revision"),
                    {groupId, state->run->id});
        if (!query)
            return false;
        while (query->next()) {
            const int at = index.value(query->value(0).toString(), -1);
            if (at < 0)
                continue;
            ChangeRecord change;
            change.revision = query->value(1).toLongLong();
            change.keys = query->value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            change.actor = {query->value(3).toString(), query->value(4).toString()};
            change.instance = query->value(5).toString();
            state->openOrders[at].changes.append(change);
        }
        query->finish();
    }

    query = run(QStringLiteral("SELECT key, value, revision, \"user\", terminal, changed_at FROM documents WHERE group_id = ?"),
                {groupId});
    if (!query)
        return false;
    QList<UnreadableRow> unreadableDocuments;
    while (query->next()) {
        SharedDocument document;
        document.key = query->value(0).toString();
        QJsonObject wrapped;
        QString problem;
        if (!Protocol::parseJsonObject("{\"value\":" + query->value(1).toByteArray() + '}', &wrapped, &problem)
            || Protocol::jsonDepth(wrapped.value(QStringLiteral("value"))) > Protocol::limits().maxValueDepth) {
            unreadableDocuments.append({QStringLiteral("documents"), document.key, query->value(1).toByteArray(),
                                        problem.isEmpty() ? QStringLiteral("nested too deep") : problem});
            continue;
        }
        document.value = wrapped.value(QStringLiteral("value"));
        document.revision = query->value(2).toLongLong();
        document.changedBy = {query->value(3).toString(), query->value(4).toString()};
        document.changedAt = SqlSupport::timeFromText(query->value(5));
        state->documents.insert(document.key, document);
    }
    query->finish();
    if (!quarantine(groupId, unreadableDocuments))
        return false;

    query = run(QStringLiteral("SELECT terminal_id, instance FROM sessions WHERE group_id = ?"), {groupId});
    if (!query)
        return false;
    while (query->next())
        state->sessions.append(query->value(0).toString() + QLatin1Char('/') + query->value(1).toString());
    query->finish();
    return true;
}

bool ServerStore::writeCommit(const BatchCommit &commit)
{
    const Order &order = commit.order->order;
    const QString uid = SqlSupport::uuidText(order.uid);
    QList<Write> writes{
        {QStringLiteral("INSERT INTO orders (group_id, uid, run_id, ticket, state, abandoned, revision, changed_at, snapshot) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (group_id, uid) DO UPDATE SET state = excluded.state, "
                        "abandoned = excluded.abandoned, revision = excluded.revision, changed_at = excluded.changed_at, "
                        "snapshot = excluded.snapshot"),
         {commit.groupId, uid, commit.order->runId, order.ticketNumber, Order::stateKey(order.state), order.abandoned ? 1 : 0,
          order.revision, timeText(order.changedAt),
          QString::fromUtf8(commit.orderJson.isEmpty() ? compact(Protocol::orderToJson(order)) : commit.orderJson)}},
    };
    // Changes only judge later batches of an open order: a closed one keeps none.
    if (order.isFinal())
        writes.append({QStringLiteral("DELETE FROM order_changes WHERE group_id = ? AND order_uid = ?"), {commit.groupId, uid}});
    else
        writes.append({QStringLiteral("INSERT INTO order_changes (group_id, order_uid, revision, keys, \"user\", terminal, "
                                      "instance) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {commit.groupId, uid, commit.change.revision, text(commit.change.keys.join(QLatin1Char(' '))),
                        text(commit.change.actor.user), text(commit.change.actor.terminal), text(commit.change.instance)}});
    writes.append(eventWrite(commit.groupId, commit.seq, commit.eventPayload));
    if (!commit.opId.isEmpty())
        writes.append({QStringLiteral("INSERT INTO ops (group_id, op_id, status, response, created_at) VALUES (?, ?, ?, ?, ?)"),
                       {commit.groupId, commit.opId, commit.status, QString::fromUtf8(commit.response), now()}});
    if (commit.run)
        writes.append({QStringLiteral("UPDATE runs SET next_ticket = ? WHERE id = ?"), {commit.run->nextTicket, commit.run->id}});
    return bumpGroup(commit.groupId, commit.seq, writes, commit.eventPayload);
}

ServerStore::Write ServerStore::eventWrite(qint64 groupId, qint64 seq, const QByteArray &payload)
{
    return {QStringLiteral("INSERT INTO events (group_id, seq, payload) VALUES (?, ?, ?)"), {groupId, seq, QString::fromUtf8(payload)}};
}

bool ServerStore::commitBatch(const BatchCommit &commit)
{
    return transaction([&] { return writeCommit(commit); });
}

bool ServerStore::commitDocument(qint64 groupId, const SharedDocument &document, qint64 seq, const QByteArray &eventPayload)
{
    const QByteArray value = QJsonDocument(QJsonArray{document.value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    const QList<Write> writes{
        {QStringLiteral("INSERT INTO documents (group_id, key, value, revision, \"user\", terminal, changed_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (group_id, key) DO UPDATE SET "
                        "value = excluded.value, revision = excluded.revision, \"user\" = excluded.\"user\", "
                        "terminal = excluded.terminal, changed_at = excluded.changed_at"),
         {groupId, document.key, QString::fromUtf8(value), document.revision, text(document.changedBy.user),
          text(document.changedBy.terminal), timeText(document.changedAt)}},
        eventWrite(groupId, seq, eventPayload),
    };
    return transaction([&] { return bumpGroup(groupId, seq, writes, eventPayload); });
}

bool ServerStore::loadOrder(qint64 groupId, const QUuid &uid, std::optional<StoredOrder> *order)
{
    QSqlQuery *query = run(QStringLiteral("SELECT snapshot, run_id FROM orders WHERE group_id = ? AND uid = ?"),
                           {groupId, SqlSupport::uuidText(uid)});
    if (!query)
        return false;
    order->reset();
    if (!query->next())
        return true;
    StoredOrder stored;
    QString problem;
    const QByteArray snapshot = query->value(0).toByteArray();
    stored.runId = query->value(1).toLongLong();
    query->finish();
    if (!readOrder(snapshot, &stored.order, &problem))
        return quarantine(groupId, {{QStringLiteral("orders"), SqlSupport::uuidText(uid), snapshot, problem}});
    *order = stored;
    return true;
}

bool ServerStore::recordOp(qint64 groupId, const QString &opId, int status, const QByteArray &response)
{
    return run(QStringLiteral("INSERT INTO ops (group_id, op_id, status, response, created_at) VALUES (?, ?, ?, ?, ?)"),
               {groupId, opId, status, QString::fromUtf8(response), now()})
        != nullptr;
}

bool ServerStore::findOp(qint64 groupId, const QString &opId, int *status, QByteArray *response, bool *found)
{
    QSqlQuery *query = run(QStringLiteral("SELECT status, response FROM ops WHERE group_id = ? AND op_id = ?"),
                           {groupId, opId});
    if (!query)
        return false;
    *found = query->next();
    if (*found) {
        *status = query->value(0).toInt();
        *response = query->value(1).toString().toUtf8();
    }
    query->finish();
    return true;
}

bool ServerStore::startRun(qint64 groupId, RunRecord *run)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const QString started = now();
    query.prepare(QStringLiteral("INSERT INTO runs (group_id, started_at, next_ticket) VALUES (?, ?, 1) RETURNING id"));
    query.addBindValue(groupId);
    query.addBindValue(started);
    if (!query.exec() || !query.next())
        return fail(query.lastError().text());
    *run = RunRecord{query.value(0).toLongLong(), groupId, SqlSupport::timeFromText(started), QDateTime(), 1};
    query.finish();
    return bumpGroup(groupId, std::nullopt);
}

bool ServerStore::endRun(qint64 groupId, qint64 runId, const QList<BatchCommit> &abandoned)
{
    return transaction([&] {
        for (const BatchCommit &commit : abandoned) {
            if (!writeCommit(commit))
                return false;
        }
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("UPDATE runs SET ended_at = ? WHERE id = ? AND group_id = ?"));
        query.addBindValue(now());
        query.addBindValue(runId);
        query.addBindValue(groupId);
        return (query.exec() || fail(query.lastError().text())) && bumpGroup(groupId, std::nullopt);
    });
}

bool ServerStore::setSession(qint64 groupId, qint64 terminalId, const QString &instance, bool open)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (open) {
        query.prepare(QStringLiteral("INSERT INTO sessions (group_id, terminal_id, instance, opened_at, last_heard_at) "
                                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT (group_id, terminal_id, instance) DO UPDATE SET "
                                     "opened_at = excluded.opened_at, last_heard_at = excluded.last_heard_at, "
                                     "close_requested = 0"));
        query.addBindValue(groupId);
        query.addBindValue(terminalId);
        query.addBindValue(instance);
        query.addBindValue(now());
        query.addBindValue(now());
    } else {
        query.prepare(QStringLiteral("DELETE FROM sessions WHERE group_id = ? AND terminal_id = ? AND instance = ?"));
        query.addBindValue(groupId);
        query.addBindValue(terminalId);
        query.addBindValue(instance);
    }
    return transaction([&] { return (query.exec() || fail(query.lastError().text())) && bumpGroup(groupId, std::nullopt); });
}

bool ServerStore::touchSession(qint64 groupId, qint64 terminalId, const QString &instance)
{
    return run(QStringLiteral("UPDATE sessions SET last_heard_at = ? WHERE group_id = ? AND terminal_id = ? AND instance = ?"),
               {now(), groupId, terminalId, instance})
        != nullptr;
}

bool ServerStore::sessionRecords(QList<SessionRecord> *sessions)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("SELECT s.%1, s.group_id, g.name, s.terminal_id, t.name, s.instance, s.opened_at, "
                                   "s.last_heard_at, s.close_requested FROM sessions s "
                                   "JOIN groups g ON g.id = s.group_id JOIN terminals t ON t.id = s.terminal_id "
                                   "ORDER BY s.%1").arg(sessionIdColumn())))
        return fail(query.lastError().text());
    sessions->clear();
    while (query.next()) {
        SessionRecord session;
        session.id = query.value(0).toLongLong();
        session.groupId = query.value(1).toLongLong();
        session.group = query.value(2).toString();
        session.terminalId = query.value(3).toLongLong();
        session.terminal = query.value(4).toString();
        session.instance = query.value(5).toString();
        session.openedAt = SqlSupport::timeFromText(query.value(6));
        session.lastHeardAt = SqlSupport::timeFromText(query.value(7));
        session.closeRequested = query.value(8).toInt() != 0;
        sessions->append(session);
    }
    return true;
}

bool ServerStore::requestSessionClose(qint64 sessionId, bool *found)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE sessions SET close_requested = 1 WHERE %1 = ?").arg(sessionIdColumn()));
    query.addBindValue(sessionId);
    if (!query.exec())
        return fail(query.lastError().text());
    *found = query.numRowsAffected() > 0;
    return true;
}

bool ServerStore::appendEvent(qint64 groupId, qint64 seq, const QByteArray &payload)
{
    return transaction([&] { return bumpGroup(groupId, seq, {eventWrite(groupId, seq, payload)}, payload); });
}

// Pruning is housekeeping: in a push's savepoint, its failure must not undo the push.
bool ServerStore::pruneEventsToBytes(qint64 groupId, qint64 maxBytes, qint64 *firstRetainedSeq, qint64 *retainedBytes)
{
    return savepoint([&] { return pruneToBytes(groupId, maxBytes, firstRetainedSeq, retainedBytes); });
}

bool ServerStore::pruneToBytes(qint64 groupId, qint64 maxBytes, qint64 *firstRetainedSeq, qint64 *retainedBytes)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT seq FROM (SELECT seq, sum(%1) OVER (ORDER BY seq DESC) "
                                 "AS newer FROM events WHERE group_id = ?) AS sized WHERE newer > ? ORDER BY seq DESC LIMIT 1")
                      .arg(byteLength("payload")));
    query.addBindValue(groupId);
    query.addBindValue(maxBytes);
    if (!query.exec())
        return fail(query.lastError().text());
    if (query.next()) {
        const qint64 dropThrough = query.value(0).toLongLong();
        query.finish();
        if (!deleteEventsBefore(groupId, dropThrough + 1))
            return false;
    }
    query.prepare(QStringLiteral("SELECT min(seq), coalesce(sum(%1), 0) FROM events WHERE group_id = ?")
                      .arg(byteLength("payload")));
    query.addBindValue(groupId);
    if (!query.exec() || !query.next())
        return fail(query.lastError().text());
    if (!query.value(0).isNull())
        *firstRetainedSeq = query.value(0).toLongLong();
    *retainedBytes = query.value(1).toLongLong();
    return true;
}

bool ServerStore::copyTo(ServerStore &target, QList<std::pair<QString, qint64>> *copied)
{
    static const QStringList Tables{QStringLiteral("groups"), QStringLiteral("terminals"), QStringLiteral("runs"),
                                    QStringLiteral("orders"), QStringLiteral("order_changes"), QStringLiteral("events"),
                                    QStringLiteral("ops"), QStringLiteral("sessions"), QStringLiteral("documents"),
                                    QStringLiteral("cash_reports"), QStringLiteral("quarantine")};
    static const QStringList Numbered{QStringLiteral("groups"), QStringLiteral("terminals"), QStringLiteral("runs"),
                                      QStringLiteral("sessions"), QStringLiteral("quarantine")};
    QSqlDatabase from = QSqlDatabase::database(m_connectionName, false);
    QSqlDatabase to = QSqlDatabase::database(target.m_connectionName, false);
    QSqlQuery check(to);
    if (!check.exec(QStringLiteral("SELECT count(*) FROM groups")) || !check.next())
        return fail(check.lastError().text());
    if (check.value(0).toLongLong() > 0)
        return fail(tr("the target database holds groups already: give an empty one"));
    check.finish();
    // One read transaction is one consistent state of the source.
    if (!from.transaction())
        return fail(from.lastError().text());
    if (!to.transaction()) {
        from.rollback();
        return fail(to.lastError().text());
    }
    const auto abandon = [&](const QString &error) {
        to.rollback();
        from.rollback();
        return fail(error);
    };
    copied->clear();
    for (const QString &table : Tables) {
        const QSqlRecord targetColumns = to.record(table);
        const QSqlRecord sourceColumns = from.record(table);
        QStringList columns;
        QStringList selected;
        for (int i = 0; i < targetColumns.count(); ++i) {
            const QString column = targetColumns.fieldName(i);
            columns.append(QLatin1Char('"') + column + QLatin1Char('"'));
            if (sourceColumns.contains(column))
                selected.append(QLatin1Char('"') + column + QLatin1Char('"'));
            else if (table == QLatin1String("sessions") && column == QLatin1String("id") && !m_postgres)
                selected.append(QStringLiteral("rowid")); // SQLite numbers its sessions by rowid
            else
                return abandon(tr("%1.%2 is missing in the source").arg(table, column));
        }
        QSqlQuery read(from);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(selected.join(QStringLiteral(", ")), table)))
            return abandon(read.lastError().text());
        QSqlQuery write(to);
        if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns.join(QStringLiteral(", ")),
                                    QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")))))
            return abandon(write.lastError().text());
        qint64 rows = 0;
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant value = read.value(i);
                // BLOB and BYTEA hold the token hashes; everything else is text or a number.
                write.bindValue(i, targetColumns.field(i).metaType().id() == QMetaType::QByteArray ? QVariant(value.toByteArray())
                                                                                                    : value);
            }
            if (!write.exec())
                return abandon(tr("%1: %2").arg(table, write.lastError().text()));
            ++rows;
        }
        if (read.lastError().isValid())
            return abandon(tr("%1 could not be read whole: %2").arg(table, read.lastError().text()));
        copied->append({table, rows});
    }
    // New rows of the target go on after the copied numbers.
    if (target.m_postgres) {
        for (const QString &table : Numbered) {
            QSqlQuery sequence(to);
            if (!sequence.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, "
                                              "false) FROM %1").arg(table)))
                return abandon(sequence.lastError().text());
        }
    }
    if (!to.commit())
        return abandon(to.lastError().text());
    from.rollback();
    return true;
}

bool ServerStore::backupTo(const QString &path)
{
    if (m_postgres)
        return fail(tr("a PostgreSQL database is backed up with pg_dump (docs/operations.md)"));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString error;
    return SqlSupport::backupTo(db, path, &error) || fail(error);
}

bool ServerStore::isIntact()
{
    if (m_postgres)
        return true; // PostgreSQL checks its pages itself
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
        return fail(query.lastError().text());
    if (query.value(0).toString() != QLatin1String("ok"))
        return fail(tr("the database is damaged: %1").arg(query.value(0).toString()));
    return true;
}

bool ServerStore::pruneOps(const QDateTime &before, int *removed)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM ops WHERE created_at < ? AND created_at < coalesce("
                                 "(SELECT min(started_at) FROM runs r WHERE r.group_id = ops.group_id AND r.ended_at IS NULL), "
                                 "'9999')"));
    query.addBindValue(timeText(before));
    if (!query.exec())
        return fail(query.lastError().text());
    *removed = query.numRowsAffected();
    return true;
}

QString ServerStore::byteLength(const char *column) const
{
    return m_postgres ? QStringLiteral("octet_length(%1)").arg(QLatin1String(column))
                      : QStringLiteral("length(CAST(%1 AS BLOB))").arg(QLatin1String(column));
}

QString ServerStore::sessionIdColumn() const
{
    return m_postgres ? QStringLiteral("id") : QStringLiteral("rowid");
}

bool ServerStore::events(qint64 groupId, qint64 afterSeq, int limit, qint64 maxBytes, QList<QByteArray> *payloads,
                         qint64 *lastSeqSent, bool *gap)
{
    QSqlQuery *found = run(QStringLiteral("SELECT seq, payload FROM events WHERE group_id = ? AND seq > ? ORDER BY seq LIMIT ?"),
                           {groupId, afterSeq, limit});
    if (!found)
        return false;
    QSqlQuery &query = *found;
    payloads->clear();
    *lastSeqSent = afterSeq;
    *gap = false;
    QList<UnreadableRow> unreadable;
    qint64 bytes = 0;
    while (query.next()) {
        if (*lastSeqSent == afterSeq && query.value(0).toLongLong() != afterSeq + 1) {
            *gap = true; // pruned meanwhile (by another server): the terminal must resync
            query.finish();
            return true;
        }
        const QByteArray payload = query.value(1).toString().toUtf8();
        if (!payloads->isEmpty() && bytes + payload.size() > maxBytes)
            break;
        bytes += payload.size();
        *lastSeqSent = query.value(0).toLongLong();
        // An event is sent inside {"events":[...]}: two levels more than it holds itself.
        QJsonObject event;
        QString problem;
        if (!Protocol::parseJsonObject(payload, &event, &problem, Protocol::limits().maxBodyDepth - 2)) {
            unreadable.append({QStringLiteral("events"), query.value(0).toString(), payload, problem});
            continue;
        }
        payloads->append(payload);
    }
    query.finish();
    return quarantine(groupId, unreadable);
}

bool ServerStore::pruneEvents(qint64 groupId, qint64 keepFromSeq)
{
    return savepoint([&] { return deleteEventsBefore(groupId, keepFromSeq); });
}

bool ServerStore::deleteEventsBefore(qint64 groupId, qint64 keepFromSeq)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("DELETE FROM events WHERE group_id = ? AND seq < ?"));
    query.addBindValue(groupId);
    query.addBindValue(keepFromSeq);
    return query.exec() || fail(query.lastError().text());
}

bool ServerStore::addCashReport(qint64 groupId, qint64 terminalId, qint64 runId, const Protocol::CashReport &report,
                                bool *known)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO cash_reports (group_id, terminal_id, instance, session, run_id, closed_at, "
                                 "report, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (group_id, terminal_id, instance, session) DO NOTHING"));
    query.addBindValue(groupId);
    query.addBindValue(terminalId);
    query.addBindValue(text(report.instance));
    query.addBindValue(report.session);
    query.addBindValue(runId);
    query.addBindValue(timeText(report.closedAt));
    query.addBindValue(QString::fromUtf8(compact(Protocol::cashReportToJson(report))));
    query.addBindValue(now());
    if (!query.exec())
        return fail(query.lastError().text());
    *known = query.numRowsAffected() == 0;
    return true;
}

bool ServerStore::cashReports(qint64 groupId, const QDateTime &from, const QDateTime &to,
                              QList<StoredCashReport> *reports)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.terminal_id, t.name, c.run_id, c.report FROM cash_reports c "
                                 "JOIN terminals t ON t.id = c.terminal_id WHERE c.group_id = ? "
                                 "AND c.closed_at >= ? AND c.closed_at < ? ORDER BY c.closed_at, c.terminal_id"));
    query.addBindValue(groupId);
    query.addBindValue(from.isValid() ? timeText(from) : QStringLiteral("0000"));
    query.addBindValue(to.isValid() ? timeText(to) : QStringLiteral("9999"));
    if (!query.exec())
        return fail(query.lastError().text());
    reports->clear();
    while (query.next()) {
        StoredCashReport stored;
        stored.terminalId = query.value(0).toLongLong();
        stored.terminal = query.value(1).toString();
        stored.runId = query.value(2).toLongLong();
        QString error;
        if (!Protocol::cashReportFromJson(QJsonDocument::fromJson(query.value(3).toByteArray()).object(), &stored.report,
                                          &error))
            return fail(tr("a stored cash report cannot be read: %1").arg(error));
        reports->append(stored);
    }
    return true;
}

// A cursor is the changed_at and uid of the last order of a page: "<time>/<uid>".
bool ServerStore::isOrderCursor(const QString &cursor)
{
    const qsizetype slash = cursor.indexOf(QLatin1Char('/'));
    const QDateTime time = QDateTime::fromString(cursor.left(slash), Qt::ISODateWithMs);
    const QUuid uid = QUuid::fromString(cursor.mid(slash + 1));
    return slash > 0 && time.isValid() && timeText(time) == cursor.left(slash) && !uid.isNull()
        && SqlSupport::uuidText(uid) == cursor.mid(slash + 1);
}

bool ServerStore::finishedOrders(qint64 groupId, const QDateTime &from, const QDateTime &to,
                                 QList<StoredOrder> *orders, const QString &after, int limit, QString *next)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT snapshot, run_id, uid, changed_at FROM orders WHERE group_id = ? "
                                 "AND (state = 'paid' OR abandoned = 1) AND changed_at >= ? AND changed_at < ? "
                                 "AND (changed_at > ? OR (changed_at = ? AND uid > ?)) "
                                 "ORDER BY changed_at, uid LIMIT ?"));
    const qsizetype slash = after.indexOf(QLatin1Char('/'));
    // Bound as text, never NULL, so that the first page compares after "".
    const QString afterTime = after.isEmpty() ? QStringLiteral("") : after.left(slash);
    query.addBindValue(groupId);
    query.addBindValue(from.isValid() ? timeText(from) : QStringLiteral("0000"));
    query.addBindValue(to.isValid() ? timeText(to) : QStringLiteral("9999"));
    query.addBindValue(afterTime);
    query.addBindValue(afterTime);
    query.addBindValue(after.isEmpty() ? QStringLiteral("") : after.mid(slash + 1));
    query.addBindValue(limit > 0 ? qint64(limit) + 1 : std::numeric_limits<qint64>::max());
    if (!query.exec())
        return fail(query.lastError().text());
    orders->clear();
    if (next)
        next->clear();
    QList<UnreadableRow> unreadable;
    int rows = 0;
    QString lastCursor;
    while (query.next()) {
        if (limit > 0 && ++rows > limit) {
            if (next)
                *next = lastCursor;
            break;
        }
        lastCursor = query.value(3).toString() + QLatin1Char('/') + query.value(2).toString();
        StoredOrder stored;
        QString problem;
        if (!readOrder(query.value(0).toByteArray(), &stored.order, &problem)) {
            unreadable.append({QStringLiteral("orders"), query.value(2).toString(), query.value(0).toByteArray(), problem});
            continue;
        }
        stored.runId = query.value(1).toLongLong();
        orders->append(stored);
    }
    query.finish();
    return quarantine(groupId, unreadable);
}
