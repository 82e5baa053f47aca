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
        <source>duplicate id, first used on line %1</source>
        <translation>doppelte ID, zuerst verwendet in Zeile %1</translation>
    </message>
    <message>
        <source>duplicate barcode, first used on line %1</source>
        <translation>doppelter Barcode, zuerst verwendet in Zeile %1</translation>
    </message>
    <message>
        <source>the file has a header but no products</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Artikel</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>Open orders here at the close</source>
        <translation>Hier offen beim Abschluss</translation>
    </message>
    <message>
        <source>Run ended: orders abandoned</source>
        <translation>Tagesende: verworfen</translation>
    </message>
    <message>
        <source>Open orders, left on the server</source>
        <translation>Offen auf dem Server</translation>
    </message>
    <message>
        <source>(the server was not reached)</source>
        <translation>(Server nicht erreicht)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Cash control</source>
        <translation>Kassenbestand</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Barumsatz</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>Einlage: %1</translation>
    </message>
    <message>
        <source>Out: %1</source>
        <translation>Entnahme: %1</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Soll-Bestand</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Mehrbetrag</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Fehlbetrag</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Ausgeglichen</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>Bon %1</translation>
    </message>
    <message>
        <source>ticket follows</source>
        <translation>Bonnummer folgt</translation>
    </message>
    <message>
        <source>Orders kept open</source>
        <translation>Offen gehaltene Bestellungen</translation>
    </message>
    <message>
        <source>Voided receipts (money given back)</source>
        <translation>Stornierte Belege (Geld zurückgegeben)</translation>
    </message>
</context>
<context>
    <name>ExtensionRegistry</name>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid extension id</source>
        <translation>%1: „%2“ ist keine gültige Erweiterungs-ID</translation>
    </message>
    <message>
        <source>%1: an extension &quot;%2&quot; is loaded already</source>
        <translation>%1: eine Erweiterung „%2“ ist bereits geladen</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; of &quot;%3&quot; must start with &quot;%3.&quot; and use a-z, 0-9, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;</source>
        <translation>%1: Feld „%2“ von „%3“ muss mit „%3.“ beginnen und a-z, 0-9, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; verwenden</translation>
    </message>
    <message>
        <source>%1: only order fields can be unique (&quot;%2&quot;)</source>
        <translation>%1: nur Bestellfelder können eindeutig sein („%2“)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is declared twice</source>
        <translation>%1: Feld „%2“ ist doppelt deklariert</translation>
    </message>
    <message>
        <source>%1: not a Qt plugin (%2)</source>
        <translation>%1: kein Qt-Plugin (%2)</translation>
    </message>
    <message>
        <source>%1: not a Tandem extension (interface %2)</source>
        <translation>%1: keine Tandem-Erweiterung (Schnittstelle %2)</translation>
    </message>
    <message>
        <source>%1: built for extension API %2, this terminal needs %3</source>
        <translation>%1: für Erweiterungs-API %2 gebaut, diese Kasse benötigt %3</translation>
    </message>
    <message>
        <source>%1: cannot be loaded (%2)</source>
        <translation>%1: kann nicht geladen werden (%2)</translation>
    </message>
    <message>
        <source>no Extension interface</source>
        <translation>keine Extension-Schnittstelle</translation>
    </message>
    <message>
        <source>No enabled extension declares the field &quot;%1&quot;.</source>
        <translation>Keine aktivierte Erweiterung deklariert das Feld „%1“.</translation>
    </message>
</context>
<context>
    <name>FloorPlan</name>
    <message>
        <source>The floor plan must be {&quot;floors&quot;: [...]}.</source>
        <translation>Der Tischplan muss {&quot;floors&quot;: [...]} sein.</translation>
    </message>
    <message>
        <source>Each floor must be {&quot;name&quot;: text, &quot;tables&quot;: [text, ...]}.</source>
        <translation>Jeder Bereich muss {&quot;name&quot;: Text, &quot;tables&quot;: [Text, ...]} sein.</translation>
    </message>
    <message>
        <source>Table names must be text.</source>
        <translation>Tischnamen müssen Text sein.</translation>
    </message>
    <message>
        <source>At most %1 floors.</source>
        <translation>Höchstens %1 Bereiche.</translation>
    </message>
    <message>
        <source>A floor needs a name of 1 to %1 characters.</source>
        <translation>Ein Bereich braucht einen Namen mit 1 bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>There are two floors called &quot;%1&quot;.</source>
        <translation>Es gibt zwei Bereiche namens „%1“.</translation>
    </message>
    <message>
        <source>Floor &quot;%1&quot; needs 1 to %2 tables.</source>
        <translation>Bereich „%1“ braucht 1 bis %2 Tische.</translation>
    </message>
    <message>
        <source>Table names on &quot;%1&quot; need 1 to %2 characters.</source>
        <translation>Tischnamen in „%1“ brauchen 1 bis %2 Zeichen.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; is named twice; table names must differ across all floors.</source>
        <translation>Tisch „%1“ ist doppelt benannt; Tischnamen müssen über alle Bereiche verschieden sein.</translation>
    </message>
