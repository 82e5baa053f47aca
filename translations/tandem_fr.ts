<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CatalogCsv</name>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>un guillemet dans un champ sans guillemets</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>du texte après un guillemet fermant</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>le fichier est vide&#xa0;; une ligne d’en-tête est attendue</translation>
    </message>
    <message>
        <source>unknown column; expected id, name, category, price, tax_rate, barcode</source>
        <translation>colonne inconnue&#xa0;; colonnes attendues&#xa0;: id, name, category, price, tax_rate, barcode</translation>
    </message>
    <message>
        <source>column appears twice</source>
        <translation>colonne en double</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>colonne obligatoire manquante</translation>
    </message>
    <message>
        <source>more than %1 products</source>
        <translation>plus de %1 produits</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l’en-tête en a %2</translation>
    </message>
    <message>
        <source>duplicate id, first used on line %1</source>
        <translation>id en double, déjà utilisé à la ligne %1</translation>
    </message>
    <message>
        <source>duplicate barcode, first used on line %1</source>
        <translation>code-barres en double, déjà utilisé à la ligne %1</translation>
    </message>
    <message>
        <source>the file has a header but no products</source>
        <translation>le fichier a un en-tête mais aucun produit</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ClosingReport</name>
    <message>
        <source>Closing report</source>
        <translation>Rapport de clôture</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>Commandes payées</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Commandes annulées</translation>
    </message>
    <message>
        <source>Abandoned open orders</source>
        <translation>Commandes ouvertes abandonnées</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation>Total des ventes</translation>
    </message>
    <message>
        <source>Tax %1 on %2</source>
        <translation>TVA %1 sur %2</translation>
    </message>
    <message>
        <source>Total tax</source>
        <translation>Total TVA</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>Open orders here at the close</source>
        <translation>Commandes ouvertes ici à la clôture</translation>
    </message>
    <message>
        <source>Run ended: orders abandoned</source>
        <translation>Fin de journée&#xa0;: commandes abandonnées</translation>
    </message>
    <message>
        <source>Open orders, left on the server</source>
        <translation>Ouvertes, laissées sur le serveur</translation>
    </message>
    <message>
        <source>(the server was not reached)</source>
        <translation>(le serveur n’a pas pu être joint)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Cash control</source>
        <translation>Contrôle de caisse</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fond de caisse</translation>
    </message>
    <message>
        <source>Cash sales</source>
        <translation>Ventes en espèces</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>Entrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Out: %1</source>
        <translation>Sortie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Attendu dans le tiroir</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Excédent</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Caisse juste</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>ticket %1</translation>
    </message>
    <message>
        <source>ticket follows</source>
        <translation>ticket à venir</translation>
    </message>
    <message>
        <source>Orders kept open</source>
        <translation>Commandes laissées ouvertes</translation>
    </message>
    <message>
        <source>Voided receipts (money given back)</source>
        <translation>Reçus annulés (argent rendu)</translation>
    </message>
</context>
<context>
    <name>ExtensionRegistry</name>
    <message>
        <source>built-in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid extension id</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un identifiant d’extension valide</translation>
    </message>
    <message>
        <source>%1: an extension &quot;%2&quot; is loaded already</source>
        <translation>%1&#xa0;: une extension «&#xa0;%2&#xa0;» est déjà chargée</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; of &quot;%3&quot; must start with &quot;%3.&quot; and use a-z, 0-9, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» de «&#xa0;%3&#xa0;» doit commencer par «&#xa0;%3.&#xa0;» et n’utiliser que a-z, 0-9, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1: only order fields can be unique (&quot;%2&quot;)</source>
        <translation>%1&#xa0;: seuls les champs de commande peuvent être uniques («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is declared twice</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» est déclaré deux fois</translation>
    </message>
    <message>
        <source>%1: not a Qt plugin (%2)</source>
        <translation>%1&#xa0;: ce n’est pas un plugin Qt (%2)</translation>
    </message>
    <message>
        <source>%1: not a Tandem extension (interface %2)</source>
        <translation>%1&#xa0;: ce n’est pas une extension Tandem (interface %2)</translation>
    </message>
    <message>
        <source>%1: built for extension API %2, this terminal needs %3</source>
        <translation>%1&#xa0;: compilée pour l’API d’extension %2, cette caisse requiert %3</translation>
    </message>
    <message>
        <source>%1: cannot be loaded (%2)</source>
        <translation>%1&#xa0;: chargement impossible (%2)</translation>
    </message>
    <message>
        <source>no Extension interface</source>
        <translation>pas d’interface Extension</translation>
    </message>
    <message>
        <source>No enabled extension declares the field &quot;%1&quot;.</source>
        <translation>Aucune extension activée ne déclare le champ «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>FloorPlan</name>
    <message>
        <source>The floor plan must be {&quot;floors&quot;: [...]}.</source>
        <translation>Le plan de salle doit être {&quot;floors&quot;: [...]}.</translation>
    </message>
    <message>
        <source>Each floor must be {&quot;name&quot;: text, &quot;tables&quot;: [text, ...]}.</source>
        <translation>Chaque salle doit être {&quot;name&quot;: texte, &quot;tables&quot;: [texte, ...]}.</translation>
    </message>
    <message>
        <source>Table names must be text.</source>
        <translation>Les noms de table doivent être du texte.</translation>
    </message>
    <message>
        <source>At most %1 floors.</source>
        <translation>%1 salles au maximum.</translation>
    </message>
    <message>
        <source>A floor needs a name of 1 to %1 characters.</source>
        <translation>Une salle doit avoir un nom de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>There are two floors called &quot;%1&quot;.</source>
        <translation>Deux salles s’appellent «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Floor &quot;%1&quot; needs 1 to %2 tables.</source>
        <translation>La salle «&#xa0;%1&#xa0;» doit avoir de 1 à %2 tables.</translation>
    </message>
    <message>
        <source>Table names on &quot;%1&quot; need 1 to %2 characters.</source>
        <translation>Les noms de table de «&#xa0;%1&#xa0;» doivent comporter de 1 à %2 caractères.</translation>
    </message>
    <message>
        <source>Table &quot;%1&quot; is named twice; table names must differ across all floors.</source>
        <translation>La table «&#xa0;%1&#xa0;» apparaît deux fois&#xa0;; les noms de table doivent être différents dans toutes les salles.</translation>
    </message>
