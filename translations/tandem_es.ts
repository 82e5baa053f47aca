<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CatalogCsv</name>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>comillas dentro de un campo sin comillas</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>texto después de las comillas de cierre</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un campo entre comillas no está cerrado</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>el archivo ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>el archivo está vacío; se esperaba una fila de cabecera</translation>
    </message>
    <message>
        <source>unknown column; expected id, name, category, price, tax_rate, barcode</source>
        <translation>columna desconocida; se esperaba id, name, category, price, tax_rate, barcode</translation>
    </message>
    <message>
        <source>column appears twice</source>
        <translation>la columna aparece dos veces</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>falta una columna obligatoria</translation>
    </message>
    <message>
        <source>more than %1 products</source>
        <translation>más de %1 productos</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campos, pero la cabecera tiene %2</translation>
    </message>
    <message>
        <source>duplicate id, first used on line %1</source>
        <translation>id duplicado, usado por primera vez en la línea %1</translation>
    </message>
    <message>
        <source>duplicate barcode, first used on line %1</source>
        <translation>código de barras duplicado, usado por primera vez en la línea %1</translation>
    </message>
    <message>
        <source>the file has a header but no products</source>
        <translation>el archivo tiene cabecera pero ningún producto</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ClosingReport</name>
    <message>
        <source>Closing report</source>
        <translation>Informe de cierre</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>Pedidos cobrados</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Pedidos anulados</translation>
    </message>
    <message>
        <source>Abandoned open orders</source>
        <translation>Pedidos abiertos abandonados</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation>Ventas totales</translation>
    </message>
    <message>
        <source>Tax %1 on %2</source>
        <translation>IVA %1 sobre %2</translation>
    </message>
    <message>
        <source>Total tax</source>
        <translation>Total IVA</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Open orders here at the close</source>
        <translation>Abiertos aquí al cierre</translation>
    </message>
    <message>
        <source>Run ended: orders abandoned</source>
        <translation>Fin de jornada: abandonados</translation>
    </message>
    <message>
        <source>Open orders, left on the server</source>
        <translation>Abiertos, quedan en el servidor</translation>
    </message>
    <message>
        <source>(the server was not reached)</source>
        <translation>(no se pudo contactar con el servidor)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Cash control</source>
        <translation>Control de caja</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fondo inicial</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Ventas en efectivo</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>Entrada: %1</translation>
    </message>
    <message>
        <source>Out: %1</source>
        <translation>Salida: %1</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Esperado en el cajón</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Sobrante</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Faltante</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Sin diferencia</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>ticket n.º %1</translation>
    </message>
    <message>
        <source>ticket follows</source>
        <translation>ticket pendiente</translation>
    </message>
    <message>
        <source>Orders kept open</source>
        <translation>Pedidos que siguen abiertos</translation>
    </message>
    <message>
        <source>Voided receipts (money given back)</source>
        <translation>Recibos anulados (dinero devuelto)</translation>
    </message>
</context>
<context>
    <name>ExtensionRegistry</name>
    <message>
        <source>built-in</source>
        <translation>integrada</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid extension id</source>
        <translation>%1: «%2» no es un id de extensión válido</translation>
    </message>
    <message>
        <source>%1: an extension &quot;%2&quot; is loaded already</source>
        <translation>%1: ya hay una extensión «%2» cargada</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; of &quot;%3&quot; must start with &quot;%3.&quot; and use a-z, 0-9, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;</source>
        <translation>%1: el campo «%2» de «%3» debe empezar por «%3.» y usar a-z, 0-9, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1: only order fields can be unique (&quot;%2&quot;)</source>
        <translation>%1: solo los campos de pedido pueden ser únicos («%2»)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is declared twice</source>
        <translation>%1: el campo «%2» está declarado dos veces</translation>
    </message>
    <message>
        <source>%1: not a Qt plugin (%2)</source>
        <translation>%1: no es un plugin de Qt (%2)</translation>
    </message>
    <message>
        <source>%1: not a Tandem extension (interface %2)</source>
        <translation>%1: no es una extensión de Tandem (interfaz %2)</translation>
    </message>
    <message>
        <source>%1: built for extension API %2, this terminal needs %3</source>
        <translation>%1: compilada para la API de extensiones %2, este terminal necesita la %3</translation>
    </message>
    <message>
        <source>%1: cannot be loaded (%2)</source>
        <translation>%1: no se puede cargar (%2)</translation>
    </message>
    <message>
        <source>no Extension interface</source>
        <translation>sin interfaz Extension</translation>
    </message>
    <message>
        <source>No enabled extension declares the field &quot;%1&quot;.</source>
        <translation>Ninguna extensión activada declara el campo «%1».</translation>
    </message>