</context>
<context>
    <name>FloorSettingsPage</name>
    <message>
        <source>Floor</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <source>Add floor</source>
        <translation>Bereich hinzufügen</translation>
    </message>
    <message>
        <source>Remove floor</source>
        <translation>Bereich entfernen</translation>
    </message>
    <message>
        <source>One row per floor; table names separated by commas (e.g. T1, T2, Bar 1). Table names must differ across floors. With sync on, the plan is shared with every terminal of the shop and can only be changed while the sync server is reachable; with sync off it is kept on this terminal.</source>
        <translation>Eine Zeile pro Bereich; Tischnamen durch Kommas getrennt (z. B. T1, T2, Bar 1). Tischnamen müssen über alle Bereiche verschieden sein. Mit Synchronisierung gilt der Plan für alle Kassen des Geschäfts und kann nur geändert werden, solange der Sync-Server erreichbar ist; ohne Synchronisierung bleibt er auf dieser Kasse.</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <source>Floor plan</source>
        <translation>Tischplan</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tische</translation>
    </message>
    <message>
        <source>Counter sale</source>
        <translation>Thekenverkauf</translation>
    </message>
    <message>
        <source>An order without a table</source>
        <translation>Eine Bestellung ohne Tisch</translation>
    </message>
    <message>
        <source>No floors yet: a manager adds them in Settings → Restaurant.</source>
        <translation>Noch keine Bereiche: ein Manager legt sie unter Einstellungen → Restaurant an.</translation>
    </message>
    <message>
        <source>The shared floor plan cannot be read: %1</source>
        <translation>Der gemeinsame Tischplan kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n guest(s)</source>
        <translation>
            <numerusform>%1 · %n Gast</numerusform>
            <numerusform>%1 · %n Gäste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent</source>
        <translation>
            <numerusform>%n nicht gesendet</numerusform>
            <numerusform>%n nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>Number of guests:</source>
        <translation>Anzahl Gäste:</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>der Datenspeicher %1 kann nicht geöffnet werden: %2</translation>
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
    <message>
        <source>no product %1</source>
        <translation>Artikel %1 existiert nicht</translation>
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
    <message>
        <source>Shared settings not saved: %1</source>
        <translation>Gemeinsame Einstellungen nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Tap to dismiss</source>
        <translation>Zum Schließen tippen</translation>
    </message>
    <message>
        <source>&amp;Receipts…</source>
        <translation>Bele&amp;ge…</translation>
    </message>
    <message>
        <source>Cash &amp;in…</source>
        <translation>&amp;Einlage…</translation>
    </message>
    <message>
        <source>Cash &amp;out…</source>
        <translation>E&amp;ntnahme…</translation>
    </message>
    <message>
        <source>&amp;Products…</source>
        <translation>&amp;Artikel…</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Bestellung #%1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>%1 was archived: the shop&apos;s run ended.</source>
        <translation>%1 wurde archiviert: Der Geschäftstag ist beendet.</translation>
    </message>
    <message>
        <source>%1 was closed on another terminal.</source>
        <translation>%1 wurde an einer anderen Kasse abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 was paid on %2 by %3.</source>
        <translation>%1 wurde an %2 von %3 bezahlt.</translation>
    </message>
    <message>
        <source>%1 was cancelled on %2 by %3.</source>
        <translation>%1 wurde an %2 von %3 storniert.</translation>
    </message>
    <message>
        <source>Offline because %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>%1 is not on sale.</source>
        <translation>%1 ist nicht im Verkauf.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>No receipt was issued in this session yet.</source>
        <translation>In dieser Sitzung wurde noch kein Beleg ausgestellt.</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>ticket follows</source>
        <translation>Bonnummer folgt</translation>
    </message>
    <message>
        <source>Print a copy of:</source>
        <translation>Kopie drucken von:</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>KOPIE</translation>
    </message>
    <message>
        <source>Asking the server whether other terminals keep the shop open…</source>
        <translation>Frage den Server, ob andere Kassen das Geschäft noch offen halten…</translation>
    </message>
    <message numerus="yes">
        <source>The sync server cannot be reached, so it is not known whether other terminals keep the shop open. The %n open order(s) stay open on the server, and here too; the server learns of this close when the terminal reconnects. Close the session?</source>
        <translation>
            <numerusform>Der Sync-Server ist nicht erreichbar, daher ist nicht bekannt, ob andere Kassen das Geschäft offen halten. Die %n offene Bestellung bleibt auf dem Server und auch hier offen; der Server erfährt vom Schließen dieser Sitzung, sobald sich die Kasse wieder verbindet. Sitzung schließen?</numerusform>
            <numerusform>Der Sync-Server ist nicht erreichbar, daher ist nicht bekannt, ob andere Kassen das Geschäft offen halten. Die %n offenen Bestellungen bleiben auf dem Server und auch hier offen; der Server erfährt vom Schließen dieser Sitzung, sobald sich die Kasse wieder verbindet. Sitzung schließen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is the last open session of the shop: closing it ends the run. The shop&apos;s %n open order(s) will be archived as abandoned and ticket numbers start again at 1. Close the session?</source>
        <translation>
            <numerusform>Dies ist die letzte offene Sitzung des Geschäfts: Wird sie geschlossen, endet der Geschäftstag. Die %n offene Bestellung des Geschäfts wird als verworfen archiviert, und die Bonnummern beginnen wieder bei 1. Sitzung schließen?</numerusform>
            <numerusform>Dies ist die letzte offene Sitzung des Geschäfts: Wird sie geschlossen, endet der Geschäftstag. Die %n offenen Bestellungen des Geschäfts werden als verworfen archiviert, und die Bonnummern beginnen wieder bei 1. Sitzung schließen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other terminals keep the shop open (%1): the %n open order(s) stay open for them, and here too. Close the session?</source>
        <translation>
            <numerusform>Andere Kassen halten das Geschäft offen (%1): Die %n offene Bestellung bleibt für sie und auch hier offen. Sitzung schließen?</numerusform>
            <numerusform>Andere Kassen halten das Geschäft offen (%1): Die %n offenen Bestellungen bleiben für sie und auch hier offen. Sitzung schließen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cash counted in the drawer:</source>
        <translation>Zählbestand in der Kassenlade:</translation>
    </message>
    <message>
        <source>Opening float, the cash in the drawer:</source>
        <translation>Anfangsbestand, das Bargeld in der Kassenlade:</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <source>Amount put into the drawer:</source>
        <translation>In die Kassenlade eingelegter Betrag:</translation>
    </message>
    <message>
        <source>Amount taken from the drawer:</source>
        <translation>Aus der Kassenlade entnommener Betrag:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>%1 of %2 recorded; the drawer should now hold %3.</source>
        <translation>%1 über %2 erfasst; in der Kassenlade sollten jetzt %3 sein.</translation>
    </message>
    <message>
        <source>&amp;Refused changes…</source>
        <translation>&amp;Abgelehnte Änderungen…</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>The sync server has taken every change of this terminal.</source>
        <translation>Der Sync-Server hat jede Änderung dieses Terminals übernommen.</translation>
    </message>
    <message>
        <source>Changes the sync server did not take, newest first</source>
        <translation>Änderungen, die der Sync-Server nicht übernommen hat, neueste zuerst</translation>
    </message>
    <message>
        <source>%1  order %2
  %3
  %4: %5