</context>
<context>
    <name>FloorSettingsPage</name>
    <message>
        <source>Floor</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Add floor</source>
        <translation>Ajouter une salle</translation>
    </message>
    <message>
        <source>Remove floor</source>
        <translation>Supprimer la salle</translation>
    </message>
    <message>
        <source>One row per floor; table names separated by commas (e.g. T1, T2, Bar 1). Table names must differ across floors. With sync on, the plan is shared with every terminal of the shop and can only be changed while the sync server is reachable; with sync off it is kept on this terminal.</source>
        <translation>Une ligne par salle&#xa0;; noms de table séparés par des virgules (par ex. T1, T2, Bar 1). Les noms de table doivent être différents d’une salle à l’autre. Avec la synchronisation, le plan est partagé avec toutes les caisses de l’établissement et ne peut être modifié que si le serveur de synchronisation est joignable&#xa0;; sans synchronisation, il reste sur cette caisse.</translation>
    </message>
</context>
<context>
    <name>FloorView</name>
    <message>
        <source>Floor plan</source>
        <translation>Plan de salle</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Counter sale</source>
        <translation>Vente au comptoir</translation>
    </message>
    <message>
        <source>An order without a table</source>
        <translation>Une commande sans table</translation>
    </message>
    <message>
        <source>No floors yet: a manager adds them in Settings → Restaurant.</source>
        <translation>Aucune salle pour l’instant&#xa0;: un gérant les ajoute dans Paramètres → Restaurant.</translation>
    </message>
    <message>
        <source>The shared floor plan cannot be read: %1</source>
        <translation>Le plan de salle partagé est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n guest(s)</source>
        <translation>
            <numerusform>%1 · %n couvert</numerusform>
            <numerusform>%1 · %n couverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent</source>
        <translation>
            <numerusform>%n non envoyée</numerusform>
            <numerusform>%n non envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>Number of guests:</source>
        <translation>Nombre de couverts&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>impossible d’ouvrir la base %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no session %1</source>
        <translation>session %1 introuvable</translation>
    </message>
    <message>
        <source>session %1 is not open</source>
        <translation>la session %1 n’est pas ouverte</translation>
    </message>
    <message>
        <source>line %1 is not in order %2</source>
        <translation>la ligne %1 ne fait pas partie de la commande %2</translation>
    </message>
    <message>
        <source>no order %1</source>
        <translation>commande %1 introuvable</translation>
    </message>
    <message>
        <source>order %1 has an unknown state</source>
        <translation>la commande %1 a un état inconnu</translation>
    </message>
    <message>
        <source>payment %1 has an unknown method</source>
        <translation>le paiement %1 a un moyen de paiement inconnu</translation>
    </message>
    <message>
        <source>no product %1</source>
        <translation>produit %1 introuvable</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sync off</source>
        <translation>Synchro désactivée</translation>
    </message>
    <message>
        <source>This terminal works standalone; a manager can pair it with a sync server.</source>
        <translation>Cette caisse fonctionne seule&#xa0;; un gérant peut l’associer à un serveur de synchronisation.</translation>
    </message>
    <message>
        <source>Unknown barcode %1</source>
        <translation>Code-barres inconnu %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation>Nom du client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Commande</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Nouvelle commande</translation>
    </message>
    <message>
        <source>&amp;Delete order…</source>
        <translation>&amp;Supprimer la commande…</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>&amp;Encaisser</translation>
    </message>
    <message>
        <source>Ne&amp;xt order</source>
        <translation>Commande sui&amp;vante</translation>
    </message>
    <message>
        <source>P&amp;revious order</source>
        <translation>Commande &amp;précédente</translation>
    </message>
    <message>
        <source>Remove selected &amp;line</source>
        <translation>Supprimer la &amp;ligne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Find product</source>
        <translation>&amp;Rechercher un produit</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Close session…</source>
        <translation>&amp;Clôturer la session…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Gérant</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Import catalog…</source>
        <translation>&amp;Importer le catalogue…</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Caissier&#xa0;: %1</translation>
    </message>
    <message>
        <source>No open session</source>
        <translation>Aucune session ouverte</translation>
    </message>
    <message>
        <source>Delete order</source>
        <translation>Supprimer la commande</translation>
    </message>
    <message numerus="yes">
        <source>Delete the order with %n line(s)? It will be kept as cancelled.</source>
        <translation>
            <numerusform>Supprimer la commande de %n ligne&#xa0;? Elle sera conservée comme annulée.</numerusform>
            <numerusform>Supprimer la commande de %n lignes&#xa0;? Elle sera conservée comme annulée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open order(s) still have lines. Closing the session archives them as abandoned; they will not be paid. Close the session?</source>
        <translation>
            <numerusform>%n commande ouverte contient encore des lignes. Clôturer la session l’archive comme abandonnée&#xa0;; elle ne sera pas payée. Clôturer la session&#xa0;?</numerusform>
            <numerusform>%n commandes ouvertes contiennent encore des lignes. Clôturer la session les archive comme abandonnées&#xa0;; elles ne seront pas payées. Clôturer la session&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the session and print the closing report?</source>
        <translation>Clôturer la session et imprimer le rapport de clôture&#xa0;?</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Clôturer la session</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>Rapport de clôture</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>Cashier for the next session:</source>
        <translation>Caissier de la prochaine session&#xa0;:</translation>
    </message>
    <message>
        <source>Manager access</source>
        <translation>Accès gérant</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN erroné.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Import catalog</source>
        <translation>Importer le catalogue</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>%n produit importé.</numerusform>
            <numerusform>%n produits importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisation arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Server: %1
Last contact: %2
Changes waiting to be sent: %3</source>
        <translation>Serveur&#xa0;: %1
