<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AirtimeCatalog</name>
    <message>
        <source>%1 airtime is not sold here.</source>
        <translation>Le crédit %1 n&apos;est pas vendu ici.</translation>
    </message>
    <message>
        <source>%1 airtime is sold in %2.</source>
        <translation>Le crédit %1 est vendu en %2.</translation>
    </message>
    <message>
        <source>The amount must be from %1 to %2.</source>
        <translation>Le montant doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>Airtime is sold in whole %1, without %2.</source>
        <translation>Le crédit se vend en %1 entiers, sans %2.</translation>
    </message>
</context>
<context>
    <name>AirtimePage</name>
    <message>
        <source>Customer&apos;s phone number</source>
        <translation>Numéro de téléphone du client</translation>
    </message>
    <message>
        <source>0803 123 4567</source>
        <translation>0803 123 4567</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Which network?</source>
        <translation>Quel réseau ?</translation>
    </message>
    <message>
        <source>How much airtime?</source>
        <translation>Quel montant de crédit ?</translation>
    </message>
    <message>
        <source>Other amount (whole naira):</source>
        <translation>Autre montant (nairas entiers) :</translation>
    </message>
    <message>
        <source>Other amount</source>
        <translation>Autre montant</translation>
    </message>
    <message>
        <source>Check with the customer</source>
        <translation>Vérifiez avec le client</translation>
    </message>
    <message>
        <source>Confirm: cash received</source>
        <translation>Confirmer : espèces reçues</translation>
    </message>
    <message>
        <source>Confirm the sale</source>
        <translation>Confirmer la vente</translation>
    </message>
    <message>
        <source>Change (Esc)</source>
        <translation>Modifier (Échap)</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>Client suivant (Entrée)</translation>
    </message>
    <message>
        <source>Receipt PDF (Ctrl+S)</source>
        <translation>Reçu PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print slip (Ctrl+R)</source>
        <translation>Imprimer le ticket (Ctrl+R)</translation>
    </message>
    <message>
        <source>The number %1 started on %2. Numbers can move between networks: ask the customer and change it if needed.</source>
        <translation>Le numéro %1 a été attribué par %2. Les numéros peuvent changer de réseau : demandez au client et modifiez si besoin.</translation>
    </message>
    <message>
        <source>The number %1 started on %2, which this kiosk does not sell. Ask the customer which network the number is on now.</source>
        <translation>Le numéro %1 a été attribué par %2, que ce kiosque ne vend pas. Demandez au client sur quel réseau est ce numéro aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The network of %1 is not known: ask the customer.</source>
        <translation>Le réseau de %1 est inconnu : demandez au client.</translation>
    </message>
    <message>
        <source>The airtime provider of this kiosk does not sell %1.</source>
        <translation>Le fournisseur de crédit de ce kiosque ne vend pas %1.</translation>
    </message>
    <message>
        <source>Pick an amount or type one.</source>
        <translation>Choisissez un montant ou saisissez-en un.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount. Type whole naira, such as 1500.</source>
        <translation>« %1 » n&apos;est pas un montant. Saisissez des nairas entiers, par exemple 1500.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; airtime&lt;/p&gt;&lt;p&gt;to &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;for &lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Crédit &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;pour le &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;montant &lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The number started on %1; the customer chose %2. Airtime for the wrong network cannot be taken back.</source>
        <translation>Le numéro a été attribué par %1 ; le client a choisi %2. Un crédit envoyé sur le mauvais réseau ne peut pas être repris.</translation>
    </message>
    <message>
        <source>%1 %2 airtime to %3</source>
        <translation>Crédit %2 de %1 pour le %3</translation>
    </message>
    <message>
        <source>Sale %1, request %2</source>
        <translation>Vente %1, requête %2</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyée</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>%1 is recorded and paid for. The provider cannot be reached now, so it will be sent automatically when the link is back. The customer does not need to pay again.</source>
        <translation>%1 est enregistré et payé. Le fournisseur est injoignable pour l&apos;instant : l&apos;envoi se fera automatiquement au retour de la connexion. Le client n&apos;a pas à repayer.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>%1 was delivered. Provider transaction %2.</source>
        <translation>%1 a été livré. Transaction du fournisseur %2.</translation>
    </message>
    <message>
        <source>Pending: do not refund</source>
        <translation>En attente : ne pas rembourser</translation>
    </message>
    <message>
        <source>%1 has not been confirmed by the provider yet (%2). It is checked automatically; the customer may already have the airtime.</source>
        <translation>%1 n&apos;est pas encore confirmé par le fournisseur (%2). La vérification est automatique ; le client a peut-être déjà reçu le crédit.</translation>
    </message>
    <message>
        <source>Failed: give the customer %1 back</source>
        <translation>Échec : rendez %1 au client</translation>
    </message>
    <message>
        <source>%1 was not delivered (%2). The wallet has been credited.</source>
        <translation>%1 n&apos;a pas été livré (%2). Le portefeuille a été recrédité.</translation>
    </message>
    <message>
        <source>Airtime sale %1</source>
        <translation>Vente de crédit %1</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>Reçu enregistré : %1</translation>
    </message>
    <message>
        <source>No receipt printer is set (Settings): save the receipt as PDF instead.</source>
        <translation>Aucune imprimante de tickets n&apos;est configurée (Paramètres) : enregistrez plutôt le reçu en PDF.</translation>
    </message>
    <message>
        <source>Slip for sale %1 printed.</source>
        <translation>Ticket de la vente %1 imprimé.</translation>
    </message>
    <message>
        <source>Customer pays by bank USSD (F8)</source>
        <translation>Le client paie par USSD bancaire (F8)</translation>
    </message>
    <message>
        <source>Customer&apos;s bank</source>
        <translation>Banque du client</translation>
    </message>
    <message>
        <source>GTBank *737#</source>
        <translation>GTBank *737#</translation>
    </message>
    <message>
        <source>UBA *919#</source>
        <translation>UBA *919#</translation>
    </message>
    <message>
        <source>Sterling *822#</source>
        <translation>Sterling *822#</translation>
    </message>
    <message>
        <source>Zenith *966#</source>
        <translation>Zenith *966#</translation>
    </message>
    <message>
        <source>The customer dials this code on their phone</source>
        <translation>Le client compose ce code sur son téléphone</translation>
    </message>
    <message>
        <source>Check now (F5)</source>
        <translation>Vérifier maintenant (F5)</translation>
    </message>
    <message>
        <source>Cancel payment (Esc)</source>
        <translation>Annuler le paiement (Échap)</translation>
    </message>
    <message>
        <source>Asking Paystack…</source>
        <translation>Interrogation de Paystack…</translation>
    </message>
    <message>
        <source>Bank USSD payments are for naira only: take cash.</source>
        <translation>Les paiements USSD bancaires sont en nairas uniquement : prenez des espèces.</translation>
    </message>
    <message>
        <source>Asking Paystack for the code…</source>
        <translation>Demande du code à Paystack…</translation>
    </message>
    <message>
        <source>Ask the customer to dial the code on the phone registered with their bank and approve %1. The airtime is sent as soon as Paystack confirms the payment; this is checked automatically.</source>
        <translation>Demandez au client de composer le code sur le téléphone enregistré auprès de sa banque et d&apos;approuver %1. Le crédit est envoyé dès que Paystack confirme le paiement ; la vérification est automatique.</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Paiement %1</translation>
    </message>
    <message>
        <source>Paid: %1 received. Sending the airtime…</source>
        <translation>Payé : %1 reçu. Envoi du crédit…</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Retour (Échap)</translation>
    </message>
    <message>
        <source>Not paid: %1 Nothing was taken from the customer; take cash or try again.</source>
        <translation>Non payé : %1 Rien n&apos;a été prélevé au client ; prenez des espèces ou réessayez.</translation>
    </message>
    <message>
        <source>Back to the sale (Esc)</source>
        <translation>Retour à la vente (Échap)</translation>
    </message>
    <message>
        <source>Cancelling: checking with Paystack first…</source>
        <translation>Annulation : vérification préalable auprès de Paystack…</translation>
    </message>
</context>
<context>
    <name>AirtimeReceipt</name>
    <message>
        <source>DELIVERED</source>
        <translation>LIVRE</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ECHEC</translation>
    </message>
    <message>
        <source>Not delivered: the amount is due back to the customer.</source>
        <translation>Non livré : le montant est dû au client.</translation>
    </message>
    <message>
        <source>QUEUED</source>
        <translation>EN FILE</translation>
    </message>
    <message>
        <source>Paid and queued: sent automatically when the provider is reachable. Keep this slip.</source>
        <translation>Payé et en file : envoi automatique dès que le fournisseur est joignable. Gardez ce ticket.</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>EN ATTENTE</translation>
    </message>
    <message>
        <source>Not confirmed yet: do not refund. Keep this slip until the airtime arrives.</source>
        <translation>Pas encore confirmé : ne pas rembourser. Gardez ce ticket jusqu&apos;à réception du crédit.</translation>
    </message>
    <message>
        <source>AIRTIME</source>
        <translation>CREDIT</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>MONTANT</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paye</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Especes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Etat</translation>
    </message>
    <message>
        <source>Provider ref</source>
        <translation>Ref fournisseur</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requete</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Airtime</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Bank USSD</source>
        <translation>USSD bancaire</translation>
    </message>
    <message>
        <source>Payment ref</source>
        <translation>Ref paiement</translation>
    </message>
</context>
<context>
    <name>AirtimeReport</name>
    <message numerus="yes">
        <source>Delivered: %n sale(s)</source>
        <translation>
            <numerusform>Livrées : %n vente</numerusform>
            <numerusform>Livrées : %n ventes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, commission %2. Failed: %3. Not settled yet: %4.</source>
        <translation>%1, commission %2. Échecs : %3. Non réglées : %4.</translation>
    </message>
    <message>
        <source>Airtime report, %1, %2</source>
        <translation>Rapport de crédit, %1, %2</translation>
    </message>
    <message>
        <source>every desk</source>
        <translation>tous les postes</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>poste</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>ventes</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>livrées</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouées</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>commission</source>
        <translation>commission</translation>
    </message>
    <message>
        <source>success rate</source>
        <translation>taux de réussite</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>average time to delivery</source>
        <translation>délai moyen de livraison</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <source>provider code</source>
        <translation>code du fournisseur</translation>
    </message>
    <message>
        <source>provider&apos;s words</source>
        <translation>message du fournisseur</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>By network</source>
        <translation>Par réseau</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Average to delivery</source>
        <translation>Délai moyen</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui a échoué</translation>
    </message>
    <message>
        <source>Nothing failed or is waiting.</source>
        <translation>Rien n&apos;a échoué ni n&apos;attend.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Provider&apos;s words</source>
        <translation>Message du fournisseur</translation>
    </message>
</context>
<context>
    <name>AirtimeReportDialog</name>
    <message>
        <source>Airtime report</source>
        <translation>Rapport de crédit</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&lt;p&gt;Adding up the sales…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Calcul des ventes…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Le rapport n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>AirtimeSale</name>
    <message>
        <source>Queued: will be sent when the provider can be reached</source>
        <translation>En file : sera envoyée quand le fournisseur sera joignable</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Failed: nothing was delivered</source>
        <translation>Échec : rien n&apos;a été livré</translation>
    </message>
    <message>
        <source>Pending: the provider is processing it</source>
        <translation>En attente : le fournisseur la traite</translation>
    </message>
    <message>
        <source>Pending: no clear answer yet, checking with the provider</source>
        <translation>En attente : pas de réponse claire, vérification auprès du fournisseur</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>row %1 is missing</source>
        <translation>la ligne %1 manque</translation>
    </message>
    <message>
        <source>row %1 does not follow the row before it</source>
        <translation>la ligne %1 ne suit pas la ligne précédente</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written</source>
        <translation>la ligne %1 a été modifiée après son écriture</translation>
    </message>
    <message>
        <source>the newest rows after row %1 are missing</source>
        <translation>les lignes les plus récentes après la ligne %1 manquent</translation>
    </message>
    <message>
        <source>The audit log is for supervisors and admins.</source>
        <translation>Le journal d&apos;audit est réservé aux superviseurs et administrateurs.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>n&apos;importe qui</translation>
    </message>
    <message>
        <source>B&amp;y:</source>
        <translation>&amp;Par :</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>%1; %2; by %3</source>
        <translation>%1 ; %2 ; par %3</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>Vérification de la chaîne d&apos;audit…</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 entries checked.</source>
        <translation>La chaîne d&apos;audit est intacte : %1 entrées vérifiées.</translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2. Entries from there on cannot be trusted; tell the administrator.</source>
        <translation>La chaîne d&apos;audit est rompue à l&apos;entrée %1 : %2. Les entrées à partir de là ne sont pas fiables ; prévenez l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Only the latest %1 entries are shown: narrow the period or the action.</source>
        <translation>Seules les %1 dernières entrées sont affichées : réduisez la période ou l&apos;action.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Journal d&apos;audit&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>CashCount</name>
    <message>
        <source>%1 is not a note or coin of %2.</source>
        <translation>%1 n&apos;est ni un billet ni une pièce en %2.</translation>
    </message>
    <message>
        <source>Count between 0 and %1 pieces of %2.</source>
        <translation>Comptez entre 0 et %1 pièces de %2.</translation>
    </message>
    <message>
        <source>The count has no known currency.</source>
        <translation>Le comptage n&apos;a pas de devise connue.</translation>
    </message>
    <message>
        <source>The count has an unreadable line &quot;%1&quot;.</source>
        <translation>Le comptage a une ligne illisible « %1 ».</translation>
    </message>
</context>
<context>
    <name>CashCountDialog</name>
    <message>
        <source>&lt;b&gt;Note or coin&lt;/b&gt;</source>
        <translation>&lt;b&gt;Billet ou pièce&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pieces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nombre&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valeur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total&lt;/b&gt;</source>
        <translation>&lt;b&gt;Total&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Why the count differs:</source>
        <translation>&amp;Pourquoi le comptage diffère :</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Airtime networks and prefixes</source>
        <translation>Réseaux et préfixes du crédit</translation>
    </message>
    <message>
        <source>Numbers keep their network when they move, so the table only pre-selects it. To add a new prefix range: export the table, edit the JSON (keep &quot;as_of&quot; up to date), and import it. It applies from the next customer.</source>
        <translation>Les numéros gardent leur réseau quand ils changent d&apos;opérateur : la table ne fait que le présélectionner. Pour ajouter une plage de préfixes : exportez la table, modifiez le JSON (tenez « as_of » à jour) et importez-le. Il s&apos;applique dès le client suivant.</translation>
    </message>
    <message>
        <source>Export… (Ctrl+E)</source>
        <translation>Exporter… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Import… (Ctrl+O)</source>
        <translation>Importer… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Use the built-in table</source>
        <translation>Utiliser la table intégrée</translation>
    </message>
    <message>
        <source>%1 networks, %2 prefixes</source>
        <translation>%1 réseaux, %2 préfixes</translation>
    </message>
    <message>
        <source>The saved table cannot be read (%1).</source>
        <translation>La table enregistrée est illisible (%1).</translation>
    </message>
    <message>
        <source>In use: the table saved by %1 on %2, as of %3 (%4).</source>
        <translation>En service : la table enregistrée par %1 le %2, à jour au %3 (%4).</translation>
    </message>
    <message>
        <source>In use: the table built into Paydesk, as of %1 (%2).</source>
        <translation>En service : la table intégrée à Paydesk, à jour au %1 (%2).</translation>
    </message>
    <message>
        <source>Export the airtime table</source>
        <translation>Exporter la table du crédit</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Import an airtime table</source>
        <translation>Importer une table du crédit</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportée vers %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an airtime table.</source>
        <translation>%1 est trop volumineux pour être une table du crédit.</translation>
    </message>
    <message>
        <source>Checking and saving…</source>
        <translation>Vérification et enregistrement…</translation>
    </message>
    <message>
        <source>Not imported (%1): %2</source>
        <translation>Non importée (%1) : %2</translation>
    </message>
    <message>
        <source>Imported: as of %1. It applies from the next customer.</source>
        <translation>Importée : à jour au %1. Elle s&apos;applique dès le client suivant.</translation>
    </message>
    <message>
        <source>Back to the built-in table. It applies from the next customer.</source>
        <translation>Retour à la table intégrée. Elle s&apos;applique dès le client suivant.</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>The airtime catalog saved by %1 cannot be read (%2).</source>
        <translation>Le catalogue du crédit enregistré par %1 est illisible (%2).</translation>
    </message>
    <message>
        <source>Only an administrator may change the airtime networks and prefixes.</source>
        <translation>Seul un administrateur peut modifier les réseaux et préfixes du crédit.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--state is one of %1</source>
        <translation>--state vaut l&apos;un de %1</translation>
    </message>
    <message>
        <source>--format is json or csv</source>
        <translation>--format vaut json ou csv</translation>
    </message>
    <message>
        <source>usage: inbox replay ID</source>
        <translation>usage : inbox replay ID</translation>
    </message>
    <message>
        <source>no inbox row %1</source>
        <translation>aucune ligne %1 dans la boîte de réception</translation>
    </message>
    <message>
        <source>row %1 was rejected (not a Paystack event): nothing to replay</source>
        <translation>la ligne %1 a été rejetée (pas un événement Paystack) : rien à rejouer</translation>
    </message>
    <message>
        <source>inbox row %1 queued again</source>
        <translation>ligne %1 remise en file</translation>
    </message>
    <message>
        <source>--from and --to are dates (YYYY-MM-DD), --from not after --to</source>
        <translation>--from et --to sont des dates (AAAA-MM-JJ), --from au plus tard --to</translation>
    </message>
    <message>
        <source>--format is text or json</source>
        <translation>--format vaut text ou json</translation>
    </message>
    <message>
        <source>reconciliation %1 to %2: %3 matched, %4 fixed, %5 missing on our side, %6 missing at Paystack, %7 amount mismatches</source>
        <translation>rapprochement du %1 au %2 : %3 concordants, %4 corrigés, %5 absents chez nous, %6 absents chez Paystack, %7 écarts de montant</translation>
    </message>
