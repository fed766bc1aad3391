// "No error message raised below src/cli/ names a CLI flag": the library takes typed values and
// names an option by its library name, as "the `platform` option" (src/errors.ts); the CLI shows
// its flag there (src/cli/option-flags.ts). Checked on the source: every string and template
// literal passed to an error constructor, or given as a `hint:`, in every .ts file under src/
// but src/cli/ and src/containerd/gen/.
//
// A hint may suggest a whole command line to run, flags and all: `podctl <command> ...` or one of
// HOST_TOOLS. It runs to the end of the text, or to a backtick, `)`, `,` or `;`.
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const srcDir = fileURLToPath(new URL('../../../src', import.meta.url));
const skipped = ['cli/', 'containerd/gen/'];

const ERROR_FUNCTIONS = new Set([
  'invalidArgument',
  'failedPrecondition',
  'notFound',
  'alreadyExists',
  'unavailable',
  'permissionDenied',
]);
const HOST_TOOLS = ['sudo', 'zstd', 'xz', 'bzip2'];
// The podctl commands a hint may suggest: every top-level command word of the CLI.
const chunks = JSON.parse(readFileSync(join(srcDir, 'cli', 'chunks.json'), 'utf8')) as Record<string, unknown>;
const PODCTL_COMMANDS = Object.entries(chunks).flatMap(([k, v]) => (k === '//' ? [] : (v as string[])));

const LONG_FLAG = /(?<![\w-])--(?:[A-Za-z]|\$\{)[\w-]*/g;
const SHORT_FLAG = /(?<![\w.$-])-[A-Za-z]{1,2}(?![\w-])/g;
const COMMAND_LINE = new RegExp(
  `(?<![\\w-])(?:podctl (?:${PODCTL_COMMANDS.join('|')})\\b|(?:${HOST_TOOLS.join('|')}) )[^\`),;\\n]*`,
  'g',
);

interface Token {
  kind: 'word' | 'punct' | 'literal';
  text: string;
  start: number;
  /** For a template literal: where each character of `text` is in the source. */
  offsets?: number[];
}

const KEYWORDS_BEFORE_REGEX = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'void',
  'throw',
  'new',
  'delete',
  'instanceof',
  'yield',
  'await',
]);

/**
 * The tokens of a TypeScript source, enough to find calls and their literals: words, single
 * punctuation characters, and literals. A template literal is one token whose text has `${…}` for
 * each substitution; the tokens of the substitutions follow it. Comments and regex literals are
 * skipped.
 */
function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const lastSignificant = () => tokens.at(-1);
  const regexMayStart = () => {
    const last = lastSignificant();
    if (last === undefined) return true;
    if (last.kind === 'literal') return false;
    if (last.kind === 'word') return KEYWORDS_BEFORE_REGEX.has(last.text);
    return !')]}'.includes(last.text);
  };
  // Lexes from i; stops at an unmatched `}` when inTemplate (the end of a substitution).
  const lex = (i: number, inTemplate: boolean): number => {
    let depth = 0;
    while (i < src.length) {
      const c = src[i]!;
      if (/\s/.test(c)) {
        i++;
      } else if (src.startsWith('//', i)) {
        const end = src.indexOf('\n', i);
        i = end < 0 ? src.length : end;
      } else if (src.startsWith('/*', i)) {
        const end = src.indexOf('*/', i + 2);
        i = end < 0 ? src.length : end + 2;
      } else if (c === "'" || c === '"') {
        let j = i + 1;
        while (j < src.length && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
        tokens.push({ kind: 'literal', text: src.slice(i + 1, j), start: i });
        i = j + 1;
      } else if (c === '`') {
        const offsets: number[] = [];
        const token: Token = { kind: 'literal', text: '', start: i, offsets };
        tokens.push(token);
        const add = (text: string, at: number) => {
          token.text += text;
          for (let k = 0; k < text.length; k++) offsets.push(at + Math.min(k, 1));
        };
        let j = i + 1;
        while (j < src.length && src[j] !== '`') {
          if (src[j] === '\\') {
            add(src.slice(j, j + 2), j);
            j += 2;
          } else if (src.startsWith('${', j)) {
            add('${…}', j);
            j = lex(j + 2, true);
          } else {
            add(src[j]!, j);
            j++;
          }
        }
        i = j + 1;
      } else if (c === '/' && regexMayStart()) {
        let j = i + 1;
        let inClass = false;
        while (j < src.length && src[j] !== '\n' && (inClass || src[j] !== '/')) {
          if (src[j] === '\\') j++;
          else if (src[j] === '[') inClass = true;
          else if (src[j] === ']') inClass = false;
          j++;
        }
        tokens.push({ kind: 'word', text: src.slice(i, j + 1), start: i });
        i = j + 1;
        while (i < src.length && /[a-z]/.test(src[i]!)) i++;
      } else if (/[\w$]/.test(c)) {
        let j = i + 1;
        while (j < src.length && /[\w$]/.test(src[j]!)) j++;
        tokens.push({ kind: 'word', text: src.slice(i, j), start: i });
        i = j;
      } else {
        if (inTemplate && c === '}' && depth === 0) return i + 1;
        if ('([{'.includes(c)) depth++;
        if (')]}'.includes(c)) depth--;
        tokens.push({ kind: 'punct', text: c, start: i });
        i++;
      }
    }
    return i;
  };
  lex(0, false);
  return tokens;
}

