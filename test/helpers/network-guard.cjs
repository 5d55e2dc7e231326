// The network guard: tests never leave loopback (DESIGN §2). Loaded by jest before each test file
// (network-guard.jest.cjs) and, through NODE_OPTIONS=--require, by every child process a test
// starts. Name resolution of anything but `localhost` or a loopback address, and a connection to an
// address outside 127.0.0.0/8 and ::1, throw an error naming the host and the test, and are reported
// so the test fails even when the code under test catches the error. Unix sockets pass.
// CommonJS so that `node --require` loads it in any child, whatever the child's own module type.
'use strict';
const dns = require('node:dns');
const net = require('node:net');

/** Where the guard keeps its state: on the real `net` module, shared by every jest test file. */
const STATE = Symbol.for('ecr-pull-through.network-guard');

/** 127.0.0.0/8, ::1 and the IPv4-mapped form of 127.0.0.0/8. */
function isLoopbackAddress(address) {
  const a = address.replace(/^\[|\]$/g, '').toLowerCase();
  if (net.isIPv4(a)) return a.startsWith('127.');
  if (!net.isIPv6(a)) return false;
  if (/^::ffff:127\.\d+\.\d+\.\d+$/.test(a)) return true;
  return a.split(':').every((g, i, all) => (i === all.length - 1 ? /^0*1$/.test(g) : /^0*$/.test(g)));
}

/** A host a test may name: `localhost` (resolved from the hosts file) or a loopback address. */
function isLoopbackHost(host) {
  const h = String(host).toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || isLoopbackAddress(h);
}

function state() {
  if (!net[STATE]) {
    net[STATE] = {
      // Replaced by the jest setup with the current test's name and a list the test checks.
      testName: () => `child process ${process.pid} (${process.argv.slice(1).join(' ')})`,
      report: (message) => {
        const log = process.env.EPT_NETWORK_GUARD_LOG;
        if (log) require('node:fs').appendFileSync(log, `${message}\n`);
        process.stderr.write(`${message}\n`);
      },
    };
  }
  return net[STATE];
}

function refuse(what, host) {
  const s = state();
  const message =
    `network guard: ${what} "${host}" in ${s.testName()}: a test stays on loopback ` +
    '(127.0.0.0/8, ::1, localhost); point the endpoint at the local stand-in or turn the probe off';
  s.report(message);
  const error = new Error(message);
  error.code = 'EPT_NETWORK_GUARD';
  return error;
}

/** The host a Socket#connect call would reach, or undefined for a Unix socket. */
function connectHost(args) {
  let first = args[0];
  if (Array.isArray(first)) first = first[0]; // net.connect's normalized arguments
  if (first !== null && typeof first === 'object') {
    if (first.path !== undefined) return undefined;
    return first.host ?? 'localhost';
  }
  if (typeof first === 'string' && !/^\d+$/.test(first)) return undefined; // a Unix socket path
  return typeof args[1] === 'string' ? args[1] : 'localhost';
}

function install() {
  const proto = net.Socket.prototype;
  if (proto.connect[STATE]) return;
  const connect = proto.connect;
  proto.connect = function guardedConnect(...args) {
    const host = connectHost(args);
    if (host !== undefined && !isLoopbackHost(host)) throw refuse('connection to', host);
    return connect.apply(this, args);
  };
  proto.connect[STATE] = true;

  const guardName = (target, name, what, promises) => {
    const original = target[name];
    if (typeof original !== 'function') return;
    target[name] = function guardedResolve(host, ...rest) {
      if (isLoopbackHost(host)) return original.call(this, host, ...rest);
      const error = refuse(what, host);
      if (promises) return Promise.reject(error);
      throw error;
    };
  };
  const resolvers = Object.keys(dns).filter((k) => /^resolve/.test(k));
  for (const [target, promises] of [
    [dns, false],
    [dns.promises, true],
    [dns.Resolver.prototype, false],
    [dns.promises.Resolver.prototype, true],
  ]) {
    guardName(target, 'lookup', 'name resolution of', promises);
    for (const name of resolvers) guardName(target, name, 'DNS query for', promises);
    guardName(target, 'reverse', 'reverse DNS query for', promises);
  }
}

install();

module.exports = { STATE, state, isLoopbackHost };
