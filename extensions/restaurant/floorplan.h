#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// The manager's floors and their tables, shared by the group as the document
// "restaurant.floors": {"floors": [{"name": "Terrace", "tables": ["T1", "T2"]}]}.
// A table's name is its id: unique across all floors.
struct FloorPlan
{
    Q_DECLARE_TR_FUNCTIONS(FloorPlan)

public:
    struct Floor
    {
        QString name;
        QStringList tables;
        bool operator==(const Floor &other) const { return name == other.name && tables == other.tables; }
    };

    static constexpr int MaxFloors = 20;
    static constexpr int MaxTablesPerFloor = 100;
    static constexpr int MaxNameLength = 24;
    static QString documentKey() { return QStringLiteral("restaurant.floors"); }

    QList<Floor> floors;

    bool isEmpty() const { return floors.isEmpty(); }
    bool hasTable(const QString &table) const;
    QStringList allTables() const;
    QJsonValue toJson() const;
    // Strict: a malformed document or a bad name is an error, and *plan is left alone.
    static bool fromJson(const QJsonValue &json, FloorPlan *plan, QString *error);
    // Checks names, counts and that no table name is used twice.
    QString validate() const;
    bool operator==(const FloorPlan &other) const { return floors == other.floors; }
};
