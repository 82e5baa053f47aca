#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

// Small conversions shared by the SQLite stores of the terminal and the server.
namespace SqlSupport {

// Runs each statement; on failure names the statement in *error.
bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error);
// Text columns are NOT NULL; a null QString would bind as NULL.
QVariant text(const QString &value);
// Times are stored as UTC ISO 8601 with milliseconds; an invalid time as empty text.
QString timeText(const QDateTime &time);
QDateTime timeFromText(const QVariant &value);
QString uuidText(const QUuid &uid);

// A consistent copy of the whole database in a new file (SQLite VACUUM INTO), taken
// while others may write. It is written beside `path` and renamed, so a file under that
// name is always whole; an existing file is never overwritten.
bool backupTo(QSqlDatabase &db, const QString &path, QString *error);

// A connection name no other store of the process uses.
QString newConnectionName(const QString &prefix);
void closeConnection(const QString &connectionName);

}
