#include "prompts.h"

#include "printing.h"
#include "producteditor.h"
#include "settingsdialog.h"
#include "touchdialogs.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

bool DialogPrompts::confirm(QWidget *parent, const QString &title, const QString &text)
{
    MessageDialog dialog(parent, title, text, true);
    return dialog.exec() == QDialog::Accepted;
}

bool DialogPrompts::askText(QWidget *parent, const QString &title, const QString &label, QString *value)
{
    TextDialog dialog(parent, title, label, *value, false);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *value = dialog.text();
    return true;
}

bool DialogPrompts::askLongText(QWidget *parent, const QString &title, const QString &label, QString *value)
{
    TextDialog dialog(parent, title, label, *value, true);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *value = dialog.text();
    return true;
}

bool DialogPrompts::askNumber(QWidget *parent, const QString &title, const QString &label, int minimum, int maximum,
                              int *value)
{
    NumberDialog dialog(parent, title, label, minimum, maximum, *value);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *value = dialog.value();
    return true;
}

bool DialogPrompts::askChoice(QWidget *parent, const QString &title, const QString &label, const QStringList &choices,
                              QString *choice)
{
    ChoiceDialog dialog(parent, title, label, choices);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *choice = dialog.choice();
    return true;
}

bool DialogPrompts::askPin(QWidget *parent, QString *pin)
{
    NumberDialog dialog(parent, QCoreApplication::translate("Prompts", "Manager access"),
                        QCoreApplication::translate("Prompts", "Manager PIN:"), 8);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *pin = dialog.text();
    return true;
}

bool DialogPrompts::askMoney(QWidget *parent, const QString &title, const QString &label, const QString &currency,
                             qint64 *amount)
{
    MoneyDialog dialog(parent, title, label, currency, *amount);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *amount = dialog.amount();
    return true;
}

void DialogPrompts::inform(QWidget *parent, const QString &title, const QString &text)
{
    MessageDialog dialog(parent, title, text, false);
    dialog.exec();
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
    view->setObjectName(QStringLiteral("documentText"));
    // As long as the report, up to most of the screen; a longer one scrolls.
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const int lines = int(text.count(QLatin1Char('\n'))) + 2;
    const int height = qMin(lines * view->fontMetrics().lineSpacing() + 16,
                            screen ? screen->availableGeometry().height() * 3 / 4 : 420);
    view->setMinimumSize(view->fontMetrics().horizontalAdvance(QString(48, QLatin1Char('M'))), qMax(height, 240));
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
                                 ExtensionContext *context, ServerHost *host)
{
    SettingsDialog dialog(terminal, parent, extensions, context, host);
    return dialog.exec() == QDialog::Accepted;
}

void DialogPrompts::editProducts(QWidget *parent, Terminal *terminal)
{
    ProductEditor editor(terminal, parent);
    editor.exec();
}
