#include "prompts.h"

#include "printing.h"
#include "settingsdialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QInputDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

bool DialogPrompts::confirm(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

bool DialogPrompts::askText(QWidget *parent, const QString &title, const QString &label, QString *value)
{
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, *value, &ok);
    if (ok)
        *value = answer;
    return ok;
}

bool DialogPrompts::askLongText(QWidget *parent, const QString &title, const QString &label, QString *value)
{
    bool ok = false;
    const QString answer = QInputDialog::getMultiLineText(parent, title, label, *value, &ok);
    if (ok)
        *value = answer;
    return ok;
}

bool DialogPrompts::askNumber(QWidget *parent, const QString &title, const QString &label, int minimum, int maximum,
                              int *value)
{
    bool ok = false;
    const int answer = QInputDialog::getInt(parent, title, label, *value, minimum, maximum, 1, &ok);
    if (ok)
        *value = answer;
    return ok;
}

bool DialogPrompts::askChoice(QWidget *parent, const QString &title, const QString &label, const QStringList &choices,
                              QString *choice)
{
    bool ok = false;
    const QString answer = QInputDialog::getItem(parent, title, label, choices, qMax(0, choices.indexOf(*choice)), false, &ok);
    if (ok)
        *choice = answer;
    return ok;
}

bool DialogPrompts::askPin(QWidget *parent, QString *pin)
{
    bool ok = false;
    *pin = QInputDialog::getText(parent, QCoreApplication::translate("Prompts", "Manager access"),
                                 QCoreApplication::translate("Prompts", "Manager PIN:"), QLineEdit::Password,
                                 QString(), &ok, Qt::WindowFlags(), Qt::ImhDigitsOnly);
    return ok;
}

void DialogPrompts::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void DialogPrompts::showDocument(QWidget *parent, const QString &title, const QString &text)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *view = new QPlainTextEdit(&dialog);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setPlainText(text);
    view->setMinimumSize(view->fontMetrics().horizontalAdvance(QString(48, QLatin1Char('M'))), 420);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *print = buttons->addButton(QCoreApplication::translate("Prompts", "Print…"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(QCoreApplication::translate("Prompts", "Save as PDF…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(print, &QPushButton::clicked, &dialog, [&] { Printing::printWithDialog(&dialog, text); });
    QObject::connect(pdf, &QPushButton::clicked, &dialog, [&] {
        Printing::saveAsPdfWithDialog(&dialog, text, QCoreApplication::translate("Prompts", "closing-report.pdf"));
    });
    dialog.exec();
}

bool DialogPrompts::editSettings(QWidget *parent, Terminal *terminal, ExtensionRegistry *extensions,
                                 ExtensionContext *context)
{
    SettingsDialog dialog(terminal, parent, extensions, context);
    return dialog.exec() == QDialog::Accepted;
}
