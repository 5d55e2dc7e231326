// The CLI's writer to fd 1 and 2: all of each chunk, in order, through partial writes and a
// descriptor that refuses with EAGAIN part way (the rest then goes through the stream).
import { Writable } from 'node:stream';
import { descriptorWriter } from '../../src/cli/stdio.js';

/** A write(2) stand-in: takes at most `max` bytes a call, and refuses with `refuse` on the calls listed. */
function fakeWrite(max: number, refuse: Record<number, string> = {}) {
  const written: Buffer[] = [];
  let calls = 0;
  const write = (_fd: number, data: Uint8Array) => {
    calls++;
    const code = refuse[calls];
    if (code) throw Object.assign(new Error(code), { code });
    const n = Math.min(max, data.length);
    written.push(Buffer.from(data.subarray(0, n)));
    return n;
  };
  return { write, written, calls: () => calls };
}

function collecting() {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString() };
}

test('partial writes: every byte goes out, in order, and the stream is never touched', () => {
  const fd = fakeWrite(3);
  let streamUsed = false;
  const out = descriptorWriter(
    1,
    () => {
      streamUsed = true;
      return collecting().stream;
    },
    fd.write,
  );
  out('hello ');
  out(Buffer.from('world\n'));
  expect(Buffer.concat(fd.written).toString()).toBe('hello world\n');
  expect(fd.calls()).toBe(4);
  expect(streamUsed).toBe(false);
});

test('EAGAIN part way: what was written stays, the rest and every later chunk go through the stream', () => {
  const fd = fakeWrite(4, { 2: 'EAGAIN' });
  const sink = collecting();
  const out = descriptorWriter(2, () => sink.stream, fd.write);
  out('abcdefgh');
  out('ij');
  expect(Buffer.concat(fd.written).toString()).toBe('abcd');
  expect(sink.text()).toBe('efghij');
  expect(fd.calls()).toBe(2);
});

test('any other failure is thrown (a closed pipe is the caller’s error, not a silent loss)', () => {
  const fd = fakeWrite(8, { 1: 'EPIPE' });
  const out = descriptorWriter(1, () => collecting().stream, fd.write);
  expect(() => out('x')).toThrow('EPIPE');
});
