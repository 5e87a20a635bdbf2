// The reference issue 6 sets its HTTP target against: the *999# walk of bench_ussd_http.sh served by
// ussd-menu-builder under Node (its own http module, the same form body, sessions in memory, nothing persisted).
// bench_ussd_http.sh runs it when node and npm are installed. One menu per request: the library keeps the
// request's state on the instance, so a shared one would mix up concurrent sessions.
// Usage: node server.js PORT
const http = require('http');
const UssdMenu = require('ussd-menu-builder');
const sessions = new Map();
const config = {
  start: (id, cb) => { if (!sessions.has(id)) sessions.set(id, {}); cb(); },
  end: (id, cb) => { sessions.delete(id); cb(); },
  set: (id, key, value, cb) => { sessions.get(id)[key] = value; cb(); },
  get: (id, key, cb) => { cb(null, sessions.get(id)[key]); },
};
function build() {
  const menu = new UssdMenu();
  menu.sessionConfig(config);
  menu.startState({ run: () => menu.con('Buy airtime\n1. For my number\n2. For another number\n3. Pidgin'),
                    next: { '1': 'network', '2': 'who' } });
  menu.state('network', { run: () => menu.con('Choose the network\n1. MTN\n2. Airtel\n3. Glo\n4. 9mobile'),
                          next: { '1': 'amount' } });
  menu.state('amount', { run: () => { menu.session.set('network', 'MTN');
                           menu.con('Amount\n1. NGN 100\n2. NGN 200\n3. NGN 500\n4. Other amount'); },
                         next: { '1': 'confirm' } });
  menu.state('confirm', { run: () => { menu.session.set('amount', '10000');
                            menu.con('Buy NGN 100.00 of MTN airtime for ' + menu.args.phoneNumber + '?\n1. Buy\n2. Cancel'); },
                          next: { '2': 'cancelled' } });
  menu.state('cancelled', { run: () => menu.end('Cancelled. Nothing was bought.') });
  return menu;
}
http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    const form = new URLSearchParams(body);
    // A missing field is empty (the library throws on a missing text, as on bench_ussd_http.sh's readiness probe).
    const field = (name) => form.get(name) || '';
    const args = { sessionId: field('sessionId'), serviceCode: field('serviceCode'),
                   phoneNumber: field('phoneNumber'), text: field('text') };
    build().run(args, (reply) => {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(reply);
    });
  });
}).listen(Number(process.argv[2]), '127.0.0.1');