const isPunct = (t: Token | undefined, text: string) => t?.kind === 'punct' && t.text === text;

/** From the token after `from`, the index of the first token at depth 0 that `stop` accepts, or of an unmatched closer. */
function extent(tokens: Token[], from: number, stop: (t: Token) => boolean): number {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct') continue;
    if (depth === 0 && stop(t)) return i;
    if ('([{'.includes(t.text)) depth++;
    else if (')]}'.includes(t.text) && --depth < 0) return i;
  }
  return tokens.length;
}

interface MessageLiteral {
  text: string;
  /** Where the literal's opening quote is in the source. */
  start: number;
  /** Where each character of `text` is in the source. */
  offsetOf: (index: number) => number;
  hint: boolean;
}

/** The literals of error constructor arguments and of `hint:` values, each once. */
function messageLiterals(src: string): MessageLiteral[] {
  const tokens = tokenize(src);
  const found = new Map<number, MessageLiteral>();
  const collect = (from: number, to: number, hint: boolean) => {
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'literal' || (found.get(t.start)?.hint ?? false)) continue;
      const offsetOf = (index: number) => t.offsets?.[index] ?? t.start + 1 + index;
      found.set(t.start, { text: t.text, start: t.start, offsetOf, hint });
    }
  };
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    const before = tokens[i - 1];
    if (t.text === 'hint' && isPunct(tokens[i + 1], ':') && (isPunct(before, '{') || isPunct(before, ','))) {
      collect(
        i + 2,
        extent(tokens, i + 2, (p) => p.text === ','),
        true,
      );
    }
    const isErrorCall = ERROR_FUNCTIONS.has(t.text)
      ? !(before?.kind === 'word' && before.text === 'function')
      : t.text === 'PodctlError' && before?.text === 'new';
    if (isErrorCall && isPunct(tokens[i + 1], '('))
      collect(
        i + 2,
        extent(tokens, i + 2, () => false),
        false,
      );
  });
  return [...found.values()].sort((a, b) => a.start - b.start);
}

interface FlagMention {
  line: number;
  flag: string;
  text: string;
}

/** Every flag a message or hint of the source names, with its line. */
function flagMentions(src: string): FlagMention[] {
  const lineOf = (offset: number) => src.slice(0, offset).split('\n').length;
  return messageLiterals(src).flatMap((lit) => {
    const text = lit.hint ? lit.text.replace(COMMAND_LINE, (m) => ' '.repeat(m.length)) : lit.text;
    return [...text.matchAll(LONG_FLAG), ...text.matchAll(SHORT_FLAG)]
      .sort((a, b) => a.index - b.index)
      .map((m) => ({ line: lineOf(lit.offsetOf(m.index)), flag: m[0], text: lit.text }));
  });
}

