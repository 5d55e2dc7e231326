// Jest's side of the network guard (network-guard.cjs), run before each test file: the guard names
// the running test, a test during which the guard refused something fails (even if the code under
// test caught the error), and every child process a test starts loads the guard too, through
// NODE_OPTIONS. The children's guard is a copy in a fresh 0755 folder, so that a child running as
// another user can read it wherever the checkout is; they report to a log file there.
'use strict';
const childProcess = require('node:child_process');
const { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { state } = require('./network-guard.cjs');

/** The children's copy of the guard and their log, made at the first child (a skipped file has none). */
let children;
function forChildren() {
  if (children) return children;
  const dir = mkdtempSync(join(tmpdir(), 'ept-network-guard-'));
  chmodSync(dir, 0o755);
  const preload = join(dir, 'network-guard.cjs');
  copyFileSync(join(__dirname, 'network-guard.cjs'), preload);
  chmodSync(preload, 0o644);
  const log = join(dir, 'refused.log');
  writeFileSync(log, '');
  chmodSync(log, 0o666);
  children = { dir, preload, log };
  return children;
}

const refused = [];
const s = state();
s.testName = () => `test "${expect.getState().currentTestName ?? '(outside a test)'}"`;
s.report = (message) => refused.push(message);

/** What the guard refused since the last check, here and in children; the check empties both. */
function takeRefused() {
  const lines = children ? readFileSync(children.log, 'utf8').split('\n').filter(Boolean) : [];
  if (lines.length > 0) writeFileSync(children.log, '');
  return [...refused.splice(0), ...lines.map((line) => `${line} (in a child process of that test)`)];
}

function check() {
  const all = takeRefused();
  if (all.length > 0) throw new Error(all.join('\n'));
}
afterEach(check);
afterAll(() => {
  try {
    check();
  } finally {
    if (children) rmSync(children.dir, { recursive: true, force: true });
  }
});

// Children: add the preload to NODE_OPTIONS in whatever environment the child gets. The options
// object is the first plain object after the command (and its argument list).
function guardedEnv(env) {
  const base = env ?? process.env;
  const { preload, log } = forChildren();
  const current = base.NODE_OPTIONS ?? '';
  if (current.includes(preload)) return base;
  return { ...base, NODE_OPTIONS: `${current} --require "${preload}"`.trim(), EPT_NETWORK_GUARD_LOG: log };
}

// Wrapped once per worker, on the real module; each test file's setup points them at its own
// preload copy through `current`.
const KEY = Symbol.for('ecr-pull-through.network-guard.spawn');
for (const [name, optionsFrom] of [
  ['spawn', 1],
  ['spawnSync', 1],
  ['execFile', 1],
  ['execFileSync', 1],
  ['fork', 1],
  ['exec', 1],
  ['execSync', 1],
]) {
  const original = childProcess[name][KEY] ?? childProcess[name];
  const wrapped = function guardedSpawning(...args) {
    return original.apply(this, withGuardedEnv(args, optionsFrom));
  };
  wrapped[KEY] = original;
  childProcess[name] = wrapped;
}

function withGuardedEnv(args, optionsFrom) {
  const out = [...args];
  let i = optionsFrom;
  if (Array.isArray(out[i]) || (out[i] === undefined && i < out.length)) i++;
  const at = out[i];
  if (at !== null && typeof at === 'object' && !Array.isArray(at))
    out[i] = { ...at, env: guardedEnv(at.env) };
  else out.splice(i, 0, { env: guardedEnv(undefined) });
  return out;
}
