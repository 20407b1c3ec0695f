// The one place that turns errors into the line a door prints, with errors
// made as Node makes them (the real ones run in sink and cli-errors tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { debugFromEnv, describeFailure, describeSystemError, isSystemError, systemProblem } from '../src/core/describe-error.ts';
import type { SystemError } from '../src/core/describe-error.ts';
import { UserError } from '../src/core/types.ts';

const errno = (code: string, syscall: string, path?: string): SystemError =>
  Object.assign(new Error(`${code}: something, ${syscall}${path ? ` '${path}'` : ''}`), { code, syscall, ...(path ? { path } : {}) });

test('disk problems say what happened and what to do', () => {
  assert.equal(systemProblem(errno('ENOSPC', 'write')), 'the disk is full (ENOSPC): free some space or write the output elsewhere');
  assert.equal(systemProblem(errno('EDQUOT', 'write')), 'the disk quota is used up (EDQUOT): free some space or write the output elsewhere');
  assert.equal(systemProblem(errno('EROFS', 'open')), 'the file system is read-only (EROFS): choose a writable path');
  assert.match(systemProblem(errno('EACCES', 'open')), /^permission denied \(EACCES\): /);
  assert.match(systemProblem(errno('EISDIR', 'open')), /^a folder has that name \(EISDIR\)/);
  assert.equal(systemProblem(errno('EXDEV', 'rename')), 'something, rename (EXDEV)', "unknown codes keep Node's words");
  assert.equal(describeSystemError(errno('ENOSPC', 'write', '/data/out.zip')),
    'cannot write /data/out.zip: the disk is full (ENOSPC): free some space or write the output elsewhere');
});

test('a real Node error is recognised: EISDIR from opening a folder for writing', async () => {
  const err = await open('/tmp', 'w').then(() => null, (e: unknown) => e);
  assert.ok(isSystemError(err));
  assert.equal(describeSystemError(err), 'cannot open /tmp: a folder has that name (EISDIR): choose another output path, or remove the folder');
  assert.ok(!isSystemError(new Error('plain')));
});

test('a port in use names the port and what to do, from the real listen error', async () => {
  const a = createServer();
  await new Promise<void>((resolve) => a.listen(0, '127.0.0.1', resolve));
  const port = (a.address() as AddressInfo).port;
  const b = createServer();
  const err = await new Promise<unknown>((resolve) => { b.once('error', resolve); b.listen(port, '127.0.0.1'); });
  a.close();
  assert.ok(isSystemError(err));
  assert.equal(systemProblem(err),
    `port ${port} on 127.0.0.1 is already in use (EADDRINUSE): stop the program listening there, or choose another port (--port)`);
  assert.match(systemProblem(Object.assign(errno('EACCES', 'listen'), { address: '0.0.0.0', port: 80 })), /port 80 on 0\.0\.0\.0 .*below 1024/);
});

test('describeFailure: user errors and system errors are expected, anything else asks for a report; the stack keeps the causes', () => {
  const cause = errno('ENOSPC', 'write');
  const user = describeFailure(new UserError('cannot write the ZIP /x.zip: the disk is full', { cause }));
  assert.deepEqual([user.message, user.expected], ['cannot write the ZIP /x.zip: the disk is full', true]);
  assert.match(user.stack, /UserError: cannot write the ZIP[\s\S]*caused by: Error: ENOSPC/);
  assert.equal(describeFailure(errno('EROFS', 'open', '/ro/x')).expected, true);
  const bug = describeFailure(new TypeError('x is undefined'));
  assert.deepEqual([bug.message, bug.expected], ['unexpected error: x is undefined', false]);
  assert.match(bug.stack, /^TypeError: x is undefined\n\s+at /);
});

test('FRAMECAP_DEBUG turns the stack on for 1/true/yes/on only', () => {
  for (const on of ['1', 'true', 'YES', ' on ']) assert.equal(debugFromEnv({ FRAMECAP_DEBUG: on }), true, on);
  for (const off of [undefined, '', '0', 'false', 'no']) assert.equal(debugFromEnv({ FRAMECAP_DEBUG: off }), false, String(off));
});
