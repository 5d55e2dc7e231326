// A preload (node --require) for CLI children: names under `.invalid` do not resolve (ENOTFOUND), as
// RFC 6761 promises and a resolver says, without asking one. Installed as the outermost dns.lookup,
// whatever is assigned later (the network guard wraps the lookup it finds and assigns its own).
'use strict';
const dns = require('node:dns');

let inner = dns.lookup;
function lookup(host, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  if (/\.invalid\.?$/i.test(String(host))) {
    const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), {
      code: 'ENOTFOUND',
      errno: -3008,
      syscall: 'getaddrinfo',
      hostname: host,
    });
    process.nextTick(done, error);
    return;
  }
  return inner.call(this, host, options, callback);
}
Object.defineProperty(dns, 'lookup', {
  configurable: true,
  enumerable: true,
  get: () => lookup,
  set: (v) => {
    inner = v;
  },
});
