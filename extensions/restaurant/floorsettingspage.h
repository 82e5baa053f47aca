#pragma once

#include <QWidget>

class QTableWidget;
class SharedDocuments;

// The manager's floors and tables: one row per floor with its table names. Saved
// as the group's shared floor plan through the sync server.
class FloorSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    FloorSettingsPage(SharedDocuments *documents, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Validates; sends the plan only when it changed.
    bool save(QString *error);

private:
    void addRow(const QString &floor, const QString &tables);

    SharedDocuments *m_documents;
    QTableWidget *m_table;
};
