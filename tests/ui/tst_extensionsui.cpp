#include "extensionregistry.h"
#include "fakeprompts.h"
#include "windowdriver.h"
#include "floorplan.h"
#include "floorsettingspage.h"
#include "floorview.h"
#include "mainwindow.h"
#include "orderlinesmodel.h"
#include "orderselector.h"
#include "orderwidget.h"
#include "paymentpanel.h"
#include "productpanel.h"
#include "receiptpanel.h"
#include "restaurantextension.h"
#include "settingsdialog.h"
#include "tables.h"
#include "terminal.h"

#include <QFile>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

// The terminal's window running the notes plugin and the restaurant extension.
class TestExtensionsUi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void noteOnALineShowsInTheOrderAndOnTheReceipt();
    void floorViewIsTheStartScreenAndOpensTables();
    void settingsListExtensionsAndEditTheFloorPlan();
    void withoutExtensionsTheWindowIsPlain();
    void extensionControlsRefuseAReadOnlyOrder();

private:
    void startWindow(const QStringList &enabled);
    void clickProduct(const QString &name);
    void click(QWidget *scope, const QString &objectName);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Terminal> m_terminal;
    std::unique_ptr<ExtensionRegistry> m_registry;
    FakePrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

void TestExtensionsUi::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<QTemporaryDir>();
    m_terminal = std::make_unique<Terminal>();
    QVERIFY(m_terminal->open(m_dir->filePath("profile")));
    QVERIFY(m_terminal->openSession("Alice"));
    m_prompts = FakePrompts();
    m_registry = std::make_unique<ExtensionRegistry>();
    QVERIFY(m_registry->add(std::make_unique<RestaurantExtension>()));
    // A broken file beside the real plugin: reported, and the terminal still starts.
    QVERIFY(QFile::copy(NOTES_PLUGIN, m_dir->filePath("tandem-notes.so")));
    QFile broken(m_dir->filePath("libbroken.so"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("garbage");
    broken.close();
    m_registry->loadPlugins(m_dir->path());
    QCOMPARE(m_registry->problems().size(), 1);
}

void TestExtensionsUi::startWindow(const QStringList &enabled)
{
    m_registry->setEnabled(enabled);
    m_window = std::make_unique<MainWindow>(m_terminal.get(), &m_prompts, nullptr, m_registry.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestExtensionsUi::cleanup()
{
    m_window.reset();
    m_terminal.reset();
    m_registry.reset();
    m_dir.reset();
}

void TestExtensionsUi::clickProduct(const QString &name)
{
    QVERIFY2(::clickProduct(m_window.get(), name), qPrintable(name));
}

void TestExtensionsUi::click(QWidget *scope, const QString &objectName)
{
    auto *button = scope->findChild<QAbstractButton *>(objectName);
    QVERIFY2(button, qPrintable(objectName));
    QVERIFY2(button->isEnabled() && button->isVisible(), qPrintable(objectName + " cannot be clicked"));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestExtensionsUi::noteOnALineShowsInTheOrderAndOnTheReceipt()
{
    startWindow({"notes"});
    QVERIFY(!m_window->startScreen());
    clickProduct("Cola 0.33 l");
    clickProduct("Croissant");
    const QUuid orderUid = m_window->currentOrder();
    const QUuid croissant = m_window->orderWidget()->selectedLine();

    m_prompts.textAnswers = {"  warm it up  "};
    click(m_window->orderWidget(), "noteButton");
    const Order *order = m_terminal->orders().order(orderUid);
    QCOMPARE(order->lines.at(1).extensions.value("notes.text").toString(), QStringLiteral("warm it up"));
    const QModelIndex row = m_window->orderWidget()->linesModel()->indexOfLine(croissant);
    QCOMPARE(row.data(OrderLinesModel::ExtensionTextRole).toStringList(), QStringList{"warm it up"});

    // The menu's order note shows under the lines.
    auto *noteButton = m_window->orderWidget()->findChild<QToolButton *>("noteButton");
    m_prompts.textAnswers = {"table by the window"};
    noteButton->menu()->findChild<QAction *>("orderNoteAction")->trigger();
    auto *orderText = m_window->orderWidget()->findChild<QLabel *>("orderExtensionText");
    QCOMPARE(orderText->text(), QStringLiteral("Note: table by the window"));
    QVERIFY(orderText->isVisible());

    // A note longer than allowed changes nothing and says why.
    m_prompts.textAnswers = {QString(300, 'x')};
    click(m_window->orderWidget(), "noteButton");
    QCOMPARE(m_terminal->orders().order(orderUid)->lines.at(1).extensions.value("notes.text").toString(),
             QStringLiteral("warm it up"));
    QVERIFY(m_window->statusBar()->currentMessage().contains("at most 200"));

    click(m_window->orderWidget(), "payButton");
    click(m_window->paymentPanel(), "cashButton");
    click(m_window->paymentPanel(), "numpad_5");
    click(m_window->paymentPanel(), "validateButton");
    const QString receipt = m_window->receiptPanel()->receiptText();
    QVERIFY2(receipt.contains("Note: table by the window\n"), qPrintable(receipt));
    QVERIFY2(receipt.contains("  Note: warm it up\n"), qPrintable(receipt));
}

void TestExtensionsUi::floorViewIsTheStartScreenAndOpensTables()
{
    FloorPlan plan;
    plan.floors = {{"Main room", {"T1", "T2"}}, {"Terrace", {"Z1"}}};
    QString error;
    QVERIFY(m_terminal->sharedDocuments().set(FloorPlan::documentKey(), plan.toJson(), &error));
    startWindow({"notes", "restaurant"});
    auto *floors = qobject_cast<FloorView *>(m_window->startScreen());
    QVERIFY(floors);
    QCOMPARE(m_window->currentPage(), floors);
    QVERIFY(floors->tableButton("T1")->text().contains("Free"));

    m_prompts.numberAnswers = {4};
    QTest::mouseClick(floors->tableButton("T1"), Qt::LeftButton);
    QVERIFY(m_window->currentPage() != floors && m_window->orderWidget()->isVisible());
    const QUuid uid = m_window->currentOrder();
    QCOMPARE(Tables::tableOf(*m_terminal->orders().order(uid)), QStringLiteral("T1"));
    QCOMPARE(m_window->orderWidget()->findChild<QLabel *>("orderExtensionText")->text(),
             QStringLiteral("Table T1 · 4 guest(s)"));
    QTabBar *tabs = m_window->orderSelector()->tabBar();
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("New · Table T1"));
    clickProduct("Cola 0.33 l");
    QCOMPARE(m_window->orderWidget()->findChild<QPushButton *>("sendToKitchenButton")->text(),
             QStringLiteral("Send to kitchen (1)"));
    click(m_window->orderWidget(), "sendToKitchenButton");
    QCOMPARE(Tables::unsentLines(*m_terminal->orders().order(uid)), 0);

    // Back on the floor plan the table shows its ticket; tapping it again opens the same order.
    click(m_window->currentPage(), "startScreenButton");
    QCOMPARE(m_window->currentPage(), floors);
    QVERIFY2(floors->tableButton("T1")->text().contains("#1 · 4 guest(s)\n2.50 €"), qPrintable(floors->tableButton("T1")->text()));
    QTest::mouseClick(floors->tableButton("T1"), Qt::LeftButton);
    QCOMPARE(m_window->currentOrder(), uid);

    // Move to another table.
    m_prompts.choiceAnswers = {"Z1"};
    click(m_window->orderWidget(), "tableButton");
    QCOMPARE(Tables::tableOf(*m_terminal->orders().order(uid)), QStringLiteral("Z1"));
    QVERIFY(floors->tableButton("T1")->text().contains("Free"));
    QVERIFY(floors->tableButton("Z1")->text().contains("#1"));
}

void TestExtensionsUi::settingsListExtensionsAndEditTheFloorPlan()
{
    startWindow({"restaurant"});
    SettingsDialog dialog(m_terminal.get(), m_window.get(), m_registry.get(), m_window->extensionContext());
    auto *list = dialog.findChild<QListWidget *>("extensionList");
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    QVERIFY(dialog.findChild<QLabel *>("extensionProblems")->text().contains("libbroken.so: not a Qt plugin"));
    auto *page = dialog.findChild<FloorSettingsPage *>();
    QVERIFY(page);
    QTableWidget *table = page->table();
    table->insertRow(0);
    table->setItem(0, 0, new QTableWidgetItem("Garden"));
    table->setItem(0, 1, new QTableWidgetItem("G1, G2, G1"));
    QVERIFY(!dialog.apply());
    QVERIFY(dialog.errorText().contains("named twice"));
    QVERIFY(m_terminal->sharedDocuments().value(FloorPlan::documentKey()).isUndefined());
    table->item(0, 1)->setText("G1, G2, G3");
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setCheckState(Qt::Checked);
    QVERIFY2(dialog.apply(), qPrintable(dialog.errorText()));
    FloorPlan saved;
    QString error;
    QVERIFY(FloorPlan::fromJson(m_terminal->sharedDocuments().value(FloorPlan::documentKey()), &saved, &error));
    QCOMPARE(saved.allTables(), (QStringList{"G1", "G2", "G3"}));
    QCOMPARE(*m_terminal->settings().enabledExtensions, (QStringList{"restaurant", "notes"}));
    auto *floors = qobject_cast<FloorView *>(m_window->startScreen());
    QVERIFY(floors->tableButton("G3"));
}

void TestExtensionsUi::withoutExtensionsTheWindowIsPlain()
{
    startWindow({});
    QVERIFY(!m_window->startScreen());
    QVERIFY(!m_window->orderWidget()->findChild<QToolButton *>("noteButton"));
    QVERIFY(!m_window->findChild<QPushButton *>("startScreenButton")->isVisible());
    clickProduct("Cola 0.33 l");
    QVERIFY(!m_terminal->orders().setOrderExtension(m_window->currentOrder(), "notes.text", "x"));
}

// Offline, a table order another terminal opened is read-only: no extension control
// opens a dialog or changes it, and each says why.
void TestExtensionsUi::extensionControlsRefuseAReadOnlyOrder()
{
    startWindow({"notes", "restaurant"});
    Order shared = terraceOrder(4, "COL", "Cola 0.33 l", 250);
    shared.revision = 2;
    shared.extensions = {{Tables::tableKey(), "T1"}, {Tables::guestsKey(), 2}};
    const OrderLine line = shared.lines.first();
    QVERIFY(m_terminal->orders().adoptServerOrder(shared));
    m_window->extensionContext()->showOrder(shared.uid);
    m_window->orderWidget()->selectLine(line.uid);
    m_terminal->orders().setServerReachable(false);
    const QString reason = m_terminal->orders().whyReadOnly(shared.uid);
    QVERIFY(!reason.isEmpty());

    for (const char *name : {"noteButton", "tableButton", "guestsButton", "sendToKitchenButton"}) {
        auto *button = m_window->orderWidget()->findChild<QAbstractButton *>(name);
        QVERIFY2(button && !button->isEnabled(), name);
    }
    auto *noteButton = m_window->orderWidget()->findChild<QToolButton *>("noteButton");
    m_prompts.textAnswers = {"should not land"};
    for (const char *action : {"lineNoteAction", "orderNoteAction"}) {
        noteButton->menu()->findChild<QAction *>(action)->trigger();
        QVERIFY2(m_prompts.asked.isEmpty(), action);
        QCOMPARE(m_window->statusBar()->currentMessage(), reason);
        m_window->statusBar()->clearMessage();
    }
    QCOMPARE(m_terminal->orders().order(shared.uid)->extensions, shared.extensions);
    QVERIFY(m_terminal->orders().order(shared.uid)->lines.first().extensions.isEmpty());
}

QTEST_MAIN(TestExtensionsUi)
#include "tst_extensionsui.moc"
