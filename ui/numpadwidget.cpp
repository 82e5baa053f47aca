#include "numpadwidget.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLocale>
#include <QPushButton>

NumpadWidget::NumpadWidget(bool withModes, QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    for (int digit = 1; digit <= 9; ++digit) {
        QPushButton *button = addButton(QString::number(digit), QStringLiteral("numpad_%1").arg(digit),
                                        (digit - 1) / 3, (digit - 1) % 3);
        connect(button, &QPushButton::clicked, this, [this, digit] { emit digitPressed(digit); });
    }
    QPushButton *zero = addButton(QStringLiteral("0"), QStringLiteral("numpad_0"), 3, withModes ? 1 : 0);
    connect(zero, &QPushButton::clicked, this, [this] { emit digitPressed(0); });
    QPushButton *point = addButton(QLocale().decimalPoint(), QStringLiteral("numpad_point"), 3, 2);
    connect(point, &QPushButton::clicked, this, &NumpadWidget::decimalPointPressed);
    QPushButton *back = addButton(QStringLiteral("⌫"), QStringLiteral("numpad_backspace"), withModes ? 3 : 0, 3);
    back->setToolTip(tr("Delete the last digit; on an empty quantity, remove the line"));
    connect(back, &QPushButton::clicked, this, &NumpadWidget::backspacePressed);
    if (!withModes) {
        grid->addWidget(zero, 3, 0, 1, 2);
        int row = 1;
        for (const int note : {10, 20, 50}) {
            QPushButton *button = addButton(QStringLiteral("+%1").arg(note), QStringLiteral("numpad_note_%1").arg(note),
                                            row++, 3);
            connect(button, &QPushButton::clicked, this, [this, note] { emit banknotePressed(note); });
        }
        return;
    }
    QPushButton *sign = addButton(QStringLiteral("+/−"), QStringLiteral("numpad_sign"), 3, 0);
    sign->setToolTip(tr("Turn the quantity into a return and back"));
    connect(sign, &QPushButton::clicked, this, &NumpadWidget::signToggled);
    m_modes = new QButtonGroup(this);
    const struct { NumpadInput::Mode mode; QString text; QString name; } modes[] = {
        {NumpadInput::Mode::Quantity, tr("Qty"), QStringLiteral("numpad_qty")},
        {NumpadInput::Mode::Discount, tr("Disc"), QStringLiteral("numpad_disc")},
        {NumpadInput::Mode::Price, tr("Price"), QStringLiteral("numpad_price")},
    };
    int row = 0;
    for (const auto &entry : modes) {
        QPushButton *button = addButton(entry.text, entry.name, row++, 3);
        button->setCheckable(true);
        button->setChecked(entry.mode == m_mode);
        m_modes->addButton(button, static_cast<int>(entry.mode));
    }
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) {
        m_mode = static_cast<NumpadInput::Mode>(id);
        emit modeChanged(m_mode);
    });
}

void NumpadWidget::setMode(NumpadInput::Mode mode)
{
    m_mode = mode;
    if (m_modes)
        m_modes->button(static_cast<int>(mode))->setChecked(true);
}

QPushButton *NumpadWidget::addButton(const QString &text, const QString &name, int row, int column)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setMinimumSize(56, 44);
    button->setMaximumHeight(72);
    button->setFocusPolicy(Qt::NoFocus);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    static_cast<QGridLayout *>(layout())->addWidget(button, row, column);
    return button;
}