</source>
        <translation>%1  Bestellung %2
  %3
  %4: %5

</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>abgelehnt (%1)</translation>
    </message>
    <message>
        <source>The server did not take the payment of %1: %2. Receipt %3 is void: give the customer back %4.</source>
        <translation>Der Server hat die Zahlung von %1 nicht angenommen: %2. Beleg %3 ist storniert: geben Sie dem Kunden %4 zurück.</translation>
    </message>
    <message>
        <source>The order is open again.</source>
        <translation>Die Bestellung ist wieder offen.</translation>
    </message>
    <message>
        <source>%1 was not cancelled: %2. It is open again.</source>
        <translation>%1 wurde nicht storniert: %2. Sie ist wieder offen.</translation>
    </message>
    <message>
        <source>Payment refused</source>
        <translation>Zahlung abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>Hosting: %n terminal(s)</source>
        <translation>
            <numerusform>Sync-Server: %n Kasse</numerusform>
            <numerusform>Sync-Server: %n Kassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This terminal hosts the shop&apos;s sync server at %1; %n other terminal(s) connected.</source>
        <translation>
            <numerusform>Auf dieser Kasse läuft der Sync-Server des Geschäfts unter %1; %n weitere Kasse ist verbunden.</numerusform>
            <numerusform>Auf dieser Kasse läuft der Sync-Server des Geschäfts unter %1; %n weitere Kassen sind verbunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Tandem POS?</source>
        <translation>Tandem POS beenden?</translation>
    </message>
    <message numerus="yes">
        <source>This terminal hosts the sync server of the shop, and %n other terminal(s) are connected to it. Closing it stops them sharing orders until it runs again; they keep selling meanwhile.</source>
        <translation>
            <numerusform>Auf dieser Kasse läuft der Sync-Server des Geschäfts, und %n weitere Kasse ist damit verbunden. Wird diese Kasse beendet, kann die andere keine Bestellungen mehr teilen, bis der Server wieder läuft; verkaufen kann sie währenddessen weiter.</numerusform>
            <numerusform>Auf dieser Kasse läuft der Sync-Server des Geschäfts, und %n weitere Kassen sind damit verbunden. Wird diese Kasse beendet, können die anderen keine Bestellungen mehr teilen, bis der Server wieder läuft; verkaufen können sie währenddessen weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not hosting</source>
        <translation>Kein Sync-Server</translation>
    </message>
    <message>
        <source>This terminal should host the shop&apos;s sync server but cannot: %1
