#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

struct Migration
{
    int toVersion = 0;
    std::function<bool(QSqlDatabase &db, QString *error)> apply;
};

// Versioned schemas: the version lives in a schema_version table; a database newer
// than the known steps is refused; pending steps run in one transaction.
class SqlMigration final
{
    Q_DECLARE_TR_FUNCTIONS(SqlMigration)

public:
    static int schemaVersion(QSqlDatabase &db);
    static bool run(QSqlDatabase &db, const QList<Migration> &steps, QString *error);
    // Opens an SQLite file under a connection name so that every commit is durable (WAL,
    // synchronous=FULL, a busy timeout), runs `pragmas`, then the pending steps. On
    // failure the connection is gone again and *error says why.
    static bool openDurable(const QString &connectionName, const QString &path, const QStringList &pragmas,
                            const QList<Migration> &steps, QString *error);
};
