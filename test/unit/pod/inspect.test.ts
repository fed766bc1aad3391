import test from 'ava';
import { mkdir, mkdtemp, readlink, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseNamespaceLink, readNamespaceInodes } from '../../../src/host/proc-namespaces.js';

test('parseNamespaceLink', (t) => {
  t.is(parseNamespaceLink('net:[4026531992]'), 4026531992);
  t.is(parseNamespaceLink('pid_for_children:[4026531836]'), 4026531836);
  t.is(parseNamespaceLink('net:4026531992'), undefined);
  t.is(parseNamespaceLink(''), undefined);
});

test('readNamespaceInodes reads /proc/<pid>/ns/* links', async (t) => {
  const root = await mkdtemp(path.join(tmpdir(), 'podctl-proc-'));
  t.teardown(() => rm(root, { recursive: true, force: true }));
  await mkdir(path.join(root, '42', 'ns'), { recursive: true });
  await symlink('net:[11]', path.join(root, '42', 'ns', 'net'));
  await symlink('pid:[12]', path.join(root, '42', 'ns', 'pid'));
  await symlink('weird', path.join(root, '42', 'ns', 'ipc'));
  t.deepEqual(await readNamespaceInodes(42, root), { net: 11, pid: 12 });
  t.deepEqual(await readNamespaceInodes(43, root), {}, 'a process that is gone');
});

test('readNamespaceInodes of this process matches /proc/self; pid 0 has none', async (t) => {
  const mine = await readNamespaceInodes(process.pid);
  t.is(mine.net, parseNamespaceLink(await readlink('/proc/self/ns/net')));
  t.deepEqual(await readNamespaceInodes(0), {});
});