function libraryFiles(): string[] {
  return readdirSync(srcDir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !skipped.some((dir) => relative(srcDir, file).startsWith(dir)))
    .sort();
}

test('no error message or hint below src/cli/ names a CLI flag', (t) => {
  const violations = libraryFiles().flatMap((file) => {
    const rel = join('src', relative(srcDir, file));
    return flagMentions(readFileSync(file, 'utf8')).map(
      (m) => `${rel}:${m.line}: ${m.flag} in ${JSON.stringify(m.text)}`,
    );
  });
  t.deepEqual(
    violations,
    [],
    `name the library option instead, as "the \`platform\` option":\n${violations.join('\n')}`,
  );
});

test('the check sees library files, and errors in them', (t) => {
  const files = libraryFiles().map((f) => relative(srcDir, f));
  t.true(files.includes('errors.ts'));
  t.true(files.includes(join('image', 'import.ts')));
  t.false(files.some((f) => f.startsWith('cli/') || f.startsWith('containerd/gen/')));
  const literals = messageLiterals(readFileSync(join(srcDir, 'image', 'import.ts'), 'utf8'));
  t.true(literals.some((l) => l.hint && l.text.includes('choose one with')));
});

const planted = [
  "import { invalidArgument, failedPrecondition, notFound, PodctlError } from '../errors.js';", // 1
  'const re = /["\'`]/g;', // 2: a regex with quotes in it does not derail the scan
  "// throw invalidArgument('--in-a-comment');", // 3
  'throw invalidArgument(', // 4
  "  '--foo must be set',", // 5
  '  {', // 6
  "    hint: 'drop it, or use -f',", // 7
  '  },', // 8
  ');', // 9
  'throw failedPrecondition(`pod ${name} is running`, { hint: `stop it first (podctl pod stop ${name}), or list them with: podctl ps -a` });', // 10
  "throw notFound('no such file', { hint: 'decompress it first: zstd -d FILE, or start `sudo containerd &`' });", // 11
  'throw new PodctlError(', // 12
  "  'internal',", // 13
  '  `a detached exec: ${', // 14
  "    tty ? 'no terminal' : 'none'", // 15
  '  }; drop -t`,', // 16
  ');', // 17
  "const argv = ['--address', address, '-n', ns];", // 18: not a message
  'if (isNotFound(err)) throw notFound(`no such pod: ${name}; non-empty, 1-65535, x86-64`, { cause: err });', // 19
  "const e = { hint: 'podctl needs --root', skip: '--name' };", // 20
  'throw invalidArgument(`--${kind} container:${name}: no such container`);', // 21
  "throw invalidArgument('the `platform` option needs a value', { hint: 'as in linux/arm64/v8 or -1' });", // 22
].join('\n');

test('the check finds a planted flag in a multi-line call, and knows commands and comments from flags', (t) => {
  t.deepEqual(
    flagMentions(planted).map((m) => `${m.line}: ${m.flag}`),
    ['5: --foo', '7: -f', '16: -t', '20: --root', '21: --${'],
  );
});

test('a flag is a word of its own', (t) => {
  const flags = (text: string) => flagMentions(`invalidArgument(${JSON.stringify(text)})`).map((m) => m.flag);
  t.deepEqual(flags('-p/--publish needs a bridge network'), ['-p', '--publish']);
  t.deepEqual(flags('drop -i/-t, or -it'), ['-i', '-t', '-it']);
  t.deepEqual(flags('(-p CONTAINERPORT)'), ['-p']);
  t.deepEqual(flags('on-failure[:N], e-mail, a-b, 8000-8001:80-81/udp, /dev/shm -- x, -1, x86-64, a.-x'), []);
  t.deepEqual(flags('podctl pod rm -f NAME'), ['-f'], 'a command line is allowed in a hint only');
});