</context>
<context>
    <name>CustomerPaymentRepository</name>
    <message>
        <source>The payment could not be read back.</source>
        <translation>Le paiement n&apos;a pas pu être relu.</translation>
    </message>
    <message>
        <source>The order is incomplete.</source>
        <translation>La commande est incomplète.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Statistics are for supervisors and admins; %1 is a %2.</source>
        <translation>Les statistiques sont réservées aux superviseurs et administrateurs ; %1 est %2.</translation>
    </message>
    <message>
        <source>The period&apos;s first day is after its last.</source>
        <translation>Le premier jour de la période est après le dernier.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The payments could not be read: %1</source>
        <translation>Les paiements n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The filters could not be read: %1</source>
        <translation>Les filtres n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>SQLite refused PRAGMA %1 = %2 (it is %3).</source>
        <translation>SQLite a refusé PRAGMA %1 = %2 (valeur actuelle : %3).</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Paydesk database (%1).</source>
        <translation>Le fichier de base de données est endommagé ou n’est pas une base Paydesk (%1).</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server: %1</source>
        <translation>Impossible de se connecter au serveur PostgreSQL : %1</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>Le pilote SQL Qt %1 n’est pas installé.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Le fichier de base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Invalid database URL: %1</source>
        <translation>URL de base de données invalide : %1</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>elle est vide</translation>
    </message>
    <message>
        <source>connect_timeout must be a positive number</source>
        <translation>connect_timeout doit être un nombre positif</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>aucun hôte</translation>
    </message>
    <message>
        <source>no database name after the host</source>
        <translation>aucun nom de base après l’hôte</translation>
    </message>
    <message>
        <source>only sqlite: and postgresql:// are supported</source>
        <translation>seuls sqlite: et postgresql:// sont pris en charge</translation>
    </message>
    <message>
        <source>no file path after sqlite:</source>
        <translation>aucun chemin de fichier après sqlite:</translation>
    </message>
    <message>
        <source>The database has schema version %1, but this Paydesk only knows versions up to %2. Install the newer Paydesk that upgraded it.</source>
        <translation>La base de données est au schéma version %1, mais ce Paydesk ne connaît que les versions jusqu’à %2. Installez le Paydesk plus récent qui l’a mise à jour.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>La migration %1 (%2) a échoué : %3</translation>
    </message>
    <message>
        <source>Migration %1 (%2) would leave a row of %3 pointing at nothing in %4; nothing was changed.</source>
        <translation>La migration %1 (%2) laisserait une ligne de %3 pointant vers rien dans %4 ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>FlowDesigner</name>
    <message>
        <source>when %1</source>
        <translation>si %1</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Each screen with the screens it leads to; Enter on a target goes there, Delete removes a screen.</source>
        <translation>Chaque écran avec les écrans auxquels il mène ; Entrée sur une cible y va, Suppr supprime un écran.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Enter on a problem opens its screen.</source>
        <translation>Entrée sur un problème ouvre son écran.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import a USSD flow</source>
        <translation>Importer un flux USSD</translation>
    </message>
    <message>
        <source>USSD flows (*.json)</source>
        <translation>Flux USSD (*.json)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the USSD flow</source>
        <translation>Exporter le flux USSD</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Add screen</source>
        <translation>Ajouter un écran</translation>
    </message>
    <message>
        <source>&amp;Menu</source>
        <translation>&amp;Menu</translation>
    </message>
    <message>
        <source>&amp;Input</source>
        <translation>&amp;Saisie</translation>
    </message>
    <message>
        <source>Me&amp;ssage</source>
        <translation>M&amp;essage</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Delete screen</source>
        <translation>Supprimer l&apos;écran</translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation>Simuler</translation>
    </message>
    <message>
        <source>%1 was not opened: %2</source>
        <translation>%1 n&apos;a pas été ouvert : %2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a USSD flow (over 1 MiB).</source>
        <translation>%1 est trop volumineux pour être un flux USSD (plus de 1 Mio).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported to %1, with the errors listed: fix them before it is served.</source>
        <translation>Exporté vers %1, avec les erreurs listées : corrigez-les avant de le servir.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Not saved: fix the errors listed first (a flow with errors never reaches a phone).</source>
        <translation>Non enregistré : corrigez d&apos;abord les erreurs listées (un flux avec des erreurs n&apos;atteint jamais un téléphone).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved %1 (revision %2); paydesk-server serves it from its next start.</source>
        <translation>%1 enregistré (révision %2) ; paydesk-server le sert dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>the %1 sample</source>
        <translation>l&apos;exemple %1</translation>
    </message>
    <message>
        <source>Saved in the database</source>
        <translation>Enregistrés dans la base de données</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Cannot read them: %1</source>
        <translation>Lecture impossible : %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 %2 (revision %3)</source>
        <translation>%1 %2 (révision %3)</translation>
    </message>
    <message>
        <source>%1 from the database</source>
        <translation>%1 depuis la base de données</translation>
    </message>
    <message>
        <source>Run this flow in the simulator (F5)</source>
        <translation>Exécuter ce flux dans le simulateur (F5)</translation>
    </message>
    <message>
        <source>Fix the errors listed to simulate this flow</source>
        <translation>Corrigez les erreurs listées pour simuler ce flux</translation>
    </message>
    <message>
        <source>Only an admin may save flows to the database</source>
        <translation>Seul un administrateur peut enregistrer des flux dans la base de données</translation>
    </message>
    <message>
        <source>The first screen</source>
        <translation>Le premier écran</translation>
    </message>
    <message>
        <source>The linter finds no problems.</source>
        <translation>Le vérificateur ne trouve aucun problème.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 erreur(s), %2 avertissement(s)</translation>
    </message>
    <message>
        <source>Added the %1 screen &quot;%2&quot;; link to it from another screen&apos;s options or targets.</source>
        <translation>Écran %1 « %2 » ajouté ; reliez-le depuis les options ou les cibles d&apos;un autre écran.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; (Ctrl+Z brings it back).</source>
        <translation>« %1 » supprimé (Ctrl+Z le rétablit).</translation>
    </message>
    <message>
        <source>Add screen (%1)</source>
        <translation>Ajouter un écran (%1)</translation>
    </message>
</context>
<context>
    <name>FlowDocument</name>
    <message>
        <source>the file is not a JSON object</source>
        <translation>le fichier n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>A screen id starts with a letter and holds only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>L&apos;identifiant d&apos;un écran commence par une lettre et ne contient que des lettres, des chiffres, « _ », « . » et « - ».</translation>
    </message>
    <message>
        <source>There is already a screen called &quot;%1&quot;.</source>
        <translation>Il existe déjà un écran nommé « %1 ».</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renommer %1 en %2</translation>
    </message>
    <message>
        <source>Add screen %1</source>
        <translation>Ajouter l&apos;écran %1</translation>
    </message>
    <message>
        <source>Delete screen %1</source>
        <translation>Supprimer l&apos;écran %1</translation>
    </message>