</context>
<context>
    <name>FloorPlan</name>
    <message>
        <source>The floor plan must be {&quot;floors&quot;: [...]}.</source>
        <translation>El plano de mesas debe ser {&quot;floors&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Each floor must be {&quot;name&quot;: text, &quot;tables&quot;: [text, ...]}.</source>
        <translation>Cada zona debe ser {&quot;name&quot;: texto, &quot;tables&quot;: [texto, ...]}.</translation>
    </message>
    <message>
        <source>Table names must be text.</source>
        <translation>Los nombres de mesa deben ser texto.</translation>
    </message>
    <message>
        <source>At most %1 floors.</source>
        <translation>Como máximo %1 zonas.</translation>
    </message>
    <message>
        <source>A floor needs a name of 1 to %1 characters.</source>
        <translation>Una zona necesita un nombre de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>There are two floors called &quot;%1&quot;.</source>
        <translation>Hay dos zonas llamadas «%1».</translation>
    </message>
    <message>
        <source>Floor &quot;%1&quot; needs 1 to %2 tables.</source>
        <translation>La zona «%1» necesita de 1 a %2 mesas.</translation>
    </message>
    <message>
        <source>Table names on &quot;%1&quot; need 1 to %2 characters.</source>
        <translation>Los nombres de mesa de «%1» necesitan de 1 a %2 caracteres.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; is named twice; table names must differ across all floors.</source>
        <translation>La mesa «%1» aparece dos veces; los nombres de mesa deben ser distintos en todas las zonas.</translation>
    </message>
</context>
<context>
    <name>FloorSettingsPage</name>
    <message>
        <source>Floor</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <source>Add floor</source>
        <translation>Añadir zona</translation>
    </message>
    <message>
        <source>Remove floor</source>
        <translation>Quitar zona</translation>
    </message>
    <message>
        <source>One row per floor; table names separated by commas (e.g. T1, T2, Bar 1). Table names must differ across floors. With sync on, the plan is shared with every terminal of the shop and can only be changed while the sync server is reachable; with sync off it is kept on this terminal.</source>
        <translation>Una fila por zona; nombres de mesa separados por comas (p. ej. T1, T2, Barra 1). Los nombres de mesa deben ser distintos en todas las zonas. Con la sincronización activada, el plano se comparte con todos los terminales del negocio y solo se puede cambiar mientras el servidor de sincronización esté accesible; con la sincronización desactivada, se guarda en este terminal.</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <source>Floor plan</source>
        <translation>Plano de mesas</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <source>Counter sale</source>
        <translation>Venta en barra</translation>
    </message>
    <message>
        <source>An order without a table</source>
        <translation>Un pedido sin mesa</translation>
    </message>
    <message>
        <source>No floors yet: a manager adds them in Settings → Restaurant.</source>
        <translation>Aún no hay zonas: un encargado las añade en Ajustes → Restaurante.</translation>
    </message>
    <message>
        <source>The shared floor plan cannot be read: %1</source>
        <translation>No se puede leer el plano de mesas compartido: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n guest(s)</source>
        <translation>
            <numerusform>%1 · %n comensal</numerusform>
            <numerusform>%1 · %n comensales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent</source>
        <translation>
            <numerusform>%n sin enviar</numerusform>
            <numerusform>%n sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Mesa %1</translation>
    </message>
    <message>
        <source>Number of guests:</source>
        <translation>Número de comensales:</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>no se puede abrir el almacén de datos %1: %2</translation>
    </message>
    <message>
        <source>no session %1</source>
        <translation>no existe la sesión %1</translation>
    </message>
    <message>
        <source>session %1 is not open</source>
        <translation>la sesión %1 no está abierta</translation>
    </message>
    <message>
        <source>line %1 is not in order %2</source>
        <translation>la línea %1 no pertenece al pedido %2</translation>
    </message>
    <message>
        <source>no order %1</source>
        <translation>no existe el pedido %1</translation>
    </message>
    <message>
        <source>order %1 has an unknown state</source>
        <translation>el pedido %1 tiene un estado desconocido</translation>
    </message>
    <message>
        <source>payment %1 has an unknown method</source>
        <translation>el pago %1 tiene una forma de pago desconocida</translation>
    </message>
    <message>
        <source>no product %1</source>
        <translation>no existe el producto %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sync off</source>
        <translation>Sin sincronización</translation>
    </message>
    <message>
        <source>This terminal works standalone; a manager can pair it with a sync server.</source>
        <translation>Este terminal funciona de forma autónoma; un encargado puede vincularlo a un servidor de sincronización.</translation>
    </message>
    <message>
        <source>Unknown barcode %1</source>
        <translation>Código de barras desconocido: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation>Nombre del cliente:</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Pedido</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Nuevo pedido</translation>
    </message>
    <message>
        <source>&amp;Delete order…</source>
        <translation>&amp;Eliminar pedido…</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>&amp;Cobrar</translation>
    </message>
    <message>
        <source>Ne&amp;xt order</source>
        <translation>Pedido &amp;siguiente</translation>
    </message>
    <message>
        <source>P&amp;revious order</source>
        <translation>Pedido &amp;anterior</translation>
    </message>
    <message>
        <source>Remove selected &amp;line</source>
        <translation>Quitar &amp;línea seleccionada</translation>
    </message>
    <message>
        <source>&amp;Find product</source>
        <translation>&amp;Buscar producto</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Close session…</source>
        <translation>&amp;Cerrar sesión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sal&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Encargado</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Import catalog…</source>
        <translation>&amp;Importar catálogo…</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Cajero: %1</translation>
    </message>
    <message>
        <source>No open session</source>
        <translation>Ninguna sesión abierta</translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation>Eliminar pedido</translation>
    </message>
    <message numerus="yes">
        <source>Delete the order with %n line(s)? It will be kept as cancelled.</source>
        <translation>
            <numerusform>¿Eliminar el pedido con %n línea? Se conservará como anulado.</numerusform>
            <numerusform>¿Eliminar el pedido con %n líneas? Se conservará como anulado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) still have lines. Closing the session archives them as abandoned; they will not be paid. Close the session?</source>
        <translation>
            <numerusform>%n pedido abierto todavía tiene líneas. Al cerrar la sesión se archivará como abandonado y no se cobrará. ¿Cerrar la sesión?</numerusform>
            <numerusform>%n pedidos abiertos todavía tienen líneas. Al cerrar la sesión se archivarán como abandonados y no se cobrarán. ¿Cerrar la sesión?</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the session and print the closing report?</source>
        <translation>¿Cerrar la sesión e imprimir el informe de cierre?</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>Informe de cierre</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>Cashier for the next session:</source>
        <translation>Cajero de la próxima sesión:</translation>
    </message>
    <message>
        <source>Manager access</source>
        <translation>Acceso de encargado</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>Import catalog</source>
        <translation>Importar catálogo</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>%n producto importado.</numerusform>
            <numerusform>%n productos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sincronización detenida: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Server: %1
Last contact: %2
Changes waiting to be sent: %3</source>
        <translation>Servidor: %1
