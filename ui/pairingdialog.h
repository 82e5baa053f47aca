#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class ServerHost;

// Pairs other terminals with the server this terminal hosts: makes a terminal's token and
// shows it once, as text and as a QR code of the pairing link that the other terminal's
// settings take in one scan or paste; lists the paired terminals and revokes one.
class PairingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairingDialog)

public:
    explicit PairingDialog(ServerHost *host, QWidget *parent = nullptr);

    // The pairing link in a QR code: black modules of `module` pixels, with the quiet zone.
    static QImage qrCode(const QString &text, int module);

private:
    void pair();
    void revokeSelected();
    void listTerminals();
    void showCode(const QString &name, const QString &token, const QString &link);

    ServerHost *m_host;
    QLineEdit *m_name;
    QPushButton *m_pair;
    QLabel *m_code;
    QLineEdit *m_server;
    QLineEdit *m_token;
    QLineEdit *m_link;
    QLabel *m_problem;
    QTableWidget *m_terminals;
    QPushButton *m_revoke;
};
