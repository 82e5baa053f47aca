#pragma once

#include "numpadinput.h"
#include "order.h"
#include "terminalsettings.h"

#include <QUuid>
#include <QWidget>

class NumpadWidget;
class OrderBook;
class QLabel;
class QPushButton;
class QTableWidget;

// The payment screen: payment lines in cash and card, what is due, paid and handed
// back; it validates only once the payments cover the total.
class PaymentPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentPanel)

public:
    explicit PaymentPanel(OrderBook *book, QWidget *parent = nullptr);

    void start(const QUuid &orderUid);
    QUuid orderUid() const { return m_orderUid; }
    // The ways to pay the shop offers beside cash: card (or not) and its own methods.
    void setMethods(bool card, const QList<OtherPaymentMethod> &others);
    void addPayment(PaymentMethod method);
    void addPayment(const Payment &kind);
    bool validate();

signals:
    void backRequested();
    void problem(const QString &message);

private:
    void applyAmount(const NumpadInput::Outcome &outcome);
    void removeSelected();
    void restartInput();
    void refresh();
    void updateActions();
    int selectedRow() const;
    int sign() const;

    OrderBook *m_book;
    QUuid m_orderUid;
    QList<Payment> m_payments;
    NumpadInput m_input;
    QLabel *m_orderTitle;
    QTableWidget *m_orderLines; // what is being paid, so nobody pays a total they have not seen
    QLabel *m_due;
    QTableWidget *m_table;
    QLabel *m_summary;
    QLabel *m_readOnly;
    QPushButton *m_cash;
    QPushButton *m_card;
    class QGridLayout *m_methods;
    QList<QPushButton *> m_otherButtons;
    NumpadWidget *m_numpad;
    QPushButton *m_remove;
    QPushButton *m_validate;
};
