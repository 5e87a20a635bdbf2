<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AirtimeCatalog</name>
    <message>
        <source>%1 airtime is not sold here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 airtime is sold in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime is sold in whole %1, without %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AirtimePage</name>
    <message>
        <source>Customer&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0803 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much airtime?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other amount (whole naira):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print slip (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 started on %2. Numbers can move between networks: ask the customer and change it if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 started on %2, which this kiosk does not sell. Ask the customer which network the number is on now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network of %1 is not known: ask the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The airtime provider of this kiosk does not sell %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an amount or type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount. Type whole naira, such as 1500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; airtime&lt;/p&gt;&lt;p&gt;to &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;for &lt;b&gt;%3&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number started on %1; the customer chose %2. Airtime for the wrong network cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 airtime to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1, request %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded and paid for. The provider cannot be reached now, so it will be sent automatically when the link is back. The customer does not need to pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was delivered. Provider transaction %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: do not refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been confirmed by the provider yet (%2). It is checked automatically; the customer may already have the airtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: give the customer %1 back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not delivered (%2). The wallet has been credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer is set (Settings): save the receipt as PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip for sale %1 printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer pays by bank USSD (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTBank *737#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UBA *919#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterling *822#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zenith *966#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer dials this code on their phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel payment (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Paystack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank USSD payments are for naira only: take cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Paystack for the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to dial the code on the phone registered with their bank and approve %1. The airtime is sent as soon as Paystack confirms the payment; this is checked automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: %1 received. Sending the airtime…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid: %1 Nothing was taken from the customer; take cash or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the sale (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: checking with Paystack first…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AirtimeReceipt</name>
    <message>
        <source>DELIVERED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered: the amount is due back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid and queued: sent automatically when the provider is reachable. Keep this slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed yet: do not refund. Keep this slip until the airtime arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AIRTIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank USSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment ref</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AirtimeReport</name>
    <message numerus="yes">
        <source>Delivered: %n sale(s)</source>
        <translation>
            <numerusform>Delivered: %n sale</numerusform>
            <numerusform>Delivered: %n sales</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, commission %2. Failed: %3. Not settled yet: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime report, %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average time to delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average to delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing failed or is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AirtimeReportDialog</name>
    <message>
        <source>Airtime report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Adding up the sales…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AirtimeSale</name>
    <message>
        <source>Queued: will be sent when the provider can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: nothing was delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: the provider is processing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: no clear answer yet, checking with the provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>row %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 does not follow the row before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest rows after row %1 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is for supervisors and admins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2; by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is broken at entry %1: %2. Entries from there on cannot be trusted; tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the latest %1 entries are shown: narrow the period or the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashCount</name>
    <message>
        <source>%1 is not a note or coin of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count between 0 and %1 pieces of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count has no known currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count has an unreadable line &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashCountDialog</name>
    <message>
        <source>&lt;b&gt;Note or coin&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pieces&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Value&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Total&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why the count differs:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Airtime networks and prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers keep their network when they move, so the table only pre-selects it. To add a new prefix range: export the table, edit the JSON (keep &quot;as_of&quot; up to date), and import it. It applies from the next customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import… (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 networks, %2 prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved table cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: the table saved by %1 on %2, as of %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: the table built into Paydesk, as of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the airtime table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an airtime table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be an airtime table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: as of %1. It applies from the next customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the built-in table. It applies from the next customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>The airtime catalog saved by %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may change the airtime networks and prefixes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--state is one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: inbox replay ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no inbox row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 was rejected (not a Paystack event): nothing to replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox row %1 queued again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to are dates (YYYY-MM-DD), --from not after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciliation %1 to %2: %3 matched, %4 fixed, %5 missing on our side, %6 missing at Paystack, %7 amount mismatches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPaymentRepository</name>
    <message>
        <source>The payment could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Statistics are for supervisors and admins; %1 is a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s first day is after its last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>SQLite refused PRAGMA %1 = %2 (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Paydesk database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid database URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database name after the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only sqlite: and postgresql:// are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file path after sqlite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1, but this Paydesk only knows versions up to %2. Install the newer Paydesk that upgraded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) would leave a row of %3 pointing at nothing in %4; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowDesigner</name>
    <message>
        <source>when %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each screen with the screens it leads to; Enter on a target goes there, Delete removes a screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on a problem opens its screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a USSD flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USSD flows (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the USSD flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;ssage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a USSD flow (over 1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1, with the errors listed: fix them before it is served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: fix the errors listed first (a flow with errors never reaches a phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (revision %2); paydesk-server serves it from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (revision %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this flow in the simulator (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors listed to simulate this flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin may save flows to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linter finds no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the %1 screen &quot;%2&quot;; link to it from another screen&apos;s options or targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; (Ctrl+Z brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add screen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowDocument</name>
    <message>
        <source>the file is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screen id starts with a letter and holds only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a screen called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add screen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete screen %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowRepository</name>
    <message>
        <source>Only an administrator may change the USSD services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow has errors; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USSD service has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This libmicrohttpd was built without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no refund of ours matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no payment of ours matches (reference %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook inbox is for supervisors and admins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every delivery from Paystack, newest first. A delivery that could not be applied is tried again on its own; Replay applies it again now. Rejected deliveries were not Paystack events and have nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the inbox again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the chosen delivery again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedupe key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the inbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 was not replayed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 is queued to be applied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 is no longer in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 was rejected (not a Paystack event): nothing to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries in this state (read at %1, following the inbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 deliveries are shown (read at %2, following the inbox); paydesk-server inbox lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries shown: %1 (read at %2, following the inbox).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bill needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line has no description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the price is not in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discount must be between zero and the line&apos;s amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill&apos;s total is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>The number counter did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item on this bill is no longer in the price list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer offered (inactive in the price list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts, waivers and free-text lines need a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new invoice&apos;s id was not returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new invoice could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the invoice is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding an invoice needs a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment for this invoice is still in progress: finish or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open invoice with nothing paid can be voided; refund the payments instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskKeypad</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListenAddress</name>
    <message>
        <source>&quot;%1&quot; is not &quot;off&quot; or an IP address and port, such as 127.0.0.1:8088.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed logins until %1. A supervisor or admin can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login could not be recorded in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>A %1 mobile number has %2 digits after the 0 (or after +%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That number has too many digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has only digits (spaces and dashes are fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime is sold here for %1 numbers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number with its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0%1 is not a %2 mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount has no currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts are in different currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount contains a character that is not a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has more decimal places than the currency allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thousands separators are in the wrong places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patients</name>
    <message>
        <source>This is not a hospital number in this hospital&apos;s format (for example HN-000123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the patient&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the patient&apos;s surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address is not complete (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future or before 1890.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital number %1 already belongs to another patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new patient&apos;s record number was not returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A registered patient keeps a hospital number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentAttempt</name>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay-by-link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank USSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown, checking with Paystack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentAttempts</name>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has no Paystack Terminal: choose one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash tendered must cover the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice is %1: it takes no payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 is left to pay once the payments in progress are counted: overpayment is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 is left to pay on this invoice: overpayment is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 is busy with another payment: finish or cancel that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new payment&apos;s id was not returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash %1 received, change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new payment could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment attempt %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is marked paid only with Paystack&apos;s verified amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack reports %1 where %2 was asked: not marked paid, a supervisor must review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice cannot take this payment (already paid, void, or another currency): a supervisor must review it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentEngine</name>
    <message>
        <source>%1 x%2 (after discount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Paystack customer was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link ready: show the QR code or send the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack refused the USSD charge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USSD charge created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer to dial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part payment of invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment request %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 is offline: switch it on or check its network, then press Check now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1 is busy with another payment: finish it on the terminal, then press Check now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to terminal %1 (delivery not confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed again to terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet on terminal %1: is it on and connected? Re-push or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid within %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1 on terminal %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack marked the payment request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment request was withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for card on terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1 by %2 (ref %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer to pay by link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer to dial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack has payment request %1: continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack never received the payment request: sending it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack never received it: sending again with the same reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack has not answered yet: the payment can be cancelled once its outcome is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1 on terminal %2 just before it was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by %1; the request was withdrawn from terminal %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paystack</name>
    <message>
        <source>Paystack: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack: live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack: test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack: sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a public key (pk_…). Paydesk needs the secret key (sk_…) from the Paystack dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Paystack secret key looks like sk_test_… or sk_live_… followed by letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page instead of JSON, HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object, HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack did not accept this desk&apos;s secret key. An administrator must check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack is asking us to slow down. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack is having a problem (HTTP %1). Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack could not be reached: %1. Nothing was sent; check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from Paystack in time. The request may have gone through: Paydesk will check with Paystack before doing anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack&apos;s answer could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack is not set up on this desk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>A Nigerian number has 11 digits starting with 0 (0803 123 4567) or +234 and 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Kenyan number has 10 digits starting with 0 (0712 345 678) or +254 and 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, dashes and a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number with its country code, starting with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An international number has 8 to 15 digits after the +.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneWidget</name>
    <message>
        <source>Simulated phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial or reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last character (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial a code, e.g. *999#</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceList</name>
    <message>
        <source>Unbalanced quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no &quot;%1&quot; column; expected code,name,category,unit_price[,taxable,active].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is empty or longer than 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxable and active take yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price item was not returned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>Nothing to encode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt page size was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment has not succeeded: there is no receipt for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
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
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>Paystack has a successful %1 payment we have no record of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we asked %1, Paystack received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our attempt was %1: checked with Paystack now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we recorded it as paid; Paystack lists no such success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we sold %1, the provider delivered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we recorded it as delivered; the provider says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider delivered a sale we recorded as failed (the customer&apos;s money was given back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not delivered on either side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still %1 here; the provider says: %2. The kiosk&apos;s next check settles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider is still processing it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 airtime sales in the period: reconcile a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued on the kiosk, not sent to the provider yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold through %1, which this desk cannot ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation is for supervisors and admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack has a paid payment request no desk of ours made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an open payment request (%1) that no desk of ours made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we asked %1, the request is for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is paid but our attempt was %1: checked with Paystack now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we recorded it as paid; Paystack&apos;s request is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the customer on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our attempt was %1 but the request is still open at Paystack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not paid on either side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>we recorded it as paid; Paystack lists no such request in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s end is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack could not be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No airtime provider is set up on this desk: airtime not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime not compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconciliation could not be audited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked: the provider stopped answering during this reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileLineDialog</name>
    <message>
        <source>Reconciliation line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1: %2&lt;/h3&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook deliveries about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have no record of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have no record of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook arrived about it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>&lt;h2&gt;Reconciliation&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconcile (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period and press F5: Paystack and the airtime provider are asked about every payment and sale in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines needing a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;line… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CS&amp;V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has no Paystack connection set up: there is nothing to reconcile against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s end is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciling %1: asking Paystack and the airtime provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reconciled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: everything agrees. %n line(s) compared.</source>
        <translation>
            <numerusform>%1: everything agrees. %n line compared.</numerusform>
            <numerusform>%1: everything agrees. %n lines compared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) need a look.</source>
        <translation>
            <numerusform>%1: %n line needs a look.</numerusform>
            <numerusform>%1: %n lines need a look.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconciled at %1. Enter opens a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment requests paid (all time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment requests waiting (all time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack&apos;s payment request totals are for the whole Paystack account, every desk and every day: a difference there is a prompt to look, not an error by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1; showing: %2; source: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile a period first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reconciliation&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile a period first: there is nothing to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PD&amp;F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> On the hospital network paydesk-server holds the key: run `paydesk-server reconcile` there (it also reconciles every hour).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refunds</name>
    <message>
        <source>Paystack lists no transaction for this payment request yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack is processing the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack has the refund: following it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack never received the refund: asking again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded by Paystack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack could not refund it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending at Paystack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown, checking with Paystack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the money is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds need a supervisor&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment was in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 of this payment can still be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund&apos;s id was not returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash handed back at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund changed meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is more than is left of the payment: a supervisor must review it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save CSV (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleRepository</name>
    <message>
        <source>The sale is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is not waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale changed meanwhile; read it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenEditor</name>
    <message>
        <source>Screen &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add o&amp;ption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation, requests, answer mappings and every other field; Ctrl+Return applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a screen on the left.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a wrong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the longest values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters (GSM-7), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters: &quot;%3&quot; is not GSM-7, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option %1 leads to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the text of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit option %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an option to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove option %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screen is a JSON object: { &quot;id&quot;: …, &quot;type&quot;: … }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 as JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The secret file %1 is readable by other users; restrict it with chmod 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets from the environment cannot be changed from Paydesk; edit the service&apos;s environment or credential files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set (set %2 or %2_FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode uses the sandbox&apos;s keys; start Paydesk without --training to set the real one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find or register patients, bill them from the price list and take payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell airtime for MTN, Airtel, Glo, 9mobile and Safaricom from the prefunded wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USSD Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design USSD services, test them in the simulator and serve them to gateways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment statistics, live: what came in, how, through whom, and what is stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and close your shift with the cash counted by denomination; supervisors sign off Z reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk&apos;s database, server address, Paystack key and name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our payments against Paystack&apos;s transactions and payment requests, our airtime against the provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counts for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the USSD gateway charges per session, in naira; saved for this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per &amp;session (NGN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost per session is not an amount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shown, %1 live.</source>
        <translation>
            <numerusform>%n session shown, %1 live.</numerusform>
            <numerusform>%n sessions shown, %1 live.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift report, waiting for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report (shift still open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
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
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Cash payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Cash refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Airtime sold for cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments by method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payments by terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not settled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (cash returned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by bank USSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds, waivers and discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not settled at close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment requests waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float by denomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing count by denomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shifts</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed, waiting for sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift&apos;s stored report is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashiers see only their own shifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has no name: set one in Settings before opening a shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a shift open at %1: close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a shift open for %2: it must be closed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new shift&apos;s number was not returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new shift could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift was already closed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 or a supervisor can close this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift&apos;s drawer is counted in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count is %1 short of the %2 the drawer should hold. Count again, or say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count is %1 over the %2 the drawer should hold. Count again, or say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else closed this shift a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closed shift could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift reports are signed off by a supervisor or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift is still open: it is signed off after its close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift was already signed off as %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift you worked or closed is signed off by another supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else signed this shift off a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed shift could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift was opened for you or this desk a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <source>&lt;h2&gt;Shifts&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list as CS&amp;V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
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
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report as PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print s&amp;lip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every desk and cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cashier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shift at %1 has been open since %2, with a float of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no shift open. Open one with the float in the drawer before taking cash at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No shifts match.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the float in the drawer, note by note, before the first customer. The count is kept with the shift and printed on its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 opened at %2 with a float of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count all the cash in the drawer, float included. Paydesk compares it with what the drawer should hold only once you submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 closed: the drawer matches. A supervisor signs it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1 closed with a variance of %2. A supervisor signs it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off shift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s shift at %2: expected %3, counted %4, variance %5.
Your note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has no receipt printer set (Settings): save the report as PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Shifts&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list as PD&amp;F</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatorPanel</name>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow&apos;s per-installation settings (settings.NAME) as this simulator uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record as test script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session as a test script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USSD test scripts (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial the service&apos;s code and press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the flow has errors (see the designer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection problem or invalid MMI code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a USSD code: it starts with * and ends with #, like *999#.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USSD code running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended by the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The network cut this screen where a handset stops (182 GSM-7 or 80 other characters): %n character(s) not shown.</source>
        <translation>
            <numerusform>The network cut this screen where a handset stops (182 GSM-7 or 80 other characters): %n character not shown.</numerusform>
            <numerusform>The network cut this screen where a handset stops (182 GSM-7 or 80 other characters): %n characters not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>ended (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left before the network drops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request:
%1

Response:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the simulator on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the test script to %1; run it with paydesk-server ussd test FLOW SCRIPT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Invoice %1 issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1 requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (approved by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice voided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Top up the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay with a card or bank through Paystack; the wallet is credited once Paystack confirms the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount (₦)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel this top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: asking Paystack first whether it was paid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-ups need Paystack, which this desk does not call (it is on the shared database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the vendor&apos;s email for Paystack receipts first (Settings, airtime/topup_email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount in whole naira, at least ₦100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Paystack for a link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to be paid. Scan the code or open the link; the payment is checked automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid: %1 added to the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid: %1 Nothing was added to the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopUpRepository</name>
    <message>
        <source>The top-up could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A top-up needs a reference and an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack top-up %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>A user name is 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UssdStudioPage</name>
    <message>
        <source>Si&amp;mulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the airtime-999 sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desig&amp;ner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VendorPanel</name>
    <message>
        <source>Compare with the provider&apos;s balance: F6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today by network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not settled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales not settled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet: cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime provider: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime provider: reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime provider: cannot be reached (%1). Sales are queued and sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sale is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the provider for its balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s balance could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1 (not comparable with the wallet&apos;s %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1, the same as the wallet (with queued sales). Reconciled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1, %2 less than the wallet expects (%3): fund the provider with the top-ups, or look for sales the provider counted and we did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1, %2 more than the wallet expects (%3): funds not yet entered here, or a refund the provider made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by bank, not sold yet: %1  %2  %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <source>The wallet has %1; this sale needs %2. Top the wallet up first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Webhooks</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk</name>
    <message>
        <source>Paydesk: hospital cashier desk and airtime kiosk on Paystack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this database (sqlite:PATH or postgresql://user@host:port/db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the interface in this language (en, fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: a separate training database and the local Paystack sandbox; no real money moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load sample data (training mode only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of paydesk-sandbox in training mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid sandbox URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sample-data is only allowed with --training, so that sample accounts never reach a real desk&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sample-data: also three months of generated payments, airtime and USSD sessions for the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sample-history is only allowed with --sample-data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk-server</name>
    <message>
        <source>Paydesk server: shared database, payment worker and webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL (sqlite:PATH or postgresql://user@host:port/db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of a new user: cashier, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name of a new user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where serve listens: host:port, or off (default: the config file&apos;s server/address, else 127.0.0.1:8088).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox: only rows in this state (received, processed, rejected, failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: Paystack&apos;s API address (default: the config file&apos;s, else https://api.paystack.co).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ussd test: a flow setting, NAME=VALUE (repeatable), e.g. api=http://127.0.0.1:8089.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve, ussd test: VTpass&apos;s API address (default: the config file&apos;s airtime/vtpass_url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of a price list&apos;s prices (default NGN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ussd lint FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ussd test FLOW.json SCRIPT.json [--setting NAME=VALUE] [--paystack-url URL] [--vtpass-url URL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--setting takes NAME=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database ready at schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ussd import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: ussd export CODE [FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: inbox [--state S] [--format json|csv] | inbox replay ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: pricelist import FILE.csv [--currency NGN]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price list: %1 added, %2 updated, %3 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: users add NAME --role ROLE [--name &quot;Full Name&quot;]; the password is read from stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: use cashier, supervisor or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passwords do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: users unlock NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain BROKEN at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain intact: %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the admin token must be at least 24 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paystack-url must be an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP server (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paydesk-server ready (database %1, %2); stop with SIGTERM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1 (%2), revision %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no USSD service has the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: export %1 [--from DAY] [--to DAY] [--format csv|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox: json (default) or csv; reconcile: text (default) or json; export: csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconcile: first day (YYYY-MM-DD, UTC; default today); export: first day in the hospital&apos;s calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconcile: last day (YYYY-MM-DD, UTC; default today); export: last day in the hospital&apos;s calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init | migrate | users add NAME | users list | users unlock NAME | audit verify | pricelist import FILE | inbox [replay ID] | reconcile | secret check | export payments|invoices|shifts|airtime|ussd-sessions|audit | ussd lint FILE | ussd test FLOW SCRIPT | ussd import FILE | ussd export CODE [FILE] | ussd list | serve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::AppController</name>
    <message>
        <source>Paydesk – database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk cannot use its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Database: %2
Settings file: %3

Start Paydesk with --database URL to use another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database is used from the next start of Paydesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paydesk-server confirms payments (live updates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates from paydesk-server interrupted: reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to live updates from paydesk-server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs a supervisor. The supervisor types their own name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ConfirmationService</name>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook server is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Paystack key to check webhook signatures with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks + polling (%1:%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::FirstRunWizard</name>
    <message>
        <source>Welcome to Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This database has no users yet. In the next step you create the &lt;b&gt;administrator&lt;/b&gt; account, who can then add cashiers and supervisors.&lt;/p&gt;&lt;p&gt;Database: &lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a strong password: this account manages users, keys and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: Main cashier, OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::InvoiceEditor</name>
    <message>
        <source>Find a service or item: code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantity is a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount / waiver (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-text line (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and take payment (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this bill?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;New bill&lt;/h2&gt;&lt;p&gt;%1 · %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price list item matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the line to discount first (Tab to the lines, ↑/↓).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount or waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on %1 (up to %2; type the full amount to waive it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount cannot be more than the line (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free-text line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-text line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size: 16pt&apos;&gt;Total: %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal %1 · Discount %2 · VAT %3&lt;br&gt;&lt;span style=&apos;font-size: 16pt&apos;&gt;&lt;b&gt;Total: %4&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one item to the bill.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::InvoiceListModel</name>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::InvoiceListPage</name>
    <message>
        <source>&lt;h2&gt;Invoices&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) shown, newest first (last page in %1 ms). Enter opens, Esc goes back.</source>
        <translation>
            <numerusform>%n invoice shown, newest first (last page in %1 ms). Enter opens, Esc goes back.</numerusform>
            <numerusform>%n invoices shown, newest first (last page in %1 ms). Enter opens, Esc goes back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::InvoicePage</name>
    <message>
        <source>Take &amp;payment (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Invoice not found&lt;/h2&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Invoice %1 · %2&lt;/h2&gt;&lt;p&gt;%3 (%4) · %5 · by %6&lt;br&gt;Total &lt;b&gt;%7&lt;/b&gt; · Paid %8 · Refunded %9 · Balance &lt;b&gt;%10&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::LoginDialog</name>
    <message>
        <source>Paydesk – Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Log in to Paydesk&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode. Sample accounts: %1 and %2, password &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::MainWindow</name>
    <message>
        <source>Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydesk – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Paydesk %1&lt;/b&gt;&lt;p&gt;Hospital cashier desk, airtime kiosk and USSD studio on Paystack.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Desk name:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Database:&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Server address:&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%3&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Configuration file:&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%4&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack: sandbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this desk learns that a payment went through. Webhooks: Paystack tells the server at once. Polling: the desk asks Paystack about every payment in flight, every 10 to 60 seconds, and at every start; it confirms every payment even when no webhook can reach this desk. On the hospital network paydesk-server does both for every desk and tells this desk the moment a payment moves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::PatientDialog</name>
    <message>
        <source>Edit patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0803 123 4567 or +234…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty for the next number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::PatientPage</name>
    <message>
        <source>New &amp;bill (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit patient (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;%2 · %3 · %4 · born %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices (Enter opens one: its lines, payments and timeline):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::PatientSearchPage</name>
    <message>
        <source>&lt;h2&gt;Patients&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, hospital number, phone or e-mail — or scan the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoices (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search. ↑/↓ choose, Enter opens, Ctrl+N registers a new patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient matches. Press Ctrl+N to register one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s). ↑/↓ choose, Enter opens.</source>
        <translation>
            <numerusform>%n patient. ↑/↓ choose, Enter opens.</numerusform>
            <numerusform>%n patients. ↑/↓ choose, Enter opens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::PaymentDialog</name>
    <message>
        <source>Payment – invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay-by-&amp;link / QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank &amp;USSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank (USSD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash te&amp;ndered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;payment (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-push to terminal (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel payment (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another payment (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Invoice %1 · %2&lt;/h3&gt;&lt;p&gt;Total &lt;b&gt;%3&lt;/b&gt; · Paid %4 · Balance &lt;b&gt;%5&lt;/b&gt; · %6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash tendered “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for card on terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer to pay by link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the customer to dial the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to terminal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to Paystack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the %1 payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with Paystack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment has no record to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to refund (at most %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it refunded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: paydesk-server is on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing to the terminal again: paydesk-server is on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with Paystack: paydesk-server is on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::QrWidget</name>
    <message>
        <source>Payment link QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::SettingsDialog</name>
    <message>
        <source>Paydesk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite:/path/to/paydesk.sqlite3 or postgresql://user@host:5432/paydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;off&quot;, 127.0.0.1:8088 (this PC only) or a LAN address such as 192.168.1.20:8088</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data&amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack &amp;API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack secret &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain (%1), never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the password in the database URL: enter it in the password field, which keeps it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must be &quot;off&quot; or an IP address and port, such as 127.0.0.1:8088.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Paystack API address must be a web address such as https://api.paystack.co.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack must be reached over https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were saved, but the secret could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load terminals (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack &amp;Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/usb/lp0 or tcp://192.168.1.50:9100 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipt printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm (48 columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 mm (32 columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt &amp;width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to a desk to list its Paystack terminals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Paystack integration has no terminals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::ThermalPrinter</name>
    <message>
        <source>No receipt printer is set for this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer address %1 has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the printer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the printer %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::TrainingBanner</name>
    <message>
        <source>Training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING – no real money moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING – no real money moves (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::airtime::CustomerPaymentService</name>
    <message>
        <source>Paystack gave no code to dial: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack says %1 was paid, not %2: ask a supervisor to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk stopped before Paystack gave the code to dial; nothing was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by %1 before it was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The code was not dialled within %n minute(s).</source>
        <translation>
            <numerusform>The code was not dialled within %n minute.</numerusform>
            <numerusform>The code was not dialled within %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paystack could not be asked whether it was paid (%1); still checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid, but the sale could not be made: %1 It is made as soon as that is fixed (after a top-up, or at the next start).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::airtime::TopUpService</name>
    <message>
        <source>Paystack says %1 was paid, not %2: ask a supervisor to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack: the payment %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by %1 before it was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not paid within %n minute(s).</source>
        <translation>
            <numerusform>Not paid within %n minute.</numerusform>
            <numerusform>Not paid within %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::airtime::VtpassProvider</name>
    <message>
        <source>VTpass refused the API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTpass gave an answer that is not JSON (HTTP %1); checking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTpass reversed the sale (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTpass is processing it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTpass is processing it (%1 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTpass says the sale failed (016).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTpass did not process the sale (091).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VTpass wallet is too low for this sale (018): fund it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number was topped up with the same network less than 30 seconds ago (019).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTpass refused the account (%1 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTpass refused the request (%1 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTpass already has this request; checking how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTpass has no record of this request (015).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTpass answered %1 %2, which is not a final answer; checking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTpass cannot be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTpass did not answer in time; checking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to VTpass broke (%1); checking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTpass&apos;s balance could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VTpass&apos;s balance answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VTpass API key is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the VTpass secret or public key is not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::dashboard::DashboardPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cashiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All USSD services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;sk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cas&amp;hier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate (card, link, USSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average push to paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook lag (p50 / p95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waivers and discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtime by network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USSD sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List the payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every payment of the period and filters; a click on a bar lists the ones behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declined, %2 abandoned of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>over %n successful payment(s)</source>
        <translation>
            <numerusform>over %n successful payment</numerusform>
            <numerusform>over %n successful payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message>
        <source>under 15 min: %1 · 15–60 min: %2 · over 1 h: %3 · over a day: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments %1 (%2), refunds %3, airtime %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1 / ≤ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) from Paystack</source>
        <translation>
            <numerusform>%n webhook from Paystack</numerusform>
            <numerusform>%n webhooks from Paystack</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n refund</numerusform>
            <numerusform>%n refunds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · updated %2 · live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) waived; discounts: %1 on %2</source>
        <translation>
            <numerusform>%n line waived; discounts: %1 on %2</numerusform>
            <numerusform>%n lines waived; discounts: %1 on %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook inbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paystack&apos;s deliveries: what each matched, which failed; replay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydesk::dashboard::PaymentsBehindDialog</name>
    <message>
        <source>Payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The latest %n payment(s), totalling %1 (there are more: narrow the period).</source>
        <translation>
            <numerusform>The latest %n payment, totalling %1 (there are more: narrow the period).</numerusform>
            <numerusform>The latest %n payments, totalling %1 (there are more: narrow the period).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), totalling %1.</source>
        <translation>
            <numerusform>%n payment, totalling %1.</numerusform>
            <numerusform>%n payments, totalling %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydesk::dashboard::StatsChart</name>
    <message>
        <source>Nothing in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
