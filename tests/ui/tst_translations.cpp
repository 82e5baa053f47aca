#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

// Every language the terminal offers is complete enough to sell in: its file loads, the
// cashier's main words are translated, and plurals follow the language's own rules
// (Russian has three forms).
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void languageIsTranslated_data();
    void languageIsTranslated();
    void russianPluralForms();
};

void TestTranslations::languageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"de", "es", "fr", "ru"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestTranslations::languageIsTranslated()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral("tandem_") + language, QStringLiteral(TANDEM_QM_DIR)),
             qPrintable(QStringLiteral("no tandem_%1.qm in %2").arg(language, QStringLiteral(TANDEM_QM_DIR))));
    QCOMPARE(translator.language().left(2), language);
    for (const auto &[context, source] : {std::pair{"OrderWidget", "Pay (F12)"}, std::pair{"OrderWidget", "Customer…"},
                                          std::pair{"FloorView", "New"}}) {
        const QString translated = translator.translate(context, source);
        QVERIFY2(!translated.isEmpty() && translated != QLatin1String(source),
                 qPrintable(QStringLiteral("%1 / %2 is not translated").arg(QLatin1String(context), QLatin1String(source))));
    }
}

void TestTranslations::russianPluralForms()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("tandem_ru"), QStringLiteral(TANDEM_QM_DIR)));
    const auto unsent = [&](int n) { return translator.translate("FloorView", "%n unsent", nullptr, n); };
    QVERIFY(!unsent(1).isEmpty());
    // one (1, 21), few (2-4, 22-24) and many (5-20, 25) take different words.
    QCOMPARE(unsent(21), unsent(1));
    QCOMPARE(unsent(3), unsent(2));
    QCOMPARE(unsent(11), unsent(5));
    QVERIFY(unsent(1) != unsent(2));
    QVERIFY(unsent(2) != unsent(5));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
