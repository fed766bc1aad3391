// resolveUser: docker-style user specs against an image's /etc/passwd and /etc/group, by runc's rules.
import test from 'ava';
import { parseGroup, parsePasswd, resolveUser, type ResolvedUser } from '../../../src/oci/user.js';
import { throwsInvalid } from './_helpers.js';

const passwd = `root:x:0:0:root:/root:/bin/sh
daemon:x:2:2:daemon:/sbin:/sbin/nologin
# a comment, then a broken line
broken:line
nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin
app:x:1000:1000::/home/app:/bin/sh
twin:x:1000:7::/:/bin/sh
`;
const group = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
wheel:x:10:root,app
nginx:x:101:nginx
app:x:1000:
staff:x:50:app,app

`;

const resolves = test.macro({
  exec(t, spec: string, expected: ResolvedUser, files: [string | undefined, string | undefined] = [passwd, group]) {
    t.deepEqual(resolveUser(spec, ...files), expected);
  },
  title: (provided = '', spec: string) => `user ${JSON.stringify(spec)}${provided ? ` (${provided})` : ''}`,
});
test("root by default, with root's groups", resolves, '', { uid: 0, gid: 0, additionalGids: [0, 1, 2, 10] });
test(resolves, 'root', { uid: 0, gid: 0, additionalGids: [0, 1, 2, 10] });
test('a uid in passwd is that user', resolves, '0', { uid: 0, gid: 0, additionalGids: [0, 1, 2, 10] });
test(resolves, 'app', { uid: 1000, gid: 1000, additionalGids: [10, 50] });
test('first passwd match wins', resolves, '1000', { uid: 1000, gid: 1000, additionalGids: [10, 50] });
test(resolves, 'nginx', { uid: 101, gid: 101, additionalGids: [101] });
test('a named group replaces the gid, and no supplementary groups', resolves, 'app:staff', {
  uid: 1000,
  gid: 50,
  additionalGids: [],
});
test(resolves, 'app:0', { uid: 1000, gid: 0, additionalGids: [] });
test(resolves, '1000:1000', { uid: 1000, gid: 1000, additionalGids: [] });
test(resolves, 'nginx:wheel', { uid: 101, gid: 10, additionalGids: [] });
test('a uid not in passwd gets gid 0', resolves, '4242', { uid: 4242, gid: 0, additionalGids: [] });
test('numbers need no files', resolves, '4242:4343', { uid: 4242, gid: 4343, additionalGids: [] }, [
  undefined,
  undefined,
]);
test('no passwd file: root', resolves, '', { uid: 0, gid: 0, additionalGids: [] }, [undefined, undefined]);
test('no group file: no supplementary groups', resolves, 'app', { uid: 1000, gid: 1000, additionalGids: [] }, [
  passwd,
  undefined,
]);
test('an empty group part is no group', resolves, 'app:', { uid: 1000, gid: 1000, additionalGids: [10, 50] });

test('a name not in passwd is invalid-argument, with a hint', (t) => {
  throwsInvalid(
    t,
    () => resolveUser('ghost', passwd, group),
    /^unable to find user ghost: no matching entry in \/etc\/passwd$/,
  );
  const err = t.throws(() => resolveUser('ghost', passwd, group));
  t.regex((err as { hint?: string }).hint ?? '', /numeric uid\[:gid\]/);
});

test('a name without a passwd file says so', (t) => {
  throwsInvalid(
    t,
    () => resolveUser('app', undefined, group),
    /^unable to find user app: the image has no \/etc\/passwd$/,
  );
});

test('a group name not in group is invalid-argument', (t) => {
  throwsInvalid(
    t,
    () => resolveUser('app:ghosts', passwd, group),
    /^unable to find group ghosts: no matching entry in \/etc\/group$/,
  );
  throwsInvalid(t, () => resolveUser('0:wheel', passwd, undefined), /the image has no \/etc\/group/);
});

test("IDs out of runc's range and malformed specs are invalid-argument", (t) => {
  throwsInvalid(t, () => resolveUser('-1', passwd, group), /uid -1 is out of range 0 to 2147483647/);
  throwsInvalid(t, () => resolveUser('2147483648'), /uid 2147483648 is out of range/);
  throwsInvalid(t, () => resolveUser('0:99999999999'), /gid 99999999999 is out of range/);
  throwsInvalid(t, () => resolveUser('a:b:c'), /invalid user "a:b:c": expected user\[:group\]/);
});

test('the file parsers skip comments, blank and broken lines', (t) => {
  t.deepEqual(
    parsePasswd(passwd).map((u) => u.name),
    ['root', 'daemon', 'nginx', 'app', 'twin'],
  );
  t.deepEqual(
    parseGroup(group).find((g) => g.name === 'app'),
    { name: 'app', gid: 1000, members: [] },
  );
  t.deepEqual(parsePasswd(undefined), []);
});