Último contacto: %2
Cambios pendientes de enviar: %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Shared settings not saved: %1</source>
        <translation>Ajustes compartidos no guardados: %1</translation>
    </message>
    <message>
        <source>Tap to dismiss</source>
        <translation>Toque para cerrar</translation>
    </message>
    <message>
        <source>&amp;Receipts…</source>
        <translation>&amp;Recibos…</translation>
    </message>
    <message>
        <source>Cash &amp;in…</source>
        <translation>&amp;Entrada de caja…</translation>
    </message>
    <message>
        <source>Cash &amp;out…</source>
        <translation>&amp;Salida de caja…</translation>
    </message>
    <message>
        <source>&amp;Products…</source>
        <translation>&amp;Productos…</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Pedido #%1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>%1 was archived: the shop&apos;s run ended.</source>
        <translation>Se archivó %1: la jornada del negocio ha terminado.</translation>
    </message>
    <message>
        <source>%1 was closed on another terminal.</source>
        <translation>Se cerró %1 en otro terminal.</translation>
    </message>
    <message>
        <source>%1 was paid on %2 by %3.</source>
        <translation>%3 cobró %1 en %2.</translation>
    </message>
    <message>
        <source>%1 was cancelled on %2 by %3.</source>
        <translation>%3 anuló %1 en %2.</translation>
    </message>
    <message>
        <source>Offline because %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>%1 is not on sale.</source>
        <translation>%1 no está a la venta.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
    <message>
        <source>No receipt was issued in this session yet.</source>
        <translation>Todavía no se ha emitido ningún recibo en esta sesión.</translation>
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
        <translation>ticket pendiente</translation>
    </message>
    <message>
        <source>Print a copy of:</source>
        <translation>Imprimir una copia de:</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPIA</translation>
    </message>
    <message>
        <source>Asking the server whether other terminals keep the shop open…</source>
        <translation>Preguntando al servidor si otros terminales mantienen abierto el negocio…</translation>
    </message>
    <message numerus="yes">
        <source>The sync server cannot be reached, so it is not known whether other terminals keep the shop open. The %n open order(s) stay open on the server, and here too; the server learns of this close when the terminal reconnects. Close the session?</source>
        <translation>
            <numerusform>No se puede contactar con el servidor de sincronización, así que no se sabe si otros terminales mantienen abierto el negocio. %n pedido sigue abierto en el servidor y también aquí; el servidor sabrá de este cierre cuando el terminal se vuelva a conectar. ¿Cerrar la sesión?</numerusform>
            <numerusform>No se puede contactar con el servidor de sincronización, así que no se sabe si otros terminales mantienen abierto el negocio. %n pedidos siguen abiertos en el servidor y también aquí; el servidor sabrá de este cierre cuando el terminal se vuelva a conectar. ¿Cerrar la sesión?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is the last open session of the shop: closing it ends the run. The shop&apos;s %n open order(s) will be archived as abandoned and ticket numbers start again at 1. Close the session?</source>
        <translation>
            <numerusform>Es la última sesión abierta del negocio: al cerrarla termina la jornada. %n pedido abierto del negocio se archivará como abandonado y los números de ticket volverán a empezar en 1. ¿Cerrar la sesión?</numerusform>
            <numerusform>Es la última sesión abierta del negocio: al cerrarla termina la jornada. Los %n pedidos abiertos del negocio se archivarán como abandonados y los números de ticket volverán a empezar en 1. ¿Cerrar la sesión?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other terminals keep the shop open (%1): the %n open order(s) stay open for them, and here too. Close the session?</source>
        <translation>
            <numerusform>Otros terminales mantienen abierto el negocio (%1): %n pedido sigue abierto para ellos y también aquí. ¿Cerrar la sesión?</numerusform>
            <numerusform>Otros terminales mantienen abierto el negocio (%1): %n pedidos siguen abiertos para ellos y también aquí. ¿Cerrar la sesión?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cash counted in the drawer:</source>
        <translation>Efectivo contado en el cajón:</translation>
    </message>
    <message>
        <source>Opening float, the cash in the drawer:</source>
        <translation>Fondo inicial, el efectivo del cajón:</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entrada de caja</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Salida de caja</translation>
    </message>
    <message>
        <source>Amount put into the drawer:</source>
        <translation>Importe añadido al cajón:</translation>
    </message>
    <message>
        <source>Amount taken from the drawer:</source>
        <translation>Importe retirado del cajón:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>%1 of %2 recorded; the drawer should now hold %3.</source>
        <translation>%1 de %2 registrada; ahora el cajón debería tener %3.</translation>
    </message>
    <message>
        <source>&amp;Refused changes…</source>
        <translation>Cambios &amp;rechazados…</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <source>The sync server has taken every change of this terminal.</source>
        <translation>El servidor de sincronización ha aceptado todos los cambios de este terminal.</translation>
    </message>
    <message>
        <source>Changes the sync server did not take, newest first</source>
        <translation>Cambios que el servidor de sincronización no aceptó, los más recientes primero</translation>
    </message>
    <message>
        <source>%1  order %2
  %3
  %4: %5

</source>
        <translation>%1  pedido %2
  %3
  %4: %5

</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>rechazado (%1)</translation>
    </message>
    <message>
        <source>The server did not take the payment of %1: %2. Receipt %3 is void: give the customer back %4.</source>
        <translation>El servidor no aceptó el pago de %1: %2. El recibo %3 queda anulado: devuelva %4 al cliente.</translation>
    </message>
    <message>
        <source>The order is open again.</source>
        <translation>El pedido vuelve a estar abierto.</translation>
    </message>
    <message>
        <source>%1 was not cancelled: %2. It is open again.</source>
        <translation>%1 no se anuló: %2. Se ha vuelto a abrir.</translation>
    </message>
    <message>
        <source>Payment refused</source>
        <translation>Pago rechazado</translation>
    </message>
    <message numerus="yes">
        <source>Hosting: %n terminal(s)</source>
        <translation>
            <numerusform>Servidor: %n terminal</numerusform>
            <numerusform>Servidor: %n terminales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This terminal hosts the shop&apos;s sync server at %1; %n other terminal(s) connected.</source>
        <translation>
            <numerusform>Este terminal aloja el servidor de sincronización del negocio en %1; hay %n terminal más conectado.</numerusform>
            <numerusform>Este terminal aloja el servidor de sincronización del negocio en %1; hay %n terminales más conectados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Tandem POS?</source>
        <translation>¿Cerrar Tandem POS?</translation>
    </message>
    <message numerus="yes">
        <source>This terminal hosts the sync server of the shop, and %n other terminal(s) are connected to it. Closing it stops them sharing orders until it runs again; they keep selling meanwhile.</source>
        <translation>
            <numerusform>Este terminal aloja el servidor de sincronización del negocio y hay %n terminal más conectado a él. Si lo cierra, ese terminal dejará de compartir pedidos hasta que el servidor vuelva a estar en marcha; mientras tanto, podrá seguir vendiendo.</numerusform>
            <numerusform>Este terminal aloja el servidor de sincronización del negocio y hay %n terminales más conectados a él. Si lo cierra, esos terminales dejarán de compartir pedidos hasta que el servidor vuelva a estar en marcha; mientras tanto, podrán seguir vendiendo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not hosting</source>
        <translation>Sin servidor</translation>
    </message>
    <message>
        <source>This terminal should host the shop&apos;s sync server but cannot: %1
It tries again every few seconds.</source>
        <translation>Este terminal debería alojar el servidor de sincronización del negocio, pero no puede: %1