It tries again every few seconds.</source>
        <translation>Diese Kasse soll den Sync-Server des Geschäfts betreiben, kann es aber nicht: %1
Sie versucht es alle paar Sekunden erneut.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>NotesExtension</name>
    <message>
        <source>A note is text; clear it to remove it.</source>
        <translation>Eine Notiz ist Text; leeren Sie sie, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Eine Notiz darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Note on the selected line…</source>
        <translation>Notiz zur ausgewählten Zeile…</translation>
    </message>
    <message>
        <source>Note on the order…</source>
        <translation>Notiz zur Bestellung…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>Select a line to note.</source>
        <translation>Wählen Sie eine Zeile für die Notiz.</translation>
    </message>
    <message>
        <source>Note on %1:</source>
        <translation>Notiz zu %1:</translation>
    </message>
    <message>
        <source>Note on the order:</source>
        <translation>Notiz zur Bestellung:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <source>A payment must have the sign of the total.</source>
        <translation>Eine Zahlung muss dasselbe Vorzeichen wie die Summe haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid extension key.</source>
        <translation>„%1“ ist kein gültiger Erweiterungsschlüssel.</translation>
    </message>
    <message>
        <source>No session is open: the next cashier opens one first.</source>
        <translation>Es ist keine Sitzung geöffnet: Der nächste Kassierer öffnet zuerst eine.</translation>
    </message>
    <message>
        <source>Offline: this order is on the server and stays read-only until the connection returns. New orders can be created and paid.</source>
        <translation>Offline: Diese Bestellung liegt auf dem Server und bleibt schreibgeschützt, bis die Verbindung wiederhergestellt ist. Neue Bestellungen können angelegt und bezahlt werden.</translation>
    </message>
    <message>
        <source>Change can only be given for cash and the methods that give change.</source>
        <translation>Rückgeld gibt es nur bei Barzahlung und bei Zahlungsarten, die Rückgeld geben.</translation>
    </message>
    <message>
        <source>An order cannot join itself.</source>
        <translation>Eine Bestellung kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The order would come to more than the largest amount one order may have.</source>
        <translation>Die Bestellung würde den größten Betrag übersteigen, den eine Bestellung haben darf.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
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
    <name>PairingDialog</name>
    <message>
        <source>Make a token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Pair a terminal</source>
        <translation>Kasse koppeln</translation>
    </message>
    <message>
        <source>Each terminal that shares orders through this one needs its own token. On the other terminal, open Settings &gt; Sync and scan the code into the Server field, or paste the pairing link there; or type the server and the token.</source>
        <translation>Jede Kasse, die Bestellungen über diese Kasse teilt, braucht ein eigenes Token. Öffnen Sie an der anderen Kasse Einstellungen &gt; Synchronisierung und scannen Sie den Code in das Feld „Server“ oder fügen Sie dort den Kopplungslink ein; oder geben Sie Server und Token von Hand ein.</translation>
    </message>
    <message>
        <source>The other terminal&apos;s name, e.g. Bar</source>
        <translation>Name der anderen Kasse, z. B. Bar</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Pairing link:</source>
        <translation>Kopplungslink:</translation>
    </message>
    <message>
        <source>Paired terminals:</source>
        <translation>Gekoppelte Kassen:</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Gekoppelt am</translation>
    </message>
    <message>
        <source>Give the other terminal a name first.</source>
        <translation>Geben Sie der anderen Kasse zuerst einen Namen.</translation>
    </message>
    <message>
        <source>No token made: %1</source>
        <translation>Kein Token erstellt: %1</translation>
    </message>
    <message>
        <source>Pairing code for %1</source>
        <translation>Kopplungscode für %1</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>%1 (this terminal)</source>
        <translation>%1 (diese Kasse)</translation>
    </message>
    <message>
        <source>The server listens on %1: only this computer reaches it. To pair the shop&apos;s other terminals, choose its network address in Settings &gt; Sync.</source>
        <translation>Der Server lauscht auf %1: Nur dieser Rechner erreicht ihn. Um die anderen Kassen des Geschäfts zu koppeln, wählen Sie unter Einstellungen &gt; Synchronisierung seine Netzwerkadresse.</translation>
    </message>
    <message>
        <source>The token is shown only now; when one is lost, revoke that terminal and pair it again under another name.</source>
        <translation>Das Token wird nur jetzt angezeigt; geht eines verloren, widerrufen Sie diese Kasse und koppeln Sie sie unter einem anderen Namen neu.</translation>
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
        <source>Order #%1</source>
        <translation>Bestellung #%1</translation>
    </message>
    <message>
        <source>New order %1</source>
        <translation>Neue Bestellung %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Change can only be given for cash and the methods that give change.</source>
        <translation>Rückgeld gibt es nur bei Barzahlung und bei Zahlungsarten, die Rückgeld geben.</translation>
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
    <message>
        <source>Receipt roll</source>
        <translation>Bonrolle</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>On sale</source>
        <translation>Im Verkauf</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Find a product</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Price (%1, tax included):</source>
        <translation>Preis (%1, inkl. MwSt.):</translation>
    </message>
    <message>
        <source>Tax rate (%):</source>
        <translation>MwSt.-Satz (%):</translation>
    </message>
    <message>
        <source>Barcode:</source>
        <translation>Barcode:</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>im Verkauf</translation>
    </message>
    <message>
        <source>off sale</source>
        <translation>nicht im Verkauf</translation>
    </message>
    <message>
        <source>Price: %1.</source>
        <translation>Preis: %1.</translation>
    </message>
    <message>
        <source>Tax rate: %1.</source>
        <translation>Steuersatz: %1.</translation>
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
    <name>ProductRules</name>
    <message>
        <source>must be 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>muss aus 1 bis 32 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>must be 1 to 80 characters</source>
        <translation>muss 1 bis 80 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must not contain line breaks or control characters</source>
        <translation>darf keine Zeilenumbrüche oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>must be 1 to 40 characters</source>
        <translation>muss 1 bis 40 Zeichen lang sein</translation>
    </message>
    <message>
        <source>not a price with at most %1 decimals: &apos;%2&apos;</source>
        <translation>kein Preis mit höchstens %1 Nachkommastellen: „%2“</translation>
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
    <message>
        <source>Tax ID %1</source>
        <translation>St.-Nr. %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Ticket number follows (order %1)</source>
        <translation>Bonnummer folgt (Bestellung %1)</translation>
    </message>
