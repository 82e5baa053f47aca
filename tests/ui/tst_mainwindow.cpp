#include "fakeprompts.h"
#include "windowdriver.h"
#include "mainwindow.h"
#include "orderlinesmodel.h"
#include "orderselector.h"
#include "orderwidget.h"
#include "paymentpanel.h"
#include "producteditor.h"
#include "productpanel.h"
#include "receiptpanel.h"
#include "receipttext.h"
#include "terminal.h"
#include "terminalsync.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sellPayAndCloseSession();
    void everyTapCounts_data();
    void everyTapCounts();
    void fastCategoryTaps();
    void screenUsesItsSpace_data();
    void screenUsesItsSpace();
    void barcodeScannerInput();
    void numpadBackspaceRemovesLine();
    void deletingAnOrderAsksFirst();
    void settingsNeedTheManagerPin();
    void paymentScreenSurvivesRepeatedUse();
    void returnOrderIsPaidOut();
    void shopsOwnPaymentMethods();
    void productEditor();
    void deleteKeyInEmptySearchRemovesLine();
    void customerNameShowsAtOnce();
    void shortcutsOnlyActOnTheSalePage();
    void closingNeedsTheManagerPin();
    void serverOrdersAreReadOnlyOffline();
    void readOnlyOrderRefusesEveryPath();
    void readOnlyWhilePaying();
    void incomingOrderOptions_data();
    void incomingOrderOptions();

private:
    void clickProduct(const QString &name);
    void click(const QString &objectName);
    const Order *current() const;
    static Order serverOrder();
    // Shows a server order of another terminal and loses the server.
    Order showServerOrderOffline();
    QString lineText(int row, int column) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Terminal> m_terminal;
    FakePrompts m_prompts;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<QTemporaryDir>();
    m_terminal = std::make_unique<Terminal>();
    QVERIFY(m_terminal->open(m_dir->filePath("profile")));
    QVERIFY(m_terminal->openSession("Alice"));
    m_prompts = FakePrompts();
    m_window = std::make_unique<MainWindow>(m_terminal.get(), &m_prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_terminal.reset();
    m_dir.reset();
}

void TestMainWindow::clickProduct(const QString &name)
{
    QVERIFY2(::clickProduct(m_window.get(), name), qPrintable(name));
}

void TestMainWindow::click(const QString &objectName)
{
    auto *button = m_window->currentPage()->findChild<QAbstractButton *>(objectName);
    QVERIFY2(button, qPrintable(objectName));
    QVERIFY2(button->isEnabled(), qPrintable(objectName + " is disabled"));
    QVERIFY2(button->isVisible(), qPrintable(objectName + " is hidden"));
    QTest::mouseClick(button, Qt::LeftButton);
}

const Order *TestMainWindow::current() const
{
    return m_terminal->orders().order(m_window->currentOrder());
}

QString TestMainWindow::lineText(int row, int column) const
{
    return m_window->orderWidget()->linesModel()->index(row, column).data().toString();
}

