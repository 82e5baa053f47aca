<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CatalogCsv</name>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>кавычка внутри поля без кавычек</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>текст после закрывающей кавычки</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>поле в кавычках не закрыто</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>файл больше %1 МиБ</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>файл не является текстом в UTF-8</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>файл пуст; ожидалась строка заголовка</translation>
    </message>
    <message>
        <source>unknown column; expected id, name, category, price, tax_rate, barcode</source>
        <translation>неизвестный столбец; ожидаются id, name, category, price, tax_rate, barcode</translation>
    </message>
    <message>
        <source>column appears twice</source>
        <translation>столбец встречается дважды</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>нет обязательного столбца</translation>
    </message>
    <message>
        <source>more than %1 products</source>
        <translation>больше %1 товаров</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>полей: %1, а в заголовке: %2</translation>
    </message>
    <message>
        <source>duplicate id, first used on line %1</source>
        <translation>повторный код, впервые указан в строке %1</translation>
    </message>
    <message>
        <source>duplicate barcode, first used on line %1</source>
        <translation>повторный штрихкод, впервые указан в строке %1</translation>
    </message>
    <message>
        <source>the file has a header but no products</source>
        <translation>в файле есть заголовок, но нет товаров</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ClosingReport</name>
    <message>
        <source>Closing report</source>
        <translation>Отчёт о закрытии смены</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Кассир</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>Оплаченные заказы</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Отменённые заказы</translation>
    </message>
    <message>
        <source>Abandoned open orders</source>
        <translation>Брошенные открытые заказы</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation>Итого продажи</translation>
    </message>
    <message>
        <source>Tax %1 on %2</source>
        <translation>Налог %1 с %2</translation>
    </message>
    <message>
        <source>Total tax</source>
        <translation>Итого налог</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>для касс: %1</translation>
    </message>
    <message>
        <source>Open orders here at the close</source>
        <translation>Открытые заказы при закрытии</translation>
    </message>
    <message>
        <source>Run ended: orders abandoned</source>
        <translation>День завершён: брошено заказов</translation>
    </message>
    <message>
        <source>Open orders, left on the server</source>
        <translation>Открытые заказы, оставлены на сервере</translation>
    </message>
    <message>
        <source>(the server was not reached)</source>
        <translation>(сервер был недоступен)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>Cash control</source>
        <translation>Контроль наличных</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Размен на начало смены</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Продажи за наличные</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>Внесение: %1</translation>
    </message>
    <message>
        <source>Out: %1</source>
        <translation>Изъятие: %1</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Ожидается в денежном ящике</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Пересчитано</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Излишек</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Недостача</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Без расхождений</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не пересчитано</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Чеки</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>талон %1</translation>
    </message>
    <message>
        <source>ticket follows</source>
        <translation>талон позже</translation>
    </message>
    <message>
        <source>Orders kept open</source>
        <translation>Заказы оставлены открытыми</translation>
    </message>
    <message>
        <source>Voided receipts (money given back)</source>
        <translation>Аннулированные чеки (деньги возвращены)</translation>
    </message>
</context>
<context>
    <name>ExtensionRegistry</name>
    <message>
        <source>built-in</source>
        <translation>встроенное</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid extension id</source>
        <translation>%1: «%2» — недопустимый идентификатор расширения</translation>
    </message>
    <message>
        <source>%1: an extension &quot;%2&quot; is loaded already</source>
        <translation>%1: расширение «%2» уже загружено</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; of &quot;%3&quot; must start with &quot;%3.&quot; and use a-z, 0-9, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;</source>
        <translation>%1: поле «%2» расширения «%3» должно начинаться с «%3.» и содержать только a-z, 0-9, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1: only order fields can be unique (&quot;%2&quot;)</source>
        <translation>%1: уникальными могут быть только поля заказа («%2»)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is declared twice</source>
        <translation>%1: поле «%2» объявлено дважды</translation>
    </message>
    <message>
        <source>%1: not a Qt plugin (%2)</source>
        <translation>%1: не является плагином Qt (%2)</translation>
    </message>
    <message>
        <source>%1: not a Tandem extension (interface %2)</source>
        <translation>%1: не является расширением Tandem (интерфейс %2)</translation>
    </message>
    <message>
        <source>%1: built for extension API %2, this terminal needs %3</source>
        <translation>%1: собрано для API расширений %2, этой кассе нужен %3</translation>
    </message>
    <message>
        <source>%1: cannot be loaded (%2)</source>
        <translation>%1: не удаётся загрузить (%2)</translation>
    </message>
    <message>
        <source>no Extension interface</source>
        <translation>нет интерфейса Extension</translation>
    </message>
    <message>
        <source>No enabled extension declares the field &quot;%1&quot;.</source>
        <translation>Ни одно включённое расширение не объявляет поле «%1».</translation>
    </message>
