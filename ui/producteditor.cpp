#include "producteditor.h"

#include "money.h"
#include "terminal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, CategoryColumn, PriceColumn, BarcodeColumn, StateColumn, ColumnCount };
}

ProductEditor::ProductEditor(Terminal *terminal, QWidget *parent)
    : QDialog(parent)
    , m_terminal(terminal)
    , m_search(new QLineEdit(this))
    , m_list(new QTableWidget(0, ColumnCount, this))
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_price(new QLineEdit(this))
    , m_taxRate(new QLineEdit(this))
    , m_barcode(new QLineEdit(this))
    , m_onSale(new QCheckBox(tr("On sale"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Products"));
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    m_search->setObjectName(QStringLiteral("productFilter"));
    m_search->setPlaceholderText(tr("Find a product"));
    m_search->setClearButtonEnabled(true);
    left->addWidget(m_search);
    m_list->setObjectName(QStringLiteral("productList"));
    m_list->setHorizontalHeaderLabels({tr("Name"), tr("Category"), tr("Price"), tr("Barcode"), tr("State")});
    m_list->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column = CategoryColumn; column < ColumnCount; ++column)
        m_list->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    left->addWidget(m_list, 1);
    layout->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    const QList<std::pair<QLineEdit *, QString>> fields{{m_id, QStringLiteral("productId")},
                                                        {m_name, QStringLiteral("productName")},
                                                        {m_price, QStringLiteral("productPrice")},
                                                        {m_taxRate, QStringLiteral("productTaxRate")},
                                                        {m_barcode, QStringLiteral("productBarcode")}};
    for (const auto &[field, name] : fields)
        field->setObjectName(name);
    m_category->setObjectName(QStringLiteral("productCategory"));
    m_category->setEditable(true);
    m_onSale->setObjectName(QStringLiteral("productOnSale"));
    m_id->setMaxLength(32);
    m_name->setMaxLength(80);
    m_barcode->setMaxLength(14);
    m_price->setPlaceholderText(Money(250, terminal->settings().currency).toPlainString());
    m_taxRate->setPlaceholderText(QStringLiteral("19"));
    form->addRow(tr("Id:"), m_id);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Price (%1, tax included):").arg(Money::symbol(terminal->settings().currency)), m_price);
    form->addRow(tr("Tax rate (%):"), m_taxRate);
    form->addRow(tr("Barcode:"), m_barcode);
    form->addRow(m_onSale);
    right->addLayout(form);
    m_error->setObjectName(QStringLiteral("productError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    right->addWidget(m_error);
    auto *actions = new QHBoxLayout;
    auto *fresh = new QPushButton(tr("New product"), this);
    fresh->setObjectName(QStringLiteral("newProduct"));
    auto *keep = new QPushButton(tr("Save"), this);
    keep->setObjectName(QStringLiteral("saveProduct"));
    keep->setDefault(true);
    actions->addWidget(fresh);
    actions->addWidget(keep);
    right->addLayout(actions);
    right->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    right->addWidget(buttons);
    layout->addLayout(right, 2);

    connect(m_search, &QLineEdit::textChanged, this, &ProductEditor::fill);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &ProductEditor::showSelected);
    connect(fresh, &QPushButton::clicked, this, &ProductEditor::startNew);
    connect(keep, &QPushButton::clicked, this, &ProductEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
    startNew();
    resize(980, 560);
}

QString ProductEditor::errorText() const
{
    return m_error->text();
}

void ProductEditor::fill()
{
    const QString filter = m_search->text().trimmed();
    const Catalog &catalog = m_terminal->catalog();
    const QString currency = m_terminal->settings().currency;
    const QSignalBlocker blocker(m_list);
    m_list->setRowCount(0);
    QStringList categories;
    for (const Product &product : catalog.products()) {
        if (!categories.contains(product.category))
            categories << product.category;
        if (!filter.isEmpty() && !product.name.contains(filter, Qt::CaseInsensitive)
            && !product.barcode.startsWith(filter) && product.id.compare(filter, Qt::CaseInsensitive) != 0)
            continue;
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        auto *name = new QTableWidgetItem(product.name);
        name->setData(Qt::UserRole, product.id);
        m_list->setItem(row, NameColumn, name);
        m_list->setItem(row, CategoryColumn, new QTableWidgetItem(product.category));
        auto *price = new QTableWidgetItem(Money(product.unitPrice, currency).toString(QLocale()));
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_list->setItem(row, PriceColumn, price);
        m_list->setItem(row, BarcodeColumn, new QTableWidgetItem(product.barcode));
        m_list->setItem(row, StateColumn, new QTableWidgetItem(product.enabled ? tr("on sale") : tr("off sale")));
        if (!product.enabled) {
            for (int column = 0; column < ColumnCount; ++column)
                m_list->item(row, column)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (product.id == m_editing)
            m_list->selectRow(row);
    }
    const QString category = m_category->currentText();
    m_category->clear();
    m_category->addItems(categories);
    m_category->setCurrentText(category);
}

void ProductEditor::showSelected()
{
    const QList<QTableWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    select(m_list->item(selected.first()->row(), NameColumn)->data(Qt::UserRole).toString());
}

bool ProductEditor::select(const QString &id)
{
    const Product *product = m_terminal->catalog().byId(id);
    if (!product)
        return false;
    m_editing = product->id;
    m_id->setText(product->id);
    m_name->setText(product->name);
    m_category->setCurrentText(product->category);
    m_price->setText(Money(product->unitPrice, m_terminal->settings().currency).toPlainString());
    m_taxRate->setText(Decimal::formatScaled(product->taxRate, 2, 0));
    m_barcode->setText(product->barcode);
    m_onSale->setChecked(product->enabled);
    m_error->hide();
    return true;
}

void ProductEditor::startNew()
{
    m_editing.clear();
    const QSignalBlocker blocker(m_list);
    m_list->clearSelection();
    for (QLineEdit *field : {m_id, m_name, m_price, m_taxRate, m_barcode})
        field->clear();
    m_onSale->setChecked(true);
    m_error->hide();
    m_id->setFocus();
}

bool ProductEditor::save()
{
    Product product;
    product.id = m_id->text().trimmed();
    product.name = m_name->text().trimmed();
    product.category = m_category->currentText().trimmed();
    product.barcode = m_barcode->text().trimmed();
    product.enabled = m_onSale->isChecked();
    QString problem = ProductRules::readPrice(m_price->text().trimmed(), m_terminal->settings().currency,
                                              &product.unitPrice);
    if (!problem.isEmpty())
        problem = tr("Price: %1.").arg(problem);
    else if (!(problem = ProductRules::readTaxRate(m_taxRate->text().trimmed(), &product.taxRate)).isEmpty())
        problem = tr("Tax rate: %1.").arg(problem);
    else if (!m_terminal->saveProduct(product, m_editing))
        problem = m_terminal->lastError();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return false;
    m_editing = product.id;
    fill();
    return true;
}
