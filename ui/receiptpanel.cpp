#include "receiptpanel.h"

#include "printing.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReceiptPanel::ReceiptPanel(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Payment complete"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title, 0, Qt::AlignHCenter);

    m_text->setObjectName(QStringLiteral("receiptText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int width = m_text->fontMetrics().horizontalAdvance(QString(46, QLatin1Char('M')));
    m_text->setFixedWidth(width);
    layout->addWidget(m_text, 1, Qt::AlignHCenter);

    auto *buttons = new QHBoxLayout;
    auto *print = new QPushButton(tr("Print…"), this);
    print->setObjectName(QStringLiteral("printReceiptButton"));
    auto *pdf = new QPushButton(tr("Save as PDF…"), this);
    pdf->setObjectName(QStringLiteral("pdfReceiptButton"));
    auto *next = new QPushButton(tr("Next order (Enter)"), this);
    next->setObjectName(QStringLiteral("nextOrderButton"));
    for (QPushButton *button : {print, pdf, next}) {
        button->setMinimumHeight(52);
        buttons->addWidget(button);
    }
    layout->addLayout(buttons);

    connect(print, &QPushButton::clicked, this, [this] { Printing::printWithDialog(this, m_text->toPlainText()); });
    connect(pdf, &QPushButton::clicked, this, [this] {
        Printing::saveAsPdfWithDialog(this, m_text->toPlainText(), tr("receipt-%1.pdf").arg(m_receiptNumber));
    });
    connect(next, &QPushButton::clicked, this, &ReceiptPanel::nextOrderRequested);
}

void ReceiptPanel::showReceipt(const QUuid &orderUid, const QString &text, const QString &receiptNumber)
{
    m_orderUid = orderUid;
    m_receiptNumber = receiptNumber;
    m_text->setPlainText(text);
}

QString ReceiptPanel::receiptText() const
{
    return m_text->toPlainText();
}