void TestMainWindow::sellPayAndCloseSession()
{
    QTabBar *tabs = m_window->orderSelector()->tabBar();
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(tabs->tabText(0), QStringLiteral("New"));
    QVERIFY(!m_window->findChild<QPushButton *>("payButton")->isEnabled());

    clickProduct("Cola 0.33 l");
    clickProduct("Cola 0.33 l");
    clickProduct("Croissant");
    QCOMPARE(current()->lines.size(), 2);
    QCOMPARE(lineText(0, OrderLinesModel::QuantityColumn), QStringLiteral("2"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("#1"));
    // The line just added is selected and the numpad edits it.
    QCOMPARE(m_window->orderWidget()->selectedLine(), current()->lines.at(1).uid);
    click("numpad_3");
    QCOMPARE(current()->lines.at(1).quantity, 3000);
    click("numpad_disc");
    click("numpad_1");
    click("numpad_0");
    QCOMPARE(current()->lines.at(1).discount, 1000);
    QCOMPARE(lineText(1, OrderLinesModel::DiscountColumn), QStringLiteral("10 %"));
    click("numpad_qty");
    // 2 x 2.50 + 3 x 1.90 less 10 % = 5.00 + 5.13
    QCOMPARE(current()->total(), 1013);
    QCOMPARE(m_window->findChild<QLabel *>("totalLabel")->text(), QStringLiteral("Total 10.13 €"));

    click("payButton");
    QCOMPARE(m_window->currentPage(), m_window->paymentPanel());
    // What is paid is in sight: the order and its lines.
    QCOMPARE(m_window->paymentPanel()->findChild<QLabel *>("payingOrder")->text(), QStringLiteral("Order #1"));
    auto *paying = m_window->paymentPanel()->findChild<QTableWidget *>("payingLines");
    QCOMPARE(paying->rowCount(), 2);
    QCOMPARE(paying->item(0, 0)->text(), QStringLiteral("2 × Cola 0.33 l"));
    QCOMPARE(paying->item(1, 1)->text(), QStringLiteral("5.13 €"));
    auto *validate = m_window->findChild<QPushButton *>("validateButton");
    QVERIFY(!validate->isEnabled());
    click("cardButton");
    click("numpad_5");
    QVERIFY(!validate->isEnabled());
    QVERIFY(m_window->findChild<QLabel *>("paymentSummary")->text().contains("Remaining 5.13 €"));
    click("cashButton");
    click("numpad_2");
    click("numpad_0");
    QCOMPARE(m_window->findChild<QTableWidget *>("paymentLines")->rowCount(), 2);
    QVERIFY(m_window->findChild<QLabel *>("paymentSummary")->text().contains("Change 14.87 €"));
    click("validateButton");

    QCOMPARE(m_window->currentPage(), m_window->receiptPanel());
    const QString receipt = m_window->receiptPanel()->receiptText();
    QVERIFY2(receipt.contains(ReceiptText::columns("TOTAL", "10.13 €")), qPrintable(receipt));
    QVERIFY(receipt.contains(ReceiptText::columns("Card", "5.00 €")));
    QVERIFY(receipt.contains(ReceiptText::columns("Cash", "20.00 €")));
    QVERIFY(receipt.contains(ReceiptText::columns("Change", "14.87 €")));
    QVERIFY(receipt.contains("Discount 10 %"));
    QVERIFY(receipt.contains("Served by Alice"));

    click("nextOrderButton");
    QVERIFY(m_window->currentPage() != m_window->receiptPanel());
    // A copy of the receipt, from the session's receipts.
    m_prompts.choiceAnswers = {"T1-000001\n#1 · 10.13 €"};
    m_window->findChild<QMenuBar *>()->actions().at(1)->menu()->actions().at(0)->trigger();
    QCOMPARE(m_prompts.documents.size(), 1);
    QVERIFY2(m_prompts.documents.first().contains("Receipt T1-000001"), qPrintable(m_prompts.documents.first()));
    QVERIFY(m_prompts.documents.first().contains("COPY"));
    m_prompts.documents.clear();
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(tabs->tabText(0), QStringLiteral("New"));
    QVERIFY(current()->isEmpty());

    // A cash out before the close, then a second order left open, abandoned by the close.
    m_prompts.moneyAnswers = {200};
    m_prompts.textAnswers = {"Stamps"};
    m_window->findChild<QMenuBar *>()->actions().at(1)->menu()->actions().at(3)->trigger();
    QVERIFY2(m_window->statusBar()->currentMessage().contains("Cash out of 2.00 € recorded"),
             qPrintable(m_window->statusBar()->currentMessage()));
    clickProduct("Espresso");
    m_prompts.textAnswers = {};
    m_prompts.moneyAnswers = {300};
    m_window->closeSession();
    QCOMPARE(m_prompts.confirmations.size(), 1);
    QVERIFY(m_prompts.confirmations.first().contains("1 open order"));
    QCOMPARE(m_prompts.documents.size(), 1);
    const QString report = m_prompts.documents.first();
    QVERIFY2(report.contains(ReceiptText::columns("Paid orders", "1")), qPrintable(report));
    QVERIFY(report.contains(ReceiptText::columns("Abandoned open orders", "1")));
    QVERIFY(report.contains(ReceiptText::columns("Cash", "5.13 €")));
    QVERIFY(report.contains(ReceiptText::columns("Card", "5.00 €")));
    QVERIFY(report.contains(ReceiptText::columns("Total sales", "10.13 €")));
    // 5.00 at 19 % holds 0.80; 5.13 at 7 % holds 0.34.
    QVERIFY(report.contains(ReceiptText::columns("Total tax", "1.14 €")));
    // 5.13 cash taken, 2.00 out: 3.13 expected, 3.00 counted.
    QVERIFY(report.contains(ReceiptText::columns("Out: Stamps", "-2.00 €")));
    QVERIFY(report.contains(ReceiptText::columns("Expected in the drawer", "3.13 €")));
    QVERIFY(report.contains(ReceiptText::columns("Short", "-0.13 €")));
    QVERIFY(!m_terminal->session());
    QVERIFY(!m_window->isVisible());
}

void TestMainWindow::everyTapCounts_data()
{
    QTest::addColumn<Input>("input");
    QTest::addColumn<int>("gapMs");
    QTest::newRow("mouse, 50 ms apart") << Input::Mouse << 50;
    QTest::newRow("mouse, 250 ms apart") << Input::Mouse << 250;
    QTest::newRow("mouse, 600 ms apart") << Input::Mouse << 600;
    QTest::newRow("touch, 50 ms apart") << Input::Touch << 50;
    QTest::newRow("touch, 250 ms apart") << Input::Touch << 250;
}

// A busy cashier taps faster than the double-click interval: every tap is one more.
void TestMainWindow::everyTapCounts()
{
    QFETCH(Input, input);
    QFETCH(int, gapMs);
    for (int i = 0; i < 6; ++i)
        QVERIFY(tapProduct(m_window.get(), "Cola 0.33 l", gapMs, input));
    QCOMPARE(current()->lines.size(), 1);
    QCOMPARE(current()->lines.first().quantity, 6000);

    auto *one = m_window->currentPage()->findChild<QPushButton *>("numpad_1");
    tap(one, {}, gapMs, input);
    tap(one, {}, gapMs, input);
    tap(one, {}, gapMs, input);
    QCOMPARE(current()->lines.first().quantity, 111000);

    const int before = m_window->orderSelector()->tabBar()->count();
    auto *add = m_window->findChild<QToolButton *>("newOrderButton");
    tap(add, {}, gapMs, input);
    tap(add, {}, gapMs, input);
    QCOMPARE(m_window->orderSelector()->tabBar()->count(), before + 2);
}

void TestMainWindow::fastCategoryTaps()
{
    auto *all = m_window->findChild<QPushButton *>("category_all");
    auto *drinks = m_window->findChild<QPushButton *>("category_Soft drinks");
    QVERIFY(all && drinks);
    tap(drinks);
    tap(all);
    tap(drinks);
    QVERIFY(drinks->isChecked());
    QVERIFY(tapProduct(m_window.get(), "Cola 0.33 l"));
    QVERIFY(!tapProduct(m_window.get(), "Croissant"));
}

void TestMainWindow::screenUsesItsSpace_data()
{
    QTest::addColumn<QSize>("size");
    for (const QSize size : {QSize(800, 600), QSize(960, 760), QSize(1024, 768), QSize(1280, 800), QSize(1920, 1080)})
        QTest::newRow(qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height()))) << size;
}