Dernier contact&#xa0;: %2
Modifications en attente d’envoi&#xa0;: %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Shared settings not saved: %1</source>
        <translation>Paramètres partagés non enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tap to dismiss</source>
        <translation>Touchez pour fermer</translation>
    </message>
    <message>
        <source>&amp;Receipts…</source>
        <translation>&amp;Reçus…</translation>
    </message>
    <message>
        <source>Cash &amp;in…</source>
        <translation>&amp;Entrée d’espèces…</translation>
    </message>
    <message>
        <source>Cash &amp;out…</source>
        <translation>&amp;Sortie d’espèces…</translation>
    </message>
    <message>
        <source>&amp;Products…</source>
        <translation>P&amp;roduits…</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Commande n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>%1 was archived: the shop&apos;s run ended.</source>
        <translation>%1 a été archivée&#xa0;: la journée de l’établissement est terminée.</translation>
    </message>
    <message>
        <source>%1 was closed on another terminal.</source>
        <translation>%1 a été fermée sur une autre caisse.</translation>
    </message>
    <message>
        <source>%1 was paid on %2 by %3.</source>
        <translation>%1 a été payée sur la caisse %2 par %3.</translation>
    </message>
    <message>
        <source>%1 was cancelled on %2 by %3.</source>
        <translation>%1 a été annulée sur la caisse %2 par %3.</translation>
    </message>
    <message>
        <source>Offline because %1</source>
        <translation>Hors ligne car %1</translation>
    </message>
    <message>
        <source>%1 is not on sale.</source>
        <translation>%1 n’est pas en vente.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>No receipt was issued in this session yet.</source>
        <translation>Aucun reçu n’a encore été émis dans cette session.</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <source>ticket follows</source>
        <translation>ticket à venir</translation>
    </message>
    <message>
        <source>Print a copy of:</source>
        <translation>Imprimer une copie de&#xa0;:</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPIE</translation>
    </message>
    <message>
        <source>Asking the server whether other terminals keep the shop open…</source>
        <translation>Demande au serveur si d’autres caisses gardent l’établissement ouvert…</translation>
    </message>
    <message numerus="yes">
        <source>The sync server cannot be reached, so it is not known whether other terminals keep the shop open. The %n open order(s) stay open on the server, and here too; the server learns of this close when the terminal reconnects. Close the session?</source>
        <translation>
            <numerusform>Le serveur de synchronisation est injoignable&#xa0;: on ne sait donc pas si d’autres caisses gardent l’établissement ouvert. %n commande ouverte reste ouverte sur le serveur, et ici aussi&#xa0;; le serveur apprendra cette clôture quand la caisse se reconnectera. Clôturer la session&#xa0;?</numerusform>
            <numerusform>Le serveur de synchronisation est injoignable&#xa0;: on ne sait donc pas si d’autres caisses gardent l’établissement ouvert. %n commandes ouvertes restent ouvertes sur le serveur, et ici aussi&#xa0;; le serveur apprendra cette clôture quand la caisse se reconnectera. Clôturer la session&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is the last open session of the shop: closing it ends the run. The shop&apos;s %n open order(s) will be archived as abandoned and ticket numbers start again at 1. Close the session?</source>
        <translation>
            <numerusform>C’est la dernière session ouverte de l’établissement&#xa0;: la clôturer termine la journée. %n commande ouverte de l’établissement sera archivée comme abandonnée et les numéros de ticket repartiront de 1. Clôturer la session&#xa0;?</numerusform>
            <numerusform>C’est la dernière session ouverte de l’établissement&#xa0;: la clôturer termine la journée. %n commandes ouvertes de l’établissement seront archivées comme abandonnées et les numéros de ticket repartiront de 1. Clôturer la session&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other terminals keep the shop open (%1): the %n open order(s) stay open for them, and here too. Close the session?</source>
        <translation>
            <numerusform>D’autres caisses gardent l’établissement ouvert (%1)&#xa0;: %n commande ouverte reste ouverte pour elles, et ici aussi. Clôturer la session&#xa0;?</numerusform>
            <numerusform>D’autres caisses gardent l’établissement ouvert (%1)&#xa0;: %n commandes ouvertes restent ouvertes pour elles, et ici aussi. Clôturer la session&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cash counted in the drawer:</source>
        <translation>Espèces comptées dans le tiroir&#xa0;:</translation>
    </message>
    <message>
        <source>Opening float, the cash in the drawer:</source>
        <translation>Fond de caisse, les espèces dans le tiroir&#xa0;:</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entrée d’espèces</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Sortie d’espèces</translation>
    </message>
    <message>
        <source>Amount put into the drawer:</source>
        <translation>Montant mis dans le tiroir&#xa0;:</translation>
    </message>
    <message>
        <source>Amount taken from the drawer:</source>
        <translation>Montant retiré du tiroir&#xa0;:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>%1 of %2 recorded; the drawer should now hold %3.</source>
        <translation>%1 de %2 enregistrée&#xa0;; le tiroir devrait maintenant contenir %3.</translation>
    </message>
    <message>
        <source>&amp;Refused changes…</source>
        <translation>&amp;Modifications refusées…</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <source>The sync server has taken every change of this terminal.</source>
        <translation>Le serveur de synchronisation a accepté toutes les modifications de cette caisse.</translation>
    </message>
    <message>
        <source>Changes the sync server did not take, newest first</source>
        <translation>Modifications refusées par le serveur de synchronisation, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>%1  order %2
  %3
  %4: %5

</source>
        <translation>%1  commande %2
  %3
  %4&#xa0;: %5

</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>refusée (%1)</translation>
    </message>
    <message>
        <source>The server did not take the payment of %1: %2. Receipt %3 is void: give the customer back %4.</source>
        <translation>Le serveur n’a pas accepté le paiement de %1&#xa0;: %2. Le reçu %3 est annulé&#xa0;: rendez %4 au client.</translation>
    </message>
    <message>
        <source>The order is open again.</source>
        <translation>La commande est de nouveau ouverte.</translation>
    </message>
    <message>
        <source>%1 was not cancelled: %2. It is open again.</source>
        <translation>%1 n’a pas été annulée&#xa0;: %2. Elle est de nouveau ouverte.</translation>
    </message>
    <message>
        <source>Payment refused</source>
        <translation>Paiement refusé</translation>
    </message>
    <message numerus="yes">
        <source>Hosting: %n terminal(s)</source>
        <translation>
            <numerusform>Serveur&#xa0;: %n caisse</numerusform>
            <numerusform>Serveur&#xa0;: %n caisses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This terminal hosts the shop&apos;s sync server at %1; %n other terminal(s) connected.</source>
        <translation>
            <numerusform>Cette caisse héberge le serveur de synchronisation de l’établissement à l’adresse %1&#xa0;; %n autre caisse connectée.</numerusform>
            <numerusform>Cette caisse héberge le serveur de synchronisation de l’établissement à l’adresse %1&#xa0;; %n autres caisses connectées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Tandem POS?</source>
        <translation>Quitter Tandem POS&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>This terminal hosts the sync server of the shop, and %n other terminal(s) are connected to it. Closing it stops them sharing orders until it runs again; they keep selling meanwhile.</source>
        <translation>
            <numerusform>Cette caisse héberge le serveur de synchronisation de l’établissement, et %n autre caisse y est connectée. Si vous fermez cette caisse, l’autre ne pourra plus partager les commandes jusqu’au redémarrage du serveur&#xa0;; elle pourra continuer à vendre entre-temps.</numerusform>
            <numerusform>Cette caisse héberge le serveur de synchronisation de l’établissement, et %n autres caisses y sont connectées. Si vous fermez cette caisse, les autres ne pourront plus partager les commandes jusqu’au redémarrage du serveur&#xa0;; elles pourront continuer à vendre entre-temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not hosting</source>
        <translation>Pas de serveur</translation>
    </message>
    <message>
        <source>This terminal should host the shop&apos;s sync server but cannot: %1
