#pragma once

#include "numpadinput.h"

#include <QUuid>
#include <QWidget>

class NumpadWidget;
class OrderBook;
class OrderLinesModel;
class QLabel;
class QPushButton;
class QTableView;

// The current order: its lines, totals, the numpad that edits the selected line,
// and the Pay button.
class OrderWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderWidget)

public:
    explicit OrderWidget(OrderBook *book, QWidget *parent = nullptr);

    void setOrder(const QUuid &orderUid);
    QUuid orderUid() const;
    void selectLine(const QUuid &lineUid);
    QUuid selectedLine() const;
    QTableView *linesView() const { return m_view; }
    // An extension's control, in a row above the order's buttons; enabled while the order is editable.
    void addExtensionControl(QWidget *control);
    // Taller lines with room for what extensions say about them.
    void setShowsExtensionText(bool shows);
    OrderLinesModel *linesModel() const { return m_lines; }

signals:
    void payRequested();
    void customerRequested();
    void problem(const QString &message);

private:
    void restartInput();
    void apply(const NumpadInput::Outcome &outcome);
    void refresh();
    void fitNumberColumns();
    void widenNumberColumns(int firstRow, int lastRow);
    int numberPadding() const;

    OrderBook *m_book;
    OrderLinesModel *m_lines;
    QTableView *m_view;
    QLabel *m_customer;
    QLabel *m_extensionText;
    class QHBoxLayout *m_extensionRow;
    QList<QWidget *> m_extensionControls;
    QLabel *m_total;
    QLabel *m_tax;
    NumpadWidget *m_numpad;
    QPushButton *m_customerButton;
    QPushButton *m_pay;
    NumpadInput m_input;
    int m_numberWidths[4] = {}; // quantity, price, discount, total
};
