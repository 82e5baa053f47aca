#include "touchdialogs.h"

#include "money.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int KeyWidth = 52;
constexpr int KeyHeight = 48;

QPushButton *key(const QString &text, const QString &name, QWidget *parent)
{
    QPushButton *button = TouchDialog::touchButton(text, parent);
    button->setObjectName(name);
    button->setMinimumSize(KeyWidth, KeyHeight);
    // The field keeps the focus, so typed keys and Return still reach it.
    button->setFocusPolicy(Qt::NoFocus);
    button->setAutoDefault(false);
    return button;
}

// Digits 1 to 9 over a row of `left`, 0 and backspace, typing into `field`.
QGridLayout *keypad(QWidget *dialog, QLineEdit *field, QPushButton *left)
{
    auto *pad = new QGridLayout;
    for (int digit = 0; digit <= 9; ++digit) {
        QPushButton *button = key(QString::number(digit), QStringLiteral("key_%1").arg(digit), dialog);
        QObject::connect(button, &QPushButton::clicked, field, [field, digit] { field->insert(QString::number(digit)); });
        if (digit == 0)
            pad->addWidget(button, 3, 1);
        else
            pad->addWidget(button, (digit - 1) / 3, (digit - 1) % 3);
    }
    pad->addWidget(left, 3, 0);
    QPushButton *back = key(QStringLiteral("⌫"), QStringLiteral("key_backspace"), dialog);
    QObject::connect(back, &QPushButton::clicked, field, &QLineEdit::backspace);
    pad->addWidget(back, 3, 2);
    return pad;
}

// Letters a language needs beyond a-z, as its cashiers type names.
QString extraLetters()
{
    switch (QLocale().language()) {
    case QLocale::German:
        return QStringLiteral("äöüß");
    case QLocale::French:
        return QStringLiteral("éèàçù");
    case QLocale::Spanish:
        return QStringLiteral("ñáéíóú");
    case QLocale::Italian:
        return QStringLiteral("àèéìòù");
    default:
        return {};
    }
}

} // namespace

TouchDialog::TouchDialog(QWidget *parent, const QString &title, const QString &text)
    : QDialog(parent)
    , m_body(new QVBoxLayout)
{
    setWindowTitle(title);
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    if (!text.isEmpty()) {
        auto *label = new QLabel(text, this);
        label->setObjectName(QStringLiteral("promptText"));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setMinimumWidth(360);
        layout->addWidget(label);
    }
    layout->addLayout(m_body);
}

QPushButton *TouchDialog::touchButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setMinimumHeight(MinTarget + 8);
    button->setMinimumWidth(MinTarget);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

void TouchDialog::addActions(const QString &accept, const QString &reject, bool rejectIsDefault)
{
    auto *row = new QHBoxLayout;
    if (!reject.isEmpty()) {
        QPushButton *cancel = touchButton(reject, this);
        cancel->setAutoDefault(false);
        cancel->setDefault(rejectIsDefault);
        connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
        row->addWidget(cancel);
    }
    m_accept = touchButton(accept, this);
    m_accept->setAutoDefault(false);
    m_accept->setDefault(!rejectIsDefault);
    QFont bold = m_accept->font();
    bold.setBold(true);
    m_accept->setFont(bold);
    connect(m_accept, &QPushButton::clicked, this, &QDialog::accept);
    row->addWidget(m_accept, 2);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
}

NumberDialog::NumberDialog(QWidget *parent, const QString &title, const QString &label, int minimum, int maximum,
                           int value)
    : TouchDialog(parent, title, label)
    , m_field(new QLineEdit(this))
    , m_minimum(minimum)
    , m_maximum(maximum)
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("numberPrompt"));
    m_field->setText(QString::number(value));
    m_field->setValidator(new QIntValidator(qMin(0, minimum), maximum, m_field));
    m_hint->setText(tr("From %1 to %2").arg(minimum).arg(maximum));
    build();
}

NumberDialog::NumberDialog(QWidget *parent, const QString &title, const QString &label, int maxDigits)
    : TouchDialog(parent, title, label)
    , m_field(new QLineEdit(this))
    , m_secret(true)
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("pinPrompt"));
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setMaxLength(maxDigits);
    m_field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    build();
}

