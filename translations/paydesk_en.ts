<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Training mode uses the sandbox&apos;s key; start Paydesk without --training to set the real one.</source>
        <translation type="unfinished"></translation>
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
        <source>Payment statistics, shift close, reconciliation against Paystack, refunds and waivers.</source>
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
</context>
<context>
    <name>paydesk::Cli</name>
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
        <source>init | migrate | users add NAME | users list | users unlock NAME | audit verify | secret check | serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see --help</source>
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
        <source>Where serve listens: host:port, or off (default: the config file&apos;s server/address, else 127.0.0.1:8088).</source>
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
        <source>Server: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1 (not started in this version)</source>
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
</context>
<context>
    <name>paydesk::PaystackError</name>
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
    <name>paydesk::PlaceholderPage</name>
    <message>
        <source>Not yet available in this version of Paydesk.</source>
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
</TS>