// Money is never cut off, the product grid fills its width, every category stays in
// reach, and the total always names its currency.
void TestMainWindow::screenUsesItsSpace()
{
    QFETCH(QSize, size);
    QCOMPARE(m_window->findChild<QLabel *>("totalLabel")->text(), QStringLiteral("Total 0.00 €"));
    m_window->resize(size);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Wide numbers: 12 x 7.90, a price typed up to 1,234.56 and a discount.
    for (int i = 0; i < 12; ++i)
        QVERIFY(tapProduct(m_window.get(), "Garden salad", 300));
    QVERIFY(tapProduct(m_window.get(), "Espresso"));
    click("numpad_price");
    for (const char *key : {"numpad_1", "numpad_2", "numpad_3", "numpad_4", "numpad_point", "numpad_5", "numpad_6"})
        click(key);
    click("numpad_disc");
    click("numpad_5");
    for (int i = 0; i < 8; ++i)
        QVERIFY(tapProduct(m_window.get(), QStringList{"Cola 0.33 l", "Croissant", "Quiche", "Brownie"}.at(i % 4)));
    QTRY_VERIFY(m_window->findChild<QLabel *>("totalLabel")->text().contains("1,"));

    QTableView *lines = m_window->orderWidget()->linesView();
    QHeaderView *header = lines->horizontalHeader();
    const QFontMetrics metrics(lines->font());
    for (int column = OrderLinesModel::QuantityColumn; column < OrderLinesModel::ColumnCount; ++column) {
        for (int row = 0; row < lines->model()->rowCount(); ++row) {
            const QString text = lines->model()->index(row, column).data().toString();
            QVERIFY2(metrics.horizontalAdvance(text) < header->sectionSize(column),
                     qPrintable(QStringLiteral("\"%1\" in a column of %2 px").arg(text).arg(header->sectionSize(column))));
        }
    }
    const int end = header->sectionViewportPosition(OrderLinesModel::TotalColumn) + header->sectionSize(OrderLinesModel::TotalColumn);
    QVERIFY2(end <= lines->viewport()->width(), qPrintable(QStringLiteral("%1 > %2").arg(end).arg(lines->viewport()->width())));
    QVERIFY(header->sectionSize(OrderLinesModel::ProductColumn) >= metrics.horizontalAdvance("MMMM"));

    QListView *grid = m_window->productPanel()->grid();
    grid->doItemsLayout();
    int columns = 0;
    for (int row = 0; row < grid->model()->rowCount(); ++row)
        columns += grid->visualRect(grid->model()->index(row, 0)).top() == grid->visualRect(grid->model()->index(0, 0)).top();
    const int strip = grid->viewport()->width() - columns * grid->gridSize().width();
    QVERIFY2(strip < grid->gridSize().width() / 2, qPrintable(QStringLiteral("%1 px left beside %2 columns").arg(strip).arg(columns)));
    for (QPushButton *category : m_window->productPanel()->findChildren<QPushButton *>(QRegularExpression("^category_"))) {
        QCOMPARE(category->visibleRegion().boundingRect(), category->rect());
        QVERIFY(category->height() >= 44);
    }
}