void NumberDialog::build()
{
    m_field->setObjectName(QStringLiteral("promptField"));
    m_field->setAlignment(Qt::AlignCenter);
    m_field->setMinimumHeight(MinTarget);
    QFont big = m_field->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_field->setFont(big);
    body()->addWidget(m_field);
    m_hint->setObjectName(QStringLiteral("promptHint"));
    m_hint->setVisible(!m_hint->text().isEmpty());
    body()->addWidget(m_hint);
    QPushButton *clear = key(tr("Clear"), QStringLiteral("key_clear"), this);
    connect(clear, &QPushButton::clicked, m_field, &QLineEdit::clear);
    QGridLayout *pad = keypad(this, m_field, clear);
    body()->addLayout(pad);
    addActions(tr("OK"), tr("Cancel"));
    connect(m_field, &QLineEdit::textChanged, this, &NumberDialog::check);
    m_field->selectAll();
    m_field->setFocus();
    check();
}

void NumberDialog::check()
{
    if (m_secret) {
        acceptButton()->setEnabled(!m_field->text().isEmpty());
        return;
    }
    bool ok = false;
    const int number = m_field->text().toInt(&ok);
    acceptButton()->setEnabled(ok && number >= m_minimum && number <= m_maximum);
}

QString NumberDialog::text() const
{
    return m_field->text();
}

int NumberDialog::value() const
{
    return m_field->text().toInt();
}

MoneyDialog::MoneyDialog(QWidget *parent, const QString &title, const QString &label, const QString &currency,
                         qint64 value)
    : TouchDialog(parent, title, label)
    , m_field(new QLineEdit(this))
    , m_currency(currency)
{
    setObjectName(QStringLiteral("moneyPrompt"));
    m_field->setObjectName(QStringLiteral("promptField"));
    m_field->setText(Money(value, currency).toPlainString());
    m_field->setAlignment(Qt::AlignRight);
    m_field->setMinimumHeight(MinTarget);
    QFont big = m_field->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_field->setFont(big);
    auto *row = new QHBoxLayout;
    row->addWidget(m_field, 1);
    row->addWidget(new QLabel(Money::symbol(currency), this));
    body()->addLayout(row);
    QPushButton *point = key(QStringLiteral("."), QStringLiteral("key_point"), this);
    connect(point, &QPushButton::clicked, this, [this] { m_field->insert(QStringLiteral(".")); });
    QGridLayout *pad = keypad(this, m_field, point);
    QPushButton *clear = key(tr("Clear"), QStringLiteral("key_clear"), this);
    connect(clear, &QPushButton::clicked, m_field, &QLineEdit::clear);
    pad->addWidget(clear, 4, 0, 1, 3);
    body()->addLayout(pad);
    addActions(tr("OK"), tr("Cancel"));
    connect(m_field, &QLineEdit::textChanged, this, &MoneyDialog::check);
    m_field->selectAll();
    m_field->setFocus();
    check();
}