</context>
<context>
    <name>FloorPlan</name>
    <message>
        <source>The floor plan must be {&quot;floors&quot;: [...]}.</source>
        <translation>План залов должен иметь вид {&quot;floors&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Each floor must be {&quot;name&quot;: text, &quot;tables&quot;: [text, ...]}.</source>
        <translation>Каждый зал должен иметь вид {&quot;name&quot;: текст, &quot;tables&quot;: [текст, ...]}.</translation>
    </message>
    <message>
        <source>Table names must be text.</source>
        <translation>Названия столов должны быть текстом.</translation>
    </message>
    <message>
        <source>At most %1 floors.</source>
        <translation>Не более %1 залов.</translation>
    </message>
    <message>
        <source>A floor needs a name of 1 to %1 characters.</source>
        <translation>Название зала должно содержать от 1 до %1 символов.</translation>
    </message>
    <message>
        <source>There are two floors called &quot;%1&quot;.</source>
        <translation>Два зала называются «%1».</translation>
    </message>
    <message>
        <source>Floor &quot;%1&quot; needs 1 to %2 tables.</source>
        <translation>В зале «%1» должно быть от 1 до %2 столов.</translation>
    </message>
    <message>
        <source>Table names on &quot;%1&quot; need 1 to %2 characters.</source>
        <translation>Названия столов в зале «%1» должны содержать от 1 до %2 символов.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; is named twice; table names must differ across all floors.</source>
        <translation>Стол «%1» указан дважды; названия столов не должны повторяться ни в одном зале.</translation>
    </message>
</context>
<context>
    <name>FloorSettingsPage</name>
    <message>
        <source>Floor</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Столы</translation>
    </message>
    <message>
        <source>Add floor</source>
        <translation>Добавить зал</translation>
    </message>
    <message>
        <source>Remove floor</source>
        <translation>Удалить зал</translation>
    </message>
    <message>
        <source>One row per floor; table names separated by commas (e.g. T1, T2, Bar 1). Table names must differ across floors. With sync on, the plan is shared with every terminal of the shop and can only be changed while the sync server is reachable; with sync off it is kept on this terminal.</source>
        <translation>Одна строка на зал; названия столов через запятую (например, С1, С2, Бар 1). Названия столов не должны повторяться в разных залах. При включённой синхронизации план общий для всех касс заведения и изменить его можно, только пока доступен сервер синхронизации; без синхронизации он хранится на этой кассе.</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <source>Floor plan</source>
        <translation>План зала</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Столы</translation>
    </message>
    <message>
        <source>Counter sale</source>
        <translation>Продажа у стойки</translation>
    </message>
    <message>
        <source>An order without a table</source>
        <translation>Заказ без стола</translation>
    </message>
    <message>
        <source>No floors yet: a manager adds them in Settings → Restaurant.</source>
        <translation>Залов пока нет: администратор добавляет их в разделе Настройки → Ресторан.</translation>
    </message>
    <message>
        <source>The shared floor plan cannot be read: %1</source>
        <translation>Не удаётся прочитать общий план залов: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободен</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n guest(s)</source>
        <translation>
            <numerusform>%1 · %n гость</numerusform>
            <numerusform>%1 · %n гостя</numerusform>
            <numerusform>%1 · %n гостей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent</source>
        <translation>
            <numerusform>%n не отправлена</numerusform>
            <numerusform>%n не отправлены</numerusform>
            <numerusform>%n не отправлено</numerusform>
        </translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Стол %1</translation>
    </message>
    <message>
        <source>Number of guests:</source>
        <translation>Количество гостей:</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>не удаётся открыть хранилище %1: %2</translation>
    </message>
    <message>
        <source>no session %1</source>
        <translation>нет смены %1</translation>
    </message>
    <message>
        <source>session %1 is not open</source>
        <translation>смена %1 не открыта</translation>
    </message>
    <message>
        <source>line %1 is not in order %2</source>
        <translation>позиции %1 нет в заказе %2</translation>
    </message>
    <message>
        <source>no order %1</source>
        <translation>нет заказа %1</translation>
    </message>
    <message>
        <source>order %1 has an unknown state</source>
        <translation>у заказа %1 неизвестное состояние</translation>
    </message>
    <message>
        <source>payment %1 has an unknown method</source>
        <translation>у оплаты %1 неизвестный способ</translation>
    </message>
    <message>
        <source>no product %1</source>
        <translation>нет товара %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sync off</source>
        <translation>Синхр. выкл.</translation>
    </message>
    <message>
        <source>This terminal works standalone; a manager can pair it with a sync server.</source>
        <translation>Эта касса работает автономно; администратор может подключить её к серверу синхронизации.</translation>
    </message>
    <message>
        <source>Unknown barcode %1</source>
        <translation>Неизвестный штрихкод %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation>Имя клиента:</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Заказ</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Новый заказ</translation>
    </message>
    <message>
        <source>&amp;Delete order…</source>
        <translation>&amp;Удалить заказ…</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>&amp;Оплатить</translation>
    </message>
    <message>
        <source>Ne&amp;xt order</source>
        <translation>&amp;Следующий заказ</translation>
    </message>
    <message>
        <source>P&amp;revious order</source>
        <translation>&amp;Предыдущий заказ</translation>
    </message>
    <message>
        <source>Remove selected &amp;line</source>
        <translation>Удалить выбранную по&amp;зицию</translation>
    </message>
    <message>
        <source>&amp;Find product</source>
        <translation>Найти &amp;товар</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Смена</translation>
    </message>
    <message>
        <source>&amp;Close session…</source>
        <translation>&amp;Закрыть смену…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Администратор</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Import catalog…</source>
        <translation>&amp;Импорт каталога…</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Кассир: %1</translation>
    </message>
    <message>
        <source>No open session</source>
        <translation>Смена не открыта</translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation>Удалить заказ</translation>
    </message>
    <message numerus="yes">
        <source>Delete the order with %n line(s)? It will be kept as cancelled.</source>
        <translation>
            <numerusform>Удалить заказ с %n позицией? Он сохранится как отменённый.</numerusform>
            <numerusform>Удалить заказ с %n позициями? Он сохранится как отменённый.</numerusform>
            <numerusform>Удалить заказ с %n позициями? Он сохранится как отменённый.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) still have lines. Closing the session archives them as abandoned; they will not be paid. Close the session?</source>
        <translation>
            <numerusform>%n открытый заказ ещё содержит позиции. При закрытии смены он будет архивирован как брошенный и не будет оплачен. Закрыть смену?</numerusform>
            <numerusform>%n открытых заказа ещё содержат позиции. При закрытии смены они будут архивированы как брошенные и не будут оплачены. Закрыть смену?</numerusform>
            <numerusform>%n открытых заказов ещё содержат позиции. При закрытии смены они будут архивированы как брошенные и не будут оплачены. Закрыть смену?</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the session and print the closing report?</source>
        <translation>Закрыть смену и напечатать отчёт о закрытии?</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Закрыть смену</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>Отчёт о закрытии смены</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Открыть смену</translation>
    </message>
    <message>
        <source>Cashier for the next session:</source>
        <translation>Кассир следующей смены:</translation>
    </message>
    <message>
        <source>Manager access</source>
        <translation>Доступ администратора</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Неверный PIN.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>Import catalog</source>
        <translation>Импорт каталога</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>Импортирован %n товар.</numerusform>
            <numerusform>Импортировано %n товара.</numerusform>
            <numerusform>Импортировано %n товаров.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… и ещё %n проблема.</numerusform>
            <numerusform>… и ещё %n проблемы.</numerusform>
            <numerusform>… и ещё %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Синхронизация остановлена: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Server: %1
Last contact: %2
Changes waiting to be sent: %3</source>
        <translation>Сервер: %1