void TestMainWindow::barcodeScannerInput()
{
    QLineEdit *search = m_window->productPanel()->searchField();
    search->setFocus();
    QTest::keyClicks(search, "4000177010012");
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(current()->lines.size(), 1);
    QCOMPARE(current()->lines.first().productId, QStringLiteral("COL"));
    QVERIFY(search->text().isEmpty());

    QTest::keyClicks(search, "12345678");
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(current()->lines.size(), 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains("Unknown barcode 12345678"));

    search->clear();
    QTest::keyClicks(search, "croiss");
    QCOMPARE(m_window->productPanel()->grid()->model()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(current()->lines.size(), 2);
    QCOMPARE(current()->lines.at(1).productId, QStringLiteral("CRO"));
}

void TestMainWindow::numpadBackspaceRemovesLine()
{
    clickProduct("Espresso");
    clickProduct("Pretzel");
    QCOMPARE(current()->lines.size(), 2);
    click("numpad_1");
    click("numpad_2");
    QCOMPARE(current()->lines.at(1).quantity, 12000);
    click("numpad_backspace");
    QCOMPARE(current()->lines.at(1).quantity, 1000);
    click("numpad_backspace");
    QCOMPARE(current()->lines.at(1).quantity, 0);
    click("numpad_backspace");
    QCOMPARE(current()->lines.size(), 1);
    // The remaining line is selected and editable; +/- makes it a return.
    QCOMPARE(m_window->orderWidget()->selectedLine(), current()->lines.first().uid);
    click("numpad_sign");
    QCOMPARE(current()->lines.first().quantity, -1000);
    QVERIFY(current()->total() < 0);
}

void TestMainWindow::deletingAnOrderAsksFirst()
{
    clickProduct("Espresso");
    const QUuid first = m_window->currentOrder();
    click("newOrderButton");
    QCOMPARE(m_window->orderSelector()->tabBar()->count(), 2);
    const QUuid second = m_window->currentOrder();
    QVERIFY(second != first);
    // An empty order goes without a question.
    click("deleteOrderButton");
    QCOMPARE(m_prompts.confirmations.size(), 0);
    QCOMPARE(m_window->currentOrder(), first);

    m_prompts.confirmAnswer = false;
    click("deleteOrderButton");
    QCOMPARE(m_prompts.confirmations.size(), 1);
    QVERIFY(m_terminal->orders().order(first));
    m_prompts.confirmAnswer = true;
    click("deleteOrderButton");
    QVERIFY(!m_terminal->orders().order(first));
    QCOMPARE(m_window->orderSelector()->tabBar()->count(), 1);
    QVERIFY(current() && current()->isEmpty());
}

void TestMainWindow::settingsNeedTheManagerPin()
{
    int opened = 0;
    m_prompts.settingsEditor = [&](Terminal *terminal) {
        ++opened;
        TerminalSettings settings = terminal->settings();
        settings.terminalName = "Terrace";
        return terminal->saveSettings(settings);
    };
    m_prompts.pinAnswer = "9999";
    m_window->openSettings();
    QCOMPARE(opened, 0);
    QCOMPARE(m_prompts.informed, QStringList({"Wrong PIN."}));
    m_prompts.pinAnswer = "1234";
    m_window->openSettings();
    QCOMPARE(opened, 1);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Terrace"));
}

void TestMainWindow::paymentScreenSurvivesRepeatedUse()
{
    for (int round = 0; round < 3; ++round) {
        clickProduct("Espresso");
        click("payButton");
        click("cashButton");
        click("backButton");
        QVERIFY(m_window->currentPage() != m_window->paymentPanel());
        click("payButton");
        click("cardButton");
        click("removePaymentButton");
        QCOMPARE(m_window->findChild<QTableWidget *>("paymentLines")->rowCount(), 0);
        click("cashButton");
        click("numpad_note_20");
        click("validateButton");
        QCOMPARE(m_window->currentPage(), m_window->receiptPanel());
        QVERIFY(m_window->receiptPanel()->receiptText().contains(ReceiptText::columns("Cash", "20.00 €")));
        click("nextOrderButton");
    }
    QCOMPARE(m_terminal->orders().orderUids().size(), 1);
}

void TestMainWindow::returnOrderIsPaidOut()
{
    clickProduct("Espresso");
    click("numpad_sign");
    QCOMPARE(current()->total(), -220);
    click("payButton");
    click("cashButton");
    QVERIFY(m_window->findChild<QPushButton *>("validateButton")->isEnabled());
    click("validateButton");
    QCOMPARE(m_window->currentPage(), m_window->receiptPanel());
    QVERIFY(m_window->receiptPanel()->receiptText().contains(ReceiptText::columns("Cash", "-2.20 €")));
}

// A voucher that gives change and one that does not, set up by the manager, on the
// payment screen and the receipt; card switched off.
void TestMainWindow::shopsOwnPaymentMethods()
{
    TerminalSettings settings = m_terminal->settings();
    settings.cardEnabled = false;
    settings.otherPaymentMethods = {{"voucher", "Gift voucher", true}, {"meal", "Meal ticket", false}};
    settings.shopAddress = "Main Street 1";
    settings.receiptFooter = "See you soon";
    QVERIFY(m_terminal->saveSettings(settings));
    clickProduct("Espresso");
    click("payButton");
    QVERIFY(!m_window->paymentPanel()->findChild<QPushButton *>("cardButton")->isVisible());
    click("method:meal");
    click("numpad_5");
    // A meal ticket keeps the rest: 5.00 for 2.20 cannot be validated.
    QVERIFY(!m_window->findChild<QPushButton *>("validateButton")->isEnabled());
    QVERIFY(m_window->findChild<QLabel *>("paymentSummary")->text().contains("methods that give change"));
    click("removePaymentButton");
    click("method:voucher");
    click("numpad_5");
    QVERIFY(m_window->findChild<QLabel *>("paymentSummary")->text().contains("Change 2.80 €"));
    click("validateButton");
    const QString receipt = m_window->receiptPanel()->receiptText();
    QVERIFY2(receipt.contains(ReceiptText::columns("Gift voucher", "5.00 €")), qPrintable(receipt));
    QVERIFY(receipt.contains(ReceiptText::columns("Change", "2.80 €")));
    QVERIFY(receipt.contains(ReceiptText::centered("Main Street 1")));
    QVERIFY(receipt.contains(ReceiptText::centered("See you soon")));
    QVERIFY(!receipt.contains("Thank you!"));
}

// The manager adds a product, changes one and takes one off sale; what breaks the CSV
// import's rules, or takes another product's id or barcode, changes nothing.
void TestMainWindow::productEditor()
{
    m_window->findChild<QMenuBar *>()->actions().at(2)->menu()->actions().at(1)->trigger();
    QCOMPARE(m_prompts.productEditors, 1);

    ProductEditor editor(m_terminal.get(), m_window.get());
    const int before = m_terminal->catalog().size();
    auto set = [&](const char *name, const QString &text) { editor.findChild<QLineEdit *>(name)->setText(text); };
    editor.startNew();
    set("productId", "FLT");
    set("productName", "Flat white large");
    editor.findChild<QComboBox *>("productCategory")->setCurrentText("Coffee");
    set("productPrice", "4.2x");
    set("productTaxRate", "19");
    QVERIFY(!editor.save());
    QVERIFY2(editor.errorText().startsWith("Price: not a price"), qPrintable(editor.errorText()));
    set("productPrice", "4.20");
    set("productBarcode", "4000177010012");
    QVERIFY(!editor.save());
    QVERIFY2(editor.errorText().contains("taken by Cola 0.33 l"), qPrintable(editor.errorText()));
    QCOMPARE(m_terminal->catalog().size(), before);
    set("productBarcode", "4000177099999");
    QVERIFY2(editor.save(), qPrintable(editor.errorText()));
    QCOMPARE(m_terminal->catalog().size(), before + 1);
    QCOMPARE(m_terminal->catalog().byBarcode("4000177099999")->unitPrice, 420);
    QVERIFY(tapProduct(m_window.get(), "Flat white large"));
    QCOMPARE(current()->lines.first().productId, QStringLiteral("FLT"));

    // Espresso goes up and then off sale: out of the grid, its scan refused, its history kept.
    QVERIFY(editor.select("ESP"));
    set("productPrice", "2.40");
    set("productId", "FLT");
    QVERIFY(!editor.save());
    QVERIFY2(editor.errorText().contains("id FLT is taken"), qPrintable(editor.errorText()));
    set("productId", "ESP");
    editor.findChild<QCheckBox *>("productOnSale")->setChecked(false);
    QVERIFY2(editor.save(), qPrintable(editor.errorText()));
    QCOMPARE(m_terminal->catalog().byId("ESP")->unitPrice, 240);
    QVERIFY(!m_terminal->catalog().byId("ESP")->enabled);
    QVERIFY(!tapProduct(m_window.get(), "Espresso"));
    QCOMPARE(m_terminal->catalog().size(), before + 1);
    // Reloaded from the store, as after a restart.
    Catalog stored;
    QVERIFY(m_terminal->store().loadCatalog(&stored));
    QVERIFY(!stored.byId("ESP")->enabled);
    QCOMPARE(stored.byId("FLT")->name, QStringLiteral("Flat white large"));
}

void TestMainWindow::deleteKeyInEmptySearchRemovesLine()
{
    clickProduct("Espresso");
    clickProduct("Pretzel");
    QLineEdit *search = m_window->productPanel()->searchField();
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(current()->lines.size(), 1);
    QTest::keyClicks(search, "cr");
    QTest::keyClick(search, Qt::Key_Home);
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(search->text(), QStringLiteral("r"));
    QCOMPARE(current()->lines.size(), 1);
}

void TestMainWindow::customerNameShowsAtOnce()
{
    clickProduct("Espresso");
    m_prompts.textAnswers = {"Ms Smith"};
    click("customerButton");
    QCOMPARE(current()->customerName, QStringLiteral("Ms Smith"));
    QCOMPARE(m_window->findChild<QLabel *>("customerLabel")->text(), QStringLiteral("Customer: Ms Smith"));
}

void TestMainWindow::shortcutsOnlyActOnTheSalePage()
{
    clickProduct("Espresso");
    const QUuid paying = m_window->currentOrder();
    click("payButton");
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_terminal->orders().orderUids().size(), 1);
    QCOMPARE(m_window->currentOrder(), paying);
    QCOMPARE(m_window->currentPage(), m_window->paymentPanel());
}