void MoneyDialog::check()
{
    // The locale's comma is taken for the decimal point too.
    Money parsed;
    const bool ok = Money::parse(m_field->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.')), m_currency, &parsed)
        && !parsed.isNegative();
    m_amount = ok ? parsed.minorUnits() : 0;
    acceptButton()->setEnabled(ok);
}

TextDialog::TextDialog(QWidget *parent, const QString &title, const QString &label, const QString &value, bool multiline)
    : TouchDialog(parent, title, label)
{
    setObjectName(QStringLiteral("textPrompt"));
    QWidget *field = nullptr;
    if (multiline) {
        m_lines = new QPlainTextEdit(value, this);
        m_lines->setMinimumHeight(3 * MinTarget);
        m_lines->setTabChangesFocus(true);
        field = m_lines;
    } else {
        m_line = new QLineEdit(value, this);
        m_line->setMinimumHeight(MinTarget);
        QFont big = m_line->font();
        big.setPointSizeF(big.pointSizeF() * 1.4);
        m_line->setFont(big);
        m_line->selectAll();
        field = m_line;
    }
    field->setObjectName(QStringLiteral("promptField"));
    body()->addWidget(field);

    const QStringList rows{QStringLiteral("1234567890"), QStringLiteral("qwertyuiop"), QStringLiteral("asdfghjkl"),
                           QStringLiteral("zxcvbnm") + extraLetters()};
    auto *keyboard = new QGridLayout;
    keyboard->setSpacing(4);
    int rowIndex = 0;
    for (const QString &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            const QString character = row.mid(i, 1);
            QPushButton *button = key(character, QStringLiteral("key_") + character, this);
            connect(button, &QPushButton::clicked, this, [this, button] { type(button->text()); });
            if (character.at(0).isLetter())
                m_letters.append(button);
            keyboard->addWidget(button, rowIndex, i);
        }
        ++rowIndex;
    }
    QPushButton *shift = key(QStringLiteral("⇧"), QStringLiteral("key_shift"), this);
    connect(shift, &QPushButton::clicked, this, [this] { setShifted(!m_shifted); });
    keyboard->addWidget(shift, rowIndex, 0);
    QPushButton *space = key(tr("Space"), QStringLiteral("key_space"), this);
    connect(space, &QPushButton::clicked, this, [this] { type(QStringLiteral(" ")); });
    keyboard->addWidget(space, rowIndex, 1, 1, 5);
    int column = 6;
    for (const QString &mark : {QStringLiteral("-"), QStringLiteral("."), QStringLiteral(",")}) {
        QPushButton *button = key(mark, QStringLiteral("key_") + mark, this);
        connect(button, &QPushButton::clicked, this, [this, mark] { type(mark); });
        keyboard->addWidget(button, rowIndex, column++);
    }
    QPushButton *back = key(QStringLiteral("⌫"), QStringLiteral("key_backspace"), this);
    connect(back, &QPushButton::clicked, this, &TextDialog::erase);
    keyboard->addWidget(back, rowIndex, column);
    body()->addLayout(keyboard);
    addActions(tr("OK"), tr("Cancel"));
    // A name starts with a capital.
    setShifted(value.isEmpty());
    field->setFocus();
}

QString TextDialog::text() const
{
    return m_line ? m_line->text() : m_lines->toPlainText();
}

void TextDialog::type(const QString &text)
{
    const QString typed = m_shifted ? text.toUpper() : text;
    if (m_line)
        m_line->insert(typed);
    else
        m_lines->insertPlainText(typed);
    if (m_shifted && text.at(0).isLetter())
        setShifted(false);
}

void TextDialog::erase()
{
    if (m_line) {
        m_line->backspace();
        return;
    }
    QTextCursor cursor = m_lines->textCursor();
    cursor.deletePreviousChar();
    m_lines->setTextCursor(cursor);
}

void TextDialog::setShifted(bool shifted)
{
    m_shifted = shifted;
    for (QPushButton *letter : std::as_const(m_letters))
        letter->setText(shifted ? letter->text().toUpper() : letter->text().toLower());
}

ChoiceDialog::ChoiceDialog(QWidget *parent, const QString &title, const QString &label, const QStringList &choices)
    : TouchDialog(parent, title, label)
{
    setObjectName(QStringLiteral("choicePrompt"));
    constexpr int Columns = 4;
    auto *grid = new QGridLayout;
    for (int i = 0; i < choices.size(); ++i) {
        QPushButton *button = touchButton(choices.at(i), this);
        button->setObjectName(QStringLiteral("choice:") + choices.at(i));
        button->setMinimumWidth(2 * MinTarget);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, choice = choices.at(i)] {
            m_choice = choice;
            accept();
        });
        grid->addWidget(button, i / Columns, i % Columns);
    }
    body()->addLayout(grid);
    auto *row = new QHBoxLayout;
    QPushButton *cancel = touchButton(tr("Cancel"), this);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    row->addWidget(cancel);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
}

MessageDialog::MessageDialog(QWidget *parent, const QString &title, const QString &text, bool question)
    : TouchDialog(parent, title, text)
{
    setObjectName(question ? QStringLiteral("confirmPrompt") : QStringLiteral("messagePrompt"));
    // Return never says yes to a question by accident.
    if (question)
        addActions(tr("Yes"), tr("No"), true);
    else
        addActions(tr("OK"), QString());
}