Последняя связь: %2
Изменений ждут отправки: %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Shared settings not saved: %1</source>
        <translation>Общие настройки не сохранены: %1</translation>
    </message>
    <message>
        <source>Tap to dismiss</source>
        <translation>Нажмите, чтобы закрыть</translation>
    </message>
    <message>
        <source>&amp;Receipts…</source>
        <translation>&amp;Чеки…</translation>
    </message>
    <message>
        <source>Cash &amp;in…</source>
        <translation>&amp;Внесение…</translation>
    </message>
    <message>
        <source>Cash &amp;out…</source>
        <translation>&amp;Изъятие…</translation>
    </message>
    <message>
        <source>&amp;Products…</source>
        <translation>&amp;Товары…</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Заказ №%1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>%1 was archived: the shop&apos;s run ended.</source>
        <translation>%1 архивирован: рабочий день заведения завершён.</translation>
    </message>
    <message>
        <source>%1 was closed on another terminal.</source>
        <translation>%1 закрыт на другой кассе.</translation>
    </message>
    <message>
        <source>%1 was paid on %2 by %3.</source>
        <translation>%1 оплачен на кассе %2, кассир %3.</translation>
    </message>
    <message>
        <source>%1 was cancelled on %2 by %3.</source>
        <translation>%1 отменён на кассе %2, кассир %3.</translation>
    </message>
    <message>
        <source>Offline because %1</source>
        <translation>Нет связи: %1</translation>
    </message>
    <message>
        <source>%1 is not on sale.</source>
        <translation>%1 не продаётся.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Чеки</translation>
    </message>
    <message>
        <source>No receipt was issued in this session yet.</source>
        <translation>В этой смене ещё не выдано ни одного чека.</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>ticket follows</source>
        <translation>талон позже</translation>
    </message>
    <message>
        <source>Print a copy of:</source>
        <translation>Напечатать копию:</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Чек %1</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>КОПИЯ</translation>
    </message>
    <message>
        <source>Asking the server whether other terminals keep the shop open…</source>
        <translation>Запрос к серверу: работают ли другие кассы заведения…</translation>
    </message>
    <message numerus="yes">
        <source>The sync server cannot be reached, so it is not known whether other terminals keep the shop open. The %n open order(s) stay open on the server, and here too; the server learns of this close when the terminal reconnects. Close the session?</source>
        <translation>
            <numerusform>Сервер синхронизации недоступен, поэтому неизвестно, работают ли другие кассы заведения. %n открытый заказ останется открытым на сервере и здесь; сервер узнает о закрытии смены, когда касса снова подключится. Закрыть смену?</numerusform>
            <numerusform>Сервер синхронизации недоступен, поэтому неизвестно, работают ли другие кассы заведения. %n открытых заказа останутся открытыми на сервере и здесь; сервер узнает о закрытии смены, когда касса снова подключится. Закрыть смену?</numerusform>
            <numerusform>Сервер синхронизации недоступен, поэтому неизвестно, работают ли другие кассы заведения. %n открытых заказов останутся открытыми на сервере и здесь; сервер узнает о закрытии смены, когда касса снова подключится. Закрыть смену?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is the last open session of the shop: closing it ends the run. The shop&apos;s %n open order(s) will be archived as abandoned and ticket numbers start again at 1. Close the session?</source>
        <translation>
            <numerusform>Это последняя открытая смена заведения: её закрытие завершает рабочий день. %n открытый заказ заведения будет архивирован как брошенный, а нумерация талонов снова начнётся с 1. Закрыть смену?</numerusform>
            <numerusform>Это последняя открытая смена заведения: её закрытие завершает рабочий день. %n открытых заказа заведения будут архивированы как брошенные, а нумерация талонов снова начнётся с 1. Закрыть смену?</numerusform>
            <numerusform>Это последняя открытая смена заведения: её закрытие завершает рабочий день. %n открытых заказов заведения будут архивированы как брошенные, а нумерация талонов снова начнётся с 1. Закрыть смену?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other terminals keep the shop open (%1): the %n open order(s) stay open for them, and here too. Close the session?</source>
        <translation>
            <numerusform>Другие кассы заведения продолжают работу (%1): %n открытый заказ останется открытым для них и здесь. Закрыть смену?</numerusform>
            <numerusform>Другие кассы заведения продолжают работу (%1): %n открытых заказа останутся открытыми для них и здесь. Закрыть смену?</numerusform>
            <numerusform>Другие кассы заведения продолжают работу (%1): %n открытых заказов останутся открытыми для них и здесь. Закрыть смену?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cash counted in the drawer:</source>
        <translation>Пересчитано наличных в ящике:</translation>
    </message>
    <message>
        <source>Opening float, the cash in the drawer:</source>
        <translation>Размен на начало смены (наличные в ящике):</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <source>Amount put into the drawer:</source>
        <translation>Сумма, внесённая в ящик:</translation>
    </message>
    <message>
        <source>Amount taken from the drawer:</source>
        <translation>Сумма, изъятая из ящика:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>%1 of %2 recorded; the drawer should now hold %3.</source>
        <translation>%1 на сумму %2 учтено; теперь в ящике должно быть %3.</translation>
    </message>
    <message>
        <source>&amp;Refused changes…</source>
        <translation>&amp;Отклонённые изменения…</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Отклонённые изменения</translation>
    </message>
    <message>
        <source>The sync server has taken every change of this terminal.</source>
        <translation>Сервер синхронизации принял все изменения этой кассы.</translation>
    </message>
    <message>
        <source>Changes the sync server did not take, newest first</source>
        <translation>Изменения, не принятые сервером синхронизации (сначала новые)</translation>
    </message>
    <message>
        <source>%1  order %2
  %3
  %4: %5

</source>
        <translation>%1  заказ %2
  %3
  %4: %5

</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>отклонено (%1)</translation>
    </message>
    <message>
        <source>The server did not take the payment of %1: %2. Receipt %3 is void: give the customer back %4.</source>
        <translation>Сервер не принял оплату %1: %2. Чек %3 аннулирован: верните клиенту %4.</translation>
    </message>
    <message>
        <source>The order is open again.</source>
        <translation>Заказ снова открыт.</translation>
    </message>
    <message>
        <source>%1 was not cancelled: %2. It is open again.</source>
        <translation>%1 не отменён: %2. Он снова открыт.</translation>
    </message>
    <message>
        <source>Payment refused</source>
        <translation>Оплата отклонена</translation>
    </message>
    <message numerus="yes">
        <source>Hosting: %n terminal(s)</source>
        <translation>
            <numerusform>Сервер: %n касса</numerusform>
            <numerusform>Сервер: %n кассы</numerusform>
            <numerusform>Сервер: %n касс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This terminal hosts the shop&apos;s sync server at %1; %n other terminal(s) connected.</source>
        <translation>
            <numerusform>На этой кассе работает сервер синхронизации заведения по адресу %1; подключена ещё %n касса.</numerusform>
            <numerusform>На этой кассе работает сервер синхронизации заведения по адресу %1; подключены ещё %n кассы.</numerusform>
            <numerusform>На этой кассе работает сервер синхронизации заведения по адресу %1; подключено ещё %n касс.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Tandem POS?</source>
        <translation>Закрыть Tandem POS?</translation>
    </message>
    <message numerus="yes">
        <source>This terminal hosts the sync server of the shop, and %n other terminal(s) are connected to it. Closing it stops them sharing orders until it runs again; they keep selling meanwhile.</source>
        <translation>
            <numerusform>На этой кассе работает сервер синхронизации заведения, и к нему подключена ещё %n касса. Если закрыть эту кассу, обмен заказами остановится до её повторного запуска; продажи при этом не прекратятся.</numerusform>
            <numerusform>На этой кассе работает сервер синхронизации заведения, и к нему подключены ещё %n кассы. Если закрыть эту кассу, обмен заказами остановится до её повторного запуска; продажи при этом не прекратятся.</numerusform>
            <numerusform>На этой кассе работает сервер синхронизации заведения, и к нему подключено ещё %n касс. Если закрыть эту кассу, обмен заказами остановится до её повторного запуска; продажи при этом не прекратятся.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not hosting</source>
        <translation>Сервер не запущен</translation>
    </message>
    <message>
        <source>This terminal should host the shop&apos;s sync server but cannot: %1
