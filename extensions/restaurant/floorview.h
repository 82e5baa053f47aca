#pragma once

#include <QHash>
#include <QWidget>

class ExtensionContext;
class QLabel;
class QPushButton;
class QTabWidget;

// The start screen: every floor's tables, free or occupied (ticket and guests) as
// all terminals of the group see them. A tap opens the table's order, or a new one.
class FloorView final : public QWidget
{
    Q_OBJECT

public:
    FloorView(ExtensionContext *context, QWidget *parent = nullptr);

    // The button of a table, for tests.
    QPushButton *tableButton(const QString &table) const { return m_buttons.value(table); }
    void openTable(const QString &table);

private:
    void rebuild();
    void refresh();

    ExtensionContext *m_context;
    QLabel *m_hint;
    QTabWidget *m_floors;
    QHash<QString, QPushButton *> m_buttons;
};
