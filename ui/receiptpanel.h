#pragma once

#include <QUuid>
#include <QWidget>

class QPlainTextEdit;

// The receipt of the order just paid, to print or save, then on to a fresh order.
class ReceiptPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiptPanel)

public:
    explicit ReceiptPanel(QWidget *parent = nullptr);

    void showReceipt(const QUuid &orderUid, const QString &text, const QString &receiptNumber);
    QUuid orderUid() const { return m_orderUid; }
    QString receiptText() const;

signals:
    void nextOrderRequested();

private:
    QPlainTextEdit *m_text;
    QUuid m_orderUid;
    QString m_receiptNumber;
};