It tries again every few seconds.</source>
        <translation>Эта касса должна обслуживать сервер синхронизации магазина, но не может: %1
Она повторяет попытку каждые несколько секунд.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
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
        <translation>Сброс</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>NotesExtension</name>
    <message>
        <source>A note is text; clear it to remove it.</source>
        <translation>Примечание — это текст; чтобы удалить, очистите его.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Примечание может содержать не более %1 символов.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>Note on the selected line…</source>
        <translation>Примечание к выбранной позиции…</translation>
    </message>
    <message>
        <source>Note on the order…</source>
        <translation>Примечание к заказу…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Примечание…</translation>
    </message>
    <message>
        <source>Select a line to note.</source>
        <translation>Выберите позицию для примечания.</translation>
    </message>
    <message>
        <source>Note on %1:</source>
        <translation>Примечание к «%1»:</translation>
    </message>
    <message>
        <source>Note on the order:</source>
        <translation>Примечание к заказу:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <source>From %1 to %2</source>
        <translation>От %1 до %2</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>NumpadWidget</name>
    <message>
        <source>Turn the quantity into a return and back</source>
        <translation>Сделать количество возвратом и обратно</translation>
    </message>
    <message>
        <source>Delete the last digit; on an empty quantity, remove the line</source>
        <translation>Стереть последнюю цифру; при пустом количестве — удалить позицию</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Disc</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