</context>
<context>
    <name>FlowRepository</name>
    <message>
        <source>Only an administrator may change the USSD services.</source>
        <translation>Seul un administrateur peut modifier les services USSD.</translation>
    </message>
    <message>
        <source>The flow cannot be read.</source>
        <translation>Le flux est illisible.</translation>
    </message>
    <message>
        <source>The flow has errors; nothing was saved.</source>
        <translation>Le flux comporte des erreurs ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>No USSD service has the code %1.</source>
        <translation>Aucun service USSD n&apos;a le code %1.</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d’écouter sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>This libmicrohttpd was built without TLS.</source>
        <translation>Cette version de libmicrohttpd a été compilée sans TLS.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>refund %1</source>
        <translation>remboursement %1</translation>
    </message>
    <message>
        <source>no refund of ours matches</source>
        <translation>aucun de nos remboursements ne correspond</translation>
    </message>
    <message>
        <source>payment %1 (%2)</source>
        <translation>paiement %1 (%2)</translation>
    </message>
    <message>
        <source>no payment of ours matches (reference %1)</source>
        <translation>aucun de nos paiements ne correspond (référence %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The webhook inbox is for supervisors and admins.</source>
        <translation>La boîte des webhooks est réservée aux superviseurs et aux administrateurs.</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Tentative %1</translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation>Remboursement %1</translation>
    </message>
    <message>
        <source>Webhook inbox</source>
        <translation>Boîte des webhooks</translation>
    </message>
    <message>
        <source>Every delivery from Paystack, newest first. A delivery that could not be applied is tried again on its own; Replay applies it again now. Rejected deliveries were not Paystack events and have nothing to apply.</source>
        <translation>Chaque envoi de Paystack, le plus récent en premier. Un envoi qui n&apos;a pas pu être appliqué est réessayé de lui-même ; Rejouer l&apos;applique de nouveau tout de suite. Les envois rejetés n&apos;étaient pas des événements Paystack et n&apos;ont rien à appliquer.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Read the inbox again (F5)</source>
        <translation>Relire la boîte (F5)</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Rejouer</translation>
    </message>
    <message>
        <source>Apply the chosen delivery again now</source>
        <translation>Appliquer de nouveau l&apos;envoi choisi maintenant</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Rattaché à</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Dedupe key</source>
        <translation>Clé de dédoublonnage</translation>
    </message>
    <message>
        <source>Reading the inbox…</source>
        <translation>Lecture de la boîte…</translation>
    </message>
    <message>
        <source>Delivery %1 was not replayed: %2</source>
        <translation>L&apos;envoi %1 n&apos;a pas été rejoué : %2</translation>
    </message>
    <message>
        <source>Delivery %1 is queued to be applied again.</source>
        <translation>L&apos;envoi %1 est en file pour être appliqué de nouveau.</translation>
    </message>
    <message>
        <source>Delivery %1 is no longer in the inbox.</source>
        <translation>L&apos;envoi %1 n&apos;est plus dans la boîte.</translation>
    </message>
    <message>
        <source>Delivery %1 was rejected (not a Paystack event): nothing to replay.</source>
        <translation>L&apos;envoi %1 a été rejeté (pas un événement Paystack) : rien à rejouer.</translation>
    </message>
    <message>
        <source>No deliveries in this state (read at %1, following the inbox).</source>
        <translation>Aucun envoi dans cet état (lu à %1, la liste suit la boîte).</translation>
    </message>
    <message>
        <source>The newest %1 deliveries are shown (read at %2, following the inbox); paydesk-server inbox lists them all.</source>
        <translation>Les %1 envois les plus récents sont affichés (lus à %2, la liste suit la boîte) ; paydesk-server inbox les liste tous.</translation>
    </message>
    <message>
        <source>Deliveries shown: %1 (read at %2, following the inbox).</source>
        <translation>Envois affichés : %1 (lus à %2, la liste suit la boîte).</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>A bill needs at least one line.</source>
        <translation>Une facture doit avoir au moins une ligne.</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and 100 %.</source>
        <translation>Le taux de taxe doit être compris entre 0 et 100 %.</translation>
    </message>
    <message>
        <source>Line %1 (%2): </source>
        <translation>Ligne %1 (%2) : </translation>
    </message>
    <message>
        <source>the line has no description.</source>
        <translation>la ligne n&apos;a pas de description.</translation>
    </message>
    <message>
        <source>the quantity must be a whole number from 1 to %1.</source>
        <translation>la quantité doit être un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>the price is not in %1.</source>
        <translation>le prix n&apos;est pas en %1.</translation>
    </message>
    <message>
        <source>a price cannot be negative.</source>
        <translation>un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>the discount must be between zero and the line&apos;s amount.</source>
        <translation>la remise doit être comprise entre zéro et le montant de la ligne.</translation>
    </message>
    <message>
        <source>The bill&apos;s total is too large.</source>
        <translation>Le total de la facture est trop élevé.</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>The number counter did not answer.</source>
        <translation>Le compteur de numéros n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>An item on this bill is no longer in the price list.</source>
        <translation>Un article de cette facture n&apos;est plus dans la liste de prix.</translation>
    </message>
    <message>
        <source>%1 is no longer offered (inactive in the price list).</source>
        <translation>%1 n&apos;est plus proposé (inactif dans la liste de prix).</translation>
    </message>
    <message>
        <source>Discounts, waivers and free-text lines need a supervisor&apos;s approval.</source>
        <translation>Remises, exonérations et lignes libres exigent l&apos;accord d&apos;un superviseur.</translation>
    </message>
    <message>
        <source>This patient no longer exists.</source>
        <translation>Ce patient n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The new invoice&apos;s id was not returned.</source>
        <translation>L&apos;identifiant de la nouvelle facture n&apos;a pas été renvoyé.</translation>
    </message>
    <message>
        <source>The new invoice could not be read back.</source>
        <translation>La nouvelle facture n&apos;a pas pu être relue.</translation>
    </message>
    <message>
        <source>Say why the invoice is void.</source>
        <translation>Indiquez pourquoi la facture est annulée.</translation>
    </message>
    <message>
        <source>Voiding an invoice needs a supervisor&apos;s approval.</source>
        <translation>L&apos;annulation d&apos;une facture exige l&apos;accord d&apos;un superviseur.</translation>
    </message>
    <message>
        <source>A payment for this invoice is still in progress: finish or cancel it first.</source>
        <translation>Un paiement de cette facture est encore en cours : terminez-le ou annulez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Only an open invoice with nothing paid can be voided; refund the payments instead.</source>
        <translation>Seule une facture ouverte sans paiement peut être annulée ; remboursez plutôt les paiements.</translation>
    </message>
    <message>
        <source>The invoice could not be read back.</source>
        <translation>La facture n&apos;a pas pu être relue.</translation>
    </message>
</context>
<context>
    <name>KioskKeypad</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>ListenAddress</name>
    <message>
        <source>&quot;%1&quot; is not &quot;off&quot; or an IP address and port, such as 127.0.0.1:8088.</source>
        <translation>« %1 » n’est ni « off » ni une adresse IP et un port, comme 127.0.0.1:8088.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed logins until %1. A supervisor or admin can unlock it.</source>
        <translation>Ce compte est verrouillé après trop d’échecs de connexion jusqu’à %1. Un superviseur ou un administrateur peut le déverrouiller.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>Ce compte est désactivé.</translation>
    </message>
    <message>
        <source>The login could not be recorded in the database.</source>
        <translation>La connexion n’a pas pu être enregistrée dans la base de données.</translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>A %1 mobile number has %2 digits after the 0 (or after +%3).</source>
        <translation>Un numéro mobile %1 compte %2 chiffres après le 0 (ou après +%3).</translation>
    </message>
    <message>
        <source>That number has too many digits.</source>
        <translation>Ce numéro a trop de chiffres.</translation>
    </message>
    <message>
        <source>A phone number has only digits (spaces and dashes are fine).</source>
        <translation>Un numéro de téléphone ne contient que des chiffres (espaces et tirets acceptés).</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>Saisissez le numéro de téléphone.</translation>
    </message>
    <message>
        <source>Airtime is sold here for %1 numbers only.</source>
        <translation>Le crédit n&apos;est vendu ici que pour les numéros %1.</translation>
    </message>
    <message>
        <source>Type the number with its country code.</source>
        <translation>Saisissez le numéro avec son indicatif pays.</translation>
    </message>
    <message>
        <source>0%1 is not a %2 mobile number.</source>
        <translation>0%1 n&apos;est pas un numéro mobile %2.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount has no currency.</source>
        <translation>Le montant n’a pas de devise.</translation>
    </message>
    <message>
        <source>The amounts are in different currencies.</source>
        <translation>Les montants sont dans des devises différentes.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop grand.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>The amount contains a character that is not a digit.</source>
        <translation>Le montant contient un caractère qui n’est pas un chiffre.</translation>
    </message>
    <message>
        <source>The amount has more decimal places than the currency allows.</source>
        <translation>Le montant a plus de décimales que la devise n’en permet.</translation>
    </message>
    <message>
        <source>The thousands separators are in the wrong places.</source>
        <translation>Les séparateurs de milliers sont mal placés.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>Division par zéro.</translation>
    </message>
</context>
<context>
    <name>Patients</name>
    <message>
        <source>This is not a hospital number in this hospital&apos;s format (for example HN-000123).</source>
        <translation>Ce n&apos;est pas un numéro de dossier au format de cet hôpital (par exemple HN-000123).</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s first name.</source>
        <translation>Saisissez le prénom du patient.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s surname.</source>
        <translation>Saisissez le nom de famille du patient.</translation>
    </message>
    <message>
        <source>This e-mail address is not complete (name@example.com).</source>
        <translation>Cette adresse e-mail est incomplète (nom@exemple.com).</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future or before 1890.</source>
        <translation>La date de naissance ne peut être ni future ni antérieure à 1890.</translation>
    </message>
    <message>
        <source>Hospital number %1 already belongs to another patient.</source>
        <translation>Le numéro de dossier %1 appartient déjà à un autre patient.</translation>
    </message>
    <message>
        <source>The new patient&apos;s record number was not returned.</source>
        <translation>Le numéro d&apos;enregistrement du nouveau patient n&apos;a pas été renvoyé.</translation>
    </message>
    <message>
        <source>A registered patient keeps a hospital number.</source>
        <translation>Un patient enregistré garde un numéro de dossier.</translation>
    </message>
    <message>
        <source>This patient no longer exists.</source>
        <translation>Ce patient n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The patient could not be read back.</source>
        <translation>Le patient n&apos;a pas pu être relu.</translation>
    </message>
</context>
<context>
    <name>PaymentAttempt</name>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Pay-by-link</source>
        <translation>Paiement par lien</translation>
    </message>
    <message>
        <source>Bank USSD</source>
        <translation>USSD bancaire</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Outcome unknown, checking with Paystack</source>
        <translation>Résultat inconnu, vérification auprès de Paystack</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
</context>
<context>
    <name>PaymentAttempts</name>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>This desk has no Paystack Terminal: choose one in Settings.</source>
        <translation>Ce poste n&apos;a pas de terminal Paystack : choisissez-en un dans les paramètres.</translation>
    </message>
    <message>
        <source>The cash tendered must cover the amount.</source>
        <translation>Les espèces remises doivent couvrir le montant.</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>Cette facture n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This invoice is %1: it takes no payment.</source>
        <translation>Cette facture est « %1 » : elle ne reçoit pas de paiement.</translation>
    </message>
    <message>
        <source>This invoice is in %1.</source>
        <translation>Cette facture est en %1.</translation>
    </message>
    <message>
        <source>Only %1 is left to pay once the payments in progress are counted: overpayment is refused.</source>
        <translation>Il ne reste que %1 à payer, paiements en cours compris : le trop-perçu est refusé.</translation>
    </message>
    <message>
        <source>Only %1 is left to pay on this invoice: overpayment is refused.</source>
        <translation>Il ne reste que %1 à payer sur cette facture : le trop-perçu est refusé.</translation>
    </message>
    <message>
        <source>Terminal %1 is busy with another payment: finish or cancel that one first.</source>
        <translation>Le terminal %1 est occupé par un autre paiement : terminez-le ou annulez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The new payment&apos;s id was not returned.</source>
        <translation>L&apos;identifiant du nouveau paiement n&apos;a pas été renvoyé.</translation>
    </message>
    <message>
        <source>Cash %1 received, change %2</source>
        <translation>Espèces %1 reçues, monnaie %2</translation>
    </message>
    <message>
        <source>The new payment could not be read back.</source>
        <translation>Le nouveau paiement n&apos;a pas pu être relu.</translation>
    </message>
    <message>
        <source>Payment attempt %1 does not exist.</source>
        <translation>La tentative de paiement %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A payment that is %1 cannot become %2.</source>
        <translation>Un paiement à l&apos;état « %1 » ne peut pas passer à « %2 ».</translation>
    </message>
    <message>
        <source>A payment is marked paid only with Paystack&apos;s verified amount.</source>
        <translation>Un paiement n&apos;est marqué payé qu&apos;avec le montant vérifié par Paystack.</translation>
    </message>
    <message>
        <source>Paystack reports %1 where %2 was asked: not marked paid, a supervisor must review it.</source>
        <translation>Paystack indique %1 alors que %2 était demandé : non marqué payé, un superviseur doit l&apos;examiner.</translation>
    </message>
    <message>
        <source>The payment could not be read back.</source>
        <translation>Le paiement n&apos;a pas pu être relu.</translation>
    </message>
    <message>
        <source>The invoice cannot take this payment (already paid, void, or another currency): a supervisor must review it.</source>
        <translation>La facture ne peut pas recevoir ce paiement (déjà payée, annulée ou autre devise) : un superviseur doit l&apos;examiner.</translation>
    </message>
</context>
<context>
    <name>PaymentEngine</name>
    <message>
        <source>%1 x%2 (after discount)</source>
        <translation>%1 x%2 (après remise)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>payment %1 not found</source>
        <translation>paiement %1 introuvable</translation>
    </message>
    <message>
        <source>invoice not found</source>
        <translation>facture introuvable</translation>
    </message>
    <message>
        <source>patient not found</source>
        <translation>patient introuvable</translation>
    </message>
    <message>
        <source>Waiting for card</source>
        <translation>En attente de la carte</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>The Paystack customer was not stored.</source>
        <translation>Le client Paystack n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Payment link created</source>
        <translation>Lien de paiement créé</translation>
    </message>
    <message>
        <source>Link ready: show the QR code or send the link</source>
        <translation>Lien prêt : montrez le code QR ou envoyez le lien</translation>
    </message>
    <message>
        <source>Paystack refused the USSD charge: %1</source>
        <translation>Paystack a refusé le débit USSD : %1</translation>
    </message>
    <message>
        <source>USSD charge created</source>
        <translation>Débit USSD créé</translation>
    </message>
    <message>
        <source>Customer to dial %1</source>
        <translation>Le client doit composer %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>Part payment of invoice %1</source>
        <translation>Paiement partiel de la facture %1</translation>
    </message>
    <message>
        <source>Payment request %1 created</source>
        <translation>Demande de paiement %1 créée</translation>
    </message>
    <message>
        <source>Terminal %1 is offline: switch it on or check its network, then press Check now.</source>
        <translation>Le terminal %1 est hors ligne : allumez-le ou vérifiez son réseau, puis « Vérifier maintenant ».</translation>
    </message>
    <message>
        <source>Terminal %1 is busy with another payment: finish it on the terminal, then press Check now.</source>
        <translation>Le terminal %1 est occupé par un autre paiement : terminez-le sur le terminal, puis « Vérifier maintenant ».</translation>
    </message>
    <message>
        <source>Sent to terminal %1 (delivery not confirmed)</source>
        <translation>Envoyé au terminal %1 (remise non confirmée)</translation>
    </message>
    <message>
        <source>Sent to terminal %1</source>
        <translation>Envoyé au terminal %1</translation>
    </message>
    <message>
        <source>Pushed again to terminal %1</source>
        <translation>Renvoyé au terminal %1</translation>
    </message>
    <message>
        <source>Delivered to terminal %1</source>
        <translation>Remis au terminal %1</translation>
    </message>
    <message>
        <source>Not yet on terminal %1: is it on and connected? Re-push or cancel.</source>
        <translation>Pas encore sur le terminal %1 : est-il allumé et connecté ? Renvoyez ou annulez.</translation>
    </message>
    <message>
        <source>Not paid within %1 minutes</source>
        <translation>Non payé en %1 minutes</translation>
    </message>
    <message>
        <source>Cancelled by %1</source>
        <translation>Annulé par %1</translation>
    </message>
    <message>
        <source>Paid %1 on terminal %2 (%3)</source>
        <translation>Payé %1 sur le terminal %2 (%3)</translation>
    </message>
    <message>
        <source>Paystack marked the payment request failed</source>
        <translation>Paystack a marqué la demande de paiement comme échouée</translation>
    </message>
    <message>
        <source>The payment request was withdrawn</source>
        <translation>La demande de paiement a été retirée</translation>
    </message>
    <message>
        <source>Waiting for card on terminal %1</source>
        <translation>En attente de la carte sur le terminal %1</translation>
    </message>
    <message>
        <source>Paid %1 by %2 (ref %3)</source>
        <translation>Payé %1 par %2 (réf. %3)</translation>
    </message>
    <message>
        <source>Payment failed: %1</source>
        <translation>Paiement échoué : %1</translation>
    </message>
    <message>
        <source>Waiting for the customer to pay by link</source>
        <translation>En attente du paiement du client par lien</translation>
    </message>
    <message>
        <source>Waiting for the customer to dial %1</source>
        <translation>En attente que le client compose %1</translation>
    </message>
    <message>
        <source>Paystack has payment request %1: continuing</source>
        <translation>Paystack a la demande de paiement %1 : on continue</translation>
    </message>
    <message>
        <source>Paystack never received the payment request: sending it again</source>
        <translation>Paystack n&apos;a jamais reçu la demande de paiement : nouvel envoi</translation>
    </message>
    <message>
        <source>Paystack never received it: sending again with the same reference</source>
        <translation>Paystack ne l&apos;a jamais reçu : nouvel envoi avec la même référence</translation>
    </message>
    <message>
        <source>Paystack has not answered yet: the payment can be cancelled once its outcome is known.</source>
        <translation>Paystack n&apos;a pas encore répondu : le paiement pourra être annulé quand son résultat sera connu.</translation>
    </message>
    <message>
        <source>Paid %1 on terminal %2 just before it was cancelled</source>
        <translation>Payé %1 sur le terminal %2 juste avant l&apos;annulation</translation>
    </message>
    <message>
        <source>Cancelled by %1; the request was withdrawn from terminal %2</source>
        <translation>Annulé par %1 ; la demande a été retirée du terminal %2</translation>
    </message>
</context>
<context>
    <name>Paystack</name>
    <message>
        <source>Paystack: not configured</source>
        <translation>Paystack : non configuré</translation>
    </message>
    <message>
        <source>Paystack: live</source>
        <translation>Paystack : production</translation>
    </message>
    <message>
        <source>Paystack: test key</source>
        <translation>Paystack : clé de test</translation>
    </message>
    <message>
        <source>Paystack: sandbox</source>
        <translation>Paystack : bac à sable</translation>
    </message>
    <message>
        <source>This is a public key (pk_…). Paydesk needs the secret key (sk_…) from the Paystack dashboard.</source>
        <translation>Ceci est une clé publique (pk_…). Paydesk a besoin de la clé secrète (sk_…) du tableau de bord Paystack.</translation>
    </message>
    <message>
        <source>A Paystack secret key looks like sk_test_… or sk_live_… followed by letters and digits.</source>
        <translation>Une clé secrète Paystack ressemble à sk_test_… ou sk_live_… suivi de lettres et de chiffres.</translation>
    </message>
    <message>
        <source>an HTML page instead of JSON, HTTP %1</source>
        <translation>une page HTML au lieu de JSON, HTTP %1</translation>
    </message>
    <message>
        <source>not a JSON object, HTTP %1</source>
        <translation>pas un objet JSON, HTTP %1</translation>
    </message>
    <message>
        <source>the answer has no status</source>
        <translation>la réponse n’a pas de statut</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>aucune réponse en %1 ms</translation>
    </message>
    <message>
        <source>Paystack refused the request.</source>
        <translation>Paystack a refusé la demande.</translation>
    </message>
    <message>
        <source>Paystack says: %1</source>
        <translation>Paystack indique : %1</translation>
    </message>
    <message>
        <source>Paystack did not accept this desk&apos;s secret key. An administrator must check it in Settings.</source>
        <translation>Paystack n’a pas accepté la clé secrète de ce poste. Un administrateur doit la vérifier dans les Paramètres.</translation>
    </message>
    <message>
        <source>Paystack is asking us to slow down. Try again in a minute.</source>
        <translation>Paystack demande de ralentir. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Paystack is having a problem (HTTP %1). Try again shortly.</source>
        <translation>Paystack rencontre un problème (HTTP %1). Réessayez sous peu.</translation>
    </message>
    <message>
        <source>Paystack could not be reached: %1. Nothing was sent; check the network and try again.</source>
        <translation>Paystack est injoignable : %1. Rien n’a été envoyé ; vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>No answer from Paystack in time. The request may have gone through: Paydesk will check with Paystack before doing anything else.</source>
        <translation>Pas de réponse de Paystack à temps. La demande a peut-être abouti : Paydesk vérifiera auprès de Paystack avant toute autre action.</translation>
    </message>
    <message>
        <source>Paystack&apos;s answer could not be read (%1).</source>
        <translation>La réponse de Paystack est illisible (%1).</translation>
    </message>
    <message>
        <source>Paystack is not set up on this desk: %1</source>
        <translation>Paystack n’est pas configuré sur ce poste : %1</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Jours choisis</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>A Nigerian number has 11 digits starting with 0 (0803 123 4567) or +234 and 10 digits.</source>
        <translation>Un numéro nigérian a 11 chiffres commençant par 0 (0803 123 4567) ou +234 et 10 chiffres.</translation>
    </message>
    <message>
        <source>A Kenyan number has 10 digits starting with 0 (0712 345 678) or +254 and 9 digits.</source>
        <translation>Un numéro kényan a 10 chiffres commençant par 0 (0712 345 678) ou +254 et 9 chiffres.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Saisissez un numéro de téléphone.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, dashes and a leading +.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, des espaces, des tirets et un + initial.</translation>
    </message>
    <message>
        <source>Type the number with its country code, starting with +.</source>
        <translation>Saisissez le numéro avec son indicatif pays, commençant par +.</translation>
    </message>
    <message>
        <source>An international number has 8 to 15 digits after the +.</source>
        <translation>Un numéro international a de 8 à 15 chiffres après le +.</translation>
    </message>
</context>
<context>
    <name>PhoneWidget</name>
    <message>
        <source>Simulated phone</source>
        <translation>Téléphone simulé</translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation>Écran du téléphone</translation>
    </message>
    <message>
        <source>Dial or reply</source>
        <translation>Composer ou répondre</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Delete the last character (Backspace)</source>
        <translation>Effacer le dernier caractère (Retour arrière)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation>Terminer la session (Échap)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Dial a code, e.g. *999#</source>
        <translation>Composez un code, p. ex. *999#</translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <source>Unbalanced quotes.</source>
        <translation>Guillemets non appariés.</translation>
    </message>
    <message>
        <source>The header has no &quot;%1&quot; column; expected code,name,category,unit_price[,taxable,active].</source>
        <translation>L&apos;en-tête n&apos;a pas de colonne « %1 » ; attendu : code,name,category,unit_price[,taxable,active].</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2.</translation>
    </message>
    <message>
        <source>The code is empty or longer than 32 characters.</source>
        <translation>Le code est vide ou dépasse 32 caractères.</translation>
    </message>
    <message>
        <source>Code %1 appears twice in the file.</source>
        <translation>Le code %1 apparaît deux fois dans le fichier.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Le nom est vide.</translation>
    </message>
    <message>
        <source>Price &quot;%1&quot;: %2</source>
        <translation>Prix « %1 » : %2</translation>
    </message>
    <message>
        <source>taxable and active take yes or no.</source>
        <translation>taxable et active prennent yes ou no.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The price item was not returned.</source>
        <translation>L&apos;article n&apos;a pas été renvoyé.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>Nothing to encode.</source>
        <translation>Rien à encoder.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code.</source>
        <translation>Le texte est trop long pour un code QR.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>The receipt page size was refused.</source>
        <translation>Le format de page du reçu a été refusé.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>The PDF %1 was not written.</source>
        <translation>Le PDF %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Print receipt %1</source>
        <translation>Imprimer le reçu %1</translation>
    </message>
    <message>
        <source>This payment has not succeeded: there is no receipt for it.</source>
        <translation>Ce paiement n&apos;a pas abouti : il n&apos;a pas de reçu.</translation>
    </message>
    <message>
        <source>The invoice is missing.</source>
        <translation>La facture est introuvable.</translation>
    </message>
    <message>
        <source>Paydesk Hospital</source>
        <translation>Hôpital Paydesk</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>  discount</source>
        <translation>  remise</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Monnaie</translation>
    </message>
    <message>
        <source>Paid to date</source>
        <translation>Payé à ce jour</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPIE</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
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
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation>Payé par %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>Paystack has a successful %1 payment we have no record of</source>
        <translation>Paystack a un paiement %1 réussi dont nous n&apos;avons aucune trace</translation>
    </message>
    <message>
        <source>we asked %1, Paystack received %2</source>
        <translation>nous avons demandé %1, Paystack a reçu %2</translation>
    </message>
    <message>
        <source>our attempt was %1: checked with Paystack now</source>
        <translation>notre tentative était « %1 » : vérifiée auprès de Paystack maintenant</translation>
    </message>
    <message>
        <source>we recorded it as paid; Paystack lists no such success</source>
        <translation>nous l&apos;avons enregistré comme payé ; Paystack n&apos;indique aucun succès correspondant</translation>
    </message>
    <message>
        <source>the provider could not be asked: %1</source>
        <translation>le fournisseur n&apos;a pas pu être interrogé : %1</translation>
    </message>
    <message>
        <source>we sold %1, the provider delivered %2</source>
        <translation>nous avons vendu %1, le fournisseur a livré %2</translation>
    </message>
    <message>
        <source>we recorded it as delivered; the provider says: %1</source>
        <translation>nous l&apos;avons enregistrée comme livrée ; le fournisseur dit : %1</translation>
    </message>
    <message>
        <source>the provider delivered a sale we recorded as failed (the customer&apos;s money was given back)</source>
        <translation>le fournisseur a livré une vente que nous avons enregistrée comme échouée (l&apos;argent du client a été rendu)</translation>
    </message>
    <message>
        <source>not delivered on either side</source>
        <translation>livrée d&apos;aucun côté</translation>
    </message>
    <message>
        <source>still %1 here; the provider says: %2. The kiosk&apos;s next check settles it.</source>
        <translation>toujours %1 ici ; le fournisseur dit : %2. La prochaine vérification du kiosque la règle.</translation>
    </message>
    <message>
        <source>the provider is still processing it: %1</source>
        <translation>le fournisseur la traite encore : %1</translation>
    </message>
    <message>
        <source>More than %1 airtime sales in the period: reconcile a shorter one.</source>
        <translation>Plus de %1 ventes de crédit sur la période : rapprochez une période plus courte.</translation>
    </message>
    <message>
        <source>queued on the kiosk, not sent to the provider yet</source>
        <translation>en file sur le kiosque, pas encore envoyée au fournisseur</translation>
    </message>
    <message>
        <source>sold through %1, which this desk cannot ask</source>
        <translation>vendue par %1, que ce guichet ne peut pas interroger</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Invoice status</source>
        <translation>État de la facture</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>Total de la facture</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Payment state</source>
        <translation>État du paiement</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Notre référence</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Sale state</source>
        <translation>État de la vente</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Identifiant de requête</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendue</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Réglée</translation>
    </message>
    <message>
        <source>Reconciliation is for supervisors and admins.</source>
        <translation>Le rapprochement est réservé aux superviseurs et aux administrateurs.</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Concordant</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Missing here</source>
        <translation>Absent chez nous</translation>
    </message>
    <message>
        <source>Missing there</source>
        <translation>Absent chez eux</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>Montant différent</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Paystack transaction</source>
        <translation>Transaction Paystack</translation>
    </message>
    <message>
        <source>Payment request</source>
        <translation>Demande de paiement</translation>
    </message>
    <message>
        <source>Airtime sale</source>
        <translation>Vente de crédit</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Chez nous</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Chez eux</translation>
    </message>
    <message>
        <source>Paystack has a paid payment request no desk of ours made</source>
        <translation>Paystack a une demande de paiement payée qu&apos;aucun de nos guichets n&apos;a faite</translation>
    </message>
    <message>
        <source>an open payment request (%1) that no desk of ours made</source>
        <translation>une demande de paiement ouverte (%1) qu&apos;aucun de nos guichets n&apos;a faite</translation>
    </message>
    <message>
        <source>we asked %1, the request is for %2</source>
        <translation>nous avons demandé %1, la demande porte sur %2</translation>
    </message>
    <message>
        <source>the request is paid but our attempt was %1: checked with Paystack now</source>
        <translation>la demande est payée mais notre tentative était %1 : vérifiée auprès de Paystack maintenant</translation>
    </message>
    <message>
        <source>we recorded it as paid; Paystack&apos;s request is %1</source>
        <translation>nous l&apos;avons enregistrée comme payée ; la demande chez Paystack est %1</translation>
    </message>
    <message>
        <source>waiting for the customer on both sides</source>
        <translation>en attente du client des deux côtés</translation>
    </message>
    <message>
        <source>our attempt was %1 but the request is still open at Paystack</source>
        <translation>notre tentative était %1 mais la demande est encore ouverte chez Paystack</translation>
    </message>
    <message>
        <source>not paid on either side</source>
        <translation>payée d&apos;aucun côté</translation>
    </message>
    <message>
        <source>we recorded it as paid; Paystack lists no such request in the period</source>
        <translation>nous l&apos;avons enregistrée comme payée ; Paystack ne liste pas cette demande sur la période</translation>
    </message>
    <message>
        <source>The period&apos;s end is before its start.</source>
        <translation>La fin de la période précède son début.</translation>
    </message>
    <message>
        <source>Paystack could not be compared: %1</source>
        <translation>Paystack n&apos;a pas pu être comparé : %1</translation>
    </message>
    <message>
        <source>No airtime provider is set up on this desk: airtime not compared.</source>
        <translation>Aucun fournisseur de crédit n&apos;est configuré sur ce guichet : crédit non comparé.</translation>
    </message>
    <message>
        <source>Airtime not compared: %1</source>
        <translation>Crédit non comparé : %1</translation>
    </message>
    <message>
        <source>The reconciliation could not be audited: %1</source>
        <translation>Le rapprochement n&apos;a pas pu être journalisé : %1</translation>
    </message>
    <message>
        <source>not asked: the provider stopped answering during this reconciliation</source>
        <translation>non interrogée : le fournisseur a cessé de répondre pendant ce rapprochement</translation>
    </message>
</context>
<context>
    <name>ReconcileLineDialog</name>
    <message>
        <source>Reconciliation line %1</source>
        <translation>Ligne de rapprochement %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1: %2&lt;/h3&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 : %2&lt;/h3&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Both sides agree.</source>
        <translation>Les deux côtés concordent.</translation>
    </message>
    <message>
        <source>Our record</source>
        <translation>Notre enregistrement</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Webhook deliveries about it</source>
        <translation>Webhooks reçus à son sujet</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Inbox state</source>
        <translation>État dans la boîte</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>The provider&apos;s answer</source>
        <translation>La réponse du fournisseur</translation>
    </message>
    <message>
        <source>Paystack&apos;s record</source>
        <translation>L&apos;enregistrement de Paystack</translation>
    </message>
    <message>
        <source>They have no record of it.</source>
        <translation>Ils n&apos;en ont aucune trace.</translation>
    </message>
    <message>
        <source>Open &amp;invoice %1</source>
        <translation>Ouvrir la &amp;facture %1</translation>
    </message>
    <message>
        <source>We have no record of it.</source>
        <translation>Nous n&apos;en avons aucune trace.</translation>
    </message>
    <message>
        <source>No webhook arrived about it.</source>
        <translation>Aucun webhook n&apos;est arrivé à son sujet.</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>&lt;h2&gt;Reconciliation&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Rapprochement&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>&amp;Reconcile (F5)</source>
        <translation>&amp;Rapprocher (F5)</translation>
    </message>
    <message>
        <source>Choose a period and press F5: Paystack and the airtime provider are asked about every payment and sale in it.</source>
        <translation>Choisissez une période et appuyez sur F5 : Paystack et le fournisseur de crédit sont interrogés sur chaque paiement et chaque vente de la période.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Paystack</source>
        <translation>Paystack</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Chez nous</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Lines needing a look</source>
        <translation>Lignes à examiner</translation>
    </message>
    <message>
        <source>Every source</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce :</translation>
    </message>
    <message>
        <source>Open &amp;line… (Enter)</source>
        <translation>Ouvrir la &amp;ligne… (Entrée)</translation>
    </message>
    <message>
        <source>Export CS&amp;V</source>
        <translation>Exporter en CS&amp;V</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Chez eux</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>This desk has no Paystack connection set up: there is nothing to reconcile against.</source>
        <translation>Ce guichet n&apos;a pas de connexion Paystack configurée : il n&apos;y a rien à rapprocher.</translation>
    </message>
    <message>
        <source>The period&apos;s end is before its start.</source>
        <translation>La fin de la période précède son début.</translation>
    </message>
    <message>
        <source>Reconciling %1: asking Paystack and the airtime provider…</source>
        <translation>Rapprochement de %1 : interrogation de Paystack et du fournisseur de crédit…</translation>
    </message>
    <message>
        <source>Not reconciled: %1</source>
        <translation>Non rapproché : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: everything agrees. %n line(s) compared.</source>
        <translation>
            <numerusform>%1 : tout concorde. %n ligne comparée.</numerusform>
            <numerusform>%1 : tout concorde. %n lignes comparées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) need a look.</source>
        <translation>
            <numerusform>%1 : %n ligne à examiner.</numerusform>
            <numerusform>%1 : %n lignes à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconciled at %1. Enter opens a line.</source>
        <translation>Rapproché à %1. Entrée ouvre une ligne.</translation>
    </message>
    <message>
        <source>Transactions in the period</source>
        <translation>Transactions de la période</translation>
    </message>
    <message>
        <source>Payment requests paid (all time)</source>
        <translation>Demandes de paiement payées (depuis toujours)</translation>
    </message>
    <message>
        <source>Payment requests waiting (all time)</source>
        <translation>Demandes de paiement en attente (depuis toujours)</translation>
    </message>
    <message>
        <source>Paystack&apos;s payment request totals are for the whole Paystack account, every desk and every day: a difference there is a prompt to look, not an error by itself.</source>
        <translation>Les totaux des demandes de paiement de Paystack portent sur tout le compte Paystack, tous les guichets et tous les jours : une différence invite à regarder, ce n&apos;est pas une erreur en soi.</translation>
    </message>
    <message>
        <source>Period: %1; showing: %2; source: %3</source>
        <translation>Période : %1 ; affichage : %2 ; source : %3</translation>
    </message>
    <message>
        <source>Reconcile a period first.</source>
        <translation>Rapprochez d&apos;abord une période.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reconciliation&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Rapprochement&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Reconcile a period first: there is nothing to export yet.</source>
        <translation>Rapprochez d&apos;abord une période : il n&apos;y a encore rien à exporter.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>Export PD&amp;F</source>
        <translation>Exporter en PD&amp;F</translation>
    </message>
    <message>
        <source> On the hospital network paydesk-server holds the key: run `paydesk-server reconcile` there (it also reconciles every hour).</source>
        <translation> Sur le réseau de l&apos;hôpital, c&apos;est paydesk-server qui détient la clé : lancez `paydesk-server reconcile` sur le serveur (il rapproche aussi toutes les heures).</translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <source>Paystack lists no transaction for this payment request yet.</source>
        <translation>Paystack n&apos;indique encore aucune transaction pour cette demande de paiement.</translation>
    </message>
    <message>
        <source>Paystack is processing the refund</source>
        <translation>Paystack traite le remboursement</translation>
    </message>
    <message>
        <source>Paystack has the refund: following it</source>
        <translation>Paystack a le remboursement : suivi en cours</translation>
    </message>
    <message>
        <source>Paystack never received the refund: asking again</source>
        <translation>Paystack n&apos;a jamais reçu le remboursement : nouvelle demande</translation>
    </message>
    <message>
        <source>Refunded by Paystack</source>
        <translation>Remboursé par Paystack</translation>
    </message>
    <message>
        <source>Paystack could not refund it</source>
        <translation>Paystack n&apos;a pas pu le rembourser</translation>
    </message>
    <message>
        <source>Paystack says: %1</source>
        <translation>Paystack indique : %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Pending at Paystack</source>
        <translation>En cours chez Paystack</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>Refund failed</source>
        <translation>Remboursement échoué</translation>
    </message>
    <message>
        <source>Outcome unknown, checking with Paystack</source>
        <translation>Résultat inconnu, vérification auprès de Paystack</translation>
    </message>
    <message>
        <source>Say why the money is refunded.</source>
        <translation>Indiquez pourquoi l&apos;argent est remboursé.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>Refunds need a supervisor&apos;s approval.</source>
        <translation>Les remboursements exigent l&apos;accord d&apos;un superviseur.</translation>
    </message>
    <message>
        <source>This payment does not exist.</source>
        <translation>Ce paiement n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This payment was in %1.</source>
        <translation>Ce paiement était en %1.</translation>
    </message>
    <message>
        <source>At most %1 of this payment can still be refunded.</source>
        <translation>Au plus %1 de ce paiement peut encore être remboursé.</translation>
    </message>
    <message>
        <source>The refund&apos;s id was not returned.</source>
        <translation>L&apos;identifiant du remboursement n&apos;a pas été renvoyé.</translation>
    </message>
    <message>
        <source>Cash handed back at the desk</source>
        <translation>Espèces rendues au guichet</translation>
    </message>
    <message>
        <source>The refund could not be read back.</source>
        <translation>Le remboursement n&apos;a pas pu être relu.</translation>
    </message>
    <message>
        <source>Refund %1 does not exist.</source>
        <translation>Le remboursement %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A refund that is %1 cannot become %2.</source>
        <translation>Un remboursement à l&apos;état « %1 » ne peut pas passer à « %2 ».</translation>
    </message>
    <message>
        <source>The refund changed meanwhile; try again.</source>
        <translation>Le remboursement a changé entre-temps ; réessayez.</translation>
    </message>
    <message>
        <source>The refund is more than is left of the payment: a supervisor must review it.</source>
        <translation>Le remboursement dépasse le reste du paiement : un superviseur doit l&apos;examiner.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>The PDF %1 was not written.</source>
        <translation>Le PDF %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Save CSV (Ctrl+S)</source>
        <translation>Enregistrer en CSV (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save PDF (Ctrl+P)</source>
        <translation>Enregistrer en PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n&apos;a pas pu être enregistré : %2</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>SaleRepository</name>
    <message>
        <source>The sale is incomplete.</source>
        <translation>La vente est incomplète.</translation>
    </message>
    <message>
        <source>The sale could not be read back.</source>
        <translation>La vente n&apos;a pas pu être relue.</translation>
    </message>
    <message>
        <source>The sale is not waiting to be sent.</source>
        <translation>La vente n&apos;attend pas d&apos;être envoyée.</translation>
    </message>
    <message>
        <source>No such sale.</source>
        <translation>Vente introuvable.</translation>
    </message>
    <message>
        <source>A sale that is %1 cannot become %2.</source>
        <translation>Une vente à l&apos;état %1 ne peut pas passer à %2.</translation>
    </message>
    <message>
        <source>The sale changed meanwhile; read it again.</source>
        <translation>La vente a changé entre-temps ; relisez-la.</translation>
    </message>
</context>
<context>
    <name>ScreenEditor</name>
    <message>
        <source>Screen &amp;id:</source>
        <translation>&amp;Identifiant de l&apos;écran :</translation>
    </message>
    <message>
        <source>Text shown</source>
        <translation>Texte affiché</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Mène à</translation>
    </message>
    <message>
        <source>Add o&amp;ption</source>
        <translation>Ajouter une o&amp;ption</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Retirer l&apos;option</translation>
    </message>
    <message>
        <source>Every field (JSON)</source>
        <translation>Tous les champs (JSON)</translation>
    </message>
    <message>
        <source>Validation, requests, answer mappings and every other field; Ctrl+Return applies.</source>
        <translation>Validation, requêtes, correspondances des réponses et tous les autres champs ; Ctrl+Entrée applique.</translation>
    </message>
    <message>
        <source>&amp;Apply JSON</source>
        <translation>&amp;Appliquer le JSON</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a screen on the left.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Choisissez un écran à gauche.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; screen</source>
        <translation>Écran &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>after a wrong answer</source>
        <translation>après une réponse erronée</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>with the longest values</source>
        <translation>avec les valeurs les plus longues</translation>
    </message>
    <message>
        <source>%1 / %2 characters (GSM-7), %3</source>
        <translation>%1 / %2 caractères (GSM-7), %3</translation>
    </message>
    <message>
        <source>%1 / %2 characters: &quot;%3&quot; is not GSM-7, %4</source>
        <translation>%1 / %2 caractères : « %3 » n&apos;est pas GSM-7, %4</translation>
    </message>
    <message>
        <source>%1 / %2 characters as written</source>
        <translation>%1 / %2 caractères tel qu&apos;écrit</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (absent)</translation>
    </message>
    <message>
        <source>Label (%1)</source>
        <translation>Libellé (%1)</translation>
    </message>
    <message>
        <source>Option %1 leads to %2</source>
        <translation>L&apos;option %1 mène à %2</translation>
    </message>
    <message>
        <source>%1 leads to %2</source>
        <translation>%1 mène à %2</translation>
    </message>
    <message>
        <source>Edit the text of %1 (%2)</source>
        <translation>Modifier le texte de %1 (%2)</translation>
    </message>
    <message>
        <source>Edit option %1 of %2</source>
        <translation>Modifier l&apos;option %1 de %2</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nouvelle option</translation>
    </message>
    <message>
        <source>Add an option to %1</source>
        <translation>Ajouter une option à %1</translation>
    </message>
    <message>
        <source>Remove option %1 of %2</source>
        <translation>Retirer l&apos;option %1 de %2</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>JSON invalide au caractère %1 : %2</translation>
    </message>
    <message>
        <source>A screen is a JSON object: { &quot;id&quot;: …, &quot;type&quot;: … }.</source>
        <translation>Un écran est un objet JSON : { &quot;id&quot;: …, &quot;type&quot;: … }.</translation>
    </message>
    <message>
        <source>Edit %1 as JSON</source>
        <translation>Modifier %1 en JSON</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The secret file %1 is readable by other users; restrict it with chmod 600.</source>
        <translation>Le fichier secret %1 est lisible par d’autres utilisateurs ; restreignez-le avec chmod 600.</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>Impossible de lire le fichier secret %1 : %2</translation>
    </message>
    <message>
        <source>Secrets from the environment cannot be changed from Paydesk; edit the service&apos;s environment or credential files.</source>
        <translation>Les secrets de l’environnement ne peuvent pas être modifiés depuis Paydesk ; modifiez l’environnement du service ou ses fichiers d’identifiants.</translation>
    </message>
    <message>
        <source>%1 is not set (set %2 or %2_FILE).</source>
        <translation>%1 n’est pas défini (définissez %2 ou %2_FILE).</translation>
    </message>
    <message>
        <source>Not set in the keychain.</source>
        <translation>Absent du trousseau.</translation>
    </message>
    <message>
        <source>No keychain service is available: %1</source>
        <translation>Aucun service de trousseau n’est disponible : %1</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Le trousseau a refusé l’accès : %1</translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation>Erreur du trousseau : %1</translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 n’est pas défini.</translation>
    </message>
    <message>
        <source>Training mode uses the sandbox&apos;s keys; start Paydesk without --training to set the real one.</source>
        <translation>Le mode formation utilise les clés du bac à sable ; lancez Paydesk sans --training pour saisir la vraie.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Find or register patients, bill them from the price list and take payment.</source>
        <translation>Trouver ou enregistrer des patients, les facturer selon la liste de prix et encaisser le paiement.</translation>
    </message>
    <message>
        <source>Airtime</source>
        <translation>Crédit téléphonique</translation>
    </message>
    <message>
        <source>Sell airtime for MTN, Airtel, Glo, 9mobile and Safaricom from the prefunded wallet.</source>
        <translation>Vendre du crédit MTN, Airtel, Glo, 9mobile et Safaricom depuis le portefeuille prépayé.</translation>
    </message>
    <message>
        <source>USSD Studio</source>
        <translation>Studio USSD</translation>
    </message>
    <message>
        <source>Design USSD services, test them in the simulator and serve them to gateways.</source>
        <translation>Concevoir des services USSD, les tester dans le simulateur et les servir aux passerelles.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Payment statistics, live: what came in, how, through whom, and what is stuck.</source>
        <translation>Statistiques des paiements, en direct : ce qui est entré, comment, par qui, et ce qui est bloqué.</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Vacations</translation>
    </message>
    <message>
        <source>Open and close your shift with the cash counted by denomination; supervisors sign off Z reports.</source>
        <translation>Ouvrez et clôturez votre vacation en comptant les espèces par coupure ; les superviseurs visent les rapports Z.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This desk&apos;s database, server address, Paystack key and name.</source>
        <translation>La base de données, l’adresse du serveur, la clé Paystack et le nom de ce poste.</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Our payments against Paystack&apos;s transactions and payment requests, our airtime against the provider.</source>
        <translation>Nos paiements face aux transactions et demandes de paiement de Paystack, notre crédit face au fournisseur.</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Counts for:</source>
        <translation>&amp;Décomptes pour :</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervice :</translation>
    </message>
    <message>
        <source>What the USSD gateway charges per session, in naira; saved for this desk.</source>
        <translation>Ce que la passerelle USSD facture par session, en nairas ; enregistré pour ce poste.</translation>
    </message>
    <message>
        <source>Cost per &amp;session (NGN):</source>
        <translation>Coût par &amp;session (NGN) :</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Taux d&apos;achèvement</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>The cost per session is not an amount: %1</source>
        <translation>Le coût par session n&apos;est pas un montant : %1</translation>
    </message>
    <message>
        <source>The sessions cannot be read: %1</source>
        <translation>Les sessions sont illisibles : %1</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop grand</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>live (%1)</source>
        <translation>en cours (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shown, %1 live.</source>
        <translation>
            <numerusform>%n session affichée, %1 en cours.</numerusform>
            <numerusform>%n sessions affichées, %1 en cours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>short by %1</source>
        <translation>manque %1</translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation>excédent %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Rapport Z %1</translation>
    </message>
    <message>
        <source>Shift report, waiting for sign-off</source>
        <translation>Rapport de vacation, en attente de visa</translation>
    </message>
    <message>
        <source>X report (shift still open)</source>
        <translation>Rapport X (vacation encore ouverte)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Vacation</translation>
    </message>
    <message>
        <source>Shift number</source>
        <translation>Numéro de vacation</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Tiroir-caisse</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fonds de caisse</translation>
    </message>
    <message>
        <source>+ Cash payments</source>
        <translation>+ Paiements en espèces</translation>
    </message>
    <message>
        <source>- Cash refunds</source>
        <translation>- Remboursements en espèces</translation>
    </message>
    <message>
        <source>+ Airtime sold for cash</source>
        <translation>+ Crédit vendu en espèces</translation>
    </message>
    <message>
        <source>= Expected cash</source>
        <translation>= Espèces attendues</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Payments by method</source>
        <translation>Paiements par moyen</translation>
    </message>
    <message>
        <source>Card payments by terminal</source>
        <translation>Paiements par carte par terminal</translation>
    </message>
    <message>
        <source>(no terminal)</source>
        <translation>(sans terminal)</translation>
    </message>
    <message>
        <source>Airtime</source>
        <translation>Crédit téléphonique</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Not settled yet</source>
        <translation>Pas encore réglé</translation>
    </message>
    <message>
        <source>Failed (cash returned)</source>
        <translation>Échoué (espèces rendues)</translation>
    </message>
    <message>
        <source>Paid by bank USSD</source>
        <translation>Payé par USSD bancaire</translation>
    </message>
    <message>
        <source>Refunds, waivers and discounts</source>
        <translation>Remboursements, exonérations et remises</translation>
    </message>
    <message>
        <source>Refunds processed</source>
        <translation>Remboursements effectués</translation>
    </message>
    <message>
        <source>Refunds in progress</source>
        <translation>Remboursements en cours</translation>
    </message>
    <message>
        <source>Refunds failed</source>
        <translation>Remboursements échoués</translation>
    </message>
    <message>
        <source>Waivers</source>
        <translation>Exonérations</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Not settled at close</source>
        <translation>Non réglé à la clôture</translation>
    </message>
    <message>
        <source>Payment requests waiting</source>
        <translation>Demandes de paiement en attente</translation>
    </message>
    <message>
        <source>Outcomes unknown</source>
        <translation>Issues inconnues</translation>
    </message>
    <message>
        <source>Opening float by denomination</source>
        <translation>Fonds de caisse par coupure</translation>
    </message>
    <message>
        <source>Closing count by denomination</source>
        <translation>Comptage de clôture par coupure</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Visé par</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Visé le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Report hash</source>
        <translation>Empreinte du rapport</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Vacations</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Rapport Z</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Espèces attendues</translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Closed, waiting for sign-off</source>
        <translation>Clôturée, en attente de visa</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Visée</translation>
    </message>
    <message>
        <source>The shift&apos;s stored report is unreadable.</source>
        <translation>Le rapport enregistré de la vacation est illisible.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur « %1 ».</translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled.</source>
        <translation>Le compte de %1 est désactivé.</translation>
    </message>
    <message>
        <source>Cashiers see only their own shifts.</source>
        <translation>Les caissiers ne voient que leurs propres vacations.</translation>
    </message>
    <message>
        <source>Shift %1 does not exist.</source>
        <translation>La vacation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This desk has no name: set one in Settings before opening a shift.</source>
        <translation>Ce guichet n&apos;a pas de nom : donnez-lui en un dans les Paramètres avant d&apos;ouvrir une vacation.</translation>
    </message>
    <message>
        <source>You already have a shift open at %1: close it first.</source>
        <translation>Vous avez déjà une vacation ouverte au %1 : clôturez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 already has a shift open for %2: it must be closed first.</source>
        <translation>%1 a déjà une vacation ouverte pour %2 : elle doit d&apos;abord être clôturée.</translation>
    </message>
    <message>
        <source>The new shift&apos;s number was not returned.</source>
        <translation>Le numéro de la nouvelle vacation n&apos;a pas été renvoyé.</translation>
    </message>
    <message>
        <source>The new shift could not be read.</source>
        <translation>La nouvelle vacation n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>This shift was already closed at %1.</source>
        <translation>Cette vacation a déjà été clôturée le %1.</translation>
    </message>
    <message>
        <source>Only %1 or a supervisor can close this shift.</source>
        <translation>Seul %1 ou un superviseur peut clôturer cette vacation.</translation>
    </message>
    <message>
        <source>This shift&apos;s drawer is counted in %1.</source>
        <translation>Le tiroir de cette vacation se compte en %1.</translation>
    </message>
    <message>
        <source>The count is %1 short of the %2 the drawer should hold. Count again, or say why.</source>
        <translation>Il manque %1 sur les %2 que le tiroir devrait contenir. Recomptez, ou dites pourquoi.</translation>
    </message>
    <message>
        <source>The count is %1 over the %2 the drawer should hold. Count again, or say why.</source>
        <translation>Le comptage dépasse de %1 les %2 que le tiroir devrait contenir. Recomptez, ou dites pourquoi.</translation>
    </message>
    <message>
        <source>Someone else closed this shift a moment ago.</source>
        <translation>Quelqu&apos;un d&apos;autre vient de clôturer cette vacation.</translation>
    </message>
    <message>
        <source>The closed shift could not be read.</source>
        <translation>La vacation clôturée n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Shift reports are signed off by a supervisor or an admin.</source>
        <translation>Les rapports de vacation sont visés par un superviseur ou un administrateur.</translation>
    </message>
    <message>
        <source>This shift is still open: it is signed off after its close.</source>
        <translation>Cette vacation est encore ouverte : elle se vise après sa clôture.</translation>
    </message>
    <message>
        <source>This shift was already signed off as %1 by %2.</source>
        <translation>Cette vacation a déjà été visée sous le numéro %1 par %2.</translation>
    </message>
    <message>
        <source>A shift you worked or closed is signed off by another supervisor.</source>
        <translation>Une vacation que vous avez tenue ou clôturée est visée par un autre superviseur.</translation>
    </message>
    <message>
        <source>Someone else signed this shift off a moment ago.</source>
        <translation>Quelqu&apos;un d&apos;autre vient de viser cette vacation.</translation>
    </message>
    <message>
        <source>The signed shift could not be read.</source>
        <translation>La vacation visée n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>A shift was opened for you or this desk a moment ago.</source>
        <translation>Une vacation vient d&apos;être ouverte pour vous ou pour ce guichet.</translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <source>&lt;h2&gt;Shifts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Vacations&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Open shift…</source>
        <translation>&amp;Ouvrir la vacation…</translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation>&amp;Clôturer la vacation…</translation>
    </message>
    <message>
        <source>All shifts</source>
        <translation>Toutes les vacations</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Export list as CS&amp;V</source>
        <translation>Exporter la liste en CS&amp;V</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Rapport Z</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>&amp;Sign off…</source>
        <translation>&amp;Viser…</translation>
    </message>
    <message>
        <source>Save report as PDF (Ctrl+P)</source>
        <translation>Enregistrer le rapport en PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print s&amp;lip</source>
        <translation>Imprimer le &amp;ticket</translation>
    </message>
    <message>
        <source>%1; %2; %3</source>
        <translation>%1 ; %2 ; %3</translation>
    </message>
    <message>
        <source>every desk and cashier</source>
        <translation>tous les guichets et caissiers</translation>
    </message>
    <message>
        <source>cashier %1</source>
        <translation>caissier %1</translation>
    </message>
    <message>
        <source>Shifts could not be read: %1</source>
        <translation>Les vacations n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Your shift at %1 has been open since %2, with a float of %3.</source>
        <translation>Votre vacation au %1 est ouverte depuis %2, avec un fonds de caisse de %3.</translation>
    </message>
    <message>
        <source>You have no shift open. Open one with the float in the drawer before taking cash at %1.</source>
        <translation>Vous n&apos;avez pas de vacation ouverte. Ouvrez-en une avec le fonds de caisse avant d&apos;encaisser des espèces au %1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No shifts match.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune vacation ne correspond.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Ouvrir la vacation</translation>
    </message>
    <message>
        <source>Count the float in the drawer, note by note, before the first customer. The count is kept with the shift and printed on its report.</source>
        <translation>Comptez le fonds de caisse, billet par billet, avant le premier client. Le comptage est conservé avec la vacation et imprimé sur son rapport.</translation>
    </message>
    <message>
        <source>Shift %1 opened at %2 with a float of %3.</source>
        <translation>Vacation %1 ouverte au %2 avec un fonds de caisse de %3.</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Clôturer la vacation</translation>
    </message>
    <message>
        <source>Count all the cash in the drawer, float included. Paydesk compares it with what the drawer should hold only once you submit.</source>
        <translation>Comptez toutes les espèces du tiroir, fonds de caisse compris. Paydesk ne les compare à ce que le tiroir devrait contenir qu&apos;une fois le comptage validé.</translation>
    </message>
    <message>
        <source>Shift %1 closed: the drawer matches. A supervisor signs it off.</source>
        <translation>Vacation %1 clôturée : le tiroir correspond. Un superviseur la vise.</translation>
    </message>
    <message>
        <source>Shift %1 closed with a variance of %2. A supervisor signs it off.</source>
        <translation>Vacation %1 clôturée avec un écart de %2. Un superviseur la vise.</translation>
    </message>
    <message>
        <source>Sign off shift %1</source>
        <translation>Viser la vacation %1</translation>
    </message>
    <message>
        <source>%1&apos;s shift at %2: expected %3, counted %4, variance %5.
Your note (optional):</source>
        <translation>Vacation de %1 au %2 : attendu %3, compté %4, écart %5.
Votre note (facultative) :</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Viser</translation>
    </message>
    <message>
        <source>Signed off as %1.</source>
        <translation>Visée sous le numéro %1.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>This desk has no receipt printer set (Settings): save the report as PDF instead.</source>
        <translation>Ce guichet n&apos;a pas d&apos;imprimante de tickets (Paramètres) : enregistrez plutôt le rapport en PDF.</translation>
    </message>
    <message>
        <source>%1 printed.</source>
        <translation>%1 imprimé.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Shifts&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Vacations&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Vacations</translation>
    </message>
    <message>
        <source>Export list as PD&amp;F</source>
        <translation>Exporter la liste en PD&amp;F</translation>
    </message>
</context>
<context>
    <name>SimulatorPanel</name>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>Numéro de &amp;téléphone :</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session :</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variables</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>&amp;API calls</source>
        <translation>Appels d&apos;&amp;API</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value on this desk</source>
        <translation>Valeur sur ce poste</translation>
    </message>
    <message>
        <source>The flow&apos;s per-installation settings (settings.NAME) as this simulator uses them.</source>
        <translation>Les paramètres du flux propres à l&apos;installation (settings.NOM), tels que ce simulateur les utilise.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Record as test script…</source>
        <translation>&amp;Enregistrer comme script de test…</translation>
    </message>
    <message>
        <source>Save the session as a test script</source>
        <translation>Enregistrer la session comme script de test</translation>
    </message>
    <message>
        <source>USSD test scripts (*.json)</source>
        <translation>Scripts de test USSD (*.json)</translation>
    </message>
    <message>
        <source>Dial the service&apos;s code and press Send.</source>
        <translation>Composez le code du service et appuyez sur Envoyer.</translation>
    </message>
    <message>
        <source>none: the flow has errors (see the designer)</source>
        <translation>aucun : le flux contient des erreurs (voir le concepteur)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Connection problem or invalid MMI code.</source>
        <translation>Problème de connexion ou code MMI invalide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a USSD code: it starts with * and ends with #, like *999#.</source>
        <translation>« %1 » n&apos;est pas un code USSD : il commence par * et finit par #, comme *999#.</translation>
    </message>
    <message>
        <source>USSD code running…</source>
        <translation>Code USSD en cours…</translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation>Session terminée.</translation>
    </message>
    <message>
        <source>ended by the phone</source>
        <translation>terminée par le téléphone</translation>
    </message>
    <message numerus="yes">
        <source>The network cut this screen where a handset stops (182 GSM-7 or 80 other characters): %n character(s) not shown.</source>
        <translation>
            <numerusform>Le réseau a coupé cet écran là où un téléphone s&apos;arrête (182 caractères GSM-7 ou 80 autres) : %n caractère non affiché.</numerusform>
            <numerusform>Le réseau a coupé cet écran là où un téléphone s&apos;arrête (182 caractères GSM-7 ou 80 autres) : %n caractères non affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>ended (%1)</source>
        <translation>terminée (%1)</translation>
    </message>
    <message>
        <source>by the service</source>
        <translation>par le service</translation>
    </message>
    <message>
        <source>%1 left before the network drops it</source>
        <translation>%1 avant que le réseau ne la coupe</translation>
    </message>
    <message>
        <source>Session timed out.</source>
        <translation>Session expirée.</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>Request:
%1

Response:
%2</source>
        <translation>Requête :
%1

Réponse :
%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Recorded in the simulator on %1</source>
        <translation>Enregistré dans le simulateur le %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved the test script to %1; run it with paydesk-server ussd test FLOW SCRIPT.</source>
        <translation>Script de test enregistré dans %1 ; exécutez-le avec paydesk-server ussd test FLUX SCRIPT.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Invoice %1 issued</source>
        <translation>Facture %1 émise</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approuvée par %1</translation>
    </message>
    <message>
        <source>Refund of %1 requested</source>
        <translation>Remboursement de %1 demandé</translation>
    </message>
    <message>
        <source>%1 (approved by %2)</source>
        <translation>%1 (approuvé par %2)</translation>
    </message>
    <message>
        <source>Refund of %1 · %2</source>
        <translation>Remboursement de %1 · %2</translation>
    </message>
    <message>
        <source>Invoice voided</source>
        <translation>Facture annulée</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Top up the wallet</source>
        <translation>Recharger le portefeuille</translation>
    </message>
    <message>
        <source>Pay with a card or bank through Paystack; the wallet is credited once Paystack confirms the payment.</source>
        <translation>Payez par carte ou par banque via Paystack ; le portefeuille est crédité dès que Paystack confirme le paiement.</translation>
    </message>
    <message>
        <source>for example 5000</source>
        <translation>par exemple 5000</translation>
    </message>
    <message>
        <source>&amp;Amount (₦)</source>
        <translation>&amp;Montant (₦)</translation>
    </message>
    <message>
        <source>&amp;Get payment link</source>
        <translation>&amp;Obtenir le lien de paiement</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message>
        <source>Check now (F5)</source>
        <translation>Vérifier maintenant (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel this top-up</source>
        <translation>&amp;Annuler cette recharge</translation>
    </message>
    <message>
        <source>Cancelling: asking Paystack first whether it was paid…</source>
        <translation>Annulation : Paystack est d&apos;abord interrogé pour savoir si elle a été payée…</translation>
    </message>
    <message>
        <source>Top-ups need Paystack, which this desk does not call (it is on the shared database).</source>
        <translation>Les recharges passent par Paystack, que ce poste n&apos;appelle pas (il utilise la base partagée).</translation>
    </message>
    <message>
        <source>Set the vendor&apos;s email for Paystack receipts first (Settings, airtime/topup_email).</source>
        <translation>Indiquez d&apos;abord l&apos;e-mail du vendeur pour les reçus Paystack (Paramètres, airtime/topup_email).</translation>
    </message>
    <message>
        <source>Type the amount in whole naira, at least ₦100.</source>
        <translation>Saisissez le montant en nairas entiers, au moins 100 ₦.</translation>
    </message>
    <message>
        <source>Asking Paystack for a link…</source>
        <translation>Demande d&apos;un lien à Paystack…</translation>
    </message>
    <message>
        <source>No payment link: %1</source>
        <translation>Pas de lien de paiement : %1</translation>
    </message>
    <message>
        <source>Waiting for %1 to be paid. Scan the code or open the link; the payment is checked automatically.</source>
        <translation>En attente du paiement de %1. Scannez le code ou ouvrez le lien ; le paiement est vérifié automatiquement.</translation>
    </message>
    <message>
        <source>Paid: %1 added to the wallet.</source>
        <translation>Payé : %1 ajouté au portefeuille.</translation>
    </message>
    <message>
        <source>Not paid: %1 Nothing was added to the wallet.</source>
        <translation>Non payé : %1 Rien n&apos;a été ajouté au portefeuille.</translation>
    </message>
</context>
<context>
    <name>TopUpRepository</name>
    <message>
        <source>The top-up could not be read back.</source>
        <translation>La recharge n&apos;a pas pu être relue.</translation>
    </message>
    <message>
        <source>A top-up needs a reference and an amount above zero.</source>
        <translation>Une recharge demande une référence et un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>Paystack top-up %1</source>
        <translation>Recharge Paystack %1</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>A user name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Un nom d’utilisateur compte de 1 à 64 lettres, chiffres, points, tirets ou soulignés, et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>Le mot de passe doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation>Un utilisateur nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>Aucun utilisateur ne s’appelle « %1 ».</translation>
    </message>
</context>
<context>
    <name>UssdStudioPage</name>
    <message>
        <source>Si&amp;mulator</source>
        <translation>Si&amp;mulateur</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Sess&amp;ions</translation>
    </message>
    <message>
        <source>the airtime-999 sample</source>
        <translation>l&apos;exemple airtime-999</translation>
    </message>
    <message>
        <source>Desig&amp;ner</source>
        <translation>&amp;Concepteur</translation>
    </message>
</context>
<context>
    <name>VendorPanel</name>
    <message>
        <source>Compare with the provider&apos;s balance: F6</source>
        <translation>Comparer avec le solde du fournisseur : F6</translation>
    </message>
    <message>
        <source>Top up (F7)</source>
        <translation>Recharger (F7)</translation>
    </message>
    <message>
        <source>Compare (F6)</source>
        <translation>Comparer (F6)</translation>
    </message>
    <message>
        <source>Report (F9)</source>
        <translation>Rapport (F9)</translation>
    </message>
    <message>
        <source>Today by network</source>
        <translation>Aujourd&apos;hui par réseau</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Not settled yet</source>
        <translation>Pas encore réglées</translation>
    </message>
    <message>
        <source>Sales not settled yet</source>
        <translation>Ventes pas encore réglées</translation>
    </message>
    <message>
        <source>Check now (F5)</source>
        <translation>Vérifier maintenant (F5)</translation>
    </message>
    <message>
        <source>Wallet: cannot be read (%1)</source>
        <translation>Portefeuille : illisible (%1)</translation>
    </message>
    <message>
        <source>Wallet: %1</source>
        <translation>Portefeuille : %1</translation>
    </message>
    <message>
        <source>Airtime provider: not configured</source>
        <translation>Fournisseur de crédit : non configuré</translation>
    </message>
    <message>
        <source>Airtime provider: reachable</source>
        <translation>Fournisseur de crédit : joignable</translation>
    </message>
    <message>
        <source>Airtime provider: cannot be reached (%1). Sales are queued and sent when it is back.</source>
        <translation>Fournisseur de crédit : injoignable (%1). Les ventes sont mises en file et envoyées à son retour.</translation>
    </message>
    <message>
        <source>Every sale is settled.</source>
        <translation>Toutes les ventes sont réglées.</translation>
    </message>
    <message>
        <source>Asking the provider for its balance…</source>
        <translation>Demande du solde au fournisseur…</translation>
    </message>
    <message>
        <source>The provider&apos;s balance could not be read: %1</source>
        <translation>Le solde du fournisseur n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Provider: %1 (not comparable with the wallet&apos;s %2)</source>
        <translation>Fournisseur : %1 (non comparable aux %2 du portefeuille)</translation>
    </message>
    <message>
        <source>Provider: %1, the same as the wallet (with queued sales). Reconciled.</source>
        <translation>Fournisseur : %1, comme le portefeuille (ventes en file comprises). Rapproché.</translation>
    </message>
    <message>
        <source>Provider: %1, %2 less than the wallet expects (%3): fund the provider with the top-ups, or look for sales the provider counted and we did not.</source>
        <translation>Fournisseur : %1, soit %2 de moins qu&apos;attendu par le portefeuille (%3) : approvisionnez le fournisseur avec les recharges, ou cherchez des ventes qu&apos;il a comptées et pas nous.</translation>
    </message>
    <message>
        <source>Provider: %1, %2 more than the wallet expects (%3): funds not yet entered here, or a refund the provider made.</source>
        <translation>Fournisseur : %1, soit %2 de plus qu&apos;attendu par le portefeuille (%3) : fonds pas encore saisis ici, ou remboursement du fournisseur.</translation>
    </message>
    <message>
        <source>Networks (F10)</source>
        <translation>Réseaux (F10)</translation>
    </message>
    <message>
        <source>Paid by bank, not sold yet: %1  %2  %3 (%4)</source>
        <translation>Payé par la banque, pas encore vendu : %1  %2  %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <source>The wallet has %1; this sale needs %2. Top the wallet up first.</source>
        <translation>Le portefeuille contient %1 ; cette vente demande %2. Rechargez d&apos;abord le portefeuille.</translation>
    </message>
</context>
<context>
    <name>Webhooks</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON : %1 à l’octet %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no event name</source>
        <translation>pas de nom d’événement</translation>
    </message>
    <message>
        <source>no data object</source>
        <translation>pas d’objet data</translation>
    </message>
</context>
<context>
    <name>paydesk</name>
    <message>
        <source>Paydesk: hospital cashier desk and airtime kiosk on Paystack.</source>
        <translation>Paydesk : caisse d’hôpital et kiosque de crédit téléphonique sur Paystack.</translation>
    </message>
    <message>
        <source>Use this configuration file.</source>
        <translation>Utiliser ce fichier de configuration.</translation>
    </message>
    <message>
        <source>Use this database (sqlite:PATH or postgresql://user@host:port/db).</source>
        <translation>Utiliser cette base de données (sqlite:CHEMIN ou postgresql://utilisateur@hôte:port/base).</translation>
    </message>
    <message>
        <source>Show the interface in this language (en, fr).</source>
        <translation>Afficher l’interface dans cette langue (en, fr).</translation>
    </message>
    <message>
        <source>Training mode: a separate training database and the local Paystack sandbox; no real money moves.</source>
        <translation>Mode formation : une base de formation séparée et le bac à sable Paystack local ; aucun argent réel ne circule.</translation>
    </message>
    <message>
        <source>Load sample data (training mode only).</source>
        <translation>Charger des données d’exemple (mode formation uniquement).</translation>
    </message>
    <message>
        <source>Address of paydesk-sandbox in training mode.</source>
        <translation>Adresse de paydesk-sandbox en mode formation.</translation>
    </message>
    <message>
        <source>Invalid sandbox URL: %1</source>
        <translation>URL du bac à sable invalide : %1</translation>
    </message>
    <message>
        <source>--sample-data is only allowed with --training, so that sample accounts never reach a real desk&apos;s database.</source>
        <translation>--sample-data n’est permis qu’avec --training, afin que les comptes d’exemple n’atteignent jamais la base d’un vrai poste.</translation>
    </message>
    <message>
        <source>With --sample-data: also three months of generated payments, airtime and USSD sessions for the dashboard.</source>
        <translation>Avec --sample-data : aussi trois mois de paiements, de crédit et de sessions USSD générés pour le tableau de bord.</translation>
    </message>
    <message>
        <source>--sample-history is only allowed with --sample-data.</source>
        <translation>--sample-history n&apos;est permis qu&apos;avec --sample-data.</translation>
    </message>
</context>
<context>
    <name>paydesk-server</name>
    <message>
        <source>Paydesk server: shared database, payment worker and webhooks.</source>
        <translation>Serveur Paydesk : base partagée, traitement des paiements et webhooks.</translation>
    </message>
    <message>
        <source>Database URL (sqlite:PATH or postgresql://user@host:port/db).</source>
        <translation>URL de la base de données (sqlite:CHEMIN ou postgresql://utilisateur@hôte:port/base).</translation>
    </message>
    <message>
        <source>Configuration file.</source>
        <translation>Fichier de configuration.</translation>
    </message>
    <message>
        <source>Role of a new user: cashier, supervisor or admin.</source>
        <translation>Rôle d’un nouvel utilisateur : cashier, supervisor ou admin.</translation>
    </message>
    <message>
        <source>Display name of a new user.</source>
        <translation>Nom affiché d’un nouvel utilisateur.</translation>
    </message>
    <message>
        <source>Where serve listens: host:port, or off (default: the config file&apos;s server/address, else 127.0.0.1:8088).</source>
        <translation>Où serve écoute : hôte:port, ou off (par défaut : server/address du fichier de configuration, sinon 127.0.0.1:8088).</translation>
    </message>
    <message>
        <source>inbox: only rows in this state (received, processed, rejected, failed).</source>
        <translation>inbox : seulement les lignes dans cet état (received, processed, rejected, failed).</translation>
    </message>
    <message>
        <source>serve: Paystack&apos;s API address (default: the config file&apos;s, else https://api.paystack.co).</source>
        <translation>serve : adresse de l&apos;API Paystack (par défaut : celle du fichier de configuration, sinon https://api.paystack.co).</translation>
    </message>
    <message>
        <source>ussd test: a flow setting, NAME=VALUE (repeatable), e.g. api=http://127.0.0.1:8089.</source>
        <translation>ussd test : un réglage du flux, NOM=VALEUR (répétable), p. ex. api=http://127.0.0.1:8089.</translation>
    </message>
    <message>
        <source>serve, ussd test: VTpass&apos;s API address (default: the config file&apos;s airtime/vtpass_url).</source>
        <translation>serve, ussd test : l&apos;adresse de l&apos;API VTpass (par défaut : airtime/vtpass_url du fichier de configuration).</translation>
    </message>
    <message>
        <source>Currency of a price list&apos;s prices (default NGN).</source>
        <translation>Devise des prix d&apos;une liste de prix (NGN par défaut).</translation>
    </message>
    <message>
        <source>no command given; see --help</source>
        <translation>aucune commande ; voir --help</translation>
    </message>
    <message>
        <source>usage: ussd lint FILE</source>
        <translation>usage : ussd lint FICHIER</translation>
    </message>
    <message>
        <source>usage: ussd test FLOW.json SCRIPT.json [--setting NAME=VALUE] [--paystack-url URL] [--vtpass-url URL]</source>
        <translation>usage : ussd test FLUX.json SCRIPT.json [--setting NOM=VALEUR] [--paystack-url URL] [--vtpass-url URL]</translation>
    </message>
    <message>
        <source>--setting takes NAME=VALUE, not &quot;%1&quot;</source>
        <translation>--setting attend NOM=VALEUR, pas « %1 »</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>commande inconnue « %1 » ; voir --help</translation>
    </message>
    <message>
        <source>database ready at schema version %1: %2</source>
        <translation>base de données prête, schéma version %1 : %2</translation>
    </message>
    <message>
        <source>usage: ussd import FILE</source>
        <translation>usage : ussd import FICHIER</translation>
    </message>
    <message>
        <source>usage: ussd export CODE [FILE]</source>
        <translation>usage : ussd export CODE [FICHIER]</translation>
    </message>
    <message>
        <source>usage: inbox [--state S] [--format json|csv] | inbox replay ID</source>
        <translation>usage : inbox [--state S] [--format json|csv] | inbox replay ID</translation>
    </message>
    <message>
        <source>usage: pricelist import FILE.csv [--currency NGN]</source>
        <translation>usage : pricelist import FICHIER.csv [--currency NGN]</translation>
    </message>
    <message>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>devise inconnue « %1 »</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>line %1 rejected: %2</source>
        <translation>ligne %1 refusée : %2</translation>
    </message>
    <message>
        <source>price list: %1 added, %2 updated, %3 rejected</source>
        <translation>liste de prix : %1 ajoutés, %2 mis à jour, %3 refusés</translation>
    </message>
    <message>
        <source>usage: users add NAME --role ROLE [--name &quot;Full Name&quot;]; the password is read from stdin</source>
        <translation>usage : users add NOM --role RÔLE [--name &quot;Nom complet&quot;] ; le mot de passe est lu sur l’entrée standard</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: use cashier, supervisor or admin</source>
        <translation>rôle inconnu « %1 » : utilisez cashier, supervisor ou admin</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1 : </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Répétez le mot de passe : </translation>
    </message>
    <message>
        <source>the passwords do not match</source>
        <translation>les mots de passe ne correspondent pas</translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>%1 ajouté (%2)</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>verrouillé jusqu’à %1</translation>
    </message>
    <message>
        <source>usage: users unlock NAME</source>
        <translation>usage : users unlock NOM</translation>
    </message>
    <message>
        <source>unlocked %1</source>
        <translation>%1 déverrouillé</translation>
    </message>
    <message>
        <source>audit chain BROKEN at row %1: %2</source>
        <translation>chaîne d’audit ROMPUE à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>audit chain intact: %1 rows</source>
        <translation>chaîne d’audit intacte : %1 lignes</translation>
    </message>
    <message>
        <source>the admin token must be at least 24 characters</source>
        <translation>le jeton d’administration doit compter au moins 24 caractères</translation>
    </message>
    <message>
        <source>--paystack-url must be an http(s) address</source>
        <translation>--paystack-url doit être une adresse http(s)</translation>
    </message>
    <message>
        <source>no HTTP server (off)</source>
        <translation>pas de serveur HTTP (off)</translation>
    </message>
    <message>
        <source>paydesk-server ready (database %1, %2); stop with SIGTERM</source>
        <translation>paydesk-server prêt (base %1, %2) ; arrêt avec SIGTERM</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s)</source>
        <translation>%1 : %2 erreur(s), %3 avertissement(s)</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 contre %2</translation>
    </message>
    <message>
        <source>imported %1 (%2), revision %3</source>
        <translation>%1 (%2) importé, révision %3</translation>
    </message>
    <message>
        <source>no USSD service has the code %1</source>
        <translation>aucun service USSD n&apos;a le code %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation>%1 exporté vers %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <source>usage: export %1 [--from DAY] [--to DAY] [--format csv|json]</source>
        <translation>usage : export %1 [--from JOUR] [--to JOUR] [--format csv|json]</translation>
    </message>
    <message>
        <source>--format is csv or json</source>
        <translation>--format vaut csv ou json</translation>
    </message>
    <message>
        <source>inbox: json (default) or csv; reconcile: text (default) or json; export: csv (default) or json.</source>
        <translation>inbox : json (par défaut) ou csv ; reconcile : text (par défaut) ou json ; export : csv (par défaut) ou json.</translation>
    </message>
    <message>
        <source>reconcile: first day (YYYY-MM-DD, UTC; default today); export: first day in the hospital&apos;s calendar.</source>
        <translation>reconcile : premier jour (AAAA-MM-JJ, UTC ; aujourd&apos;hui par défaut) ; export : premier jour du calendrier de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>reconcile: last day (YYYY-MM-DD, UTC; default today); export: last day in the hospital&apos;s calendar.</source>
        <translation>reconcile : dernier jour (AAAA-MM-JJ, UTC ; aujourd&apos;hui par défaut) ; export : dernier jour du calendrier de l&apos;hôpital.</translation>
    </message>
    <message>
        <source>init | migrate | users add NAME | users list | users unlock NAME | audit verify | pricelist import FILE | inbox [replay ID] | reconcile | secret check | export payments|invoices|shifts|airtime|ussd-sessions|audit | ussd lint FILE | ussd test FLOW SCRIPT | ussd import FILE | ussd export CODE [FILE] | ussd list | serve</source>
        <translation>init | migrate | users add NOM | users list | users unlock NOM | audit verify | pricelist import FICHIER | inbox [replay ID] | reconcile | secret check | export payments|invoices|shifts|airtime|ussd-sessions|audit | ussd lint FICHIER | ussd test FLUX SCRIPT | ussd import FICHIER | ussd export CODE [FICHIER] | ussd list | serve</translation>
    </message>
</context>
<context>
    <name>paydesk::AppController</name>
    <message>
        <source>Paydesk – database</source>
        <translation>Paydesk – base de données</translation>
    </message>
    <message>
        <source>Paydesk cannot use its database.</source>
        <translation>Paydesk ne peut pas utiliser sa base de données.</translation>
    </message>
    <message>
        <source>%1

Database: %2
Settings file: %3

Start Paydesk with --database URL to use another database.</source>
        <translation>%1

Base de données : %2
Fichier de paramètres : %3

Lancez Paydesk avec --database URL pour utiliser une autre base.</translation>
    </message>
    <message>
        <source>&amp;Create a new empty database</source>
        <translation>&amp;Créer une nouvelle base vide</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
    <message>
        <source>The new database is used from the next start of Paydesk.</source>
        <translation>La nouvelle base de données sera utilisée au prochain démarrage de Paydesk.</translation>
    </message>
    <message>
        <source>paydesk-server confirms payments (live updates)</source>
        <translation>paydesk-server confirme les paiements (mises à jour en direct)</translation>
    </message>
    <message>
        <source>Live updates from paydesk-server interrupted: reconnecting</source>
        <translation>Mises à jour en direct de paydesk-server interrompues : reconnexion</translation>
    </message>
    <message>
        <source>Connecting to live updates from paydesk-server…</source>
        <translation>Connexion aux mises à jour en direct de paydesk-server…</translation>
    </message>
</context>
<context>
    <name>paydesk::ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>Accord du superviseur</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs a supervisor. The supervisor types their own name and password.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; exige un superviseur. Le superviseur saisit son propre nom et mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Superviseur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>%1 is not a supervisor.</source>
        <translation>%1 n&apos;est pas superviseur.</translation>
    </message>
</context>
<context>
    <name>paydesk::ConfirmationService</name>
    <message>
        <source>not started</source>
        <translation>pas démarrée</translation>
    </message>
    <message>
        <source>the webhook server is off</source>
        <translation>le serveur de webhooks est désactivé</translation>
    </message>
    <message>
        <source>no Paystack key to check webhook signatures with</source>
        <translation>aucune clé Paystack pour vérifier la signature des webhooks</translation>
    </message>
    <message>
        <source>Webhooks + polling (%1:%2)</source>
        <translation>Webhooks + interrogation (%1:%2)</translation>
    </message>
    <message>
        <source>Polling only: %1</source>
        <translation>Interrogation seule : %1</translation>
    </message>
</context>
<context>
    <name>paydesk::FirstRunWizard</name>
    <message>
        <source>Welcome to Paydesk</source>
        <translation>Bienvenue dans Paydesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;This database has no users yet. In the next step you create the &lt;b&gt;administrator&lt;/b&gt; account, who can then add cashiers and supervisors.&lt;/p&gt;&lt;p&gt;Database: &lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cette base de données n’a encore aucun utilisateur. À l’étape suivante, vous créez le compte &lt;b&gt;administrateur&lt;/b&gt;, qui pourra ensuite ajouter des caissiers et des superviseurs.&lt;/p&gt;&lt;p&gt;Base de données : &lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation>Compte administrateur</translation>
    </message>
    <message>
        <source>Choose a strong password: this account manages users, keys and settings.</source>
        <translation>Choisissez un mot de passe robuste : ce compte gère les utilisateurs, les clés et les paramètres.</translation>
    </message>
    <message>
        <source>for example: Main cashier, OPD</source>
        <translation>par exemple : Caisse principale, consultations</translation>
    </message>
    <message>
        <source>&amp;Desk name:</source>
        <translation>Nom du &amp;poste :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe :</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
</context>
<context>
    <name>paydesk::InvoiceEditor</name>
    <message>
        <source>Find a service or item: code or name</source>
        <translation>Chercher un service ou un article : code ou nom</translation>
    </message>
    <message>
        <source>&amp;Qty:</source>
        <translation>&amp;Qté :</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>A quantity is a whole number from 1 to %1.</source>
        <translation>Une quantité est un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>Discount / waiver (Ctrl+D)</source>
        <translation>Remise / exonération (Ctrl+D)</translation>
    </message>
    <message>
        <source>Free-text line (Ctrl+T)</source>
        <translation>Ligne libre (Ctrl+T)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>&amp;Save and take payment (Ctrl+Enter)</source>
        <translation>&amp;Enregistrer et encaisser (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel bill</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <source>Discard this bill?</source>
        <translation>Abandonner cette facture ?</translation>
    </message>
    <message>
        <source>&lt;h2&gt;New bill&lt;/h2&gt;&lt;p&gt;%1 · %2&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Nouvelle facture&lt;/h2&gt;&lt;p&gt;%1 · %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No price list item matches “%1”.</source>
        <translation>Aucun article de la liste de prix ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Choose the line to discount first (Tab to the lines, ↑/↓).</source>
        <translation>Choisissez d&apos;abord la ligne à remiser (Tab vers les lignes, ↑/↓).</translation>
    </message>
    <message>
        <source>A discount or waiver</source>
        <translation>Une remise ou une exonération</translation>
    </message>
    <message>
        <source>Discount on %1 (up to %2; type the full amount to waive it):</source>
        <translation>Remise sur %1 (jusqu&apos;à %2 ; saisissez le montant entier pour l&apos;exonérer) :</translation>
    </message>
    <message>
        <source>The discount cannot be more than the line (%1).</source>
        <translation>La remise ne peut dépasser la ligne (%1).</translation>
    </message>
    <message>
        <source>Discount “%1”: %2</source>
        <translation>Remise « %1 » : %2</translation>
    </message>
    <message>
        <source>A free-text line</source>
        <translation>Une ligne libre</translation>
    </message>
    <message>
        <source>Free-text line</source>
        <translation>Ligne libre</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Price of “%1”:</source>
        <translation>Prix de « %1 » :</translation>
    </message>
    <message>
        <source>Price “%1”: %2</source>
        <translation>Prix « %1 » : %2</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size: 16pt&apos;&gt;Total: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size: 16pt&apos;&gt;Total : %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Subtotal %1 · Discount %2 · VAT %3&lt;br&gt;&lt;span style=&apos;font-size: 16pt&apos;&gt;&lt;b&gt;Total: %4&lt;/b&gt;&lt;/span&gt;</source>
        <translation>Sous-total %1 · Remise %2 · TVA %3&lt;br&gt;&lt;span style=&apos;font-size: 16pt&apos;&gt;&lt;b&gt;Total : %4&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Add at least one item to the bill.</source>
        <translation>Ajoutez au moins un article à la facture.</translation>
    </message>
</context>
<context>
    <name>paydesk::InvoiceListModel</name>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
</context>
<context>
    <name>paydesk::InvoiceListPage</name>
    <message>
        <source>&lt;h2&gt;Invoices&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Factures&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Tout moyen</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) shown, newest first (last page in %1 ms). Enter opens, Esc goes back.</source>
        <translation>
            <numerusform>%n facture(s) affichée(s), les plus récentes d&apos;abord (dernière page en %1 ms). Entrée ouvre, Échap revient.</numerusform>
            <numerusform>%n facture(s) affichée(s), les plus récentes d&apos;abord (dernière page en %1 ms). Entrée ouvre, Échap revient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>Da&amp;tes :</translation>
    </message>
</context>
<context>
    <name>paydesk::InvoicePage</name>
    <message>
        <source>Take &amp;payment (Enter)</source>
        <translation>&amp;Encaisser (Entrée)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Retour (Échap)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Invoice not found&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Facture introuvable&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Invoice %1 · %2&lt;/h2&gt;&lt;p&gt;%3 (%4) · %5 · by %6&lt;br&gt;Total &lt;b&gt;%7&lt;/b&gt; · Paid %8 · Refunded %9 · Balance &lt;b&gt;%10&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Facture %1 · %2&lt;/h2&gt;&lt;p&gt;%3 (%4) · %5 · par %6&lt;br&gt;Total &lt;b&gt;%7&lt;/b&gt; · Payé %8 · Remboursé %9 · Solde &lt;b&gt;%10&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>paydesk::LoginDialog</name>
    <message>
        <source>Paydesk – Log in</source>
        <translation>Paydesk – Connexion</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log in to Paydesk&lt;/b&gt;</source>
        <translation>&lt;b&gt;Connexion à Paydesk&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Training mode. Sample accounts: %1 and %2, password &quot;%3&quot;.</source>
        <translation>Mode formation. Comptes d’exemple : %1 et %2, mot de passe « %3 ».</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d’utilisateur.</translation>
    </message>
</context>
<context>
    <name>paydesk::MainWindow</name>
    <message>
        <source>Paydesk</source>
        <translation>Paydesk</translation>
    </message>
    <message>
        <source>Paydesk – %1</source>
        <translation>Paydesk – %1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Poste</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation>&amp;À propos de Paydesk</translation>
    </message>
    <message>
        <source>About Paydesk</source>
        <translation>À propos de Paydesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paydesk %1&lt;/b&gt;&lt;p&gt;Hospital cashier desk, airtime kiosk and USSD studio on Paystack.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Paydesk %1&lt;/b&gt;&lt;p&gt;Caisse d’hôpital, kiosque de crédit téléphonique et studio USSD sur Paystack.&lt;/p&gt;&lt;p&gt;Sous licence GNU GPL version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Desk name:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Database:&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Server address:&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Configuration file:&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Nom du poste :&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Base de données :&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Adresse du serveur :&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Fichier de configuration :&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;Open settings…</source>
        <translation>&amp;Ouvrir les paramètres…</translation>
    </message>
    <message>
        <source>Paystack: sandbox %1</source>
        <translation>Paystack : bac à sable %1</translation>
    </message>
    <message>
        <source>Paystack key: %1</source>
        <translation>Clé Paystack : %1</translation>
    </message>
    <message>
        <source>Paystack test key</source>
        <translation>clé de test Paystack</translation>
    </message>
    <message>
        <source>Paystack sandbox</source>
        <translation>bac à sable Paystack</translation>
    </message>
    <message>
        <source>Confirmation starting…</source>
        <translation>Confirmation en cours de démarrage…</translation>
    </message>
    <message>
        <source>How this desk learns that a payment went through. Webhooks: Paystack tells the server at once. Polling: the desk asks Paystack about every payment in flight, every 10 to 60 seconds, and at every start; it confirms every payment even when no webhook can reach this desk. On the hospital network paydesk-server does both for every desk and tells this desk the moment a payment moves.</source>
        <translation>Comment ce poste apprend qu’un paiement a abouti. Webhooks : Paystack prévient le serveur aussitôt. Interrogation : le poste demande à Paystack où en est chaque paiement en cours, toutes les 10 à 60 secondes et à chaque démarrage ; il confirme chaque paiement même quand aucun webhook ne peut atteindre ce poste. Sur le réseau de l’hôpital, paydesk-server fait les deux pour tous les postes et prévient ce poste dès qu’un paiement change.</translation>
    </message>
</context>
<context>
    <name>paydesk::PatientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation>Modifier le patient</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation>&amp;Autres prénoms :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>0803 123 4567 or +234…</source>
        <translation>0803 123 4567 ou +234…</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Hospital &amp;number:</source>
        <translation>&amp;Numéro de dossier :</translation>
    </message>
    <message>
        <source>leave empty for the next number</source>
        <translation>laisser vide pour le numéro suivant</translation>
    </message>
    <message>
        <source>&amp;Known</source>
        <translation>&amp;Connue</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes :</translation>
    </message>
</context>
<context>
    <name>paydesk::PatientPage</name>
    <message>
        <source>New &amp;bill (Ctrl+B)</source>
        <translation>Nouvelle &amp;facture (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Edit patient (Ctrl+E)</source>
        <translation>&amp;Modifier le patient (Ctrl+E)</translation>
    </message>
    <message>
        <source>Back to search (Esc)</source>
        <translation>Retour à la recherche (Échap)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 · %3 · %4 · born %5&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 · %3 · %4 · né(e) le %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>pas d&apos;e-mail</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Invoices (Enter opens one: its lines, payments and timeline):</source>
        <translation>Factures (Entrée en ouvre une : lignes, paiements et historique) :</translation>
    </message>
</context>
<context>
    <name>paydesk::PatientSearchPage</name>
    <message>
        <source>&lt;h2&gt;Patients&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Patients&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Name, hospital number, phone or e-mail — or scan the card</source>
        <translation>Nom, numéro de dossier, téléphone ou e-mail — ou scannez la carte</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nouveau patient</translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation>Enregistrer un nouveau patient (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Invoices (Ctrl+I)</source>
        <translation>&amp;Factures (Ctrl+I)</translation>
    </message>
    <message>
        <source>Hospital no.</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Type to search. ↑/↓ choose, Enter opens, Ctrl+N registers a new patient.</source>
        <translation>Tapez pour chercher. ↑/↓ pour choisir, Entrée pour ouvrir, Ctrl+N pour enregistrer un nouveau patient.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>No patient matches. Press Ctrl+N to register one.</source>
        <translation>Aucun patient ne correspond. Ctrl+N pour en enregistrer un.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s). ↑/↓ choose, Enter opens.</source>
        <translation>
            <numerusform>%n patient(s). ↑/↓ pour choisir, Entrée pour ouvrir.</numerusform>
            <numerusform>%n patient(s). ↑/↓ pour choisir, Entrée pour ouvrir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentDialog</name>
    <message>
        <source>Payment – invoice %1</source>
        <translation>Paiement – facture %1</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation>&amp;Terminal</translation>
    </message>
    <message>
        <source>Pay-by-&amp;link / QR</source>
        <translation>Paiement par &amp;lien / QR</translation>
    </message>
    <message>
        <source>Bank &amp;USSD</source>
        <translation>&amp;USSD bancaire</translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation>&amp;Espèces</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Moyen :</translation>
    </message>
    <message>
        <source>&amp;Bank (USSD):</source>
        <translation>&amp;Banque (USSD) :</translation>
    </message>
    <message>
        <source>Cash te&amp;ndered:</source>
        <translation>Espèces &amp;remises :</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Monnaie :</translation>
    </message>
    <message>
        <source>Take &amp;payment (Enter)</source>
        <translation>&amp;Encaisser (Entrée)</translation>
    </message>
    <message>
        <source>Check now (F5)</source>
        <translation>Vérifier maintenant (F5)</translation>
    </message>
    <message>
        <source>Re-push to terminal (F6)</source>
        <translation>Renvoyer au terminal (F6)</translation>
    </message>
    <message>
        <source>Cancel payment (F8)</source>
        <translation>Annuler le paiement (F8)</translation>
    </message>
    <message>
        <source>Save receipt PDF (Ctrl+S)</source>
        <translation>Enregistrer le reçu PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>Imprimer le reçu (Ctrl+P)</translation>
    </message>
    <message>
        <source>Receipt printer (Ctrl+R)</source>
        <translation>Imprimante de reçus (Ctrl+R)</translation>
    </message>
    <message>
        <source>Another payment (Ctrl+N)</source>
        <translation>Autre paiement (Ctrl+N)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>The invoice no longer exists.</source>
        <translation>La facture n&apos;existe plus.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Invoice %1 · %2&lt;/h3&gt;&lt;p&gt;Total &lt;b&gt;%3&lt;/b&gt; · Paid %4 · Balance &lt;b&gt;%5&lt;/b&gt; · %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Facture %1 · %2&lt;/h3&gt;&lt;p&gt;Total &lt;b&gt;%3&lt;/b&gt; · Payé %4 · Solde &lt;b&gt;%5&lt;/b&gt; · %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>not enough cash</source>
        <translation>espèces insuffisantes</translation>
    </message>
    <message>
        <source>Amount “%1”: %2</source>
        <translation>Montant « %1 » : %2</translation>
    </message>
    <message>
        <source>Cash tendered “%1”: %2</source>
        <translation>Espèces remises « %1 » : %2</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Payé %1</translation>
    </message>
    <message>
        <source>Waiting for card on terminal %1</source>
        <translation>En attente de la carte sur le terminal %1</translation>
    </message>
    <message>
        <source>Waiting for the customer to pay by link</source>
        <translation>En attente du paiement du client par lien</translation>
    </message>
    <message>
        <source>Waiting for the customer to dial the code</source>
        <translation>En attente que le client compose le code</translation>
    </message>
    <message>
        <source>Sent to terminal %1</source>
        <translation>Envoyé au terminal %1</translation>
    </message>
    <message>
        <source>Sent to Paystack</source>
        <translation>Envoyé à Paystack</translation>
    </message>
    <message>
        <source>Preparing the %1 payment…</source>
        <translation>Préparation du paiement (%1)…</translation>
    </message>
    <message>
        <source>Checking with Paystack…</source>
        <translation>Vérification auprès de Paystack…</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Paiement échoué</translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <translation>Paiement annulé</translation>
    </message>
    <message>
        <source>Payment expired</source>
        <translation>Paiement expiré</translation>
    </message>
    <message>
        <source>Receipt %1 saved: %2</source>
        <translation>Reçu %1 enregistré : %2</translation>
    </message>
    <message>
        <source>Receipt %1 sent to the printer.</source>
        <translation>Reçu %1 envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Receipt %1 printed.</source>
        <translation>Reçu %1 imprimé.</translation>
    </message>
    <message>
        <source>Refund… (Ctrl+F)</source>
        <translation>Rembourser… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Refund of %1: %2. %3</source>
        <translation>Remboursement de %1 : %2. %3</translation>
    </message>
    <message>
        <source>A refund</source>
        <translation>Un remboursement</translation>
    </message>
    <message>
        <source>This payment has no record to refund.</source>
        <translation>Ce paiement n&apos;a pas d&apos;enregistrement à rembourser.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Amount to refund (at most %1):</source>
        <translation>Montant à rembourser (au plus %1) :</translation>
    </message>
    <message>
        <source>Why is it refunded?</source>
        <translation>Pourquoi est-il remboursé ?</translation>
    </message>
    <message>
        <source>Refund of %1: %2.</source>
        <translation>Remboursement de %1 : %2.</translation>
    </message>
    <message>
        <source>Cancelling: paydesk-server is on it.</source>
        <translation>Annulation : paydesk-server s’en occupe.</translation>
    </message>
    <message>
        <source>Pushing to the terminal again: paydesk-server is on it.</source>
        <translation>Nouvel envoi au terminal : paydesk-server s’en occupe.</translation>
    </message>
    <message>
        <source>Checking with Paystack: paydesk-server is on it.</source>
        <translation>Vérification auprès de Paystack : paydesk-server s’en occupe.</translation>
    </message>
</context>
<context>
    <name>paydesk::QrWidget</name>
    <message>
        <source>Payment link QR code</source>
        <translation>Code QR du lien de paiement</translation>
    </message>
</context>
<context>
    <name>paydesk::SettingsDialog</name>
    <message>
        <source>Paydesk settings</source>
        <translation>Paramètres de Paydesk</translation>
    </message>
    <message>
        <source>sqlite:/path/to/paydesk.sqlite3 or postgresql://user@host:5432/paydesk</source>
        <translation>sqlite:/chemin/vers/paydesk.sqlite3 ou postgresql://utilisateur@hôte:5432/paydesk</translation>
    </message>
    <message>
        <source>&quot;off&quot;, 127.0.0.1:8088 (this PC only) or a LAN address such as 192.168.1.20:8088</source>
        <translation>« off », 127.0.0.1:8088 (ce PC uniquement) ou une adresse du réseau local comme 192.168.1.20:8088</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Desk name:</source>
        <translation>Nom du &amp;poste :</translation>
    </message>
    <message>
        <source>Data&amp;base URL:</source>
        <translation>URL de la &amp;base :</translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation>Mot de passe de la &amp;base :</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur :</translation>
    </message>
    <message>
        <source>Paystack &amp;API address:</source>
        <translation>Adresse de l’&amp;API Paystack :</translation>
    </message>
    <message>
        <source>Paystack secret &amp;key:</source>
        <translation>&amp;Clé secrète Paystack :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain (%1), never in the settings file.</source>
        <translation>Les secrets sont conservés dans le trousseau du système (%1), jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Do not put the password in the database URL: enter it in the password field, which keeps it in the keychain.</source>
        <translation>Ne mettez pas le mot de passe dans l’URL de la base : saisissez-le dans le champ mot de passe, qui le garde dans le trousseau.</translation>
    </message>
    <message>
        <source>The server address must be &quot;off&quot; or an IP address and port, such as 127.0.0.1:8088.</source>
        <translation>L’adresse du serveur doit être « off » ou une adresse IP et un port, comme 127.0.0.1:8088.</translation>
    </message>
    <message>
        <source>The Paystack API address must be a web address such as https://api.paystack.co.</source>
        <translation>L’adresse de l’API Paystack doit être une adresse web comme https://api.paystack.co.</translation>
    </message>
    <message>
        <source>Paystack must be reached over https.</source>
        <translation>Paystack doit être joint en https.</translation>
    </message>
    <message>
        <source>The settings were saved, but the secret could not be stored: %1</source>
        <translation>Les paramètres sont enregistrés, mais le secret n’a pas pu être conservé : %1</translation>
    </message>
    <message>
        <source>Load terminals (F5)</source>
        <translation>Charger les terminaux (F5)</translation>
    </message>
    <message>
        <source>Paystack &amp;Terminal:</source>
        <translation>&amp;Terminal Paystack :</translation>
    </message>
    <message>
        <source>/dev/usb/lp0 or tcp://192.168.1.50:9100 (optional)</source>
        <translation>/dev/usb/lp0 ou tcp://192.168.1.50:9100 (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Receipt printer:</source>
        <translation>Imprimante de &amp;reçus :</translation>
    </message>
    <message>
        <source>80 mm (48 columns)</source>
        <translation>80 mm (48 colonnes)</translation>
    </message>
    <message>
        <source>58 mm (32 columns)</source>
        <translation>58 mm (32 colonnes)</translation>
    </message>
    <message>
        <source>Receipt &amp;width:</source>
        <translation>&amp;Largeur des reçus :</translation>
    </message>
    <message>
        <source>Log in to a desk to list its Paystack terminals.</source>
        <translation>Connectez-vous à un poste pour lister ses terminaux Paystack.</translation>
    </message>
    <message>
        <source>This Paystack integration has no terminals.</source>
        <translation>Cette intégration Paystack n&apos;a aucun terminal.</translation>
    </message>
</context>
<context>
    <name>paydesk::ThermalPrinter</name>
    <message>
        <source>No receipt printer is set for this desk.</source>
        <translation>Aucune imprimante de reçus n&apos;est définie pour ce poste.</translation>
    </message>
    <message>
        <source>The printer address %1 has no host.</source>
        <translation>L&apos;adresse d&apos;imprimante %1 n&apos;a pas d&apos;hôte.</translation>
    </message>
    <message>
        <source>The printer at %1 did not answer in time.</source>
        <translation>L&apos;imprimante %1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The printer at %1: %2</source>
        <translation>L&apos;imprimante %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open the printer %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;imprimante %1 : %2</translation>
    </message>
    <message>
        <source>Writing to the printer %1 failed: %2</source>
        <translation>L&apos;écriture vers l&apos;imprimante %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>paydesk::TrainingBanner</name>
    <message>
        <source>Training mode</source>
        <translation>Mode formation</translation>
    </message>
    <message>
        <source>TRAINING – no real money moves</source>
        <translation>FORMATION – aucun argent réel ne circule</translation>
    </message>
    <message>
        <source>TRAINING – no real money moves (%1)</source>
        <translation>FORMATION – aucun argent réel ne circule (%1)</translation>
    </message>
</context>
<context>
    <name>paydesk::airtime::CustomerPaymentService</name>
    <message>
        <source>Paystack gave no code to dial: %1</source>
        <translation>Paystack n&apos;a donné aucun code à composer : %1</translation>
    </message>
    <message>
        <source>Paystack says %1 was paid, not %2: ask a supervisor to check it.</source>
        <translation>Paystack indique que %1 a été payé, et non %2 : demandez à un superviseur de vérifier.</translation>
    </message>
    <message>
        <source>Not paid: %1.</source>
        <translation>Non payé : %1.</translation>
    </message>
    <message>
        <source>The kiosk stopped before Paystack gave the code to dial; nothing was paid.</source>
        <translation>Le kiosque s&apos;est arrêté avant que Paystack ne donne le code ; rien n&apos;a été payé.</translation>
    </message>
    <message>
        <source>Cancelled by %1 before it was paid.</source>
        <translation>Annulé par %1 avant le paiement.</translation>
    </message>
    <message numerus="yes">
        <source>The code was not dialled within %n minute(s).</source>
        <translation>
            <numerusform>Le code n&apos;a pas été composé dans la minute (%n).</numerusform>
            <numerusform>Le code n&apos;a pas été composé dans les %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paystack could not be asked whether it was paid (%1); still checking.</source>
        <translation>Impossible de demander à Paystack si le paiement a eu lieu (%1) ; la vérification continue.</translation>
    </message>
    <message>
        <source>Paid, but the sale could not be made: %1 It is made as soon as that is fixed (after a top-up, or at the next start).</source>
        <translation>Payé, mais la vente n&apos;a pas pu être faite : %1 Elle sera faite dès que ce sera réglé (après un rechargement, ou au prochain démarrage).</translation>
    </message>
</context>
<context>
    <name>paydesk::airtime::TopUpService</name>
    <message>
        <source>Paystack says %1 was paid, not %2: ask a supervisor to check it.</source>
        <translation>Paystack indique %1 payé, et non %2 : demandez à un superviseur de vérifier.</translation>
    </message>
    <message>
        <source>Paystack: the payment %1 (%2).</source>
        <translation>Paystack : le paiement est %1 (%2).</translation>
    </message>
    <message>
        <source>Cancelled by %1 before it was paid.</source>
        <translation>Annulée par %1 avant paiement.</translation>
    </message>
    <message numerus="yes">
        <source>Not paid within %n minute(s).</source>
        <translation>
            <numerusform>Non payée en %n minute.</numerusform>
            <numerusform>Non payée en %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::airtime::VtpassProvider</name>
    <message>
        <source>VTpass refused the API keys.</source>
        <translation>VTpass a refusé les clés d&apos;API.</translation>
    </message>
    <message>
        <source>VTpass gave an answer that is not JSON (HTTP %1); checking again.</source>
        <translation>VTpass a répondu autre chose que du JSON (HTTP %1) ; nouvelle vérification.</translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation>Livré.</translation>
    </message>
    <message>
        <source>VTpass reversed the sale (%1).</source>
        <translation>VTpass a annulé la vente (%1).</translation>
    </message>
    <message>
        <source>VTpass is processing it (%1).</source>
        <translation>VTpass la traite (%1).</translation>
    </message>
    <message>
        <source>VTpass is processing it (%1 %2).</source>
        <translation>VTpass la traite (%1 %2).</translation>
    </message>
    <message>
        <source>VTpass says the sale failed (016).</source>
        <translation>VTpass indique que la vente a échoué (016).</translation>
    </message>
    <message>
        <source>VTpass did not process the sale (091).</source>
        <translation>VTpass n&apos;a pas traité la vente (091).</translation>
    </message>
    <message>
        <source>The VTpass wallet is too low for this sale (018): fund it.</source>
        <translation>Le portefeuille VTpass est insuffisant pour cette vente (018) : approvisionnez-le.</translation>
    </message>
    <message>
        <source>This number was topped up with the same network less than 30 seconds ago (019).</source>
        <translation>Ce numéro a été rechargé sur le même réseau il y a moins de 30 secondes (019).</translation>
    </message>
    <message>
        <source>VTpass refused the account (%1 %2).</source>
        <translation>VTpass a refusé le compte (%1 %2).</translation>
    </message>
    <message>
        <source>VTpass refused the request (%1 %2).</source>
        <translation>VTpass a refusé la requête (%1 %2).</translation>
    </message>
    <message>
        <source>VTpass already has this request; checking how it went.</source>
        <translation>VTpass a déjà cette requête ; vérification de son issue.</translation>
    </message>
    <message>
        <source>VTpass has no record of this request (015).</source>
        <translation>VTpass n&apos;a aucune trace de cette requête (015).</translation>
    </message>
    <message>
        <source>VTpass answered %1 %2, which is not a final answer; checking again.</source>
        <translation>VTpass a répondu %1 %2, ce qui n&apos;est pas définitif ; nouvelle vérification.</translation>
    </message>
    <message>
        <source>VTpass cannot be reached (%1).</source>
        <translation>VTpass est injoignable (%1).</translation>
    </message>
    <message>
        <source>VTpass did not answer in time; checking again.</source>
        <translation>VTpass n&apos;a pas répondu à temps ; nouvelle vérification.</translation>
    </message>
    <message>
        <source>The connection to VTpass broke (%1); checking again.</source>
        <translation>La connexion à VTpass a été coupée (%1) ; nouvelle vérification.</translation>
    </message>
    <message>
        <source>VTpass&apos;s balance could not be read (%1).</source>
        <translation>Le solde VTpass n&apos;a pas pu être lu (%1).</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>VTpass&apos;s balance answer could not be read.</source>
        <translation>La réponse de VTpass sur le solde est illisible.</translation>
    </message>
    <message>
        <source>the VTpass API key is not set</source>
        <translation>la clé d&apos;API VTpass n&apos;est pas définie</translation>
    </message>
    <message>
        <source>the VTpass secret or public key is not set</source>
        <translation>la clé secrète ou publique VTpass n&apos;est pas définie</translation>
    </message>
</context>
<context>
    <name>paydesk::dashboard::DashboardPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>Tous les guichets</translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation>Tous les caissiers</translation>
    </message>
    <message>
        <source>All methods</source>
        <translation>Tous les moyens</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Tous les réseaux</translation>
    </message>
    <message>
        <source>All USSD services</source>
        <translation>Tous les services USSD</translation>
    </message>
    <message>
        <source>De&amp;sk:</source>
        <translation>Gui&amp;chet :</translation>
    </message>
    <message>
        <source>Cas&amp;hier:</source>
        <translation>Cai&amp;ssier :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Moyen :</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>Rése&amp;au :</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>Ser&amp;vice :</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>Relire les chiffres (F5)</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Encaissé</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Success rate (card, link, USSD)</source>
        <translation>Taux de réussite (carte, lien, USSD)</translation>
    </message>
    <message>
        <source>Average push to paid</source>
        <translation>Délai moyen jusqu&apos;au paiement</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Unknown outcomes</source>
        <translation>Issues inconnues</translation>
    </message>
    <message>
        <source>Webhook lag (p50 / p95)</source>
        <translation>Retard des webhooks (p50 / p95)</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Waivers and discounts</source>
        <translation>Exonérations et remises</translation>
    </message>
    <message>
        <source>Revenue per day</source>
        <translation>Recettes par jour</translation>
    </message>
    <message>
        <source>Per cashier</source>
        <translation>Par caissier</translation>
    </message>
    <message>
        <source>Per desk</source>
        <translation>Par guichet</translation>
    </message>
    <message>
        <source>Payments by hour</source>
        <translation>Paiements par heure</translation>
    </message>
    <message>
        <source>Airtime by network</source>
        <translation>Crédit par réseau</translation>
    </message>
    <message>
        <source>USSD sessions</source>
        <translation>Sessions USSD</translation>
    </message>
    <message>
        <source>&amp;List the payments…</source>
        <translation>&amp;Lister les paiements…</translation>
    </message>
    <message>
        <source>Every payment of the period and filters; a click on a bar lists the ones behind it</source>
        <translation>Tous les paiements de la période et des filtres ; un clic sur une barre liste ceux qui la composent</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Lecture des chiffres…</translation>
    </message>
    <message>
        <source>average %1</source>
        <translation>moyenne %1</translation>
    </message>
    <message>
        <source>%1 declined, %2 abandoned of %3</source>
        <translation>%1 refusés, %2 abandonnés sur %3</translation>
    </message>
    <message numerus="yes">
        <source>over %n successful payment(s)</source>
        <translation>
            <numerusform>sur %n paiement réussi</numerusform>
            <numerusform>sur %n paiements réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n paiement</numerusform>
            <numerusform>%n paiements</numerusform>
        </translation>
    </message>
    <message>
        <source>under 15 min: %1 · 15–60 min: %2 · over 1 h: %3 · over a day: %4</source>
        <translation>moins de 15 min : %1 · 15–60 min : %2 · plus d&apos;1 h : %3 · plus d&apos;un jour : %4</translation>
    </message>
    <message>
        <source>payments %1 (%2), refunds %3, airtime %4</source>
        <translation>paiements %1 (%2), remboursements %3, crédit %4</translation>
    </message>
    <message>
        <source>≤ %1 / ≤ %2</source>
        <translation>≤ %1 / ≤ %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) from Paystack</source>
        <translation>
            <numerusform>%n webhook de Paystack</numerusform>
            <numerusform>%n webhooks de Paystack</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n remboursement</numerusform>
            <numerusform>%n remboursements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · updated %2 · live</source>
        <translation>%1 · mis à jour à %2 · en direct</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1:00</source>
        <translation>%1 h</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) waived; discounts: %1 on %2</source>
        <translation>
            <numerusform>%n ligne exonérée ; remises : %1 sur %2</numerusform>
            <numerusform>%n lignes exonérées ; remises : %1 sur %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>Journal d&apos;a&amp;udit…</translation>
    </message>
    <message>
        <source>&amp;Webhook inbox…</source>
        <translation>Boîte des &amp;webhooks…</translation>
    </message>
    <message>
        <source>Paystack&apos;s deliveries: what each matched, which failed; replay</source>
        <translation>Les envois de Paystack : à quoi chacun se rattache, lesquels ont échoué ; rejouer</translation>
    </message>
</context>
<context>
    <name>paydesk::dashboard::PaymentsBehindDialog</name>
    <message>
        <source>Payments: %1</source>
        <translation>Paiements : %1</translation>
    </message>
    <message>
        <source>Reading the payments…</source>
        <translation>Lecture des paiements…</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Payé le</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n payment(s), totalling %1 (there are more: narrow the period).</source>
        <translation>
            <numerusform>Le dernier paiement (%n), total %1 (il y en a d&apos;autres : réduisez la période).</numerusform>
            <numerusform>Les %n derniers paiements, total %1 (il y en a d&apos;autres : réduisez la période).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), totalling %1.</source>
        <translation>
            <numerusform>%n paiement, total %1.</numerusform>
            <numerusform>%n paiements, total %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::dashboard::StatsChart</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>Rien sur cette période.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
</context>
</TS>