void TestMainWindow::closingNeedsTheManagerPin()
{
    m_prompts.pinAnswer = "0000";
    m_window->closeSession();
    QVERIFY(m_terminal->session());
    QCOMPARE(m_prompts.informed, QStringList({"Wrong PIN."}));
    QCOMPARE(m_prompts.documents.size(), 0);
}

// An order another terminal made, as the server sent it: ticket 5, one espresso.
Order TestMainWindow::serverOrder()
{
    return terraceOrder(5, "ESP", "Espresso", 220);
}

void TestMainWindow::serverOrdersAreReadOnlyOffline()
{
    const Order known = serverOrder();
    const OrderLine line = known.lines.first();
    QVERIFY(m_terminal->orders().adoptServerOrder(known));
    m_window->orderSelector()->setCurrentOrder(known.uid);
    QCOMPARE(m_window->currentOrder(), known.uid);
    auto *banner = m_window->findChild<QLabel *>("offlineBanner");
    QVERIFY(banner->isHidden());

    m_terminal->orders().setServerReachable(false);
    QVERIFY(banner->isVisible());
    QVERIFY(!m_window->findChild<QPushButton *>("payButton")->isEnabled());
    QVERIFY(!m_window->findChild<QToolButton *>("deleteOrderButton")->isEnabled());
    QVERIFY(!m_window->productPanel()->grid()->isEnabled());
    QVERIFY(!m_window->currentPage()->findChild<QPushButton *>("numpad_1")->isEnabled());
    QVERIFY(!m_terminal->orders().setQuantity(known.uid, line.uid, 5000));
    QVERIFY(m_terminal->orders().lastError().contains("read-only"));

    // New orders are sold as usual while offline.
    click("newOrderButton");
    QVERIFY(banner->isHidden());
    clickProduct("Espresso");
    QCOMPARE(current()->lines.size(), 1);

    m_terminal->orders().setServerReachable(true);
    m_window->orderSelector()->setCurrentOrder(known.uid);
    QVERIFY(banner->isHidden());
    QVERIFY(m_window->findChild<QPushButton *>("payButton")->isEnabled());
}

