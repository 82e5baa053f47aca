<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CatalogCsv</name>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>die Datei ist leer; erwartet wurde eine Kopfzeile</translation>
    </message>
    <message>
        <source>unknown column; expected id, name, category, price, tax_rate, barcode</source>
        <translation>unbekannte Spalte; erwartet: id, name, category, price, tax_rate, barcode</translation>
    </message>
    <message>
        <source>column appears twice</source>
        <translation>Spalte kommt doppelt vor</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>Pflichtspalte fehlt</translation>
    </message>
    <message>
        <source>more than %1 products</source>
        <translation>mehr als %1 Artikel</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat jedoch %2</translation>
    </message>
    <message>
        <source>must be 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>muss aus 1 bis 32 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>duplicate id, first used on line %1</source>
        <translation>doppelte ID, zuerst verwendet in Zeile %1</translation>
    </message>
    <message>
        <source>must be 1 to 80 characters</source>
        <translation>muss 1 bis 80 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be 1 to 40 characters</source>
        <translation>muss 1 bis 40 Zeichen lang sein</translation>
    </message>
    <message>
        <source>not a price with at most %1 decimals: &apos;%2&apos;</source>
        <translation>kein Preis mit höchstens %1 Nachkommastellen: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>must not be negative or absurdly large</source>
        <translation>darf weder negativ noch unsinnig groß sein</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100 with at most 2 decimals</source>
        <translation>muss ein Prozentsatz von 0 bis 100 mit höchstens 2 Nachkommastellen sein</translation>
    </message>
    <message>
        <source>must be empty or 6 to 14 digits</source>
        <translation>muss leer sein oder aus 6 bis 14 Ziffern bestehen</translation>
    </message>
    <message>
        <source>duplicate barcode, first used on line %1</source>
        <translation>doppelter Barcode, zuerst verwendet in Zeile %1</translation>
    </message>
    <message>
        <source>the file has a header but no products</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Artikel</translation>
    </message>
    <message>
        <source>must not contain line breaks or control characters</source>
        <translation>darf keine Zeilenumbrüche oder Steuerzeichen enthalten</translation>
    </message>
</context>
<context>
    <name>ClosingReport</name>
    <message>
        <source>Closing report</source>
        <translation>Abschlussbericht</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kassierer</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>Bezahlte Bestellungen</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Stornierte Bestellungen</translation>
    </message>
    <message>
        <source>Abandoned open orders</source>
        <translation>Verworfene Bestellungen</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <source>Tax %1 on %2</source>
        <translation>MwSt. %1 auf %2</translation>
    </message>
    <message>
        <source>Total tax</source>
        <translation>MwSt. gesamt</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>der Datenspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot use the store %1: %2</source>
        <translation>der Datenspeicher %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>no session %1</source>
        <translation>Sitzung %1 existiert nicht</translation>
    </message>
    <message>
        <source>session %1 is not open</source>
        <translation>Sitzung %1 ist nicht geöffnet</translation>
    </message>
    <message>
        <source>line %1 is not in order %2</source>
        <translation>Zeile %1 gehört nicht zu Bestellung %2</translation>
    </message>
    <message>
        <source>no order %1</source>
        <translation>Bestellung %1 existiert nicht</translation>
    </message>
    <message>
        <source>order %1 has an unknown state</source>
        <translation>Bestellung %1 hat einen unbekannten Status</translation>
    </message>
    <message>
        <source>payment %1 has an unknown method</source>
        <translation>Zahlung %1 hat eine unbekannte Zahlungsart</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sync off</source>
        <translation>Sync aus</translation>
    </message>
    <message>
        <source>This terminal works standalone; a manager can pair it with a sync server.</source>
        <translation>Diese Kasse arbeitet eigenständig; ein Manager kann sie mit einem Sync-Server koppeln.</translation>
    </message>
    <message>
        <source>Unknown barcode %1</source>
        <translation>Unbekannter Barcode %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation>Kundenname:</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Bestellung</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Neue Bestellung</translation>
    </message>
    <message>
        <source>&amp;Delete order…</source>
        <translation>Bestellung &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>&amp;Bezahlen</translation>
    </message>
    <message>
        <source>Ne&amp;xt order</source>
        <translation>Nä&amp;chste Bestellung</translation>
    </message>
    <message>
        <source>P&amp;revious order</source>
        <translation>&amp;Vorherige Bestellung</translation>
    </message>
    <message>
        <source>Remove selected &amp;line</source>
        <translation>Ausgewählte &amp;Zeile entfernen</translation>
    </message>
    <message>
        <source>&amp;Find product</source>
        <translation>Artikel &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Close session…</source>
        <translation>Sitzung &amp;schließen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Manager</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Import catalog…</source>
        <translation>Katalog &amp;importieren…</translation>
    </message>
    <message>
        <source>Tandem POS — %1</source>
        <translation>Tandem POS — %1</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Kassierer: %1</translation>
    </message>
    <message>
        <source>No open session</source>
        <translation>Keine offene Sitzung</translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation>Bestellung löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the order with %n line(s)? It will be kept as cancelled.</source>
        <translation>
            <numerusform>Die Bestellung mit %n Zeile löschen? Sie wird als storniert aufbewahrt.</numerusform>
            <numerusform>Die Bestellung mit %n Zeilen löschen? Sie wird als storniert aufbewahrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) still have lines. Closing the session archives them as abandoned; they will not be paid. Close the session?</source>
        <translation>
            <numerusform>%n offene Bestellung enthält noch Zeilen. Beim Schließen der Sitzung wird sie als verworfen archiviert und nicht bezahlt. Sitzung schließen?</numerusform>
            <numerusform>%n offene Bestellungen enthalten noch Zeilen. Beim Schließen der Sitzung werden sie als verworfen archiviert und nicht bezahlt. Sitzung schließen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the session and print the closing report?</source>
        <translation>Sitzung schließen und den Abschlussbericht drucken?</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Sitzung schließen</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>Abschlussbericht</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Cashier for the next session:</source>
        <translation>Kassierer für die nächste Sitzung:</translation>
    </message>
    <message>
        <source>Manager access</source>
        <translation>Manager-Zugang</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Import catalog</source>
        <translation>Katalog importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>%n Artikel importiert.</numerusform>
            <numerusform>%n Artikel importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisierung angehalten: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline: this order is on the server and stays read-only until the connection returns. New orders can be created and paid.</source>
        <translation>Offline: Diese Bestellung liegt auf dem Server und bleibt schreibgeschützt, bis die Verbindung zurück ist. Neue Bestellungen können angelegt und bezahlt werden.</translation>
    </message>
    <message>
        <source>Server: %1
