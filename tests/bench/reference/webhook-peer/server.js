// The peer bench_webhooks measures paydesk-server against: a plain Node webhook receiver doing the same durable
// work per delivery. It checks the body's size and Paystack's HMAC-SHA512 signature on the raw bytes, reads the
// event and data.id, stores the delivery under a unique key in SQLite (WAL, synchronous=FULL: one fsynced commit
// per delivery, as better-sqlite3 commits each statement on its own) and answers 200 only after the commit.
// Usage: PAYSTACK_SECRET=... node server.js PORT DATABASE_FILE
'use strict';
const http = require('http');
const crypto = require('crypto');
const Database = require('better-sqlite3');

const port = Number(process.argv[2]);
const secret = process.env.PAYSTACK_SECRET || '';
const db = new Database(process.argv[3]);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec(`CREATE TABLE IF NOT EXISTS webhook_inbox (
    id INTEGER PRIMARY KEY, dedupe_key TEXT NOT NULL UNIQUE, event TEXT NOT NULL, body BLOB NOT NULL,
    received_at TEXT NOT NULL)`);
const insert = db.prepare(`INSERT INTO webhook_inbox (dedupe_key, event, body, received_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (dedupe_key) DO NOTHING`);
const maxBody = 64 * 1024;

function answer(res, status, message) {
  const body = JSON.stringify({ status: status < 300, message });
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

http.createServer((req, res) => {
  if (req.method === 'GET') return answer(res, 200, 'ok');
  if (req.method !== 'POST' || req.url !== '/paystack/webhook') return answer(res, 404, 'Not found');
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size <= maxBody) chunks.push(chunk);
  });
  req.on('end', () => {
    if (size > maxBody) return answer(res, 413, 'Request body too large');
    const body = Buffer.concat(chunks);
    const expected = crypto.createHmac('sha512', secret).update(body).digest();
    const given = Buffer.from(String(req.headers['x-paystack-signature'] || ''), 'hex');
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected))
      return answer(res, 401, 'Invalid signature');
    let event;
    try {
      event = JSON.parse(body.toString('utf8'));
    } catch (e) {
      return answer(res, 400, 'Malformed JSON');
    }
    if (!event || typeof event.event !== 'string' || !event.data || event.data.id === undefined)
      return answer(res, 400, 'Not a Paystack event');
    insert.run(`${event.event}:${event.data.id}`, event.event, body, new Date().toISOString());
    answer(res, 200, 'Stored');
  });
}).listen(port, '127.0.0.1');
