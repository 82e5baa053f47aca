<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CatalogCsv</name>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column; expected id, name, category, price, tax_rate, barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id, first used on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 80 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 to 40 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a price with at most %1 decimals: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative or absurdly large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100 with at most 2 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be empty or 6 to 14 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate barcode, first used on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingReport</name>
    <message>
        <source>Closing report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned open orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total tax</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>the store was written by a newer Tandem POS (schema %1; this version knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not in order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 has an unknown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 has an unknown method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sync off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal works standalone; a manager can pair it with a sync server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown barcode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected &amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem POS — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the order with %n line(s)? It will be kept as cancelled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) still have lines. Closing the session archives them as abandoned; they will not be paid. Close the session?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close the session and print the closing report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier for the next session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumpadWidget</name>
    <message>
        <source>Turn the quantity into a return and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit; on an empty quantity, remove the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenOrdersModel</name>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s) · %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderBook</name>
    <message>
        <source>The order is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is no longer in the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer name can have at most 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment amount is zero or out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments do not cover the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change can only be given from cash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>added by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, edited by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderSelector</name>
    <message>
        <source>New order (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this order (Ctrl+Shift+Del)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderWidget</name>
    <message>
        <source>Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incl. tax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change can only be given from cash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPanel</name>
    <message>
        <source>Search products or scan a barcode (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Manager access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing-report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Payment complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next order (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incl. tax %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Terminal settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts every receipt reference, e.g. BAR-000042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code starts every receipt reference printed by this terminal. Use capital letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when the terminal starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN. A PIN has 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share open orders with the other terminals of the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is off. This terminal works as a standalone point of sale: it numbers its orders itself and keeps everything in its local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot install the demo catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The catalog was not imported: %n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A cashier name must have 1 to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalSettings</name>
    <message>
        <source>The shop name can have at most 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal name must have 1 to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal code must be 1 to 8 capital letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cashier name can have at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tandem POS terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the terminal&apos;s whole local state in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the session for &lt;name&gt; without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the catalog with the products of &lt;file&gt; (CSV) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem POS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal cannot start:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