Order TestMainWindow::showServerOrderOffline()
{
    const Order known = serverOrder();
    if (!m_terminal->orders().adoptServerOrder(known))
        return {};
    m_window->orderSelector()->setCurrentOrder(known.uid);
    m_terminal->orders().setServerReachable(false);
    return known;
}

// Every path that would change a read-only order is refused before any screen opens,
// and says why.
void TestMainWindow::readOnlyOrderRefusesEveryPath()
{
    const Order known = showServerOrderOffline();
    QCOMPARE(m_window->currentOrder(), known.uid);
    const QString reason = m_terminal->orders().whyReadOnly(known.uid);
    QVERIFY(reason.contains("read-only"));
    auto refused = [&](const char *path) {
        QVERIFY2(m_window->currentPage() != m_window->paymentPanel(), path);
        QVERIFY2(m_prompts.asked.isEmpty(), qPrintable(QString(path) + ": asked " + m_prompts.asked.join(", ")));
        QCOMPARE(m_terminal->orders().order(known.uid)->lines.size(), known.lines.size());
        QCOMPARE(m_terminal->orders().order(known.uid)->lines.first().quantity, known.lines.first().quantity);
        QVERIFY2(m_window->statusBar()->currentMessage() == reason,
                 qPrintable(QString(path) + ": " + m_window->statusBar()->currentMessage()));
        m_window->statusBar()->clearMessage();
    };
    QLineEdit *search = m_window->productPanel()->searchField();
    search->setFocus();

    QTest::keyClick(search, Qt::Key_F12);
    refused("F12");
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::Key_F12) || action->shortcut() == QKeySequence(Qt::Key_Delete)
            || action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)) {
            action->trigger();
            refused(qPrintable("menu " + action->text()));
        }
    }
    QTest::keyClick(search, Qt::Key_Delete);
    refused("Del");
    QTest::keyClick(search, Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
    refused("Ctrl+Shift+Del");
    QTest::keyClicks(search, "4000177010012");
    QTest::keyClick(search, Qt::Key_Return);
    refused("barcode and Enter");
    search->clear();
    QTest::keyClicks(search, "croiss");
    QTest::keyClick(search, Qt::Key_Enter);
    refused("search and Enter");
    search->clear();
    for (const char *name : {"payButton", "customerButton", "numpad_1", "numpad_backspace", "deleteOrderButton"}) {
        auto *button = m_window->currentPage()->findChild<QAbstractButton *>(name);
        QVERIFY2(button && !button->isEnabled(), name);
        tap(button);
        QVERIFY(m_prompts.asked.isEmpty());
    }
    QVERIFY(tapProduct(m_window.get(), "Espresso"));
    QCOMPARE(m_terminal->orders().order(known.uid)->lines.size(), 1);
    QCOMPARE(m_terminal->orders().order(known.uid)->lines.first().quantity, 1000);
}