Last contact: %2
Changes waiting to be sent: %3</source>
        <translation>Server: %1
Letzter Kontakt: %2
Noch zu sendende Änderungen: %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>NumpadWidget</name>
    <message>
        <source>Turn the quantity into a return and back</source>
        <translation>Menge zwischen Verkauf und Rückgabe umschalten</translation>
    </message>
    <message>
        <source>Delete the last digit; on an empty quantity, remove the line</source>
        <translation>Letzte Ziffer löschen; bei leerer Menge die Zeile entfernen</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Disc</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
</context>
<context>
    <name>OpenOrdersModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s) · %2</source>
        <translation>
            <numerusform>%1 · %n Zeile · %2</numerusform>
            <numerusform>%1 · %n Zeilen · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>The order is no longer open.</source>
        <translation>Die Bestellung ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>The line is no longer in the order.</source>
        <translation>Die Zeile ist nicht mehr in der Bestellung.</translation>
    </message>
    <message>
        <source>The quantity is out of range.</source>
        <translation>Die Menge liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %.</source>
        <translation>Ein Rabatt muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>The price is out of range.</source>
        <translation>Der Preis liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>A customer name can have at most 80 characters.</source>
        <translation>Ein Kundenname darf höchstens 80 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation>Es gibt nichts zu bezahlen.</translation>
    </message>
    <message>
        <source>A payment amount is zero or out of range.</source>
        <translation>Ein Zahlungsbetrag ist null oder liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The payments do not cover the total.</source>
        <translation>Die Zahlungen decken den Gesamtbetrag nicht.</translation>
    </message>
    <message>
        <source>Change can only be given from cash.</source>
        <translation>Rückgeld kann nur bei Barzahlung gegeben werden.</translation>
    </message>
    <message>
        <source>A payment must have the sign of the total.</source>
        <translation>Eine Zahlung muss dasselbe Vorzeichen wie die Summe haben.</translation>
    </message>
    <message>
        <source>This order is on the server and read-only while the terminal is offline.</source>
        <translation>Diese Bestellung liegt auf dem Server und ist schreibgeschützt, solange die Kasse offline ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid extension key.</source>
        <translation>„%1“ ist kein gültiger Erweiterungsschlüssel.</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>added by %1 (%2)</source>
        <translation>hinzugefügt von %1 (%2)</translation>
    </message>
    <message>
        <source>, edited by %1 (%2)</source>
        <translation>, bearbeitet von %1 (%2)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>OrderSelector</name>
    <message>
        <source>New order (Ctrl+N)</source>
        <translation>Neue Bestellung (Strg+N)</translation>
    </message>
    <message>
        <source>Delete this order (Ctrl+Shift+Del)</source>
        <translation>Diese Bestellung löschen (Strg+Umschalt+Entf)</translation>
    </message>