It tries again every few seconds.</source>
        <translation>Cette caisse devrait héberger le serveur de synchronisation du magasin, mais n’y parvient pas&#xa0;: %1
Elle réessaie toutes les quelques secondes.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NotesExtension</name>
    <message>
        <source>A note is text; clear it to remove it.</source>
        <translation>Une note est du texte&#xa0;; effacez-la pour la supprimer.</translation>
    </message>
    <message>
        <source>A note can have at most %1 characters.</source>
        <translation>Une note peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note on the selected line…</source>
        <translation>Note sur la ligne sélectionnée…</translation>
    </message>
    <message>
        <source>Note on the order…</source>
        <translation>Note sur la commande…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Select a line to note.</source>
        <translation>Sélectionnez une ligne à annoter.</translation>
    </message>
    <message>
        <source>Note on %1:</source>
        <translation>Note sur %1&#xa0;:</translation>
    </message>
    <message>
        <source>Note on the order:</source>
        <translation>Note sur la commande&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NumpadWidget</name>
    <message>
        <source>Turn the quantity into a return and back</source>
        <translation>Transformer la quantité en retour, et inversement</translation>
    </message>
    <message>
        <source>Delete the last digit; on an empty quantity, remove the line</source>
        <translation>Effacer le dernier chiffre&#xa0;; si la quantité est vide, supprimer la ligne</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Disc</source>
        <translation>Rem.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