</context>
<context>
    <name>RestaurantExtension</name>
    <message>
        <source>A table is named by 1 to %1 characters.</source>
        <translation>Ein Tisch wird mit 1 bis %1 Zeichen benannt.</translation>
    </message>
    <message>
        <source>Guests must be a number from 1 to %1.</source>
        <translation>Gäste müssen eine Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>The quantity sent to the kitchen is out of range.</source>
        <translation>Die an die Küche gesendete Menge liegt außerhalb des Bereichs.</translation>
    </message>
    <message numerus="yes">
        <source>Table %1 · %n guest(s)</source>
        <translation>
            <numerusform>Tisch %1 · %n Gast</numerusform>
            <numerusform>Tisch %1 · %n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tisch %1</translation>
    </message>
    <message>
        <source>changed since sent</source>
        <translation>seit dem Senden geändert</translation>
    </message>
    <message>
        <source>sent to kitchen</source>
        <translation>an die Küche gesendet</translation>
    </message>
    <message>
        <source>Table %1 was opened on another terminal at the same time; this terminal now works on that order.</source>
        <translation>Tisch %1 wurde gleichzeitig an einer anderen Kasse geöffnet; diese Kasse arbeitet jetzt mit jener Bestellung.</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurant</translation>
    </message>
    <message>
        <source>Table %1 is taken by another order; this order stays at table %2.</source>
        <translation>Tisch %1 ist von einer anderen Bestellung belegt; diese Bestellung bleibt an Tisch %2.</translation>
    </message>
    <message>
        <source>Table %1 is taken by another order; this order has no table now.</source>
        <translation>Tisch %1 ist von einer anderen Bestellung belegt; diese Bestellung hat jetzt keinen Tisch.</translation>
    </message>
    <message>
        <source>Table %1 is taken by another order; this order was not moved there.</source>
        <translation>Tisch %1 ist von einer anderen Bestellung belegt; diese Bestellung wurde nicht dorthin verlegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) sent to the kitchen.</source>
        <translation>
            <numerusform>%n Zeile an die Küche gesendet.</numerusform>
            <numerusform>%n Zeilen an die Küche gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n line(s) sent to the kitchen; %1.</source>
        <translation>
            <numerusform>%n Zeile an die Küche gesendet; %1.</numerusform>
            <numerusform>Alle %n Zeilen an die Küche gesendet; %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerHost</name>
    <message>
        <source>Another server uses %1.</source>
        <translation>Ein anderer Server verwendet %1.</translation>
    </message>
    <message>
        <source>The server database cannot be used: %1</source>
        <translation>Die Serverdatenbank kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The server cannot listen on %1 port %2: %3</source>
        <translation>Der Server kann auf %1, Port %2 keine Verbindungen annehmen: %3</translation>
    </message>
    <message>
        <source>This terminal&apos;s own token cannot be revoked while it hosts the server.</source>
        <translation>Das eigene Token dieser Kasse kann nicht widerrufen werden, solange auf ihr der Server läuft.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>Der Server läuft nicht.</translation>
    </message>
    <message>
        <source>A revoked terminal keeps its name &quot;%1&quot;: pair it under another one.</source>
        <translation>Eine widerrufene Kasse behält ihren Namen „%1“: Koppeln Sie sie unter einem anderen.</translation>
    </message>
    <message>
        <source>There is a terminal named &quot;%1&quot; already.</source>
        <translation>Es gibt bereits eine Kasse namens „%1“.</translation>
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
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>Extensions this terminal runs (takes effect at the next start):</source>
        <translation>Erweiterungen dieser Kasse (wirksam beim nächsten Start):</translation>
    </message>
    <message>
        <source>Not loaded:
%1</source>
        <translation>Nicht geladen:
%1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungsarten</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>Steuernummer:</translation>
    </message>
    <message>
        <source>Above the order:</source>
        <translation>Über der Bestellung:</translation>
    </message>
    <message>
        <source>At the end:</source>
        <translation>Am Ende:</translation>
    </message>
    <message>
        <source>Printed under the shop&apos;s name on every receipt, centred; at most 42 characters a line.</source>
        <translation>Wird auf jedem Beleg zentriert unter dem Geschäftsnamen gedruckt; höchstens 42 Zeichen pro Zeile.</translation>
    </message>
    <message>
        <source>Cash is always taken.</source>
        <translation>Bargeld wird immer angenommen.</translation>
    </message>
    <message>
        <source>Card payments</source>
        <translation>Kartenzahlungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gives change</source>
        <translation>Gibt Rückgeld</translation>
    </message>
    <message>
        <source>Add a method</source>
        <translation>Zahlungsart hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected one</source>
        <translation>Ausgewählte entfernen</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Further ways to pay, such as a voucher; one that gives change hands an overpayment back in cash:</source>
        <translation>Weitere Zahlungsarten, z. B. Gutschein; eine Zahlungsart mit Rückgeld gibt einen Mehrbetrag bar zurück:</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>A copy of everything this terminal keeps (settings, products, sessions, orders and the changes still waiting for the server), made while it runs.</source>
        <translation>Eine Kopie von allem, was diese Kasse aufbewahrt (Einstellungen, Artikel, Sitzungen, Bestellungen und die Änderungen, die noch auf den Server warten), im laufenden Betrieb erstellt.</translation>
    </message>
    <message>
        <source>Back up this terminal</source>
        <translation>Diese Kasse sichern</translation>
    </message>
    <message>
        <source>tandem-pos-backup-%1-%2.sqlite</source>
        <translation>tandem-pos-sicherung-%1-%2.sqlite</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>Not backed up: %1</source>
        <translation>Nicht gesichert: %1</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Diagnose kopieren</translation>
    </message>
    <message>
        <source>Copied: the versions, this terminal&apos;s sync and store, and the end of its log (%1). Paste it into a message to support.</source>
        <translation>Kopiert: die Versionen, Sync und Speicher dieser Kasse und das Ende ihres Protokolls (%1). Fügen Sie es in eine Nachricht an den Support ein.</translation>
    </message>
    <message>
        <source>This terminal hosts the sync server (for a shop without a back-office computer)</source>
        <translation>Auf dieser Kasse läuft der Sync-Server (für ein Geschäft ohne Backoffice-Rechner)</translation>
    </message>
    <message>
        <source>%1 (this computer only)</source>
        <translation>%1 (nur dieser Rechner)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Erreichbar unter:</translation>
    </message>
    <message>
        <source>Pair a terminal…</source>
        <translation>Kasse koppeln…</translation>
    </message>
    <message>
        <source>Not hosting.</source>
        <translation>Auf dieser Kasse läuft kein Server.</translation>
    </message>
    <message numerus="yes">
        <source>Hosting at %1: %n other terminal(s) connected.</source>
        <translation>
            <numerusform>Server läuft unter %1: %n weitere Kasse verbunden.</numerusform>
            <numerusform>Server läuft unter %1: %n weitere Kassen verbunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving stops the server: %n connected terminal(s) go offline.</source>
        <translation>
            <numerusform>Beim Speichern wird der Server beendet: %n verbundene Kasse geht offline.</numerusform>
            <numerusform>Beim Speichern wird der Server beendet: %n verbundene Kassen gehen offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server starts when the settings are saved.</source>
        <translation>Der Server startet, sobald die Einstellungen gespeichert werden.</translation>
    </message>
    <message>
        <source>The pairing code did not come through whole: scan it again, or paste the pairing link (check the scanner&apos;s keyboard layout).</source>
        <translation>Der Kopplungscode kam nicht vollständig an: Scannen Sie ihn erneut oder fügen Sie den Kopplungslink ein (prüfen Sie die Tastaturbelegung des Scanners).</translation>
    </message>
    <message>
        <source>Saving moves the server: the other terminals must be paired again, or their server address changed to the new one.</source>
        <translation>Beim Speichern zieht der Server um: Die anderen Kassen müssen neu gekoppelt oder ihre Serveradresse auf die neue geändert werden.</translation>
    </message>
    <message>
        <source>Not hosting: %1</source>
        <translation>Kein Sync-Server: %1</translation>
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
    <name>SqlSupport</name>
    <message>
        <source>%1 exists already; a backup never overwrites a file</source>
        <translation>%1 existiert bereits; eine Sicherung überschreibt nie eine Datei</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden: %2</translation>
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
    <message>
        <source>Shared settings can only be changed while the sync server is reachable.</source>
        <translation>Gemeinsame Einstellungen können nur geändert werden, solange der Sync-Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>the server refused the connection (is tandem-syncd running?)</source>
        <translation>der Server hat die Verbindung abgelehnt (läuft tandem-syncd?)</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <source>the server answered with HTTP status %1</source>
        <translation>der Server antwortete mit HTTP-Status %1</translation>
    </message>
    <message>
        <source>the server&apos;s name cannot be resolved</source>
        <translation>der Servername kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the answer is not from a tandem-syncd (%1)</source>
        <translation>die Antwort stammt nicht von einem tandem-syncd (%1)</translation>
    </message>
    <message>
        <source>The server refused a cash report: %1</source>
        <translation>Der Server hat einen Kassenbericht abgelehnt: %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>vom Server abgelehnt</translation>
    </message>
