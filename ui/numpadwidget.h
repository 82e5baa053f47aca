#pragma once

#include "numpadinput.h"

#include <QWidget>

class QButtonGroup;
class QPushButton;

// Digits, decimal point, sign and backspace, with optional Qty / Disc / Price modes.
class NumpadWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumpadWidget)

public:
    explicit NumpadWidget(bool withModes, QWidget *parent = nullptr);

    NumpadInput::Mode mode() const { return m_mode; }
    void setMode(NumpadInput::Mode mode);

signals:
    void digitPressed(int digit);
    void decimalPointPressed();
    void backspacePressed();
    void signToggled();
    void modeChanged(NumpadInput::Mode mode);
    // Without modes the last column holds banknote keys of 10, 20 and 50 major units.
    void banknotePressed(int majorUnits);

private:
    QPushButton *addButton(const QString &text, const QString &name, int row, int column);

    NumpadInput::Mode m_mode = NumpadInput::Mode::Quantity;
    QButtonGroup *m_modes = nullptr;
};
