#include "paymentpanel.h"

#include "extensionregistry.h"
#include "money.h"
#include "numpadwidget.h"
#include "orderbook.h"
#include "receipttext.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QPushButton *bigButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setMinimumHeight(52);
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

} // namespace

PaymentPanel::PaymentPanel(OrderBook *book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_orderTitle(new QLabel(this))
    , m_orderLines(new QTableWidget(0, 2, this))
    , m_due(new QLabel(this))
    , m_table(new QTableWidget(0, 2, this))
    , m_summary(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_cash(bigButton(tr("Cash"), QStringLiteral("cashButton"), this))
    , m_card(bigButton(tr("Card"), QStringLiteral("cardButton"), this))
    , m_numpad(new NumpadWidget(false, this))
    , m_remove(bigButton(tr("Remove payment"), QStringLiteral("removePaymentButton"), this))
    , m_validate(bigButton(tr("Validate (Enter)"), QStringLiteral("validateButton"), this))
{
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    m_orderTitle->setObjectName(QStringLiteral("payingOrder"));
    m_orderTitle->setTextFormat(Qt::PlainText);
    QFont title = m_orderTitle->font();
    title.setBold(true);
    m_orderTitle->setFont(title);
    left->addWidget(m_orderTitle);
    m_orderLines->setObjectName(QStringLiteral("payingLines"));
    m_orderLines->setFocusPolicy(Qt::NoFocus);
    m_orderLines->setSelectionMode(QAbstractItemView::NoSelection);
    m_orderLines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_orderLines->setShowGrid(false);
    m_orderLines->horizontalHeader()->hide();
    m_orderLines->verticalHeader()->hide();
    m_orderLines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_orderLines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    left->addWidget(m_orderLines, 2);
    m_due->setObjectName(QStringLiteral("dueLabel"));
    QFont big = m_due->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_due->setFont(big);
    left->addWidget(m_due);
    m_table->setObjectName(QStringLiteral("paymentLines"));
    m_table->setHorizontalHeaderLabels({tr("Method"), tr("Amount")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(40);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    left->addWidget(m_table, 2);
    m_summary->setObjectName(QStringLiteral("paymentSummary"));
    QFont medium = m_summary->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.3);
    m_summary->setFont(medium);
    left->addWidget(m_summary);
    m_readOnly->setObjectName(QStringLiteral("paymentReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 6px; "
                                             "border-radius: 4px; }"));
    m_readOnly->hide();
    left->addWidget(m_readOnly);
    layout->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    m_methods = new QGridLayout;
    m_methods->addWidget(m_cash, 0, 0);
    m_methods->addWidget(m_card, 0, 1);
    right->addLayout(m_methods);
    right->addWidget(m_numpad);
    right->addWidget(m_remove);
    right->addStretch(1);
    auto *finish = new QHBoxLayout;
    QPushButton *back = bigButton(tr("Back (Esc)"), QStringLiteral("backButton"), this);
    finish->addWidget(back);
    finish->addWidget(m_validate, 2);
    right->addLayout(finish);
    layout->addLayout(right, 2);

    connect(m_cash, &QPushButton::clicked, this, [this] { addPayment(PaymentMethod::Cash); });
    connect(m_card, &QPushButton::clicked, this, [this] { addPayment(PaymentMethod::Card); });
    // The order may turn read-only (the server lost) while it is being paid.
    connect(book, &OrderBook::editabilityChanged, this, &PaymentPanel::updateActions);
    connect(m_remove, &QPushButton::clicked, this, &PaymentPanel::removeSelected);
    connect(back, &QPushButton::clicked, this, &PaymentPanel::backRequested);
    connect(m_validate, &QPushButton::clicked, this, &PaymentPanel::validate);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        restartInput();
        updateActions();
    });
    connect(m_numpad, &NumpadWidget::digitPressed, this, [this](int digit) { applyAmount(m_input.digit(digit)); });
    connect(m_numpad, &NumpadWidget::decimalPointPressed, this, [this] { applyAmount(m_input.decimalPoint()); });
    connect(m_numpad, &NumpadWidget::backspacePressed, this, [this] { applyAmount(m_input.backspace()); });
    connect(m_numpad, &NumpadWidget::banknotePressed, this, [this](int majorUnits) {
        // Banknotes are cash: they never change a card line.
        const int row = selectedRow();
        if (row < 0 || m_payments.at(row).method != PaymentMethod::Cash)
            addPayment(PaymentMethod::Cash);
        qint64 scale = 1;
        for (int i = 0; i < m_input.priceDecimals(); ++i)
            scale *= 10;
        applyAmount(m_input.add(majorUnits * scale));
    });
}

void PaymentPanel::start(const QUuid &orderUid)
{
    m_orderUid = orderUid;
    m_payments.clear();
    m_table->setCurrentCell(-1, -1);
    m_orderLines->setRowCount(0);
    m_orderTitle->clear();
    if (const Order *order = m_book->order(orderUid)) {
        m_input = NumpadInput(Money::precision(order->currency));
        QStringList name;
        if (const ExtensionRegistry *extensions = m_book->extensions())
            name = extensions->orderTags(*order);
        name << (order->ticketNumber > 0 ? tr("Order #%1").arg(order->ticketNumber)
                                         : tr("New order %1").arg(order->receiptReference));
        m_orderTitle->setText(name.join(QStringLiteral(" · ")));
        const QLocale locale;
        m_orderLines->setRowCount(int(order->lines.size()));
        for (int row = 0; row < order->lines.size(); ++row) {
            const OrderLine &line = order->lines.at(row);
            auto *what = new QTableWidgetItem(tr("%1 × %2").arg(ReceiptText::quantity(line.quantity, locale),
                                                                  line.productName));
            auto *amount = new QTableWidgetItem(Money(line.amounts().total, order->currency).toString(locale));
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_orderLines->setItem(row, 0, what);
            m_orderLines->setItem(row, 1, amount);
        }
    }
    refresh();
}

int PaymentPanel::selectedRow() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_payments.size() ? row : -1;
}