</context>
<context>
    <name>TableControl</name>
    <message>
        <source>Table…</source>
        <translation>Tisch…</translation>
    </message>
    <message>
        <source>Table %1…</source>
        <translation>Tisch %1…</translation>
    </message>
    <message>
        <source>Bind the order to a table or move it to another one</source>
        <translation>Die Bestellung einem Tisch zuordnen oder an einen anderen verlegen</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)…</source>
        <translation>
            <numerusform>%n Gast…</numerusform>
            <numerusform>%n Gäste…</numerusform>
        </translation>
    </message>
    <message>
        <source>Guests…</source>
        <translation>Gäste…</translation>
    </message>
    <message>
        <source>Send to kitchen (%1)</source>
        <translation>An die Küche senden (%1)</translation>
    </message>
    <message>
        <source>All sent to kitchen</source>
        <translation>Alles an die Küche gesendet</translation>
    </message>
    <message>
        <source>Send to kitchen</source>
        <translation>An die Küche senden</translation>
    </message>
    <message>
        <source>There are no tables yet: a manager sets up the floors in the settings.</source>
        <translation>Es gibt noch keine Tische: ein Manager legt die Bereiche in den Einstellungen an.</translation>
    </message>
    <message>
        <source>Every table is occupied.</source>
        <translation>Alle Tische sind belegt.</translation>
    </message>
    <message>
        <source>Move order</source>
        <translation>Bestellung verlegen</translation>
    </message>
    <message>
        <source>Move the order to table:</source>
        <translation>Bestellung an Tisch verlegen:</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Number of guests:</source>
        <translation>Anzahl Gäste:</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>The order is no longer open.</source>
        <translation>Die Bestellung ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>Table %1 already has order %2.</source>
        <translation>Tisch %1 hat bereits Bestellung %2.</translation>
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
    <message>
        <source>There is no product %1.</source>
        <translation>Es gibt keinen Artikel %1.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>The price must not be negative or absurdly large.</source>
        <translation>Der Preis darf weder negativ noch unsinnig groß sein.</translation>
    </message>
    <message>
        <source>The tax rate must be from 0 to 100 %.</source>
        <translation>Der MwSt.-Satz muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <source>The id %1 is taken by %2.</source>
        <translation>Die ID %1 ist bereits an %2 vergeben.</translation>
    </message>
    <message>
        <source>The barcode %1 is taken by %2.</source>
        <translation>Der Barcode %1 ist bereits an %2 vergeben.</translation>
    </message>
    <message>
        <source>The opening float must be between 0 and %1.</source>
        <translation>Der Anfangsbestand muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>Say why the cash moves, in 1 to 80 characters.</source>
        <translation>Geben Sie den Grund für die Bargeldbewegung an (1 bis 80 Zeichen).</translation>
    </message>
    <message>
        <source>The drawer should hold only %1: no more can be taken out.</source>
        <translation>In der Kassenlade sollten nur %1 sein: Mehr kann nicht entnommen werden.</translation>
    </message>
    <message>
        <source>The counted cash must be between 0 and %1.</source>
        <translation>Der Zählbestand muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The amount must be more than 0 and at most %1.</source>
        <translation>Der Betrag muss größer als 0 und höchstens %1 sein.</translation>
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
        <source>The token is the text tandem-syncd printed for this terminal (tdm_…).</source>
        <translation>Das Token ist der Text, den tandem-syncd für diese Kasse ausgegeben hat (tdm_…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an extension id (a-z, 0-9 and _, starting with a letter).</source>
        <translation>„%1“ ist keine Erweiterungs-ID (a-z, 0-9 und _, beginnend mit einem Buchstaben).</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <source>At most %1 payment methods can be added beside cash and card.</source>
        <translation>Neben Bar und Karte können höchstens %1 Zahlungsarten hinzugefügt werden.</translation>
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
        <source>The payment method %1 has no id of its own.</source>
        <translation>Die Zahlungsart %1 hat keine eigene ID.</translation>
    </message>
    <message>
        <source>There is already a payment method called %1.</source>
        <translation>Es gibt bereits eine Zahlungsart namens %1.</translation>
    </message>
    <message>
        <source>The address has at most 3 lines of 42 characters.</source>
        <translation>Die Adresse hat höchstens 3 Zeilen zu je 42 Zeichen.</translation>
    </message>
    <message>
        <source>The text above the order has at most 4 lines of 42 characters.</source>
        <translation>Der Text über der Bestellung hat höchstens 4 Zeilen zu je 42 Zeichen.</translation>
    </message>
    <message>
        <source>The text at the end of the receipt has at most 4 lines of 42 characters.</source>
        <translation>Der Text am Ende des Bons hat höchstens 4 Zeilen zu je 42 Zeichen.</translation>
    </message>
    <message>
        <source>The tax ID is one line of at most 30 characters.</source>
        <translation>Die Steuernummer ist eine Zeile mit höchstens 30 Zeichen.</translation>
    </message>
    <message>
        <source>A payment method&apos;s name has 1 to 24 characters, without spaces around them.</source>
        <translation>Der Name einer Zahlungsart hat 1 bis 24 Zeichen, ohne Leerzeichen davor oder danach.</translation>
    </message>
    <message>
        <source>The server address must look like http://host:8765 or https://host:8765 (up to %1, separated by commas).</source>
        <translation>Die Serveradresse muss wie http://host:8765 oder https://host:8765 aussehen (bis zu %1, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>The server of this terminal needs an address of this machine to listen on.</source>
        <translation>Der Server dieser Kasse braucht eine Adresse dieses Rechners, unter der er erreichbar ist.</translation>
    </message>
    <message>
        <source>The server&apos;s port is a number from 1024 to 65535.</source>
        <translation>Der Port des Servers ist eine Zahl von 1024 bis 65535.</translation>
    </message>
    <message>
        <source>A terminal that hosts the server shares its orders: sync must be on.</source>
        <translation>Eine Kasse, auf der der Server läuft, teilt ihre Bestellungen: Die Synchronisierung muss an sein.</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
    <message>
        <source>Load extension plugins from &lt;dir&gt; (default: plugins beside the program).</source>
        <translation>Erweiterungs-Plugins aus &lt;dir&gt; laden (Standard: plugins neben dem Programm).</translation>
    </message>
    <message>
        <source>Run the extensions &lt;ids&gt; (comma-separated, e.g. notes,restaurant) from now on; &quot;none&quot; runs none.</source>
        <translation>Ab jetzt die Erweiterungen &lt;ids&gt; ausführen (durch Kommas getrennt, z. B. notes,restaurant); „none“ führt keine aus.</translation>
    </message>
    <message>
        <source>No plugin folder %1.</source>
        <translation>Kein Plugin-Ordner %1.</translation>
    </message>
    <message>
        <source>With --cashier: the cash in the drawer as the session opens (default 0).</source>
        <translation>Mit --cashier: das Bargeld in der Kassenlade beim Öffnen der Sitzung (Standard: 0).</translation>
    </message>
    <message>
        <source>Keep &lt;file&gt; up to date with where the controls are on screen (JSON), for tools that drive the terminal.</source>
        <translation>&lt;file&gt; mit den Bildschirmpositionen der Bedienelemente aktuell halten (JSON), für Werkzeuge, die die Kasse steuern.</translation>
    </message>
    <message>
        <source>The opening float %1 is not an amount.</source>
        <translation>Der Anfangsbestand %1 ist kein Betrag.</translation>
    </message>
    <message>
        <source>Host the shop&apos;s sync server on this terminal, listening on &lt;address:port&gt; (an address of this machine, e.g. 192.168.1.20:8765).</source>
        <translation>Den Sync-Server des Geschäfts auf dieser Kasse betreiben, erreichbar unter &lt;address:port&gt; (eine Adresse dieses Rechners, z. B. 192.168.1.20:8765).</translation>
    </message>
    <message>
        <source>--host-sync takes ADDRESS:PORT, e.g. 192.168.1.20:8765</source>
        <translation>--host-sync erwartet ADDRESS:PORT, z. B. 192.168.1.20:8765</translation>
    </message>
</context>
</TS>
