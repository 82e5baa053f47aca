#include "floorplan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

bool FloorPlan::hasTable(const QString &table) const
{
    return allTables().contains(table);
}

QStringList FloorPlan::allTables() const
{
    QStringList out;
    for (const Floor &floor : floors)
        out << floor.tables;
    return out;
}

QJsonValue FloorPlan::toJson() const
{
    QJsonArray list;
    for (const Floor &floor : floors)
        list.append(QJsonObject{{QStringLiteral("name"), floor.name},
                                {QStringLiteral("tables"), QJsonArray::fromStringList(floor.tables)}});
    return QJsonObject{{QStringLiteral("floors"), list}};
}

bool FloorPlan::fromJson(const QJsonValue &json, FloorPlan *plan, QString *error)
{
    FloorPlan parsed;
    const QJsonObject root = json.toObject();
    if (!json.isObject() || root.size() != 1 || !root.value(QStringLiteral("floors")).isArray()) {
        *error = tr("The floor plan must be {\"floors\": [...]}.");
        return false;
    }
    for (const QJsonValue &item : root.value(QStringLiteral("floors")).toArray()) {
        const QJsonObject object = item.toObject();
        if (!item.isObject() || object.size() != 2 || !object.value(QStringLiteral("name")).isString()
            || !object.value(QStringLiteral("tables")).isArray()) {
            *error = tr("Each floor must be {\"name\": text, \"tables\": [text, ...]}.");
            return false;
        }
        Floor floor;
        floor.name = object.value(QStringLiteral("name")).toString();
        for (const QJsonValue &table : object.value(QStringLiteral("tables")).toArray()) {
            if (!table.isString()) {
                *error = tr("Table names must be text.");
                return false;
            }
            floor.tables << table.toString();
        }
        parsed.floors << floor;
    }
    const QString problem = parsed.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *plan = parsed;
    return true;
}

QString FloorPlan::validate() const
{
    if (floors.size() > MaxFloors)
        return tr("At most %1 floors.").arg(MaxFloors);
    QSet<QString> floorNames;
    QSet<QString> tableNames;
    for (const Floor &floor : floors) {
        if (floor.name.trimmed().isEmpty() || floor.name != floor.name.trimmed() || floor.name.size() > MaxNameLength)
            return tr("A floor needs a name of 1 to %1 characters.").arg(MaxNameLength);
        if (floorNames.contains(floor.name))
            return tr("There are two floors called \"%1\".").arg(floor.name);
        floorNames.insert(floor.name);
        if (floor.tables.isEmpty() || floor.tables.size() > MaxTablesPerFloor)
            return tr("Floor \"%1\" needs 1 to %2 tables.").arg(floor.name).arg(MaxTablesPerFloor);
        for (const QString &table : floor.tables) {
            if (table.trimmed().isEmpty() || table != table.trimmed() || table.size() > MaxNameLength)
                return tr("Table names on \"%1\" need 1 to %2 characters.").arg(floor.name).arg(MaxNameLength);
            if (tableNames.contains(table))
                return tr("Table \"%1\" is named twice; table names must differ across all floors.").arg(table);
            tableNames.insert(table);
        }
    }
    return {};
}