</context>
<context>
    <name>OrderWidget</name>
    <message>
        <source>Customer…</source>
        <translation>Kunde…</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>Bezahlen (F12)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Gesamt %1</translation>
    </message>
    <message>
        <source>incl. tax %1</source>
        <translation>inkl. MwSt. %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Zahlung entfernen</translation>
    </message>
    <message>
        <source>Validate (Enter)</source>
        <translation>Bestätigen (Enter)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Zu zahlen %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Gezahlt %1</translation>
    </message>
    <message>
        <source>Remaining %1</source>
        <translation>Restbetrag %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Rückgeld %1</translation>
    </message>
    <message>
        <source>Change can only be given from cash.</source>
        <translation>Rückgeld kann nur bei Barzahlung gegeben werden.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProductPanel</name>
    <message>
        <source>Search products or scan a barcode (Ctrl+F)</source>
        <translation>Artikel suchen oder Barcode scannen (Strg+F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Manager access</source>
        <translation>Manager-Zugang</translation>
    </message>
    <message>
        <source>Manager PIN:</source>
        <translation>Manager-PIN:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>closing-report.pdf</source>
        <translation>abschlussbericht.pdf</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Payment complete</source>
        <translation>Zahlung abgeschlossen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Next order (Enter)</source>
        <translation>Nächste Bestellung (Enter)</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>beleg-%1.pdf</translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Bon %1</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Bedient von %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Rabatt %1</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>SUMME</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rückgeld</translation>
    </message>
    <message>
        <source>incl. tax %1 on %2</source>
        <translation>inkl. MwSt. %1 auf %2</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>STORNIERT</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Terminal settings</source>
        <translation>Kasseneinstellungen</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Manager-PIN</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Starts every receipt reference, e.g. BAR-000042</source>
        <translation>Steht am Anfang jeder Belegnummer, z. B. BAR-000042</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>Geschäftsname:</translation>
    </message>
    <message>
        <source>Terminal name:</source>
        <translation>Kassenname:</translation>
    </message>
    <message>
        <source>Terminal code:</source>
        <translation>Kassenkürzel:</translation>
    </message>
    <message>
        <source>The code starts every receipt reference printed by this terminal. Use capital letters and digits.</source>
        <translation>Das Kürzel steht am Anfang jeder Belegnummer, die diese Kasse druckt. Verwenden Sie Großbuchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when the terminal starts next.</source>
        <translation>Eine neue Sprache wird beim nächsten Start der Kasse wirksam.</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>Neue PIN:</translation>
    </message>
    <message>
        <source>Repeat new PIN:</source>
        <translation>Neue PIN wiederholen:</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN. A PIN has 4 to 8 digits.</source>
        <translation>Leer lassen, um die aktuelle PIN beizubehalten. Eine PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <source>Share open orders with the other terminals of the shop</source>
        <translation>Offene Bestellungen mit den anderen Kassen des Geschäfts teilen</translation>
    </message>
    <message>
        <source>Sync is off. This terminal works as a standalone point of sale: it numbers its orders itself and keeps everything in its local store.</source>
        <translation>Die Synchronisierung ist aus. Diese Kasse arbeitet als eigenständiges Kassensystem: sie nummeriert ihre Bestellungen selbst und speichert alles in ihrem lokalen Datenspeicher.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Eine PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Show orders created on other terminals</source>
        <translation>Bestellungen anderer Kassen anzeigen</translation>
    </message>
    <message>
        <source>Drop the current empty &quot;New&quot; order when one arrives</source>
        <translation>Die aktuelle leere „Neu“-Bestellung verwerfen, wenn eine ankommt</translation>
    </message>
    <message>
        <source>Switch to an arriving order when the current one is empty</source>
        <translation>Zu einer ankommenden Bestellung wechseln, wenn die aktuelle leer ist</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>tdm_… as printed by tandem-syncd terminal add</source>
        <translation>tdm_… wie von tandem-syncd terminal add ausgegeben</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Sync is on.</source>
        <translation>Die Synchronisierung ist an.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
</context>
<context>
    <name>SqlMigration</name>
    <message>
        <source>the database was written by a newer Tandem POS (schema %1; this version knows up to %2)</source>
        <translation>die Datenbank stammt von einer neueren Tandem-POS-Version (Schema %1; diese Version kennt bis %2)</translation>
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation>Aktualisierung auf Schema %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>Der Server hat eine Änderung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot install the demo catalog.</source>
        <translation>Der Demo-Katalog kann nicht installiert werden.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Eine PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message numerus="yes">
        <source>The catalog was not imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Der Katalog wurde nicht importiert: %n Problem gefunden.</numerusform>
            <numerusform>Der Katalog wurde nicht importiert: %n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>A cashier name must have 1 to 40 characters.</source>
        <translation>Ein Kassierername muss 1 bis 40 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A session is already open.</source>
        <translation>Es ist bereits eine Sitzung geöffnet.</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Es ist keine Sitzung geöffnet.</translation>
    </message>
    <message>
        <source>The profile %1 is in use by another Tandem POS (process %2).</source>
        <translation>Das Profil %1 wird von einer anderen Tandem-POS-Instanz verwendet (Prozess %2).</translation>
    </message>
</context>
<context>
    <name>TerminalSettings</name>
    <message>
        <source>The shop name can have at most 60 characters.</source>
        <translation>Der Geschäftsname darf höchstens 60 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The terminal name must have 1 to 40 characters.</source>
        <translation>Der Kassenname muss 1 bis 40 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The terminal code must be 1 to 8 capital letters or digits.</source>
        <translation>Das Kassenkürzel muss aus 1 bis 8 Großbuchstaben oder Ziffern bestehen.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation>Unbekannte Sprache „%1“.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as EUR.</source>
        <translation>Die Währung muss ein dreistelliger ISO-Code wie EUR sein.</translation>
    </message>
    <message>
        <source>A cashier name can have at most 40 characters.</source>
        <translation>Ein Kassierername darf höchstens 40 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The server address must look like http://host:8765 or https://host:8765.</source>
        <translation>Die Serveradresse muss wie http://host:8765 oder https://host:8765 aussehen.</translation>
    </message>
    <message>
        <source>The token is the text tandem-syncd printed for this terminal (tdm_…).</source>
        <translation>Das Token ist der Text, den tandem-syncd für diese Kasse ausgegeben hat (tdm_…).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>%n Artikel importiert.</numerusform>
            <numerusform>%n Artikel importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tandem POS terminal</source>
        <translation>Tandem-POS-Kassenterminal</translation>
    </message>
    <message>
        <source>Keep the terminal&apos;s whole local state in &lt;dir&gt;.</source>
        <translation>Den gesamten lokalen Zustand der Kasse in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>Open the session for &lt;name&gt; without asking.</source>
        <translation>Die Sitzung für &lt;name&gt; ohne Rückfrage öffnen.</translation>
    </message>
    <message>
        <source>Replace the catalog with the products of &lt;file&gt; (CSV) and exit.</source>
        <translation>Den Katalog durch die Artikel aus &lt;file&gt; (CSV) ersetzen und beenden.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Tandem POS</source>
        <translation>Tandem POS</translation>
    </message>
    <message>
        <source>The terminal cannot start:
%1</source>
        <translation>Die Kasse kann nicht starten:
%1</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Cashier name:</source>
        <translation>Kassierername:</translation>
    </message>
    <message>
        <source>Name this terminal &lt;name&gt;.</source>
        <translation>Diese Kasse &lt;name&gt; nennen.</translation>
    </message>
    <message>
        <source>Start its receipt references with &lt;code&gt;.</source>
        <translation>Belegnummern mit &lt;code&gt; beginnen.</translation>
    </message>
    <message>
        <source>Share open orders through the tandem-syncd at &lt;url&gt;.</source>
        <translation>Offene Bestellungen über den tandem-syncd unter &lt;url&gt; teilen.</translation>
    </message>
    <message>
        <source>This terminal&apos;s token for the sync server.</source>
        <translation>Das Token dieser Kasse für den Sync-Server.</translation>
    </message>
</context>
</TS>
