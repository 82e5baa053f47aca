#include "sqlsupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace SqlSupport {

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = query.lastError().text() + QStringLiteral(" in: ") + statement;
            return false;
        }
    }
    return true;
}

bool backupTo(QSqlDatabase &db, const QString &path, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = QCoreApplication::translate("SqlSupport", "%1 exists already; a backup never overwrites a file").arg(path);
        return false;
    }
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec() || !QFile::rename(partial, path)) {
        *error = QCoreApplication::translate("SqlSupport", "cannot write the backup %1: %2")
                     .arg(path, query.lastError().text());
        QFile::remove(partial);
        return false;
    }
    return true;
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromText(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QString uuidText(const QUuid &uid)
{
    return uid.toString(QUuid::WithoutBraces);
}

QString newConnectionName(const QString &prefix)
{
    static QAtomicInteger<int> serial;
    return prefix + QLatin1Char('-') + QString::number(serial.fetchAndAddRelaxed(1));
}

void closeConnection(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
}

}
