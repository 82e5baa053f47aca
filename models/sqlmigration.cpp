#include "sqlmigration.h"

#include "sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

int SqlMigration::schemaVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool SqlMigration::run(QSqlDatabase &db, const QList<Migration> &steps, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        *error = query.lastError().text();
        return false;
    }
    const int version = schemaVersion(db);
    const int latest = steps.isEmpty() ? 0 : steps.last().toVersion;
    if (version > latest) {
        *error = tr("the database was written by a newer Tandem POS (schema %1; this version knows up to %2)")
                     .arg(version).arg(latest);
        return false;
    }
    if (version == latest)
        return true;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (const Migration &step : steps) {
        if (step.toVersion <= version)
            continue;
        if (!step.apply(db, error)) {
            db.rollback();
            *error = tr("upgrade to schema %1 failed: %2").arg(step.toVersion).arg(*error);
            return false;
        }
    }
    const bool ok = query.exec(QStringLiteral("DELETE FROM schema_version"))
        && query.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
    if (ok)
        query.addBindValue(latest);
    if (!ok || !query.exec() || !db.commit()) {
        *error = query.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool SqlMigration::openDurable(const QString &connectionName, const QString &path, const QStringList &pragmas,
                               const QList<Migration> &steps, QString *error)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            *error = db.lastError().text();
        else if (SqlSupport::execAll(db, QStringList{QStringLiteral("PRAGMA journal_mode=WAL"),
                                                     QStringLiteral("PRAGMA synchronous=FULL")} + pragmas, error)
                 && run(db, steps, error))
            return true;
    }
    SqlSupport::closeConnection(connectionName);
    return false;
}