</context>
<context>
    <name>OpenOrdersModel</name>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s) · %2</source>
        <translation>
            <numerusform>%1 · %n позиция · %2</numerusform>
            <numerusform>%1 · %n позиции · %2</numerusform>
            <numerusform>%1 · %n позиций · %2</numerusform>
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
        <translation>Заказ уже не открыт.</translation>
    </message>
    <message>
        <source>The line is no longer in the order.</source>
        <translation>Этой позиции уже нет в заказе.</translation>
    </message>
    <message>
        <source>The quantity is out of range.</source>
        <translation>Количество вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %.</source>
        <translation>Скидка должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>The price is out of range.</source>
        <translation>Цена вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>A customer name can have at most 80 characters.</source>
        <translation>Имя клиента может содержать не более 80 символов.</translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation>Оплачивать нечего.</translation>
    </message>
    <message>
        <source>A payment amount is zero or out of range.</source>
        <translation>Сумма оплаты равна нулю или вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>The payments do not cover the total.</source>
        <translation>Оплаты не покрывают итоговую сумму.</translation>
    </message>
    <message>
        <source>A payment must have the sign of the total.</source>
        <translation>Знак оплаты должен совпадать со знаком итога.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid extension key.</source>
        <translation>«%1» — недопустимый ключ расширения.</translation>
    </message>
    <message>
        <source>No session is open: the next cashier opens one first.</source>
        <translation>Смена не открыта: следующий кассир должен сначала её открыть.</translation>
    </message>
    <message>
        <source>Offline: this order is on the server and stays read-only until the connection returns. New orders can be created and paid.</source>
        <translation>Нет связи: этот заказ хранится на сервере и доступен только для просмотра, пока связь не восстановится. Новые заказы можно создавать и оплачивать.</translation>
    </message>
    <message>
        <source>Change can only be given for cash and the methods that give change.</source>
        <translation>Сдачу можно выдать только с наличных и способов оплаты со сдачей.</translation>
    </message>
    <message>
        <source>An order cannot join itself.</source>
        <translation>Заказ нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>The order would come to more than the largest amount one order may have.</source>
        <translation>Сумма заказа превысила бы максимально допустимую для одного заказа.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>added by %1 (%2)</source>
        <translation>добавил(а) %1 (%2)</translation>
    </message>
    <message>
        <source>, edited by %1 (%2)</source>
        <translation>, изменил(а) %1 (%2)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>OrderSelector</name>
    <message>
        <source>New order (Ctrl+N)</source>
        <translation>Новый заказ (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete this order (Ctrl+Shift+Del)</source>
        <translation>Удалить этот заказ (Ctrl+Shift+Del)</translation>
    </message>
</context>
<context>
    <name>OrderWidget</name>
    <message>
        <source>Customer…</source>
        <translation>Клиент…</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>Оплатить (F12)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Итого %1</translation>
    </message>
    <message>
        <source>incl. tax %1</source>
        <translation>в т. ч. налог %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Клиент: %1</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Make a token</source>
        <translation>Создать токен</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Pair a terminal</source>
        <translation>Привязка кассы</translation>
    </message>
    <message>
        <source>Each terminal that shares orders through this one needs its own token. On the other terminal, open Settings &gt; Sync and scan the code into the Server field, or paste the pairing link there; or type the server and the token.</source>
        <translation>Каждой кассе, которая делится заказами через эту, нужен собственный токен. На другой кассе откройте Настройки &gt; Синхронизация и отсканируйте код в поле «Сервер» или вставьте туда ссылку для привязки; либо введите сервер и токен вручную.</translation>
    </message>
    <message>
        <source>The other terminal&apos;s name, e.g. Bar</source>
        <translation>Название другой кассы, например Бар</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Токен:</translation>
    </message>
    <message>
        <source>Pairing link:</source>
        <translation>Ссылка для привязки:</translation>
    </message>
    <message>
        <source>Paired terminals:</source>
        <translation>Привязанные кассы:</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Привязана</translation>
    </message>
    <message>
        <source>Give the other terminal a name first.</source>
        <translation>Сначала укажите название другой кассы.</translation>
    </message>
    <message>
        <source>No token made: %1</source>
        <translation>Токен не создан: %1</translation>
    </message>
    <message>
        <source>Pairing code for %1</source>
        <translation>Код привязки для кассы %1</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Не удалось отозвать: %1</translation>
    </message>
    <message>
        <source>%1 (this terminal)</source>
        <translation>%1 (эта касса)</translation>
    </message>
    <message>
        <source>The server listens on %1: only this computer reaches it. To pair the shop&apos;s other terminals, choose its network address in Settings &gt; Sync.</source>
        <translation>Сервер принимает подключения на %1: до него доходит только этот компьютер. Чтобы привязать другие кассы магазина, выберите его сетевой адрес в разделе Настройки &gt; Синхронизация.</translation>
    </message>
    <message>
        <source>The token is shown only now; when one is lost, revoke that terminal and pair it again under another name.</source>
        <translation>Токен показывается только сейчас; если он потерян, отзовите эту кассу и привяжите её заново под другим именем.</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Удалить оплату</translation>
    </message>
    <message>
        <source>Validate (Enter)</source>
        <translation>Провести (Enter)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>К оплате %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Оплачено %1</translation>
    </message>
    <message>
        <source>Remaining %1</source>
        <translation>Осталось %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Сдача %1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Заказ №%1</translation>
    </message>
    <message>
        <source>New order %1</source>
        <translation>Новый заказ %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Change can only be given for cash and the methods that give change.</source>
        <translation>Сдачу можно выдать только с наличных и способов оплаты со сдачей.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt roll</source>
        <translation>Чековая лента</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>Файл %1 сохранён в %2.</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>On sale</source>
        <translation>В продаже</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Find a product</source>
        <translation>Найти товар</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Price (%1, tax included):</source>
        <translation>Цена (%1, с налогом):</translation>
    </message>
    <message>
        <source>Tax rate (%):</source>
        <translation>Ставка налога (%):</translation>
    </message>
    <message>
        <source>Barcode:</source>
        <translation>Штрихкод:</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>в продаже</translation>
    </message>
    <message>
        <source>off sale</source>
        <translation>снят с продажи</translation>
    </message>
    <message>
        <source>Price: %1.</source>
        <translation>Цена: %1.</translation>
    </message>
    <message>
        <source>Tax rate: %1.</source>
        <translation>Ставка налога: %1.</translation>
    </message>
</context>
<context>
    <name>ProductPanel</name>
    <message>
        <source>Search products or scan a barcode (Ctrl+F)</source>
        <translation>Найдите товар или отсканируйте штрихкод (Ctrl+F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
</context>
<context>
    <name>ProductRules</name>
    <message>
        <source>must be 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>нужно от 1 до 32 символов: буквы, цифры, &apos;.&apos;, &apos;_&apos; или &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be 1 to 80 characters</source>
        <translation>нужно от 1 до 80 символов</translation>
    </message>
    <message>
        <source>must not contain line breaks or control characters</source>
        <translation>недопустимы переносы строк и управляющие символы</translation>
    </message>
    <message>
        <source>must be 1 to 40 characters</source>
        <translation>нужно от 1 до 40 символов</translation>
    </message>
    <message>
        <source>not a price with at most %1 decimals: &apos;%2&apos;</source>
        <translation>&apos;%2&apos; — не цена (допустимо не более %1 знаков после запятой)</translation>
    </message>
    <message>
        <source>must not be negative or absurdly large</source>
        <translation>недопустимо отрицательное или слишком большое значение</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100 with at most 2 decimals</source>
        <translation>нужен процент от 0 до 100, не более 2 знаков после запятой</translation>
    </message>
    <message>
        <source>must be empty or 6 to 14 digits</source>
        <translation>нужно пустое значение или от 6 до 14 цифр</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Manager access</source>
        <translation>Доступ администратора</translation>
    </message>
    <message>
        <source>Manager PIN:</source>
        <translation>PIN администратора:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>closing-report.pdf</source>
        <translation>отчёт-о-закрытии-смены.pdf</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Payment complete</source>
        <translation>Оплата завершена</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Next order (Enter)</source>
        <translation>Следующий заказ (Enter)</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>чек-%1.pdf</translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Чек %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Талон %1</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Обслуживал(а) %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Скидка %1</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>ИТОГ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Сдача</translation>
    </message>
    <message>
        <source>incl. tax %1 on %2</source>
        <translation>в т. ч. налог %1 с %2</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ОТМЕНЁН</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message>
        <source>Tax ID %1</source>
        <translation>ИНН %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>Ticket number follows (order %1)</source>
        <translation>Номер талона позже (заказ %1)</translation>
    </message>
</context>
<context>
    <name>RestaurantExtension</name>
    <message>
        <source>A table is named by 1 to %1 characters.</source>
        <translation>Название стола должно содержать от 1 до %1 символов.</translation>
    </message>
    <message>
        <source>Guests must be a number from 1 to %1.</source>
        <translation>Количество гостей должно быть от 1 до %1.</translation>
    </message>
    <message>
        <source>The quantity sent to the kitchen is out of range.</source>
        <translation>Количество, отправленное на кухню, вне допустимого диапазона.</translation>
    </message>
    <message numerus="yes">
        <source>Table %1 · %n guest(s)</source>
        <translation>
            <numerusform>Стол %1 · %n гость</numerusform>
            <numerusform>Стол %1 · %n гостя</numerusform>
            <numerusform>Стол %1 · %n гостей</numerusform>
        </translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Стол %1</translation>
    </message>
    <message>
        <source>changed since sent</source>
        <translation>изменено после отправки</translation>
    </message>
    <message>
        <source>sent to kitchen</source>
        <translation>отправлено на кухню</translation>
    </message>
    <message>
        <source>Table %1 was opened on another terminal at the same time; this terminal now works on that order.</source>
        <translation>Стол %1 одновременно открыли на другой кассе; эта касса теперь работает с тем заказом.</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Ресторан</translation>
    </message>
    <message>
        <source>Table %1 is taken by another order; this order stays at table %2.</source>
        <translation>Стол %1 занят другим заказом; этот заказ остаётся за столом %2.</translation>
    </message>
    <message>
        <source>Table %1 is taken by another order; this order has no table now.</source>
        <translation>Стол %1 занят другим заказом; теперь этот заказ без стола.</translation>
    </message>
    <message>
        <source>Table %1 is taken by another order; this order was not moved there.</source>
        <translation>Стол %1 занят другим заказом; этот заказ туда не перенесён.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) sent to the kitchen.</source>
        <translation>
            <numerusform>На кухню отправлена %n позиция.</numerusform>
            <numerusform>На кухню отправлены %n позиции.</numerusform>
            <numerusform>На кухню отправлено %n позиций.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n line(s) sent to the kitchen; %1.</source>
        <translation>
            <numerusform>%n позиция отправлена на кухню; %1.</numerusform>
            <numerusform>Все %n позиции отправлены на кухню; %1.</numerusform>
            <numerusform>Все %n позиций отправлены на кухню; %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerHost</name>
    <message>
        <source>Another server uses %1.</source>
        <translation>%1 уже использует другой сервер.</translation>
    </message>
    <message>
        <source>The server database cannot be used: %1</source>
        <translation>Не удаётся использовать базу данных сервера: %1</translation>
    </message>
    <message>
        <source>The server cannot listen on %1 port %2: %3</source>
        <translation>Сервер не может принимать подключения на %1, порт %2: %3</translation>
    </message>
    <message>
        <source>This terminal&apos;s own token cannot be revoked while it hosts the server.</source>
        <translation>Собственный токен этой кассы нельзя отозвать, пока на ней работает сервер.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>Сервер не запущен.</translation>
    </message>
    <message>
        <source>A revoked terminal keeps its name &quot;%1&quot;: pair it under another one.</source>
        <translation>Отозванная касса сохраняет своё имя «%1»: привяжите её под другим именем.</translation>
    </message>
    <message>
        <source>There is a terminal named &quot;%1&quot; already.</source>
        <translation>Касса с именем «%1» уже есть.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Terminal settings</source>
        <translation>Настройки кассы</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Касса</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN администратора</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Starts every receipt reference, e.g. BAR-000042</source>
        <translation>Начало каждого номера чека, например BAR-000042</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>Название заведения:</translation>
    </message>
    <message>
        <source>Terminal name:</source>
        <translation>Название кассы:</translation>
    </message>
    <message>
        <source>Terminal code:</source>
        <translation>Код кассы:</translation>
    </message>
    <message>
        <source>The code starts every receipt reference printed by this terminal. Use capital letters and digits.</source>
        <translation>С этого кода начинается каждый номер чека, напечатанного этой кассой. Используйте заглавные латинские буквы и цифры.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>A new language takes effect when the terminal starts next.</source>
        <translation>Новый язык вступит в силу при следующем запуске кассы.</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>Новый PIN:</translation>
    </message>
    <message>
        <source>Repeat new PIN:</source>
        <translation>Повторите новый PIN:</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN. A PIN has 4 to 8 digits.</source>
        <translation>Оставьте пустым, чтобы сохранить текущий PIN. PIN состоит из 4–8 цифр.</translation>
    </message>
    <message>
        <source>Share open orders with the other terminals of the shop</source>
        <translation>Делиться открытыми заказами с другими кассами заведения</translation>
    </message>
    <message>
        <source>Sync is off. This terminal works as a standalone point of sale: it numbers its orders itself and keeps everything in its local store.</source>
        <translation>Синхронизация выключена. Касса работает автономно: сама нумерует заказы и хранит все данные локально.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN состоит из 4–8 цифр.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN-коды не совпадают.</translation>
    </message>
    <message>
        <source>Show orders created on other terminals</source>
        <translation>Показывать заказы, созданные на других кассах</translation>
    </message>
    <message>
        <source>Drop the current empty &quot;New&quot; order when one arrives</source>
        <translation>Убирать текущий пустой заказ «Новый», когда приходит другой</translation>
    </message>
    <message>
        <source>Switch to an arriving order when the current one is empty</source>
        <translation>Переключаться на пришедший заказ, если текущий пуст</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить связь</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>tdm_… as printed by tandem-syncd terminal add</source>
        <translation>tdm_… из вывода tandem-syncd terminal add</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Токен:</translation>
    </message>
    <message>
        <source>Sync is on.</source>
        <translation>Синхронизация включена.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Расширения</translation>
    </message>
    <message>
        <source>Extensions this terminal runs (takes effect at the next start):</source>
        <translation>Расширения, работающие на этой кассе (вступает в силу при следующем запуске):</translation>
    </message>
    <message>
        <source>Not loaded:
%1</source>
        <translation>Не загружено:
%1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <source>Above the order:</source>
        <translation>Над заказом:</translation>
    </message>
    <message>
        <source>At the end:</source>
        <translation>В конце:</translation>
    </message>
    <message>
        <source>Printed under the shop&apos;s name on every receipt, centred; at most 42 characters a line.</source>
        <translation>Печатается по центру под названием заведения на каждом чеке; не более 42 символов в строке.</translation>
    </message>
    <message>
        <source>Cash is always taken.</source>
        <translation>Наличные принимаются всегда.</translation>
    </message>
    <message>
        <source>Card payments</source>
        <translation>Оплата картой</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Gives change</source>
        <translation>Со сдачей</translation>
    </message>
    <message>
        <source>Add a method</source>
        <translation>Добавить способ</translation>
    </message>
    <message>
        <source>Remove the selected one</source>
        <translation>Удалить выбранный</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Further ways to pay, such as a voucher; one that gives change hands an overpayment back in cash:</source>
        <translation>Другие способы оплаты, например подарочный сертификат; при способе со сдачей переплата возвращается наличными:</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <source>A copy of everything this terminal keeps (settings, products, sessions, orders and the changes still waiting for the server), made while it runs.</source>
        <translation>Копия всего, что хранит эта касса (настройки, товары, смены, заказы и изменения, ещё ожидающие сервера), сделанная во время работы.</translation>
    </message>
    <message>
        <source>Back up this terminal</source>
        <translation>Сохранить копию кассы</translation>
    </message>
    <message>
        <source>tandem-pos-backup-%1-%2.sqlite</source>
        <translation>tandem-pos-kopiya-%1-%2.sqlite</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Копия сохранена: %1</translation>
    </message>
    <message>
        <source>Not backed up: %1</source>
        <translation>Копия не сохранена: %1</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Копировать диагностику</translation>
    </message>
    <message>
        <source>Copied: the versions, this terminal&apos;s sync and store, and the end of its log (%1). Paste it into a message to support.</source>
        <translation>Скопировано: версии, синхронизация и хранилище этой кассы и конец её журнала (%1). Вставьте это в сообщение в поддержку.</translation>
    </message>
    <message>
        <source>This terminal hosts the sync server (for a shop without a back-office computer)</source>
        <translation>На этой кассе работает сервер синхронизации (для заведения без отдельного офисного компьютера)</translation>
    </message>
    <message>
        <source>%1 (this computer only)</source>
        <translation>%1 (только этот компьютер)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Адрес сервера:</translation>
    </message>
    <message>
        <source>Pair a terminal…</source>
        <translation>Привязать кассу…</translation>
    </message>
    <message>
        <source>Not hosting.</source>
        <translation>Сервер на этой кассе не работает.</translation>
    </message>
    <message numerus="yes">
        <source>Hosting at %1: %n other terminal(s) connected.</source>
        <translation>
            <numerusform>Сервер работает по адресу %1: подключена ещё %n касса.</numerusform>
            <numerusform>Сервер работает по адресу %1: подключены ещё %n кассы.</numerusform>
            <numerusform>Сервер работает по адресу %1: подключено ещё %n касс.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving stops the server: %n connected terminal(s) go offline.</source>
        <translation>
            <numerusform>При сохранении сервер остановится: %n подключённая касса останется без связи.</numerusform>
            <numerusform>При сохранении сервер остановится: %n подключённые кассы останутся без связи.</numerusform>
            <numerusform>При сохранении сервер остановится: %n подключённых касс останутся без связи.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server starts when the settings are saved.</source>
        <translation>Сервер запустится после сохранения настроек.</translation>
    </message>
    <message>
        <source>The pairing code did not come through whole: scan it again, or paste the pairing link (check the scanner&apos;s keyboard layout).</source>
        <translation>Код привязки пришёл не полностью: отсканируйте его снова или вставьте ссылку для привязки (проверьте раскладку клавиатуры сканера).</translation>
    </message>
    <message>
        <source>Saving moves the server: the other terminals must be paired again, or their server address changed to the new one.</source>
        <translation>При сохранении сервер переедет: другие кассы нужно привязать заново или сменить у них адрес сервера на новый.</translation>
    </message>
    <message>
        <source>Not hosting: %1</source>
        <translation>Сервер не запущен: %1</translation>
    </message>
</context>
<context>
    <name>SqlMigration</name>
    <message>
        <source>the database was written by a newer Tandem POS (schema %1; this version knows up to %2)</source>
        <translation>база данных записана более новой версией Tandem POS (схема %1; эта версия знает схемы до %2)</translation>
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation>не удалось обновить до схемы %1: %2</translation>
    </message>
</context>
<context>
    <name>SqlSupport</name>
    <message>
        <source>%1 exists already; a backup never overwrites a file</source>
        <translation>%1 уже существует; резервная копия никогда не перезаписывает файл</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>Не удаётся записать резервную копию %1: %2</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Not applied: %1</source>
        <translation>Не применено: %1</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>Сервер отклонил изменение: %1</translation>
    </message>
    <message>
        <source>Shared settings can only be changed while the sync server is reachable.</source>
        <translation>Общие настройки можно изменить, только пока доступен сервер синхронизации.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>the server refused the connection (is tandem-syncd running?)</source>
        <translation>сервер отклонил подключение (запущен ли tandem-syncd?)</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>нет ответа в течение %n секунды</numerusform>
            <numerusform>нет ответа в течение %n секунд</numerusform>
            <numerusform>нет ответа в течение %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>ошибка TLS: %1</translation>
    </message>
    <message>
        <source>the server answered with HTTP status %1</source>
        <translation>сервер ответил с HTTP-статусом %1</translation>
    </message>
    <message>
        <source>the server&apos;s name cannot be resolved</source>
        <translation>не удаётся разрешить имя сервера</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>сервер закрыл соединение</translation>
    </message>
    <message>
        <source>the answer is not from a tandem-syncd (%1)</source>
        <translation>ответ пришёл не от tandem-syncd (%1)</translation>
    </message>
    <message>
        <source>The server refused a cash report: %1</source>
        <translation>Сервер отклонил кассовый отчёт: %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>№%1</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>отклонено сервером</translation>
    </message>
</context>
<context>
    <name>TableControl</name>
    <message>
        <source>Table…</source>
        <translation>Стол…</translation>
    </message>
    <message>
        <source>Table %1…</source>
        <translation>Стол %1…</translation>
    </message>
    <message>
        <source>Bind the order to a table or move it to another one</source>
        <translation>Привязать заказ к столу или перенести за другой</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)…</source>
        <translation>
            <numerusform>%n гость…</numerusform>
            <numerusform>%n гостя…</numerusform>
            <numerusform>%n гостей…</numerusform>
        </translation>
    </message>
    <message>
        <source>Guests…</source>
        <translation>Гости…</translation>
    </message>
    <message>
        <source>Send to kitchen (%1)</source>
        <translation>На кухню (%1)</translation>
    </message>
    <message>
        <source>All sent to kitchen</source>
        <translation>Всё на кухне</translation>
    </message>
    <message>
        <source>Send to kitchen</source>
        <translation>На кухню</translation>
    </message>
    <message>
        <source>There are no tables yet: a manager sets up the floors in the settings.</source>
        <translation>Столов пока нет: администратор настраивает залы в настройках.</translation>
    </message>
    <message>
        <source>Every table is occupied.</source>
        <translation>Все столы заняты.</translation>
    </message>
    <message>
        <source>Move order</source>
        <translation>Перенести заказ</translation>
    </message>
    <message>
        <source>Move the order to table:</source>
        <translation>Перенести заказ за стол:</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Гости</translation>
    </message>
    <message>
        <source>Number of guests:</source>
        <translation>Количество гостей:</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>The order is no longer open.</source>
        <translation>Заказ уже не открыт.</translation>
    </message>
    <message>
        <source>Table %1 already has order %2.</source>
        <translation>За столом %1 уже есть заказ %2.</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Не удаётся создать папку профиля %1.</translation>
    </message>
    <message>
        <source>Cannot install the demo catalog.</source>
        <translation>Не удаётся установить демонстрационный каталог.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN состоит из 4–8 цифр.</translation>
    </message>
    <message numerus="yes">
        <source>The catalog was not imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Каталог не импортирован: найдена %n проблема.</numerusform>
            <numerusform>Каталог не импортирован: найдены %n проблемы.</numerusform>
            <numerusform>Каталог не импортирован: найдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>A cashier name must have 1 to 40 characters.</source>
        <translation>Имя кассира должно содержать от 1 до 40 символов.</translation>
    </message>
    <message>
        <source>A session is already open.</source>
        <translation>Смена уже открыта.</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Смена не открыта.</translation>
    </message>
    <message>
        <source>The profile %1 is in use by another Tandem POS (process %2).</source>
        <translation>Профиль %1 используется другим экземпляром Tandem POS (процесс %2).</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Товара %1 нет.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>The price must not be negative or absurdly large.</source>
        <translation>Цена не может быть отрицательной или неправдоподобно большой.</translation>
    </message>
    <message>
        <source>The tax rate must be from 0 to 100 %.</source>
        <translation>Ставка налога должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>The id %1 is taken by %2.</source>
        <translation>Код %1 уже занят товаром %2.</translation>
    </message>
    <message>
        <source>The barcode %1 is taken by %2.</source>
        <translation>Штрихкод %1 уже занят товаром %2.</translation>
    </message>
    <message>
        <source>The opening float must be between 0 and %1.</source>
        <translation>Размен на начало смены должен быть от 0 до %1.</translation>
    </message>
    <message>
        <source>Say why the cash moves, in 1 to 80 characters.</source>
        <translation>Укажите причину движения наличных (от 1 до 80 символов).</translation>
    </message>
    <message>
        <source>The drawer should hold only %1: no more can be taken out.</source>
        <translation>В ящике должно быть только %1: больше изъять нельзя.</translation>
    </message>
    <message>
        <source>The counted cash must be between 0 and %1.</source>
        <translation>Пересчитанная сумма должна быть от 0 до %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The amount must be more than 0 and at most %1.</source>
        <translation>Сумма должна быть больше 0 и не больше %1.</translation>
    </message>