Lo vuelve a intentar cada pocos segundos.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NotesExtension</name>
    <message>
        <source>A note is text; clear it to remove it.</source>
        <translation>Una nota es texto; bórrela para quitarla.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Una nota puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Note on the selected line…</source>
        <translation>Nota en la línea seleccionada…</translation>
    </message>
    <message>
        <source>Note on the order…</source>
        <translation>Nota en el pedido…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Select a line to note.</source>
        <translation>Seleccione una línea para añadirle una nota.</translation>
    </message>
    <message>
        <source>Note on %1:</source>
        <translation>Nota en %1:</translation>
    </message>
    <message>
        <source>Note on the order:</source>
        <translation>Nota en el pedido:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NumpadWidget</name>
    <message>
        <source>Turn the quantity into a return and back</source>
        <translation>Cambiar la cantidad entre venta y devolución</translation>
    </message>
    <message>
        <source>Delete the last digit; on an empty quantity, remove the line</source>
        <translation>Borrar el último dígito; con la cantidad vacía, quitar la línea</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Disc</source>
        <translation>Dto.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
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
        <translation>Nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s) · %2</source>
        <translation>
            <numerusform>%1 · %n línea · %2</numerusform>
            <numerusform>%1 · %n líneas · %2</numerusform>
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
        <translation>El pedido ya no está abierto.</translation>
    </message>
    <message>
        <source>The line is no longer in the order.</source>
        <translation>La línea ya no está en el pedido.</translation>
    </message>
    <message>
        <source>The quantity is out of range.</source>
        <translation>La cantidad está fuera del rango permitido.</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %.</source>
        <translation>El descuento debe estar entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>The price is out of range.</source>
        <translation>El precio está fuera del rango permitido.</translation>
    </message>
    <message>
        <source>A customer name can have at most 80 characters.</source>
        <translation>El nombre del cliente puede tener como máximo 80 caracteres.</translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation>No hay nada que cobrar.</translation>
    </message>
    <message>
        <source>A payment amount is zero or out of range.</source>
        <translation>Un importe de pago es cero o está fuera del rango permitido.</translation>
    </message>
    <message>
        <source>The payments do not cover the total.</source>
        <translation>Los pagos no cubren el total.</translation>
    </message>
    <message>
        <source>A payment must have the sign of the total.</source>
        <translation>Un pago debe tener el mismo signo que el total.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid extension key.</source>
        <translation>«%1» no es una clave de extensión válida.</translation>
    </message>
    <message>
        <source>No session is open: the next cashier opens one first.</source>
        <translation>No hay ninguna sesión abierta: el próximo cajero debe abrir una primero.</translation>
    </message>
    <message>
        <source>Offline: this order is on the server and stays read-only until the connection returns. New orders can be created and paid.</source>
        <translation>Sin conexión: este pedido está en el servidor y será de solo lectura hasta que vuelva la conexión. Se pueden crear y cobrar pedidos nuevos.</translation>
    </message>
    <message>
        <source>Change can only be given for cash and the methods that give change.</source>
        <translation>Solo se puede dar cambio en efectivo y con las formas de pago que dan cambio.</translation>
    </message>
    <message>
        <source>An order cannot join itself.</source>
        <translation>Un pedido no se puede unir consigo mismo.</translation>
    </message>
    <message>
        <source>The order would come to more than the largest amount one order may have.</source>
        <translation>El pedido superaría el importe máximo permitido para un pedido.</translation>
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
        <translation>añadida por %1 (%2)</translation>
    </message>
    <message>
        <source>, edited by %1 (%2)</source>
        <translation>, editada por %1 (%2)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>Dto.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>OrderSelector</name>
    <message>
        <source>New order (Ctrl+N)</source>
        <translation>Nuevo pedido (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete this order (Ctrl+Shift+Del)</source>
        <translation>Eliminar este pedido (Ctrl+Shift+Del)</translation>
    </message>
</context>
<context>
    <name>OrderWidget</name>
    <message>
        <source>Customer…</source>
        <translation>Cliente…</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>Cobrar (F12)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>incl. tax %1</source>
        <translation>IVA incl. %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Make a token</source>
        <translation>Crear token</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Pair a terminal</source>
        <translation>Vincular un terminal</translation>
    </message>
    <message>
        <source>Each terminal that shares orders through this one needs its own token. On the other terminal, open Settings &gt; Sync and scan the code into the Server field, or paste the pairing link there; or type the server and the token.</source>
        <translation>Cada terminal que comparte pedidos a través de este necesita su propio token. En el otro terminal, abra Ajustes &gt; Sincronización y escanee el código en el campo «Servidor», o pegue ahí el enlace de vinculación; o bien escriba el servidor y el token.</translation>
    </message>
    <message>
        <source>The other terminal&apos;s name, e.g. Bar</source>
        <translation>Nombre del otro terminal, p. ej. Barra</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Pairing link:</source>
        <translation>Enlace de vinculación:</translation>
    </message>
    <message>
        <source>Paired terminals:</source>
        <translation>Terminales vinculados:</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Vinculado</translation>
    </message>
    <message>
        <source>Give the other terminal a name first.</source>
        <translation>Primero dé un nombre al otro terminal.</translation>
    </message>
    <message>
        <source>No token made: %1</source>
        <translation>No se creó el token: %1</translation>
    </message>
    <message>
        <source>Pairing code for %1</source>
        <translation>Código de vinculación de %1</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>No se pudo revocar: %1</translation>
    </message>
    <message>
        <source>%1 (this terminal)</source>
        <translation>%1 (este terminal)</translation>
    </message>
    <message>
        <source>The server listens on %1: only this computer reaches it. To pair the shop&apos;s other terminals, choose its network address in Settings &gt; Sync.</source>
        <translation>El servidor escucha en %1: solo este equipo llega a él. Para vincular los demás terminales del negocio, elija su dirección de red en Ajustes &gt; Sincronización.</translation>
    </message>
    <message>
        <source>The token is shown only now; when one is lost, revoke that terminal and pair it again under another name.</source>
        <translation>El token solo se muestra ahora; si se pierde, revoque ese terminal y vincúlelo de nuevo con otro nombre.</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Quitar pago</translation>
    </message>
    <message>
        <source>Validate (Enter)</source>
        <translation>Validar (Enter)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Volver (Esc)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>A cobrar %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Pagado %1</translation>
    </message>
    <message>
        <source>Remaining %1</source>
        <translation>Pendiente %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambio %1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Pedido #%1</translation>
    </message>
    <message>
        <source>New order %1</source>
        <translation>Nuevo pedido %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Change can only be given for cash and the methods that give change.</source>
        <translation>Solo se puede dar cambio en efectivo y con las formas de pago que dan cambio.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt roll</source>
        <translation>Rollo de recibos</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 guardado en %2.</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>On sale</source>
        <translation>A la venta</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Find a product</source>
        <translation>Buscar un producto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Price (%1, tax included):</source>
        <translation>Precio (%1, IVA incluido):</translation>
    </message>
    <message>
        <source>Tax rate (%):</source>
        <translation>Tipo de IVA (%):</translation>
    </message>
    <message>
        <source>Barcode:</source>
        <translation>Código de barras:</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>a la venta</translation>
    </message>
    <message>
        <source>off sale</source>
        <translation>retirado de la venta</translation>
    </message>
    <message>
        <source>Price: %1.</source>
        <translation>Precio: %1.</translation>
    </message>
    <message>
        <source>Tax rate: %1.</source>
        <translation>Tipo de IVA: %1.</translation>
    </message>
</context>
<context>
    <name>ProductPanel</name>
    <message>
        <source>Search products or scan a barcode (Ctrl+F)</source>
        <translation>Buscar productos o escanear un código de barras (Ctrl+F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>ProductRules</name>
    <message>
        <source>must be 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>debe tener de 1 a 32 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be 1 to 80 characters</source>
        <translation>debe tener de 1 a 80 caracteres</translation>
    </message>
    <message>
        <source>must not contain line breaks or control characters</source>
        <translation>no debe contener saltos de línea ni caracteres de control</translation>
    </message>
    <message>
        <source>must be 1 to 40 characters</source>
        <translation>debe tener de 1 a 40 caracteres</translation>
    </message>
    <message>
        <source>not a price with at most %1 decimals: &apos;%2&apos;</source>
        <translation>no es un precio con %1 decimales como máximo: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>must not be negative or absurdly large</source>
        <translation>no puede ser negativo ni absurdamente grande</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100 with at most 2 decimals</source>
        <translation>debe ser un porcentaje de 0 a 100 con 2 decimales como máximo</translation>
    </message>
    <message>
        <source>must be empty or 6 to 14 digits</source>
        <translation>debe estar vacío o tener de 6 a 14 dígitos</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Manager access</source>
        <translation>Acceso de encargado</translation>
    </message>
    <message>
        <source>Manager PIN:</source>
        <translation>PIN de encargado:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>closing-report.pdf</source>
        <translation>informe-de-cierre.pdf</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Payment complete</source>
        <translation>Pago completado</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Next order (Enter)</source>
        <translation>Siguiente pedido (Enter)</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>recibo-%1.pdf</translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket n.º %1</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Le atendió %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Descuento %1</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>incl. tax %1 on %2</source>
        <translation>IVA incl. %1 sobre %2</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ANULADO</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Tax ID %1</source>
        <translation>NIF %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Ticket number follows (order %1)</source>
        <translation>N.º de ticket pendiente (pedido %1)</translation>
    </message>
</context>
<context>
    <name>RestaurantExtension</name>
    <message>
        <source>A table is named by 1 to %1 characters.</source>
        <translation>El nombre de una mesa tiene de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>Guests must be a number from 1 to %1.</source>
        <translation>Los comensales deben ser un número de 1 a %1.</translation>
    </message>
    <message>
        <source>The quantity sent to the kitchen is out of range.</source>
        <translation>La cantidad enviada a cocina está fuera del rango permitido.</translation>
    </message>
    <message numerus="yes">
        <source>Table %1 · %n guest(s)</source>
        <translation>
            <numerusform>Mesa %1 · %n comensal</numerusform>
            <numerusform>Mesa %1 · %n comensales</numerusform>
        </translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Mesa %1</translation>
    </message>
    <message>
        <source>changed since sent</source>
        <translation>modificada tras el envío</translation>
    </message>
    <message>
        <source>sent to kitchen</source>
        <translation>enviada a cocina</translation>
    </message>
    <message>
        <source>Table %1 was opened on another terminal at the same time; this terminal now works on that order.</source>
        <translation>La mesa %1 se abrió a la vez en otro terminal; este terminal trabaja ahora con ese pedido.</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurante</translation>
    </message>
    <message>
        <source>Table %1 is taken by another order; this order stays at table %2.</source>
        <translation>La mesa %1 está ocupada por otro pedido; este pedido sigue en la mesa %2.</translation>
    </message>
    <message>
        <source>Table %1 is taken by another order; this order has no table now.</source>
        <translation>La mesa %1 está ocupada por otro pedido; este pedido ya no tiene mesa.</translation>
    </message>
    <message>
        <source>Table %1 is taken by another order; this order was not moved there.</source>
        <translation>La mesa %1 está ocupada por otro pedido; este pedido no se ha trasladado.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) sent to the kitchen.</source>
        <translation>
            <numerusform>%n línea enviada a cocina.</numerusform>
            <numerusform>%n líneas enviadas a cocina.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n line(s) sent to the kitchen; %1.</source>
        <translation>
            <numerusform>%n línea enviada a cocina; %1.</numerusform>
            <numerusform>Todas las %n líneas enviadas a cocina; %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerHost</name>
    <message>
        <source>Another server uses %1.</source>
        <translation>Otro servidor está usando %1.</translation>
    </message>
    <message>
        <source>The server database cannot be used: %1</source>
        <translation>No se puede usar la base de datos del servidor: %1</translation>
    </message>
    <message>
        <source>The server cannot listen on %1 port %2: %3</source>
        <translation>El servidor no puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>This terminal&apos;s own token cannot be revoked while it hosts the server.</source>
        <translation>El token propio de este terminal no se puede revocar mientras aloje el servidor.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>El servidor no está en marcha.</translation>
    </message>
    <message>
        <source>A revoked terminal keeps its name &quot;%1&quot;: pair it under another one.</source>
        <translation>Un terminal revocado conserva su nombre «%1»: vincúlelo con otro.</translation>
    </message>
    <message>
        <source>There is a terminal named &quot;%1&quot; already.</source>
        <translation>Ya hay un terminal llamado «%1».</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Terminal settings</source>
        <translation>Ajustes del terminal</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN de encargado</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Starts every receipt reference, e.g. BAR-000042</source>
        <translation>Inicia cada referencia de recibo, p. ej. BAR-000042</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>Nombre del negocio:</translation>
    </message>
    <message>
        <source>Terminal name:</source>
        <translation>Nombre del terminal:</translation>
    </message>
    <message>
        <source>Terminal code:</source>
        <translation>Código del terminal:</translation>
    </message>
    <message>
        <source>The code starts every receipt reference printed by this terminal. Use capital letters and digits.</source>
        <translation>El código inicia cada referencia de recibo que imprime este terminal. Use mayúsculas y dígitos.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect when the terminal starts next.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie el terminal.</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>PIN nuevo:</translation>
    </message>
    <message>
        <source>Repeat new PIN:</source>
        <translation>Repetir PIN nuevo:</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN. A PIN has 4 to 8 digits.</source>
        <translation>Déjelo vacío para mantener el PIN actual. Un PIN tiene de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>Share open orders with the other terminals of the shop</source>
        <translation>Compartir los pedidos abiertos con los demás terminales del negocio</translation>
    </message>
    <message>
        <source>Sync is off. This terminal works as a standalone point of sale: it numbers its orders itself and keeps everything in its local store.</source>
        <translation>La sincronización está desactivada. Este terminal funciona como punto de venta autónomo: numera sus propios pedidos y lo guarda todo en su almacén local.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Un PIN tiene de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <source>Show orders created on other terminals</source>
        <translation>Mostrar los pedidos creados en otros terminales</translation>
    </message>
    <message>
        <source>Drop the current empty &quot;New&quot; order when one arrives</source>
        <translation>Descartar el pedido «Nuevo» vacío actual cuando llegue uno</translation>
    </message>
    <message>
        <source>Switch to an arriving order when the current one is empty</source>
        <translation>Cambiar a un pedido que llega si el actual está vacío</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>tdm_… as printed by tandem-syncd terminal add</source>
        <translation>tdm_… tal como lo muestra tandem-syncd terminal add</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Sync is on.</source>
        <translation>La sincronización está activada.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>Extensions this terminal runs (takes effect at the next start):</source>
        <translation>Extensiones que ejecuta este terminal (se aplica en el próximo inicio):</translation>
    </message>
    <message>
        <source>Not loaded:
%1</source>
        <translation>No cargadas:
%1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>NIF:</translation>
    </message>
    <message>
        <source>Above the order:</source>
        <translation>Encima del pedido:</translation>
    </message>
    <message>
        <source>At the end:</source>
        <translation>Al final:</translation>
    </message>
    <message>
        <source>Printed under the shop&apos;s name on every receipt, centred; at most 42 characters a line.</source>
        <translation>Se imprime centrado bajo el nombre del negocio en cada recibo; como máximo 42 caracteres por línea.</translation>
    </message>
    <message>
        <source>Cash is always taken.</source>
        <translation>Siempre se acepta efectivo.</translation>
    </message>
    <message>
        <source>Card payments</source>
        <translation>Pagos con tarjeta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Gives change</source>
        <translation>Da cambio</translation>
    </message>
    <message>
        <source>Add a method</source>
        <translation>Añadir forma de pago</translation>
    </message>
    <message>
        <source>Remove the selected one</source>
        <translation>Quitar la seleccionada</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Vale</translation>
    </message>
    <message>
        <source>Further ways to pay, such as a voucher; one that gives change hands an overpayment back in cash:</source>
        <translation>Otras formas de pago, como un vale; si una da cambio, el exceso pagado se devuelve en efectivo:</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>A copy of everything this terminal keeps (settings, products, sessions, orders and the changes still waiting for the server), made while it runs.</source>
        <translation>Una copia de todo lo que guarda este terminal (ajustes, productos, sesiones, pedidos y los cambios que aún esperan al servidor), hecha mientras funciona.</translation>
    </message>
    <message>
        <source>Back up this terminal</source>
        <translation>Hacer copia de este terminal</translation>
    </message>
    <message>
        <source>tandem-pos-backup-%1-%2.sqlite</source>
        <translation>tandem-pos-copia-%1-%2.sqlite</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <source>Not backed up: %1</source>
        <translation>Sin copia: %1</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <source>Copied: the versions, this terminal&apos;s sync and store, and the end of its log (%1). Paste it into a message to support.</source>
        <translation>Copiado: las versiones, la sincronización y el almacén de este terminal, y el final de su registro (%1). Péguelo en un mensaje al soporte.</translation>
    </message>
    <message>
        <source>This terminal hosts the sync server (for a shop without a back-office computer)</source>
        <translation>Este terminal aloja el servidor de sincronización (para un negocio sin ordenador de oficina)</translation>
    </message>
    <message>
        <source>%1 (this computer only)</source>
        <translation>%1 (solo este equipo)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Escuchar en:</translation>
    </message>
    <message>
        <source>Pair a terminal…</source>
        <translation>Vincular un terminal…</translation>
    </message>
    <message>
        <source>Not hosting.</source>
        <translation>Este terminal no aloja el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>Hosting at %1: %n other terminal(s) connected.</source>
        <translation>
            <numerusform>Servidor en marcha en %1: hay %n terminal más conectado.</numerusform>
            <numerusform>Servidor en marcha en %1: hay %n terminales más conectados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving stops the server: %n connected terminal(s) go offline.</source>
        <translation>
            <numerusform>Al guardar se detiene el servidor: %n terminal conectado se quedará sin conexión.</numerusform>
            <numerusform>Al guardar se detiene el servidor: %n terminales conectados se quedarán sin conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server starts when the settings are saved.</source>
        <translation>El servidor se iniciará al guardar los ajustes.</translation>
    </message>
    <message>
        <source>The pairing code did not come through whole: scan it again, or paste the pairing link (check the scanner&apos;s keyboard layout).</source>
        <translation>El código de vinculación no llegó completo: vuelva a escanearlo o pegue el enlace de vinculación (compruebe la distribución de teclado del escáner).</translation>
    </message>
    <message>
        <source>Saving moves the server: the other terminals must be paired again, or their server address changed to the new one.</source>
        <translation>Al guardar, el servidor cambia de dirección: hay que vincular de nuevo los demás terminales o cambiar su dirección de servidor por la nueva.</translation>
    </message>
    <message>
        <source>Not hosting: %1</source>
        <translation>Sin servidor: %1</translation>
    </message>
</context>
<context>
    <name>SqlMigration</name>
    <message>
        <source>the database was written by a newer Tandem POS (schema %1; this version knows up to %2)</source>
        <translation>la base de datos la escribió una versión más reciente de Tandem POS (esquema %1; esta versión admite hasta el %2)</translation>
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation>falló la actualización al esquema %1: %2</translation>
    </message>
</context>
<context>
    <name>SqlSupport</name>
    <message>
        <source>%1 exists already; a backup never overwrites a file</source>
        <translation>%1 ya existe; una copia de seguridad nunca sobrescribe un archivo</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>No se puede escribir la copia de seguridad %1: %2</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Not applied: %1</source>
        <translation>No aplicado: %1</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>El servidor rechazó un cambio: %1</translation>
    </message>
    <message>
        <source>Shared settings can only be changed while the sync server is reachable.</source>
        <translation>Los ajustes compartidos solo se pueden cambiar mientras el servidor de sincronización esté accesible.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <source>the server refused the connection (is tandem-syncd running?)</source>
        <translation>el servidor rechazó la conexión (¿está en marcha tandem-syncd?)</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>sin respuesta en %n segundo</numerusform>
            <numerusform>sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>Error TLS: %1</translation>
    </message>
    <message>
        <source>the server answered with HTTP status %1</source>
        <translation>el servidor respondió con el estado HTTP %1</translation>
    </message>
    <message>
        <source>the server&apos;s name cannot be resolved</source>
        <translation>no se puede resolver el nombre del servidor</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>the answer is not from a tandem-syncd (%1)</source>
        <translation>la respuesta no procede de un tandem-syncd (%1)</translation>
    </message>
    <message>
        <source>The server refused a cash report: %1</source>
        <translation>El servidor rechazó un informe de caja: %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>rechazado por el servidor</translation>
    </message>
</context>
<context>
    <name>TableControl</name>
    <message>
        <source>Table…</source>
        <translation>Mesa…</translation>
    </message>
    <message>
        <source>Table %1…</source>
        <translation>Mesa %1…</translation>
    </message>
    <message>
        <source>Bind the order to a table or move it to another one</source>
        <translation>Asignar el pedido a una mesa o pasarlo a otra</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)…</source>
        <translation>
            <numerusform>%n comensal…</numerusform>
            <numerusform>%n comensales…</numerusform>
        </translation>
    </message>
    <message>
        <source>Guests…</source>
        <translation>Comensales…</translation>
    </message>
    <message>
        <source>Send to kitchen (%1)</source>
        <translation>Enviar a cocina (%1)</translation>
    </message>
    <message>
        <source>All sent to kitchen</source>
        <translation>Todo enviado a cocina</translation>
    </message>
    <message>
        <source>Send to kitchen</source>
        <translation>Enviar a cocina</translation>
    </message>
    <message>
        <source>There are no tables yet: a manager sets up the floors in the settings.</source>
        <translation>Aún no hay mesas: un encargado configura las zonas en los ajustes.</translation>
    </message>
    <message>
        <source>Every table is occupied.</source>
        <translation>Todas las mesas están ocupadas.</translation>
    </message>
    <message>
        <source>Move order</source>
        <translation>Trasladar pedido</translation>
    </message>
    <message>
        <source>Move the order to table:</source>
        <translation>Trasladar el pedido a la mesa:</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Comensales</translation>
    </message>
    <message>
        <source>Number of guests:</source>
        <translation>Número de comensales:</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>The order is no longer open.</source>
        <translation>El pedido ya no está abierto.</translation>
    </message>
    <message>
        <source>Table %1 already has order %2.</source>
        <translation>La mesa %1 ya tiene el pedido %2.</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>No se puede crear la carpeta de perfil %1.</translation>
    </message>
    <message>
        <source>Cannot install the demo catalog.</source>
        <translation>No se puede instalar el catálogo de demostración.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Un PIN tiene de 4 a 8 dígitos.</translation>
    </message>
    <message numerus="yes">
        <source>The catalog was not imported: %n problem(s) found.</source>
        <translation>
            <numerusform>No se importó el catálogo: se encontró %n problema.</numerusform>
            <numerusform>No se importó el catálogo: se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>A cashier name must have 1 to 40 characters.</source>
        <translation>El nombre del cajero debe tener de 1 a 40 caracteres.</translation>
    </message>
    <message>
        <source>A session is already open.</source>
        <translation>Ya hay una sesión abierta.</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>No hay ninguna sesión abierta.</translation>
    </message>
    <message>
        <source>The profile %1 is in use by another Tandem POS (process %2).</source>
        <translation>El perfil %1 lo está usando otro Tandem POS (proceso %2).</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>No existe el producto %1.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>The price must not be negative or absurdly large.</source>
        <translation>El precio no puede ser negativo ni absurdamente grande.</translation>
    </message>
    <message>
        <source>The tax rate must be from 0 to 100 %.</source>
        <translation>El tipo de IVA debe estar entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>The id %1 is taken by %2.</source>
        <translation>El ID %1 ya lo usa %2.</translation>
    </message>
    <message>
        <source>The barcode %1 is taken by %2.</source>
        <translation>El código de barras %1 ya lo usa %2.</translation>
    </message>
    <message>
        <source>The opening float must be between 0 and %1.</source>
        <translation>El fondo inicial debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>Say why the cash moves, in 1 to 80 characters.</source>
        <translation>Indique el motivo del movimiento de caja (de 1 a 80 caracteres).</translation>
    </message>
    <message>
        <source>The drawer should hold only %1: no more can be taken out.</source>
        <translation>El cajón debería tener solo %1: no se puede retirar más.</translation>
    </message>
    <message>
        <source>The counted cash must be between 0 and %1.</source>
        <translation>El efectivo contado debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The amount must be more than 0 and at most %1.</source>
        <translation>El importe debe ser mayor que 0 y como máximo %1.</translation>
    </message>
