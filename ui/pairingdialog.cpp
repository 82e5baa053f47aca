#include "pairingdialog.h"

#include "serverhost.h"
#include "terminalsettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <qrencode.h>

#include <memory>

namespace {

constexpr int QuietZoneModules = 4;
// The code's place on screen: large enough for a scanner at arm's length.
constexpr int CodeSide = 240;

} // namespace

PairingDialog::PairingDialog(ServerHost *host, QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_name(new QLineEdit(this))
    , m_pair(new QPushButton(tr("Make a token"), this))
    , m_code(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_link(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_terminals(new QTableWidget(0, 2, this))
    , m_revoke(new QPushButton(tr("Revoke"), this))
{
    setWindowTitle(tr("Pair a terminal"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each terminal that shares orders through this one needs its own token. On the other "
                                "terminal, open Settings > Sync and scan the code into the Server field, or paste the "
                                "pairing link there; or type the server and the token."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *nameRow = new QHBoxLayout;
    m_name->setObjectName(QStringLiteral("pairName"));
    m_name->setPlaceholderText(tr("The other terminal's name, e.g. Bar"));
    m_name->setMaxLength(40);
    m_pair->setObjectName(QStringLiteral("pairButton"));
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_pair);
    layout->addLayout(nameRow);
    m_problem->setObjectName(QStringLiteral("pairProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *shown = new QHBoxLayout;
    m_code->setObjectName(QStringLiteral("pairCode"));
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setFixedSize(CodeSide, CodeSide);
    shown->addWidget(m_code);
    auto *form = new QFormLayout;
    for (QLineEdit *field : {m_server, m_token, m_link}) {
        field->setReadOnly(true);
        field->setMinimumWidth(320);
    }
    m_server->setObjectName(QStringLiteral("pairServer"));
    m_token->setObjectName(QStringLiteral("pairToken"));
    m_link->setObjectName(QStringLiteral("pairLink"));
    m_server->setText(m_host->url().toString());
    if (QHostAddress(m_host->url().host()).isLoopback()) {
        auto *local = new QLabel(tr("The server listens on %1: only this computer reaches it. To pair the shop's "
                                    "other terminals, choose its network address in Settings > Sync.")
                                     .arg(m_host->url().host()),
                                 this);
        local->setObjectName(QStringLiteral("pairLoopback"));
        local->setWordWrap(true);
        local->setStyleSheet(QStringLiteral("color: #b00020;"));
        layout->addWidget(local);
    }
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Token:"), m_token);
    form->addRow(tr("Pairing link:"), m_link);
    auto *once = new QLabel(tr("The token is shown only now; when one is lost, revoke that terminal and pair it "
                               "again under another name."),
                            this);
    once->setWordWrap(true);
    form->addRow(once);
    shown->addLayout(form, 1);
    layout->addLayout(shown);

    layout->addWidget(new QLabel(tr("Paired terminals:"), this));
    m_terminals->setObjectName(QStringLiteral("pairedTerminals"));
    m_terminals->setHorizontalHeaderLabels({tr("Terminal"), tr("Paired")});
    m_terminals->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_terminals->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_terminals->verticalHeader()->hide();
    m_terminals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_terminals->setSelectionMode(QAbstractItemView::SingleSelection);
    m_terminals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_terminals, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_revoke->setAutoDefault(false);
    m_revoke->setEnabled(false);
    buttons->addButton(m_revoke, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    // Return in the name field presses this button, and only this one: one token per Return.
    m_pair->setDefault(true);
    connect(m_pair, &QPushButton::clicked, this, &PairingDialog::pair);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        if (!m_link->text().isEmpty())
            showCode(QString(), QString(), QString());
    });
    connect(m_revoke, &QPushButton::clicked, this, &PairingDialog::revokeSelected);
    connect(m_terminals, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_terminals->currentRow();
        m_revoke->setEnabled(row >= 0 && !m_terminals->item(row, 0)->data(Qt::UserRole + 1).toBool());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    listTerminals();
}

QImage PairingDialog::qrCode(const QString &text, int module)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return QImage();
    const int side = (code->width + 2 * QuietZoneModules) * module;
    QImage image(side, side, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < module; ++dy) {
                for (int dx = 0; dx < module; ++dx)
                    image.setPixel((x + QuietZoneModules) * module + dx, (y + QuietZoneModules) * module + dy, 1);
            }
        }
    }
    return image;
}

void PairingDialog::pair()
{
    const QString name = m_name->text().trimmed();
    QString problem;
    QString token;
    if (name.isEmpty())
        problem = tr("Give the other terminal a name first.");
    else if (!m_host->pairTerminal(name, &token, &problem))
        problem = tr("No token made: %1").arg(problem);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        showCode(QString(), QString(), QString());
        return;
    }
    showCode(name, token, TerminalSettings::pairingLink(m_host->url(), token));
    m_name->clear();
    listTerminals();
}

// Empty texts clear the code: a code left from the terminal before must not be taken
// for the next one's.
void PairingDialog::showCode(const QString &name, const QString &token, const QString &link)
{
    m_token->setText(token);
    m_link->setText(link);
    if (link.isEmpty()) {
        m_code->clear();
        m_code->setToolTip(QString());
        return;
    }
    // Whole modules only: a scaled code blurs its edges.
    const int modules = qrCode(link, 1).width();
    m_code->setPixmap(QPixmap::fromImage(qrCode(link, qMax(1, CodeSide / qMax(1, modules)))));
    m_code->setToolTip(tr("Pairing code for %1").arg(name));
}

void PairingDialog::revokeSelected()
{
    const int row = m_terminals->currentRow();
    if (row < 0)
        return;
    QString problem;
    if (!m_host->revokeTerminal(m_terminals->item(row, 0)->data(Qt::UserRole).toLongLong(), &problem)) {
        m_problem->setText(tr("Not revoked: %1").arg(problem));
        m_problem->show();
        return;
    }
    m_problem->hide();
    listTerminals();
}

void PairingDialog::listTerminals()
{
    QList<ServerHost::PairedTerminal> terminals;
    QString problem;
    if (!m_host->pairedTerminals(&terminals, &problem)) {
        m_problem->setText(problem);
        m_problem->show();
    }
    m_terminals->setRowCount(int(terminals.size()));
    for (int row = 0; row < terminals.size(); ++row) {
        const ServerHost::PairedTerminal &terminal = terminals.at(row);
        auto *name = new QTableWidgetItem(terminal.self ? tr("%1 (this terminal)").arg(terminal.name) : terminal.name);
        name->setData(Qt::UserRole, terminal.id);
        name->setData(Qt::UserRole + 1, terminal.self);
        m_terminals->setItem(row, 0, name);
        m_terminals->setItem(row, 1, new QTableWidgetItem(QLocale().toString(terminal.pairedAt.toLocalTime(),
                                                                             QLocale::ShortFormat)));
    }
    m_revoke->setEnabled(false);
}