// Losing the server on the payment screen stops the payment, with the reason in sight.
void TestMainWindow::readOnlyWhilePaying()
{
    const Order known = serverOrder();
    QVERIFY(m_terminal->orders().adoptServerOrder(known));
    m_window->orderSelector()->setCurrentOrder(known.uid);
    click("payButton");
    QCOMPARE(m_window->currentPage(), m_window->paymentPanel());
    click("cashButton");
    auto *validate = m_window->findChild<QPushButton *>("validateButton");
    QVERIFY(validate->isEnabled());
    m_terminal->orders().setServerReachable(false);
    QVERIFY(!validate->isEnabled());
    for (const char *name : {"cashButton", "cardButton", "numpad_1"})
        QVERIFY2(!m_window->paymentPanel()->findChild<QPushButton *>(name)->isEnabled(), name);
    auto *reason = m_window->paymentPanel()->findChild<QLabel *>("paymentReadOnly");
    QVERIFY(reason->isVisible());
    QVERIFY(reason->text().contains("read-only"));
    QTest::keyClick(m_window->paymentPanel(), Qt::Key_Return);
    QVERIFY(m_terminal->orders().order(known.uid));
    m_terminal->orders().setServerReachable(true);
    QVERIFY(validate->isEnabled());
    QVERIFY(reason->isHidden());
}

