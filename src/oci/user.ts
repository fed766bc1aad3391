/**
 * The user a container runs as, from a docker-style user spec and the image's /etc/passwd and
 * /etc/group, with the rules of runc's `user.GetExecUser` (which docker uses). The caller reads
 * the two files from the rootfs; undefined means the file is not there.
 */
import { invalidArgument } from '../errors.js';
import { ID_MAX } from './check.js';

export interface ResolvedUser {
  uid: number;
  gid: number;
  /** Supplementary groups: the /etc/group entries that list the user, when no group was named. */
  additionalGids: number[];
}

export interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
}
export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

const NUMERIC = /^-?\d+$/;

/** Lines of colon-separated fields, without blank lines and comments. */
function records(text: string | undefined): string[][] {
  return (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.split(':'));
}

const isId = (s: string | undefined): s is string => s !== undefined && /^\d+$/.test(s);

export function parsePasswd(text: string | undefined): PasswdEntry[] {
  return records(text)
    .filter((f) => isId(f[2]) && isId(f[3]))
    .map((f) => ({ name: f[0]!, uid: Number(f[2]), gid: Number(f[3]) }));
}

export function parseGroup(text: string | undefined): GroupEntry[] {
  return records(text)
    .filter((f) => isId(f[2]))
    .map((f) => ({ name: f[0]!, gid: Number(f[2]), members: (f[3] ?? '').split(',').filter(Boolean) }));
}

function numericId(kind: 'uid' | 'gid', value: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id < 0 || id > ID_MAX)
    throw invalidArgument(`${kind} ${value} is out of range 0 to ${ID_MAX}`);
  return id;
}

function notFound(kind: 'user' | 'group', name: string, file: string | undefined, path: string) {
  const why = file === undefined ? `the image has no ${path}` : `no matching entry in ${path}`;
  return invalidArgument(`unable to find ${kind} ${name}: ${why}`, {
    hint: `use a numeric ${kind === 'user' ? 'uid[:gid]' : 'gid'}, or run as a ${kind} the image defines`,
  });
}

/**
 * Resolves "", "name", "uid", "name:group", "uid:gid" (and the mixed forms): a name must be in
 * passwd (or group); a number need not be. "" is uid 0 with root's passwd entry, if any.
 * The gid is the passwd entry's unless a group is named; a number not in passwd gets gid 0.
 */
export function resolveUser(userSpec: string, passwdText?: string, groupText?: string): ResolvedUser {
  const parts = userSpec.split(':');
  if (parts.length > 2) throw invalidArgument(`invalid user ${JSON.stringify(userSpec)}: expected user[:group]`);
  const [userArg = '', groupArg = ''] = parts;
  const users = parsePasswd(passwdText);
  const match =
    userArg === ''
      ? users.find((u) => u.uid === 0)
      : NUMERIC.test(userArg)
        ? users.find((u) => u.uid === Number(userArg))
        : users.find((u) => u.name === userArg);
  let uid = 0;
  let gid = 0;
  if (match) {
    ({ uid, gid } = match);
  } else if (userArg !== '') {
    if (!NUMERIC.test(userArg)) throw notFound('user', userArg, passwdText, '/etc/passwd');
    uid = numericId('uid', userArg);
  }
  if (groupArg !== '') {
    const groups = parseGroup(groupText);
    const group = NUMERIC.test(groupArg)
      ? groups.find((g) => g.gid === Number(groupArg))
      : groups.find((g) => g.name === groupArg);
    if (group) gid = group.gid;
    else if (NUMERIC.test(groupArg)) gid = numericId('gid', groupArg);
    else throw notFound('group', groupArg, groupText, '/etc/group');
    return { uid, gid, additionalGids: [] };
  }
  const additionalGids = match
    ? parseGroup(groupText)
        .filter((g) => g.members.includes(match.name))
        .map((g) => g.gid)
    : [];
  return { uid, gid, additionalGids: [...new Set(additionalGids)] };
}