</context>
<context>
    <name>TerminalSettings</name>
    <message>
        <source>The shop name can have at most 60 characters.</source>
        <translation>Название заведения может содержать не более 60 символов.</translation>
    </message>
    <message>
        <source>The terminal name must have 1 to 40 characters.</source>
        <translation>Название кассы должно содержать от 1 до 40 символов.</translation>
    </message>
    <message>
        <source>The terminal code must be 1 to 8 capital letters or digits.</source>
        <translation>Код кассы — от 1 до 8 заглавных латинских букв или цифр.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation>Неизвестный язык «%1».</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as EUR.</source>
        <translation>Валюта должна быть трёхбуквенным кодом ISO, например RUB.</translation>
    </message>
    <message>
        <source>A cashier name can have at most 40 characters.</source>
        <translation>Имя кассира может содержать не более 40 символов.</translation>
    </message>
    <message>
        <source>The token is the text tandem-syncd printed for this terminal (tdm_…).</source>
        <translation>Токен — это текст, который tandem-syncd выдал для этой кассы (tdm_…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an extension id (a-z, 0-9 and _, starting with a letter).</source>
        <translation>«%1» — не идентификатор расширения (a-z, 0-9 и _, начинается с буквы).</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message>
        <source>At most %1 payment methods can be added beside cash and card.</source>
        <translation>Кроме наличных и карты, можно добавить не более %1 способов оплаты.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>The payment method %1 has no id of its own.</source>
        <translation>У способа оплаты %1 нет собственного идентификатора.</translation>
    </message>
    <message>
        <source>There is already a payment method called %1.</source>
        <translation>Способ оплаты с названием %1 уже есть.</translation>
    </message>
    <message>
        <source>The address has at most 3 lines of 42 characters.</source>
        <translation>Адрес — не более 3 строк по 42 символа.</translation>
    </message>
    <message>
        <source>The text above the order has at most 4 lines of 42 characters.</source>
        <translation>Текст над заказом — не более 4 строк по 42 символа.</translation>
    </message>
    <message>
        <source>The text at the end of the receipt has at most 4 lines of 42 characters.</source>
        <translation>Текст в конце чека — не более 4 строк по 42 символа.</translation>
    </message>
    <message>
        <source>The tax ID is one line of at most 30 characters.</source>
        <translation>ИНН — одна строка, не более 30 символов.</translation>
    </message>
    <message>
        <source>A payment method&apos;s name has 1 to 24 characters, without spaces around them.</source>
        <translation>Название способа оплаты — от 1 до 24 символов, без пробелов в начале и в конце.</translation>
    </message>
    <message>
        <source>The server address must look like http://host:8765 or https://host:8765 (up to %1, separated by commas).</source>
        <translation>Адрес сервера должен иметь вид http://host:8765 или https://host:8765 (до %1, через запятую).</translation>
    </message>
    <message>
        <source>The server of this terminal needs an address of this machine to listen on.</source>
        <translation>Серверу этой кассы нужен адрес этого компьютера, на котором он будет принимать подключения.</translation>
    </message>
    <message>
        <source>The server&apos;s port is a number from 1024 to 65535.</source>
        <translation>Порт сервера — число от 1024 до 65535.</translation>
    </message>
    <message>
        <source>A terminal that hosts the server shares its orders: sync must be on.</source>
        <translation>Касса, на которой работает сервер, делится своими заказами: синхронизация должна быть включена.</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>Импортирован %n товар.</numerusform>
            <numerusform>Импортировано %n товара.</numerusform>
            <numerusform>Импортировано %n товаров.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tandem POS terminal</source>
        <translation>Касса Tandem POS</translation>
    </message>
    <message>
        <source>Keep the terminal&apos;s whole local state in &lt;dir&gt;.</source>
        <translation>Хранить всё локальное состояние кассы в &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Open the session for &lt;name&gt; without asking.</source>
        <translation>Открыть смену для &lt;name&gt; без запроса.</translation>
    </message>
    <message>
        <source>Replace the catalog with the products of &lt;file&gt; (CSV) and exit.</source>
        <translation>Заменить каталог товарами из &lt;file&gt; (CSV) и выйти.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неожиданный аргумент: %1</translation>
    </message>
    <message>
        <source>Tandem POS</source>
        <translation>Tandem POS</translation>
    </message>
    <message>
        <source>The terminal cannot start:
%1</source>
        <translation>Не удаётся запустить кассу:
%1</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Открыть смену</translation>
    </message>
    <message>
        <source>Name this terminal &lt;name&gt;.</source>
        <translation>Назвать эту кассу &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Start its receipt references with &lt;code&gt;.</source>
        <translation>Начинать номера её чеков с &lt;code&gt;.</translation>
    </message>
    <message>
        <source>Share open orders through the tandem-syncd at &lt;url&gt;.</source>
        <translation>Делиться открытыми заказами через tandem-syncd по адресу &lt;url&gt;.</translation>
    </message>
    <message>
        <source>This terminal&apos;s token for the sync server.</source>
        <translation>Токен этой кассы для сервера синхронизации.</translation>
    </message>
    <message>
        <source>Load extension plugins from &lt;dir&gt; (default: plugins beside the program).</source>
        <translation>Загружать плагины расширений из &lt;dir&gt; (по умолчанию: plugins рядом с программой).</translation>
    </message>
    <message>
        <source>Run the extensions &lt;ids&gt; (comma-separated, e.g. notes,restaurant) from now on; &quot;none&quot; runs none.</source>
        <translation>Отныне запускать расширения &lt;ids&gt; (через запятую, например notes,restaurant); &quot;none&quot; — не запускать ни одного.</translation>
    </message>
    <message>
        <source>No plugin folder %1.</source>
        <translation>Нет папки плагинов %1.</translation>
    </message>
    <message>
        <source>With --cashier: the cash in the drawer as the session opens (default 0).</source>
        <translation>С --cashier: наличные в ящике при открытии смены (по умолчанию 0).</translation>
    </message>
    <message>
        <source>Keep &lt;file&gt; up to date with where the controls are on screen (JSON), for tools that drive the terminal.</source>
        <translation>Поддерживать в &lt;file&gt; актуальное расположение элементов управления на экране (JSON) для программ, управляющих кассой.</translation>
    </message>
    <message>
        <source>The opening float %1 is not an amount.</source>
        <translation>Размен на начало смены %1 — не сумма.</translation>
    </message>
    <message>
        <source>Host the shop&apos;s sync server on this terminal, listening on &lt;address:port&gt; (an address of this machine, e.g. 192.168.1.20:8765).</source>
        <translation>Запустить на этой кассе сервер синхронизации заведения, принимающий подключения на &lt;address:port&gt; (адрес этого компьютера, например 192.168.1.20:8765).</translation>
    </message>
    <message>
        <source>--host-sync takes ADDRESS:PORT, e.g. 192.168.1.20:8765</source>
        <translation>--host-sync принимает ADDRESS:PORT, например 192.168.1.20:8765</translation>
    </message>
</context>
</TS>