void PaymentPanel::setMethods(bool card, const QList<OtherPaymentMethod> &others)
{
    m_card->setVisible(card);
    qDeleteAll(m_otherButtons);
    m_otherButtons.clear();
    for (const OtherPaymentMethod &method : others) {
        QPushButton *button = bigButton(method.name, QStringLiteral("method:") + method.id, this);
        Payment kind;
        kind.method = PaymentMethod::Other;
        kind.otherId = method.id;
        kind.otherName = method.name;
        kind.givesChange = method.givesChange;
        connect(button, &QPushButton::clicked, this, [this, kind] { addPayment(kind); });
        const int at = int(m_otherButtons.size()) + 2;
        m_methods->addWidget(button, at / 2, at % 2);
        m_otherButtons.append(button);
    }
    updateActions();
}

void PaymentPanel::addPayment(PaymentMethod method)
{
    Payment kind;
    kind.method = method;
    addPayment(kind);
}

void PaymentPanel::addPayment(const Payment &kind)
{
    const Order *order = m_book->order(m_orderUid);
    if (!order || !m_book->isEditable(m_orderUid))
        return;
    Payment payment = kind;
    payment.uid = QUuid::createUuid();
    const qint64 total = order->total();
    // A return (negative total) is paid out: the payment line takes the negative rest.
    payment.amount = total < 0 ? total - paymentBalance(total, m_payments).paid
                               : paymentBalance(total, m_payments).remaining;
    m_payments.append(payment);
    refresh();
    m_table->setCurrentCell(m_payments.size() - 1, 0);
}

void PaymentPanel::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_payments.removeAt(row);
    refresh();
    if (!m_payments.isEmpty())
        m_table->setCurrentCell(qMin(row, m_payments.size() - 1), 0);
    restartInput();
    refresh();
}

// The numpad edits the amount's size; its sign follows the order total.
int PaymentPanel::sign() const
{
    const Order *order = m_book->order(m_orderUid);
    return order && order->total() < 0 ? -1 : 1;
}

void PaymentPanel::restartInput()
{
    const int row = selectedRow();
    m_input.start(NumpadInput::Mode::Price, row < 0 ? 0 : qAbs(m_payments.at(row).amount));
}

void PaymentPanel::applyAmount(const NumpadInput::Outcome &outcome)
{
    const int row = selectedRow();
    if (row < 0 || outcome.action != NumpadInput::Action::SetValue)
        return;
    m_payments[row].amount = sign() * outcome.value;
    refresh();
}

bool PaymentPanel::validate()
{
    if (!m_validate->isEnabled())
        return false;
    QList<Payment> payments;
    for (const Payment &payment : std::as_const(m_payments)) {
        if (payment.amount != 0)
            payments.append(payment);
    }
    if (!m_book->pay(m_orderUid, payments)) {
        emit problem(m_book->lastError());
        return false;
    }
    return true;
}

void PaymentPanel::refresh()
{
    const Order *order = m_book->order(m_orderUid);
    const QString currency = order ? order->currency : QString();
    const QLocale locale;
    auto money = [&](qint64 minor) { return Money(minor, currency).toString(locale); };
    const qint64 total = order ? order->total() : 0;
    m_due->setText(tr("Due %1").arg(money(total)));

    {
        // Rebuilding rows moves the current cell; its handler must not run mid-rebuild.
        const QSignalBlocker blocker(m_table);
        const int current = m_table->currentRow();
        m_table->setRowCount(m_payments.size());
        for (int row = 0; row < m_payments.size(); ++row) {
            const Payment &payment = m_payments.at(row);
            auto *method = new QTableWidgetItem(ReceiptText::methodName(payment));
            auto *amount = new QTableWidgetItem(money(payment.amount));
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, 0, method);
            m_table->setItem(row, 1, amount);
        }
        if (current >= 0 && current < m_payments.size())
            m_table->setCurrentCell(current, 0);
    }

    const PaymentBalance balance = paymentBalance(total, m_payments);
    QString summary = tr("Paid %1").arg(money(balance.paid));
    if (!balance.covered)
        summary += QStringLiteral("   ") + tr("Remaining %1").arg(money(balance.remaining));
    else
        summary += QStringLiteral("   ") + tr("Change %1").arg(money(balance.change));
    if (balance.changeExceedsCash)
        summary += QLatin1Char('\n') + tr("Change can only be given for cash and the methods that give change.");
    m_summary->setText(summary);
    updateActions();
}

void PaymentPanel::updateActions()
{
    const Order *order = m_book->order(m_orderUid);
    const qint64 total = order ? order->total() : 0;
    const QString readOnly = m_orderUid.isNull() ? QString() : m_book->whyReadOnly(m_orderUid);
    const bool editable = readOnly.isEmpty();
    m_readOnly->setText(readOnly);
    m_readOnly->setVisible(!editable);
    // Nothing to pay (a fully discounted order) validates without a payment line.
    m_validate->setEnabled(editable && order && paymentBalance(total, m_payments).canValidate()
                           && (!m_payments.isEmpty() || total == 0));
    m_cash->setEnabled(editable);
    m_card->setEnabled(editable);
    for (QPushButton *button : std::as_const(m_otherButtons))
        button->setEnabled(editable);
    m_remove->setEnabled(editable && selectedRow() >= 0);
    m_numpad->setEnabled(editable && selectedRow() >= 0);
}
