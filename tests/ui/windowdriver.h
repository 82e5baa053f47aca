#pragma once

#include "mainwindow.h"
#include "productpanel.h"

#include <QAbstractItemModel>
#include <QListView>
#include <QTest>

// Clicks the product tile with this name as a cashier would; false when there is none.
inline bool clickProduct(MainWindow *window, const QString &name)
{
    QListView *grid = window->productPanel()->grid();
    const QModelIndexList found = grid->model()->match(grid->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                                       Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    grid->scrollTo(found.first());
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(found.first()).center());
    return true;
}
