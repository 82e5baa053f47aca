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
};
