#include "uimap.h"

#include <QAbstractButton>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QWidget>

namespace {

// Often enough to follow a cashier's taps, rarely enough to cost nothing.
constexpr int IntervalMs = 100;

QJsonObject entry(const QString &name, const QWidget *widget, const QRect &local, const QString &text)
{
    const QPoint topLeft = widget->mapToGlobal(local.topLeft());
    return {{QStringLiteral("name"), name},
            {QStringLiteral("tip"), widget->toolTip()},
            {QStringLiteral("class"), QString::fromLatin1(widget->metaObject()->className())},
            {QStringLiteral("x"), topLeft.x()},
            {QStringLiteral("y"), topLeft.y()},
            {QStringLiteral("w"), local.width()},
            {QStringLiteral("h"), local.height()},
            {QStringLiteral("enabled"), widget->isEnabled()},
            {QStringLiteral("text"), text}};
}

QString textOf(const QWidget *widget)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return label->text();
    // A PIN typed into a hidden field stays out of the map.
    if (const auto *field = qobject_cast<const QLineEdit *>(widget))
        return field->echoMode() == QLineEdit::Normal ? field->text() : QString(field->text().size(), QLatin1Char('*'));
    if (const auto *bar = qobject_cast<const QStatusBar *>(widget))
        return bar->currentMessage();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget))
        return text->toPlainText();
    return {};
}

void collect(const QWidget *widget, QJsonArray *out)
{
    if (!widget->isVisible())
        return;
    QString name = widget->objectName();
    const auto *button = qobject_cast<const QAbstractButton *>(widget);
    if (name.isEmpty() && button && !button->text().isEmpty())
        name = QStringLiteral("button:") + QString(button->text()).remove(QLatin1Char('&'));
    // Only what can be seen: a button scrolled out of its area is not there to tap.
    const QRect seen = widget->visibleRegion().boundingRect();
    if (!name.isEmpty() && !name.startsWith(QLatin1String("qt_")) && !seen.isEmpty())
        out->append(entry(name, widget, seen, textOf(widget)));
    if (const auto *grid = qobject_cast<const QListView *>(widget)) {
        const QAbstractItemModel *model = grid->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const QRect rect = grid->visualRect(index).intersected(grid->viewport()->rect());
            if (!rect.isEmpty())
                out->append(entry(QStringLiteral("product:") + index.data().toString(), grid->viewport(), rect,
                                  index.data().toString()));
        }
    }
    if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            QJsonObject tab = entry(QStringLiteral("tab:%1").arg(i), tabs, tabs->tabRect(i), tabs->tabText(i));
            tab.insert(QStringLiteral("current"), i == tabs->currentIndex());
            out->append(tab);
        }
    }
    for (const QObject *child : widget->children()) {
        if (const auto *childWidget = qobject_cast<const QWidget *>(child); childWidget && !childWidget->isWindow())
            collect(childWidget, out);
    }
}

} // namespace

UiMap::UiMap(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &UiMap::write);
    m_timer->start(IntervalMs);
}

QByteArray UiMap::snapshot()
{
    QJsonArray windows;
    const QList<QWidget *> topLevels = QApplication::topLevelWidgets();
    for (const QWidget *window : topLevels) {
        if (!window->isVisible())
            continue;
        QJsonArray widgets;
        collect(window, &widgets);
        windows.append(QJsonObject{{QStringLiteral("title"), window->windowTitle()},
                                   {QStringLiteral("class"), QString::fromLatin1(window->metaObject()->className())},
                                   {QStringLiteral("modal"), window->isModal()},
                                   {QStringLiteral("active"), window->isActiveWindow()},
                                   {QStringLiteral("widgets"), widgets}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("windows"), windows}}).toJson(QJsonDocument::Compact);
}

void UiMap::write()
{
    const QByteArray map = snapshot();
    if (map == m_written)
        return;
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && file.write(map) == map.size() && file.commit())
        m_written = map;
}
