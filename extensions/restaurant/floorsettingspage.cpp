#include "floorsettingspage.h"

#include "floorplan.h"
#include "shareddocuments.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

FloorSettingsPage::FloorSettingsPage(SharedDocuments *documents, QWidget *parent)
    : QWidget(parent)
    , m_documents(documents)
    , m_table(new QTableWidget(0, 2, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("One row per floor; table names separated by commas (e.g. T1, T2, Bar 1). "
                               "Table names must differ across floors. With sync on, the plan is shared with every "
                               "terminal of the shop and can only be changed while the sync server is reachable; "
                               "with sync off it is kept on this terminal."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table->setObjectName(QStringLiteral("floorTable"));
    m_table->setHorizontalHeaderLabels({tr("Floor"), tr("Tables")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add floor"), this);
    auto *remove = new QPushButton(tr("Remove floor"), this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(QString(), QString());
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });

    FloorPlan plan;
    QString ignored;
    if (FloorPlan::fromJson(documents->value(FloorPlan::documentKey()), &plan, &ignored)) {
        for (const FloorPlan::Floor &floor : std::as_const(plan.floors))
            addRow(floor.name, floor.tables.join(QStringLiteral(", ")));
    }
}

void FloorSettingsPage::addRow(const QString &floor, const QString &tables)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(floor));
    m_table->setItem(row, 1, new QTableWidgetItem(tables));
}

bool FloorSettingsPage::save(QString *error)
{
    FloorPlan plan;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        FloorPlan::Floor floor;
        floor.name = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString tables = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        for (const QString &table : tables.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!table.trimmed().isEmpty())
                floor.tables << table.trimmed();
        }
        if (floor.name.isEmpty() && floor.tables.isEmpty())
            continue;
        plan.floors << floor;
    }
    const QString problem = plan.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    FloorPlan current;
    QString ignored;
    const QJsonValue stored = m_documents->value(FloorPlan::documentKey());
    if (FloorPlan::fromJson(stored, &current, &ignored) ? current == plan : plan.isEmpty())
        return true;
    return m_documents->set(FloorPlan::documentKey(), plan.toJson(), error);
}
