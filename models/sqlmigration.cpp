#include "sqlmigration.h"

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