</context>
<context>
    <name>OpenOrdersModel</name>
    <message>
        <source>#%1</source>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s) · %2</source>
        <translation>
            <numerusform>%1 · %n ligne · %2</numerusform>
            <numerusform>%1 · %n lignes · %2</numerusform>
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
        <translation>La commande n’est plus ouverte.</translation>
    </message>
    <message>
        <source>The line is no longer in the order.</source>
        <translation>La ligne ne fait plus partie de la commande.</translation>
    </message>
    <message>
        <source>The quantity is out of range.</source>
        <translation>La quantité est hors limites.</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %.</source>
        <translation>Une remise doit être comprise entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The price is out of range.</source>
        <translation>Le prix est hors limites.</translation>
    </message>
    <message>
        <source>A customer name can have at most 80 characters.</source>
        <translation>Un nom de client peut comporter au plus 80 caractères.</translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation>Il n’y a rien à payer.</translation>
    </message>
    <message>
        <source>A payment amount is zero or out of range.</source>
        <translation>Un montant de paiement est nul ou hors limites.</translation>
    </message>
    <message>
        <source>The payments do not cover the total.</source>
        <translation>Les paiements ne couvrent pas le total.</translation>
    </message>
    <message>
        <source>A payment must have the sign of the total.</source>
        <translation>Un paiement doit avoir le même signe que le total.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid extension key.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une clé d’extension valide.</translation>
    </message>
    <message>
        <source>No session is open: the next cashier opens one first.</source>
        <translation>Aucune session n’est ouverte&#xa0;: le prochain caissier doit d’abord en ouvrir une.</translation>
    </message>
    <message>
        <source>Offline: this order is on the server and stays read-only until the connection returns. New orders can be created and paid.</source>
        <translation>Hors ligne&#xa0;: cette commande est sur le serveur et reste en lecture seule jusqu’au retour de la connexion. Vous pouvez créer et encaisser de nouvelles commandes.</translation>
    </message>
    <message>
        <source>Change can only be given for cash and the methods that give change.</source>
        <translation>La monnaie ne peut être rendue que pour les espèces et les moyens de paiement qui rendent la monnaie.</translation>
    </message>
    <message>
        <source>An order cannot join itself.</source>
        <translation>Une commande ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>The order would come to more than the largest amount one order may have.</source>
        <translation>La commande dépasserait le montant maximal autorisé pour une commande.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>added by %1 (%2)</source>
        <translation>ajoutée par %1 (%2)</translation>
    </message>
    <message>
        <source>, edited by %1 (%2)</source>
        <translation>, modifiée par %1 (%2)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>Rem.</translation>
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
        <translation>Nouvelle commande (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete this order (Ctrl+Shift+Del)</source>
        <translation>Supprimer cette commande (Ctrl+Shift+Del)</translation>
    </message>
</context>
<context>
    <name>OrderWidget</name>
    <message>
        <source>Customer…</source>
        <translation>Client…</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>Encaisser (F12)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>incl. tax %1</source>
        <translation>dont TVA %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Client&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Make a token</source>
        <translation>Créer un jeton</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Pair a terminal</source>
        <translation>Associer une caisse</translation>
    </message>
    <message>
        <source>Each terminal that shares orders through this one needs its own token. On the other terminal, open Settings &gt; Sync and scan the code into the Server field, or paste the pairing link there; or type the server and the token.</source>
        <translation>Chaque caisse qui partage ses commandes via celle-ci a besoin de son propre jeton. Sur l’autre caisse, ouvrez Paramètres &gt; Synchronisation et scannez le code dans le champ «&#xa0;Serveur&#xa0;», ou collez-y le lien d’association&#xa0;; ou bien saisissez le serveur et le jeton.</translation>
    </message>
    <message>
        <source>The other terminal&apos;s name, e.g. Bar</source>
        <translation>Nom de l’autre caisse, par ex. Bar</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Pairing link:</source>
        <translation>Lien d’association&#xa0;:</translation>
    </message>
    <message>
        <source>Paired terminals:</source>
        <translation>Caisses associées&#xa0;:</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>Associée le</translation>
    </message>
    <message>
        <source>Give the other terminal a name first.</source>
        <translation>Donnez d’abord un nom à l’autre caisse.</translation>
    </message>
    <message>
        <source>No token made: %1</source>
        <translation>Aucun jeton créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pairing code for %1</source>
        <translation>Code d’association pour %1</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Révocation impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (this terminal)</source>
        <translation>%1 (cette caisse)</translation>
    </message>
    <message>
        <source>The server listens on %1: only this computer reaches it. To pair the shop&apos;s other terminals, choose its network address in Settings &gt; Sync.</source>
        <translation>Le serveur écoute sur %1&#xa0;: seul cet ordinateur l’atteint. Pour associer les autres caisses du magasin, choisissez son adresse réseau dans Paramètres &gt; Synchronisation.</translation>
    </message>
    <message>
        <source>The token is shown only now; when one is lost, revoke that terminal and pair it again under another name.</source>
        <translation>Le jeton n’est affiché que maintenant&#xa0;; s’il est perdu, révoquez cette caisse et associez-la à nouveau sous un autre nom.</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Supprimer le paiement</translation>
    </message>
    <message>
        <source>Validate (Enter)</source>
        <translation>Valider (Enter)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Retour (Esc)</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>À payer %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Payé %1</translation>
    </message>
    <message>
        <source>Remaining %1</source>
        <translation>Reste %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>À rendre %1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Commande n°&#xa0;%1</translation>
    </message>
    <message>
        <source>New order %1</source>
        <translation>Nouvelle commande %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Change can only be given for cash and the methods that give change.</source>
        <translation>La monnaie ne peut être rendue que pour les espèces et les moyens de paiement qui rendent la monnaie.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt roll</source>
        <translation>Rouleau de tickets</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 enregistré dans %2.</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>On sale</source>
        <translation>En vente</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Find a product</source>
        <translation>Rechercher un produit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Price (%1, tax included):</source>
        <translation>Prix (%1, TTC)&#xa0;:</translation>
    </message>
    <message>
        <source>Tax rate (%):</source>
        <translation>Taux de TVA (%)&#xa0;:</translation>
    </message>
    <message>
        <source>Barcode:</source>
        <translation>Code-barres&#xa0;:</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>en vente</translation>
    </message>
    <message>
        <source>off sale</source>
        <translation>hors vente</translation>
    </message>
    <message>
        <source>Price: %1.</source>
        <translation>Prix&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Tax rate: %1.</source>
        <translation>Taux de TVA&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ProductPanel</name>
    <message>
        <source>Search products or scan a barcode (Ctrl+F)</source>
        <translation>Rechercher un produit ou scanner un code-barres (Ctrl+F)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
</context>
<context>
    <name>ProductRules</name>
    <message>
        <source>must be 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>doit comporter de 1 à 32 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be 1 to 80 characters</source>
        <translation>doit comporter de 1 à 80 caractères</translation>
    </message>
    <message>
        <source>must not contain line breaks or control characters</source>
        <translation>ne doit contenir ni saut de ligne ni caractère de contrôle</translation>
    </message>
    <message>
        <source>must be 1 to 40 characters</source>
        <translation>doit comporter de 1 à 40 caractères</translation>
    </message>
    <message>
        <source>not a price with at most %1 decimals: &apos;%2&apos;</source>
        <translation>n’est pas un prix avec au plus %1 décimales&#xa0;: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>must not be negative or absurdly large</source>
        <translation>ne doit être ni négatif ni démesurément grand</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100 with at most 2 decimals</source>
        <translation>doit être un pourcentage de 0 à 100 avec au plus 2 décimales</translation>
    </message>
    <message>
        <source>must be empty or 6 to 14 digits</source>
        <translation>doit être vide ou comporter de 6 à 14 chiffres</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Manager access</source>
        <translation>Accès gérant</translation>
    </message>
    <message>
        <source>Manager PIN:</source>
        <translation>Code PIN gérant&#xa0;:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>closing-report.pdf</source>
        <translation>rapport-de-cloture.pdf</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Payment complete</source>
        <translation>Paiement terminé</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Next order (Enter)</source>
        <translation>Commande suivante (Enter)</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>recu-%1.pdf</translation>
    </message>
</context>
<context>
    <name>ReceiptText</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Served by %1</source>
        <translation>Servi par %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Remise %1</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message>
        <source>incl. tax %1 on %2</source>
        <translation>dont TVA %1 sur %2</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci&#xa0;!</translation>
    </message>
    <message>
        <source>Tax ID %1</source>
        <translation>N°&#xa0;TVA %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Ticket number follows (order %1)</source>
        <translation>N°&#xa0;de ticket à venir (commande %1)</translation>
    </message>
</context>
<context>
    <name>RestaurantExtension</name>
    <message>
        <source>A table is named by 1 to %1 characters.</source>
        <translation>Un nom de table comporte de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>Guests must be a number from 1 to %1.</source>
        <translation>Le nombre de couverts doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>The quantity sent to the kitchen is out of range.</source>
        <translation>La quantité envoyée en cuisine est hors limites.</translation>
    </message>
    <message numerus="yes">
        <source>Table %1 · %n guest(s)</source>
        <translation>
            <numerusform>Table %1 · %n couvert</numerusform>
            <numerusform>Table %1 · %n couverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>changed since sent</source>
        <translation>modifiée depuis l’envoi</translation>
    </message>
    <message>
        <source>sent to kitchen</source>
        <translation>envoyée en cuisine</translation>
    </message>
    <message>
        <source>Table %1 was opened on another terminal at the same time; this terminal now works on that order.</source>
        <translation>La table %1 a été ouverte en même temps sur une autre caisse&#xa0;; cette caisse travaille désormais sur cette commande.</translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation>Restaurant</translation>
    </message>
    <message>
        <source>Table %1 is taken by another order; this order stays at table %2.</source>
        <translation>La table %1 est prise par une autre commande&#xa0;; cette commande reste à la table %2.</translation>
    </message>
    <message>
        <source>Table %1 is taken by another order; this order has no table now.</source>
        <translation>La table %1 est prise par une autre commande&#xa0;; cette commande n’a plus de table.</translation>
    </message>
    <message>
        <source>Table %1 is taken by another order; this order was not moved there.</source>
        <translation>La table %1 est prise par une autre commande&#xa0;; cette commande n’y a pas été déplacée.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) sent to the kitchen.</source>
        <translation>
            <numerusform>%n ligne envoyée en cuisine.</numerusform>
            <numerusform>%n lignes envoyées en cuisine.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n line(s) sent to the kitchen; %1.</source>
        <translation>
            <numerusform>Toute la commande (%n ligne) envoyée en cuisine&#xa0;; %1.</numerusform>
            <numerusform>Toutes les %n lignes envoyées en cuisine&#xa0;; %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerHost</name>
    <message>
        <source>Another server uses %1.</source>
        <translation>Un autre serveur utilise %1.</translation>
    </message>
    <message>
        <source>The server database cannot be used: %1</source>
        <translation>La base de données du serveur est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server cannot listen on %1 port %2: %3</source>
        <translation>Le serveur ne peut pas écouter sur %1, port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>This terminal&apos;s own token cannot be revoked while it hosts the server.</source>
        <translation>Le jeton propre à cette caisse ne peut pas être révoqué tant qu’elle héberge le serveur.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server is not running.</source>
        <translation>Le serveur n’est pas lancé.</translation>
    </message>
    <message>
        <source>A revoked terminal keeps its name &quot;%1&quot;: pair it under another one.</source>
        <translation>Une caisse révoquée garde son nom «&#xa0;%1&#xa0;»&#xa0;: associez-la sous un autre nom.</translation>
    </message>
    <message>
        <source>There is a terminal named &quot;%1&quot; already.</source>
        <translation>Il existe déjà une caisse nommée «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Terminal settings</source>
        <translation>Paramètres de la caisse</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Code PIN gérant</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Starts every receipt reference, e.g. BAR-000042</source>
        <translation>Début de chaque référence de reçu, par ex. BAR-000042</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>Nom de l’établissement&#xa0;:</translation>
    </message>
    <message>
        <source>Terminal name:</source>
        <translation>Nom de la caisse&#xa0;:</translation>
    </message>
    <message>
        <source>Terminal code:</source>
        <translation>Code de la caisse&#xa0;:</translation>
    </message>
    <message>
        <source>The code starts every receipt reference printed by this terminal. Use capital letters and digits.</source>
        <translation>Ce code commence chaque référence de reçu imprimée par cette caisse. Utilisez des majuscules et des chiffres.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect when the terminal starts next.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de la caisse.</translation>
    </message>
    <message>
        <source>New PIN:</source>
        <translation>Nouveau code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat new PIN:</source>
        <translation>Confirmer le code PIN&#xa0;:</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN. A PIN has 4 to 8 digits.</source>
        <translation>Laissez vide pour conserver le code PIN actuel. Un code PIN comporte de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>Share open orders with the other terminals of the shop</source>
        <translation>Partager les commandes ouvertes avec les autres caisses de l’établissement</translation>
    </message>
    <message>
        <source>Sync is off. This terminal works as a standalone point of sale: it numbers its orders itself and keeps everything in its local store.</source>
        <translation>La synchronisation est désactivée. Cette caisse fonctionne comme un point de vente autonome&#xa0;: elle numérote elle-même ses commandes et conserve tout dans sa base locale.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Un code PIN comporte de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN sont différents.</translation>
    </message>
    <message>
        <source>Show orders created on other terminals</source>
        <translation>Afficher les commandes créées sur les autres caisses</translation>
    </message>
    <message>
        <source>Drop the current empty &quot;New&quot; order when one arrives</source>
        <translation>Supprimer la commande «&#xa0;Nouvelle&#xa0;» vide en cours quand une commande arrive</translation>
    </message>
    <message>
        <source>Switch to an arriving order when the current one is empty</source>
        <translation>Passer à une commande qui arrive si la commande en cours est vide</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>tdm_… as printed by tandem-syncd terminal add</source>
        <translation>tdm_… tel qu’affiché par tandem-syncd terminal add</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Sync is on.</source>
        <translation>La synchronisation est activée.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Extensions this terminal runs (takes effect at the next start):</source>
        <translation>Extensions exécutées par cette caisse (prise en compte au prochain démarrage)&#xa0;:</translation>
    </message>
    <message>
        <source>Not loaded:
%1</source>
        <translation>Non chargées&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>N°&#xa0;TVA&#xa0;:</translation>
    </message>
    <message>
        <source>Above the order:</source>
        <translation>Au-dessus de la commande&#xa0;:</translation>
    </message>
    <message>
        <source>At the end:</source>
        <translation>À la fin&#xa0;:</translation>
    </message>
    <message>
        <source>Printed under the shop&apos;s name on every receipt, centred; at most 42 characters a line.</source>
        <translation>Imprimé sous le nom de l’établissement sur chaque reçu, centré&#xa0;; 42 caractères au plus par ligne.</translation>
    </message>
    <message>
        <source>Cash is always taken.</source>
        <translation>Les espèces sont toujours acceptées.</translation>
    </message>
    <message>
        <source>Card payments</source>
        <translation>Paiements par carte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Gives change</source>
        <translation>Rend la monnaie</translation>
    </message>
    <message>
        <source>Add a method</source>
        <translation>Ajouter un moyen</translation>
    </message>
    <message>
        <source>Remove the selected one</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Bon d’achat</translation>
    </message>
    <message>
        <source>Further ways to pay, such as a voucher; one that gives change hands an overpayment back in cash:</source>
        <translation>Autres moyens de paiement, par exemple un bon d’achat&#xa0;; un moyen qui rend la monnaie rembourse le trop-perçu en espèces&#xa0;:</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>A copy of everything this terminal keeps (settings, products, sessions, orders and the changes still waiting for the server), made while it runs.</source>
        <translation>Une copie de tout ce que garde cette caisse (réglages, produits, sessions, commandes et modifications en attente du serveur), faite pendant qu’elle fonctionne.</translation>
    </message>
    <message>
        <source>Back up this terminal</source>
        <translation>Sauvegarder cette caisse</translation>
    </message>
    <message>
        <source>tandem-pos-backup-%1-%2.sqlite</source>
        <translation>tandem-pos-sauvegarde-%1-%2.sqlite</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Not backed up: %1</source>
        <translation>Pas de sauvegarde : %1</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <source>Copied: the versions, this terminal&apos;s sync and store, and the end of its log (%1). Paste it into a message to support.</source>
        <translation>Copié : les versions, la synchronisation et la base de cette caisse, et la fin de son journal (%1). Collez-le dans un message au support.</translation>
    </message>
    <message>
        <source>This terminal hosts the sync server (for a shop without a back-office computer)</source>
        <translation>Cette caisse héberge le serveur de synchronisation (pour un établissement sans ordinateur de back-office)</translation>
    </message>
    <message>
        <source>%1 (this computer only)</source>
        <translation>%1 (cet ordinateur uniquement)</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Écouter sur&#xa0;:</translation>
    </message>
    <message>
        <source>Pair a terminal…</source>
        <translation>Associer une caisse…</translation>
    </message>
    <message>
        <source>Not hosting.</source>
        <translation>Cette caisse n’héberge pas le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>Hosting at %1: %n other terminal(s) connected.</source>
        <translation>
            <numerusform>Serveur actif à l’adresse %1&#xa0;: %n autre caisse connectée.</numerusform>
            <numerusform>Serveur actif à l’adresse %1&#xa0;: %n autres caisses connectées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving stops the server: %n connected terminal(s) go offline.</source>
        <translation>
            <numerusform>L’enregistrement arrête le serveur&#xa0;: %n caisse connectée passe hors ligne.</numerusform>
            <numerusform>L’enregistrement arrête le serveur&#xa0;: %n caisses connectées passent hors ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server starts when the settings are saved.</source>
        <translation>Le serveur démarrera à l’enregistrement des paramètres.</translation>
    </message>
    <message>
        <source>The pairing code did not come through whole: scan it again, or paste the pairing link (check the scanner&apos;s keyboard layout).</source>
        <translation>Le code d’association n’est pas arrivé en entier&#xa0;: scannez-le à nouveau ou collez le lien d’association (vérifiez la disposition du clavier du scanner).</translation>
    </message>
    <message>
        <source>Saving moves the server: the other terminals must be paired again, or their server address changed to the new one.</source>
        <translation>L’enregistrement déplace le serveur&#xa0;: les autres caisses doivent être associées à nouveau, ou leur adresse de serveur remplacée par la nouvelle.</translation>
    </message>
    <message>
        <source>Not hosting: %1</source>
        <translation>Pas de serveur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SqlMigration</name>
    <message>
        <source>the database was written by a newer Tandem POS (schema %1; this version knows up to %2)</source>
        <translation>la base de données a été écrite par une version plus récente de Tandem POS (schéma %1&#xa0;; cette version connaît jusqu’au schéma %2)</translation>
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation>la mise à niveau vers le schéma %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SqlSupport</name>
    <message>
        <source>%1 exists already; a backup never overwrites a file</source>
        <translation>%1 existe déjà ; une sauvegarde n’écrase jamais un fichier</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>Impossible d’écrire la sauvegarde %1 : %2</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>Le serveur a refusé une modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Shared settings can only be changed while the sync server is reachable.</source>
        <translation>Les paramètres partagés ne peuvent être modifiés que si le serveur de synchronisation est joignable.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>the server refused the connection (is tandem-syncd running?)</source>
        <translation>le serveur a refusé la connexion (tandem-syncd est-il lancé&#xa0;?)</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse en %n seconde</numerusform>
            <numerusform>pas de réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>erreur TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server answered with HTTP status %1</source>
        <translation>le serveur a répondu avec le statut HTTP %1</translation>
    </message>
    <message>
        <source>the server&apos;s name cannot be resolved</source>
        <translation>le nom du serveur ne peut pas être résolu</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>the answer is not from a tandem-syncd (%1)</source>
        <translation>la réponse ne provient pas d’un tandem-syncd (%1)</translation>
    </message>
    <message>
        <source>The server refused a cash report: %1</source>
        <translation>Le serveur a refusé un rapport de caisse&#xa0;: %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>refusée par le serveur</translation>
    </message>
</context>
<context>
    <name>TableControl</name>
    <message>
        <source>Table…</source>
        <translation>Table…</translation>
    </message>
    <message>
        <source>Table %1…</source>
        <translation>Table %1…</translation>
    </message>
    <message>
        <source>Bind the order to a table or move it to another one</source>
        <translation>Associer la commande à une table ou la déplacer vers une autre</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s)…</source>
        <translation>
            <numerusform>%n couvert…</numerusform>
            <numerusform>%n couverts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Guests…</source>
        <translation>Couverts…</translation>
    </message>
    <message>
        <source>Send to kitchen (%1)</source>
        <translation>Envoyer en cuisine (%1)</translation>
    </message>
    <message>
        <source>All sent to kitchen</source>
        <translation>Tout envoyé en cuisine</translation>
    </message>
    <message>
        <source>Send to kitchen</source>
        <translation>Envoyer en cuisine</translation>
    </message>
    <message>
        <source>There are no tables yet: a manager sets up the floors in the settings.</source>
        <translation>Aucune table pour l’instant&#xa0;: un gérant configure les salles dans les paramètres.</translation>
    </message>
    <message>
        <source>Every table is occupied.</source>
        <translation>Toutes les tables sont occupées.</translation>
    </message>
    <message>
        <source>Move order</source>
        <translation>Déplacer la commande</translation>
    </message>
    <message>
        <source>Move the order to table:</source>
        <translation>Déplacer la commande vers la table&#xa0;:</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Couverts</translation>
    </message>
    <message>
        <source>Number of guests:</source>
        <translation>Nombre de couverts&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>The order is no longer open.</source>
        <translation>La commande n’est plus ouverte.</translation>
    </message>
    <message>
        <source>Table %1 already has order %2.</source>
        <translation>La table %1 a déjà la commande %2.</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossible de créer le dossier de profil %1.</translation>
    </message>
    <message>
        <source>Cannot install the demo catalog.</source>
        <translation>Impossible d’installer le catalogue de démonstration.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>Un code PIN comporte de 4 à 8 chiffres.</translation>
    </message>
    <message numerus="yes">
        <source>The catalog was not imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Le catalogue n’a pas été importé&#xa0;: %n problème trouvé.</numerusform>
            <numerusform>Le catalogue n’a pas été importé&#xa0;: %n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>A cashier name must have 1 to 40 characters.</source>
        <translation>Un nom de caissier doit comporter de 1 à 40 caractères.</translation>
    </message>
    <message>
        <source>A session is already open.</source>
        <translation>Une session est déjà ouverte.</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Aucune session n’est ouverte.</translation>
    </message>
    <message>
        <source>The profile %1 is in use by another Tandem POS (process %2).</source>
        <translation>Le profil %1 est utilisé par un autre Tandem POS (processus %2).</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Le produit %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>The price must not be negative or absurdly large.</source>
        <translation>Le prix ne doit être ni négatif ni démesurément grand.</translation>
    </message>
    <message>
        <source>The tax rate must be from 0 to 100 %.</source>
        <translation>Le taux de TVA doit être compris entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The id %1 is taken by %2.</source>
        <translation>L’identifiant %1 est déjà utilisé par %2.</translation>
    </message>
    <message>
        <source>The barcode %1 is taken by %2.</source>
        <translation>Le code-barres %1 est déjà utilisé par %2.</translation>
    </message>
    <message>
        <source>The opening float must be between 0 and %1.</source>
        <translation>Le fond de caisse doit être compris entre 0 et %1.</translation>
    </message>
    <message>
        <source>Say why the cash moves, in 1 to 80 characters.</source>
        <translation>Indiquez le motif du mouvement d’espèces, en 1 à 80 caractères.</translation>
    </message>
    <message>
        <source>The drawer should hold only %1: no more can be taken out.</source>
        <translation>Le tiroir ne devrait contenir que %1&#xa0;: impossible de retirer davantage.</translation>
    </message>
    <message>
        <source>The counted cash must be between 0 and %1.</source>
        <translation>Les espèces comptées doivent être comprises entre 0 et %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The amount must be more than 0 and at most %1.</source>
        <translation>Le montant doit être supérieur à 0 et au plus égal à %1.</translation>
    </message>
</context>
<context>
    <name>TerminalSettings</name>
    <message>
        <source>The shop name can have at most 60 characters.</source>
        <translation>Le nom de l’établissement peut comporter au plus 60 caractères.</translation>
    </message>
    <message>
        <source>The terminal name must have 1 to 40 characters.</source>
        <translation>Le nom de la caisse doit comporter de 1 à 40 caractères.</translation>
    </message>
    <message>
        <source>The terminal code must be 1 to 8 capital letters or digits.</source>
        <translation>Le code de la caisse doit comporter de 1 à 8 majuscules ou chiffres.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as EUR.</source>
        <translation>La devise doit être un code ISO à trois lettres, comme EUR.</translation>
    </message>
    <message>
        <source>A cashier name can have at most 40 characters.</source>
        <translation>Un nom de caissier peut comporter au plus 40 caractères.</translation>
    </message>
    <message>
        <source>The token is the text tandem-syncd printed for this terminal (tdm_…).</source>
        <translation>Le jeton est le texte affiché par tandem-syncd pour cette caisse (tdm_…).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an extension id (a-z, 0-9 and _, starting with a letter).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’extension (a-z, 0-9 et _, commençant par une lettre).</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci&#xa0;!</translation>
    </message>
    <message>
        <source>At most %1 payment methods can be added beside cash and card.</source>
        <translation>Au plus %1 moyens de paiement peuvent être ajoutés en plus des espèces et de la carte.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>The payment method %1 has no id of its own.</source>
        <translation>Le moyen de paiement %1 n’a pas d’identifiant propre.</translation>
    </message>
    <message>
        <source>There is already a payment method called %1.</source>
        <translation>Il existe déjà un moyen de paiement nommé %1.</translation>
    </message>
    <message>
        <source>The address has at most 3 lines of 42 characters.</source>
        <translation>L’adresse comporte au plus 3 lignes de 42 caractères.</translation>
    </message>
    <message>
        <source>The text above the order has at most 4 lines of 42 characters.</source>
        <translation>Le texte au-dessus de la commande comporte au plus 4 lignes de 42 caractères.</translation>
    </message>
    <message>
        <source>The text at the end of the receipt has at most 4 lines of 42 characters.</source>
        <translation>Le texte de fin du reçu comporte au plus 4 lignes de 42 caractères.</translation>
    </message>
    <message>
        <source>The tax ID is one line of at most 30 characters.</source>
        <translation>Le n°&#xa0;TVA tient sur une ligne de 30 caractères au plus.</translation>
    </message>
    <message>
        <source>A payment method&apos;s name has 1 to 24 characters, without spaces around them.</source>
        <translation>Le nom d’un moyen de paiement comporte de 1 à 24 caractères, sans espace au début ni à la fin.</translation>
    </message>
    <message>
        <source>The server address must look like http://host:8765 or https://host:8765 (up to %1, separated by commas).</source>
        <translation>L’adresse du serveur doit être de la forme http://hôte:8765 ou https://hôte:8765 (jusqu’à %1, séparées par des virgules).</translation>
    </message>
    <message>
        <source>The server of this terminal needs an address of this machine to listen on.</source>
        <translation>Le serveur de cette caisse doit écouter sur une adresse de cet ordinateur.</translation>
    </message>
    <message>
        <source>The server&apos;s port is a number from 1024 to 65535.</source>
        <translation>Le port du serveur est un nombre compris entre 1024 et 65535.</translation>
    </message>
    <message>
        <source>A terminal that hosts the server shares its orders: sync must be on.</source>
        <translation>Une caisse qui héberge le serveur partage ses commandes&#xa0;: la synchronisation doit être activée.</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>%n produit importé.</numerusform>
            <numerusform>%n produits importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tandem POS terminal</source>
        <translation>Caisse Tandem POS</translation>
    </message>
    <message>
        <source>Keep the terminal&apos;s whole local state in &lt;dir&gt;.</source>
        <translation>Conserver tout l’état local de la caisse dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Open the session for &lt;name&gt; without asking.</source>
        <translation>Ouvrir la session pour &lt;name&gt; sans demander.</translation>
    </message>
    <message>
        <source>Replace the catalog with the products of &lt;file&gt; (CSV) and exit.</source>
        <translation>Remplacer le catalogue par les produits de &lt;file&gt; (CSV) et quitter.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tandem POS</source>
        <translation>Tandem POS</translation>
    </message>
    <message>
        <source>The terminal cannot start:
%1</source>
        <translation>La caisse ne peut pas démarrer&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>Name this terminal &lt;name&gt;.</source>
        <translation>Nommer cette caisse &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Start its receipt references with &lt;code&gt;.</source>
        <translation>Commencer ses références de reçu par &lt;code&gt;.</translation>
    </message>
    <message>
        <source>Share open orders through the tandem-syncd at &lt;url&gt;.</source>
        <translation>Partager les commandes ouvertes via le tandem-syncd à l’adresse &lt;url&gt;.</translation>
    </message>
    <message>
        <source>This terminal&apos;s token for the sync server.</source>
        <translation>Jeton de cette caisse pour le serveur de synchronisation.</translation>
    </message>
    <message>
        <source>Load extension plugins from &lt;dir&gt; (default: plugins beside the program).</source>
        <translation>Charger les plugins d’extension depuis &lt;dir&gt; (par défaut&#xa0;: plugins à côté du programme).</translation>
    </message>
    <message>
        <source>Run the extensions &lt;ids&gt; (comma-separated, e.g. notes,restaurant) from now on; &quot;none&quot; runs none.</source>
        <translation>Exécuter désormais les extensions &lt;ids&gt; (séparées par des virgules, par ex. notes,restaurant)&#xa0;; «&#xa0;none&#xa0;» n’en exécute aucune.</translation>
    </message>
    <message>
        <source>No plugin folder %1.</source>
        <translation>Aucun dossier de plugins %1.</translation>
    </message>
    <message>
        <source>With --cashier: the cash in the drawer as the session opens (default 0).</source>
        <translation>Avec --cashier&#xa0;: les espèces dans le tiroir à l’ouverture de la session (0 par défaut).</translation>
    </message>
    <message>
        <source>Keep &lt;file&gt; up to date with where the controls are on screen (JSON), for tools that drive the terminal.</source>
        <translation>Tenir &lt;file&gt; à jour avec la position des contrôles à l’écran (JSON), pour les outils qui pilotent la caisse.</translation>
    </message>
    <message>
        <source>The opening float %1 is not an amount.</source>
        <translation>Le fond de caisse %1 n’est pas un montant.</translation>
    </message>
    <message>
        <source>Host the shop&apos;s sync server on this terminal, listening on &lt;address:port&gt; (an address of this machine, e.g. 192.168.1.20:8765).</source>
        <translation>Héberger le serveur de synchronisation de l’établissement sur cette caisse, à l’écoute sur &lt;address:port&gt; (une adresse de cet ordinateur, par ex. 192.168.1.20:8765).</translation>
    </message>
    <message>
        <source>--host-sync takes ADDRESS:PORT, e.g. 192.168.1.20:8765</source>
        <translation>--host-sync attend ADDRESS:PORT, par ex. 192.168.1.20:8765</translation>
    </message>
</context>
</TS>
