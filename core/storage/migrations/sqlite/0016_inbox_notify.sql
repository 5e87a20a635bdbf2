-- The PostgreSQL migration of this number makes the inbox announce its changes to the desks (LISTEN/NOTIFY). A
-- standalone SQLite desk files its webhooks itself and has no one to tell: nothing changes here, and the number is
-- kept so that both backends count their migrations alike.
SELECT 1;