void TestMainWindow::incomingOrderOptions_data()
{
    QTest::addColumn<bool>("dropEmptyNew");
    QTest::addColumn<bool>("switchToIncoming");
    QTest::addColumn<bool>("currentHasLines");
    QTest::addColumn<int>("openOrders");
    QTest::addColumn<bool>("showsIncoming");
    QTest::newRow("drop the empty New order") << true << false << false << 1 << true;
    QTest::newRow("switch to the incoming order") << false << true << false << 2 << true;
    QTest::newRow("keep an empty order when told to") << false << false << false << 2 << false;
    QTest::newRow("never leave an order with lines") << true << true << true << 2 << false;
}

void TestMainWindow::incomingOrderOptions()
{
    QFETCH(bool, dropEmptyNew);
    QFETCH(bool, switchToIncoming);
    QFETCH(bool, currentHasLines);
    QFETCH(int, openOrders);
    QFETCH(bool, showsIncoming);
    m_window.reset();
    TerminalSettings settings = m_terminal->settings();
    settings.dropEmptyNew = dropEmptyNew;
    settings.switchToIncoming = switchToIncoming;
    QVERIFY(m_terminal->saveSettings(settings));
    TerminalSync sync(m_terminal.get());
    MainWindow window(m_terminal.get(), &m_prompts, &sync);
    window.show();
    const QUuid mine = window.currentOrder();
    if (currentHasLines)
        QVERIFY(m_terminal->orders().addProduct(mine, *m_terminal->catalog().byId("ESP")));

    Order incoming;
    incoming.uid = QUuid::createUuid();
    incoming.receiptReference = "TER-000001";
    incoming.ticketNumber = 4;
    incoming.currency = "EUR";
    incoming.revision = 1;
    incoming.createdBy = {"Bob", "Terrace"};
    incoming.changedBy = incoming.createdBy;
    incoming.createdAt = QDateTime::currentDateTimeUtc();
    incoming.changedAt = incoming.createdAt;
    QVERIFY(m_terminal->orders().adoptServerOrder(incoming));
    QCOMPARE(m_terminal->orders().orderUids().size(), openOrders);
    QCOMPARE(window.currentOrder() == incoming.uid, showsIncoming);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