</context>
<context>
    <name>TerminalSettings</name>
    <message>
        <source>The shop name can have at most 60 characters.</source>
        <translation>El nombre del negocio puede tener como máximo 60 caracteres.</translation>
    </message>
    <message>
        <source>The terminal name must have 1 to 40 characters.</source>
        <translation>El nombre del terminal debe tener de 1 a 40 caracteres.</translation>
    </message>
    <message>
        <source>The terminal code must be 1 to 8 capital letters or digits.</source>
        <translation>El código del terminal debe tener de 1 a 8 mayúsculas o dígitos.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation>Idioma desconocido: «%1».</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as EUR.</source>
        <translation>La moneda debe ser un código ISO de tres letras, como EUR.</translation>
    </message>
    <message>
        <source>A cashier name can have at most 40 characters.</source>
        <translation>El nombre del cajero puede tener como máximo 40 caracteres.</translation>
    </message>
    <message>
        <source>The token is the text tandem-syncd printed for this terminal (tdm_…).</source>
        <translation>El token es el texto que tandem-syncd mostró para este terminal (tdm_…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an extension id (a-z, 0-9 and _, starting with a letter).</source>
        <translation>«%1» no es un id de extensión (a-z, 0-9 y _, empezando por una letra).</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>At most %1 payment methods can be added beside cash and card.</source>
        <translation>Además de efectivo y tarjeta, se pueden añadir como máximo %1 formas de pago.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>The payment method %1 has no id of its own.</source>
        <translation>La forma de pago %1 no tiene un id propio.</translation>
    </message>
    <message>
        <source>There is already a payment method called %1.</source>
        <translation>Ya hay una forma de pago llamada %1.</translation>
    </message>
    <message>
        <source>The address has at most 3 lines of 42 characters.</source>
        <translation>La dirección tiene como máximo 3 líneas de 42 caracteres.</translation>
    </message>
    <message>
        <source>The text above the order has at most 4 lines of 42 characters.</source>
        <translation>El texto encima del pedido tiene como máximo 4 líneas de 42 caracteres.</translation>
    </message>
    <message>
        <source>The text at the end of the receipt has at most 4 lines of 42 characters.</source>
        <translation>El texto al final del recibo tiene como máximo 4 líneas de 42 caracteres.</translation>
    </message>
    <message>
        <source>The tax ID is one line of at most 30 characters.</source>
        <translation>El NIF es una línea de 30 caracteres como máximo.</translation>
    </message>
    <message>
        <source>A payment method&apos;s name has 1 to 24 characters, without spaces around them.</source>
        <translation>El nombre de una forma de pago tiene de 1 a 24 caracteres, sin espacios al principio ni al final.</translation>
    </message>
    <message>
        <source>The server address must look like http://host:8765 or https://host:8765 (up to %1, separated by commas).</source>
        <translation>La dirección del servidor debe tener la forma http://host:8765 o https://host:8765 (hasta %1, separadas por comas).</translation>
    </message>
    <message>
        <source>The server of this terminal needs an address of this machine to listen on.</source>
        <translation>El servidor de este terminal necesita una dirección de este equipo en la que escuchar.</translation>
    </message>
    <message>
        <source>The server&apos;s port is a number from 1024 to 65535.</source>
        <translation>El puerto del servidor es un número de 1024 a 65535.</translation>
    </message>
    <message>
        <source>A terminal that hosts the server shares its orders: sync must be on.</source>
        <translation>Un terminal que aloja el servidor comparte sus pedidos: la sincronización debe estar activada.</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>%n producto importado.</numerusform>
            <numerusform>%n productos importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tandem POS terminal</source>
        <translation>Terminal Tandem POS</translation>
    </message>
    <message>
        <source>Keep the terminal&apos;s whole local state in &lt;dir&gt;.</source>
        <translation>Guardar todo el estado local del terminal en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Open the session for &lt;name&gt; without asking.</source>
        <translation>Abrir la sesión para &lt;name&gt; sin preguntar.</translation>
    </message>
    <message>
        <source>Replace the catalog with the products of &lt;file&gt; (CSV) and exit.</source>
        <translation>Sustituir el catálogo por los productos de &lt;file&gt; (CSV) y salir.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Tandem POS</source>
        <translation>Tandem POS</translation>
    </message>
    <message>
        <source>The terminal cannot start:
%1</source>
        <translation>El terminal no puede iniciarse:
%1</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>Name this terminal &lt;name&gt;.</source>
        <translation>Llamar &lt;name&gt; a este terminal.</translation>
    </message>
    <message>
        <source>Start its receipt references with &lt;code&gt;.</source>
        <translation>Empezar sus referencias de recibo con &lt;code&gt;.</translation>
    </message>
    <message>
        <source>Share open orders through the tandem-syncd at &lt;url&gt;.</source>
        <translation>Compartir los pedidos abiertos a través del tandem-syncd de &lt;url&gt;.</translation>
    </message>
    <message>
        <source>This terminal&apos;s token for the sync server.</source>
        <translation>Token de este terminal para el servidor de sincronización.</translation>
    </message>
    <message>
        <source>Load extension plugins from &lt;dir&gt; (default: plugins beside the program).</source>
        <translation>Cargar plugins de extensión desde &lt;dir&gt; (por defecto: plugins junto al programa).</translation>
    </message>
    <message>
        <source>Run the extensions &lt;ids&gt; (comma-separated, e.g. notes,restaurant) from now on; &quot;none&quot; runs none.</source>
        <translation>Ejecutar a partir de ahora las extensiones &lt;ids&gt; (separadas por comas, p. ej. notes,restaurant); «none» no ejecuta ninguna.</translation>
    </message>
    <message>
        <source>No plugin folder %1.</source>
        <translation>No existe la carpeta de plugins %1.</translation>
    </message>
    <message>
        <source>With --cashier: the cash in the drawer as the session opens (default 0).</source>
        <translation>Con --cashier: el efectivo del cajón al abrir la sesión (por defecto 0).</translation>
    </message>
    <message>
        <source>Keep &lt;file&gt; up to date with where the controls are on screen (JSON), for tools that drive the terminal.</source>
        <translation>Mantener &lt;file&gt; actualizado con la posición de los controles en pantalla (JSON), para herramientas que manejan el terminal.</translation>
    </message>
    <message>
        <source>The opening float %1 is not an amount.</source>
        <translation>El fondo inicial %1 no es un importe.</translation>
    </message>
    <message>
        <source>Host the shop&apos;s sync server on this terminal, listening on &lt;address:port&gt; (an address of this machine, e.g. 192.168.1.20:8765).</source>
        <translation>Alojar el servidor de sincronización del negocio en este terminal, escuchando en &lt;address:port&gt; (una dirección de este equipo, p. ej. 192.168.1.20:8765).</translation>
    </message>
    <message>
        <source>--host-sync takes ADDRESS:PORT, e.g. 192.168.1.20:8765</source>
        <translation>--host-sync requiere ADDRESS:PORT, p. ej. 192.168.1.20:8765</translation>
    </message>
</context>
</TS>
