#include "notesextension.h"

#include "orderbook.h"

#include <QMenu>
#include <QToolButton>

namespace {

QString noteOf(const QJsonObject &fields)
{
    return fields.value(NotesExtension::key()).toString();
}

} // namespace

QList<ExtensionField> NotesExtension::fields() const
{
    return {{ExtensionScope::Order, key()}, {ExtensionScope::Line, key()}};
}

QString NotesExtension::checkValue(ExtensionScope, const QString &, const QJsonValue &value) const
{
    if (value.isNull())
        return {};
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return tr("A note is text; clear it to remove it.");
    if (value.toString().size() > MaxLength)
        return tr("A note can have at most %1 characters.").arg(MaxLength);
    return {};
}

QStringList NotesExtension::orderText(const Order &order, ExtensionText) const
{
    const QString note = noteOf(order.extensions);
    return note.isEmpty() ? QStringList() : QStringList{tr("Note: %1").arg(note)};
}

QStringList NotesExtension::lineText(const OrderLine &line, ExtensionText where) const
{
    const QString note = noteOf(line.extensions);
    if (note.isEmpty())
        return {};
    // On screen the line is one row: keep the note on it.
    return {where == ExtensionText::OrderWidget ? QString(note).replace(QLatin1Char('\n'), QLatin1Char(' '))
                                                : tr("Note: %1").arg(note)};
}

QWidget *NotesExtension::createOrderControl(ExtensionContext *context, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("noteButton"));
    button->setFocusPolicy(Qt::NoFocus);
    button->setMinimumHeight(40);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(button);
    QAction *lineNote = menu->addAction(tr("Note on the selected line…"));
    lineNote->setObjectName(QStringLiteral("lineNoteAction"));
    QAction *orderNote = menu->addAction(tr("Note on the order…"));
    orderNote->setObjectName(QStringLiteral("orderNoteAction"));
    button->setMenu(menu);
    button->setText(tr("Note…"));
    QObject::connect(lineNote, &QAction::triggered, button, [context] { editNote(context, true); });
    QObject::connect(orderNote, &QAction::triggered, button, [context] { editNote(context, false); });
    // A plain click notes the selected line, or the order when no line is selected.
    QObject::connect(button, &QToolButton::clicked, button, [context] {
        editNote(context, !context->selectedLine().isNull());
    });
    return button;
}

void NotesExtension::editNote(ExtensionContext *context, bool onLine)
{
    OrderBook *book = context->book();
    const QUuid orderUid = context->currentOrder();
    const QUuid lineUid = context->selectedLine();
    if (!context->mayChange(orderUid))
        return;
    const Order *order = book->order(orderUid);
    if (onLine && lineUid.isNull()) {
        context->showMessage(tr("Select a line to note."));
        return;
    }
    const int index = order->lineIndex(lineUid);
    QString text = onLine ? (index < 0 ? QString() : noteOf(order->lines.at(index).extensions)) : noteOf(order->extensions);
    const QString label = onLine && index >= 0 ? tr("Note on %1:").arg(order->lines.at(index).productName)
                                               : tr("Note on the order:");
    if (!context->askText(tr("Note"), label, &text, true))
        return;
    text = text.trimmed();
    const QJsonValue value = text.isEmpty() ? QJsonValue() : QJsonValue(text);
    // The dialog ran an event loop: the book checks the order and line again.
    const bool stored = onLine ? book->setLineExtension(orderUid, lineUid, key(), value)
                               : book->setOrderExtension(orderUid, key(), value);
    if (!stored)
        context->showMessage(book->lastError());
}
