#include "printing.h"

#include "touchdialogs.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

namespace {

// A receipt printer's roll: 80 mm wide, as long as the text; 42 columns fit in the
// printable 72 mm at 8 pt.
constexpr qreal RollWidthMm = 80;
constexpr qreal RollMarginMm = 4;
constexpr qreal FontPoints = 8;

void render(QPrinter *printer, const QString &text)
{
    QTextDocument document;
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(FontPoints);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setPlainText(text);
    // Lay the text out at the printer's resolution to learn how long the roll must be.
    printer->setPageMargins(QMarginsF(RollMarginMm, RollMarginMm, RollMarginMm, RollMarginMm), QPageLayout::Millimeter);
    document.documentLayout()->setPaintDevice(printer);
    const qreal dotsPerMm = printer->resolution() / 25.4;
    document.setTextWidth((RollWidthMm - 2 * RollMarginMm) * dotsPerMm);
    const qreal lengthMm = document.size().height() / dotsPerMm + 2 * RollMarginMm;
    printer->setPageSize(QPageSize(QSizeF(RollWidthMm, lengthMm), QPageSize::Millimeter, Printing::tr("Receipt roll")));
    printer->setPageMargins(QMarginsF(RollMarginMm, RollMarginMm, RollMarginMm, RollMarginMm), QPageLayout::Millimeter);
    QPainter painter(printer);
    document.drawContents(&painter);
}

} // namespace

void Printing::printWithDialog(QWidget *parent, const QString &text)
{
    QPrinter printer;
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted)
        render(&printer, text);
}

bool Printing::saveAsPdf(const QString &path, const QString &text, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    render(&printer, text);
    const QFileInfo written(path);
    if (!written.exists() || written.size() == 0) {
        *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

void Printing::saveAsPdfWithDialog(QWidget *parent, const QString &text, const QString &suggestedName)
{
    // The user's Documents folder, made if this account never had one.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QDir().mkpath(folder);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save as PDF"),
                                                      QDir(folder).filePath(suggestedName), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool saved = saveAsPdf(path, text, &error);
    MessageDialog told(parent, tr("Save as PDF"),
                       saved ? tr("Saved %1 in %2.").arg(QFileInfo(path).fileName(), QFileInfo(path).absolutePath())
                             : error,
                       false);
    told.exec();
}
